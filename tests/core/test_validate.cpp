// test_validate.cpp — every check fires on a plan built to trip it, and stays
// quiet on a clean plan and on the built-in templates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <string>

#include "core/datetime.h"
#include "core/templates.h"
#include "core/text.h"
#include "core/validate.h"
#include "ui/checks/finding_text.h"

using namespace dc;

namespace {

// A small, correct plan modelled on Kế hoạch 1905/KH-SGDĐT.
Plan clean_plan() {
    Plan p;
    p.header.kind = DocKind::KeHoach;
    p.header.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    p.header.number = "1905";
    p.header.code = "KH-SGDĐT";
    p.header.place = "Gia Lai";
    p.header.date = {2021, 8, 28};
    p.header.title = "Tổ chức Hội nghị trực tuyến tổng kết năm học 2020-2021";
    p.header.intro = "Hội nghị tổ chức vào thứ Ba, ngày 31/8/2021.";
    p.signer.title = "GIÁM ĐỐC";
    p.signer.name = "Lê Duy Định";
    p.event.days.push_back({{2021, 8, 31}, 8 * 60, 11 * 60 + 30, {}});
    p.event.headcount_limit = 10;

    Site central;
    central.id = "s1";
    central.central = true;
    central.name = "Hội trường A, Sở Giáo dục và Đào tạo";
    central.headcount = 10;
    p.sites.push_back(central);
    for (int i = 0; i < 3; ++i) {
        Site s;
        s.id = "s" + std::to_string(i + 2);
        s.name = std::string("Điểm cầu ") + (i == 0 ? "Chư Păh" : i == 1 ? "Đak Đoa" : "Ia Grai");
        s.headcount = 8;
        s.technician = i == 0 ? "Anh Tuấn" : "Chị Lan";
        s.test_date = {2021, 8, 30};
        s.test_start = 8 * 60 + 30 * i;      // 08h00, 08h30, 09h00: back to back
        s.test_end = s.test_start + 30;
        p.sites.push_back(s);
    }
    auto slot = [&](const char* id, int start, int end, const char* content, SlotKind kind = SlotKind::Normal) {
        Slot s;
        s.id = id;
        s.start = start;
        s.end = end;
        s.kind = kind;
        s.items.push_back({content, "Văn phòng Sở GDĐT", {}});
        p.agenda.push_back(s);
    };
    slot("a1", 7 * 60 + 30, 8 * 60, "Đăng ký đại biểu", SlotKind::Registration);
    slot("a2", 8 * 60, 9 * 60 + 30, "Tuyên bố lý do, giới thiệu đại biểu");
    slot("a3", 9 * 60 + 30, 10 * 60 + 30, "Tham luận, thảo luận");
    slot("a4", 10 * 60 + 30, 11 * 60 + 30, "Phát biểu chỉ đạo");
    slot("a5", 11 * 60 + 30, 11 * 60 + 30, "Bế mạc Hội nghị");
    auto task = [&](const char* content, Date due, const char* lead) {
        Task t;
        t.id = "t" + std::to_string(p.tasks.size() + 1);
        t.content = content;
        t.deadline.date = due;
        t.lead = lead;
        p.tasks.push_back(t);
    };
    task("Gửi giấy mời, giấy triệu tập Hội nghị", {2021, 8, 28}, "Văn phòng");
    task("Kiểm tra kết nối đường truyền tại 18 điểm cầu", {2021, 8, 30}, "Viettel Gia Lai; Văn phòng");
    return p;
}

std::vector<Finding> with_code(const std::vector<Finding>& all, const std::string& code) {
    std::vector<Finding> out;
    for (const auto& f : all)
        if (f.code == code) out.push_back(f);
    return out;
}

// The finding in words (src/ui/checks/finding_text.h), as the planner and the
// command-line tool show it.
std::string vi(const Finding& f) { return dc::ui::finding_text(f, dc::ui::Lang::Vi); }
std::string en(const Finding& f) { return dc::ui::finding_text(f, dc::ui::Lang::En); }

// Every finding has words in both languages, well-formed NFC text with every
// value in place (no printf conversion left, no "(null)").
void check_messages(const std::vector<Finding>& all) {
    for (const auto& f : all) {
        INFO(f.code << " at " << f.place);
        CHECK(dc::ui::finding_has_words(f.code));
        for (const std::string& m : {vi(f), en(f)}) {
            INFO(m);
            CHECK(!m.empty());
            CHECK(valid_utf8(m));
            CHECK(nfc(m) == m);
            CHECK(m.find('%') == std::string::npos);
            CHECK(m.find("(null)") == std::string::npos);
        }
        CHECK(vi(f) != en(f));
        CHECK(!f.place.empty());
    }
}

}  // namespace

