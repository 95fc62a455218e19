// plan_diff.h — what differs between the plan that is open and another
// version of it (a file opened twice, a copy a colleague edited), and taking
// the other version's progress (task ticks, connection-test results).
//
// Elements are matched by id (ids never change once given, plan.h), so a task
// a colleague ticked is the "same" task even if its text was edited too.  The
// result is structured data; the UI words it (no i18n here).
//
// [SECTION] Identity
// [SECTION] Differences
// [SECTION] Taking the other version's progress
#pragma once
#include <string>
#include <vector>

#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Identity
//-----------------------------------------------------------------------------

// True when two plans are versions of the same document: the same kind and
// title (compared after NFC, case-insensitively, ignoring surrounding spaces),
// and, when both carry a document number, the same number.
bool same_plan_identity(const Plan& a, const Plan& b);

//-----------------------------------------------------------------------------
// [SECTION] Differences
//-----------------------------------------------------------------------------

enum class DiffKind {
    TitleChanged,        // header.title
    EventDateChanged,    // event.days[0].date
    SlotAdded,           // in theirs only
    SlotRemoved,         // in mine only
    SlotMoved,           // day, start or end differ
    SlotChanged,         // items, turns or kind differ
    TaskAdded,
    TaskRemoved,
    TaskTicked,          // done in theirs, not in mine
    TaskUnticked,        // done in mine, not in theirs
    TaskDeadlineChanged,
    TaskChanged,         // content, lead, co-operating units or note differ
    SiteAdded,
    SiteRemoved,
    SiteStatusChanged,   // connection-test result differs
    SiteTestChanged,     // connection-test date or time differs
    SiteChanged,         // any other field differs
};

struct DiffEntry {
    DiffKind kind = DiffKind::TitleChanged;
    std::string id;             // slot / task / site id ("" for title and date)
    std::string label;          // what it is: the slot's first item, the task's content, the site's name
    std::string before, after;  // short values in the document's words: "08h00 - 09h30", "Trước ngày 26/8/2021", "31/8/2021"
    TestStatus status_before = TestStatus::NotTested;   // SiteStatusChanged only
    TestStatus status_after = TestStatus::NotTested;
};

struct PlanDiff {
    bool same_plan = false;      // same_plan_identity(mine, theirs)
    bool identical = false;      // nothing at all differs (including parts not itemised)
    std::vector<DiffEntry> entries;   // title/date first, then agenda, tasks, sites, each in the order of the plan
    // Other parts that differ, not itemised: "header", "event", "body", "site-groups",
    // "duties", "budget", "contacts", "recipients", "signer", "archive", "agenda-numbered".
    std::vector<std::string> other_parts;
    int ticks_to_take = 0;       // tasks in both whose done mark (or done date) differs
    int statuses_to_take = 0;    // sites in both whose test status differs

    int count(DiffKind k) const;
};

// mine = the plan open now; theirs = the other version.
PlanDiff diff_plans(const Plan& mine, const Plan& theirs);

//-----------------------------------------------------------------------------
// [SECTION] Taking the other version's progress
//-----------------------------------------------------------------------------

// Copies into `mine` the task ticks (done, done_on) and/or the sites' test
// statuses of `theirs`, for tasks and sites present in both (matched by id).
// Nothing else changes.  Returns how many tasks plus sites changed.  The app
// applies the result through the Editor as one undo step.
int take_progress(Plan& mine, const Plan& theirs, bool ticks = true, bool statuses = true);

}  // namespace dc
