// task_words.cpp — statuses and deadlines in words (see task_words.h).
#include "ui/tasks/task_words.h"

#include <cstdarg>
#include <cstdio>

#include "core/datetime.h"

namespace dc::ui {

namespace {

// "5 ngày trước hội nghị", "ngày hội nghị", "2 ngày sau hội nghị".
std::string relative_words(int n, Lang lang) {
    if (n == 0) return tr(K::task_relative_event_day, lang);
    if (n == 1) return tr(K::task_relative_before_one, lang);
    if (n == -1) return tr(K::task_relative_after_one, lang);
    return n > 0 ? fmt_in(lang, K::task_relative_before, n) : fmt_in(lang, K::task_relative_after, -n);
}

}  // namespace

const char* status_label(TaskStatus s, Lang lang) {
    switch (s) {
        case TaskStatus::Done: return tr(K::task_status_done, lang);
        case TaskStatus::Later: return tr(K::task_status_later, lang);
        case TaskStatus::DueSoon: return tr(K::task_status_due_soon, lang);
        case TaskStatus::DueToday: return tr(K::task_status_due_today, lang);
        case TaskStatus::Overdue: return tr(K::task_status_overdue, lang);
    }
    return "";
}

std::string status_text(const Task& t, const TaskState& st, Lang lang) {
    switch (st.status) {
        case TaskStatus::Done:
            return valid_date(t.done_on) ? fmt_in(lang, K::task_state_done_on, format_date(t.done_on).c_str())
                                         : std::string(tr(K::task_status_done, lang));
        case TaskStatus::Overdue:
            return st.days_late == 1 ? std::string(tr(K::task_state_overdue_one, lang))
                                     : fmt_in(lang, K::task_state_overdue_days, st.days_late);
        case TaskStatus::DueToday: return tr(K::task_status_due_today, lang);
        case TaskStatus::DueSoon: return tr(K::task_state_due_soon, lang);
        case TaskStatus::Later:
            return st.has_due ? fmt_in(lang, K::task_state_days_left, st.days_left) : std::string(tr(K::task_state_no_deadline, lang));
    }
    return "";
}

std::string deadline_words(const Deadline& d, const Plan& plan, Lang lang) {
    const auto date = deadline_date(d, plan);
    if (!date) return d.relative ? relative_words(d.days_before_event, lang) : std::string();
    const std::string ds = format_date(*date);
    std::string out;
    switch (d.qualifier) {
        case DeadlineQualifier::Before: out = fmt_in(lang, K::task_deadline_before, ds.c_str()); break;
        case DeadlineQualifier::On: out = fmt_in(lang, K::task_deadline_on, ds.c_str()); break;
        case DeadlineQualifier::NoLaterThan: out = fmt_in(lang, K::task_deadline_no_later_than, ds.c_str()); break;
        case DeadlineQualifier::Plain: out = ds; break;
    }
    if (!d.relative) return out;
    return fmt_in(lang, K::task_deadline_with_relative, out.c_str(), relative_words(d.days_before_event, lang).c_str());
}

std::string deadline_parse_error(const DeadlineParse& r, Lang lang) {
    return fmt_in(lang, K::task_deadline_unreadable, r.unread.c_str());
}

}  // namespace dc::ui
