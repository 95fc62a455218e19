// paste.cpp — see paste.h.
//
// [SECTION] Tab-separated text
// [SECTION] Column guessing helpers
// [SECTION] Tasks
// [SECTION] Sites
#include "core/paste.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>

#include "core/datetime.h"
#include "core/tasks_ops.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Tab-separated text
//-----------------------------------------------------------------------------
// Hand-written: the clipboard dialect of Excel/Sheets is TSV with CSV-style
// quoting, which no CSV library here handles with tab separators and lone CRs;
// the rules fit in one loop.

namespace {
std::string mib(std::size_t bytes) {
    // "10,0 MB" — Vietnamese decimal comma.
    const std::size_t tenths = (bytes * 10 + (1u << 19)) >> 20;
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";
}
std::string trim(const std::string& s) {
    std::size_t a = 0, b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r' || s[a] == '\n')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r' || s[b - 1] == '\n')) --b;
    // Excel pads with no-break spaces sometimes (U+00A0).
    while (b - a >= 2 && static_cast<unsigned char>(s[a]) == 0xC2 && static_cast<unsigned char>(s[a + 1]) == 0xA0) a += 2;
    while (b - a >= 2 && static_cast<unsigned char>(s[b - 2]) == 0xC2 && static_cast<unsigned char>(s[b - 1]) == 0xA0) b -= 2;
    return s.substr(a, b - a);
}
bool row_empty(const std::vector<std::string>& r) {
    for (auto& c : r)
        if (!trim(c).empty()) return false;
    return true;
}
}  // namespace

PasteTable parse_tsv(std::string_view text, const PasteLimits& limits) {
    PasteTable t;
    if (text.size() > limits.max_bytes) {
        t.error_vi = "Đoạn dán quá lớn (" + mib(text.size()) + "); chỉ nhận tối đa " + mib(limits.max_bytes) +
                     ". Hãy dán từng phần nhỏ hơn. Kế hoạch không thay đổi.";
        t.error_en = "The pasted text is too large (" + mib(text.size()) + "); the limit is " + mib(limits.max_bytes) +
                     ". Paste it in smaller parts. The plan is unchanged.";
        return t;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

    std::vector<std::string> row;
    std::string cell;
    bool quoted = false;        // inside a quoted cell
    bool cell_started = false;  // saw any character of the current cell
    auto end_cell = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        cell_started = false;
    };
    bool too_many = false;
    auto end_row = [&] {
        end_cell();
        if (t.rows.size() >= limits.max_rows) {
            too_many = true;
            return;
        }
        t.rows.push_back(std::move(row));
        row.clear();
    };
    for (std::size_t i = 0; i < text.size() && !too_many; ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;   // text after the closing quote is kept as typed
                }
            } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                cell += '\n';         // CRLF inside a cell is one line break
                ++i;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == '"' && !cell_started) {
            quoted = true;
            cell_started = true;
        } else if (c == '\t') {
            end_cell();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
        } else {
            cell += c;
            cell_started = true;
        }
    }
    if (too_many) {
        t.rows.clear();
        t.error_vi = "Đoạn dán có hơn " + format_number_vi(static_cast<std::int64_t>(limits.max_rows)) +
                     " dòng; hãy dán từng phần nhỏ hơn. Kế hoạch không thay đổi.";
        t.error_en = "The pasted text has more than " + std::to_string(limits.max_rows) +
                     " rows; paste it in smaller parts. The plan is unchanged.";
        return t;
    }
    if (cell_started || !cell.empty() || !row.empty()) end_row();   // last line without a line break
    // An unterminated quote swallowed the rest: still usable, the preview shows it.
    while (!t.rows.empty() && row_empty(t.rows.back())) t.rows.pop_back();
    for (auto& r : t.rows) {
        if (r.size() > limits.max_columns) r.resize(limits.max_columns);
        for (auto& c : r) c = nfc(c);
        t.columns = std::max(t.columns, r.size());
    }
    if (t.rows.empty()) {
        t.error_vi = "Không có gì để dán: bộ nhớ tạm trống.";
        t.error_en = "Nothing to paste: the clipboard is empty.";
        return t;
    }
    t.ok = true;
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Column guessing helpers
//-----------------------------------------------------------------------------

