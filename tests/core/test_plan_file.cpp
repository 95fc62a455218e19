// test_plan_file.cpp — the plan file reader and writer.
//
// [SECTION] Helpers
// [SECTION] Round trip      — byte-identical, unknown members kept at every level
// [SECTION] Values          — dates (blank parts), times, enums, NFC
// [SECTION] Migration       — version 1 fixtures
// [SECTION] Bad files       — every corpus file gives its expected error
// [SECTION] Limits          — size, depth, list sizes, error cap
// [SECTION] Writer details  — exact nlohmann layout, escapes, the NFC fast path
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/plan_file.h"
#include "core/templates.h"

namespace fs = std::filesystem;
using namespace dc;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

fs::path source_dir() { return fs::path(DC_SOURCE_DIR); }

std::vector<fs::path> files_in(const fs::path& dir, const std::string& ext) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ext) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string all_errors(const ImportResult& r) {
    std::string s;
    for (const auto& e : r.errors) s += "[" + e.code + "] " + e.message_en + "\n";
    return s;
}

const ImportError* find_error(const ImportResult& r, const std::string& code, const std::string& place) {
    for (const auto& e : r.errors)
        if (e.code == code && e.place == place) return &e;
    return nullptr;
}

// A plan that sets every member to a non-default value, so a member the
// writer or reader forgets shows up as a difference.
Plan every_member_plan() {
    Plan p;
    p.header.kind = DocKind::ThongBao;
    p.header.parent_body = "UBND TỈNH GIA LAI";
    p.header.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    p.header.number = "05";
    p.header.code = "TB-SGDĐT";
    p.header.place = "Gia Lai";
    p.header.date = Date{2021, 10, 0};
    p.header.title = "Thông báo";
    p.header.addressees = {"Các phòng GDĐT", "Các trường THPT"};
    p.header.legal_basis = {"Căn cứ Thông tư số 14/2020/TT-BGDĐT"};
    p.header.intro = "Mở đầu";
    p.header.closing = "Kết";
    p.header.version_label = "Dự thảo lần 2";
    p.header.extra = {{"x_header", 1}};
    p.event.name = "Hội nghị";
    p.event.days = {EventDay{Date{2021, 8, 31}, 8 * 60, 11 * 60 + 30, {{"x_day", true}}},
                    EventDay{Date{2021, 9, 1}, 14 * 60, kNoTime, {}}};
    p.event.duration_text = "1,5 ngày";
    p.event.format = "Hội nghị trực tuyến";
    p.event.platform = "K12 Online";
    p.event.headcount_limit = 10;
    p.event.headcount_rule = "Không quá 10 người.";
    p.event.tech_sessions = {TechSession{"k1", TechKind::Rehearsal, Date{2021, 8, 30}, 14 * 60, kNoTime, "Tổng duyệt", {{"x_ts", "a"}}}};
    p.event.extra = {{"x_event", {1, 2}}};
    Block h;
    h.kind = BlockKind::Heading; h.level = 2; h.text = "Thời gian"; h.body = "1/2 ngày"; h.extra = {{"x_block", 0}};
    Block ins;
    ins.kind = BlockKind::Insert; ins.insert = InsertWhat::TechSessions; ins.text = "chú thích";
    Block note;
    note.kind = BlockKind::Note; note.text = "Ghi chú";
    p.body = {h, ins, note};
    p.site_groups = {SiteGroup{"g1", "Trường", "Hiệu trưởng", "Riêng trường cách ly", "Tự chi", 12, "Mỗi trường không quá 12 người",
                               true, {{"x_group", "y"}}}};
    p.event.central_headcount_limit = 80;
    p.event.central_headcount_rule = "Hội trường không quá 80 người";
    Site s;
    s.id = "s1"; s.central = true; s.group_id = "g1"; s.kind = "Sở GDĐT"; s.name = "Hội trường A"; s.room = "A";
    s.address = "56 Trần Hưng Đạo"; s.chair = "Giám đốc"; s.participants = "Lãnh đạo Sở"; s.headcount = 9;
    s.contact_name = "Bà Hương"; s.contact_phone = "0367 850 603"; s.technician = "Anh Nam"; s.account = "gialai01";
    s.test_date = Date{2021, 8, 30}; s.test_start = 8 * 60; s.test_end = 8 * 60 + 30;
    s.test_status = TestStatus::NoSound; s.notes = "Mic yếu"; s.extra = {{"x_site", nullptr}};
    s.test_lane = "Chị Lan"; s.invited_to_speak = true;
    p.sites = {s};
    Slot sl;
    sl.id = "a1"; sl.day = 1; sl.start = 14 * 60; sl.end = 14 * 60; sl.kind = SlotKind::Ceremony;
    sl.items = {AgendaItem{"Bế mạc", "Giám đốc", {{"x_item", 2}}}};
    sl.turns = {Turn{"s1", 5, {{"x_turn", 3}}}};
    sl.extra = {{"x_slot", "z"}};
    p.agenda = {sl};
    Task t;
    t.id = "t1"; t.content = "Gửi giấy mời";
    t.deadline.qualifier = DeadlineQualifier::NoLaterThan; t.deadline.relative = true;
    t.deadline.date = Date{2021, 8, 28}; t.deadline.days_before_event = 3; t.deadline.extra = {{"x_deadline", 4}};
    t.lead = "Văn phòng"; t.cooperating = {"Viettel Gia Lai", "Phòng KHTC"}; t.done = true; t.done_on = Date{2021, 8, 27};
    t.note = "Đã gửi"; t.extra = {{"x_task", 5}};
    p.tasks = {t};
    p.duties = {Duty{"Văn phòng", "Chủ động", {"Việc 1;", "Việc 2."}, "E-mail", {{"x_duty", 6}}}};
    p.budget = {BudgetLine{"Sở", "Sự nghiệp", "Chi từ nguồn sự nghiệp", 1500000, {{"x_budget", 7}}}};
    p.contacts = {Contact{"Bà Phan Thị Hương", "Chuyên viên", "0367 850 603", "a@b.vn", "Kỹ thuật", {{"x_contact", 8}}}};
    p.recipients = {Recipient{"UBND tỉnh", "báo cáo", true, false, {{"x_recipient", 9}}}};
    p.archive = "VT, VP";
    p.signer = Signer{"KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A", {{"x_signer", 10}}};
    p.next_id = 42;
    p.extra = {{"x_plan", {{"nested", {1, "hai"}}}}};
    return p;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Round trip
//-----------------------------------------------------------------------------

TEST_CASE("plan file: every member survives export → import → export byte-identically", "[plan_file]") {
    const Plan p = every_member_plan();
    const std::string first = write_plan(p);
    ImportResult r = read_plan(first);
    INFO(all_errors(r));
    REQUIRE(r.ok());
    CHECK(write_plan(*r.plan) == first);

    const Plan& q = *r.plan;
    CHECK(q.header.kind == DocKind::ThongBao);
    CHECK(q.header.date == Date{2021, 10, 0});
    CHECK(q.event.days.size() == 2);
    CHECK(q.event.days[1].end == kNoTime);
    CHECK(q.event.tech_sessions[0].kind == TechKind::Rehearsal);
    CHECK(q.body[1].insert == InsertWhat::TechSessions);
    CHECK(q.body[1].text == "chú thích");
    CHECK(q.sites[0].test_status == TestStatus::NoSound);
    CHECK(q.sites[0].test_end == 8 * 60 + 30);
    CHECK(q.agenda[0].day == 1);
    CHECK(q.agenda[0].turns[0].minutes == 5);
    CHECK(q.tasks[0].deadline.qualifier == DeadlineQualifier::NoLaterThan);
    CHECK(q.tasks[0].deadline.relative);
    CHECK(q.tasks[0].deadline.days_before_event == 3);
    CHECK(q.tasks[0].deadline.extra["x_deadline"] == 4);
    CHECK(q.tasks[0].done_on == Date{2021, 8, 27});
    CHECK(q.budget[0].amount == 1500000);
    CHECK(q.recipients[0].sent);
    CHECK(q.signer.authority == "KT.");
    CHECK(q.next_id == 42);
    CHECK(q.extra["x_plan"]["nested"][1] == "hai");
}

TEST_CASE("plan file: output is 2-space JSON with the format header first and a trailing newline", "[plan_file]") {
    const std::string s = write_plan(Plan{});
    CHECK(s.rfind("{\n  \"format\": \"diem-cau-plan\",\n  \"version\": 2,\n  \"header\": {", 0) == 0);
    CHECK(s.back() == '\n');
    CHECK(s[s.size() - 2] == '}');
    // Default times and dates are written as "" (unset), never as -1.
    CHECK(s.find("-1") == std::string::npos);
}

TEST_CASE("plan file: unknown members from a newer version are kept at every level", "[plan_file]") {
    const std::string bytes = slurp(source_dir() / "tests/fixtures/plans/valid/future-unknown-members.json");
    ImportResult r = read_plan(bytes);
    INFO(all_errors(r));
    REQUIRE(r.ok());
    CHECK(r.source_version == 3);
    const Plan& p = *r.plan;
    CHECK(p.extra["zz_future"]["levels"][2]["deep"] == "Điểm cầu");
    CHECK(p.header.extra["signature_image"] == "chu-ky.png");
    CHECK(p.event.days[0].extra["timezone"] == "Asia/Ho_Chi_Minh");
    CHECK(p.event.tech_sessions[0].extra["room"] == "Phòng máy");
    CHECK(p.body[0].extra["style"]["bold"] == true);
    CHECK(p.site_groups[0].extra["color"] == "#336699");
    CHECK(p.sites[1].extra["gps"][0] == 13.98);
    CHECK(p.agenda[1].items[0].extra["slides"] == "bao-cao.pptx");
    CHECK(p.agenda[2].turns[0].extra["order_note"] == "đầu tiên");
    CHECK(p.tasks[0].deadline.extra["reminder_days"] == 2);
    CHECK(p.tasks[0].extra["attachments"].is_array());
    CHECK(p.duties[0].extra["priority"] == 1);
    CHECK(p.budget[0].extra["currency"] == "VND");
    CHECK(p.contacts[0].extra["zalo"] == "0367850603");
    CHECK(p.recipients[0].extra["copies"] == 2);
    CHECK(p.signer.extra.contains("stamp"));

    auto has_note = [&](const char* code) {
        return std::any_of(r.notes.begin(), r.notes.end(), [&](const ImportNote& n) { return n.code == code; });
    };
    CHECK(has_note("newer-version"));
    CHECK(has_note("unknown-members"));

    // Written back (as version 2) and stable from then on.
    const std::string out = write_plan(p);
    CHECK(out.find("\"zz_future\"") != std::string::npos);
    CHECK(out.find("\"reminder_days\": 2") != std::string::npos);
    ImportResult again = read_plan(out);
    REQUIRE(again.ok());
    CHECK(write_plan(*again.plan) == out);
}

TEST_CASE("plan file: a sparse hand-written file reads with defaults for absent members", "[plan_file]") {
    ImportResult r = read_plan(slurp(source_dir() / "tests/fixtures/plans/valid/sparse.json"));
    INFO(all_errors(r));
    REQUIRE(r.ok());
    CHECK(r.plan->sites[1].central == false);
    CHECK(r.plan->sites[1].test_status == TestStatus::NotTested);
    CHECK(r.plan->agenda[0].kind == SlotKind::Normal);
    CHECK(r.plan->tasks[0].deadline.date == Date{2021, 8, 28});
    CHECK(r.plan->duties.empty());
    // next_id was absent: raised past the largest id number in use ("s2", "t2", "a3").
    CHECK(r.plan->next_id == 4);
}

//-----------------------------------------------------------------------------
// [SECTION] Values
//-----------------------------------------------------------------------------

namespace {
std::string with_header_date(const std::string& date) {
    return R"({"format":"diem-cau-plan","version":2,"header":{"kind":"cong-van","date":")" + date +
           R"("},"event":{}})";
}
}  // namespace