TEST_CASE("a clean plan has no findings", "[validate]") {
    auto all = validate(clean_plan());
    for (const auto& f : all) INFO(f.code << " " << f.place << " " << vi(f));
    CHECK(all.empty());
}

TEST_CASE("built-in templates: no error-level findings", "[validate][templates]") {
    for (const auto& info : builtin_templates()) {
        if (info.id == kBlankTemplate) continue;
        INFO(info.id);
        auto all = validate(load_template(info.id));
        for (const auto& f : all)
            if (f.severity == Finding::Error) FAIL_CHECK(f.code << " " << f.place << " " << vi(f));
        CHECK_FALSE(has_errors(all));
        check_messages(all);
    }
    // The Kế hoạch has nothing to say at all; the công văn leaves its number and day blank.
    CHECK(validate(load_template("ke-hoach-1905")).empty());
    auto cv = validate(load_template("cong-van-k12"));
    auto number = with_code(cv, "header.number-blank");
    REQUIRE(number.size() == 1);
    CHECK(number[0].severity == Finding::Info);
    CHECK(with_code(cv, "header.date-day-blank").size() == 1);
}

TEST_CASE("the công văn template's own weekday is checked against its date", "[validate][weekday][templates]") {
    // "14h00-17h00 ngày 27/10/2021 (thứ Tư)" is right; make it wrong and the check fires.
    Plan p = load_template("cong-van-k12");
    int changed = 0;
    auto fix = [&](std::string& s) {
        auto at = s.find("(thứ Tư)");
        if (at != std::string::npos) { s.replace(at, std::string("(thứ Tư)").size(), "(thứ Năm)"); ++changed; }
    };
    for (auto& b : p.body) { fix(b.text); fix(b.body); }
    fix(p.header.intro);
    for (auto& d : p.event.tech_sessions) fix(d.label);
    REQUIRE(changed >= 1);
    auto found = with_code(validate(p), "text.weekday-mismatch");
    REQUIRE(found.size() == static_cast<std::size_t>(changed));
    CHECK(found[0].severity == Finding::Error);
    CHECK(vi(found[0]).find("27/10/2021 là thứ Tư, không phải thứ Năm") != std::string::npos);
}

TEST_CASE("required header fields", "[validate][header]") {
    Plan p = clean_plan();
    p.header.issuing_body = " ";
    p.header.place.clear();
    p.header.title.clear();
    auto all = validate(p);
    CHECK(with_code(all, "header.issuing-body-empty").at(0).place == "header.issuing_body");
    CHECK(with_code(all, "header.place-empty").at(0).place == "header.place");
    CHECK(with_code(all, "header.title-empty").at(0).place == "header.title");
    CHECK(has_errors(all));
    check_messages(all);

    Plan kh = clean_plan();
    kh.header.number.clear();
    auto w = with_code(validate(kh), "header.number-blank");
    REQUIRE(w.size() == 1);
    CHECK(w[0].severity == Finding::Warning);
    CHECK(w[0].place == "header.number");

    Plan cv = clean_plan();
    cv.header.kind = DocKind::CongVan;
    cv.header.number.clear();
    auto i = with_code(validate(cv), "header.number-blank");
    REQUIRE(i.size() == 1);
    CHECK(i[0].severity == Finding::Info);
    CHECK_FALSE(has_errors(validate(cv)));
}

