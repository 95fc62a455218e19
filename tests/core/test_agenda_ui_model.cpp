// test_agenda_ui_model.cpp — agenda_view.h: days, axis range, lanes, finding
// places, neighbours (what the timeline panel computes before drawing).
#include <catch2/catch.hpp>

#include "core/agenda_ops.h"
#include "core/agenda_view.h"
#include "core/templates.h"

using namespace dc;

namespace {
Slot slot(const char* id, int day, int a, int b) {
    Slot s;
    s.id = id;
    s.day = day;
    s.start = a;
    s.end = b;
    s.items.push_back({});
    return s;
}
}  // namespace

TEST_CASE("agenda_day_count covers event days and slot days", "[agenda_ui]") {
    Plan p;
    CHECK(agenda_day_count(p) == 1);
    p.event.days.resize(2);
    CHECK(agenda_day_count(p) == 2);
    p.agenda.push_back(slot("a", 3, 480, 500));
    CHECK(agenda_day_count(p) == 4);
}

TEST_CASE("agenda_axis_range: whole hours around slots, event hours and tech sessions", "[agenda_ui]") {
    Plan p;
    AxisRange r = agenda_axis_range(p, 0);
    CHECK(r.start == 8 * 60);
    CHECK(r.end == 12 * 60);

    Plan k = load_template("ke-hoach-1905");   // 07h30 registration … 11h30 closing
    r = agenda_axis_range(k, 0);
    CHECK(r.start == 7 * 60);
    CHECK(r.end == 12 * 60);
    r = agenda_axis_range(k, 0, 0);
    CHECK(r.start == 7 * 60);
    CHECK(r.end == 12 * 60);   // 11h30 rounds up to the hour

    Plan c = load_template("cong-van-k12");   // no slots; connection 08h00–11h00, rehearsal 14h00 same day
    r = agenda_axis_range(c, 0);
    CHECK(r.start == 7 * 60);                // 08h00 - 15 min margin
    CHECK(r.end == 18 * 60);                 // event until 17h00 + margin
    CHECK(tech_sessions_on_day(c, 0).size() == 2);
    CHECK(tech_sessions_on_day(k, 0).empty());   // the connection test is the day before, without hours

    // Clamped to the day.
    Plan late;
    late.agenda.push_back(slot("z", 0, 23 * 60 + 30, 23 * 60 + 55));
    r = agenda_axis_range(late, 0);
    CHECK(r.end == kDayMinutes);
    CHECK(r.start == 23 * 60);
    // Another day's slots do not count.
    late.agenda.push_back(slot("y", 1, 60, 90));
    CHECK(agenda_axis_range(late, 0).start == 23 * 60);
    CHECK(agenda_axis_range(late, 1).start == 0);
    CHECK(agenda_axis_range(late, 1).end == 2 * 60);
}

TEST_CASE("agenda_lanes: overlapping slots side by side, points get room", "[agenda_ui]") {
    Plan p;
    p.agenda = {slot("a", 0, 480, 540), slot("b", 0, 510, 570), slot("c", 0, 540, 600), slot("d", 0, 600, 600),
                slot("e", 0, 605, 620), slot("f", 1, 480, 540)};
    auto lanes = agenda_lanes(p, 0, 10);
    REQUIRE(lanes.size() == 5);
    // a [480,540) and b [510,570) overlap; c [540,600) reuses a's lane; one cluster of 2 lanes.
    CHECK(lanes[0].index == 0); CHECK(lanes[0].lane == 0); CHECK(lanes[0].lanes == 2);
    CHECK(lanes[1].index == 1); CHECK(lanes[1].lane == 1); CHECK(lanes[1].lanes == 2);
    CHECK(lanes[2].index == 2); CHECK(lanes[2].lane == 0); CHECK(lanes[2].lanes == 2);
    // d is a point at 600 drawn over [600,610): it overlaps e [605,620).
    CHECK(lanes[3].index == 3); CHECK(lanes[3].lane == 0); CHECK(lanes[3].lanes == 2);
    CHECK(lanes[4].index == 4); CHECK(lanes[4].lane == 1); CHECK(lanes[4].lanes == 2);
    // With no room for points, d and e no longer overlap.
    lanes = agenda_lanes(p, 0, 1);
    CHECK(lanes[3].lanes == 1);
    CHECK(lanes[4].lanes == 1);
    CHECK(agenda_lanes(p, 1).size() == 1);

    Plan k = load_template("ke-hoach-1905");
    for (const SlotLane& l : agenda_lanes(k, 0)) CHECK(l.lanes == 1);
}

TEST_CASE("agenda_lanes on a large programme stays linear-ish", "[agenda_ui]") {
    Plan p;
    for (int i = 0; i < 1000; ++i) p.agenda.push_back(slot("x", 0, (i % 280) * 5, (i % 280) * 5 + 5));
    std::stable_sort(p.agenda.begin(), p.agenda.end(), [](const Slot& a, const Slot& b) { return a.start < b.start; });
    auto lanes = agenda_lanes(p, 0);
    REQUIRE(lanes.size() == 1000);
    int max_lanes = 0;
    for (auto& l : lanes) max_lanes = std::max(max_lanes, l.lanes);
    CHECK(max_lanes == 4);   // 1000 slots over 280 five-minute places: at most 4 at once
}

TEST_CASE("finding_slot_index reads the slot out of a place", "[agenda_ui]") {
    CHECK(finding_slot_index("agenda[2].end") == 2);
    CHECK(finding_slot_index("agenda[17].turns[1].site_id") == 17);
    CHECK(finding_slot_index("agenda[0]") == 0);
    CHECK(finding_slot_index("tasks[2].lead") == -1);
    CHECK(finding_slot_index("agenda[].end") == -1);
    CHECK(finding_slot_index("agenda[x]") == -1);
    CHECK(finding_slot_index("agenda[3") == -1);
    CHECK(finding_slot_index("") == -1);
    CHECK(finding_slot_index("agenda[99999999999999]") == -1);
}

TEST_CASE("neighbour_slot walks a day's slots in time order", "[agenda_ui]") {
    Plan p;
    p.agenda = {slot("a", 0, 480, 500), slot("b", 0, 500, 520), slot("c", 1, 480, 500), slot("d", 1, 500, 520)};
    CHECK(neighbour_slot(p, 0, -1, +1) == 0);
    CHECK(neighbour_slot(p, 0, -1, -1) == 1);
    CHECK(neighbour_slot(p, 0, 0, +1) == 1);
    CHECK(neighbour_slot(p, 0, 1, +1) == -1);
    CHECK(neighbour_slot(p, 1, -1, +1) == 2);
    CHECK(neighbour_slot(p, 1, 3, -1) == 2);
    CHECK(neighbour_slot(p, 1, 2, -1) == -1);
    CHECK(neighbour_slot(Plan{}, 0, -1, 1) == -1);
}
