// test_sites_real.cpp — bridge points as real plans have them: a district's
// 22 schools in 3 groups with an 80-seat central hall, a Sở's districts, a
// UBND's communes, a province's 2,000 schools.  Limits per group, duplicate
// names, tests over several windows and lanes, speakers from an invited subset.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "core/agenda_ops.h"
#include "core/datetime.h"
#include "core/sites_ops.h"
#include "core/templates.h"
#include "core/validate.h"

using namespace dc;

namespace {
int hm(int h, int m) { return h * 60 + m; }

std::vector<Finding> with_code(const std::vector<Finding>& all, const std::string& code) {
    std::vector<Finding> out;
    for (const Finding& f : all)
        if (f.code == code) out.push_back(f);
    return out;
}

Site make_site(const std::string& id, const std::string& group, const std::string& name, int headcount) {
    Site s;
    s.id = id;
    s.group_id = group;
    s.name = name;
    s.headcount = headcount;
    return s;
}

// A Phòng GDĐT's plan: the district hall (80 seats) and 22 schools in three
// groups; "Ban Mai" ×3 and "Lê Quý Đôn" ×2 across levels, "Phú La" ×2 twice
// in the primary group (two campuses, a real duplicate).
Plan district_plan() {
    Plan p = load_template("ke-hoach-1905");
    p.header.issuing_body = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    p.event.headcount_limit = 10;
    p.event.headcount_rule = "Mỗi điểm cầu không quá 10 người.";
    p.site_groups.clear();
    p.sites.clear();
    auto group = [&](const char* id, const char* name) {
        SiteGroup g;
        g.id = id;
        g.name = name;
        p.site_groups.push_back(g);
    };
    group("mn", "Điểm cầu các trường Mầm non");
    group("th", "Điểm cầu tại các trường Tiểu học");
    group("thcs", "Các trường THCS");
    Site hall = make_site("hall", "", "Hội trường Phòng GDĐT quận Hà Đông", 75);
    hall.central = true;
    p.sites.push_back(hall);
    const char* mn[] = {"Ban Mai", "Hoa Sen", "Sao Mai", "Văn Quán", "Mộ Lao", "Phú La", "Kiến Hưng"};
    const char* th[] = {"Ban Mai", "Lê Quý Đôn", "Phú La", "Văn Yên", "Phú La", "Yên Nghĩa", "Dương Nội", "Biên Giang"};
    const char* thcs[] = {"Ban Mai", "Lê Quý Đôn", "Nguyễn Trãi", "Lê Lợi", "Văn Khê", "Phú Lương", "Đồng Mai"};
    int n = 0;
    for (const char* x : mn) p.sites.push_back(make_site("s" + std::to_string(++n), "mn", x, 8));
    for (const char* x : th) p.sites.push_back(make_site("s" + std::to_string(++n), "th", x, 9));
    for (const char* x : thcs) p.sites.push_back(make_site("s" + std::to_string(++n), "thcs", x, 10));
    REQUIRE(p.sites.size() == 23);
    return p;
}
}  // namespace

