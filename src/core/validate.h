// validate.h — checks on a whole plan: the mistakes a careful văn thư would
// catch (overlapping agenda slots, a weekday that disagrees with its date, a
// task without a lead unit, …), returned as structured findings.
//
// The checks never change the plan.  Each finding names the place in plan-file
// terms ("agenda[2].end", "tasks[4].lead", "header.number") so the planner can
// jump to the field and `diemcau check` can print it; `code` is a stable id for
// tests and tools.  Every check is O(n log n) or better: a plan of 1,000 slots,
// 5,000 tasks and 300 sites is checked in a few milliseconds.
#pragma once
#include <string>
#include <vector>

#include "core/plan.h"

namespace dc {

struct Finding {
    enum Severity { Error, Warning, Info } severity = Error;
    std::string place;       // JSON-path-like: "agenda[2].end", "tasks[4].lead", "header.number"
    std::string code;        // stable id, e.g. "agenda.overlap" (list in validate.cpp, [SECTION] Codes)
    std::string message_vi;  // a full sentence naming the things involved
    std::string message_en;
};

// All findings for the plan: errors first, then warnings, then notes; within a
// severity in the order of the plan file (header, event, sites, agenda, tasks, texts).
std::vector<Finding> validate(const Plan& plan);

// True when some finding is an Error (what `diemcau check` turns into exit code 1).
bool has_errors(const std::vector<Finding>& findings);

// "lỗi" / "cảnh báo" / "ghi chú" and "error" / "warning" / "note".
const char* severity_vi(Finding::Severity s);
const char* severity_en(Finding::Severity s);

}  // namespace dc
