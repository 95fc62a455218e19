// deadline.h — what a task's deadline means, worked out in one place and used
// by the task statuses (tasks_ops), the checks (validate), the calendar
// (export_ics), the spreadsheet (export_csv) and the print (exporters).
//
// The meaning (docs/plan-format.md, "Deadlines", says the same):
//   "Trước ngày 10/8/2023"     (Before)       the work must be finished BEFORE
//                                              10/8: its last day is 9/8;
//   "Trong ngày 10/8/2023"     (On)           on 10/8 — last day 10/8;
//   "Chậm nhất ngày 10/8/2023" (NoLaterThan)  last day 10/8;
//   "10/8/2023"                (Plain)        last day 10/8.
// "Trước ngày" is read literally, as the documents' readers do: a report due
// "trước ngày 10/8" that arrives on 10/8 is late, and an office that wants 10/8
// writes "chậm nhất ngày 10/8" (or "trong ngày 10/8").  So the statuses count
// down to 9/8 and the calendar puts the reminder on 9/8, while the printed
// document keeps the words as written ("Trước ngày 10/8/2023").
//
// Relative deadlines ("5 ngày trước hội nghị", "T-5") resolve to the first
// event day minus N days, then follow the same qualifier rule; they move when
// the event moves.  A relative deadline with no (valid) first event date, or an
// absolute one with an empty or impossible date, is "no deadline".
#pragma once
#include <optional>
#include <string>

#include "core/plan.h"

namespace dc {

// The date written (absolute) or computed (relative); nullopt = no deadline.
std::optional<Date> deadline_date(const Deadline& d, const Plan& plan);

// The last day the work may be done on: deadline_date, a day earlier for
// "Trước ngày"; nullopt = no deadline.
std::optional<Date> deadline_last_day(const Deadline& d, const Plan& plan);

// As the printed documents write it, in Vietnamese (the document's language):
// "Trước ngày 26/8/2021", "Trong ngày 30/8/2021", "Chậm nhất ngày 30/8/2021",
// "30/8/2021"; a relative deadline whose event has no date yet: "5 ngày trước
// Hội nghị", "Trong ngày Hội nghị".  No deadline → "".
std::string deadline_print_text(const Deadline& d, const Plan& plan);

}  // namespace dc