TEST_CASE("plan file: header dates may leave parts blank as ??", "[plan_file]") {
    ImportResult r = read_plan(with_header_date("2021-10-??"));
    REQUIRE(r.ok());
    CHECK(r.plan->header.date == Date{2021, 10, 0});
    CHECK(write_plan(*r.plan).find("\"date\": \"2021-10-??\"") != std::string::npos);

    r = read_plan(with_header_date("\?\?\?\?-\?\?-\?\?"));
    REQUIRE(r.ok());
    CHECK(r.plan->header.date.empty());

    r = read_plan(with_header_date("\?\?\?\?-02-30"));   // no year, but 30/2 never exists
    CHECK(find_error(r, "bad-date", "header.date"));

    // Blank parts only where a document leaves them blank: not in event days.
    r = read_plan(R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{"days":[{"date":"2021-08-??"}]}})");
    CHECK(find_error(r, "bad-date", "event.days[0].date"));
}

// Found by the fuzz smoke run: "2021-00-30" in an event day was read as a
// blank month, written back as "2021-??-30", and that file was then refused.
TEST_CASE("plan file: 00 is no month or day, 0000 no year; only ?? leaves a part blank", "[plan_file]") {
    for (const char* d : {"2021-00-30", "2021-08-00", "0000-08-30"}) {
        INFO(d);
        const std::string doc = std::string(R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{"days":[{"date":")") +
                                d + R"("}]}})";
        CHECK(find_error(read_plan(doc), "bad-date", "event.days[0].date"));
        CHECK(find_error(read_plan(with_header_date(d)), "bad-date", "header.date"));
    }
    // The fuzzer's file (format version 1, "event.date"): refused, not half-read.
    const ImportResult r = read_plan(R"({"format":"diem-cau-plan","version":1,"header":{"kind":"ke-hoach"},)"
                                     R"("event":{"date":"2021-00-30","ctart":"08:00"},"tasks":[]})");
    CHECK_FALSE(r.ok());
    // Whatever is read is written so that it reads again the same.
    const ImportResult ok = read_plan(with_header_date("2021-10-??"));
    REQUIRE(ok.ok());
    const ImportResult again = read_plan(write_plan(*ok.plan));
    REQUIRE(again.ok());
    CHECK(write_plan(*again.plan) == write_plan(*ok.plan));
}

