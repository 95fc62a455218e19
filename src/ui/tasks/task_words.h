// task_words.h — a task's status and deadline in the reader's language, from
// the strings table (src/ui/tasks/strings.inc).  The facts come from core:
// task_state() (core/tasks_ops.h) and the deadline's dates (core/deadline.h).
// The printed documents' words ("Trước ngày 26/8/2021") stay in core
// (deadline_print_text), being the document's language.
//
// No ImGui here: compiled into core_tests as well.
#pragma once
#include <string>

#include "core/tasks_ops.h"
#include "ui/shell/i18n.h"

namespace dc::ui {

// "Đã xong · Chưa đến hạn · Sắp đến hạn · Đến hạn hôm nay · Quá hạn";
// "Done · Later · Due soon · Due today · Overdue".
const char* status_label(TaskStatus s, Lang lang);

// With the count of days: "Quá hạn 2 ngày", "Còn 3 ngày", "Đến hạn hôm nay",
// "Đã xong 28/8/2021", "Chưa có thời hạn"; English alike ("2 day(s) late").
std::string status_text(const Task& t, const TaskState& st, Lang lang);

// The deadline for the tasks view: "Trước ngày 26/8/2021", "On 30/8/2021"; a
// relative one with its resolved date: "Trước ngày 26/8/2021 (5 ngày trước hội
// nghị)", or only "5 ngày trước hội nghị" when the event has no date yet.  No
// deadline → "".
std::string deadline_words(const Deadline& d, const Plan& plan, Lang lang);

// Why a typed deadline could not be read (parse_deadline() gave no deadline).
std::string deadline_parse_error(const DeadlineParse& r, Lang lang);

}  // namespace dc::ui
