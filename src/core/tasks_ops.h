// tasks_ops.h — preparation tasks: deadlines as the documents write
// them, status relative to "today", ticking, sorting and filtering.
//
// What a deadline means ("Trước ngày 30/8" = last day 29/8, relative
// deadlines, no deadline) is decided once, in core/deadline.h.
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

#include "core/deadline.h"
#include "core/editor.h"
#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Deadlines: resolve, format, parse
//-----------------------------------------------------------------------------
// deadline_date(), deadline_last_day(): core/deadline.h.

// In words: src/ui/tasks/task_words.h (the tasks view), deadline_print_text() in
// core/deadline.h (the printed documents).

// The text for an edit field; parse_deadline() reads it back to the same value.
// Absolute: "Trước ngày 26/8/2021" (as printed).  Relative: "5 ngày trước hội nghị" (Plain),
// otherwise the qualifier and "T-5": "Trước ngày T-5".
std::string deadline_input_text(const Deadline& d);

struct DeadlineParse {
    std::optional<Deadline> deadline;   // set when readable; an empty text gives an empty deadline
    std::string unread;                 // when not readable: the text, NFC (src/ui/tasks/task_words.h words the reason)
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

// The statuses in words ("Quá hạn 2 ngày", "Đã xong 28/8/2021"): src/ui/tasks/task_words.h.

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
