// paste_programme.cpp — see paste_programme.h.
//
// [SECTION] Table and column names
// [SECTION] Guessing the columns
// [SECTION] Preview
// [SECTION] Apply
#include "core/paste_programme.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "core/datetime.h"
#include "core/html_table.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Table and column names
//-----------------------------------------------------------------------------
const char* programme_field_vi(ProgrammeField f) {
    switch (f) {
        case ProgrammeField::Ignore: return "(bỏ qua)";
        case ProgrammeField::Stt: return "TT";
        case ProgrammeField::Time: return "Thời gian";
        case ProgrammeField::Content: return "Nội dung";
        case ProgrammeField::Performer: return "Thực hiện";
    }
    return "";
}
const char* programme_field_en(ProgrammeField f) {
    switch (f) {
        case ProgrammeField::Ignore: return "(ignore)";
        case ProgrammeField::Stt: return "No.";
        case ProgrammeField::Time: return "Time";
        case ProgrammeField::Content: return "Content";
        case ProgrammeField::Performer: return "Presented by";
    }
    return "";
}

PasteTable programme_table(std::string_view text, std::string_view html, const PasteLimits& limits) {
    if (html.find("<table") != std::string_view::npos || html.find("<TABLE") != std::string_view::npos) {
        PasteTable t = parse_html_table(html, limits);
        if (t.ok) return t;
    }
    return parse_tsv(text, limits);
}

//-----------------------------------------------------------------------------
// [SECTION] Guessing the columns
//-----------------------------------------------------------------------------
namespace {

std::string trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

// One line: line breaks inside a cell (Word paragraphs) become spaces.
std::string one_line(std::string_view s) {
    std::string o;
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && (o.empty() || o.back() == ' ')) continue;
        o += c;
    }
    return trim(o);
}

std::string cell(const std::vector<std::string>& row, std::size_t c) { return c < row.size() ? trim(row[c]) : std::string(); }

// Header words compared without case, diacritics or punctuation.
std::string key(const std::string& s) {
    const std::string f = fold_for_search(one_line(s), true);
    std::string out;
    for (char c : f) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

ProgrammeField header_field(const std::string& cell_text) {
    static const struct { const char* word; ProgrammeField f; } words[] = {
        {"tt", ProgrammeField::Stt}, {"stt", ProgrammeField::Stt}, {"so tt", ProgrammeField::Stt},
        {"no", ProgrammeField::Stt},
        {"thoi gian", ProgrammeField::Time}, {"gio", ProgrammeField::Time}, {"thoi diem", ProgrammeField::Time},
        {"time", ProgrammeField::Time},
        {"noi dung", ProgrammeField::Content}, {"noi dung chuong trinh", ProgrammeField::Content},
        {"noi dung hoat dong", ProgrammeField::Content}, {"hoat dong", ProgrammeField::Content},
        {"content", ProgrammeField::Content}, {"item", ProgrammeField::Content},
        {"thuc hien", ProgrammeField::Performer}, {"don vi thuc hien", ProgrammeField::Performer},
        {"nguoi thuc hien", ProgrammeField::Performer}, {"chu tri", ProgrammeField::Performer},
        {"trinh bay", ProgrammeField::Performer}, {"nguoi trinh bay", ProgrammeField::Performer},
        {"phu trach", ProgrammeField::Performer}, {"don vi phu trach", ProgrammeField::Performer},
        {"presented by", ProgrammeField::Performer}, {"performer", ProgrammeField::Performer},
    };
    const std::string k = key(cell_text);
    for (const auto& w : words)
        if (k == w.word) return w.f;
    return ProgrammeField::Ignore;
}

bool reads_as_time(const std::string& s) { return parse_time_range(one_line(s)).has_value(); }

bool is_small_number(const std::string& s) {
    const std::string t = trim(s);
    if (t.empty() || t.size() > 6) return false;
    std::size_t digits = 0, romans = 0;
    for (char c : t) {
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (c == 'I' || c == 'V' || c == 'X') ++romans;   // "I", "II" numbering sessions
        else if (c != '.' && c != ')') return false;
    }
    return (digits > 0) != (romans > 0);
}

template <class P>
double share(const PasteTable& t, std::size_t c, std::size_t from, P pred) {
    int n = 0, yes = 0;
    for (std::size_t r = from; r < t.rows.size(); ++r) {
        const std::string v = cell(t.rows[r], c);
        if (v.empty()) continue;
        ++n;
        yes += pred(v) ? 1 : 0;
    }
    return n == 0 ? -1.0 : double(yes) / n;
}
double mean_length(const PasteTable& t, std::size_t c, std::size_t from) {
    std::size_t n = 0, len = 0;
    for (std::size_t r = from; r < t.rows.size(); ++r) {
        const std::string v = cell(t.rows[r], c);
        if (!v.empty()) ++n, len += v.size();
    }
    return n ? double(len) / n : 0.0;
}

}  // namespace

