// test_print_checks.cpp — what the checks say before printing, held against
// what the print then does: a section named "left out" (body.section-empty,
// budget.no-lines) is exactly a heading the printed HTML does not show, on
// the print corpus (tests/fixtures/print) and both templates; budget lines
// nowhere printed are named; and the programme's TT column setting
// (Plan::agenda_numbered) reaches the file, the print and the Word file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/export_docx.h"
#include "core/export_html.h"
#include "core/export_outline.h"
#include "core/plan_file.h"
#include "core/templates.h"
#include "core/text.h"
#include "core/validate.h"

using namespace dc;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::pair<std::string, Plan>> corpus_and_templates() {
    std::vector<std::pair<std::string, Plan>> out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(DC_SOURCE_DIR) / "tests/fixtures/print"))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        ImportResult r = read_plan(slurp(f));
        REQUIRE(r.ok());
        out.emplace_back(f.filename().string(), *r.plan);
    }
    for (const auto& info : builtin_templates()) out.emplace_back(info.id, load_template(info.id));
    return out;
}

// The heading texts the printed HTML shows as clauses (<span class="ht">…</span>),
// without a trailing ":".
std::multiset<std::string> printed_headings(const std::string& html) {
    std::multiset<std::string> out;
    const std::string open = "<span class=\"ht\">";
    for (std::size_t a = html.find(open); a != std::string::npos; a = html.find(open, a + 1)) {
        const std::size_t b = html.find("</span>", a);
        std::string t = html.substr(a + open.size(), b - a - open.size());
        while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
        out.insert(t);
    }
    return out;
}

std::string as_printed(const Block& b) {
    std::string t = html_escape(b.level == 1 ? upper_vi(b.text) : b.text);
    while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
    return t;
}

bool has_code(const std::vector<Finding>& fs, const char* code) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.code == code; });
}

std::vector<Finding> print_findings(const Plan& p) {
    std::vector<Finding> out;
    for (const Finding& f : validate(p))
        if (f.code == "body.section-empty" || f.code == "budget.no-lines" || f.code == "budget.not-printed") out.push_back(f);
    return out;
}

Plan small_plan() {
    Plan p;
    p.header.kind = DocKind::KeHoach;
    p.header.issuing_body = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    p.header.title = "Tổ chức Hội nghị trực tuyến";
    auto heading = [](int level, std::string text, std::string body = {}) {
        Block b;
        b.kind = BlockKind::Heading;
        b.level = level;
        b.text = std::move(text);
        b.body = std::move(body);
        return b;
    };
    Block para;
    para.kind = BlockKind::Paragraph;
    para.text = "Đảm bảo Hội nghị được tổ chức trang trọng.";
    Block budget;
    budget.kind = BlockKind::Insert;
    budget.insert = InsertWhat::Budget;
    p.body = {heading(1, "Mục đích, yêu cầu"), para, heading(1, "Tổ chức thực hiện"), heading(2, "Văn phòng"),
              heading(2, "Các trường"), heading(1, "Kinh phí"), budget};
    return p;
}

}  // namespace

TEST_CASE("print checks: a section is named 'left out' exactly when the print leaves it out", "[validate][print]") {
    for (const auto& [name, p] : corpus_and_templates()) {
        INFO(name);
        const std::vector<Finding> found = print_findings(p);
        std::set<std::size_t> named;
        for (const Finding& f : found) {
            if (f.code == "budget.not-printed") continue;
            REQUIRE(f.place.rfind("body[", 0) == 0);
            named.insert(static_cast<std::size_t>(std::stoul(f.place.substr(5))));
        }
        // A heading is covered when it or a heading enclosing it is named.
        std::multiset<std::string> printed = printed_headings(html_plan(p));
        if (printed.empty()) {
            // Nothing written under any heading yet (the blank template): not named.
            CHECK(found.empty());
            continue;
        }
        std::vector<std::size_t> open;   // enclosing headings of the current block, outermost first
        for (std::size_t i = 0; i < p.body.size(); ++i) {
            const Block& b = p.body[i];
            if (b.kind != BlockKind::Heading) continue;
            while (!open.empty() && p.body[open.back()].level >= b.level) open.pop_back();
            open.push_back(i);
            const bool covered = std::any_of(open.begin(), open.end(), [&](std::size_t j) { return named.count(j) > 0; });
            auto it = printed.find(as_printed(b));
            const bool shown = it != printed.end();
            if (shown) printed.erase(it);
            INFO("body[" << i << "] \"" << b.text << "\"");
            CHECK(shown != covered);
        }
        // Budget lines the print shows nowhere are named.
        const bool budget_insert = std::any_of(p.body.begin(), p.body.end(), [](const Block& b) {
            return b.kind == BlockKind::Insert && b.insert == InsertWhat::Budget;
        });
        CHECK(has_code(found, "budget.not-printed") == (!budget_insert && !p.budget.empty()));
    }
}

// The blank template is only section titles: nothing to print yet, nothing named.
TEST_CASE("print checks: the built-in templates print every section", "[validate][print][templates]") {
    for (const auto& info : builtin_templates()) {
        INFO(info.id);
        CHECK(print_findings(load_template(info.id)).empty());
    }
}

