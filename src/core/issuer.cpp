// issuer.cpp — defaults that follow the issuing body (see issuer.h).
//
// [SECTION] Reading the name — words, folded words, initials
// [SECTION] Kinds            — which body, its code and signer forms
// [SECTION] Following        — the header edit that carries code and signer along
#include "core/issuer.h"

#include <cctype>

#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Reading the name
//-----------------------------------------------------------------------------
namespace {

struct Word {
    std::string text;   // as typed, in capitals ("ĐOA")
    std::string key;    // lower case, no diacritics, đ → d ("doa"): what the rules compare
};

bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == ',' || c == '.'; }

// The name's words, in capitals; "&" is a word of its own ("GD&ĐT" → GD & ĐT),
// so "PHÒNG GD&ĐT" and "Phòng GDĐT" read alike.
std::vector<Word> words_of(std::string_view name) {
    const std::string upper = upper_vi(nfc(name));
    std::vector<Word> out;
    std::string cur;
    auto flush = [&] {
        if (cur.empty()) return;
        out.push_back({cur, fold_for_search(cur, true)});
        cur.clear();
    };
    for (char c : upper) {
        if (is_separator(c)) flush();
        else if (c == '&') { flush(); out.push_back({"&", "&"}); }
        else cur += c;
    }
    flush();
    return out;
}

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (unsigned char c : s)
        if (!std::isdigit(c)) return false;
    return true;
}

// The first letter of a word as codes write it: without its marks ("ÁN" → "A",
// "ỦY" → "U"), except Đ, a letter of its own ("SGDĐT").
std::string first_letter(const Word& w) {
    if (w.text.rfind("Đ", 0) == 0) return "Đ";
    if (w.key.empty()) return {};
    return std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(w.key[0]))));
}

// Initials of words[from..]: "NGUYỄN DU" → "ND"; a number stays whole
// ("SỐ 2 IA BLANG" → "2IB": "số" before a number is left out); "&" is dropped.
std::string initials(const std::vector<Word>& words, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < words.size(); ++i) {
        const Word& w = words[i];
        if (w.key == "&") continue;
        if (all_digits(w.text)) { out += w.text; continue; }
        if (w.key == "so" && i + 1 < words.size() && all_digits(words[i + 1].text)) continue;
        out += first_letter(w);
    }
    return out;
}

// True when words[at..] begin with the given keys.
bool starts(const std::vector<Word>& words, std::size_t at, const std::vector<const char*>& keys) {
    std::size_t i = at;
    for (const char* k : keys) {
        if (i >= words.size() || words[i].key != k) return false;
        ++i;
    }
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Kinds
//-----------------------------------------------------------------------------

// "giáo dục và đào tạo" as the name writes it after "Sở"/"Phòng": in words, or "GDĐT", "GD&ĐT", "GD-ĐT".
bool education_words(const std::vector<Word>& w, std::size_t at) {
    return starts(w, at, {"giao", "duc"}) || starts(w, at, {"gddt"}) || starts(w, at, {"gd", "&", "dt"}) ||
           starts(w, at, {"gd", "dt"}) || starts(w, at, {"gd"});
}

// A school's level, as the number's code writes it, and how many words it took.
struct Level { const char* code; std::size_t words; };
Level school_level(const std::vector<Word>& w, std::size_t at) {
    struct Rule { std::vector<const char*> keys; const char* code; };
    // Longest first: "tiểu học và trung học cơ sở" before "tiểu học".
    static const Rule kRules[] = {
        {{"tieu", "hoc", "va", "trung", "hoc", "co", "so"}, "THTHCS"},
        {{"trung", "hoc", "co", "so", "va", "trung", "hoc", "pho", "thong"}, "THCSTHPT"},
        {{"pho", "thong", "dan", "toc", "ban", "tru"}, "PTDTBT"},
        {{"pho", "thong", "dan", "toc", "noi", "tru"}, "PTDTNT"},
        {{"trung", "hoc", "pho", "thong"}, "THPT"},
        {{"trung", "hoc", "co", "so"}, "THCS"},
        {{"th", "&", "thcs"}, "THTHCS"},
        {{"th", "va", "thcs"}, "THTHCS"},
        {{"thcs", "&", "thpt"}, "THCSTHPT"},
        {{"thcs", "va", "thpt"}, "THCSTHPT"},
        {{"tieu", "hoc"}, "TH"},
        {{"mam", "non"}, "MN"},
        {{"mau", "giao"}, "MG"},
        {{"thpt"}, "THPT"}, {{"thcs"}, "THCS"}, {{"th"}, "TH"}, {{"mn"}, "MN"}, {{"mg"}, "MG"},
        {{"ptdtbt"}, "PTDTBT"}, {{"ptdtnt"}, "PTDTNT"},
    };
    for (const Rule& r : kRules)
        if (starts(w, at, r.keys)) return {r.code, r.keys.size()};
    return {"", 0};
}

std::vector<SignerForm> head_forms(const char* head, const char* deputy) {
    return {{"", head, ""}, {"KT.", head, deputy}};
}

}  // namespace