ProgrammeColumns guess_programme_columns(const PasteTable& t) {
    ProgrammeColumns c;
    c.fields.assign(t.columns, ProgrammeField::Ignore);
    if (!t.ok || t.rows.empty()) return c;
    // A header among the first rows (a title row such as "CHƯƠNG TRÌNH HỘI NGHỊ" may come first).
    for (std::size_t r = 0; r < std::min<std::size_t>(3, t.rows.size()); ++r) {
        std::vector<ProgrammeField> got(t.columns, ProgrammeField::Ignore);
        int matched = 0;
        for (std::size_t k = 0; k < t.rows[r].size(); ++k)
            if ((got[k] = header_field(t.rows[r][k])) != ProgrammeField::Ignore) ++matched;
        if (matched >= 2) {
            c.header_rows = r + 1;
            c.fields = got;
            return c;
        }
    }
    // By contents.
    std::vector<bool> used(t.columns, false);
    int time_col = -1;
    double best = 0.5;
    for (std::size_t k = 0; k < t.columns; ++k) {
        const double s = share(t, k, 0, reads_as_time);
        if (s > best) best = s, time_col = static_cast<int>(k);
    }
    if (time_col >= 0) {
        c.fields[static_cast<std::size_t>(time_col)] = ProgrammeField::Time;
        used[static_cast<std::size_t>(time_col)] = true;
    }
    for (std::size_t k = 0; k < t.columns; ++k)
        if (!used[k] && share(t, k, 0, is_small_number) > 0.8) {
            c.fields[k] = ProgrammeField::Stt;
            used[k] = true;
            break;
        }
    std::vector<std::size_t> rest;
    for (std::size_t k = 0; k < t.columns; ++k)
        if (!used[k] && mean_length(t, k, 0) > 0) rest.push_back(k);
    std::stable_sort(rest.begin(), rest.end(),
                     [&](std::size_t a, std::size_t b) { return mean_length(t, a, 0) > mean_length(t, b, 0); });
    if (!rest.empty()) c.fields[rest[0]] = ProgrammeField::Content;
    if (rest.size() > 1) c.fields[rest[1]] = ProgrammeField::Performer;
    // Content then performer in reading order when both were found by length.
    if (rest.size() > 1 && rest[1] < rest[0]) std::swap(c.fields[rest[0]], c.fields[rest[1]]);
    return c;
}

//-----------------------------------------------------------------------------
// [SECTION] Preview
//-----------------------------------------------------------------------------
namespace {

PasteProblem problem(std::size_t row, std::size_t col, bool skipped, std::string vi, std::string en) {
    PasteProblem p;
    p.row = row;
    p.column = col;
    p.skipped = skipped;
    p.message_vi = std::move(vi);
    p.message_en = std::move(en);
    return p;
}

std::string joined(const std::vector<std::string>& row, const std::vector<ProgrammeField>& fields, ProgrammeField f) {
    std::string o;
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (fields[k] != f) continue;
        const std::string v = one_line(cell(row, k));
        if (v.empty()) continue;
        if (!o.empty()) o += " - ";
        o += v;
    }
    return o;
}

SlotKind kind_of(const std::string& content) {
    const std::string k = fold_for_search(content, true);
    if (k.rfind("giai lao", 0) == 0 || k.rfind("nghi giai lao", 0) == 0) return SlotKind::Break;
    if (k.rfind("dang ky", 0) == 0 || k.rfind("don tiep dai bieu", 0) == 0) return SlotKind::Registration;
    if (k.rfind("tham luan", 0) == 0 || k.rfind("thao luan", 0) == 0) return SlotKind::Discussion;
    if (k.find("khen thuong") != std::string::npos || k.rfind("trao ", 0) == 0) return SlotKind::Ceremony;
    return SlotKind::Normal;
}

}  // namespace

