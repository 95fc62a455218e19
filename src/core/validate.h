// validate.h — checks on a whole plan: the mistakes a careful văn thư would
// catch (overlapping agenda slots, a weekday that disagrees with its date, a
// task without a lead unit, …), returned as structured findings.
//
// The checks never change the plan.  A finding is facts, not a sentence: which
// check (`code`, a stable id for tests, tools and the wording table), where
// (`place`, in plan-file terms: "agenda[2].end", "tasks[4].lead",
// "header.number") and the values the sentence names (`values`, typed).  The
// words are the interface's: src/ui/checks/finding_text.h turns a finding into a
// sentence in Vietnamese or English from the strings table (checks area), for
// the planner and for `diemcau check` alike.  Every check is O(n log n) or
// better: a plan of 1,000 slots, 5,000 tasks and 300 sites is checked in a few
// milliseconds.
#pragma once
#include <string>
#include <vector>

#include "core/plan.h"

namespace dc {

// One value a finding names.  Which values each code carries, in which order,
// is listed in validate.cpp ([SECTION] Codes).
struct FindingValue {
    enum Kind {
        Text,      // words shown as they are: a time ("09h30"), a slot ("09h30 - 10h30 (Tham luận)"), an id, a quote
        Quote,     // the user's text, shortened to 48 characters; the wording puts it in quotation marks
        Number,    // a count or a 1-based position
        Day,       // a date (`date`; parts may be 0 when the plan left them blank)
        Weekday,   // `number`: 0 = Sunday … 6 = Saturday
        Site,      // a site: `text` its name, blank when it has none; `number` its 1-based position
        Session,   // a technical session: `text` its label shortened, blank when it has none
        Task,      // a task: `number` its STT (1-based); `text` its content shortened, blank when none
    } kind = Text;
    std::string text;
    int number = 0;
    Date date;
};

struct Finding {
    enum Severity { Error, Warning, Info } severity = Error;
    std::string place;                 // JSON-path-like: "agenda[2].end", "tasks[4].lead", "header.number"
    std::string code;                  // stable id, e.g. "agenda.overlap" (list in validate.cpp, [SECTION] Codes)
    std::vector<FindingValue> values;  // what the sentence names, in the order listed with the code
};

// Every code validate() can return (for the test that each has words in both
// languages, and for tools).
const std::vector<const char*>& finding_codes();

// All findings for the plan: errors first, then warnings, then notes; within a
// severity in the order of the plan file (header, event, sites, agenda, tasks, texts).
std::vector<Finding> validate(const Plan& plan);

// True when some finding is an Error (what `diemcau check` turns into exit code 1).
bool has_errors(const std::vector<Finding>& findings);

}  // namespace dc
