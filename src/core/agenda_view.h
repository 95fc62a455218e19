// agenda_view.h — what the agenda timeline needs to know before it draws,
// computed from the plan without any UI: which days there are, the stretch of
// the day the axis must cover, side-by-side lanes for overlapping slots, the
// technical sessions that belong on a day's axis, and which slot a finding's
// place names.  Plain C++ (tests/core/test_agenda_ui_model.cpp); the ImGui
// side is src/ui/panel_agenda*.cpp.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/plan.h"

namespace dc {

// Days the agenda can show: at least one, at least the event's days, and
// enough to show every slot (a slot naming day 3 of a 1-day event still shows).
int agenda_day_count(const Plan& plan);

// The stretch [start, end) the axis covers on `day`, in whole hours: every
// slot of the day, the event day's hours and the technical sessions dated that
// day, with `margin` minutes of room on either side, clamped to the day.
// Nothing to show → 08h00–12h00 (a morning conference, the usual case).
struct AxisRange {
    int start = 8 * 60;
    int end = 12 * 60;
};
AxisRange agenda_axis_range(const Plan& plan, int day, int margin = 15);

// Technical sessions (connection, connection test, rehearsal) that are drawn
// on `day`'s axis: those dated that day and having a start time.  Indexes into
// plan.event.tech_sessions.
std::vector<std::size_t> tech_sessions_on_day(const Plan& plan, int day);

// Side-by-side placement of the day's slots: slots whose drawn spans overlap
// go in separate lanes; `lanes` is how many lanes the group of mutually
// overlapping slots (a "cluster") needs, so each block takes 1/lanes of the
// width.  A point in time ("11h30 Bế mạc") is given `point_minutes` of room
// (its label has a height).  Slots without a start time are left out.
struct SlotLane {
    std::size_t index = 0;   // into plan.agenda
    int lane = 0;            // 0-based column
    int lanes = 1;           // columns in its cluster
};
std::vector<SlotLane> agenda_lanes(const Plan& plan, int day, int point_minutes = 10);

// "agenda[2].end" / "agenda[2].turns[1].site_id" → 2; anything else → -1.
int finding_slot_index(const std::string& place);

// The slot of `day` to select after `from` in time order (+1 next, -1 previous);
// with from < 0 the first (+1) or last (-1) slot.  -1 when there is none.
int neighbour_slot(const Plan& plan, int day, int from, int direction);

}  // namespace dc
