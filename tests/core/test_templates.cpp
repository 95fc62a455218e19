// test_templates.cpp — the built-in templates are faithful to the seed documents.
//
// [SECTION] Helpers
// [SECTION] Every template   — reads cleanly, canonical bytes, text found in the seed
// [SECTION] Kế hoạch 1905
// [SECTION] Công văn K12 Online
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/plan_file.h"
#include "core/templates.h"

using namespace dc;

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Runs of whitespace become one space: the seeds break lines mid-sentence.
std::string squash(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = true;
        } else {
            if (space && !out.empty()) out += ' ';
            space = false;
            out += c;
        }
    }
    return out;
}

std::string seed(const char* name) {
    return squash(slurp(std::string(DC_SHARED_DIR) + "/seeds/" + name));
}

// Every piece of document text in the template must appear in the seed as
// written (legal_basis is checked separately: it carries the code fix).
std::vector<std::string> document_texts(const Plan& p) {
    std::vector<std::string> v;
    auto add = [&](const std::string& s) {
        if (!s.empty()) v.push_back(s);
    };
    add(p.header.number);
    add(p.header.intro);
    add(p.header.closing);
    for (const auto& s : p.header.addressees) add(s);
    for (const auto& b : p.body) {
        add(b.text);
        add(b.body);
    }
    for (const auto& g : p.site_groups) {
        std::istringstream lines(g.participants);
        for (std::string l; std::getline(lines, l);) add(l);
        add(g.rules);
    }
    for (const auto& s : p.agenda)
        for (const auto& i : s.items) {
            add(i.content);
            add(i.performer);
        }
    for (const auto& t : p.tasks) {
        add(t.content);
        add(t.lead);
    }
    for (const auto& d : p.duties) {
        add(d.unit);
        add(d.lead_in);
        for (const auto& i : d.items) add(i);
        add(d.note);
    }
    for (const auto& b : p.budget) add(b.text);
    for (const auto& c : p.contacts) add(c.phone);
    for (const auto& r : p.recipients) add(r.name + (r.purpose.empty() ? "" : " (" + r.purpose + ")"));
    add("Lưu: " + p.archive);
    add(p.signer.title);
    add(p.signer.name);
    return v;
}

Plan load_checked(const char* id) {
    auto bytes = template_file(id);
    REQUIRE(bytes.has_value());
    ImportResult r = read_plan(*bytes);
    INFO(id);
    for (const auto& e : r.errors) INFO(e.message_en);
    REQUIRE(r.ok());
    return std::move(*r.plan);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Every template
//-----------------------------------------------------------------------------

TEST_CASE("templates: the list holds both seeds and the blank plan", "[templates]") {
    auto list = builtin_templates();
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == "ke-hoach-1905");
    CHECK(list[1].id == "cong-van-k12");
    CHECK(list[2].id == "blank");
    for (const auto& t : list) {
        CHECK_FALSE(t.name_vi.empty());
        CHECK_FALSE(t.name_en.empty());
    }
    CHECK(std::string(kDefaultTemplate) == "ke-hoach-1905");
}

TEST_CASE("templates: each reads without errors or notes and is already in canonical form", "[templates]") {
    for (const char* id : {"ke-hoach-1905", "cong-van-k12"}) {
        INFO(id);
        auto bytes = template_file(id);
        REQUIRE(bytes.has_value());
        ImportResult r = read_plan(*bytes);
        REQUIRE(r.ok());
        CHECK(r.notes.empty());
        CHECK(write_plan(*r.plan) == std::string(*bytes));
        // The embedded bytes are the file in assets/templates.
        CHECK(std::string(*bytes) == slurp(std::string(DC_SOURCE_DIR) + "/assets/templates/" + id + ".json"));
    }
    CHECK_FALSE(template_file("blank").has_value());
    CHECK_FALSE(template_file("nope").has_value());
}

