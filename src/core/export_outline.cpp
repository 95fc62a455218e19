// export_outline.cpp — the words and numbering the printed page and the Word
// export share (contract in export_outline.h).
#include "core/export_outline.h"

#include <algorithm>

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

std::string write_body(const Plan& p, BodyWriter& w) {
    std::string out;
    Numbering n;
    for (const Block& b : p.body) {
        switch (b.kind) {
            case BlockKind::Heading: {
                const int level = std::clamp(b.level, 1, 7);
                out += w.clause(n, level, b.text, b.body);
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
    } else {
        for (const Site& s : p.sites) names.push_back(exportwords::site_label(s));
    }
    return names;
}

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
    } else {
        for (const Site& s : p.sites) add(exportwords::site_label(s), s.chair, s.participants, "");
    }
    return out;
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

std::string signer_title(const Signer& sg) {
    std::string title = upper_vi(sg.title);
    if (!sg.authority.empty()) title = upper_vi(sg.authority) + " " + title;
    return title;
}

}  // namespace dc::outline
