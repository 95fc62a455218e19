// sites_ops.h — bridge points: the connection-test schedule, clash
// list, totals, and keeping the central site first.
//
// The central site joins every connection test (it is the other end of each
// call), so no two tests may run at the same time, whoever the technicians are.
//
// [SECTION] Connection-test schedule
// [SECTION] Clashes
// [SECTION] Totals
// [SECTION] Editing
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/editor.h"
#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Connection-test schedule
//-----------------------------------------------------------------------------
struct TestWindow {
    Date date;                   // e.g. the day before the conference
    int start = kNoTime;         // 08h00
    int end = kNoTime;           // 11h00
    int minutes = 15;            // each test
    int gap = 0;                 // pause between two tests
    bool include_central = false;// also give the central site its own slot (first)
};

struct TestAssignment {
    std::string site_id;
    std::size_t site_index = 0;
    int start = kNoTime;
    int end = kNoTime;
};

struct TestSchedule {
    bool ok = false;             // every site got a slot inside the window
    int needed = 0;              // sites that need a slot
    int fitting = 0;             // how many slots of this length fit in the window
    std::vector<TestAssignment> slots;   // in site order; only the first `fitting` sites when the window is short
    std::string message_vi;      // empty when ok; otherwise what is wrong and what would fit
    std::string message_en;
};
// Pure: plans the schedule without changing anything (the preview).
TestSchedule plan_connection_tests(const Plan& plan, const TestWindow& w);

// Writes the slots into the sites (date, start, end) and, when the plan has a
// connection-test session (TechKind::ConnectionTest), sets its date and
// window.  ONE undo step.  Refuses (returns false) when !s.ok unless
// allow_partial (then only the sites that fit get a slot).
bool apply_connection_tests(Editor& ed, const TestSchedule& s, const TestWindow& w, bool allow_partial = false);

//-----------------------------------------------------------------------------
// [SECTION] Clashes
//-----------------------------------------------------------------------------
struct TestClash {
    std::size_t a = 0, b = 0;    // site indices, a < b
    bool same_technician = false;// also the same (non-empty) technician
    int overlap_minutes = 0;
};
// Every pair of sites whose test slots overlap on the same date (touching
// end-to-start is fine).  Sorted by (a, b).
std::vector<TestClash> test_clashes(const Plan& plan);

//-----------------------------------------------------------------------------
// [SECTION] Totals
//-----------------------------------------------------------------------------
struct SiteTotals {
    int sites = 0;
    int remote = 0;              // not central
    int central = 0;             // should be 1
    int attendees = 0;           // sum of planned headcounts
    int over_limit = 0;          // sites above event.headcount_limit (when set)
    int tested_ok = 0;           // TestStatus::Ok
    int not_tested = 0;
    int with_problem = 0;        // NoPicture, NoSound, LostConnection
    int without_slot = 0;        // no test start
};
SiteTotals site_totals(const Plan& plan);

//-----------------------------------------------------------------------------
// [SECTION] Editing (each one undo step)
//-----------------------------------------------------------------------------
// Marks site i as the central one (and no other) and moves it to the top.
void set_central_site(Editor& ed, std::size_t i);
// Moves the central site to the top if it is not there; false if nothing to do.
bool central_first(Editor& ed);
// A new site with a fresh id, at position i (never above the central site).
std::size_t add_site(Editor& ed, std::size_t i, const std::string& name = {});

}  // namespace dc