TEST_CASE("templates: the blank plan round-trips and has the usual outline", "[templates]") {
    Plan p = load_template("blank");
    CHECK(p.header.kind == DocKind::KeHoach);
    CHECK(p.sites.empty());
    CHECK(p.tasks.empty());
    int inserts = 0;
    for (const auto& b : p.body) inserts += b.kind == BlockKind::Insert;
    CHECK(inserts == 5);
    ImportResult r = read_plan(write_plan(p));
    REQUIRE(r.ok());
    CHECK(write_plan(*r.plan) == write_plan(p));
    // Unknown ids give the blank plan rather than nothing.
    CHECK(write_plan(load_template("no-such-template")) == write_plan(p));
}

TEST_CASE("templates: document text is transcribed as the seeds write it", "[templates]") {
    const std::pair<const char*, const char*> pairs[] = {
        {"ke-hoach-1905", "002_cfb90d8ff5e5fcde.txt"},
        {"cong-van-k12", "000_e793d4137d2bb0cc.txt"},
    };
    for (const auto& [id, file] : pairs) {
        const std::string text = seed(file);
        REQUIRE(text.size() > 1000);
        const Plan p = load_checked(id);
        for (const auto& s : document_texts(p)) {
            INFO(id << ": " << s);
            CHECK(text.find(squash(s)) != std::string::npos);
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Kế hoạch 1905
//-----------------------------------------------------------------------------

TEST_CASE("templates: Kế hoạch 1905/KH-SGDĐT", "[templates]") {
    const Plan p = load_checked("ke-hoach-1905");
    const Header& h = p.header;
    CHECK(h.kind == DocKind::KeHoach);
    CHECK(h.parent_body == "UBND TỈNH GIA LAI");
    CHECK(h.issuing_body == "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    CHECK(h.number == "1905");
    CHECK(h.code == "KH-SGDĐT");
    CHECK(h.place == "Gia Lai");
    CHECK(h.date == Date{2021, 8, 28});
    CHECK(h.title == "Tổ chức Hội nghị trực tuyến tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học 2021-2022");
    CHECK(h.legal_basis.empty());   // a Kế hoạch opens with "Thực hiện …", kept as intro
    CHECK(h.intro.rfind("Thực hiện chỉ đạo của Bộ Giáo dục và Đào tạo", 0) == 0);

    // Event: half a day from 08h00 on 31/8/2021; 11h30 is the agenda's Bế mạc.
    REQUIRE(p.event.days.size() == 1);
    CHECK(p.event.days[0].date == Date{2021, 8, 31});
    CHECK(p.event.days[0].start == 8 * 60);
    CHECK(p.event.days[0].end == 11 * 60 + 30);
    CHECK(p.event.duration_text == "1/2 ngày");
    CHECK(p.event.headcount_limit == 10);
    CHECK(p.event.headcount_rule.find("Tập trung không quá 10 người.") != std::string::npos);

    // Sites: the central hall plus 17 district-level sites, all tested on 30/8.
    REQUIRE(p.sites.size() == 18);
    CHECK(p.sites[0].central);
    CHECK(p.sites[0].name == "Hội trường A, Sở Giáo dục và Đào tạo");
    CHECK(p.sites[0].address == "56 Trần Hưng Đạo, thành phố Pleiku, tỉnh Gia Lai");
    CHECK(p.sites[0].chair == "Lãnh đạo UBND tỉnh; Giám đốc Sở GDĐT");
    int central = 0;
    for (const auto& s : p.sites) {
        central += s.central;
        CHECK(s.test_date == Date{2021, 8, 30});
        if (!s.central) {
            CHECK(s.group_id == "g2");
            CHECK(s.notes.find("văn bản gốc chỉ ghi số lượng") != std::string::npos);
        }
    }
    CHECK(central == 1);
    CHECK(p.sites[1].name == "Điểm cầu thành phố Pleiku");
    CHECK(p.sites[17].name == "Điểm cầu huyện Chư Pưh");
    REQUIRE(p.site_groups.size() == 2);
    CHECK(p.site_groups[1].name == "Điểm cầu tại 17 huyện, thị xã, thành phố");

    // Agenda: six time slots, the 08h00 - 09h30 one holding three items; 11h30 a point in time.
    REQUIRE(p.agenda.size() == 6);
    const int starts[] = {7 * 60 + 30, 8 * 60, 9 * 60 + 30, 10 * 60 + 30, 11 * 60 + 15, 11 * 60 + 30};
    const int ends[] = {8 * 60, 9 * 60 + 30, 10 * 60 + 30, 11 * 60 + 15, 11 * 60 + 30, 11 * 60 + 30};
    for (int i = 0; i < 6; ++i) {
        CHECK(p.agenda[i].start == starts[i]);
        CHECK(p.agenda[i].end == ends[i]);
    }
    CHECK(p.agenda[0].kind == SlotKind::Registration);
    REQUIRE(p.agenda[1].items.size() == 3);
    CHECK(p.agenda[1].items[0].performer == "Chánh Văn phòng Sở GDĐT");
    CHECK(p.agenda[1].items[1].content == "Phát biểu khai mạc Hội nghị");
    CHECK(p.agenda[1].items[1].performer == "Giám đốc Sở GDĐT Lê Duy Định");
    CHECK(p.agenda[1].items[2].performer == "Lãnh đạo Sở GDĐT");
    CHECK(p.agenda[4].items[0].performer == "Lãnh đạo UBND tỉnh");
    CHECK(p.agenda[5].items[0].content == "Bế mạc Hội nghị");

    // Tasks: the seven rows of the progress table.
    REQUIRE(p.tasks.size() == 7);
    struct Row { int day; DeadlineQualifier q; const char* lead; };
    const Row rows[] = {
        {26, DeadlineQualifier::Before, "Các phòng CMNV Sở"},
        {28, DeadlineQualifier::Before, "Văn phòng"},
        {28, DeadlineQualifier::Before, "Văn phòng"},
        {28, DeadlineQualifier::Before, "Các đơn vị được phân công"},
        {30, DeadlineQualifier::Before, "Văn phòng"},
        {30, DeadlineQualifier::Before, "Văn phòng"},
        {30, DeadlineQualifier::On, "Viettel Gia Lai; Văn phòng"},
    };
    for (int i = 0; i < 7; ++i) {
        INFO("task " << i + 1);
        CHECK(p.tasks[i].deadline.date == Date{2021, 8, rows[i].day});
        CHECK(p.tasks[i].deadline.qualifier == rows[i].q);
        CHECK_FALSE(p.tasks[i].deadline.relative);
        CHECK(p.tasks[i].lead == rows[i].lead);
        CHECK_FALSE(p.tasks[i].done);
    }
    CHECK(p.tasks[2].content == "Gửi giấy mời, giấy triệu tập Hội nghị");

    REQUIRE(p.duties.size() == 2);
    CHECK(p.duties[0].items.size() == 4);
    CHECK(p.duties[1].note.find("vanphong.sogialai@moet.edu.vn") != std::string::npos);
    REQUIRE(p.budget.size() == 1);

    REQUIRE(p.recipients.size() == 9);
    CHECK(p.recipients[0].name == "UBND tỉnh");
    CHECK(p.recipients[0].purpose == "báo cáo");
    CHECK(p.recipients[1].purpose == "báo cáo");
    CHECK(p.recipients[2].purpose == "phối hợp");
    CHECK(p.recipients[3].name == "Viettel Gia Lai");
    CHECK(p.recipients[3].purpose == "phối hợp");
    CHECK(p.recipients[8].name == "Đăng Website Sở");
    CHECK(p.archive == "VT, VP");
    CHECK(p.signer.title == "GIÁM ĐỐC");
    CHECK(p.signer.name == "Lê Duy Định");
    CHECK(p.next_id > 18);
}

//-----------------------------------------------------------------------------
// [SECTION] Công văn K12 Online
//-----------------------------------------------------------------------------

TEST_CASE("templates: Công văn on the K12 Online conference", "[templates]") {
    const Plan p = load_checked("cong-van-k12");
    const Header& h = p.header;
    CHECK(h.kind == DocKind::CongVan);
    CHECK(h.number.empty());                 // left blank for the văn thư
    CHECK(h.code == "SGDĐT-GDTrHCTTX");      // the seed's "SGDDĐT" is a typo; see docs/plan-format.md
    CHECK(h.date == Date{2021, 10, 0});      // day left blank
    CHECK(h.title == "tổ chức Hội nghị trực tuyến về công tác quản lý, sử dụng phòng học bộ môn và thiết bị dạy học");
    REQUIRE(h.addressees.size() == 4);
    CHECK(h.addressees[3] == "Các trường phổ thông trực thuộc Sở");
    REQUIRE(h.legal_basis.size() == 2);
    CHECK(h.legal_basis[0].rfind("Căn cứ Thông tư số 14/2020/TT-BGDĐT ngày 26/5/2020", 0) == 0);
    CHECK(h.legal_basis[1].find("1939/SGDĐT-GDTrHCTTX ngày 31/8/2021") != std::string::npos);

    REQUIRE(p.event.days.size() == 1);
    CHECK(p.event.days[0].date == Date{2021, 10, 27});
    CHECK(p.event.days[0].start == 14 * 60);
    CHECK(p.event.days[0].end == 17 * 60);
    CHECK(p.event.platform == "K12 Online");
    REQUIRE(p.event.tech_sessions.size() == 2);
    CHECK(p.event.tech_sessions[0].kind == TechKind::Connection);
    CHECK(p.event.tech_sessions[0].start == 8 * 60);
    CHECK(p.event.tech_sessions[0].end == 11 * 60);
    CHECK(p.event.tech_sessions[1].kind == TechKind::Rehearsal);
    CHECK(p.event.tech_sessions[1].start == 14 * 60);
    CHECK(p.event.tech_sessions[1].end == kNoTime);
    CHECK(p.event.tech_sessions[1].date == Date{2021, 10, 27});

    REQUIRE(p.site_groups.size() == 5);
    CHECK(p.site_groups[2].rules.find("được trưng dụng làm khu cách ly") != std::string::npos);
    CHECK(p.site_groups[0].budget.find("kinh phí sự nghiệp ngành Giáo dục") != std::string::npos);
    CHECK(p.site_groups[3].budget.empty());   // the letter states none for Trung tâm GDTX tỉnh
    REQUIRE_FALSE(p.sites.empty());
    CHECK(p.sites[0].central);
    CHECK(p.sites[0].group_id == "g1");

    CHECK(p.agenda.empty());   // no agenda table in the letter: the conference is event.days[0]
    CHECK(p.tasks.empty());    // nor a progress table
    REQUIRE(p.duties.size() == 4);
    CHECK(p.duties[3].lead_in.rfind("phối hợp với Phòng GDTrHCTTX", 0) == 0);
    REQUIRE(p.budget.size() == 2);
    REQUIRE_FALSE(p.contacts.empty());
    CHECK(p.contacts[0].name == "Bà Phan Thị Hương");
    CHECK(p.contacts[0].phone == "0367 850 603");
    CHECK(p.contacts[0].role == "Chuyên viên Văn phòng Sở GDĐT");

    REQUIRE(p.recipients.size() == 5);
    CHECK(p.recipients[0].name == "Như trên");
    CHECK(p.recipients[0].purpose == "thực hiện");
    CHECK(p.recipients[2].name == "Giám đốc và Phó Giám đốc Sở");
    CHECK(p.archive == "VT, GDTrHCTTX");
    CHECK(p.signer.name == "Lê Duy Định");
}