TEST_CASE("plan file: 29/2 exists only in leap years", "[plan_file]") {
    CHECK(read_plan(with_header_date("2024-02-29")).ok());
    CHECK_FALSE(read_plan(with_header_date("2021-02-29")).ok());
    CHECK_FALSE(read_plan(with_header_date("2100-02-29")).ok());
}

TEST_CASE("plan file: times are HH:MM within the day", "[plan_file]") {
    auto with_start = [](const std::string& t) {
        return R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{"days":[{"date":"2021-08-31","start":")" +
               t + R"("}]}})";
    };
    ImportResult ok = read_plan(with_start("8:05"));
    REQUIRE(ok.ok());
    CHECK(ok.plan->event.days[0].start == 8 * 60 + 5);
    CHECK(read_plan(with_start("00:00")).ok());
    CHECK(read_plan(with_start("23:59")).ok());
    for (const char* bad : {"24:00", "25:00", "12:60", "8h00", "08:0", "-1:00", "08:00:00", ":30", "0800"}) {
        INFO(bad);
        CHECK(find_error(read_plan(with_start(bad)), "bad-time", "event.days[0].start"));
    }
}

TEST_CASE("plan file: every string read is normalised to NFC", "[plan_file]") {
    // "Hoà" with a combining grave (NFD, as macOS file names give it) and a
    // decomposed "ố" (o + circumflex + acute).
    const std::string nfd_title = "Hoa\xCC\x80 bi\xCC\x80nh";
    const std::string file = R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach","title":")" +
                             nfd_title + R"("},"event":{"name":"Ho\u0302\u0301i"},"zz":{"k":"a\u0300"}})";
    ImportResult r = read_plan(file);
    REQUIRE(r.ok());
    CHECK(r.plan->header.title == "Hoà bình");
    CHECK(r.plan->event.name == "Hối");
    CHECK(r.plan->extra["zz"]["k"] == "à");   // unknown members too
}

