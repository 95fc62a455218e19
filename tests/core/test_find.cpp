// test_find.cpp — "Tìm trong kế hoạch": what is searched, where hits point,
// and the matching range shown in the results.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/find.h"
#include "core/templates.h"
#include "core/text.h"

using namespace dc;

namespace {
bool has_place(const FindResult& r, const std::string& place) {
    return std::any_of(r.hits.begin(), r.hits.end(), [&](const FindHit& h) { return h.place == place; });
}
std::string matched(const FindHit& h) { return h.text.substr(h.begin, h.end - h.begin); }
}  // namespace

TEST_CASE("find: a query without diacritics finds sites, agenda and tasks of the Kế hoạch", "[find]") {
    const Plan p = load_template("ke-hoach-1905");
    const FindResult r = find_in_plan(p, "pleiku");
    REQUIRE(r.total >= 1);
    REQUIRE(r.hits.size() == r.total);
    // The site "Điểm cầu thành phố Pleiku" is the plan's second site.
    REQUIRE(has_place(r, "sites[1].name"));
    for (const FindHit& h : r.hits) CHECK(matched(h) == "Pleiku");

    const FindResult d = find_in_plan(p, "dai bieu");   // "đại biểu" in the agenda ("Đăng ký đại biểu")
    bool in_agenda = false;
    for (const FindHit& h : d.hits)
        if (h.place.rfind("agenda[", 0) == 0) {
            in_agenda = true;
            CHECK(h.place.find(".items[") != std::string::npos);
            CHECK((matched(h) == "đại biểu" || matched(h) == "Đại biểu" || matched(h) == "đại Biểu"));
        }
    CHECK(in_agenda);

    const FindResult t = find_in_plan(p, "giấy triệu tập");
    REQUIRE(t.total >= 1);
    CHECK(has_place(t, "tasks[2].content"));
    CHECK(matched(t.hits.front()) == "giấy triệu tập");
}

TEST_CASE("find: diacritics in the query must match; case and tone placement do not matter", "[find]") {
    Plan p = blank_plan();
    p.header.title = "Hội nghị về hoà nhập";
    Task t;
    t.id = "t1";
    t.content = "Hoa và quà";
    p.tasks.push_back(t);
    CHECK(find_in_plan(p, "HÒA").total == 1);            // "hoà" in the title, tone placed differently
    CHECK(has_place(find_in_plan(p, "hòa"), "header.title"));
    CHECK(find_in_plan(p, "hoa").total == 2);            // no marks: both
    CHECK(find_in_plan(p, "quá").total == 0);            // marks must match: "quà" ≠ "quá"
    CHECK(find_in_plan(p, "  ").total == 0);
    CHECK(find_in_plan(p, "").total == 0);
    CHECK(find_in_plan(p, " quà ").total == 1);          // blanks around the query are ignored
}

TEST_CASE("find: ids, enums, dates and times are not searched", "[find]") {
    const Plan p = load_template("ke-hoach-1905");
    CHECK(find_in_plan(p, "ke-hoach").total == 0);      // header.kind
    CHECK(find_in_plan(p, "2021-08").total == 0);       // dates as stored
    CHECK(find_in_plan(p, "not-tested").total == 0);    // test status
    const FindResult r = find_in_plan(p, "t1");         // the id of task 1
    for (const FindHit& h : r.hits) CHECK(h.place.find(".id") == std::string::npos);
}

TEST_CASE("find: every hit's place and range point at the text they quote", "[find]") {
    for (const char* id : {"ke-hoach-1905", "cong-van-k12"}) {
        const Plan p = load_template(id);
        for (const char* q : {"sở", "hội nghị", "gdđt", "k12", "truong"}) {
            const FindResult r = find_in_plan(p, q, 10000);
            INFO(id << " / " << q);
            CHECK(r.total == r.hits.size());
            for (const FindHit& h : r.hits) {
                REQUIRE(h.begin < h.end);
                REQUIRE(h.end <= h.text.size());
                CHECK(search_match(matched(h), q));
                CHECK(!h.place.empty());
            }
        }
    }
}

TEST_CASE("find: at most max_hits are returned, all are counted", "[find]") {
    Plan p = blank_plan();
    for (int i = 0; i < 50; ++i) {
        Task t;
        t.id = "t" + std::to_string(i + 1);
        t.content = "Kiểm tra đường truyền lần " + std::to_string(i + 1);
        p.tasks.push_back(t);
    }
    const FindResult r = find_in_plan(p, "duong truyen", 20);
    CHECK(r.total == 50);
    CHECK(r.hits.size() == 20);
    CHECK(r.hits.front().place == "tasks[0].content");
    CHECK(r.hits.back().place == "tasks[19].content");
}

TEST_CASE("search_span: the shortest range, on code point boundaries", "[find]") {
    std::size_t b = 0, e = 0;
    const std::string s = "Điểm cầu huyện Đak Đoa, tỉnh Gia Lai";
    REQUIRE(search_span(s, "dak doa", &b, &e));
    CHECK(s.substr(b, e - b) == "Đak Đoa");
    REQUIRE(search_span(s, "lai", &b, &e));
    CHECK(s.substr(b, e - b) == "Lai");
    CHECK_FALSE(search_span(s, "kon tum", &b, &e));
    CHECK_FALSE(search_span(s, " ", &b, &e));
}
