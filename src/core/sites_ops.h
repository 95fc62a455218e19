// sites_ops.h — bridge points: the connection-test schedule, clash
// list, totals, and keeping the central site first.
//
// The central site joins every connection test (it is the other end of each
// call), so no two tests may run at the same time, whoever the technicians are.
//
// [SECTION] Headcount limits, invitations, duplicate names
// [SECTION] Connection-test schedule
// [SECTION] Several windows and lanes
// [SECTION] Clashes
// [SECTION] Totals
// [SECTION] Editing
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/editor.h"
#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Headcount limits, invitations, duplicate names
//-----------------------------------------------------------------------------
// The limit site s is held to: the central site's own limit, else its group's,
// else the plan's general limit; 0 = no limit.
int headcount_limit_for(const Plan& plan, const Site& s);
// True when the site, or its group, is marked "Được mời phát biểu".
bool invited_to_speak(const Plan& plan, const Site& s);
// Ids of the invited sites, in list order (the central site never speaks a turn).
std::vector<std::string> invited_site_ids(const Plan& plan);

// Sites with the same name (compared without case, accents kept: "Phú La" and
// "Phù La" are two schools) in the same group.  Each set lists site indices in
// list order; sets are in the order of their first site.
std::vector<std::vector<std::size_t>> duplicate_site_names(const Plan& plan);
// The name site i would get to tell it apart: the group's distinguishing word
// put in front ("Trường Tiểu học" + "Ban Mai"), taken from the group's name
// ("Điểm cầu các trường Tiểu học" → "Trường Tiểu học").  Empty when the group
// offers no such word or the name already contains it.
std::string distinguishing_name(const Plan& plan, std::size_t i);
// Every site whose name is used by another site (in its group or another)
// and that has a distinguishing name: (index, new name), in list order.
std::vector<std::pair<std::size_t, std::string>> duplicate_renames(const Plan& plan);
// Applies duplicate_renames(); one undo step.  Returns how many sites were renamed.
int rename_duplicates(Editor& ed);

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
// [SECTION] Several windows and lanes
//-----------------------------------------------------------------------------
// "08h00–11h00 and 14h00–17h00 on 14/8; 08h00–10h00 on 15/8", each central
// technician a lane of its own: tests in one lane never overlap, tests in two
// lanes may.  A site's own technician (Site.technician) is never booked twice
// at once either.
struct TestSpan {
    Date date;
    int start = kNoTime;
    int end = kNoTime;
};
struct TestRequest {
    std::vector<TestSpan> windows;           // tried in order
    int minutes = 15;                        // default slot length
    int gap = 0;                             // pause between two tests in one lane
    std::vector<std::pair<std::string, int>> group_minutes;  // group id → slot length
    std::vector<std::string> lanes;          // central technicians; empty = one unnamed lane
    bool only_unscheduled = false;           // "Xếp các điểm cầu chưa có lịch": keep every existing slot
    bool include_central = false;
};
struct LaneSlot {
    std::string site_id;
    std::size_t site_index = 0;
    Date date;
    int start = kNoTime;
    int end = kNoTime;
    int lane = 0;                            // index into TestRequest::lanes (0 when there are none)
};
struct LaneSchedule {
    enum Problem { None, NoWindow, BadWindow, BadMinutes } problem = None;
    std::size_t problem_window = 0;          // which window is wrong (BadWindow)
    int needed = 0;                          // sites that were to get a slot
    int kept = 0;                            // sites whose existing slot was kept
    std::vector<LaneSlot> slots;             // placed, ordered by (date, start, lane)
    std::vector<std::size_t> unplaced;       // site indices that did not fit, in list order
    bool ok() const { return problem == None && unplaced.empty(); }
};
// Pure: the preview.  Every site that needed a slot is either in `slots` or in
// `unplaced`: none is dropped without a word.
LaneSchedule plan_test_lanes(const Plan& plan, const TestRequest& r);
// Writes the placed slots (date, start, end, lane name) into the sites; one
// undo step.  Sites not in the schedule keep what they had.
bool apply_test_lanes(Editor& ed, const LaneSchedule& s, const TestRequest& r);

// The central technicians' call sheet: every scheduled test, ordered by date,
// start, lane, then list order.
struct CallRow {
    std::size_t site_index = 0;
    Date date;
    int start = kNoTime;
    int end = kNoTime;
    std::string lane;
};
std::vector<CallRow> call_sheet(const Plan& plan);

//-----------------------------------------------------------------------------
// [SECTION] Clashes
//-----------------------------------------------------------------------------
struct TestClash {
    std::size_t a = 0, b = 0;    // site indices, a < b (in the same lane: see Site.test_lane)
    bool same_technician = false;// also the same (non-empty) technician
    int overlap_minutes = 0;
};
// Every pair of sites whose test slots overlap on the same date in the same
// lane (touching end-to-start is fine).  Sorted by (a, b).
std::vector<TestClash> test_clashes(const Plan& plan);

//-----------------------------------------------------------------------------
// [SECTION] Totals
//-----------------------------------------------------------------------------
struct SiteTotals {
    int sites = 0;
    int remote = 0;              // not central
    int central = 0;             // should be 1
    int attendees = 0;           // sum of planned headcounts
    int over_limit = 0;          // sites above their limit (headcount_limit_for)
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
