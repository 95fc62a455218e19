// test_paste_programme.cpp — a programme pasted from Word, Excel, LibreOffice
// or Google Docs: every time form documents use, header detection (after a
// title row, 3 and 4 columns, no header at all), empty time cells joining the
// slot above, HTML tables with merged cells, rows that cannot be read, and
// apply (replace or add) as one undo step.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

#include "core/html_table.h"
#include "core/paste_programme.h"
#include "core/templates.h"

using namespace dc;

namespace {
int hm(int h, int m) { return h * 60 + m; }

ProgrammePreview preview_of(const std::string& text, const std::string& html = {}) {
    const PasteTable t = programme_table(text, html);
    REQUIRE(t.ok);
    return preview_programme(t, guess_programme_columns(t), 0);
}

// The programme block of a seed document: from its header row to the first empty line.
std::string seed_programme(const char* file, const char* header) {
    std::ifstream in(std::string(DC_SHARED_DIR) + "/seeds/" + file);
    REQUIRE(in);
    std::string line, out;
    bool on = false;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind(header, 0) == 0) on = true;
        if (!on) continue;
        if (line.empty()) break;
        out += line + "\n";
    }
    return out;
}
}  // namespace

TEST_CASE("programme paste: every time form documents write", "[paste][programme]") {
    struct Case { const char* cell; int start, end; };
    const Case cases[] = {
        {"07h30 - 08h00", hm(7, 30), hm(8, 0)},
        {"7h00\xE2\x80\x99 -7h30\xE2\x80\x99", hm(7, 0), hm(7, 30)},            // typographic apostrophe
        {"7h30\xE2\x80\x99 \xE2\x80\x93 7h35\xE2\x80\x99", hm(7, 30), hm(7, 35)},  // and an en dash
        {"8 giờ 30 - 9 giờ", hm(8, 30), hm(9, 0)},
        {"8g30-9g", hm(8, 30), hm(9, 0)},
        {"8:00\xE2\x80\x93" "8:30", hm(8, 0), hm(8, 30)},
        {"14h00-17h00", hm(14, 0), hm(17, 0)},
        {"11h30", hm(11, 30), hm(11, 30)},                                        // a start alone: the closing
        {"Từ 13h30 đến 14h", hm(13, 30), hm(14, 0)},
    };
    std::string text = "Thời gian\tNội dung\tThực hiện\n";
    for (const Case& c : cases) text += std::string(c.cell) + "\tMục " + c.cell + "\tBan tổ chức\n";
    const ProgrammePreview p = preview_of(text);
    CHECK(p.problems.empty());
    REQUIRE(p.slots.size() == std::size(cases));
    // Sorted by start: look each up by its content.
    for (const Case& c : cases) {
        INFO(c.cell);
        auto it = std::find_if(p.slots.begin(), p.slots.end(),
                               [&](const Slot& s) { return s.items[0].content == std::string("Mục ") + c.cell; });
        REQUIRE(it != p.slots.end());
        CHECK(it->start == c.start);
        CHECK(it->end == c.end);
        CHECK(it->items[0].performer == "Ban tổ chức");
    }
}

TEST_CASE("programme paste: the seed's table gives the template's agenda", "[paste][programme]") {
    // The Kế hoạch template was entered by hand from this document; the paste must agree with it.
    const std::string text = seed_programme("002_cfb90d8ff5e5fcde.txt", "Thời gian\tNội dung");
    const ProgrammePreview p = preview_of(text);
    CHECK(p.problems.empty());
    const Plan kh = load_template("ke-hoach-1905");
    REQUIRE(p.slots.size() == kh.agenda.size());
    for (std::size_t i = 0; i < kh.agenda.size(); ++i) {
        INFO("slot " << i);
        CHECK(p.slots[i].start == kh.agenda[i].start);
        CHECK(p.slots[i].end == kh.agenda[i].end);
        REQUIRE(p.slots[i].items.size() == kh.agenda[i].items.size());
        for (std::size_t k = 0; k < kh.agenda[i].items.size(); ++k) {
            CHECK(p.slots[i].items[k].content == kh.agenda[i].items[k].content);
            CHECK(p.slots[i].items[k].performer == kh.agenda[i].items[k].performer);
        }
    }
    CHECK(p.slots[1].items.size() == 3);   // 08h00–09h30: three items, two with an empty time cell
}

