// tasks_ops.cpp — see tasks_ops.h for what each deadline means.
//
// [SECTION] Deadlines: resolve
// [SECTION] Deadlines: format
// [SECTION] Deadlines: parse
// [SECTION] Status
// [SECTION] Editing
// [SECTION] Sorting and filtering
#include "core/tasks_ops.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "core/datetime.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Deadlines: resolve
//-----------------------------------------------------------------------------

// deadline_date and deadline_last_day: core/deadline.cpp.

//-----------------------------------------------------------------------------
// [SECTION] Deadlines: format
//-----------------------------------------------------------------------------

namespace {
const char* qualifier_vi(DeadlineQualifier q) {
    switch (q) {
        case DeadlineQualifier::Before: return "Trước ngày ";
        case DeadlineQualifier::On: return "Trong ngày ";
        case DeadlineQualifier::NoLaterThan: return "Chậm nhất ngày ";
        case DeadlineQualifier::Plain: return "";
    }
    return "";
}
std::string relative_vi(int n) {
    if (n == 0) return "ngày hội nghị";
    if (n < 0) return std::to_string(-n) + " ngày sau hội nghị";
    return std::to_string(n) + " ngày trước hội nghị";
}
}  // namespace

std::string deadline_input_text(const Deadline& d) {
    if (!d.relative) return valid_date(d.date) ? qualifier_vi(d.qualifier) + format_date(d.date) : std::string();
    if (d.qualifier == DeadlineQualifier::Plain) {
        std::string r = relative_vi(d.days_before_event);
        r[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(r[0])));   // "5 ngày…"/"Ngày hội nghị"
        return r;
    }
    const int n = d.days_before_event;
    return qualifier_vi(d.qualifier) + (n >= 0 ? "T-" + std::to_string(n) : "T+" + std::to_string(-n));
}

//-----------------------------------------------------------------------------
// [SECTION] Deadlines: parse
//-----------------------------------------------------------------------------
// Hand-written rather than a regex: the fixed words are matched after search
// folding (case, diacritics, "hoà"/"hòa"), word by word, so the date part can
// still be handed untouched to parse_date().

namespace {
std::vector<std::string> split_words(std::string_view s) {
    std::vector<std::string> w;
    std::string cur;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!cur.empty()) w.push_back(std::move(cur)), cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) w.push_back(std::move(cur));
    return w;
}

std::string join(const std::vector<std::string>& w, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

// "t-5", "t - 5", "t–5" (en dash), "t+2" after folding; n = days BEFORE the event.
std::optional<int> parse_t_minus(const std::string& folded) {
    std::string s;
    for (char c : folded)
        if (c != ' ') s += c;
    // en/em dash → '-'
    for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"})
        for (std::size_t p; (p = s.find(dash)) != std::string::npos;) s.replace(p, 3, "-");
    if (s.size() < 3 || s[0] != 't' || (s[1] != '-' && s[1] != '+')) return std::nullopt;
    int n = 0;
    for (std::size_t i = 2; i < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i])) || n > 3650) return std::nullopt;
        n = n * 10 + (s[i] - '0');
    }
    return s[1] == '-' ? n : -n;
}

// "5 ngay truoc hoi nghi", "ngay hoi nghi", "hoi nghi", English alike.
std::optional<int> parse_relative_words(const std::vector<std::string>& f) {
    auto is = [&](std::size_t i, const char* w) { return i < f.size() && f[i] == w; };
    if ((f.size() == 2 && is(0, "hoi") && is(1, "nghi")) ||
        (f.size() == 3 && is(0, "ngay") && is(1, "hoi") && is(2, "nghi")))
        return 0;
    if (f.size() >= 4 && !f[0].empty() && std::all_of(f[0].begin(), f[0].end(), ::isdigit) && f[0].size() <= 4 &&
        is(1, "ngay") && (is(2, "truoc") || is(2, "sau"))) {
        std::size_t k = 3;
        if (is(k, "khi")) ++k;
        if (is(k, "hoi") && is(k + 1, "nghi") && k + 2 == f.size()) {
            const int n = std::stoi(f[0]);
            return f[2] == "truoc" ? n : -n;
        }
    }
    // English: "5 days before the conference"
    if (f.size() >= 3 && std::all_of(f[0].begin(), f[0].end(), ::isdigit) && !f[0].empty() && f[0].size() <= 4 &&
        (is(1, "days") || is(1, "day")) && (is(2, "before") || is(2, "after"))) {
        const int n = std::stoi(f[0]);
        return f[2] == "before" ? n : -n;
    }
    return std::nullopt;
}
}  // namespace