TEST_CASE("limits: the central hall and each group have their own limit", "[sites][limits]") {
    Plan p = district_plan();
    // Without its own limit the hall is held to the general 10: one error.
    auto f = with_code(validate(p), "site.headcount-over-limit");
    REQUIRE(f.size() == 1);
    CHECK(f[0].place == "sites[0].headcount");
    CHECK(f[0].values[2].number == 10);
    CHECK(has_errors(validate(p)));
    // The plan states the hall's own limit: a correct plan has no error.
    p.event.central_headcount_limit = 80;
    p.event.central_headcount_rule = "Hội trường Phòng GDĐT không quá 80 người.";
    CHECK(with_code(validate(p), "site.headcount-over-limit").empty());
    CHECK(headcount_limit_for(p, p.sites[0]) == 80);
    CHECK(headcount_limit_for(p, p.sites[1]) == 10);   // group without a limit: the general one
    CHECK(site_totals(p).over_limit == 0);
    // 81 in the hall is over its own limit, and the finding names 80.
    p.sites[0].headcount = 81;
    f = with_code(validate(p), "site.headcount-over-limit");
    REQUIRE(f.size() == 1);
    CHECK(f[0].values[2].number == 80);
    p.sites[0].headcount = 75;
    // Kindergartens may bring 6 at most, the THCS schools 12.
    p.site_groups[0].headcount_limit = 6;
    p.site_groups[2].headcount_limit = 12;
    f = with_code(validate(p), "site.headcount-over-limit");
    CHECK(f.size() == 7);   // every kindergarten's 8 > 6; THCS's 10 ≤ 12
    for (const Finding& x : f) CHECK(x.values[2].number == 6);
    CHECK(site_totals(p).over_limit == 7);
    p.sites[16].headcount = 13;   // a THCS school (index 16 = first THCS)
    CHECK(with_code(validate(p), "site.headcount-over-limit").size() == 8);
    // The central site in a group: its own central limit wins over the group's.
    p.sites[0].group_id = "mn";
    CHECK(headcount_limit_for(p, p.sites[0]) == 80);
    // No general limit, one group limited: only that group is counted.
    p.event.headcount_limit = 0;
    p.event.central_headcount_limit = 0;
    p.site_groups[0].headcount_limit = 0;
    p.sites[0].headcount = 500;
    CHECK(with_code(validate(p), "site.headcount-over-limit").size() == 1);   // the THCS school of 13
}

TEST_CASE("limits: a Sở's plan with Phòng and school groups and a UBND's commune sites", "[sites][limits]") {
    Plan p = load_template("ke-hoach-1905");
    p.event.headcount_limit = 10;
    p.event.central_headcount_limit = 120;
    SiteGroup phong;
    phong.id = "phong";
    phong.name = "Điểm cầu tại 17 phòng GDĐT";
    phong.headcount_limit = 20;
    SiteGroup xa;
    xa.id = "xa";
    xa.name = "Điểm cầu UBND các xã";
    p.site_groups = {phong, xa};
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        Site& s = p.sites[i];
        s.group_id = s.central ? "" : (i % 2 ? "phong" : "xa");
        s.headcount = s.central ? 110 : (i % 2 ? 18 : 10);
    }
    CHECK(with_code(validate(p), "site.headcount-over-limit").empty());
    // A commune site with 11 is over the general limit its group falls back to.
    p.sites[2].headcount = 11;
    auto f = with_code(validate(p), "site.headcount-over-limit");
    REQUIRE(f.size() == 1);
    CHECK(f[0].values[2].number == 10);
}

TEST_CASE("duplicates: same name in the same group is flagged, the group's word tells them apart", "[sites][duplicates]") {
    Plan p = district_plan();
    p.event.central_headcount_limit = 80;
    auto sets = duplicate_site_names(p);
    // "Phú La" twice among the primary schools; the Ban Mai and Lê Quý Đôn
    // schools are in different groups, so their group already tells them apart.
    REQUIRE(sets.size() == 1);
    CHECK(p.sites[sets[0][0]].name == "Phú La");
    CHECK(sets[0].size() == 2);
    auto f = with_code(validate(p), "site.duplicate-name");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Finding::Warning);
    CHECK(f[0].place == "sites[" + std::to_string(sets[0][1]) + "].name");
    CHECK(f[0].values[1].number == static_cast<int>(sets[0][0]) + 1);
    CHECK_FALSE(has_errors(validate(p)));
    // Case and spaces do not make two names different; marks do.
    p.sites[2].name = "  hoa sen ";   // kindergarten group: "Hoa Sen" is sites[2]
    p.sites[3].name = "HOA SEN";
    CHECK(duplicate_site_names(p).size() == 2);
    p.sites[3].name = "Hòa Sen";
    CHECK(duplicate_site_names(p).size() == 1);

    // The distinguishing word comes from the group's name.
    CHECK(distinguishing_name(p, 1) == "Trường Mầm non Ban Mai");
    CHECK(distinguishing_name(p, 8) == "Trường Tiểu học Ban Mai");
    CHECK(distinguishing_name(p, 16) == "Trường THCS Ban Mai");
    CHECK(distinguishing_name(p, 0).empty());   // the hall has no group
    Plan q = p;
    q.sites[8].name = "Trường Tiểu học Ban Mai";
    CHECK(distinguishing_name(q, 8).empty());   // already says it

    // Renaming: every duplicate (in one group or across groups) gets its
    // group's word; one undo step; the others keep their names.
    Editor ed(p);
    const int renamed = rename_duplicates(ed);
    CHECK(renamed == 8);   // Ban Mai ×3, Lê Quý Đôn ×2, Phú La ×3 (two primary, one kindergarten)
    CHECK(ed.plan().sites[6].name == "Trường Mầm non Phú La");
    CHECK(ed.plan().sites[8].name == "Trường Tiểu học Ban Mai");
    CHECK(ed.plan().sites[17].name == "Trường THCS Lê Quý Đôn");
    CHECK(ed.plan().sites[4].name == "Văn Quán");
    CHECK(ed.history().undo_steps == 1);
    // The two primary Phú La are still one name in one group: still flagged.
    CHECK(with_code(validate(ed.plan()), "site.duplicate-name").size() == 1);
    ed.undo();
    CHECK(ed.plan().sites[8].name == "Ban Mai");
}

