// test_export_csv.cpp — the spreadsheet exports (src/core/export_csv.h).
// A small RFC 4180 reader here checks structure and round trips; Python's csv
// module and LibreOffice Calc read the same files in tests/exports/run.sh.
//
// [SECTION] helpers · [SECTION] fields · [SECTION] tables · [SECTION] hostile
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../print/seed_plans.h"
#include "core/export_csv.h"

using namespace dc;
namespace td = dc::testdata;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Strict RFC 4180 reader for files this exporter writes: every field quoted,
// records end with CRLF.  Fails the test on anything else.
Rows parse_csv(const std::string& text) {
    const std::string bom = "\xEF\xBB\xBF";
    REQUIRE(text.compare(0, 3, bom) == 0);
    Rows rows;
    std::size_t i = 3;
    while (i < text.size()) {
        std::vector<std::string> rec;
        while (true) {
            REQUIRE(text[i] == '"');
            ++i;
            std::string f;
            while (true) {
                REQUIRE(i < text.size());
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') { f += '"'; i += 2; continue; }
                    ++i;
                    break;
                }
                f += text[i++];
            }
            rec.push_back(f);
            if (text.compare(i, 2, "\r\n") == 0) { i += 2; break; }
            REQUIRE(text[i] == ',');
            ++i;
        }
        rows.push_back(rec);
    }
    return rows;
}

// What a cell holds once the neutralising apostrophe is taken back.
std::string unneutralise(const std::string& cell) {
    if (cell.size() > 1 && cell[0] == '\'') {
        char c = cell[1];
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return cell.substr(1);
    }
    return cell;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] fields
//-----------------------------------------------------------------------------

TEST_CASE("CSV fields: quoted, quotes doubled, formulas neutralised", "[csv]") {
    CHECK(csv_field("abc") == "\"abc\"");
    CHECK(csv_field("") == "\"\"");
    CHECK(csv_field("a \"b\" c") == "\"a \"\"b\"\" c\"");
    CHECK(csv_field("a,b;c\r\nd") == "\"a,b;c\r\nd\"");
    CHECK(csv_field("=1+1") == "\"'=1+1\"");
    CHECK(csv_field("+SUM(A1)") == "\"'+SUM(A1)\"");
    CHECK(csv_field("-2") == "\"'-2\"");
    CHECK(csv_field("@x") == "\"'@x\"");
    CHECK(csv_field("\t=1") == "\"'\t=1\"");
    CHECK(csv_field("\r=1") == "\"'\r=1\"");
    CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_field("a=1") == "\"a=1\"");             // only the first character matters
    CHECK(csv_field("Đã xong") == "\"Đã xong\"");
    CHECK(csv_record({"a", "b"}) == "\"a\",\"b\"\r\n");
}

//-----------------------------------------------------------------------------
// [SECTION] tables
//-----------------------------------------------------------------------------

TEST_CASE("CSV tasks of the Kế hoạch seed", "[csv]") {
    Plan p = td::seed_002();
    Rows r = parse_csv(export_csv_tasks(p));
    REQUIRE(r.size() == p.tasks.size() + 1);
    CHECK(r[0] == std::vector<std::string>{"STT", "Nội dung công việc", "Thời gian hoàn thành", "Hạn (năm-tháng-ngày)",
                                           "Chủ trì", "Phối hợp", "Đã xong", "Ngày xong", "Ghi chú", "Mã"});
    CHECK(r[1][0] == "1");
    CHECK(r[1][1] == p.tasks[0].content);
    CHECK(r[1][2] == "Trước ngày 26/8/2021");
    CHECK(r[1][3] == "2021-08-25");   // the last day (core/deadline.h), for sorting and filtering
    CHECK(r[1][6] == "Đã xong");
    CHECK(r[1][7] == "25/8/2021");
    CHECK(r[2][6] == "Chưa xong");
    CHECK(r[2][7].empty());
    CHECK(r[7][2] == "Trong ngày 30/8/2021");   // relative deadline resolved
    CHECK(r[7][4] == "Viettel Gia Lai; Văn phòng");
    CHECK(r[7][9] == "t7");
    for (const auto& row : r) CHECK(row.size() == r[0].size());
}