namespace {
std::string key(const std::string& s) {
    // Header words compared without case, diacritics, punctuation or extra spaces.
    std::string f = fold_for_search(trim(s), true), out;
    for (char c : f) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '#') out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

template <class F>
struct Synonym { const char* word; F field; };

template <class F>
F match_header(const std::string& cell, const std::vector<Synonym<F>>& table, F none) {
    const std::string k = key(cell);
    if (k.empty()) return none;
    for (auto& s : table)
        if (k == s.word) return s.field;
    return none;
}

bool is_small_number(const std::string& s) {
    const std::string t = trim(s);
    if (t.empty() || t.size() > 5) return false;
    std::size_t digits = 0;
    for (char c : t) {
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (c != '.' && c != ')') return false;   // "1", "1.", "1)"
    }
    return digits > 0;
}
bool is_phone(const std::string& s) {
    const std::string t = trim(s);
    std::size_t digits = 0;
    for (char c : t) {
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (c != ' ' && c != '.' && c != '-' && c != '+' && c != '(' && c != ')') return false;
    }
    return digits >= 8 && digits <= 15;
}

// Share of the non-empty cells of column c (from row `from`) that satisfy pred; -1 if none.
template <class P>
double share(const PasteTable& t, std::size_t c, std::size_t from, P pred) {
    int n = 0, yes = 0;
    for (std::size_t r = from; r < t.rows.size(); ++r) {
        if (c >= t.rows[r].size() || trim(t.rows[r][c]).empty()) continue;
        ++n;
        yes += pred(t.rows[r][c]) ? 1 : 0;
    }
    return n == 0 ? -1.0 : double(yes) / n;
}
double mean_length(const PasteTable& t, std::size_t c, std::size_t from) {
    std::size_t n = 0, len = 0;
    for (std::size_t r = from; r < t.rows.size(); ++r)
        if (c < t.rows[r].size() && !trim(t.rows[r][c]).empty()) ++n, len += t.rows[r][c].size();
    return n ? double(len) / n : 0.0;
}

// Decides whether row 0 is a header: at least two cells (or the only cell)
// are known header words.
template <class F>
bool detect_header(const PasteTable& t, const std::vector<Synonym<F>>& table, F none, std::vector<F>& fields) {
    const auto& r0 = t.rows[0];
    int matched = 0, nonempty = 0;
    std::vector<F> got(t.columns, none);
    for (std::size_t c = 0; c < r0.size(); ++c) {
        if (!trim(r0[c]).empty()) ++nonempty;
        got[c] = match_header(r0[c], table, none);
        if (got[c] != none) ++matched;
    }
    if (matched >= 2 || (matched == 1 && nonempty == 1)) {
        fields = got;
        return true;
    }
    return false;
}

std::string cell_at(const std::vector<std::string>& row, std::size_t c) {
    return c < row.size() ? trim(row[c]) : std::string();
}

std::vector<std::string> split_units(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char ch : s + ";") {
        if (ch == ';' || ch == '\n') {
            std::string u = trim(cur);
            if (!u.empty()) out.push_back(u);
            cur.clear();
        } else {
            cur += ch;
        }
    }
    return out;
}