TEST_CASE("print checks: an empty Kinh phí, nested empty sections, lines nowhere printed", "[validate][print]") {
    Plan p = small_plan();
    std::vector<Finding> f = print_findings(p);
    // "Tổ chức thực hiện" and its two empty clauses: one finding, on the section.
    REQUIRE(f.size() == 2);
    CHECK(f[0].code == "budget.no-lines");
    CHECK(f[0].place == "body[5]");
    CHECK(f[0].values.at(0).text == "Kinh phí");
    CHECK(f[1].code == "body.section-empty");
    CHECK(f[1].place == "body[2]");

    // A budget line fills the section: no budget finding.
    BudgetLine line;
    line.text = "Kinh phí tổ chức Hội nghị chi từ nguồn ngân sách năm 2024.";
    p.budget.push_back(line);
    f = print_findings(p);
    CHECK_FALSE(has_code(f, "budget.no-lines"));
    CHECK(has_code(f, "body.section-empty"));

    // The same line without a Kinh phí section in the body is printed nowhere.
    p.body.pop_back();
    p.body.pop_back();
    f = print_findings(p);
    REQUIRE(has_code(f, "budget.not-printed"));
    CHECK(std::find_if(f.begin(), f.end(), [](const Finding& x) { return x.code == "budget.not-printed"; })->values.at(0).number == 1);

    // Clauses with run-in text keep their section: nothing is named.
    p.body[3].body = "Chủ trì tổ chức Hội nghị.";
    p.body[4].body = "Cử cán bộ kỹ thuật trực tại điểm cầu.";
    p.budget.clear();
    CHECK(print_findings(p).empty());

    // A plan with nothing written yet (every section empty, as the blank
    // template) is not ready to print: its empty sections are not named.
    Plan blank = small_plan();
    blank.body.erase(blank.body.begin() + 1);
    CHECK(print_findings(blank).empty());
}

TEST_CASE("programme TT column: stored in the plan, printed and exported to Word", "[print][agenda]") {
    Plan p = load_template("ke-hoach-1905");
    REQUIRE(p.agenda.size() >= 2);
    REQUIRE_FALSE(p.agenda_numbered);
    // Off: no TT column, and the file does not mention the setting.
    CHECK(write_plan(p).find("agenda_numbered") == std::string::npos);
    const std::string off = html_agenda(p);
    CHECK(off.find("<th>TT</th>") == std::string::npos);

    p.agenda_numbered = true;
    ImportResult back = read_plan(write_plan(p));
    REQUIRE(back.ok());
    CHECK(back.plan->agenda_numbered);

    // On: a TT header and one number per printed row, 1..n in order.
    const std::string on = html_plan(p);
    REQUIRE(on.find("<th>TT</th><th>Thời gian</th>") != std::string::npos);
    std::size_t rows = 0;
    for (const Slot& s : p.agenda) rows += std::max<std::size_t>(1, s.items.size());
    std::size_t pos = 0;
    for (std::size_t k = 1; k <= rows; ++k) {
        pos = on.find("<td class=\"n\">" + std::to_string(k) + "</td>", pos);
        INFO("row " << k);
        REQUIRE(pos != std::string::npos);
    }
    CHECK(on.find("<td class=\"n\">" + std::to_string(rows + 1) + "</td>") == std::string::npos);

    // Word: one more "TT" header cell than without the setting (a site
    // appendix has its own), and the row numbers as centred cells (the
    // package stores document.xml uncompressed).
    auto count = [](const std::string& s, const std::string& what) {
        std::size_t n = 0;
        for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
        return n;
    };
    const std::string docx_on = export_docx(p);
    p.agenda_numbered = false;
    const std::string docx_off = export_docx(p);
    CHECK(count(docx_on, ">TT</w:t>") == count(docx_off, ">TT</w:t>") + 1);
    const std::string cell = "<w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">";
    for (std::size_t k = 1; k <= rows; ++k) {
        INFO("Word row " << k);
        CHECK(count(docx_on, cell + std::to_string(k) + "</w:t>") > count(docx_off, cell + std::to_string(k) + "</w:t>"));
    }
}

TEST_CASE("header name: the place that ends it wraps as one unit", "[print][header]") {
    const std::string nb = "\xC2\xA0";
    const std::string kt = outline::header_name("ỦY BAN NHÂN DÂN TỈNH KON TUM");
    CHECK(kt == "ỦY" + nb + "BAN NHÂN" + nb + "DÂN TỈNH" + nb + "KON" + nb + "TUM");
    CHECK(outline::header_name("UBND HUYỆN ĐẮK HÀ") == "UBND HUYỆN" + nb + "ĐẮK" + nb + "HÀ");
    // A long place name is left to wrap between its words.
    const std::string long_name = outline::header_name("UBND TỈNH BÀ RỊA - VŨNG TÀU");
    CHECK(long_name.find("BÀ RỊA") != std::string::npos);
    // A name without a place is unchanged but for its two-syllable words.
    CHECK(outline::header_name("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") == "PHÒNG GIÁO" + nb + "DỤC VÀ ĐÀO" + nb + "TẠO");
}