TEST_CASE("date of issue", "[validate][header]") {
    Plan p = clean_plan();
    p.header.date = {2021, 2, 31};
    CHECK(with_code(validate(p), "header.date-invalid").size() == 1);
    p.header.date = {2021, 10, 0};
    CHECK(with_code(validate(p), "header.date-day-blank").at(0).severity == Finding::Info);
    p.header.date = {2021, 9, 5};
    CHECK(with_code(validate(p), "header.date-after-event").size() == 1);
    p.header.date = {2021, 8, 28};
    CHECK(with_code(validate(p), "header.date-after-event").empty());
}

TEST_CASE("event day missing or invalid", "[validate][event]") {
    Plan p = clean_plan();
    p.event.days.clear();
    CHECK(with_code(validate(p), "event.no-days").at(0).place == "event.days");
    p = clean_plan();
    p.event.days[0].date = {};
    CHECK(with_code(validate(p), "event.day-missing").at(0).place == "event.days[0].date");
    p.event.days[0].date = {2021, 2, 29};
    auto f = with_code(validate(p), "event.day-invalid");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Finding::Error);
    REQUIRE(f[0].values.size() == 1);
    CHECK(f[0].values[0].kind == FindingValue::Day);
    CHECK(f[0].values[0].date == Date{2021, 2, 29});
    CHECK(vi(f[0]) == "Ngày tổ chức 29/2/2021 không tồn tại.");
    CHECK(en(f[0]) == "The event date 29/2/2021 does not exist.");
    p = clean_plan();
    p.event.days[0].end = 7 * 60;
    CHECK(with_code(validate(p), "event.end-before-start").at(0).place == "event.days[0].end");
}

TEST_CASE("central site: none, or more than one", "[validate][sites]") {
    Plan p = clean_plan();
    p.sites[0].central = false;
    auto none = with_code(validate(p), "site.no-central");
    REQUIRE(none.size() == 1);
    CHECK(none[0].severity == Finding::Error);
    p = clean_plan();
    p.sites[2].central = true;
    auto many = with_code(validate(p), "site.many-central");
    REQUIRE(many.size() == 1);
    CHECK(many[0].place == "sites[2].central");
    REQUIRE(many[0].values.size() == 2);
    CHECK(many[0].values[0].kind == FindingValue::Site);
    CHECK(many[0].values[0].text == "Điểm cầu Đak Đoa");
    CHECK(many[0].values[0].number == 3);
    CHECK(many[0].values[1].text == "Hội trường A, Sở Giáo dục và Đào tạo");
    CHECK(vi(many[0]).find("Điểm cầu Đak Đoa") != std::string::npos);
    // A site without a name is named by its position, in the reader's language.
    p.sites[2].name.clear();
    many = with_code(validate(p), "site.many-central");
    REQUIRE(many.size() == 1);
    CHECK(many[0].values[0].text.empty());
    CHECK(vi(many[0]) == "Có nhiều hơn một điểm cầu trung tâm: điểm cầu số 3 và Hội trường A, Sở Giáo dục và Đào tạo.");
    CHECK(en(many[0]) == "More than one central site: site no. 3 and Hội trường A, Sở Giáo dục và Đào tạo.");
    auto unnamed = with_code(validate(p), "site.name-empty");
    REQUIRE(unnamed.size() == 1);
    CHECK(vi(unnamed[0]) == "Điểm cầu số 3 chưa có tên.");
}

TEST_CASE("site headcount over the event's limit", "[validate][sites]") {
    Plan p = clean_plan();
    p.sites[1].headcount = 12;
    auto f = with_code(validate(p), "site.headcount-over-limit");
    REQUIRE(f.size() == 1);
    CHECK(f[0].place == "sites[1].headcount");
    REQUIRE(f[0].values.size() == 3);
    CHECK(f[0].values[0].text == "Điểm cầu Chư Păh");
    CHECK(f[0].values[1].kind == FindingValue::Number);
    CHECK(f[0].values[1].number == 12);
    CHECK(f[0].values[2].number == 10);
    CHECK(vi(f[0]) == "Điểm cầu Chư Păh dự kiến 12 người, vượt giới hạn 10 người mỗi điểm cầu.");
    CHECK(en(f[0]) == "Điểm cầu Chư Păh plans 12 people, over the limit of 10 per site.");
    p.sites[1].headcount = 10;   // exactly the limit is fine
    CHECK(with_code(validate(p), "site.headcount-over-limit").empty());
    p.sites[1].headcount = 500;
    p.event.headcount_limit = 0; // no limit
    CHECK(with_code(validate(p), "site.headcount-over-limit").empty());
}