namespace {
// Every pair of tests in one lane on one day is disjoint.
void check_no_overlap_per_lane(const Plan& p) {
    for (std::size_t i = 0; i < p.sites.size(); ++i)
        for (std::size_t j = i + 1; j < p.sites.size(); ++j) {
            const Site& a = p.sites[i];
            const Site& b = p.sites[j];
            if (a.test_start == kNoTime || b.test_start == kNoTime) continue;
            if (a.test_date != b.test_date || a.test_lane != b.test_lane) continue;
            INFO(a.name << " / " << b.name);
            CHECK((a.test_end <= b.test_start || b.test_end <= a.test_start));
        }
}
}  // namespace

TEST_CASE("scheduler: morning, then only the sites without a slot in the afternoon", "[sites][scheduler]") {
    Editor ed(district_plan());
    TestRequest r;
    r.windows = {{{2026, 8, 14}, hm(8, 0), hm(11, 0)}};
    r.minutes = 15;
    LaneSchedule s = plan_test_lanes(ed.plan(), r);
    CHECK(s.needed == 22);
    CHECK(s.slots.size() == 12);           // 180 / 15
    CHECK(s.unplaced.size() == 10);        // named, never dropped
    CHECK(s.slots.size() + s.unplaced.size() == 22);
    CHECK_FALSE(s.ok());
    REQUIRE(apply_test_lanes(ed, s, r));
    const std::vector<std::string> morning = [&] {
        std::vector<std::string> v;
        for (const Site& x : ed.plan().sites)
            if (x.test_start != kNoTime) v.push_back(x.id + "@" + std::to_string(x.test_start));
        return v;
    }();
    CHECK(morning.size() == 12);

    // The afternoon: only the 10 without a slot; the 12 morning slots are kept.
    r.windows = {{{2026, 8, 14}, hm(14, 0), hm(17, 0)}};
    r.only_unscheduled = true;
    s = plan_test_lanes(ed.plan(), r);
    CHECK(s.needed == 10);
    CHECK(s.kept == 12);
    CHECK(s.unplaced.empty());
    CHECK(s.ok());
    CHECK(s.slots.front().start == hm(14, 0));
    REQUIRE(apply_test_lanes(ed, s, r));
    int with_slot = 0;
    for (const Site& x : ed.plan().sites) {
        if (x.central) continue;
        CHECK(x.test_start != kNoTime);
        with_slot += x.test_start != kNoTime;
        if (x.test_start != kNoTime && x.test_start < hm(12, 0))
            CHECK(std::find(morning.begin(), morning.end(), x.id + "@" + std::to_string(x.test_start)) != morning.end());
    }
    CHECK(with_slot == 22);
    check_no_overlap_per_lane(ed.plan());
    CHECK(test_clashes(ed.plan()).empty());
    CHECK(with_code(validate(ed.plan()), "site.test-clash-central").empty());
    // Running it again finds nothing to do and changes nothing.
    s = plan_test_lanes(ed.plan(), r);
    CHECK(s.needed == 0);
    CHECK(s.kept == 22);
}