TEST_CASE("plan file: enum names are the documented strings", "[plan_file]") {
    CHECK(std::string(to_string(DocKind::KeHoach)) == "ke-hoach");
    CHECK(std::string(to_string(DocKind::CongVan)) == "cong-van");
    CHECK(std::string(to_string(TestStatus::NotTested)) == "not-tested");
    CHECK(std::string(to_string(TestStatus::LostConnection)) == "lost-connection");
    CHECK(std::string(to_string(DeadlineQualifier::Before)) == "before");
    CHECK(std::string(to_string(DeadlineQualifier::NoLaterThan)) == "no-later-than");
    CHECK(std::string(to_string(InsertWhat::TechSessions)) == "tech-sessions");
    CHECK(std::string(to_string(TechKind::ConnectionTest)) == "connection-test");
    CHECK(std::string(to_string(SlotKind::Registration)) == "registration");
    CHECK(std::string(to_string(BlockKind::Insert)) == "insert");
}

TEST_CASE("plan file: next_id is raised past every id in use", "[plan_file]") {
    ImportResult r = read_plan(R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{},
        "tasks":[{"id":"t17"}],"next_id":3})");
    REQUIRE(r.ok());
    CHECK(r.plan->next_id == 18);
    CHECK(std::any_of(r.notes.begin(), r.notes.end(), [](const ImportNote& n) { return n.code == "next-id-raised"; }));
}

TEST_CASE("plan file: a UTF-8 byte order mark is ignored", "[plan_file]") {
    CHECK(read_plan("\xEF\xBB\xBF" + with_header_date("2021-08-28")).ok());
}