TEST_CASE("connection tests clash at the central site or for one technician", "[validate][sites]") {
    Plan p = clean_plan();
    // Back-to-back tests (08h00-08h30, 08h30-09h00) do not clash.
    CHECK(with_code(validate(p), "site.test-clash-central").empty());
    // Ia Grai (Chị Lan) moves to 08h15: clashes with Chư Păh (Anh Tuấn) at the
    // central site, and with Đak Đoa (also Chị Lan) for the technician.
    p.sites[3].test_start = 8 * 60 + 15;
    p.sites[3].test_end = 8 * 60 + 45;
    auto all = validate(p);
    auto central = with_code(all, "site.test-clash-central");
    auto tech = with_code(all, "site.test-clash-technician");
    REQUIRE(central.size() == 1);
    REQUIRE(tech.size() == 1);
    CHECK(vi(central[0]).find("Điểm cầu Chư Păh") != std::string::npos);
    CHECK(vi(tech[0]).find("Kỹ thuật viên Chị Lan") != std::string::npos);
    CHECK(vi(tech[0]).find("Điểm cầu Đak Đoa") != std::string::npos);
    // Technician, then each test as site, hours, day.
    REQUIRE(tech[0].values.size() == 7);
    CHECK(tech[0].values[0].text == "Chị Lan");
    CHECK(tech[0].values[1].text == "Điểm cầu Đak Đoa");
    CHECK(tech[0].values[2].text == "08h30 - 09h00");
    CHECK(tech[0].values[3].date == Date{2021, 8, 30});
    CHECK(tech[0].values[4].text == "Điểm cầu Ia Grai");
    CHECK(tech[0].values[5].text == "08h15 - 08h45");
    CHECK(en(tech[0]) == "Technician Chị Lan has two connection tests at once: Điểm cầu Đak Đoa (08h30 - 09h00 on 30/8/2021) "
                         "and Điểm cầu Ia Grai (08h15 - 08h45 on 30/8/2021).");
    check_messages(all);
    // Same times on different days do not clash.
    p.sites[3].test_date = {2021, 8, 29};
    CHECK(with_code(validate(p), "site.test-clash-central").empty());
    CHECK(with_code(validate(p), "site.test-clash-technician").empty());
    // Two tests with only a start at the same minute clash.
    p = clean_plan();
    p.sites[2].test_end = kNoTime;
    p.sites[3].test_end = kNoTime;
    p.sites[3].test_start = p.sites[2].test_start;
    CHECK(with_code(validate(p), "site.test-clash-technician").size() == 1);
    // A test after the event is flagged; an impossible one is an error.
    p = clean_plan();
    p.sites[1].test_date = {2021, 9, 1};
    CHECK(with_code(validate(p), "site.test-after-event").size() == 1);
    p.sites[1].test_date = {2021, 9, 31};
    CHECK(with_code(validate(p), "site.test-date-invalid").size() == 1);
}