TEST_CASE("scheduler: several windows over two days, slot length per group", "[sites][scheduler]") {
    Plan p = district_plan();
    TestRequest r;
    // "08h00–11h00 and 14h00–17h00 on 14/8; 08h00–10h00 on 15/8"
    r.windows = {{{2026, 8, 14}, hm(8, 0), hm(9, 0)},
                 {{2026, 8, 14}, hm(14, 0), hm(15, 0)},
                 {{2026, 8, 15}, hm(8, 0), hm(10, 0)}};
    r.minutes = 10;
    r.group_minutes = {{"mn", 5}, {"thcs", 20}};
    r.gap = 5;
    LaneSchedule s = plan_test_lanes(p, r);
    CHECK(s.needed == 22);
    // Every site appears once, placed or not.
    std::set<std::size_t> seen;
    for (const LaneSlot& x : s.slots) CHECK(seen.insert(x.site_index).second);
    for (std::size_t i : s.unplaced) CHECK(seen.insert(i).second);
    CHECK(seen.size() == 22);
    for (const LaneSlot& x : s.slots) {
        const std::string& g = p.sites[x.site_index].group_id;
        CHECK(x.end - x.start == (g == "mn" ? 5 : g == "thcs" ? 20 : 10));
        // Inside one of the windows.
        bool inside = false;
        for (const TestSpan& w : r.windows) inside |= w.date == x.date && x.start >= w.start && x.end <= w.end;
        CHECK(inside);
    }
    // Ordered by time; the gap is kept between consecutive tests of a day.
    for (std::size_t k = 1; k < s.slots.size(); ++k)
        if (s.slots[k].date == s.slots[k - 1].date) CHECK(s.slots[k].start >= s.slots[k - 1].end + 5);
    // The first window: 7 kindergartens × 5 min + gaps = 65 > 60, so 6 fit
    // (6×5 + 5×5 = 55), then the day moves on to the afternoon.
    CHECK(std::count_if(s.slots.begin(), s.slots.end(), [&](const LaneSlot& x) {
              return x.date == Date{2026, 8, 14} && x.start < hm(12, 0);
          }) == 6);
    CHECK(s.slots.size() + s.unplaced.size() == 22);
    // A wrong window is named, not guessed.
    r.windows[1].end = hm(13, 0);
    s = plan_test_lanes(p, r);
    CHECK(s.problem == LaneSchedule::BadWindow);
    CHECK(s.problem_window == 1);
    CHECK(plan_test_lanes(p, TestRequest{}).problem == LaneSchedule::NoWindow);
}

TEST_CASE("scheduler: parallel lanes, one per central technician, nobody booked twice", "[sites][scheduler]") {
    Editor ed(district_plan());
    {
        // Two schools share one technician: their tests never overlap.
        std::vector<Site> sites = ed.plan().sites;
        sites[1].technician = "Thầy Hùng";
        sites[2].technician = "thầy hùng";
        ed.replace_sites(std::move(sites), "kỹ thuật");
    }
    TestRequest r;
    r.windows = {{{2026, 8, 14}, hm(8, 0), hm(11, 0)}};
    r.minutes = 15;
    r.lanes = {"Anh Tuấn", "Chị Lan"};
    LaneSchedule s = plan_test_lanes(ed.plan(), r);
    CHECK(s.ok());                         // 2 lanes × 12 ≥ 22
    CHECK(s.slots.size() == 22);
    // Ordered by (time, lane): the call sheet order.
    for (std::size_t k = 1; k < s.slots.size(); ++k) {
        const auto& a = s.slots[k - 1];
        const auto& b = s.slots[k];
        CHECK((a.start < b.start || (a.start == b.start && a.lane < b.lane)));
    }
    const auto& x1 = *std::find_if(s.slots.begin(), s.slots.end(), [](const LaneSlot& x) { return x.site_index == 1; });
    const auto& x2 = *std::find_if(s.slots.begin(), s.slots.end(), [](const LaneSlot& x) { return x.site_index == 2; });
    CHECK((x1.end <= x2.start || x2.end <= x1.start));
    REQUIRE(apply_test_lanes(ed, s, r));
    check_no_overlap_per_lane(ed.plan());
    int tuan = 0, lan = 0;
    for (const Site& x : ed.plan().sites) {
        tuan += x.test_lane == "Anh Tuấn";
        lan += x.test_lane == "Chị Lan";
    }
    CHECK(tuan + lan == 22);
    CHECK(tuan >= 10);
    CHECK(lan >= 10);
    // Tests in two lanes at once are not a clash; in one lane they are.
    CHECK(test_clashes(ed.plan()).empty());
    auto all = validate(ed.plan());
    CHECK(with_code(all, "site.test-clash-central").empty());
    CHECK(with_code(all, "site.test-clash-technician").empty());
    Plan q = ed.plan();
    for (auto& x : q.sites) x.test_lane.clear();
    CHECK_FALSE(test_clashes(q).empty());

    // The call sheet: every test, by date, time, lane.
    auto sheet = call_sheet(ed.plan());
    REQUIRE(sheet.size() == 22);
    for (std::size_t k = 1; k < sheet.size(); ++k)
        CHECK((sheet[k - 1].start < sheet[k].start ||
               (sheet[k - 1].start == sheet[k].start && sheet[k - 1].lane <= sheet[k].lane)));
    CHECK(sheet.front().start == hm(8, 0));
    CHECK(sheet[1].start == hm(8, 0));
    CHECK(sheet.front().lane == "Anh Tuấn");
    CHECK(sheet[1].lane == "Chị Lan");
}

