// test_agenda_ops.cpp — time arithmetic behind the agenda timeline: snapping,
// moving, resizing, shifting, closing gaps, conference start, adding,
// duplicating, speaking turns and totals.  Operations run on the Kế hoạch
// template (07h30 registration … 11h30 closing point) through a real Editor.
#include <catch2/catch.hpp>

#include <string>

#include "core/agenda_ops.h"
#include "core/datetime.h"
#include "core/templates.h"

using namespace dc;

namespace {
Plan kh() { return load_template("ke-hoach-1905"); }
int hm(int h, int m) { return h * 60 + m; }
std::string ranges(const Plan& p) {
    std::string out;
    for (auto& s : p.agenda) out += format_time_range(s.start, s.end) + "|";
    return out;
}
Slot span(int a, int b) {
    Slot s;
    s.start = a;
    s.end = b;
    return s;
}
}  // namespace

TEST_CASE("agenda: snapping to 5 and 1 minutes, negative and boundary", "[agenda][snap]") {
    CHECK(snap_minutes(0, 5) == 0);
    CHECK(snap_minutes(2, 5) == 0);
    CHECK(snap_minutes(3, 5) == 5);     // ties and above go up
    CHECK(snap_minutes(7, 5) == 5);
    CHECK(snap_minutes(8, 5) == 10);
    CHECK(snap_minutes(-2, 5) == 0);
    CHECK(snap_minutes(-3, 5) == -5);   // same rule below zero
    CHECK(snap_minutes(-7, 5) == -5);
    CHECK(snap_minutes(-8, 5) == -10);
    CHECK(snap_minutes(hm(8, 2), 5) == hm(8, 0));
    CHECK(snap_minutes(hm(8, 3), 5) == hm(8, 5));
    CHECK(snap_minutes(hm(23, 58), 5) == hm(24, 0));
    CHECK(snap_minutes(hm(8, 3), 1) == hm(8, 3));
    CHECK(snap_minutes(-7, 1) == -7);
    CHECK(snap_minutes(5, 10) == 10);
    CHECK(snap_minutes(-5, 10) == 0);
}

TEST_CASE("agenda: moving keeps the length, snaps the start, stays in the day", "[agenda][move]") {
    Slot s = span(hm(8, 0), hm(9, 30));
    Slot m = moved_slot(s, 28, 5);           // 08h28 → 08h30
    CHECK(m.start == hm(8, 30));
    CHECK(m.end == hm(10, 0));
    m = moved_slot(s, -32, 5);               // 07h28 → 07h30
    CHECK(m.start == hm(7, 30));
    CHECK(m.end == hm(9, 0));
    m = moved_slot(s, 28, 1);
    CHECK(m.start == hm(8, 28));
    m = moved_slot(s, -10 * 60, 5);          // clamped at midnight
    CHECK(m.start == 0);
    CHECK(m.end == 90);
    m = moved_slot(s, 20 * 60, 5);
    CHECK(m.end == kDayMinutes);
    CHECK(m.start == kDayMinutes - 90);

    Slot point = span(hm(11, 30), hm(11, 30));
    m = moved_slot(point, 17, 5);
    CHECK(m.start == hm(11, 45));
    CHECK(m.end == hm(11, 45));              // points stay points
}

TEST_CASE("agenda: resizing edges, minimum length, points", "[agenda][resize]") {
    Slot s = span(hm(8, 0), hm(9, 30));
    CHECK(resized_end(s, hm(9, 47), 5).end == hm(9, 45));
    CHECK(resized_end(s, hm(8, 1), 5).end == hm(8, 5));    // never shorter than 5 minutes
    CHECK(resized_end(s, hm(7, 0), 5).end == hm(8, 5));
    CHECK(resized_end(s, hm(25, 0), 5).end == kDayMinutes);
    CHECK(resized_start(s, hm(7, 42), 5).start == hm(7, 40));
    CHECK(resized_start(s, hm(9, 29), 5).start == hm(9, 25));
    CHECK(resized_start(s, hm(10, 0), 5).start == hm(9, 25));
    CHECK(resized_start(s, -30, 5).start == 0);
    CHECK(resized_start(s, hm(7, 42), 1).start == hm(7, 42));

    Slot point = span(hm(11, 30), hm(11, 30));
    Slot r = resized_end(point, hm(11, 52), 5);
    CHECK(r.start == hm(11, 50));
    CHECK(r.end == hm(11, 50));
}