TEST_CASE("agenda: overlapping slots", "[validate][agenda]") {
    Plan p = clean_plan();
    p.agenda[1].end = 9 * 60 + 45;   // 08h00 - 09h45 now overlaps 09h30 - 10h30
    auto f = with_code(validate(p), "agenda.overlap");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Finding::Error);
    CHECK(f[0].place == "agenda[2].start");
    REQUIRE(f[0].values.size() == 2);   // one event day: no day named
    CHECK(f[0].values[0].text == "09h30 - 10h30 (Tham luận, thảo luận)");
    CHECK(f[0].values[1].text == "08h00 - 09h45 (Tuyên bố lý do, giới thiệu đại biểu)");
    CHECK(vi(f[0]) ==
          "Khung giờ 09h30 - 10h30 (Tham luận, thảo luận) trùng với 08h00 - 09h45 (Tuyên bố lý do, giới thiệu đại biểu).");
    CHECK(en(f[0]) == "Slot 09h30 - 10h30 (Tham luận, thảo luận) overlaps 08h00 - 09h45 (Tuyên bố lý do, giới thiệu đại biểu).");
    // With two event days the day is a value, and named.
    p.event.days.push_back({{2021, 9, 1}, 8 * 60, 11 * 60 + 30, {}});
    f = with_code(validate(p), "agenda.overlap");
    REQUIRE(f.size() == 1);
    REQUIRE(f[0].values.size() == 3);
    CHECK(f[0].values[2].date == Date{2021, 8, 31});
    CHECK(vi(f[0]).find("(Tuyên bố lý do, giới thiệu đại biểu) ngày 31/8/2021.") != std::string::npos);
    CHECK(en(f[0]).find("(Tuyên bố lý do, giới thiệu đại biểu) on 31/8/2021.") != std::string::npos);
    // A slot inside another, out of order in the list, is still found.
    p = clean_plan();
    Slot inner = p.agenda[2];
    inner.id = "a9";
    inner.start = 8 * 60 + 15;
    inner.end = 8 * 60 + 30;
    inner.items[0].content = "Chiếu phim tư liệu";
    p.agenda.push_back(inner);
    auto g = with_code(validate(p), "agenda.overlap");
    REQUIRE(g.size() == 1);
    CHECK(g[0].place == "agenda[5].start");
    // The closing point in time at 11h30 right after 10h30 - 11h30 is fine (clean plan).
}

TEST_CASE("agenda: gaps, end before start, outside the event's hours", "[validate][agenda]") {
    Plan p = clean_plan();
    p.agenda[2].start = 9 * 60 + 45;   // gap 09h30 - 09h45
    auto gap = with_code(validate(p), "agenda.gap");
    REQUIRE(gap.size() == 1);
    CHECK(gap[0].severity == Finding::Warning);
    CHECK(vi(gap[0]).rfind("Chương trình trống từ 09h30 đến 09h45", 0) == 0);

    p = clean_plan();
    p.agenda[3].end = 10 * 60;         // 10h30 - 10h00
    auto back = with_code(validate(p), "agenda.end-before-start");
    REQUIRE(back.size() == 1);
    CHECK(back[0].place == "agenda[3].end");

    p = clean_plan();
    p.agenda[4].start = p.agenda[4].end = 12 * 60;   // Bế mạc at 12h00, after 11h30
    auto out = with_code(validate(p), "agenda.outside-hours");
    REQUIRE(out.size() == 1);
    CHECK(out[0].place == "agenda[4].end");
    // Registration before the start is normal; an ordinary slot before it is not.
    p = clean_plan();
    p.agenda[0].kind = SlotKind::Normal;
    CHECK(with_code(validate(p), "agenda.outside-hours").at(0).place == "agenda[0].start");

    p = clean_plan();
    p.agenda[1].day = 3;
    CHECK(with_code(validate(p), "agenda.bad-day").at(0).place == "agenda[1].day");
}

TEST_CASE("references: unknown site group, unknown site in a speaking turn, turns that overrun", "[validate][agenda]") {
    Plan p = clean_plan();
    SiteGroup g;
    g.id = "g1";
    g.name = "Điểm cầu tại 17 huyện";
    p.site_groups.push_back(g);
    p.sites[1].group_id = "g1";
    p.agenda[2].kind = SlotKind::Discussion;
    p.agenda[2].turns = {{"s2", 20, {}}, {"s3", 20, {}}, {"s4", 20, {}}};   // 60 minutes in 09h30 - 10h30
    CHECK(validate(p).empty());
    p.sites[2].group_id = "g9";
    p.agenda[2].turns.push_back({"s99", 5, {}});
    auto all = validate(p);
    auto group = with_code(all, "site.unknown-group");
    REQUIRE(group.size() == 1);
    CHECK(group[0].place == "sites[2].group_id");
    auto site = with_code(all, "agenda.unknown-site");
    REQUIRE(site.size() == 1);
    CHECK(site[0].place == "agenda[2].turns[3].site_id");
    auto over = with_code(all, "agenda.turns-overrun");
    REQUIRE(over.size() == 1);
    CHECK(vi(over[0]) == "Khung giờ 09h30 - 10h30 (Tham luận, thảo luận) dài 60 phút nhưng các lượt phát biểu cần 65 phút.");
    check_messages(all);
}