TEST_CASE("scheduler: 2,000 schools over two days and three lanes", "[sites][scheduler][large]") {
    Plan p = district_plan();
    p.sites.resize(1);
    for (int k = 0; k < 2000; ++k)
        p.sites.push_back(make_site("x" + std::to_string(k), k % 3 ? "th" : "mn", "Trường số " + std::to_string(k), 9));
    TestRequest r;
    r.windows = {{{2026, 8, 14}, hm(7, 0), hm(11, 30)}, {{2026, 8, 14}, hm(13, 30), hm(17, 30)},
                 {{2026, 8, 15}, hm(7, 0), hm(11, 30)}};
    r.minutes = 5;
    r.lanes = {"A", "B", "C"};
    LaneSchedule s = plan_test_lanes(p, r);
    // (270 + 240 + 270) minutes / 5 × 3 lanes = 468 slots.
    CHECK(s.slots.size() == 468);
    CHECK(s.unplaced.size() == 2000 - 468);
    CHECK(s.slots.size() + s.unplaced.size() == 2000);
}

TEST_CASE("turns: only the invited sites are expected to speak", "[sites][turns]") {
    Editor ed(district_plan());
    const Plan& p = ed.plan();
    Slot d;
    d.id = "d";
    d.kind = SlotKind::Discussion;
    d.start = hm(9, 0);
    d.end = hm(9, 30);
    // Nobody marked: no warning about 22 missing speakers.
    TurnCheck c = check_turns(p, d);
    CHECK(c.invited_without_turn.empty());
    CHECK(c.uninvited_with_turn.empty());
    // Five schools invited, each marked on its own.
    {
        std::vector<Site> sites = p.sites;
        for (std::size_t i : {1u, 5u, 9u, 12u, 20u}) sites[i].invited_to_speak = true;
        ed.replace_sites(std::move(sites), "mời");
    }
    CHECK(invited_site_ids(ed.plan()).size() == 5);
    c = check_turns(ed.plan(), d);
    CHECK(c.invited_without_turn.size() == 5);
    std::vector<std::string> five = invited_site_ids(ed.plan());
    d.turns = equal_turns(five, 30);
    c = check_turns(ed.plan(), d);
    CHECK(c.ok());
    // A turn for a site not invited is stray; the missing list stays empty.
    d.turns.push_back(Turn{ed.plan().sites[2].id, 0, {}});
    c = check_turns(ed.plan(), d);
    CHECK(c.uninvited_with_turn == std::vector<std::string>{ed.plan().sites[2].id});
    CHECK(c.invited_without_turn.empty());
    // The group as a whole: every THCS school is invited, the central hall never.
    Plan q = ed.plan();
    q.site_groups[2].invited_to_speak = true;
    q.sites[0].invited_to_speak = true;
    CHECK(invited_to_speak(q, q.sites[18]));
    auto ids = invited_site_ids(q);
    CHECK(ids.size() == 4 + 7);   // sites 1, 5, 9, 12 + the seven THCS (20 is one of them)
    CHECK(std::find(ids.begin(), ids.end(), "hall") == ids.end());
}