DeadlineParse parse_deadline(std::string_view text) {
    DeadlineParse r;
    const std::string norm = nfc(text);
    std::vector<std::string> words = split_words(norm);
    if (words.empty()) {
        r.deadline = Deadline{};
        r.deadline->date = Date{};
        return r;
    }
    std::vector<std::string> folded;
    for (auto& w : words) {
        std::string f = fold_for_search(w, true);
        while (!f.empty() && (f.back() == ':' || f.back() == ',' || f.back() == '.')) f.pop_back();
        folded.push_back(f);
    }

    // Qualifier phrases, longest first.
    struct Phrase { std::vector<const char*> words; DeadlineQualifier q; };
    static const std::vector<Phrase> phrases = {
        {{"cham", "nhat", "la", "ngay"}, DeadlineQualifier::NoLaterThan},
        {{"cham", "nhat", "ngay"}, DeadlineQualifier::NoLaterThan},
        {{"cham", "nhat"}, DeadlineQualifier::NoLaterThan},
        {{"truoc", "ngay"}, DeadlineQualifier::Before},
        {{"trong", "ngay"}, DeadlineQualifier::On},
        {{"han", "chot"}, DeadlineQualifier::NoLaterThan},
        {{"han"}, DeadlineQualifier::NoLaterThan},
        {{"truoc"}, DeadlineQualifier::Before},
        {{"no", "later", "than"}, DeadlineQualifier::NoLaterThan},
        {{"before"}, DeadlineQualifier::Before},
        {{"by"}, DeadlineQualifier::NoLaterThan},
        {{"on"}, DeadlineQualifier::On},
    };
    DeadlineQualifier q = DeadlineQualifier::Plain;
    std::size_t used = 0;
    for (auto& ph : phrases) {
        if (ph.words.size() > folded.size()) continue;
        bool match = true;
        for (std::size_t i = 0; i < ph.words.size() && match; ++i) match = folded[i] == ph.words[i];
        if (match) {
            q = ph.q;
            used = ph.words.size();
            break;
        }
    }
    const std::vector<std::string> rest_folded(folded.begin() + used, folded.end());
    const std::string rest = join(words, used);

    Deadline d;
    d.qualifier = q;
    if (auto n = parse_t_minus(join(rest_folded, 0))) {
        d.relative = true;
        d.days_before_event = *n;
        r.deadline = d;
        return r;
    }
    if (auto n = parse_relative_words(rest_folded)) {
        d.relative = true;
        d.days_before_event = *n;
        r.deadline = d;
        return r;
    }
    std::string date_text = rest;
    while (!date_text.empty() && (date_text.back() == '.' || date_text.back() == ';' || date_text.back() == ','))
        date_text.pop_back();
    auto date = parse_date(date_text);
    if (!date && used > 0) date = parse_date("ngày " + date_text);   // "Trước ngày 26 tháng 8 năm 2021"
    if (date) {
        d.date = *date;
        r.deadline = d;
        return r;
    }
    r.unread = norm;
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Status
//-----------------------------------------------------------------------------

TaskState task_state(const Task& t, const Plan& plan, const Date& today) {
    TaskState st;
    auto last = deadline_last_day(t.deadline, plan);
    if (last) {
        st.has_due = true;
        st.last_day = *last;
    }
    if (t.done) {
        st.status = TaskStatus::Done;
        return st;
    }
    if (!last || !valid_date(today)) return st;   // Later, no count
    const int left = days_between(today, *last);
    if (left < 0) {
        st.status = TaskStatus::Overdue;
        st.days_late = -left;
    } else {
        st.days_left = left;
        st.status = left == 0 ? TaskStatus::DueToday : left == 1 ? TaskStatus::DueSoon : TaskStatus::Later;
    }
    return st;
}

TaskCounts count_tasks(const Plan& plan, const Date& today) {
    TaskCounts c;
    for (auto& t : plan.tasks) {
        ++c.total;
        switch (task_state(t, plan, today).status) {
            case TaskStatus::Done: ++c.done; break;
            case TaskStatus::Later: ++c.later; break;
            case TaskStatus::DueSoon: ++c.due_soon; break;
            case TaskStatus::DueToday: ++c.due_today; break;
            case TaskStatus::Overdue: ++c.overdue; break;
        }
    }
    return c;
}

//-----------------------------------------------------------------------------
// [SECTION] Editing
//-----------------------------------------------------------------------------

void set_task_done(Editor& ed, std::size_t i, bool done, const Date& today) {
    Task t = ed.plan().tasks.at(i);
    t.done = done;
    t.done_on = done ? today : Date{};
    ed.set_item(i, std::move(t),
                (done ? "Đánh dấu đã xong công việc " : "Bỏ đánh dấu đã xong công việc ") + std::to_string(i + 1));
}

std::size_t add_task(Editor& ed, std::size_t i) {
    i = std::min(i, ed.plan().tasks.size());
    Editor::Group g(ed, "Thêm công việc");
    Task t;
    t.id = ed.new_id("t");
    t.deadline.date = Date{};
    ed.insert_item(i, std::move(t));
    return i;
}

//-----------------------------------------------------------------------------
// [SECTION] Sorting and filtering
//-----------------------------------------------------------------------------

namespace {
std::vector<std::string> split_units(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        auto a = cur.find_first_not_of(' ');
        auto b = cur.find_last_not_of(' ');
        if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
        cur.clear();
    };
    for (char c : s) {
        if (c == ';') flush();
        else cur += c;
    }
    flush();
    return out;
}
int status_rank(TaskStatus s) {
    switch (s) {
        case TaskStatus::Overdue: return 0;
        case TaskStatus::DueToday: return 1;
        case TaskStatus::DueSoon: return 2;
        case TaskStatus::Later: return 3;
        case TaskStatus::Done: return 4;
    }
    return 5;
}
}  // namespace