TEST_CASE("tasks: lead unit and deadline after the event", "[validate][tasks]") {
    Plan p = clean_plan();
    p.tasks[1].lead = "";
    auto lead = with_code(validate(p), "task.no-lead");
    REQUIRE(lead.size() == 1);
    CHECK(lead[0].place == "tasks[1].lead");
    REQUIRE(lead[0].values.size() == 1);
    CHECK(lead[0].values[0].kind == FindingValue::Task);
    CHECK(lead[0].values[0].number == 2);
    CHECK(vi(lead[0]) == "Việc số 2 “Kiểm tra kết nối đường truyền tại 18 điểm cầu” chưa có đơn vị chủ trì.");
    CHECK(en(lead[0]) == "Task no. 2 “Kiểm tra kết nối đường truyền tại 18 điểm cầu” has no lead unit.");

    p = clean_plan();
    p.tasks[0].deadline.date = {2021, 9, 2};
    auto late = with_code(validate(p), "task.deadline-after-event");
    REQUIRE(late.size() == 1);
    CHECK(late[0].place == "tasks[0].deadline");
    REQUIRE(late[0].values.size() == 3);
    CHECK(late[0].values[1].date == Date{2021, 9, 2});
    CHECK(late[0].values[2].date == Date{2021, 8, 31});
    CHECK(vi(late[0]) == "Việc số 1 “Gửi giấy mời, giấy triệu tập Hội nghị” có hạn 2/9/2021, sau ngày hội nghị 31/8/2021.");
    p.tasks[0].deadline.date = {2021, 8, 31};   // on the event day itself: fine
    CHECK(with_code(validate(p), "task.deadline-after-event").empty());
    // "Trước ngày 1/9" ends on 31/8, the event day (core/deadline.h): fine;
    // "Chậm nhất ngày 1/9" is a day after.
    p.tasks[0].deadline.date = {2021, 9, 1};
    p.tasks[0].deadline.qualifier = DeadlineQualifier::Before;
    CHECK(with_code(validate(p), "task.deadline-after-event").empty());
    p.tasks[0].deadline.qualifier = DeadlineQualifier::NoLaterThan;
    CHECK(with_code(validate(p), "task.deadline-after-event").size() == 1);
    p.tasks[0].deadline.relative = true;
    p.tasks[0].deadline.days_before_event = -2;
    late = with_code(validate(p), "task.deadline-after-event");
    REQUIRE(late.size() == 1);
    REQUIRE(late[0].values.size() == 2);
    CHECK(late[0].values[1].number == 2);
    CHECK(en(late[0]) == "Task no. 1 “Gửi giấy mời, giấy triệu tập Hội nghị” is due 2 day(s) after the event.");
    p.tasks[0].deadline.days_before_event = 5;
    CHECK(with_code(validate(p), "task.deadline-after-event").empty());
    p.tasks[0].deadline.relative = false;
    p.tasks[0].deadline.date = {2021, 2, 30};
    CHECK(with_code(validate(p), "task.deadline-invalid").size() == 1);
}