TEST_CASE("programme paste: a 4-column table with TT, a title row above the header", "[paste][programme]") {
    const std::string text =
        "CHƯƠNG TRÌNH HỘI NGHỊ\t\t\t\n"
        "TT\tThời gian\tNội dung\tĐơn vị thực hiện\n"
        "1\t14h00\xE2\x80\x99 \xE2\x80\x93 14h10\xE2\x80\x99\tKhai mạc\tLãnh đạo Phòng GDĐT\n"
        "2\t14h10\xE2\x80\x99 \xE2\x80\x93 15h00\xE2\x80\x99\tBáo cáo sơ kết học kỳ I\tPhó Trưởng phòng\n"
        "3\t\tÝ kiến của các trường\tHiệu trưởng các trường\n"
        "4\t15h00 - 15h15\tGiải lao\t\n"
        "5\t16h30\tBế mạc\tTrưởng phòng GDĐT\n";
    const PasteTable t = programme_table(text, {});
    const ProgrammeColumns c = guess_programme_columns(t);
    CHECK(c.header_rows == 2);
    CHECK(c.fields == std::vector<ProgrammeField>{ProgrammeField::Stt, ProgrammeField::Time, ProgrammeField::Content,
                                                  ProgrammeField::Performer});
    const ProgrammePreview p = preview_programme(t, c, 0);
    CHECK(p.problems.empty());
    REQUIRE(p.slots.size() == 4);
    CHECK(p.slots[1].items.size() == 2);
    CHECK(p.slots[1].items[1].performer == "Hiệu trưởng các trường");
    CHECK(p.slots[2].kind == SlotKind::Break);
    CHECK(p.slots[3].start == hm(16, 30));
    CHECK(p.slots[3].end == hm(16, 30));
    CHECK(p.source_rows == std::vector<std::size_t>{3, 4, 6, 7});
}

TEST_CASE("programme paste: no header — columns guessed from what they hold", "[paste][programme]") {
    const std::string text =
        "1\t8h00 - 8h15\tỔn định tổ chức, giới thiệu đại biểu\tVăn phòng UBND huyện\n"
        "2\t8h15 - 9h00\tBáo cáo kết quả triển khai chuyển đổi số trong giáo dục\tPhòng GDĐT\n"
        "3\t9h00 - 9h30\tThảo luận\tĐại biểu\n";
    const PasteTable t = programme_table(text, {});
    const ProgrammeColumns c = guess_programme_columns(t);
    CHECK(c.header_rows == 0);
    CHECK(c.fields == std::vector<ProgrammeField>{ProgrammeField::Stt, ProgrammeField::Time, ProgrammeField::Content,
                                                  ProgrammeField::Performer});
    const ProgrammePreview p = preview_programme(t, c, 0);
    REQUIRE(p.slots.size() == 3);
    CHECK(p.slots[2].kind == SlotKind::Discussion);
}

TEST_CASE("programme paste: rows that cannot be read are listed with why, the rest kept", "[paste][programme]") {
    const std::string text =
        "Thời gian\tNội dung\tThực hiện\n"
        "\tDòng mồ côi không có giờ\tAi đó\n"     // nothing above to join
        "8h00 - 8h30\tKhai mạc\tGiám đốc\n"
        "sau giải lao\tBáo cáo\tPhó Giám đốc\n"  // not a time
        "25h00\tSai giờ\tX\n"                     // no such hour
        "9h00 - 8h00\tNgược\tY\n"                 // end before start
        "9h30\t\t\n";                              // a time and nothing else
    const ProgrammePreview p = preview_of(text);
    REQUIRE(p.slots.size() == 1);
    CHECK(p.slots[0].items[0].content == "Khai mạc");
    CHECK(p.skipped == 5);
    REQUIRE(p.problems.size() == 5);
    std::vector<std::size_t> rows;
    for (const auto& pr : p.problems) {
        rows.push_back(pr.row);
        CHECK(pr.skipped);
        CHECK_FALSE(pr.message_vi.empty());
        CHECK_FALSE(pr.message_en.empty());
    }
    CHECK(rows == std::vector<std::size_t>{2, 4, 5, 6, 7});
    CHECK(p.problems[1].message_vi.find("sau giải lao") != std::string::npos);   // names what it could not read

    // No time column chosen: nothing imported, one problem saying what is missing.
    const PasteTable t = programme_table(text, {});
    ProgrammeColumns c = guess_programme_columns(t);
    c.fields[0] = ProgrammeField::Ignore;
    const ProgrammePreview none = preview_programme(t, c, 0);
    CHECK(none.slots.empty());
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].row == 0);
}