IssuerKind issuer_kind(std::string_view issuing_body) { return issuer_defaults(issuing_body).kind; }

IssuerDefaults issuer_defaults(std::string_view issuing_body) {
    const std::vector<Word> w = words_of(issuing_body);
    IssuerDefaults d;
    if (w.empty()) return d;
    if (starts(w, 0, {"ubnd"}) || starts(w, 0, {"uy", "ban", "nhan", "dan"})) {
        d.kind = IssuerKind::Ubnd;
        d.body_code = "UBND";
        d.forms = head_forms("CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        d.forms.push_back({"TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"});
    } else if (starts(w, 0, {"so"})) {
        d.kind = IssuerKind::So;
        d.body_code = education_words(w, 1) ? "SGDĐT" : initials(w, 0);
        d.forms = head_forms("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    } else if (starts(w, 0, {"phong"})) {
        d.kind = IssuerKind::Phong;
        d.body_code = education_words(w, 1) ? "PGDĐT" : initials(w, 0);
        d.forms = head_forms("TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG");
    } else if (starts(w, 0, {"truong"})) {
        d.kind = IssuerKind::School;
        const Level lv = school_level(w, 1);
        d.body_code = std::string(lv.code) + initials(w, 1 + lv.words);
        d.forms = head_forms("HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG");
    } else if (starts(w, 0, {"trung", "tam"})) {
        d.kind = IssuerKind::Centre;
        d.body_code = "TT" + initials(w, 2);
        d.forms = head_forms("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    } else {
        d.body_code = initials(w, 0);
    }
    return d;
}

std::string default_number_code(DocKind kind, std::string_view issuing_body) {
    const std::string body = issuer_defaults(issuing_body).body_code;
    if (body.empty()) return {};
    switch (kind) {
        case DocKind::KeHoach: return "KH-" + body;
        case DocKind::ChuongTrinh: return "CTr-" + body;
        case DocKind::ThongBao: return "TB-" + body;
        case DocKind::GiayMoi: return "GM-" + body;
        case DocKind::CongVan: return body;
    }
    return body;
}

//-----------------------------------------------------------------------------
// [SECTION] Following
//-----------------------------------------------------------------------------
namespace {

// A title any kind of body gives by default: one the user did not choose by hand.
bool default_title(const std::string& t, bool deputy) {
    if (t.empty()) return true;
    static const char* kHeads[] = {"GIÁM ĐỐC", "TRƯỞNG PHÒNG", "HIỆU TRƯỞNG", "CHỦ TỊCH"};
    static const char* kDeputies[] = {"PHÓ GIÁM ĐỐC", "PHÓ TRƯỞNG PHÒNG", "PHÓ HIỆU TRƯỞNG", "PHÓ CHỦ TỊCH"};
    const std::string u = upper_vi(nfc(t));
    for (const char* k : deputy ? kDeputies : kHeads)
        if (u == k) return true;
    return false;
}

// The signer under a new body, keeping how it signs (own name, KT., TM., TL.).
Signer follow_signer(const Signer& s, const IssuerDefaults& d, bool* changed) {
    Signer out = s;
    if (d.forms.empty()) return out;   // not recognised: leave the signer as it is
    const SignerForm& head = d.forms[0];
    if (s.authority == "TM.") {
        // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" means nothing under another body: the head signs.
        const bool ubnd_form = upper_vi(s.title) == "ỦY BAN NHÂN DÂN" || upper_vi(s.title) == "UBND";
        if (ubnd_form && d.kind != IssuerKind::Ubnd && default_title(s.deputy_title, false)) {
            out.authority = "";
            out.title = head.title;
            out.deputy_title = "";
        }
    } else {
        if (default_title(s.title, false)) out.title = head.title;
        if (s.authority == "KT." && default_title(s.deputy_title, true)) out.deputy_title = d.forms[1].deputy_title;
    }
    *changed = out.authority != s.authority || out.title != s.title || out.deputy_title != s.deputy_title;
    return out;
}

}  // namespace

IssuerFollow follow_issuer(const Header& before, const Header& after, const Signer& signer) {
    IssuerFollow r{after, signer};
    const bool body_changed = before.issuing_body != after.issuing_body;
    if (!body_changed && before.kind == after.kind) return r;
    // The code: still what the previous body and kind implied (or empty), and
    // not changed in this same edit.
    if (after.code == before.code &&
        (before.code.empty() || before.code == default_number_code(before.kind, before.issuing_body))) {
        r.header.code = default_number_code(after.kind, after.issuing_body);
        r.code_followed = r.header.code != before.code;
    }
    if (body_changed) r.signer = follow_signer(signer, issuer_defaults(after.issuing_body), &r.signer_followed);
    return r;
}

}  // namespace dc
