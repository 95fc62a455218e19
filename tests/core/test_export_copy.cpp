// test_export_copy.cpp — the readable .html copy (src/core/export_copy.h) and
// the export registry (src/core/exporters.h).  Chromium with JavaScript off
// and Python's html.parser read the same files in tests/exports/run.sh.
//
// [SECTION] embedded plan · [SECTION] readable text · [SECTION] registry
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "../print/seed_plans.h"
#include "core/export_copy.h"
#include "core/exporters.h"
#include "core/plan_file.h"

using namespace dc;
namespace td = dc::testdata;

namespace {

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0, at = 0;
    while ((at = hay.find(needle, at)) != std::string::npos) { ++n; at += needle.size(); }
    return n;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] embedded plan
//-----------------------------------------------------------------------------

TEST_CASE("Readable copy carries the plan file byte for byte", "[copy]") {
    for (const Plan& p : {td::seed_002(), td::seed_000(), td::hostile()}) {
        std::string html = export_html_copy(p);
        auto json = extract_plan_from_copy(html);
        REQUIRE(json.has_value());
        CHECK(*json == write_plan(p));
        // Opening the copy gives what opening the plan file gives (the reader
        // may normalise, e.g. raise next_id above the ids in use).
        ImportResult r = read_plan(*json), direct = read_plan(write_plan(p));
        REQUIRE(r.ok());
        REQUIRE(direct.ok());
        CHECK(write_plan(*r.plan) == write_plan(*direct.plan));
    }
}

TEST_CASE("Readable copy: plan text cannot end the JSON element", "[copy]") {
    Plan p = td::seed_002();
    p.header.title = "</script><script>alert(1)</script> <!-- & \xE2\x80\xA8 \xE2\x80\xA9";
    p.tasks[0].content = "literal \\u003c backslash-u and \\\\u003c";   // text that looks like our escapes
    p.tasks[1].content = "</SCRIPT >";
    std::string html = export_html_copy(p);
    // Exactly one script element: the JSON one; no raw '<' inside it.
    CHECK(count(html, "<script") == 1);
    std::size_t open = html.find("<script type=\"application/json\" id=\"diem-cau-plan\">");
    REQUIRE(open != std::string::npos);
    std::size_t body = html.find('>', open) + 1;
    std::size_t close = html.find("</script>", body);
    std::string inside = html.substr(body, close - body);
    CHECK(inside.find('<') == std::string::npos);
    CHECK(inside.find('&') == std::string::npos);
    CHECK(inside.find("\xE2\x80\xA8") == std::string::npos);
    // Still valid JSON with the same value.
    CHECK(nlohmann::json::parse(inside) == nlohmann::json::parse(write_plan(p)));
    auto json = extract_plan_from_copy(html);
    REQUIRE(json);
    CHECK(*json == write_plan(p));
}

TEST_CASE("extract_plan_from_copy on other files", "[copy]") {
    CHECK_FALSE(extract_plan_from_copy("").has_value());
    CHECK_FALSE(extract_plan_from_copy("<html><body>hello</body></html>").has_value());
    CHECK_FALSE(extract_plan_from_copy("<script type=\"application/json\" id=\"diem-cau-plan\">{\"a\":").has_value());
    // Tag names in another case (a copy re-saved by some editor) still work.
    auto j = extract_plan_from_copy("<SCRIPT TYPE=\"application/json\" ID=\"diem-cau-plan\">{\"x\":\"\\u003c\"}</Script>");
    REQUIRE(j);
    CHECK(*j == "{\"x\":\"<\"}");
}

//-----------------------------------------------------------------------------
// [SECTION] readable text
//-----------------------------------------------------------------------------

TEST_CASE("Readable copy shows summary, programme, tasks and sites", "[copy]") {
    std::string html = export_html_copy(td::seed_002());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta name=\"viewport\"") != std::string::npos);
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
    for (const char* s : {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1905/KH-SGDĐT", "KẾ HOẠCH", "Chương trình",
                          "08h00 - 09h30", "Phát biểu khai mạc Hội nghị", "Tiến độ công việc", "Đã xong 1/7 việc.",
                          "Trước ngày 26/8/2021", "✓ Đã xong ngày 25/8/2021", "Điểm cầu (18)",
                          "Phòng GDĐT huyện Chư Pưh", "Chưa thử", "Thứ Ba, 31/8/2021"}) {
        INFO(s);
        CHECK(html.find(s) != std::string::npos);
    }
}

TEST_CASE("Readable copy escapes hostile text", "[copy]") {
    std::string html = export_html_copy(td::hostile());
    CHECK(count(html, "<script") == 1);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("Đăng ký &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

//-----------------------------------------------------------------------------
// [SECTION] registry
//-----------------------------------------------------------------------------

TEST_CASE("Export registry: names, aliases, every format runs", "[exporters]") {
    std::set<std::string> names;
    for (const auto& f : export_formats()) {
        INFO(f.name);
        CHECK(names.insert(f.name).second);
        CHECK(!f.ext.empty());
        CHECK(!f.mime.empty());
        CHECK(!f.description_vi.empty());
        CHECK(!f.description_en.empty());
        CHECK(!f.run(td::seed_002()).empty());
        CHECK(!f.run(td::hostile()).empty());
    }
    for (const char* n : {"json", "ics", "csv-tasks", "csv-sites", "csv-agenda", "docx", "html-copy", "html-plan",
                          "html-agenda", "html-tasks", "html-sites", "html-site-sheets", "html-call-sheet"}) {
        INFO(n);
        CHECK(names.count(n) == 1);
    }
    REQUIRE(find_export_format("doc"));
    CHECK(find_export_format("doc")->name == "docx");
    CHECK(find_export_format("DOCX")->name == "docx");
    CHECK(find_export_format("calendar")->name == "ics");
    CHECK(find_export_format("nope") == nullptr);
    CHECK(export_file_name(td::seed_002(), *find_export_format("csv-tasks")).rfind("KH-1905-hoi-nghi-truc-tuyen", 0) ==
          0);
    CHECK(export_file_name(td::seed_002(), *find_export_format("json")).find("-2021-08-31.json") != std::string::npos);
}