TEST_CASE("CSV sites and agenda", "[csv]") {
    Plan p = td::seed_002();
    Rows s = parse_csv(export_csv_sites(p));
    REQUIRE(s.size() == p.sites.size() + 1);
    CHECK(s[0][1] == "Điểm cầu");
    CHECK(s[1][1] == "Hội trường A, Sở Giáo dục và Đào tạo");
    CHECK(s[1][2] == "Có");
    CHECK(s[1][15] == "14h00 - 14h15");
    CHECK(s[1][16] == "Chưa thử");
    // Participants come from the site's group, lines kept; the leading "- " is neutralised.
    CHECK(s[1][8].rfind("'- Chủ trì: Lãnh đạo UBND tỉnh; Giám đốc Sở GDĐT;\n- Các Phó Giám đốc", 0) == 0);
    CHECK(unneutralise(s[1][8]) == p.site_groups[0].participants);

    Rows a = parse_csv(export_csv_agenda(p));
    // One row per agenda item: 1 + 3 + 1 + 1 + 1 + 1.
    REQUIRE(a.size() == 1 + 8);
    CHECK(a[0] == std::vector<std::string>{"STT", "Ngày", "Thứ", "Thời gian", "Bắt đầu", "Kết thúc", "Nội dung",
                                           "Thực hiện", "Loại", "Lượt phát biểu", "Mã"});
    CHECK(a[2][0] == "2");
    CHECK(a[3][0] == "2");                   // second item of slot a2 shares its STT
    CHECK(a[2][1] == "31/8/2021");
    CHECK(a[2][2] == "thứ Ba");
    CHECK(a[2][3] == "08h00 - 09h30");
    CHECK(a[3][6] == "Phát biểu khai mạc Hội nghị");
    CHECK(a[3][7] == "Giám đốc Sở GDĐT Lê Duy Định");
    CHECK(a[8][3] == "11h30");               // Bế mạc: a point in time
    CHECK(a[8][5].empty());
}

//-----------------------------------------------------------------------------
// [SECTION] hostile
//-----------------------------------------------------------------------------

TEST_CASE("CSV of hostile text round-trips and runs no formula", "[csv]") {
    Plan p = td::hostile();
    const std::vector<std::string> evil = {"=1+1", "+SUM(A1)", "-2", "@x", "a,b;c", "line1\r\nline2\nline3",
                                           "quote \" and \\ backslash", std::string(10000, 'y') + " Tiếng Việt",
                                           "\t=tab", "=HYPERLINK(\"http://evil\";\"x\")"};
    p.tasks.resize(evil.size(), p.tasks[0]);
    for (std::size_t i = 0; i < evil.size(); ++i) {
        p.tasks[i].content = evil[i];
        p.tasks[i].lead = evil[(i + 1) % evil.size()];
        p.tasks[i].note = evil[(i + 2) % evil.size()];
    }
    Rows r = parse_csv(export_csv_tasks(p));
    REQUIRE(r.size() == evil.size() + 1);
    for (std::size_t i = 0; i < evil.size(); ++i) {
        CHECK(unneutralise(r[i + 1][1]) == evil[i]);
        CHECK(unneutralise(r[i + 1][4]) == evil[(i + 1) % evil.size()]);
        CHECK(unneutralise(r[i + 1][8]) == evil[(i + 2) % evil.size()]);
        for (const auto& cell : r[i + 1]) {
            char c = cell.empty() ? 0 : cell[0];
            CHECK_FALSE((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'));
        }
    }
    // The hostile seed's markup passes through as plain text (CSV has no markup).
    Rows s = parse_csv(export_csv_sites(td::hostile()));
    CHECK(s[2][1] == "Điểm cầu <script>alert(1)</script>");
}