//-----------------------------------------------------------------------------
// [SECTION] Migration
//-----------------------------------------------------------------------------

TEST_CASE("plan file: version 1 files migrate (single event date, deadlines as text)", "[plan_file][migration]") {
    ImportResult r = read_plan(slurp(source_dir() / "tests/fixtures/plans/v1/ke-hoach-v1.json"));
    INFO(all_errors(r));
    REQUIRE(r.ok());
    CHECK(r.source_version == 1);
    CHECK(std::any_of(r.notes.begin(), r.notes.end(), [](const ImportNote& n) { return n.code == "migrated"; }));
    const Plan& p = *r.plan;
    REQUIRE(p.event.days.size() == 1);
    CHECK(p.event.days[0].date == Date{2021, 8, 31});
    CHECK(p.event.days[0].start == 8 * 60);
    CHECK(p.event.days[0].end == 11 * 60 + 30);
    CHECK_FALSE(p.event.extra.contains("date"));   // moved, not kept as unknown

    REQUIRE(p.tasks.size() == 6);
    CHECK(p.tasks[0].deadline.qualifier == DeadlineQualifier::Before);
    CHECK(p.tasks[0].deadline.date == Date{2021, 8, 26});
    CHECK(p.tasks[1].deadline.qualifier == DeadlineQualifier::On);
    CHECK(p.tasks[1].deadline.date == Date{2021, 8, 30});
    CHECK(p.tasks[2].deadline.qualifier == DeadlineQualifier::NoLaterThan);
    CHECK(p.tasks[3].deadline.qualifier == DeadlineQualifier::Plain);
    CHECK(p.tasks[3].deadline.date == Date{2021, 8, 29});
    CHECK(p.tasks[4].deadline.date.empty());
    // A deadline in words is not lost: it moves to the note, with a remark.
    CHECK(p.tasks[5].deadline.date.empty());
    CHECK(p.tasks[5].note == "Gấp (Thời hạn: Sau khi có ý kiến lãnh đạo)");
    CHECK(std::any_of(r.notes.begin(), r.notes.end(), [](const ImportNote& n) {
        return n.code == "deadline-to-note" && n.place == "tasks[5].deadline";
    }));

    // Saved as version 2, and stable from then on.
    const std::string v2 = write_plan(p);
    CHECK(v2.find("\"version\": 2") != std::string::npos);
    ImportResult again = read_plan(v2);
    REQUIRE(again.ok());
    CHECK(again.source_version == 2);
    CHECK(write_plan(*again.plan) == v2);
}

TEST_CASE("plan file: version 1 deadlines in words move to a task that had no note, and the deadline is kept",
          "[plan_file][migration]") {
    // Adding "note" to such a task used to move its members while the
    // deadline was still being written through a pointer to one of them
    // (found by the fuzzer under AddressSanitizer; tests/fuzz/regressions).
    ImportResult r = read_plan(R"({"format":"diem-cau-plan","version":1,"header":{"kind":"ke-hoach"},"event":{},
        "tasks":[{"id":"t1","content":"A","deadline":"Sau khi có ý kiến lãnh đạo"},
                 {"id":"t2","deadline":"Trước ngày 26/8/2021","lead":"VP"},
                 {"id":"t3","lead":"PGD","deadline":"Khi xong"}]})");
    INFO(all_errors(r));
    REQUIRE(r.ok());
    REQUIRE(r.plan->tasks.size() == 3);
    const auto& t = r.plan->tasks;
    CHECK(t[0].note == "(Thời hạn: Sau khi có ý kiến lãnh đạo)");
    CHECK(t[0].content == "A");
    CHECK(t[0].deadline.date.empty());
    CHECK(t[1].deadline.date == Date{2021, 8, 26});
    CHECK(t[1].lead == "VP");
    CHECK(t[2].note == "(Thời hạn: Khi xong)");
    CHECK(t[2].lead == "PGD");
}

//-----------------------------------------------------------------------------
// [SECTION] Bad files
//-----------------------------------------------------------------------------