ProgrammePreview preview_programme(const PasteTable& t, const ProgrammeColumns& c, int day) {
    ProgrammePreview p;
    if (!t.ok) return p;
    std::size_t time_col = c.fields.size();
    for (std::size_t k = 0; k < c.fields.size(); ++k)
        if (c.fields[k] == ProgrammeField::Time) { time_col = k; break; }
    const bool has_content = std::find(c.fields.begin(), c.fields.end(), ProgrammeField::Content) != c.fields.end();
    if (time_col == c.fields.size() || !has_content) {
        p.problems.push_back(problem(0, 0, true, "Chưa chọn cột Thời gian và cột Nội dung.",
                                     "Choose the Time column and the Content column."));
        p.skipped = t.rows.size() > c.header_rows ? t.rows.size() - c.header_rows : 0;
        return p;
    }
    for (std::size_t r = c.header_rows; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const std::size_t line = r + 1;
        const std::string time = one_line(cell(row, time_col));
        AgendaItem item;
        item.content = joined(row, c.fields, ProgrammeField::Content);
        item.performer = joined(row, c.fields, ProgrammeField::Performer);
        if (time.empty()) {
            if (item.content.empty() && item.performer.empty()) continue;   // a row of numbers or blanks only
            if (p.slots.empty()) {
                p.problems.push_back(problem(line, time_col + 1, true, "Dòng không có thời gian và không có mục nào ở trên để gộp vào.",
                                             "The row has no time and no slot above to join."));
                ++p.skipped;
                continue;
            }
            p.slots.back().items.push_back(std::move(item));   // one more item of the slot above
            continue;
        }
        const auto range = parse_time_range(time);
        if (!range) {
            p.problems.push_back(problem(line, time_col + 1, true, "Không đọc được thời gian “" + time + "”.",
                                         "Cannot read the time “" + time + "”."));
            ++p.skipped;
            continue;
        }
        if (item.content.empty() && item.performer.empty()) {
            p.problems.push_back(problem(line, 0, true, "Dòng có thời gian nhưng không có nội dung.",
                                         "The row has a time but no content."));
            ++p.skipped;
            continue;
        }
        Slot s;
        s.day = day;
        s.start = range->first;
        s.end = range->second;
        s.kind = kind_of(item.content);
        s.items.push_back(std::move(item));
        p.slots.push_back(std::move(s));
        p.source_rows.push_back(line);
    }
    // The programme's order is the document's: sorted only if the rows were not (stable, so ties keep theirs).
    std::vector<std::size_t> order(p.slots.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p.slots[a].start < p.slots[b].start; });
    std::vector<Slot> slots;
    std::vector<std::size_t> rows;
    for (std::size_t i : order) slots.push_back(std::move(p.slots[i])), rows.push_back(p.source_rows[i]);
    p.slots = std::move(slots);
    p.source_rows = std::move(rows);
    return p;
}

//-----------------------------------------------------------------------------
// [SECTION] Apply
//-----------------------------------------------------------------------------
std::size_t apply_programme_paste(Editor& ed, const ProgrammePreview& p, bool replace) {
    if (p.slots.empty()) return 0;
    std::vector<Slot> ag = ed.plan().agenda;
    if (replace) {
        ag.erase(std::remove_if(ag.begin(), ag.end(),
                                [&](const Slot& s) {
                                    return std::any_of(p.slots.begin(), p.slots.end(),
                                                       [&](const Slot& n) { return n.day == s.day; });
                                }),
                 ag.end());
    }
    Editor::Group g(ed, "Dán chương trình (" + std::to_string(p.slots.size()) + " mục)");
    for (Slot s : p.slots) {
        s.id = ed.new_id("a");
        ag.push_back(std::move(s));
    }
    std::stable_sort(ag.begin(), ag.end(), [](const Slot& a, const Slot& b) { return std::tie(a.day, a.start) < std::tie(b.day, b.start); });
    ed.replace_agenda(std::move(ag), {});
    return p.slots.size();
}

}  // namespace dc