TEST_CASE("weekday written next to a date must agree with it", "[validate][weekday]") {
    auto mismatches = [](const std::string& text) {
        Plan p = clean_plan();
        p.header.intro = text;
        return with_code(validate(p), "text.weekday-mismatch");
    };
    // Right weekdays, in every way the documents write them.
    CHECK(mismatches("Thời gian: 14h00-17h00 ngày 27/10/2021 (thứ Tư).").empty());
    CHECK(mismatches("Hội nghị diễn ra vào thứ Ba, ngày 31/8/2021.").empty());
    CHECK(mismatches("ngày 28 tháng 8 năm 2021 (thứ Bảy)").empty());
    CHECK(mismatches("Chủ nhật, 29/8/2021 nghỉ.").empty());
    CHECK(mismatches("sáng Thứ Hai ngày 30/8 họp rà soát").empty());       // year from the event
    CHECK(mismatches("THỨ BA, NGÀY 31/8/2021").empty());
    // Wrong ones.
    auto a = mismatches("Thời gian: 14h00-17h00 ngày 31/8/2021 (thứ Tư).");
    REQUIRE(a.size() == 1);
    CHECK(a[0].place == "header.intro");
    REQUIRE(a[0].values.size() == 4);
    CHECK(a[0].values[1].date == Date{2021, 8, 31});
    CHECK(a[0].values[2].kind == FindingValue::Weekday);
    CHECK(a[0].values[2].number == 2);   // Tuesday
    CHECK(a[0].values[3].text == "thứ Tư");
    CHECK(vi(a[0]) == "“31/8/2021 (thứ Tư”: ngày 31/8/2021 là thứ Ba, không phải thứ Tư.");
    CHECK(en(a[0]) == "“31/8/2021 (thứ Tư”: 31/8/2021 is a Tuesday (thứ Ba), not thứ Tư.");
    CHECK(mismatches("vào thứ Hai, ngày 31/8/2021").size() == 1);
    CHECK(mismatches("thứ 4 ngày 31/8/2021").size() == 1);
    CHECK(mismatches("ngày 28 tháng 8 năm 2021 (Chủ nhật)").size() == 1);
    CHECK(mismatches("ngày 30/8/2021 (thứ Hai) và thứ Tư, ngày 31/8/2021").size() == 1);
    // Not weekdays: ordinals, weekdays far from any date, document numbers.
    CHECK(mismatches("Đại hội lần thứ tư, ngày 31/8/2021").empty());
    CHECK(mismatches("Ngày thứ hai 31/8/2021 của hội nghị").empty());
    CHECK(mismatches("Họp vào thứ Tư hằng tuần; hạn chót 31/8/2021.").empty());
    CHECK(mismatches("Thông tư số 14/2020/TT-BGDĐT (thứ Tư)").empty());

    // Texts anywhere in the plan are read, with their place.
    Plan p = clean_plan();
    p.agenda[2].items[0].content = "Tham luận (thứ Hai, 31/8/2021)";
    Duty d;
    d.unit = "Văn phòng";
    d.items = {"Gửi tài liệu", "Họp rà soát thứ Năm, ngày 30/8/2021"};
    p.duties.push_back(d);
    auto all = with_code(validate(p), "text.weekday-mismatch");
    REQUIRE(all.size() == 2);
    CHECK(all[0].place == "agenda[2].items[0].content");
    CHECK(all[1].place == "duties[0].items[1]");
}

TEST_CASE("impossible dates written in a text", "[validate][text]") {
    Plan p = clean_plan();
    p.header.intro = "Hạn nộp báo cáo: ngày 31/2/2021; họp ngày 29 tháng 2 năm 2021.";
    auto f = with_code(validate(p), "text.invalid-date");
    REQUIRE(f.size() == 2);
    CHECK(vi(f[0]) == "Ngày 31/2/2021 không tồn tại.");
    p.header.intro = "Thông tư số 14/2020/TT-BGDĐT; 1/2 ngày; năm học 2020-2021; 14h00-17h00.";
    CHECK(with_code(validate(p), "text.invalid-date").empty());
}

TEST_CASE("findings come errors first and every message is bilingual NFC", "[validate]") {
    Plan p = clean_plan();
    p.header.number.clear();          // warning
    p.sites[0].central = false;       // error
    p.signer.name.clear();            // info
    auto all = validate(p);
    REQUIRE(all.size() == 3);
    CHECK(all[0].severity == Finding::Error);
    CHECK(all[1].severity == Finding::Warning);
    CHECK(all[2].severity == Finding::Info);
    check_messages(all);
    CHECK(std::string(dc::ui::severity_word(Finding::Warning, dc::ui::Lang::Vi)) == "cảnh báo");
    CHECK(std::string(dc::ui::severity_word(Finding::Error, dc::ui::Lang::En)) == "error");
    // The same code can carry two sentences: a Kế hoạch must have its number,
    // a công văn leaves it to the văn thư.
    CHECK(vi(all[1]) == "Chưa có số văn bản.");
}

