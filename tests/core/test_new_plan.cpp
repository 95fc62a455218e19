// test_new_plan.cpp — a new plan from the guided start, and section II written from the event.
//
// [SECTION] New plans   — outline of each kind, signer and code of the issuer, sites
// [SECTION] Facts       — the text follows the event until written by hand; the check
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/body_facts.h"
#include "core/export_html.h"
#include "core/issuer.h"
#include "core/new_plan.h"
#include "core/plan_fields.h"
#include "core/plan_file.h"
#include "core/validate.h"

using namespace dc;

namespace {

NewPlanChoices phong_choices() {
    NewPlanChoices c;
    c.kind = DocKind::KeHoach;
    c.parent_body = "UBND huyện Đak Đoa";
    c.issuing_body = "Phòng Giáo dục và Đào tạo";
    c.place = "Đak Đoa";
    c.title = "Tổ chức Hội nghị trực tuyến sơ kết học kỳ I";
    c.issued = {2024, 12, 2};
    c.date = {2024, 12, 20};
    c.start = 8 * 60;
    c.end = 11 * 60 + 30;
    c.central_site = "Hội trường Phòng GDĐT huyện Đak Đoa";
    c.site_kinds = {"các trường tiểu học", "các trường THCS"};
    return c;
}

std::vector<std::string> headings(const Plan& p, int level) {
    std::vector<std::string> out;
    for (const Block& b : p.body)
        if (b.kind == BlockKind::Heading && b.level == level) out.push_back(b.text);
    return out;
}

const Block* heading_with_fact(const Plan& p, const char* fact) {
    for (const Block& b : p.body)
        if (b.fact == fact) return &b;
    return nullptr;
}

bool has_code(const std::vector<Finding>& fs, const char* code) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] New plans
//-----------------------------------------------------------------------------
TEST_CASE("new plan: a Phòng's Kế hoạch has the seed's sections, its signer and code", "[new-plan]") {
    const Plan p = new_plan(phong_choices());
    CHECK(p.header.issuing_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    CHECK(p.header.parent_body == "UBND HUYỆN ĐAK ĐOA");
    CHECK(p.header.code == "KH-PGDĐT");
    CHECK(p.signer.title == "TRƯỞNG PHÒNG");
    const std::vector<std::string> top = headings(p, 1);
    REQUIRE(top.size() >= 5);
    CHECK(top[0] == "Mục đích, yêu cầu");
    CHECK(top[1] == "Thời gian, hình thức, địa điểm tổ chức Hội nghị");
    CHECK(top[2] == "Thành phần tham dự Hội nghị tại các điểm cầu");
    CHECK(top[3] == "Nội dung, chương trình Hội nghị");
    CHECK(top[4] == "Tổ chức thực hiện");
    // One central site, one group per kind of site, each kind a recipient.
    REQUIRE(p.sites.size() == 1);
    CHECK(p.sites[0].central);
    REQUIRE(p.site_groups.size() == 2);
    CHECK(p.site_groups[1].name == "Điểm cầu tại các trường THCS");
    REQUIRE(p.recipients.size() == 2);
    CHECK(p.recipients[0].name == "Các trường tiểu học");
    // A plan file like any other: it reads back equal.
    const ImportResult r = read_plan(write_plan(p));
    REQUIRE(r.ok());
    CHECK(same(*r.plan, p));
    // No error-level finding in a plan just made (the empty sections are warnings).
    const std::vector<Finding> fs = validate(p);
    CHECK_FALSE(has_errors(fs));
    CHECK_FALSE(has_code(fs, "body.fact-differs"));
}

TEST_CASE("new plan: a school's công văn and a UBND's giấy mời", "[new-plan]") {
    NewPlanChoices c = phong_choices();
    c.kind = DocKind::CongVan;
    c.issuing_body = "Trường THCS Nguyễn Du";
    c.parent_body = "";
    c.platform = "K12 Online";
    Plan p = new_plan(c);
    CHECK(p.header.code == "THCSND");
    CHECK(p.signer.title == "HIỆU TRƯỞNG");
    CHECK(headings(p, 1).empty());   // a công văn's clauses start at "1."
    CHECK(headings(p, 2).front() == "Mục đích");
    REQUIRE(p.header.addressees.size() == 2);
    CHECK(p.header.addressees[1] == "Các trường THCS");
    REQUIRE(heading_with_fact(p, kFactForm));
    CHECK(heading_body(p, *heading_with_fact(p, kFactForm)) == "Hội nghị trực tuyến trên nền tảng K12 Online.");

    c.kind = DocKind::GiayMoi;
    c.issuing_body = "ủy ban nhân dân xã Ia Băng";
    c.site_kinds.clear();
    p = new_plan(c);
    CHECK(p.header.code == "GM-UBND");
    CHECK(p.signer.title == "CHỦ TỊCH");
    CHECK(p.site_groups.empty());
    CHECK(heading_with_fact(p, kFactTime));
}

//-----------------------------------------------------------------------------
// [SECTION] Facts
//-----------------------------------------------------------------------------
TEST_CASE("facts: section II is written from the event and follows it", "[new-plan][facts]") {
    Plan p = new_plan(phong_choices());
    const Block* time = heading_with_fact(p, kFactTime);
    REQUIRE(time);
    CHECK(follows_facts(*time));
    CHECK(heading_body(p, *time) == "từ 08h00 đến 11h30 ngày 20/12/2024.");
    p.event.duration_text = "1/2 ngày";
    CHECK(heading_body(p, *time) == "1/2 ngày, bắt đầu từ 08h00 ngày 20/12/2024.");
    p.event.days[0].start = 7 * 60 + 30;
    p.event.days[0].date = {2021, 8, 31};
    CHECK(heading_body(p, *time) == "1/2 ngày, bắt đầu từ 07h30 ngày 31/8/2021.");
    // Several days: the last one is named.
    p.event.days.push_back(EventDay{{2021, 9, 2}, 8 * 60, kNoTime, {}});
    CHECK(heading_body(p, *time) == "1/2 ngày, bắt đầu từ 07h30 ngày 31/8/2021 đến ngày 2/9/2021.");

    const Block* place = heading_with_fact(p, kFactPlace);
    REQUIRE(place);
    CHECK(heading_body(p, *place) ==
          "điểm cầu trung tâm tại Hội trường Phòng GDĐT huyện Đak Đoa; kết nối với các điểm cầu tại "
          "các trường tiểu học, các trường THCS.");
    // Sites added: counted, in the document's number format.
    for (int i = 0; i < 1200; ++i) {
        Site s;
        s.id = "x" + std::to_string(i);
        p.sites.push_back(s);
    }
    CHECK(heading_body(p, *place).find("kết nối với 1.200 điểm cầu tại các trường tiểu học") != std::string::npos);

    // The printed document carries the generated text.
    const std::string html = html_plan(p);
    CHECK(html.find("bắt đầu từ 07h30 ngày 31/8/2021") != std::string::npos);
}

TEST_CASE("facts: written by hand, the text stays and the check names what it lacks", "[new-plan][facts]") {
    Plan p = new_plan(phong_choices());
    auto idx = [&](const char* fact) {
        for (std::size_t i = 0; i < p.body.size(); ++i)
            if (p.body[i].fact == fact) return i;
        FAIL("no heading for " << fact);
        return std::size_t(0);
    };
    const std::size_t t = idx(kFactTime);
    p.body[t].body = "Buổi sáng, từ 8 giờ ngày 20/12/2024 (thứ Sáu).";
    CHECK_FALSE(follows_facts(p.body[t]));
    CHECK(heading_body(p, p.body[t]) == p.body[t].body);
    CHECK(fact_disagreement(p, p.body[t]).empty());   // other words, the same facts
    CHECK_FALSE(has_code(validate(p), "body.fact-differs"));

    // The event moves; the text written by hand does not.
    p.event.days[0].start = 14 * 60;
    p.event.days[0].date = {2024, 12, 21};
    CHECK(heading_body(p, p.body[t]) == "Buổi sáng, từ 8 giờ ngày 20/12/2024 (thứ Sáu).");
    const std::vector<std::string> missing = fact_disagreement(p, p.body[t]);
    CHECK(missing == std::vector<std::string>{"14h00", "21/12/2024"});
    const std::vector<Finding> fs = validate(p);
    const auto f = std::find_if(fs.begin(), fs.end(), [](const Finding& x) { return x.code == "body.fact-differs"; });
    REQUIRE(f != fs.end());
    CHECK(f->place == "body[" + std::to_string(t) + "].body");
    CHECK(f->values.at(1).text == "14h00, 21/12/2024");

    // Accepted forms of the same facts; a time inside another number is not read as it.
    p.body[t].body = "14:00 ngày 21/12/2024";
    CHECK(fact_disagreement(p, p.body[t]).empty());
    p.body[t].body = "14h ngày 21/12/2024";
    CHECK(fact_disagreement(p, p.body[t]).empty());
    p.body[t].body = "14h30 ngày 21/12/2024";
    CHECK(fact_disagreement(p, p.body[t]) == std::vector<std::string>{"14h00"});
    p.event.days[0].start = 4 * 60;
    p.body[t].body = "14h00 ngày 121/12/2024";
    CHECK(fact_disagreement(p, p.body[t]).size() == 2);

    // Emptied again: it follows the event again.
    p.body[t].body = "  ";
    CHECK(follows_facts(p.body[t]));
    CHECK(fact_disagreement(p, p.body[t]).empty());

    // The place: the central site's name, accents optional in the comparison rule of the planner.
    const std::size_t pl = idx(kFactPlace);
    p.body[pl].body = "Hội trường Phòng GDĐT huyện Đak Đoa và các trường.";
    CHECK(fact_disagreement(p, p.body[pl]).empty());
    p.sites[0].name = "Hội trường UBND huyện";
    CHECK(fact_disagreement(p, p.body[pl]) == std::vector<std::string>{"Hội trường UBND huyện"});
}

TEST_CASE("facts: an unknown fact is kept and ignored; a plan without the field is unchanged", "[facts]") {
    Plan p = new_plan(phong_choices());
    p.body[0].fact = "weather";
    CHECK_FALSE(follows_facts(p.body[0]));
    CHECK(heading_body(p, p.body[0]) == p.body[0].body);
    const ImportResult r = read_plan(write_plan(p));
    REQUIRE(r.ok());
    CHECK(r.plan->body[0].fact == "weather");
    // A heading without `fact` writes no member for it.
    Plan q;
    Block b;
    b.kind = BlockKind::Heading;
    b.text = "Thời gian";
    q.body.push_back(b);
    CHECK(write_plan(q).find("\"fact\"") == std::string::npos);
}
