// import_text.cpp — see import_text.h.
//
// [SECTION] Lines and words
// [SECTION] Header: issuers, number, date, kind, title
// [SECTION] Body: sections, tables
// [SECTION] Closing: Nơi nhận, Lưu, signer
// [SECTION] Whole text
#include "core/import_text.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/datetime.h"
#include "core/paste.h"
#include "core/paste_programme.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Lines and words
//-----------------------------------------------------------------------------
namespace {

std::string trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && (std::isspace(static_cast<unsigned char>(s[a])))) ++a;
    while (b > a && (std::isspace(static_cast<unsigned char>(s[b - 1])))) --b;
    // A no-break space (U+00A0) at either end, as Word and web pages leave them.
    std::string o(s.substr(a, b - a));
    while (o.size() >= 2 && o.compare(0, 2, "\xC2\xA0") == 0) o.erase(0, 2);
    while (o.size() >= 2 && o.compare(o.size() - 2, 2, "\xC2\xA0") == 0) o.erase(o.size() - 2);
    return o;
}

// Lower case, no diacritics, letters and digits only, single spaces.
std::string key(std::string_view s) {
    const std::string f = fold_for_search(s, true);
    std::string out;
    for (char c : f) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool starts_with_key(std::string_view line, const char* k) { return key(line).rfind(k, 0) == 0; }

bool is_upper_line(const std::string& s) {
    bool letter = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80 && std::islower(c)) return false;
        if (c < 0x80 && std::isupper(c)) letter = true;
    }
    return letter && lower_vi(s) != s;
}

std::string strip_end(std::string s, const char* chars) {
    while (!s.empty() && std::string(chars).find(s.back()) != std::string::npos) s.pop_back();
    return trim(s);
}

std::string after_dash(const std::string& line) {   // "- Như trên;" → "Như trên;"
    std::size_t i = 0;
    if (line.compare(0, 1, "-") == 0 || line.compare(0, 1, "+") == 0) i = 1;
    else if (line.compare(0, 3, "\xE2\x80\xA2") == 0 || line.compare(0, 3, "\xE2\x80\x93") == 0) i = 3;   // • –
    return trim(std::string_view(line).substr(i));
}

bool dash_line(const std::string& line) { return after_dash(line).size() != line.size(); }

// Header lines (number, date, subject, signer) are short; longer lines are not
// tried against their patterns (libstdc++'s regex recurses per character).
constexpr std::size_t kShortLine = 400;