std::vector<std::size_t> task_view(const Plan& plan, const Date& today, const TaskFilter& filter, TaskSort sort) {
    std::vector<std::size_t> idx;
    std::vector<TaskState> states(plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& t = plan.tasks[i];
        states[i] = task_state(t, plan, today);
        if (filter.statuses && !(filter.statuses & status_bit(states[i].status))) continue;
        // The planner's search rule (text.h search_match): "van phong" finds
        // "Văn phòng"; a query with marks must match them.
        if (!filter.unit.empty()) {
            bool hit = search_match(t.lead, filter.unit);
            for (auto& c : t.cooperating) hit = hit || search_match(c, filter.unit);
            if (!hit) continue;
        }
        if (!filter.text.empty()) {
            std::string hay = t.content + "\n" + t.lead + "\n" + t.note;
            for (auto& c : t.cooperating) hay += "\n" + c;
            if (!search_match(hay, filter.text)) continue;
        }
        idx.push_back(i);
    }
    auto day_key = [&](std::size_t i) {
        return states[i].has_due ? to_days(states[i].last_day) : std::int64_t(1) << 40;   // no deadline last
    };
    switch (sort) {
        case TaskSort::Stt: break;
        case TaskSort::Status:
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
                return std::make_tuple(status_rank(states[a].status), day_key(a)) <
                       std::make_tuple(status_rank(states[b].status), day_key(b));
            });
            break;
        case TaskSort::Deadline:
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return day_key(a) < day_key(b); });
            break;
        case TaskSort::Lead:
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
                return compare_vi(plan.tasks[a].lead, plan.tasks[b].lead) < 0;
            });
            break;
    }
    return idx;
}

std::vector<std::string> task_units(const Plan& plan) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    auto add = [&](const std::string& s) {
        for (auto& u : split_units(s))
            if (seen.insert(fold_for_search(u)).second) out.push_back(u);
    };
    for (auto& t : plan.tasks) {
        add(t.lead);
        for (auto& c : t.cooperating) add(c);
    }
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return compare_vi(a, b) < 0; });
    return out;
}

}  // namespace dc
