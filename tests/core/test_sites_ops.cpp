// test_sites_ops.cpp — the connection-test generator on the Kế hoạch template's
// 18 bridge points, clash detection, totals and keeping the central site first.
#include <catch2/catch.hpp>

#include <string>

#include "core/datetime.h"
#include "core/sites_ops.h"
#include "core/templates.h"
#include "core/validate.h"

using namespace dc;

namespace {
Plan kh() { return load_template("ke-hoach-1905"); }
int hm(int h, int m) { return h * 60 + m; }
}  // namespace

TEST_CASE("sites: 18 sites tested between 08h00 and 11h00 at 10 minutes, never two at once", "[sites][tests]") {
    Editor ed(kh());
    REQUIRE(ed.plan().sites.size() == 18);
    TestWindow w;
    w.date = {2021, 8, 30};
    w.start = hm(8, 0);
    w.end = hm(11, 0);
    w.minutes = 10;
    w.include_central = true;   // all 18, the central one first
    TestSchedule s = plan_connection_tests(ed.plan(), w);
    REQUIRE(s.ok);
    CHECK(s.needed == 18);
    CHECK(s.fitting == 18);
    REQUIRE(s.slots.size() == 18);
    CHECK(s.slots.front().site_id == "s1");
    CHECK(s.slots.front().start == hm(8, 0));
    CHECK(s.slots.back().end == hm(11, 0));
    CHECK(s.message_vi.empty());

    REQUIRE(apply_connection_tests(ed, s, w));
    CHECK(ed.history().undo_steps == 1);
    const Plan& p = ed.plan();
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        CHECK(p.sites[i].test_date == Date{2021, 8, 30});
        CHECK(p.sites[i].test_end - p.sites[i].test_start == 10);
        for (std::size_t j = i + 1; j < p.sites.size(); ++j)   // pairwise, independent of test_clashes()
            CHECK((p.sites[i].test_end <= p.sites[j].test_start || p.sites[j].test_end <= p.sites[i].test_start));
    }
    CHECK(test_clashes(p).empty());
    // The plan's connection-test session now shows the window.
    CHECK(p.event.tech_sessions[0].start == hm(8, 0));
    CHECK(p.event.tech_sessions[0].end == hm(11, 0));
    // The validator (a real consumer of these fields) finds no test clash either.
    for (const Finding& f : validate(p)) CHECK(f.code.find("clash") == std::string::npos);

    ed.undo();
    CHECK(ed.plan().sites[3].test_start == kNoTime);
}

TEST_CASE("sites: a window too short says how many fit and changes nothing", "[sites][tests]") {
    Editor ed(kh());
    TestWindow w;
    w.date = {2021, 8, 30};
    w.start = hm(8, 0);
    w.end = hm(11, 0);
    w.minutes = 15;               // remote sites only: 17 needed, 12 fit
    TestSchedule s = plan_connection_tests(ed.plan(), w);
    CHECK_FALSE(s.ok);
    CHECK(s.needed == 17);
    CHECK(s.fitting == 12);
    CHECK(s.slots.size() == 12);
    CHECK(s.message_vi == "Khung giờ 08h00 - 11h00 chỉ đủ cho 12 trong 17 điểm cầu (mỗi lượt 15 phút); "
                          "cần 255 phút, đến 12h15.");
    CHECK(s.message_en.find("fits only 12 of 17") != std::string::npos);
    CHECK_FALSE(apply_connection_tests(ed, s, w));
    CHECK_FALSE(ed.can_undo());
    REQUIRE(apply_connection_tests(ed, s, w, true));   // the user chose "the ones that fit"
    CHECK(ed.plan().sites[12].test_start == hm(10, 45));
    CHECK(ed.plan().sites[13].test_start == kNoTime);

    // With a gap: n*15 + (n-1)*5 <= 180 → n = 9.
    w.gap = 5;
    CHECK(plan_connection_tests(ed.plan(), w).fitting == 9);
    // Bad windows.
    w.end = w.start;
    CHECK_FALSE(plan_connection_tests(ed.plan(), w).message_vi.empty());
    w.end = hm(11, 0);
    w.date = {};
    CHECK(plan_connection_tests(ed.plan(), w).message_vi == "Chưa chọn ngày kiểm tra kết nối.");
}

TEST_CASE("sites: clash detection", "[sites][clash]") {
    Plan p = kh();
    auto set = [&](std::size_t i, int a, int b, const char* tech = "") {
        p.sites[i].test_date = {2021, 8, 30};
        p.sites[i].test_start = a;
        p.sites[i].test_end = b;
        p.sites[i].technician = tech;
    };
    set(1, hm(8, 0), hm(8, 15), "Anh Tuấn");
    set(2, hm(8, 15), hm(8, 30), "Anh Tuấn");   // touching: fine
    set(3, hm(8, 20), hm(8, 40), "Anh Tuấn");   // overlaps 2 by 10, same technician
    set(4, hm(8, 35), hm(8, 50));                // overlaps 3 by 5
    set(5, hm(9, 0), hm(9, 10));
    p.sites[6].test_date = {2021, 8, 29};        // same time, another day: fine
    p.sites[6].test_start = hm(9, 0);
    p.sites[6].test_end = hm(9, 10);
    auto c = test_clashes(p);
    REQUIRE(c.size() == 2);
    CHECK(c[0].a == 2);
    CHECK(c[0].b == 3);
    CHECK(c[0].same_technician);
    CHECK(c[0].overlap_minutes == 10);
    CHECK(c[1].a == 3);
    CHECK(c[1].b == 4);
    CHECK_FALSE(c[1].same_technician);
    CHECK(c[1].overlap_minutes == 5);
}

TEST_CASE("sites: totals", "[sites][totals]") {
    Plan p = kh();
    for (auto& s : p.sites) s.headcount = 8;
    p.sites[2].headcount = 12;   // limit 10
    p.sites[3].test_status = TestStatus::Ok;
    p.sites[4].test_status = TestStatus::NoSound;
    SiteTotals t = site_totals(p);
    CHECK(t.sites == 18);
    CHECK(t.central == 1);
    CHECK(t.remote == 17);
    CHECK(t.attendees == 17 * 8 + 12);
    CHECK(t.over_limit == 1);
    CHECK(t.tested_ok == 1);
    CHECK(t.with_problem == 1);
    CHECK(t.not_tested == 16);
}

TEST_CASE("sites: the central site stays first", "[sites][central]") {
    Editor ed(kh());
    set_central_site(ed, 5);
    const std::string id = ed.plan().sites[0].id;
    CHECK(ed.plan().sites[0].central);
    int centrals = 0;
    for (auto& s : ed.plan().sites) centrals += s.central;
    CHECK(centrals == 1);
    CHECK(ed.plan().sites[1].id == "s1");   // the old central keeps its place among the rest
    CHECK(ed.history().undo_steps == 1);
    ed.undo();
    CHECK(ed.plan().sites[0].id == "s1");

    ed.move_item<Site>(0, 4);
    REQUIRE(central_first(ed));
    CHECK(ed.plan().sites[0].id == "s1");
    CHECK_FALSE(central_first(ed));

    std::size_t at = add_site(ed, 0, "Điểm cầu Trường THPT Pleiku");
    CHECK(at == 1);   // never above the central site
    CHECK(ed.plan().sites[1].name == "Điểm cầu Trường THPT Pleiku");
    CHECK_FALSE(ed.plan().sites[1].id.empty());
}