TEST_CASE("agenda: moving a slot through the Editor re-sorts and is one step", "[agenda][move]") {
    Editor ed(kh());
    // a1 (07h30 registration) moved 3h later lands between 10h30 and 11h15.
    std::size_t at = move_slot_by(ed, 0, 3 * 60 + 2, 5);
    CHECK(ed.plan().agenda[at].id == "a1");
    CHECK(ed.plan().agenda[at].start == hm(10, 30));
    CHECK(ed.history().undo_steps == 1);
    ed.undo();
    CHECK(ed.plan().agenda[0].id == "a1");
    CHECK(ed.plan().agenda[0].start == hm(7, 30));

    at = resize_slot_end(ed, 1, hm(9, 40), 5);
    CHECK(ed.plan().agenda[at].end == hm(9, 40));
}

TEST_CASE("agenda: shift every slot after a slot", "[agenda][shift]") {
    Editor ed(kh());
    const std::string before = ranges(ed.plan());
    REQUIRE(before == "07h30 - 08h00|08h00 - 09h30|09h30 - 10h30|10h30 - 11h15|11h15 - 11h30|11h30|");
    REQUIRE(shift_after(ed, 1, 15));     // after 08h00 - 09h30
    CHECK(ranges(ed.plan()) == "07h30 - 08h00|08h00 - 09h30|09h45 - 10h45|10h45 - 11h30|11h30 - 11h45|11h45|");
    CHECK(ed.history().undo_steps == 1);
    REQUIRE(shift_after(ed, 1, -15, true));
    CHECK(ranges(ed.plan()) == "07h30 - 08h00|07h45 - 09h15|09h30 - 10h30|10h30 - 11h15|11h15 - 11h30|11h30|");
    ed.undo();
    ed.undo();
    CHECK(ranges(ed.plan()) == before);
    // Past midnight: refused, nothing changes.
    CHECK_FALSE(shift_after(ed, 0, 13 * 60));
    CHECK(ranges(ed.plan()) == before);
    CHECK_FALSE(shift_after(ed, 0, 0));
}

TEST_CASE("agenda: close gaps keeps lengths, starts each slot at the previous end", "[agenda][gaps]") {
    Plan p = kh();
    p.agenda[2].start = hm(9, 45);   // 15 min gap before Tham luận (09h45 - 10h30)
    p.agenda[3].start = hm(10, 40);  // 10 min gap, 35 min long (10h40 - 11h15)
    p.agenda[4].start = hm(11, 10);  // overlaps the previous by 5 minutes
    p.agenda[4].end = hm(11, 25);
    p.agenda[5].start = p.agenda[5].end = hm(11, 40);
    Editor ed(p);
    REQUIRE(close_gaps(ed, 0));
    CHECK(ranges(ed.plan()) == "07h30 - 08h00|08h00 - 09h30|09h30 - 10h15|10h15 - 10h50|10h50 - 11h05|11h05|");
    CHECK(ed.history().undo_steps == 1);
    CHECK_FALSE(close_gaps(ed, 0));  // already closed
    ed.undo();
    CHECK(same(ed.plan().agenda[2], p.agenda[2]));
}

TEST_CASE("agenda: changing the conference start moves the whole programme", "[agenda][start]") {
    Editor ed(kh());
    REQUIRE(set_conference_start(ed, 0, hm(13, 30)));
    CHECK(ed.plan().event.days[0].start == hm(13, 30));
    CHECK(ed.plan().event.days[0].end == hm(17, 0));
    CHECK(ranges(ed.plan()) == "13h00 - 13h30|13h30 - 15h00|15h00 - 16h00|16h00 - 16h45|16h45 - 17h00|17h00|");
    CHECK(ed.history().undo_steps == 1);
    ed.undo();
    CHECK(ed.plan().event.days[0].start == hm(8, 0));
    CHECK(ranges(ed.plan()).rfind("07h30 - 08h00", 0) == 0);
    CHECK_FALSE(set_conference_start(ed, 0, hm(23, 0)));   // would run past midnight
}

TEST_CASE("agenda: add a slot at a time, without overlapping when possible", "[agenda][add]") {
    Editor ed(kh());
    // 08h42 snaps to 08h40, inside 08h00 - 09h30; its end 09h30 is inside the
    // next slot, and so on (10h30, 11h15, 11h30; a point covers nothing) → 11h30, 30 min.
    std::size_t i = add_slot_at(ed, 0, hm(8, 42), 5);
    const Slot& s = ed.plan().agenda[i];
    CHECK(s.start == hm(11, 30));
    CHECK(s.end == hm(12, 0));
    CHECK(s.items.size() == 1);
    CHECK(s.id.size() > 1);
    CHECK(ed.undo_label() == "Thêm mục chương trình");
    ed.undo();

    // Free room before the first slot: 07h00 → 30 minutes would reach 07h30 exactly.
    i = add_slot_at(ed, 0, hm(7, 2), 5);
    CHECK(ed.plan().agenda[i].start == hm(7, 0));
    CHECK(ed.plan().agenda[i].end == hm(7, 30));
    ed.undo();
    // Only 20 minutes free: 07h10 - 07h30.
    i = add_slot_at(ed, 0, hm(7, 10), 5);
    CHECK(ed.plan().agenda[i].end == hm(7, 30));
    ed.undo();
    // 5 minutes free: 15 minutes and an overlap the checks will report.
    i = add_slot_at(ed, 0, hm(7, 25), 5);
    CHECK(ed.plan().agenda[i].end == hm(7, 40));
}