struct Ctx {
    std::vector<std::string> lines;   // trimmed, NFC; "" for blank lines
    std::size_t i = 0;
    TextImport out;
    void fact(const char* code, std::string value) { out.facts.push_back({code, std::move(value)}); }
    void keep_as_text(const std::string& line) {
        Block b;
        b.kind = BlockKind::Paragraph;
        b.text = line;
        out.plan.body.push_back(std::move(b));
        fact("text", line);
        ++out.left_as_text;
    }
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Header: issuers, number, date, kind, title
//-----------------------------------------------------------------------------
namespace {

bool motto_line(const std::string& l) {
    const std::string k = key(l);
    return k.rfind("cong hoa xa hoi chu nghia", 0) == 0 || k.rfind("doc lap tu do hanh phuc", 0) == 0 ||
           l.find_first_not_of("-_=*. ") == std::string::npos;
}

bool read_number(Ctx& c, const std::string& l) {
    // "Số: 1905/KH-SGDĐT", "Số:   /SGDĐT-…", and "Số:" left wholly blank (an empty form)
    static const std::regex re("^S\xE1\xBB\x91\\s*(?::?\\s*([0-9]*)\\s*/\\s*(.*)|:\\s*())$");
    std::smatch m;
    if (l.size() > kShortLine || !std::regex_match(l, m, re)) return false;
    c.out.plan.header.number = m[1];
    c.out.plan.header.code = trim(m[2].str());
    c.fact("number", m[1]);
    c.fact("code", c.out.plan.header.code);
    return true;
}

bool read_date_line(Ctx& c, const std::string& l) {
    // "Gia Lai, ngày 28 tháng 8 năm 2021", "Pleiku, ngày    tháng 10 năm 2021",
    // "ngày    tháng    năm" (an empty form: no place)
    static const std::regex re("^(?:(.*?),\\s*)?ng\xC3\xA0y\\s*([0-9]{0,2})\\s*th\xC3\xA1ng\\s*([0-9]{0,2})\\s*n\xC4\x83m\\s*([0-9]{0,4})\\s*\\.?$");
    std::smatch m;
    if (l.size() > kShortLine || !std::regex_match(l, m, re)) return false;
    Header& h = c.out.plan.header;
    h.place = trim(m[1].str());
    h.date.d = m[2].length() ? std::stoi(m[2]) : 0;
    h.date.m = m[3].length() ? std::stoi(m[3]) : 0;
    h.date.y = m[4].length() ? std::stoi(m[4]) : 0;
    if (h.date.d > 31 || h.date.m > 12) h.date = Date{};
    c.fact("place", h.place);
    c.fact("date", trim(l.substr(m[1].matched ? static_cast<std::size_t>(m.length(1)) + 1 : 0)));
    return true;
}

bool read_kind(Ctx& c, const std::string& l) {
    static const struct { const char* k; DocKind kind; } kinds[] = {
        {"ke hoach", DocKind::KeHoach}, {"chuong trinh", DocKind::ChuongTrinh}, {"thong bao", DocKind::ThongBao},
        {"giay moi", DocKind::GiayMoi}, {"cong van", DocKind::CongVan},
    };
    if (!is_upper_line(l)) return false;
    const std::string k = key(l);
    for (const auto& e : kinds)
        if (k == e.k) {
            c.out.plan.header.kind = e.kind;
            c.fact("kind", l);
            return true;
        }
    return false;
}

bool heading_line(const std::string& l);

// "Kon Tum, ngày 12 tháng 7 năm 2024": text copied from a PDF puts it after a
// công văn's V/v subject (the header's left column first).
bool date_like(const std::string& l) {
    const std::string k = key(l);
    return l.size() <= kShortLine && k.find("ngay") != std::string::npos && k.find(" thang") != std::string::npos &&
           k.find(" nam") != std::string::npos && l.find(',') != std::string::npos;
}

// A line that begins a part of its own, so it cannot continue a title.  A
// whole sentence (ending in '.') is a paragraph: a giấy mời's "… trân trọng
// kính mời … dự Hội nghị." follows its subject with no blank line between.
bool starts_part(const std::string& l) {
    return starts_with_key(l, "can cu ") || starts_with_key(l, "kinh gui") || starts_with_key(l, "thuc hien ") ||
           l.find('\t') != std::string::npos || heading_line(l) || date_like(l) ||
           (!l.empty() && (l.back() == ':' || l.back() == ';' || l.back() == '.'));
}

// The title: the lines after the kind up to the next blank line (text from a
// PDF or a web page has none: then up to a line that starts a part, 3 lines at most).
void read_title(Ctx& c, std::string first) {
    std::string t = std::move(first);
    for (int n = 0; c.i < c.lines.size() && !c.lines[c.i].empty() && n < 3; ++n) {
        if (!t.empty() && starts_part(c.lines[c.i])) break;
        t += (t.empty() ? "" : " ") + c.lines[c.i++];
    }
    c.out.plan.header.title = t;
    c.fact("title", t);
}

bool subject_line(const std::string& l, std::string* rest, std::string* prefix) {
    static const std::regex re("^(V/v|V/V|Về việc|Về)\\s+(.*)$");
    std::smatch m;
    if (l.size() > kShortLine || !std::regex_match(l, m, re)) return false;
    *rest = trim(m[2].str());
    *prefix = m[1].str();
    return true;
}

// The place and date line right after the title, when it was not above it
// (text from a PDF gives a công văn's left header column, with V/v, first).
void date_after_title(Ctx& c) {
    const Header& h = c.out.plan.header;
    if (!h.place.empty() || h.date.y || h.date.m || h.date.d) return;
    std::size_t j = c.i;
    while (j < c.lines.size() && c.lines[j].empty()) ++j;
    if (j < c.lines.size() && read_date_line(c, c.lines[j])) c.i = j + 1;
}

// From the top to the title (and Kính gửi / Căn cứ after it).
void read_header(Ctx& c) {
    std::vector<std::string> issuers;
    bool numbered = false, kinded = false;
    for (; c.i < c.lines.size(); ++c.i) {
        const std::string& l = c.lines[c.i];
        if (l.empty() || motto_line(l)) continue;
        std::string subject, prefix;
        if (!numbered && read_number(c, l)) { numbered = true; continue; }
        if (read_date_line(c, l)) continue;
        if (read_kind(c, l)) {
            kinded = true;
            ++c.i;
            while (c.i < c.lines.size() && c.lines[c.i].empty()) ++c.i;
            read_title(c, {});
            date_after_title(c);
            break;
        }
        if (subject_line(l, &subject, &prefix)) {
            c.out.plan.header.kind = DocKind::CongVan;
            c.fact("kind", prefix);
            kinded = true;
            ++c.i;
            read_title(c, subject);
            date_after_title(c);
            break;
        }
        if (!numbered && is_upper_line(l)) { issuers.push_back(l); continue; }
        break;   // the body begins without a kind line
    }
    if (!issuers.empty()) {
        c.out.plan.header.issuing_body = issuers.back();
        if (issuers.size() > 1) c.out.plan.header.parent_body = issuers[issuers.size() - 2];
        for (const auto& s : issuers) c.fact("header", s);
    }
    if (!kinded && !numbered) c.out.plan.header.kind = DocKind::KeHoach;
}

// "Kính gửi: …" (on its line or as a list below) and "Căn cứ …" lines.
bool read_front(Ctx& c, const std::string& l) {
    Header& h = c.out.plan.header;
    if (starts_with_key(l, "kinh gui")) {
        const std::size_t colon = l.find(':');
        const std::string rest = colon == std::string::npos ? std::string() : trim(l.substr(colon + 1));
        if (!rest.empty()) h.addressees.push_back(strip_end(after_dash(rest), ";.,"));
        ++c.i;
        while (c.i < c.lines.size() && (c.lines[c.i].empty() || dash_line(c.lines[c.i]))) {
            if (!c.lines[c.i].empty()) h.addressees.push_back(strip_end(after_dash(c.lines[c.i]), ";.,"));
            ++c.i;
        }
        for (const auto& a : h.addressees) c.fact("addressee", a);
        return true;
    }
    if (starts_with_key(l, "can cu ")) {
        h.legal_basis.push_back(strip_end(l, ";.,"));
        c.fact("legal_basis", h.legal_basis.back());
        ++c.i;
        return true;
    }
    return false;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Body: sections, tables
//-----------------------------------------------------------------------------
namespace {

// The numbering at the start of a line: "I. ", "1. ", "1.1. ", "a) ".  Only
// the first bytes go through the regex (libstdc++'s regex recurses per
// character: a whole long paragraph could exhaust the stack).
int heading_level(const std::string& l, std::string* number, std::string* rest) {
    static const std::regex roman("^([IVX]{1,5})\\.\\s+"), num("^([0-9]{1,2})\\.\\s+"),
        num2("^([0-9]{1,2}\\.[0-9]{1,2})\\.?\\s+"), letter("^([a-z]|\xC4\x91)\\)\\s+");
    const std::string head = l.substr(0, 16);
    std::smatch m;
    int level = 0;
    if (std::regex_search(head, m, roman)) level = 1;
    else if (std::regex_search(head, m, num2)) level = 3;
    else if (std::regex_search(head, m, num)) level = 2;
    else if (std::regex_search(head, m, letter)) level = 3;
    if (level == 0 || static_cast<std::size_t>(m.length(0)) >= l.size()) return 0;
    if (number) *number = m[1].str() + (head[static_cast<std::size_t>(m.length(1))] == ')' ? ")" : ".");
    if (rest) *rest = trim(l.substr(static_cast<std::size_t>(m.length(0))));
    return level;
}

bool heading_line(const std::string& l) { return heading_level(l, nullptr, nullptr) > 0; }

// "I. Mục đích", "1. Mục đích:", "a) Văn phòng", "1.1. …": a heading and its run-in text.
bool read_heading(Ctx& c, const std::string& l) {
    std::string number, text;
    const int level = heading_level(l, &number, &text);
    if (level == 0 || text.empty()) return false;
    Block b;
    b.kind = BlockKind::Heading;
    b.level = level;
    const std::size_t colon = text.find(": ");
    if (colon != std::string::npos && colon < 80) {   // "Yêu cầu: Đảm bảo …" — a short heading, then its text
        b.body = trim(text.substr(colon + 2));
        text = text.substr(0, colon);
    }
    b.text = text;
    c.fact("section", number + " " + text + (b.body.empty() ? "" : ": " + b.body));
    c.out.plan.body.push_back(std::move(b));
    return true;
}

// One fact per row of a table that was read (its cells joined by " | "), the
// header row first, so the report shows every row and where it went.
void row_facts(Ctx& c, std::size_t from, const char* code) {
    for (std::size_t k = from; k < c.i; ++k) {
        std::string v = c.lines[k];
        std::string o;
        for (char ch : v) {
            if (ch == '\t') o += " | ";
            else o += ch;
        }
        c.fact(k == from ? "table_header" : code, o);
    }
}

// A run of tab-separated lines: the programme (→ agenda), the task table
// (→ tasks), or plain paragraphs.
void read_table(Ctx& c) {
    std::string text;
    const std::size_t from = c.i;
    while (c.i < c.lines.size() && c.lines[c.i].find('\t') != std::string::npos) text += c.lines[c.i++] + "\n";
    const PasteTable t = parse_tsv(text);
    if (t.ok) {
        const ProgrammeColumns pc = guess_programme_columns(t);
        const bool prog = pc.header_rows > 0 && std::count(pc.fields.begin(), pc.fields.end(), ProgrammeField::Time) == 1;
        if (prog) {
            const ProgrammePreview p = preview_programme(t, pc, 0);
            if (!p.slots.empty() && p.skipped == 0) {
                for (Slot s : p.slots) {
                    s.id = "a" + std::to_string(c.out.plan.next_id++);
                    c.out.plan.agenda.push_back(std::move(s));
                }
                row_facts(c, from, "agenda_row");
                // A programme that came numbered (a TT/STT column) prints numbered.
                if (std::count(pc.fields.begin(), pc.fields.end(), ProgrammeField::Stt) > 0)
                    c.out.plan.agenda_numbered = true;
                Block b;
                b.kind = BlockKind::Insert;
                b.insert = InsertWhat::Agenda;
                c.out.plan.body.push_back(b);
                return;
            }
        }
        const TaskColumns tc = guess_task_columns(t);
        const bool tasks = tc.header && std::count(tc.fields.begin(), tc.fields.end(), TaskField::Content) == 1;
        if (tasks) {
            const TaskPastePreview p = preview_tasks(t, tc);
            if (!p.tasks.empty() && p.skipped == 0) {
                for (Task task : p.tasks) {
                    task.id = "t" + std::to_string(c.out.plan.next_id++);
                    c.out.plan.tasks.push_back(std::move(task));
                }
                row_facts(c, from, "task_row");
                Block b;
                b.kind = BlockKind::Insert;
                b.insert = InsertWhat::Tasks;
                c.out.plan.body.push_back(b);
                return;
            }
        }
    }
    for (std::size_t k = from; k < c.i; ++k) c.keep_as_text(c.lines[k]);   // a table we do not know: kept whole
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Closing: Nơi nhận, Lưu, signer
//-----------------------------------------------------------------------------
namespace {

// "- UBND tỉnh (báo cáo);" → name "UBND tỉnh", purpose "báo cáo"; "- Lưu: VT, VP." → the archive.
void read_recipient(Ctx& c, const std::string& cell) {
    std::string r = strip_end(after_dash(cell), ";.,");
    if (r.empty()) return;
    if (starts_with_key(r, "luu")) {
        const std::size_t colon = r.find(':');
        c.out.plan.archive = colon == std::string::npos ? trim(r.substr(4)) : trim(r.substr(colon + 1));
        c.fact("archive", c.out.plan.archive);
        return;
    }
    Recipient rc;
    if (r.back() == ')') {
        const std::size_t open = r.rfind('(');
        if (open != std::string::npos && open > 0) {
            rc.purpose = r.substr(open + 1, r.size() - open - 2);
            r = trim(r.substr(0, open));
        }
    }
    rc.name = r;
    c.fact("recipient", rc.purpose.empty() ? rc.name : rc.name + " (" + rc.purpose + ")");
    c.out.plan.recipients.push_back(std::move(rc));
}

// The signer's lines: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", (a signature), "Nguyễn Văn A".
void read_signer(Ctx& c, const std::vector<std::string>& ls) {
    std::vector<std::string> lines;
    for (const auto& l : ls)
        if (!l.empty() && key(l) != "da ky" && key(l) != "ky ten dong dau") lines.push_back(l);
    if (lines.empty()) return;
    Signer& s = c.out.plan.signer;
    std::size_t k = 0;
    static const std::regex auth("^(KT|TL|TM|Q|TUQ)\\.\\s*(.*)$");
    std::smatch m;
    if (lines[0].size() <= kShortLine && std::regex_match(lines[0], m, auth)) {
        s.authority = m[1].str() + ".";
        s.title = trim(m[2].str());
        k = 1;
        if (s.title.empty() && k < lines.size()) s.title = lines[k++];   // "TM. UBND" / next line
    } else {
        s.title = lines[0];
        k = 1;
    }
    if (k < lines.size() && is_upper_line(lines[k]) && k + 1 < lines.size()) s.deputy_title = lines[k++];
    if (k < lines.size()) s.name = lines.back();
    c.fact("signer", (s.authority.empty() ? "" : s.authority + " ") + s.title +
                         (s.deputy_title.empty() ? "" : " / " + s.deputy_title) + " / " + s.name);
}

// From "Nơi nhận:" to the end.  Word's two-column closing table copies as
// rows "recipient<TAB>signer line": the cells are split between the two.
void read_closing(Ctx& c) {
    std::vector<std::string> left, right;
    const std::string& first = c.lines[c.i];
    const std::size_t tab = first.find('\t');
    if (tab != std::string::npos) right.push_back(trim(first.substr(tab + 1)));
    ++c.i;
    bool in_list = true;
    for (; c.i < c.lines.size(); ++c.i) {
        const std::string& l = c.lines[c.i];
        const std::size_t t = l.find('\t');
        if (t != std::string::npos) {
            left.push_back(trim(l.substr(0, t)));
            right.push_back(trim(l.substr(t + 1)));
            continue;
        }
        if (l.empty()) continue;
        if (in_list && (dash_line(l) || starts_with_key(l, "luu"))) {
            left.push_back(l);
            if (starts_with_key(after_dash(l), "luu")) in_list = false;
            continue;
        }
        in_list = false;
        right.push_back(l);
    }
    for (const auto& l : left) read_recipient(c, l);
    read_signer(c, right);
}

// Text copied from a PDF breaks every line at the page's edge, inside
// sentences.  A line is joined to the one before it when it starts with a
// lower-case letter and the one before ends with no punctuation: a sentence
// never starts in lower case, while a heading ("a) …"), a bullet, a table row
// or the blank form's "ngày    tháng    năm" line is left alone.
bool starts_lower(const std::string& l) {
    if (l.empty()) return false;
    std::size_t n = 1;
    const unsigned char c0 = static_cast<unsigned char>(l[0]);
    if (c0 >= 0xC0) n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : 2;
    const std::string first = l.substr(0, n);
    return lower_vi(first) == first && upper_vi(first) != first;
}

void join_broken_lines(std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (std::string& l : lines) {
        if (!out.empty() && !out.back().empty() && starts_lower(l) && l.find('\t') == std::string::npos &&
            out.back().find('\t') == std::string::npos && std::string(".:;!?").find(out.back().back()) == std::string::npos &&
            !heading_line(l) && !(starts_with_key(l, "ngay") && key(l).find("thang") != std::string::npos) &&
            !motto_line(out.back())) {
            out.back() += ' ' + l;
            continue;
        }
        out.push_back(std::move(l));
    }
    lines = std::move(out);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Whole text
//-----------------------------------------------------------------------------
TextImport import_text(std::string_view text) {
    Ctx c;
    if (text.size() > kImportMaxTextBytes) {
        c.out.error_vi = "Văn bản quá lớn (trên 4 MB); không đọc.";
        c.out.error_en = "The text is too large (over 4 MB); not read.";
        return c.out;
    }
    std::string s = nfc(text);
    if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
    std::size_t a = 0;
    while (a <= s.size()) {
        std::size_t b = s.find_first_of("\r\n", a);
        if (b == std::string::npos) b = s.size();
        std::string line = s.substr(a, b - a);
        // A table row keeps its leading tab (an empty first cell: one more item of the slot above).
        if (line.find('\t') != std::string::npos) {
            while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
            while (!line.empty() && line.front() == ' ') line.erase(0, 1);
            c.lines.push_back(line);
        } else {
            c.lines.push_back(trim(line));
        }
        if (b + 1 < s.size() && s[b] == '\r' && s[b + 1] == '\n') ++b;
        a = b + 1;
    }
    join_broken_lines(c.lines);
    read_header(c);
    Header& h = c.out.plan.header;
    bool in_body = false;   // past the opening paragraph
    for (; c.i < c.lines.size();) {
        const std::string& l = c.lines[c.i];
        if (l.empty()) { ++c.i; continue; }
        if (starts_with_key(l, "noi nhan")) {
            // The paragraph before it that ends the text ("… thực hiện./.") is the closing.
            auto& body = c.out.plan.body;
            if (!body.empty() && body.back().kind == BlockKind::Paragraph && body.back().text.size() > 3 &&
                body.back().text.compare(body.back().text.size() - 3, 3, "./.") == 0) {
                h.closing = strip_end(body.back().text.substr(0, body.back().text.size() - 3), " ");
                body.pop_back();
                c.out.facts.pop_back();
                --c.out.left_as_text;
                c.fact("closing", h.closing);
            }
            read_closing(c);
            break;
        }
        if (!in_body && read_front(c, l)) continue;
        if (l.find('\t') != std::string::npos) { in_body = true; read_table(c); continue; }
        if (read_heading(c, l)) { in_body = true; ++c.i; continue; }
        if (!in_body && h.intro.empty()) {
            h.intro = l;
            c.fact("intro", l);
            in_body = true;
            ++c.i;
            continue;
        }
        if (dash_line(l)) {
            Block b;
            b.kind = BlockKind::Bullet;
            b.text = after_dash(l);
            c.out.plan.body.push_back(std::move(b));
            c.fact("bullet", l);
            ++c.i;
            continue;
        }
        c.keep_as_text(l);
        ++c.i;
    }
    const bool something = !h.number.empty() || !h.code.empty() || !h.title.empty() || !c.out.plan.body.empty();
    if (!something) {
        c.out.error_vi = "Không nhận ra văn bản: không có số, ký hiệu, tiêu đề hay nội dung nào.";
        c.out.error_en = "This is not a document: no number, code, title or content was found.";
        return c.out;
    }
    if (c.out.plan.event.days.empty()) c.out.plan.event.days.push_back(EventDay{});
    c.out.ok = true;
    return c.out;
}

}  // namespace dc