TEST_CASE("every finding code has words in both languages", "[validate][i18n]") {
    REQUIRE(finding_codes().size() >= 40);
    for (const char* code : finding_codes()) {
        INFO(code);
        CHECK(dc::ui::finding_has_words(code));
    }
    // A code this table does not know still says something.
    Finding f;
    f.code = "future.check";
    CHECK(vi(f) == "Kiểm tra “future.check”.");
}

TEST_CASE("every code validate() returns is listed and worded", "[validate][i18n]") {
    // A plan that trips as many checks as it can, each code seen at least once.
    Plan p = clean_plan();
    p.header.issuing_body.clear();
    p.header.place.clear();
    p.header.title.clear();
    p.header.code.clear();
    p.header.date = {2021, 9, 5};
    p.signer.title.clear();
    p.event.days.push_back({{2021, 2, 30}, kNoTime, kNoTime, {}});
    p.event.days.push_back({{2021, 9, 2}, 9 * 60, 8 * 60, {}});
    TechSession ts;
    ts.date = {2021, 9, 9};
    ts.start = 9 * 60;
    ts.end = 8 * 60;
    p.event.tech_sessions.push_back(ts);
    p.sites[1].headcount = -1;
    p.sites[2].name.clear();
    p.sites[2].group_id = "gone";
    p.sites[3].headcount = 99;
    p.sites[3].test_date = {2021, 9, 30};
    p.agenda[2].turns.push_back({"nowhere", 90, {}});
    p.agenda[1].end = 9 * 60 + 45;
    p.tasks[0].content.clear();
    p.tasks[1].deadline.date = {2021, 9, 20};
    p.header.intro = "Thứ Hai, ngày 31/8/2021; ngày 31/2/2021.";
    auto all = validate(p);
    check_messages(all);
    const auto& codes = finding_codes();
    for (const auto& f : all) {
        INFO(f.code);
        CHECK(std::find_if(codes.begin(), codes.end(), [&](const char* c) { return f.code == c; }) != codes.end());
    }
    CHECK(all.size() >= 15);
}

TEST_CASE("validate is fast on a large plan", "[validate][perf]") {
    // 1,000 slots over 5 days, 5,000 tasks, 300 sites with test slots and
    // texts that mention weekdays: the checks must stay far below a frame.
    Plan p = clean_plan();
    p.event.days.clear();
    for (int d = 0; d < 5; ++d) p.event.days.push_back({add_days({2021, 8, 30}, d), 7 * 60, 21 * 60, {}});
    p.agenda.clear();
    for (int i = 0; i < 1000; ++i) {
        Slot s;
        s.id = "a" + std::to_string(i);
        s.day = i / 200;
        s.start = 7 * 60 + (i % 200) * 4;
        s.end = s.start + 4;
        s.items.push_back({"Tham luận của điểm cầu số " + std::to_string(i) + ", thứ Hai, ngày 30/8/2021", "Đại biểu"});
        p.agenda.push_back(s);
    }
    p.sites.resize(1);
    for (int i = 0; i < 300; ++i) {
        Site s;
        s.id = "s" + std::to_string(i + 2);
        s.name = "Điểm cầu số " + std::to_string(i + 1);
        s.headcount = 9;
        s.technician = "Kỹ thuật viên " + std::to_string(i % 20);
        s.test_date = {2021, 8, 29};
        s.test_start = 7 * 60 + i * 2;
        s.test_end = s.test_start + 2;
        p.sites.push_back(s);
    }
    p.tasks.clear();
    for (int i = 0; i < 5000; ++i) {
        Task t;
        t.id = "t" + std::to_string(i);
        t.content = "Chuẩn bị nội dung số " + std::to_string(i) + " trước thứ Bảy, ngày 28/8/2021";
        t.lead = "Văn phòng";
        t.deadline.date = {2021, 8, 28};
        p.tasks.push_back(t);
    }
    validate(p);   // warm-up
    auto t0 = std::chrono::steady_clock::now();
    auto all = validate(p);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    for (const auto& f : all) INFO(f.code << " " << f.place << " " << vi(f));
    CHECK(all.empty());
    WARN("validate: 1,000 slots, 5,000 tasks, 300 sites in " << ms << " ms");
    // Speed is measured by bench/, not asserted here (a loaded CI machine must not fail a test).
}
