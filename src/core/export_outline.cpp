// export_outline.cpp — the words and numbering the printed page and the Word
// export share (contract in export_outline.h).
#include "core/export_outline.h"

#include <algorithm>

#include "core/body_facts.h"
#include "core/datetime.h"
#include "core/exporters.h"
#include "core/text.h"

namespace dc::outline {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::vector<std::string> dash_lines(std::string_view s) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        std::size_t nl = s.find('\n', pos);
        std::string_view line = trim(s.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
        for (std::string_view p : {"- ", "– ", "+ ", "-", "–"}) {
            if (starts_with(line, p)) { line = trim(line.substr(p.size())); break; }
        }
        if (!line.empty()) lines.emplace_back(line);
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return lines;
}

std::string roman(int n) {
    static const struct { int v; const char* s; } t[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
        {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    std::string out;
    for (const auto& e : t)
        while (n >= e.v) { out += e.s; n -= e.v; }
    return out;
}

std::string letter(int n) {
    static const char* const L[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
    if (n >= 1 && n <= 23) return L[n - 1];
    return std::to_string(n);
}

NumStyle Numbering::style(int level) {
    switch (level) {
        case 1: return NumStyle::Roman;
        case 2: return NumStyle::Arabic;
        case 3: return NumStyle::Letter;
        default: return NumStyle::Dash;
    }
}

std::string Numbering::next(int level) {
    level = std::clamp(level, 1, 7);
    ++count[level];
    for (int i = level + 1; i < 8; ++i) count[i] = 0;
    switch (style(level)) {
        case NumStyle::Roman: return roman(count[level]) + ".";
        case NumStyle::Arabic: return std::to_string(count[level]) + ".";
        case NumStyle::Letter: return letter(count[level]) + ")";
        case NumStyle::Dash: return "-";
    }
    return "-";
}

Clause Numbering::clause(int level, std::string_view text, bool run_in) {
    Clause c;
    c.style = style(std::clamp(level, 1, 7));
    c.label = next(level);
    c.text = c.style == NumStyle::Roman ? upper_vi(text) : std::string(text);
    c.colon = run_in && !ends_with(trim(c.text), ":");
    return c;
}

int Numbering::child_level() const { return std::min(current + 1, 7); }

std::vector<std::string> punctuated(const std::vector<std::string>& items, bool final_dot) {
    std::vector<std::string> out;
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string line = items[i];
        const bool last = i + 1 == items.size();
        const char endc = line.empty() ? 0 : line.back();
        if (endc != ';' && endc != '.' && endc != ':' && endc != ',') line += last ? (final_dot ? "." : ";") : ";";
        out.push_back(std::move(line));
    }
    return out;
}

std::string without_end_stop(std::string_view s) {
    std::string l(trim(s));
    while (!l.empty() && (l.back() == ';' || l.back() == '.')) l.pop_back();
    return l;
}

const char* list_end(std::size_t i, std::size_t n) { return i + 1 == n ? "." : ";"; }

namespace {
std::string write_insert(const Plan& p, BodyWriter& w, InsertWhat what, Numbering& n) {
    switch (what) {
        case InsertWhat::Agenda: return w.agenda_table();
        case InsertWhat::Tasks: return w.task_table();
        case InsertWhat::Sites: return w.lists.sites(p);
        case InsertWhat::Participants: return w.lists.participants(p, n);
        case InsertWhat::Duties: return w.lists.duties(p, n);
        case InsertWhat::Budget: return w.lists.budget(p, n);
        case InsertWhat::Contacts: return w.lists.contacts(p);
        case InsertWhat::TechSessions: return w.lists.tech_sessions(p);
    }
    return {};
}
}  // namespace

bool insert_empty(const Plan& p, InsertWhat what) {
    switch (what) {
        case InsertWhat::Agenda: return p.agenda.empty();
        case InsertWhat::Tasks: return p.tasks.empty();
        case InsertWhat::Sites: return site_list_names(p).empty();
        case InsertWhat::Participants: return participant_entries(p).empty() && p.event.headcount_rule.empty();
        case InsertWhat::Duties: return p.duties.empty();
        case InsertWhat::Budget: return p.budget.empty();
        case InsertWhat::Contacts: return p.contacts.empty();
        case InsertWhat::TechSessions: return p.event.tech_sessions.empty();
    }
    return true;
}

std::vector<std::size_t> empty_sections(const Plan& p) {
    // A heading is kept when something up to the next heading of its level or
    // above prints: a run-in text, a non-empty block, a kept sub-heading.
    // Walking backwards, `has[l]` says whether the part after the current
    // position, up to the next heading of level <= l, prints anything.
    std::vector<std::size_t> out;
    bool has[8] = {};
    for (std::size_t i = p.body.size(); i-- > 0;) {
        const Block& b = p.body[i];
        if (b.kind != BlockKind::Heading) {
            bool prints = b.kind == BlockKind::Insert ? !insert_empty(p, b.insert) : true;
            if (prints)
                for (bool& h : has) h = true;
            continue;
        }
        const int level = std::clamp(b.level, 1, 7);
        // A lettered point ("a) Đánh giá tình hình …", level 3 and below) is
        // itself a line of content in a công văn, never an empty title.
        const bool kept = level >= 3 || has[level] || !trim(heading_body(p, b)).empty();
        if (!kept) out.push_back(i);
        // This heading ends the sections of its level and below that come
        // before it; for the levels above, it (when kept) is content.
        for (int l = 0; l < level; ++l) has[l] = has[l] || kept;
        for (int l = level; l < 8; ++l) has[l] = false;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::string write_body(const Plan& p, BodyWriter& w) {
    std::string out;
    Numbering n;
    const std::vector<std::size_t> empty = empty_sections(p);
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        const Block& b = p.body[i];
        switch (b.kind) {
            case BlockKind::Heading: {
                // An empty section is left off the paper (the checks name it
                // before printing); the numbering closes up over it.
                if (std::binary_search(empty.begin(), empty.end(), i)) break;
                const int level = std::clamp(b.level, 1, 7);
                out += w.clause(n, level, b.text, heading_body(p, b));
                n.current = level;
                break;
            }
            case BlockKind::Paragraph: out += w.paragraph(b.text); break;
            case BlockKind::Bullet: out += w.bullets(dash_lines(b.text)); break;
            case BlockKind::Note: out += w.note(b.text); break;
            case BlockKind::Insert: out += write_insert(p, w, b.insert, n); break;
        }
    }
    return out;
}

std::vector<std::string> site_list_names(const Plan& p) {
    std::vector<std::string> names;
    if (!p.site_groups.empty()) {
        for (const SiteGroup& g : p.site_groups) names.push_back(g.name);
    } else if (p.sites.size() > kSitesInline + 1) {
        for (const ParticipantEntry& e : participant_entries(p)) names.push_back(e.name);
    } else {
        for (const Site& s : p.sites) names.push_back(exportwords::site_label(s));
    }
    return names;
}

namespace {
// "Trường THCS" from "Trường THCS Lê Lợi" when the site has no kind: the words
// before the proper name.  Used only to say "17 trường THCS"; a site that
// does not fit counts as "đơn vị".
std::string site_kind(const Site& s) {
    if (!trim(s.kind).empty()) return std::string(trim(s.kind));
    for (std::string_view k : {"Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường THPT", "Phòng GDĐT",
                               "Trung tâm GDNN-GDTX", "UBND xã", "UBND huyện", "Điểm trường"})
        if (starts_with(s.name, k)) return std::string(k);
    return {};
}
}  // namespace

std::vector<ParticipantEntry> participant_entries(const Plan& p) {
    std::vector<ParticipantEntry> out;
    auto add = [&](const std::string& name, const std::string& chair, const std::string& text,
                   const std::string& rules) {
        ParticipantEntry e{name, {}, rules};
        if (!chair.empty()) e.lines.push_back("Chủ trì: " + chair);
        for (auto& l : dash_lines(text)) e.lines.push_back(l);
        out.push_back(std::move(e));
    };
    if (!p.site_groups.empty()) {
        for (const SiteGroup& g : p.site_groups) add(g.name, "", g.participants, g.rules);
        return out;
    }
    // Without site groups, a Văn phòng still writes Thành phần by kind of
    // site, never one heading per site: the central site, then the others as
    // one entry whose chair and composition lines are those they share.
    std::vector<const Site*> others;
    for (const Site& s : p.sites) {
        if (s.central) add("Điểm cầu trung tâm tại " + exportwords::site_label(s), s.chair, s.participants, "");
        else others.push_back(&s);
    }
    if (others.size() <= 2) {
        for (const Site* s : others) add("Điểm cầu tại " + exportwords::site_label(*s), s->chair, s->participants, "");
        return out;
    }
    std::string kind = site_kind(*others[0]);
    bool schools = true;   // mixed kinds of school still say "22 trường"
    for (const Site* s : others) {
        if (site_kind(*s) != kind) kind.clear();
        schools = schools && starts_with(site_kind(*s), "Trường ");
    }
    if (kind.empty() && schools) kind = "trường";
    std::string name = "Điểm cầu tại " + std::to_string(others.size()) + " " +
                       (kind.empty() ? std::string("đơn vị") : lower_vi(kind.substr(0, 1)) + kind.substr(1));
    ParticipantEntry e{name, {}, {}};
    std::vector<std::string> chairs, lines;
    for (const Site* s : others) {
        if (!s->chair.empty() && std::find(chairs.begin(), chairs.end(), s->chair) == chairs.end()) chairs.push_back(s->chair);
        for (auto& l : dash_lines(s->participants))
            if (std::find(lines.begin(), lines.end(), l) == lines.end()) lines.push_back(l);
    }
    if (chairs.size() == 1) e.lines.push_back("Chủ trì: " + chairs[0]);
    else if (!chairs.empty()) e.lines.push_back("Chủ trì: lãnh đạo các đơn vị");
    for (auto& l : lines) e.lines.push_back(l);
    if (others.size() > kSitesInline) {
        e.lines.push_back("Danh sách điểm cầu tại Phụ lục kèm theo");
    } else {
        std::string names = "Gồm: ";
        for (std::size_t i = 0; i < others.size(); ++i) names += (i ? ", " : "") + exportwords::site_label(*others[i]);
        e.lines.push_back(names);
    }
    out.push_back(std::move(e));
    return out;
}

bool sites_appendix(const Plan& p) {
    if (!p.site_groups.empty() || p.sites.size() <= kSitesInline + 1) return false;
    for (const Block& b : p.body)
        if (b.kind == BlockKind::Insert && (b.insert == InsertWhat::Participants || b.insert == InsertWhat::Sites))
            return true;
    return false;
}

std::string in_parentheses(std::string_view note) {
    note = trim(note);
    if (starts_with(note, "(")) return std::string(note);
    return "(" + std::string(note) + ")";
}

std::string budget_line_text(const BudgetLine& b) {
    std::string s = b.text;
    if (s.empty()) {
        s = "Kinh phí";
        if (!b.scope.empty()) s += " " + b.scope;
        if (!b.source.empty()) s += " chi từ " + b.source;
        s += ".";
    }
    return s;
}

std::string budget_line_with_amount(const BudgetLine& b) {
    std::string s = budget_line_text(b);
    if (b.amount <= 0) return s;
    // The amount belongs to the sentence: "… tại điểm cầu (45.000.000 đồng)."
    std::string stop;
    while (!s.empty() && (s.back() == '.' || s.back() == ';')) { stop.insert(stop.begin(), s.back()); s.pop_back(); }
    return s + " (" + format_dong(b.amount) + ")" + (stop.empty() ? "." : stop);
}

BudgetSum budget_sum(const Plan& p) {
    BudgetSum sum;
    for (const BudgetLine& b : p.budget)
        if (b.amount > 0) { sum.total += b.amount; ++sum.with_amount; }
    return sum;
}

std::string contact_text(const Contact& c) {
    std::string s = c.purpose.empty() ? "Liên hệ" : c.purpose + " liên hệ";
    s += " " + c.name;
    if (!c.role.empty()) s += ", " + c.role;
    if (!c.phone.empty()) s += ", điện thoại: " + c.phone;
    if (!c.email.empty()) s += ", e-mail: " + c.email;
    return s + ".";
}

std::string tech_session_text(const TechSession& t) {
    std::string s = (t.label.empty() ? exportwords::tech_kind_vi(t.kind) : t.label) + ":";
    if (t.start != kNoTime && t.end != kNoTime && t.end != t.start)
        s += " Từ " + format_time(t.start) + " đến " + format_time(t.end);
    else if (t.start != kNoTime)
        s += " " + format_time(t.start);
    if (!t.date.empty()) s += " ngày " + format_date(t.date);
    return s + ".";
}

std::string closing_text(const Header& hd) {
    std::string c(trim(hd.closing));
    if (ends_with(c, "./.")) c.resize(c.size() - 3);
    else if (ends_with(c, "/.")) c.resize(c.size() - 2);
    while (!c.empty() && c.back() == '.') c.pop_back();
    return c;
}

std::vector<std::string> recipient_lines(const Plan& p) {
    std::vector<std::string> lines;
    for (const Recipient& r : p.recipients) {
        std::string l = without_end_stop(r.name);
        if (!r.purpose.empty()) l += " (" + r.purpose + ")";
        lines.push_back(l);
    }
    if (!p.archive.empty()) {
        std::string a(trim(p.archive));
        if (starts_with(a, "Lưu:")) a = std::string(trim(std::string_view(a).substr(std::string("Lưu:").size())));
        while (!a.empty() && a.back() == '.') a.pop_back();
        lines.push_back("Lưu: " + a);
    }
    return lines;
}

std::string header_name(std::string_view upper) {
    // A Vietnamese word is often two syllables written apart ("ĐÀO TẠO");
    // a line break between them reads as a broken word.  No Debian library
    // segments Vietnamese words in C++, and an issuing body's name uses few
    // of them, so the common ones are listed here and bound with a
    // no-break space (U+00A0).
    static const char* const kWords[] = {
        "GIÁO DỤC", "ĐÀO TẠO", "TRUNG TÂM", "NGHỀ NGHIỆP", "THƯỜNG XUYÊN", "NHÂN DÂN", "ỦY BAN", "UỶ BAN",
        "TIỂU HỌC", "TRUNG HỌC", "PHỔ THÔNG", "CƠ SỞ", "MẦM NON", "THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN",
        "KỸ THUẬT", "DÂN TỘC", "NỘI TRÚ", "HỌC TẬP", "CỘNG ĐỒNG", "TỔNG HỢP", "HƯỚNG NGHIỆP", "ĐẠI HỌC",
        "CAO ĐẲNG", "TRUNG CẤP", "CHUYÊN BIỆT", "CÔNG AN", "QUÂN SỰ", "VĂN HÓA", "THỂ THAO", "DU LỊCH"};
    std::string s(upper);
    for (const char* w : kWords) {
        const std::string word(w);
        const std::size_t sp = word.find(' ');
        std::size_t pos = 0;
        while ((pos = s.find(word, pos)) != std::string::npos) {
            const bool starts = pos == 0 || s[pos - 1] == ' ' || s[pos - 1] == '-';
            const std::size_t end = pos + word.size();
            const bool ends = end == s.size() || s[end] == ' ' || s[end] == '-' || s[end] == ',';
            if (starts && ends) s.replace(pos + sp, 1, "\xC2\xA0");
            pos = end;
        }
    }
    // The place that ends a name ("… TỈNH KON TUM", "… HUYỆN ĐẮK HÀ") is
    // read as one unit: "ỦY BAN NHÂN DÂN / TỈNH KON TUM", never "… TỈNH KON
    // / TUM".  Bound when the place name is at most three words.
    static const char* const kUnits[] = {" TỈNH ", " HUYỆN ", " QUẬN ", " THÀNH\xC2\xA0PHỐ ", " THỊ\xC2\xA0XÃ "};
    std::size_t unit = std::string::npos;
    for (const char* u : kUnits) {
        const std::size_t at = s.rfind(u);
        if (at != std::string::npos && (unit == std::string::npos || at > unit)) unit = at;
    }
    if (unit != std::string::npos) {
        const std::size_t from = unit + 1;
        if (std::count(s.begin() + static_cast<std::ptrdiff_t>(from), s.end(), ' ') <= 3) {
            for (std::size_t i = s.find(' ', from); i != std::string::npos; i = s.find(' ', i))
                s.replace(i, 1, "\xC2\xA0");
        }
    }
    return s;
}

std::string signer_title(const Signer& sg) {
    std::string title = upper_vi(sg.title);
    if (!sg.authority.empty()) title = upper_vi(sg.authority) + " " + title;
    return title;
}

}  // namespace dc::outline