TEST_CASE("agenda: duplicate places the copy after the original with a new id", "[agenda][dup]") {
    Editor ed(kh());
    std::size_t i = duplicate_slot(ed, 3);   // 10h30 - 11h15
    const Slot& d = ed.plan().agenda[i];
    CHECK(d.start == hm(11, 15));
    CHECK(d.end == hm(12, 0));
    CHECK(d.id != "a4");
    CHECK(d.items[0].content == ed.plan().agenda[3].items[0].content);
    CHECK(ed.history().undo_steps == 1);
}

TEST_CASE("agenda: speaking turns split equally with the remainder first", "[agenda][turns]") {
    auto t = equal_turns({"s2", "s3", "s4"}, 17);
    REQUIRE(t.size() == 3);
    CHECK(t[0].minutes == 6);
    CHECK(t[1].minutes == 6);
    CHECK(t[2].minutes == 5);
    int sum = 0;
    for (auto& x : equal_turns(std::vector<std::string>(17, "x"), 60)) sum += x.minutes;
    CHECK(sum == 60);
    auto t17 = equal_turns(std::vector<std::string>(17, "x"), 60);   // 60 = 17*3 + 9
    CHECK(t17[8].minutes == 4);
    CHECK(t17[9].minutes == 3);
    CHECK(equal_turns({}, 60).empty());
    CHECK(equal_turns({"a"}, -5)[0].minutes == 0);
}

TEST_CASE("agenda: turn checks report overrun, missing and stray turns", "[agenda][turns]") {
    Editor ed(kh());
    const Plan& p = ed.plan();
    std::vector<std::string> districts;
    for (auto& s : p.sites)
        if (!s.central) districts.push_back(s.id);
    REQUIRE(districts.size() == 17);
    // Every district is invited to speak (a property of each site here).
    {
        std::vector<Site> sites = p.sites;
        for (auto& s : sites) s.invited_to_speak = !s.central;
        ed.replace_sites(std::move(sites), "mời");
    }
    allocate_turns(ed, 2, districts);   // Tham luận, thảo luận: 60 minutes
    const Slot& d = ed.plan().agenda[2];
    CHECK(d.turns.size() == 17);
    TurnCheck c = check_turns(ed.plan(), d);
    CHECK(c.ok());
    CHECK(c.turn_minutes == 60);

    Slot bad = d;
    bad.turns[0].minutes += 5;                        // overrun by 5
    bad.turns.pop_back();                             // last district has no turn
    bad.turns.push_back(Turn{"s1", 1, {}});           // the central site speaks, not invited
    bad.turns.push_back(Turn{"zz", 1, {}});           // no such site
    bad.turns.push_back(Turn{districts[0], 1, {}});   // speaks twice
    c = check_turns(ed.plan(), bad);
    CHECK(c.overrun == 5 + 3 - 3);   // +5, -3 (the removed last turn is 3 min), +3 stray
    CHECK(c.invited_without_turn == std::vector<std::string>{districts.back()});
    CHECK(c.uninvited_with_turn == std::vector<std::string>{"s1"});
    CHECK(c.unknown_sites == std::vector<std::string>{"zz"});
    CHECK(c.repeated == std::vector<std::string>{districts[0]});
    CHECK_FALSE(c.ok());
}

TEST_CASE("agenda: totals per day", "[agenda][totals]") {
    const Plan p = kh();
    AgendaTotals t = agenda_totals(p, 0);
    CHECK(t.slots == 6);
    CHECK(t.start == hm(7, 30));
    CHECK(t.end == hm(11, 30));
    CHECK(t.span == 240);
    CHECK(t.gap_minutes == 0);
    CHECK(t.minutes_by_kind[static_cast<int>(SlotKind::Registration)] == 30);
    int sum = 0;
    for (int m : t.minutes_by_kind) sum += m;
    CHECK(sum == 240);

    Plan g = p;
    g.agenda[2].start = hm(9, 45);
    CHECK(agenda_totals(g, 0).gap_minutes == 15);
    CHECK(agenda_totals(g, 3).slots == 0);
}