TEST_CASE("plan file: every corpus file gives its expected error", "[plan_file][corpus]") {
    const auto files = files_in(source_dir() / "tests/fuzz/corpus", ".json");
    REQUIRE(files.size() >= 30);
    for (const auto& f : files) {
        std::map<std::string, std::string> expected;
        {
            std::istringstream in(slurp(fs::path(f).replace_extension(".expected")));
            std::string line;
            while (std::getline(in, line)) {
                const auto sp = line.find(' ');
                if (sp != std::string::npos) expected[line.substr(0, sp)] = line.substr(sp + 1);
            }
        }
        INFO(f.filename().string());
        REQUIRE(expected.count("code"));
        const ImportResult r = read_plan(slurp(f));
        INFO(all_errors(r));
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.plan.has_value());
        const std::string place = expected["place"] == "-" ? "" : expected["place"];
        const ImportError* e = find_error(r, expected["code"], place);
        REQUIRE(e != nullptr);
        CHECK(e->message_vi.find(expected["vi"]) != std::string::npos);
        CHECK(e->message_en.find(expected["en"]) != std::string::npos);
        // The message names the place, so it reads on its own in a list.
        if (!place.empty()) CHECK(e->message_vi.rfind(place + ": ", 0) == 0);
    }
}

TEST_CASE("plan file: syntax errors give line and column", "[plan_file]") {
    const ImportResult r = read_plan("{\n  \"format\": \"diem-cau-plan\",\n  \"version\": 2\n  \"header\": {}\n}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "invalid-json");
    CHECK(r.errors[0].line == 4);
    CHECK(r.errors[0].column == 10);   // the end of the unexpected "header"
    CHECK(r.errors[0].message_vi.find("dòng 4, cột 10") != std::string::npos);
}

TEST_CASE("plan file: invalid UTF-8 names the byte offset", "[plan_file]") {
    const std::string bytes = "{\"format\": \"diem-cau-plan\", \"x\": \"\xFF\"}";
    const ImportResult r = read_plan(bytes);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "invalid-utf8");
    CHECK(r.errors[0].message_en.find("byte offset 34") != std::string::npos);
    CHECK(r.errors[0].column == 35);
}

TEST_CASE("plan file: several problems are reported together, each with its place", "[plan_file]") {
    const ImportResult r = read_plan(R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach","date":"2021-02-31"},
        "event":{"days":[{"date":"2021-08-31","start":"25:00","end":"11:30"}]},

        "agenda":[{"id":"a1","start":"09:00","end":"08:00"}]})");
    CHECK(find_error(r, "bad-date", "header.date"));
    CHECK(find_error(r, "bad-time", "event.days[0].start"));
    CHECK(find_error(r, "end-before-start", "agenda[0].end"));
    // The bad start time is not reported a second time as "end without start".
    CHECK(r.errors.size() == 3);
}

//-----------------------------------------------------------------------------
// [SECTION] Limits
//-----------------------------------------------------------------------------

TEST_CASE("plan file: an absurd size is refused before parsing", "[plan_file][limits]") {
    PlanFileLimits lim;
    const std::string big(lim.max_bytes + 1, '[');   // would also be too deep, and invalid
    const ImportResult r = read_plan(big);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "too-large");
    CHECK(r.errors[0].message_vi.find("21 MB") != std::string::npos);
    CHECK(r.errors[0].message_en.find("limit is 20 MB") != std::string::npos);
}

TEST_CASE("plan file: nesting deeper than 64 is refused; 64 is fine", "[plan_file][limits]") {
    auto nested = [](int depth) {
        // depth counts the outer object too.
        return R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{},"x":)" +
               std::string(depth - 1, '[') + std::string(depth - 1, ']') + "}";
    };
    CHECK(read_plan(nested(64)).ok());
    const ImportResult r = read_plan(nested(65));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "too-deep");
    // Brackets inside strings do not count.
    CHECK(read_plan(R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach","title":")" +
                    std::string(200, '[') + R"("},"event":{}})").ok());
}

TEST_CASE("plan file: list sizes are limited", "[plan_file][limits]") {
    PlanFileLimits lim;
    lim.max_tasks = 3;
    const std::string file = R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{},
        "tasks":[{"id":"t1"},{"id":"t2"},{"id":"t3"},{"id":"t4"}]})";
    CHECK(read_plan(file).ok());
    const ImportResult r = read_plan(file, lim);
    CHECK(find_error(r, "too-many", "tasks"));
}

TEST_CASE("plan file: the error list is capped", "[plan_file][limits]") {
    std::string file = R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach"},"event":{},"tasks":[)";
    for (int i = 0; i < 500; ++i) file += std::string(i ? "," : "") + R"({"id":"t1","done":"no"})";
    file += "]}";
    const ImportResult r = read_plan(file);
    CHECK(r.errors.size() == PlanFileLimits{}.max_errors + 1);
    CHECK(r.errors.back().code == "too-many-errors");
}