TEST_CASE("programme paste: Word's HTML — merged time cell, paragraphs, entities, typographic times", "[paste][programme][html]") {
    // Shaped like Word's clipboard HTML: conditional comments, <o:p>, spans, a rowspan on the time cell.
    const std::string html =
        "<html><head><style>p.MsoNormal{margin:0}</style></head><body>"
        "<!--StartFragment--><p class=MsoNormal>CHƯƠNG TRÌNH</p>"
        "<table class=MsoTableGrid border=1>"
        "<tr><td><p><b>TT</b></p></td><td><p><b>Thời gian</b></p></td><td><p><b>Nội dung</b></p></td>"
        "<td><p><b>Thực hiện</b><o:p></o:p></p></td></tr>"
        "<tr><td>1</td><td><p>7h30&rsquo; &ndash; 8h00&rsquo;</p></td><td><p>Đón tiếp đại biểu</p></td><td>Văn phòng</td></tr>"
        "<tr><td>2</td><td rowspan=3 valign=top><p>8h00&#8217; &#x2013; 9h30&#8217;</p></td>"
        "<td><p><span lang=VI>Khai mạc</span></p></td><td><p>Giám đốc Sở</p><p>Nguyễn Văn A</p></td></tr>"
        "<tr><td>3</td><td>Báo cáo &amp; thảo luận</td><td>Phó Giám đốc</td></tr>"
        "<tr><td>4</td><td>Tham luận của Phòng GDĐT &lt;Đak Đoa&gt;</td><td>Trưởng phòng</td></tr>"
        "<tr><td>5</td><td>11h30</td><td colspan=2>Bế mạc</td></tr>"
        "</table><!--EndFragment--></body></html>";
    // The plain-text flavour Word puts next to it loses the merge (and would be read alone without HTML).
    const ProgrammePreview p = preview_of("ignored\tplain\ttext", html);
    CHECK(p.problems.empty());
    REQUIRE(p.slots.size() == 3);
    CHECK(p.slots[0].start == hm(7, 30));
    CHECK(p.slots[0].kind == SlotKind::Registration);
    CHECK(p.slots[1].start == hm(8, 0));
    CHECK(p.slots[1].end == hm(9, 30));
    REQUIRE(p.slots[1].items.size() == 3);
    CHECK(p.slots[1].items[0].performer == "Giám đốc Sở Nguyễn Văn A");
    CHECK(p.slots[1].items[1].content == "Báo cáo & thảo luận");
    CHECK(p.slots[1].items[2].content == "Tham luận của Phòng GDĐT <Đak Đoa>");
    CHECK(p.slots[2].items[0].content == "Bế mạc");
    CHECK(p.slots[2].items[0].performer.empty());
}

TEST_CASE("html table: spans, nested tables, no table, limits", "[paste][html]") {
    PasteTable t = parse_html_table("<table><tr><th colspan=2>A</th><td rowspan=2>B</td></tr><tr><td>c<td>d</tr>"
                                    "<tr><td>e<table><tr><td>x</td><td>y</td></tr></table></td></tr></table>"
                                    "<table><tr><td>second</td></tr></table>");
    REQUIRE(t.ok);
    CHECK(t.rows == std::vector<std::vector<std::string>>{{"A", "", "B"}, {"c", "d", ""}, {"e\nx y"}});
    CHECK(t.columns == 3);
    CHECK_FALSE(parse_html_table("<p>Không có bảng</p>").ok);
    CHECK_FALSE(parse_html_table("<p>Không có bảng</p>").error_vi.empty());
    PasteLimits small;
    small.max_rows = 2;
    const PasteTable big = parse_html_table("<table><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>", small);
    CHECK_FALSE(big.ok);
    CHECK(big.error_vi.find("2") != std::string::npos);
    // Broken markup never throws: an unclosed tag at the end, stray entities.
    CHECK(parse_html_table("<table><tr><td>a &bogus; &#xZZ; &").ok);
    CHECK_FALSE(parse_html_table("<table><tr><td").ok);
}

TEST_CASE("programme paste: replace or add, one undo step each", "[paste][programme]") {
    Editor ed(load_template("ke-hoach-1905"));
    const std::size_t before = ed.plan().agenda.size();
    const std::string text = "Thời gian\tNội dung\tThực hiện\n13h30 - 14h00\tKết nối\tKỹ thuật\n14h00 - 16h00\tHội thảo\tSở\n";
    const ProgrammePreview p = preview_of(text);
    REQUIRE(p.slots.size() == 2);

    CHECK(apply_programme_paste(ed, p, false) == 2);
    CHECK(ed.plan().agenda.size() == before + 2);
    CHECK(ed.plan().agenda.back().items[0].content == "Hội thảo");   // sorted: the afternoon comes last
    std::set<std::string> ids;
    for (const Slot& s : ed.plan().agenda) ids.insert(s.id);
    CHECK(ids.size() == ed.plan().agenda.size());
    REQUIRE(ed.undo());
    CHECK(ed.plan().agenda.size() == before);

    CHECK(apply_programme_paste(ed, p, true) == 2);
    REQUIRE(ed.plan().agenda.size() == 2);
    CHECK(ed.plan().agenda[0].items[0].content == "Kết nối");
    REQUIRE(ed.undo());
    CHECK(ed.plan().agenda.size() == before);
    CHECK_FALSE(ed.can_undo());

    CHECK(apply_programme_paste(ed, ProgrammePreview{}, true) == 0);   // nothing to add: nothing changes
    CHECK(ed.plan().agenda.size() == before);
}
