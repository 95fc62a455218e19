// agenda_ops.h — the time arithmetic behind the agenda timeline:
// snapping, moving and resizing slots, shifting and closing gaps, moving the
// whole programme, adding and duplicating slots, speaking turns, totals.
//
// Two layers:
//  - pure functions on Slot values (for live previews while dragging: the UI
//    computes the moved slot from the slot as it was when the drag began and
//    shows it, then applies once on release);
//  - operations applied through the Editor, each exactly ONE undo step, that
//    return what the UI needs (the slot's new index, or false when refused).
//
// Conventions: times are minutes after midnight; a slot whose end equals its
// start (or is unset) is a point in time ("11h30 Bế mạc") and stays a point.
// Slots never cross midnight: operations that would are clamped (pure) or
// refused (bulk shifts), never wrapped.
//
// [SECTION] Snapping
// [SECTION] Pure slot arithmetic
// [SECTION] Editor operations
// [SECTION] Speaking turns
// [SECTION] Totals
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "core/editor.h"
#include "core/plan.h"

namespace dc {

constexpr int kDayMinutes = 24 * 60;
constexpr int kMinSlotMinutes = 5;      // shortest slot a resize may leave

//-----------------------------------------------------------------------------
// [SECTION] Snapping
//-----------------------------------------------------------------------------
// Nearest multiple of `step` (ties go up: 2→0, 3→5, -3→-5, -2→0 for step 5).
// step <= 1 returns the value unchanged.  Works for negative deltas too.
int snap_minutes(int minutes, int step);

//-----------------------------------------------------------------------------
// [SECTION] Pure slot arithmetic
//-----------------------------------------------------------------------------
bool is_point(const Slot& s);                 // end unset or == start
int slot_length(const Slot& s);               // 0 for a point or unset times

// Moved by `delta` minutes with the new start snapped to `step`; the length is
// kept and the slot clamped inside the day.
Slot moved_slot(const Slot& s, int delta, int step);
// Start edge dragged to `new_start` (snapped): the end stays, the length never
// drops below kMinSlotMinutes.  A point moves as a whole (stays a point).
Slot resized_start(const Slot& s, int new_start, int step);
// End edge dragged to `new_end` (snapped): same rules from the other side.
Slot resized_end(const Slot& s, int new_end, int step);

//-----------------------------------------------------------------------------
// [SECTION] Editor operations (each ONE undo step)
//-----------------------------------------------------------------------------
// Move slot i by delta (snapped); returns its new index (the agenda re-sorts).
std::size_t move_slot_by(Editor& ed, std::size_t i, int delta, int step);
std::size_t resize_slot_start(Editor& ed, std::size_t i, int new_start, int step);
std::size_t resize_slot_end(Editor& ed, std::size_t i, int new_end, int step);

// Every slot of the same day after slot i (by position) moves by `minutes`;
// with include_self slot i moves too.  Refused (false, nothing changes) when a
// slot would leave the day.
bool shift_after(Editor& ed, std::size_t i, int minutes, bool include_self = false);

// From the first slot of `day` on, each slot starts where the previous one
// ends, keeping its length (gaps close, overlaps open up).  False if nothing
// moved or the day would overflow midnight.
bool close_gaps(Editor& ed, int day);

// Set the conference start of `day`: the event day's start/end and every slot
// of that day move by the same amount, so the programme keeps its shape.
bool set_conference_start(Editor& ed, int day, int new_start);

// Add a slot at `time` (snapped to `step`) on `day`.  If the time falls inside
// a slot, the new one starts where that slot ends.  It lasts 30 minutes, or
// as long as the free room before the next slot when that is 15–30 minutes;
// with less room it takes 15 minutes and overlaps (the checks will say so).
// The slot gets a fresh id and one empty item to type into; returns its index.
std::size_t add_slot_at(Editor& ed, int day, int time, int step = 5);

// A copy with a fresh id placed right after the original (starts at its end).
std::size_t duplicate_slot(Editor& ed, std::size_t i);

//-----------------------------------------------------------------------------
// [SECTION] Speaking turns
//-----------------------------------------------------------------------------
// Equal split of `total_minutes` across `site_ids` in order, in whole minutes;
// the remainder goes one minute each to the first sites (17 min over 3 sites →
// 6, 6, 5).  Empty list → no turns.
std::vector<Turn> equal_turns(const std::vector<std::string>& site_ids, int total_minutes);

struct TurnCheck {
    int slot_minutes = 0;                       // length of the slot
    int turn_minutes = 0;                       // sum of the turns
    int overrun = 0;                            // turn_minutes - slot_minutes when > 0
    std::vector<std::string> invited_without_turn;  // invited site ids with no turn
    std::vector<std::string> uninvited_with_turn;   // turns for sites not invited
    std::vector<std::string> unknown_sites;     // turns naming no site of the plan
    std::vector<std::string> repeated;          // sites with more than one turn
    bool ok() const {
        return overrun == 0 && invited_without_turn.empty() && uninvited_with_turn.empty() && unknown_sites.empty() &&
               repeated.empty();
    }
};
// `invited` empty means the sites marked invited (sites_ops.h invited_site_ids);
// when none is marked, no turn is missing or stray.
TurnCheck check_turns(const Plan& plan, const Slot& slot, const std::vector<std::string>& invited = {});

// Replaces slot i's turns with an equal split of its length; one undo step.
void allocate_turns(Editor& ed, std::size_t i, const std::vector<std::string>& site_ids);

//-----------------------------------------------------------------------------
// [SECTION] Totals
//-----------------------------------------------------------------------------
struct AgendaTotals {
    int slots = 0;
    int start = kNoTime;            // earliest start
    int end = kNoTime;              // latest end
    int span = 0;                   // end - start
    int gap_minutes = 0;            // time between slots not covered by any slot
    std::array<int, 5> minutes_by_kind{};   // indexed by SlotKind (overlaps count twice)
};
// Totals of one day (day >= 0).
AgendaTotals agenda_totals(const Plan& plan, int day);

}  // namespace dc