//-----------------------------------------------------------------------------
// [SECTION] Writer details
//-----------------------------------------------------------------------------

TEST_CASE("plan file: the hand-written writer matches nlohmann's dump exactly", "[plan_file]") {
    Plan p = every_member_plan();
    // Escapes and characters at the edges of the writer's string handling.
    p.header.title = "Quote \" backslash \\ tab \t newline \n cr \r bell \x07 del \x7f – “Hội” ₫ 😀";   // all NFC: the re-read below must not change it
    p.tasks[0].extra["x_float"] = 1.25;
    p.tasks[0].extra["x_empty"] = nlohmann::json::object();
    p.tasks[0].extra["x_deep"] = {{"a", {{"b", {1, {{"c", nullptr}}}}}}};
    const std::string s = write_plan(p);
    CHECK(s == to_json(p).dump(2) + "\n");
    ImportResult r = read_plan(s);
    REQUIRE(r.ok());
    CHECK(r.plan->tasks[0].extra["x_deep"]["a"]["b"][1]["c"].is_null());
    CHECK(write_plan(*r.plan) == s);
    for (const char* id : {"ke-hoach-1905", "cong-van-k12"}) {
        const Plan t = load_template(id);
        CHECK(write_plan(t) == to_json(t).dump(2) + "\n");
    }
}

TEST_CASE("plan file: invalid UTF-8 put into a plan by a bug is written as U+FFFD, never as a broken file", "[plan_file]") {
    Plan p;
    p.header.title = "ab\xFF" "cd";
    const std::string s = write_plan(p);
    CHECK(s.find("ab\xEF\xBF\xBD" "cd") != std::string::npos);
    CHECK(read_plan(s).ok());
}

TEST_CASE("plan file: the NFC fast path leaves only text that is already NFC alone", "[plan_file]") {
    // Each input needs normalising even though it looks like ordinary text.
    const std::pair<const char*, const char*> cases[] = {
        {"Vie\xCC\xA3\xCC\x82t", "Việt"},          // e + dot below + circumflex (NFD order)
        {"Vi\xE1\xBA\xB9\xCC\x82t", "Việt"},        // ẹ + combining circumflex
        {"A\xE2\x80\x80" "B", "A\xE2\x80\x82" "B"}, // U+2000 is a singleton → U+2002
        {"\xE2\x84\xA6", "\xCE\xA9"},               // OHM SIGN → GREEK CAPITAL OMEGA
    };
    for (const auto& [in, want] : cases) {
        INFO(in);
        const ImportResult r = read_plan(std::string(R"({"format":"diem-cau-plan","version":2,"header":{"kind":"ke-hoach","title":")") +
                                         in + R"("},"event":{}})");
        REQUIRE(r.ok());
        CHECK(r.plan->header.title == want);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Shapes at the limits — objects with very many members
//-----------------------------------------------------------------------------
// The reader is linear in the file's size whatever its shape: these shapes were
// quadratic (each member cost a search of those before it), taking seconds to
// minutes.  bench/ prints their times; here, what they read as.

namespace {
std::string with_members(std::string plan_text, const std::string& before, std::size_t n, const char* prefix) {
    std::string members;
    members.reserve(n * 16);
    for (std::size_t i = 0; i < n; ++i) members += "\"" + std::string(prefix) + std::to_string(i) + "\": " + std::to_string(i) + ",";
    const std::size_t at = plan_text.find(before);
    REQUIRE(at != std::string::npos);
    plan_text.insert(at + 1, members);   // right after the object's "{"
    return plan_text;
}
}  // namespace

TEST_CASE("plan file: an object with 300,000 members is answered, not stalled", "[plan_file][limits]") {
    std::string text = "{";
    for (int i = 0; i < 300000; ++i) text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":" + std::to_string(i);
    text += "}";
    const ImportResult r = read_plan(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.at(0).code == "not-a-plan");
}

TEST_CASE("plan file: 100,000 unknown members in one site are kept and written back", "[plan_file][limits]") {
    const std::string base = write_plan(load_template(kDefaultTemplate));
    const std::string text = with_members(base, "{\n      \"id\": \"s2\"", 100000, "x");
    const ImportResult r = read_plan(text);
    REQUIRE(r.ok());
    const Site& s = r.plan->sites.at(1);
    CHECK(s.id == "s2");
    REQUIRE(s.extra.is_object());
    CHECK(s.extra.size() == 100000);
    CHECK(s.extra.begin().key() == "x0");            // in the order read
    CHECK(s.extra["x99999"] == 99999);
    const std::string again = write_plan(*r.plan);
    const ImportResult r2 = read_plan(again);
    REQUIRE(r2.ok());
    CHECK(write_plan(*r2.plan) == again);            // round trip stable
}

