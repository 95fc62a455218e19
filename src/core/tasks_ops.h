// tasks_ops.h — preparation tasks (issue 5): deadlines as the documents write
// them, status relative to "today", ticking, sorting and filtering.
//
// What a deadline means (decided here, used by every panel and export):
//   "Trước ngày 30/8/2021"     (Before)       the work must be finished BEFORE
//                                              30/8, so its last day is 29/8;
//   "Trong ngày 30/8/2021"     (On)           on 30/8 — last day 30/8;
//   "Chậm nhất ngày 30/8/2021" (NoLaterThan)  last day 30/8;
//   "30/8/2021"                (Plain)        last day 30/8.
// Relative deadlines ("5 ngày trước hội nghị", "T-5") resolve to the first
// event day minus N days, then follow the same qualifier rule; they move when
// the event moves.  A relative deadline with no event date, or an empty date,
// is "no deadline".
//
// Status of a task that is not done, with L = its last day:
//   today >  L           Overdue  (Quá hạn), days_late = today - L
//   today == L           DueToday (Đến hạn hôm nay)
//   today == L - 1       DueSoon  (Sắp đến hạn), "within 1 day"
//   today <  L - 1       Later    (Chưa đến hạn)
//   no deadline          Later, with has_due = false
// A done task is Done (Đã xong) whatever its dates.
// On the Kế hoạch template with today = 29/8/2021: the 26/8 and 28/8 "Trước
// ngày" tasks are overdue (4 and 2 days), the two "Trước ngày 30/8" tasks are
// due today, and "Trong ngày 30/8" is due soon.
//
// [SECTION] Deadlines: resolve, format, parse
// [SECTION] Status
// [SECTION] Editing
// [SECTION] Sorting and filtering
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/editor.h"
#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Deadlines: resolve, format, parse
//-----------------------------------------------------------------------------
// The date written (absolute) or computed (relative); nullopt = no deadline.
std::optional<Date> deadline_date(const Deadline& d, const Plan& plan);
// The last day the work may be done on (see the table above).
std::optional<Date> deadline_last_day(const Deadline& d, const Plan& plan);

// As a document writes it: "Trước ngày 26/8/2021", "Trong ngày 30/8/2021",
// "Chậm nhất ngày 30/8/2021", "30/8/2021"; a relative deadline with its
// resolved date: "Trước ngày 26/8/2021 (5 ngày trước hội nghị)", or only
// "5 ngày trước hội nghị" when the event has no date yet.  No deadline → "".
std::string format_deadline(const Deadline& d, const Plan& plan);
std::string format_deadline_en(const Deadline& d, const Plan& plan);  // "Before 26/8/2021", "5 days before the conference"

// The text for an edit field; parse_deadline() reads it back to the same value.
// Absolute: as format_deadline.  Relative: "5 ngày trước hội nghị" (Plain),
// otherwise the qualifier and "T-5": "Trước ngày T-5".
std::string deadline_input_text(const Deadline& d);

struct DeadlineParse {
    std::optional<Deadline> deadline;   // set when readable; an empty text gives an empty deadline
    std::string error_vi;               // why not, naming the text
    std::string error_en;
};
// Reads "Trước ngày 26/8/2021", "trong ngày 30/8/2021", "Chậm nhất ngày 30/08/2021",
// "Chậm nhất là ngày …", "Hạn …", "26/8/2021", "ngày 26 tháng 8 năm 2021",
// "5 ngày trước hội nghị", "T-5", "Trước ngày T-5", "ngày hội nghị", and the
// English "before 26/8/2021", "on …", "by …", "no later than …".  Case,
// diacritics and tone placement do not matter in the fixed words.
DeadlineParse parse_deadline(std::string_view text);

//-----------------------------------------------------------------------------
// [SECTION] Status
//-----------------------------------------------------------------------------
enum class TaskStatus { Done, Later, DueSoon, DueToday, Overdue };

struct TaskState {
    TaskStatus status = TaskStatus::Later;
    bool has_due = false;
    Date last_day;          // when has_due
    int days_left = 0;      // >= 0 when not overdue (0 = today)
    int days_late = 0;      // > 0 when overdue
};
TaskState task_state(const Task& t, const Plan& plan, const Date& today);

// Glossary words: "Đã xong · Chưa đến hạn · Sắp đến hạn · Đến hạn hôm nay · Quá hạn".
const char* status_label_vi(TaskStatus s);
const char* status_label_en(TaskStatus s);   // "Done · Later · Due soon · Due today · Overdue"
// With the count of days: "Quá hạn 2 ngày", "Còn 3 ngày", "Đến hạn hôm nay",
// "Đã xong 28/8/2021"; English alike ("2 days late", "3 days left").
std::string status_text_vi(const Task& t, const TaskState& st);
std::string status_text_en(const Task& t, const TaskState& st);

struct TaskCounts {
    int total = 0, done = 0, later = 0, due_soon = 0, due_today = 0, overdue = 0;
};
TaskCounts count_tasks(const Plan& plan, const Date& today);

//-----------------------------------------------------------------------------
// [SECTION] Editing (each one undo step)
//-----------------------------------------------------------------------------
// Tick sets done and done_on = today; untick clears both.
void set_task_done(Editor& ed, std::size_t i, bool done, const Date& today);
// A new empty task with a fresh id at position i; returns i.
std::size_t add_task(Editor& ed, std::size_t i);

//-----------------------------------------------------------------------------
// [SECTION] Sorting and filtering
//-----------------------------------------------------------------------------
enum class TaskSort {
    Stt,        // document order
    Status,     // overdue, due today, due soon, later, done; then last day; then STT
    Deadline,   // last day (no deadline last); then STT
    Lead,       // lead unit in Vietnamese order; then STT
};
struct TaskFilter {
    unsigned statuses = 0;   // bit (1 << int(TaskStatus)) per status to keep; 0 = all
    std::string unit;        // "my unit": kept when the lead or a co-operating unit contains it (text.h search_match)
    std::string text;        // kept when content, lead, cooperating or note contains it (search_match)
};
constexpr unsigned status_bit(TaskStatus s) { return 1u << static_cast<unsigned>(s); }

// Indices into plan.tasks that pass the filter, in the chosen order.
std::vector<std::size_t> task_view(const Plan& plan, const Date& today, const TaskFilter& filter,
                                   TaskSort sort = TaskSort::Stt);

// Lead units named in the plan, each once, in Vietnamese order (for the unit picker).
std::vector<std::string> task_units(const Plan& plan);

}  // namespace dc