bool truthy(const std::string& s) {
    const std::string k = key(s);
    static const std::set<std::string> yes = {"x", "1", "co", "roi", "da xong", "xong", "hoan thanh", "da hoan thanh",
                                              "yes", "y", "true", "done", "ok", "dat"};
    if (s.find("\xE2\x9C\x93") != std::string::npos || s.find("\xE2\x9C\x94") != std::string::npos) return true;  // ✓ ✔
    return yes.count(k) > 0;
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Tasks
//-----------------------------------------------------------------------------

const char* task_field_vi(TaskField f) {
    switch (f) {
        case TaskField::Ignore: return "(bỏ qua)";
        case TaskField::Stt: return "STT";
        case TaskField::Content: return "Nội dung công việc";
        case TaskField::Deadline: return "Thời gian hoàn thành";
        case TaskField::Lead: return "Chủ trì";
        case TaskField::Cooperating: return "Phối hợp";
        case TaskField::Note: return "Ghi chú";
        case TaskField::Done: return "Đã xong";
    }
    return "";
}
const char* task_field_en(TaskField f) {
    switch (f) {
        case TaskField::Ignore: return "(ignore)";
        case TaskField::Stt: return "No.";
        case TaskField::Content: return "Task";
        case TaskField::Deadline: return "Deadline";
        case TaskField::Lead: return "Lead";
        case TaskField::Cooperating: return "Co-operating";
        case TaskField::Note: return "Note";
        case TaskField::Done: return "Done";
    }
    return "";
}

namespace {
const std::vector<Synonym<TaskField>>& task_synonyms() {
    static const std::vector<Synonym<TaskField>> t = {
        {"stt", TaskField::Stt}, {"tt", TaskField::Stt}, {"so tt", TaskField::Stt}, {"so thu tu", TaskField::Stt},
        {"#", TaskField::Stt}, {"no", TaskField::Stt}, {"number", TaskField::Stt},
        {"noi dung cong viec", TaskField::Content}, {"noi dung", TaskField::Content}, {"cong viec", TaskField::Content},
        {"ten cong viec", TaskField::Content}, {"nhiem vu", TaskField::Content}, {"task", TaskField::Content},
        {"content", TaskField::Content}, {"tasks", TaskField::Content}, {"description", TaskField::Content},
        {"thoi gian hoan thanh", TaskField::Deadline}, {"thoi han", TaskField::Deadline}, {"han", TaskField::Deadline},
        {"han hoan thanh", TaskField::Deadline}, {"thoi gian", TaskField::Deadline}, {"ngay hoan thanh", TaskField::Deadline},
        {"deadline", TaskField::Deadline}, {"due", TaskField::Deadline}, {"due date", TaskField::Deadline},
        {"chu tri", TaskField::Lead}, {"don vi chu tri", TaskField::Lead}, {"don vi thuc hien", TaskField::Lead},
        {"thuc hien", TaskField::Lead}, {"lead", TaskField::Lead}, {"owner", TaskField::Lead},
        {"responsible", TaskField::Lead},
        {"phoi hop", TaskField::Cooperating}, {"don vi phoi hop", TaskField::Cooperating},
        {"co operating", TaskField::Cooperating}, {"cooperating", TaskField::Cooperating}, {"support", TaskField::Cooperating},
        {"ghi chu", TaskField::Note}, {"note", TaskField::Note}, {"notes", TaskField::Note},
        {"da xong", TaskField::Done}, {"xong", TaskField::Done}, {"hoan thanh", TaskField::Done},
        {"trang thai", TaskField::Done}, {"done", TaskField::Done}, {"status", TaskField::Done},
    };
    return t;
}
bool reads_as_deadline(const std::string& s) {
    if (s.size() > kPasteMaxDeadlineBytes) return false;
    auto r = parse_deadline(s);
    return r.deadline && (r.deadline->relative || !r.deadline->date.empty());
}
}  // namespace

TaskColumns guess_task_columns(const PasteTable& t) {
    TaskColumns c;
    c.fields.assign(t.columns, TaskField::Ignore);
    if (t.rows.empty()) return c;
    if (detect_header(t, task_synonyms(), TaskField::Ignore, c.fields)) {
        c.header = true;
        return c;
    }
    if (t.columns == 1) {
        c.fields[0] = TaskField::Content;
        return c;
    }
    std::vector<bool> taken(t.columns, false);
    for (std::size_t k = 0; k < t.columns; ++k) {
        if (share(t, k, 0, is_small_number) > 0.99 && k == 0) {   // numbering only in the first column
            c.fields[k] = TaskField::Stt;
            taken[k] = true;
        } else if (share(t, k, 0, reads_as_deadline) >= 0.5) {
            c.fields[k] = TaskField::Deadline;
            taken[k] = true;
        }
    }
    // Content: the longest text among what is left.
    std::size_t best = t.columns;
    for (std::size_t k = 0; k < t.columns; ++k)
        if (!taken[k] && (best == t.columns || mean_length(t, k, 0) > mean_length(t, best, 0))) best = k;
    if (best == t.columns) return c;
    c.fields[best] = TaskField::Content;
    taken[best] = true;
    const TaskField rest[] = {TaskField::Lead, TaskField::Cooperating, TaskField::Note};
    std::size_t next = 0;
    for (std::size_t k = best + 1; k < t.columns && next < 3; ++k)
        if (!taken[k] && share(t, k, 0, [](const std::string&) { return true; }) >= 0) c.fields[k] = rest[next++];
    return c;
}

TaskPastePreview preview_tasks(const PasteTable& t, const TaskColumns& c) {
    TaskPastePreview p;
    const bool any_content = std::find(c.fields.begin(), c.fields.end(), TaskField::Content) != c.fields.end();
    for (std::size_t r = c.header ? 1 : 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const std::size_t line = r + 1;
        if (row_empty(row)) continue;   // blank lines between blocks are not worth a message
        Task task;
        task.deadline.date = Date{};
        for (std::size_t k = 0; k < c.fields.size(); ++k) {
            const std::string v = cell_at(row, k);
            if (v.empty()) continue;
            switch (c.fields[k]) {
                case TaskField::Ignore:
                case TaskField::Stt: break;
                case TaskField::Content: task.content += (task.content.empty() ? "" : " ") + v; break;
                case TaskField::Lead: task.lead = v; break;
                case TaskField::Cooperating:
                    for (auto& u : split_units(v)) task.cooperating.push_back(u);
                    break;
                case TaskField::Note: task.note = v; break;
                case TaskField::Done: task.done = truthy(v); break;
                case TaskField::Deadline: {
                    DeadlineParse d;
                    if (v.size() <= kPasteMaxDeadlineBytes) d = parse_deadline(v);
                    if (d.deadline) {
                        task.deadline = *d.deadline;
                    } else {
                        PasteProblem pr;
                        pr.row = line;
                        pr.column = k + 1;
                        pr.message_vi = "Dòng " + std::to_string(line) + ", cột " + std::to_string(k + 1) +
                                        " (Thời gian hoàn thành): không đọc được thời hạn \"" + v +
                                        "\"; công việc vẫn được thêm, chưa có thời hạn.";
                        pr.message_en = "Row " + std::to_string(line) + ", column " + std::to_string(k + 1) +
                                        " (Deadline): cannot read \"" + v + "\"; the task is added without a deadline.";
                        p.problems.push_back(std::move(pr));
                    }
                    break;
                }
            }
        }
        if (task.content.empty()) {
            PasteProblem pr;
            pr.row = line;
            pr.skipped = true;
            pr.message_vi = any_content ? "Dòng " + std::to_string(line) + ": không có nội dung công việc, bỏ qua."
                                        : "Dòng " + std::to_string(line) + ": chưa chọn cột nào là Nội dung công việc.";
            pr.message_en = any_content ? "Row " + std::to_string(line) + ": no task text, skipped."
                                        : "Row " + std::to_string(line) + ": no column is mapped to the task text.";
            p.problems.push_back(std::move(pr));
            ++p.skipped;
            continue;
        }
        if (row.size() < c.fields.size() && c.fields.size() > 1) {
            PasteProblem pr;
            pr.row = line;
            pr.message_vi = "Dòng " + std::to_string(line) + " chỉ có " + std::to_string(row.size()) + " trong " +
                            std::to_string(c.fields.size()) + " cột; các cột thiếu để trống.";
            pr.message_en = "Row " + std::to_string(line) + " has only " + std::to_string(row.size()) + " of " +
                            std::to_string(c.fields.size()) + " columns; the missing ones are left empty.";
            p.problems.push_back(std::move(pr));
        }
        p.tasks.push_back(std::move(task));
        p.source_rows.push_back(line);
    }
    return p;
}

std::size_t apply_task_paste(Editor& ed, const TaskPastePreview& p, std::size_t at) {
    if (p.tasks.empty()) return 0;
    std::vector<Task> tasks = ed.plan().tasks;
    at = std::min(at, tasks.size());
    Editor::Group g(ed, "Dán " + std::to_string(p.tasks.size()) + " công việc");
    std::vector<Task> added = p.tasks;
    for (auto& t : added) t.id = ed.new_id("t");
    tasks.insert(tasks.begin() + static_cast<std::ptrdiff_t>(at), added.begin(), added.end());
    ed.replace_tasks(std::move(tasks), {});
    return added.size();
}

//-----------------------------------------------------------------------------
// [SECTION] Sites
//-----------------------------------------------------------------------------

const char* site_field_vi(SiteField f) {
    switch (f) {
        case SiteField::Ignore: return "(bỏ qua)";
        case SiteField::Stt: return "STT";
        case SiteField::Name: return "Tên điểm cầu";
        case SiteField::Kind: return "Loại";
        case SiteField::Room: return "Phòng";
        case SiteField::Address: return "Địa chỉ";
        case SiteField::Chair: return "Chủ trì";
        case SiteField::Headcount: return "Số người dự";
        case SiteField::ContactName: return "Người liên hệ";
        case SiteField::ContactPhone: return "Điện thoại";
        case SiteField::Technician: return "Kỹ thuật viên";
        case SiteField::Notes: return "Ghi chú";
        case SiteField::Group: return "Nhóm điểm cầu";
    }
    return "";
}
const char* site_field_en(SiteField f) {
    switch (f) {
        case SiteField::Ignore: return "(ignore)";
        case SiteField::Stt: return "No.";
        case SiteField::Name: return "Bridge point";
        case SiteField::Kind: return "Kind";
        case SiteField::Room: return "Room";
        case SiteField::Address: return "Address";
        case SiteField::Chair: return "Chair";
        case SiteField::Headcount: return "Attendees";
        case SiteField::ContactName: return "Contact";
        case SiteField::ContactPhone: return "Phone";
        case SiteField::Technician: return "Technician";
        case SiteField::Notes: return "Notes";
        case SiteField::Group: return "Site group";
    }
    return "";
}

namespace {
const std::vector<Synonym<SiteField>>& site_synonyms() {
    static const std::vector<Synonym<SiteField>> t = {
        {"stt", SiteField::Stt}, {"tt", SiteField::Stt}, {"#", SiteField::Stt}, {"no", SiteField::Stt},
        {"ten", SiteField::Name}, {"ten diem cau", SiteField::Name}, {"diem cau", SiteField::Name},
        {"don vi", SiteField::Name}, {"ten don vi", SiteField::Name}, {"name", SiteField::Name},
        {"site", SiteField::Name}, {"bridge point", SiteField::Name},
        {"loai", SiteField::Kind}, {"loai diem cau", SiteField::Kind}, {"kind", SiteField::Kind}, {"type", SiteField::Kind},
        {"phong", SiteField::Room}, {"phong hop", SiteField::Room}, {"room", SiteField::Room},
        {"dia chi", SiteField::Address}, {"dia diem", SiteField::Address}, {"address", SiteField::Address},
        {"chu tri", SiteField::Chair}, {"chair", SiteField::Chair},
        {"so nguoi", SiteField::Headcount}, {"so luong", SiteField::Headcount}, {"so nguoi du", SiteField::Headcount},
        {"so nguoi tham du", SiteField::Headcount}, {"headcount", SiteField::Headcount}, {"attendees", SiteField::Headcount},
        {"nguoi lien he", SiteField::ContactName}, {"lien he", SiteField::ContactName}, {"ho ten", SiteField::ContactName},
        {"contact", SiteField::ContactName},
        {"dien thoai", SiteField::ContactPhone}, {"so dien thoai", SiteField::ContactPhone}, {"sdt", SiteField::ContactPhone},
        {"dt", SiteField::ContactPhone}, {"phone", SiteField::ContactPhone}, {"telephone", SiteField::ContactPhone},
        {"ky thuat", SiteField::Technician}, {"ky thuat vien", SiteField::Technician}, {"can bo ky thuat", SiteField::Technician},
        {"technician", SiteField::Technician},
        {"ghi chu", SiteField::Notes}, {"note", SiteField::Notes}, {"notes", SiteField::Notes},
        {"nhom", SiteField::Group}, {"nhom diem cau", SiteField::Group}, {"khoi", SiteField::Group},
        {"cap hoc", SiteField::Group}, {"bac hoc", SiteField::Group}, {"cap", SiteField::Group},
        {"group", SiteField::Group}, {"level", SiteField::Group},
    };
    return t;
}

// "I. ", "IV. ", "A. ", "b) ", "1. ", "2) ": a list label in front of a heading.
std::string without_list_label(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size() && i < 5 && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    const bool roman_or_letter_or_number =
        i > 0 && (i == 1 || std::all_of(s.begin(), s.begin() + static_cast<long>(i), [](char c) {
                                return std::isdigit(static_cast<unsigned char>(c)) || std::strchr("IVXivx", c);
                            }));
    if (roman_or_letter_or_number && i < s.size() && (s[i] == '.' || s[i] == ')') && i + 1 < s.size() && s[i + 1] == ' ')
        return trim(s.substr(i + 2));
    return s;
}

// The words of a group's name that say which group it is: without case,
// diacritics, and the list's own wording ("Điểm cầu các trường", "Khối").
std::string group_key(const std::string& name) {
    std::string k = key(name);
    for (bool again = true; again;) {
        again = false;
        for (const char* lead : {"diem cau ", "tai ", "cac ", "nhung ", "khoi ", "nhom ", "cap hoc ", "bac hoc ",
                                 "truong ", "don vi "}) {
            const std::size_t n = std::strlen(lead);
            if (k.size() > n && k.compare(0, n, lead) == 0) {
                k.erase(0, n);
                again = true;
            }
        }
    }
    return k;
}

// A school level, as a group column holds it ("Mầm non", "TH", "THCS").
bool is_level(const std::string& s) {
    static const std::set<std::string> levels = {"mam non", "mn", "tieu hoc", "th", "thcs", "thpt", "trung hoc co so",
                                                 "trung hoc pho thong", "lien cap", "gdtx", "mau giao", "nha tre"};
    return levels.count(group_key(s)) > 0;
}
}  // namespace

std::string site_group_heading(const std::vector<std::string>& row) {
    std::string only;
    for (const std::string& c : row) {
        const std::string t = trim(c);
        if (t.empty()) continue;
        if (!only.empty()) return {};
        only = t;
    }
    if (only.empty() || only.size() > 120) return {};
    std::string text = without_list_label(only);
    if (text.size() > 1 && text.back() == ':') {
        text = trim(text.substr(0, text.size() - 1));
        return is_small_number(text) ? std::string() : text;
    }
    const std::string k = key(text);
    for (const char* word : {"khoi ", "nhom ", "cap hoc ", "bac hoc ", "cum ", "khu vuc "})
        if (k.size() > std::strlen(word) && k.compare(0, std::strlen(word), word) == 0) return text;
    return {};
}

const SiteGroup* find_paste_group(const Plan& plan, const std::string& name) {
    const std::string k = group_key(name);
    if (k.empty()) return nullptr;
    for (const SiteGroup& g : plan.site_groups)
        if (group_key(g.name) == k) return &g;
    return nullptr;
}

SiteColumns guess_site_columns(const PasteTable& pasted) {
    SiteColumns c;
    c.fields.assign(pasted.columns, SiteField::Ignore);
    if (pasted.rows.empty()) return c;
    if (detect_header(pasted, site_synonyms(), SiteField::Ignore, c.fields)) {
        c.header = true;
        return c;
    }
    // Heading lines ("Khối THCS") hold one cell: they would make the first
    // column look like names rather than numbers.
    PasteTable t;
    t.columns = pasted.columns;
    for (const auto& row : pasted.rows)
        if (site_group_heading(row).empty()) t.rows.push_back(row);
    if (t.rows.empty()) t.rows = pasted.rows;
    std::vector<bool> taken(t.columns, false);
    if (t.columns > 1 && share(t, 0, 0, is_small_number) > 0.99) {
        c.fields[0] = SiteField::Stt;
        taken[0] = true;
    }
    for (std::size_t k = 0; k < t.columns; ++k)
        if (!taken[k] && share(t, k, 0, is_phone) >= 0.5) {
            c.fields[k] = SiteField::ContactPhone;
            taken[k] = true;
            break;
        }
    for (std::size_t k = 0; k < t.columns && t.columns > 1; ++k)
        if (!taken[k] && share(t, k, 0, is_level) > 0.99) {
            c.fields[k] = SiteField::Group;
            taken[k] = true;
            break;
        }
    // In order: name, address, contact (the usual order of such lists).
    const SiteField order[] = {SiteField::Name, SiteField::Address, SiteField::ContactName};
    std::size_t next = 0;
    for (std::size_t k = 0; k < t.columns && next < 3; ++k)
        if (!taken[k]) c.fields[k] = order[next++];
    return c;
}

SitePastePreview preview_sites(const PasteTable& t, const SiteColumns& c, const Plan& plan) {
    SitePastePreview p;
    std::map<std::string, std::vector<std::string>> names;   // folded name → where seen ("id:<group>", "new:<key>", "")
    for (auto& s : plan.sites) names[fold_for_search(s.name)].push_back(s.group_id.empty() ? "" : "id:" + s.group_id);
    std::string heading;                  // the group named by the last heading line
    std::map<std::string, std::string> new_groups;   // key → the name as first pasted
    for (std::size_t r = c.header ? 1 : 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        const std::size_t line = r + 1;
        if (row_empty(row)) continue;
        if (std::string h = site_group_heading(row); !h.empty()) {
            heading = std::move(h);
            ++p.headings;
            continue;
        }
        Site s;
        std::string group = heading;      // a group column wins over the heading above
        for (std::size_t k = 0; k < c.fields.size(); ++k) {
            const std::string v = cell_at(row, k);
            if (v.empty()) continue;
            switch (c.fields[k]) {
                case SiteField::Ignore:
                case SiteField::Stt: break;
                case SiteField::Name: s.name = v; break;
                case SiteField::Kind: s.kind = v; break;
                case SiteField::Room: s.room = v; break;
                case SiteField::Address: s.address = v; break;
                case SiteField::Chair: s.chair = v; break;
                case SiteField::ContactName: s.contact_name = v; break;
                case SiteField::ContactPhone: s.contact_phone = v; break;
                case SiteField::Technician: s.technician = v; break;
                case SiteField::Notes: s.notes = v; break;
                case SiteField::Group: group = v; break;
                case SiteField::Headcount: {
                    bool digits = !v.empty() && v.size() <= 6 &&
                                  std::all_of(v.begin(), v.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
                    if (digits) {
                        s.headcount = std::stoi(v);
                    } else {
                        PasteProblem pr;
                        pr.row = line;
                        pr.column = k + 1;
                        pr.message_vi = "Dòng " + std::to_string(line) + ", cột " + std::to_string(k + 1) +
                                        " (Số người dự): \"" + v + "\" không phải là một số; để trống.";
                        pr.message_en = "Row " + std::to_string(line) + ", column " + std::to_string(k + 1) +
                                        " (Attendees): \"" + v + "\" is not a number; left empty.";
                        p.problems.push_back(std::move(pr));
                    }
                    break;
                }
            }
        }
        if (s.name.empty()) {
            PasteProblem pr;
            pr.row = line;
            pr.skipped = true;
            pr.message_vi = "Dòng " + std::to_string(line) + ": không có tên điểm cầu, bỏ qua.";
            pr.message_en = "Row " + std::to_string(line) + ": no bridge point name, skipped.";
            p.problems.push_back(std::move(pr));
            ++p.skipped;
            continue;
        }
        if (!group.empty()) {
            if (const SiteGroup* g = find_paste_group(plan, group)) {
                s.group_id = g->id;
                group = g->name;
            } else {
                // Spelled as its first use ("Khối THCS" and "khối thcs" are one new group).
                auto [it, fresh] = new_groups.emplace(group_key(group), group);
                if (fresh) p.new_groups.push_back(group);
                else group = it->second;
            }
        }
        // A name met before in the same group, or where either has no group:
        // "Ban Mai" under "Mầm non:" and under "Khối THCS" are two schools.
        const std::string where = s.group_id.empty() ? (group.empty() ? "" : "new:" + group_key(group)) : "id:" + s.group_id;
        std::vector<std::string>& seen = names[fold_for_search(s.name)];
        if (std::any_of(seen.begin(), seen.end(), [&](const std::string& w) { return w.empty() || where.empty() || w == where; })) {
            PasteProblem pr;
            pr.row = line;
            pr.message_vi = "Dòng " + std::to_string(line) + ": đã có điểm cầu \"" + s.name + "\"; vẫn thêm.";
            pr.message_en = "Row " + std::to_string(line) + ": a bridge point \"" + s.name + "\" already exists; added anyway.";
            p.problems.push_back(std::move(pr));
        }
        seen.push_back(where);
        p.sites.push_back(std::move(s));
        p.source_rows.push_back(line);
        p.groups.push_back(std::move(group));
    }
    return p;
}

std::size_t apply_site_paste(Editor& ed, const SitePastePreview& p) {
    if (p.sites.empty()) return 0;
    Editor::Group g(ed, "Dán " + std::to_string(p.sites.size()) + " điểm cầu");
    for (const std::string& name : p.new_groups) {
        if (find_paste_group(ed.plan(), name)) continue;
        SiteGroup grp;
        grp.id = ed.new_id("g");
        grp.name = name;
        ed.insert_item(ed.plan().site_groups.size(), std::move(grp));
    }
    std::vector<Site> sites = ed.plan().sites;
    for (std::size_t k = 0; k < p.sites.size(); ++k) {
        Site s = p.sites[k];
        s.id = ed.new_id("s");
        if (s.group_id.empty() && k < p.groups.size() && !p.groups[k].empty())
            if (const SiteGroup* grp = find_paste_group(ed.plan(), p.groups[k])) s.group_id = grp->id;
        s.test_date = Date{};
        sites.push_back(std::move(s));
    }
    ed.replace_sites(std::move(sites), {});
    return p.sites.size();
}

}  // namespace dc