TEST_CASE("plan file: 300,000 unknown top-level members are kept", "[plan_file][limits]") {
    const std::string base = write_plan(load_template(kDefaultTemplate));
    const std::string text = with_members(base, "{\n  \"format\"", 300000, "u");
    const ImportResult r = read_plan(text);
    REQUIRE(r.ok());
    CHECK(r.plan->extra.size() == 300000);
    CHECK(r.plan->header.title == load_template(kDefaultTemplate).header.title);
}

TEST_CASE("plan file: a key given twice keeps its first place and its last value", "[plan_file]") {
    // As nlohmann's own reader did, for small and large objects alike.
    for (int n : {3, 40, 5000}) {
        std::string obj = "{\"a\": 1, \"b\": 2";
        for (int i = 0; i < n; ++i) obj += ", \"m" + std::to_string(i % 7) + "\": " + std::to_string(i);
        obj += ", \"a\": 3}";
        std::string text = write_plan(load_template(kDefaultTemplate));
        const std::string anchor = "\"format\": \"diem-cau-plan\",";
        text.insert(text.find(anchor) + anchor.size(), "\"zz\": " + obj + ",");
        const ImportResult r = read_plan(text);
        INFO(n);
        REQUIRE(r.ok());
        const Extra& zz = r.plan->extra.at("zz");
        CHECK(zz.size() == std::size_t(2 + std::min(n, 7)));
        CHECK(zz.begin().key() == "a");
        CHECK(zz.at("a") == 3);
        CHECK(zz.at("m0").get<int>() == (n - 1) / 7 * 7);   // the last m0
    }
    // Known members too: the last "title" wins.
    std::string text = write_plan(load_template(kDefaultTemplate));
    const std::string anchor = "\"kind\": \"ke-hoach\",";
    text.insert(text.find(anchor) + anchor.size(), "\"title\": \"first\",");
    const ImportResult r = read_plan(text);
    REQUIRE(r.ok());
    CHECK(r.plan->header.title == load_template(kDefaultTemplate).header.title);
}

TEST_CASE("plan file: unknown keys that become equal under NFC keep one member", "[plan_file]") {
    std::string text = write_plan(load_template(kDefaultTemplate));
    const std::string anchor = "\"format\": \"diem-cau-plan\",";
    // "é" decomposed (e + U+0301), then precomposed: the same key once normalised.
    text.insert(text.find(anchor) + anchor.size(), "\"e\xCC\x81\": 1, \"\xC3\xA9\": 2, \"w\": {\"e\xCC\x81\": 1, \"\xC3\xA9\": 2},");
    const ImportResult r = read_plan(text);
    REQUIRE(r.ok());
    CHECK(r.plan->extra.size() == 2);
    CHECK(r.plan->extra.at("\xC3\xA9") == 2);
    CHECK(r.plan->extra.at("w").size() == 1);
    CHECK(r.plan->extra.at("w").at("\xC3\xA9") == 2);
}

TEST_CASE("plan file: more values than a plan can hold are refused while parsing", "[plan_file][limits]") {
    // 20 MB of "0," would be 10 million values, ≈ 450 MB once read: refused at the cap instead.
    std::string text = write_plan(load_template(kDefaultTemplate));
    text.pop_back();                       // "\n"
    text.pop_back();                       // "}"
    text += ", \"zeros\": [0";
    text.reserve(text.size() + 2 * 4'000'001);
    for (int i = 0; i < 4'000'000; ++i) text += ",0";
    text += "]}\n";
    REQUIRE(text.size() < PlanFileLimits{}.max_bytes);
    const ImportResult r = read_plan(text);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].code == "too-many");
    CHECK(r.errors[0].place.empty());
    CHECK(r.errors[0].message_vi.find("4.000.000 giá trị") != std::string::npos);
    CHECK(r.errors[0].message_en.find("4000000 values") != std::string::npos);
    // Just under the cap: read, and kept.
    PlanFileLimits small;
    small.max_values = 5000;
    std::string fits = write_plan(load_template(kDefaultTemplate));
    const ImportResult counted = read_plan(fits, small);
    INFO(all_errors(counted));
    CHECK(counted.ok());
    small.max_values = 100;
    CHECK(read_plan(fits, small).errors.at(0).code == "too-many");
}
