// test_call_sheet.cpp — the printable call sheet (html_call_sheet) judged by
// rules on plans shaped like real ones: a district with two central
// technicians over two days, a UBND's communes with one unnamed lane, a plan
// where some sites have no slot yet, names that need escaping.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/datetime.h"
#include "core/export_html.h"
#include "core/exporters.h"
#include "core/sites_ops.h"
#include "core/templates.h"

using namespace dc;
using dc::exportwords::site_label;

namespace {
int hm(int h, int m) { return h * 60 + m; }

struct PrintedRow {
    std::string day;                 // the day line above it
    std::vector<std::string> cells;  // inner HTML of each <td>
};

// The body rows of the sheet's table; day lines are folded into the rows below them.
std::vector<PrintedRow> printed_rows(const std::string& html, int* day_lines) {
    std::vector<PrintedRow> out;
    const std::size_t a = html.find("<table class=\"grid compact calls\"");
    REQUIRE(a != std::string::npos);
    const std::size_t b = html.find("<tbody>", a), e = html.find("</tbody>", a);
    REQUIRE(b != std::string::npos);
    REQUIRE(e != std::string::npos);
    const std::string body = html.substr(b, e - b);
    std::string day;
    *day_lines = 0;
    for (std::size_t p = body.find("<tr"); p != std::string::npos; p = body.find("<tr", p + 3)) {
        const std::size_t end = body.find("</tr>", p);
        const std::string tr = body.substr(p, end - p);
        std::vector<std::string> cells;
        for (std::size_t c = tr.find("<td"); c != std::string::npos; c = tr.find("<td", c + 3)) {
            const std::size_t open_end = tr.find('>', c) + 1;
            cells.push_back(tr.substr(open_end, tr.find("</td>", open_end) - open_end));
        }
        if (tr.find("class=\"day\"") != std::string::npos) {
            day = cells.at(0);
            ++*day_lines;
            continue;
        }
        out.push_back({day, cells});
    }
    return out;
}

Site site(const std::string& id, const std::string& name, Date d, int start, int minutes, const std::string& lane) {
    Site s;
    s.id = id;
    s.name = name;
    s.test_date = d;
    s.test_start = start;
    s.test_end = start == kNoTime ? kNoTime : start + minutes;
    s.test_lane = lane;
    s.contact_name = "Cô " + name;
    s.contact_phone = "09" + std::to_string(10000000 + static_cast<int>(id.size()) * 7 + start);
    return s;
}

// Checks the rules every call sheet keeps, whatever the plan.
void check_sheet(const Plan& p) {
    const std::string html = html_call_sheet(p);
    int day_lines = 0;
    const std::vector<PrintedRow> rows = printed_rows(html, &day_lines);
    // Every scheduled site exactly once, and nothing else.
    std::set<std::size_t> scheduled;
    std::map<std::string, std::size_t> by_label;
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        if (valid_date(s.test_date) && s.test_start != kNoTime) scheduled.insert(i);
    }
    REQUIRE(rows.size() == scheduled.size());
    std::multiset<std::string> printed_sites, expected_sites;
    for (const PrintedRow& r : rows) printed_sites.insert(r.cells.at(3));
    for (std::size_t i : scheduled) expected_sites.insert(html_escape(site_label(p.sites[i])));
    CHECK(printed_sites == expected_sites);
    // Ordered by day, then time, then lane; numbered 1..n; a day line per date.
    std::set<std::string> days;
    const std::vector<CallRow> sheet = call_sheet(p);
    for (std::size_t k = 0; k < rows.size(); ++k) {
        CHECK(rows[k].cells.at(0) == std::to_string(k + 1));
        const Site& s = p.sites[sheet[k].site_index];
        CHECK(rows[k].cells.at(3) == html_escape(site_label(s)));
        CHECK(rows[k].cells.at(1) == format_time_range(s.test_start, s.test_end));
        // The group (or, without one, the site's kind): which "Ban Mai" is called.
        CHECK(rows[k].cells.at(4) == html_escape(exportwords::site_group_text(p, s)));
        CHECK(rows[k].cells.size() == 7);
        CHECK(rows[k].day.find(format_date(s.test_date)) != std::string::npos);
        days.insert(rows[k].day);
        if (k == 0) continue;
        const Site& prev = p.sites[sheet[k - 1].site_index];
        const auto key = [](const Site& x) { return std::make_tuple(to_days(x.test_date), x.test_start); };
        CHECK(key(prev) <= key(s));
        if (key(prev) == key(s)) CHECK(fold_for_search(prev.test_lane) <= fold_for_search(s.test_lane));
    }
    CHECK(day_lines == static_cast<int>(days.size()));
    // The header repeats on each printed page (a <thead> the print CSS repeats).
    CHECK(html.find("<thead><tr><th>STT</th>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    // Sites without a slot are counted, never silently left out.
    std::size_t without = 0;
    for (std::size_t i = 0; i < p.sites.size(); ++i) without += !scheduled.count(i) && !p.sites[i].central;
    if (!scheduled.empty() && without > 0)
        CHECK(html.find("Còn " + std::to_string(without) + " điểm cầu chưa có lịch") != std::string::npos);
    else
        CHECK(html.find("chưa có lịch kiểm tra kết nối.</i>") == std::string::npos);
    if (scheduled.empty()) CHECK(html.find("Chưa có điểm cầu nào được xếp lịch") != std::string::npos);
}
}  // namespace

TEST_CASE("call sheet: a district's two technicians over two days, by time then lane", "[sites][callsheet]") {
    Plan p = load_template("ke-hoach-1905");
    p.header.issuing_body = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    p.sites.clear();
    Site hall = site("hall", "Hội trường Phòng GDĐT", Date{}, kNoTime, 0, "");
    hall.central = true;
    p.sites.push_back(hall);
    const Date d1{2026, 8, 14}, d2{2026, 8, 15};
    // Listed out of order on purpose: the sheet sorts, the list keeps its order.
    p.sites.push_back(site("a", "Trường <b>Ban Mai</b> & \"Hoa Sen\"", d2, hm(8, 0), 15, "Chị Lan"));
    p.sites.push_back(site("b", "Trường Tiểu học Phú La", d1, hm(14, 0), 15, "Anh Tuấn"));
    p.sites.push_back(site("c", "Trường THCS Lê Quý Đôn", d1, hm(8, 0), 15, "Chị Lan"));
    p.sites.push_back(site("d", "Trường Mầm non Sao Mai", d1, hm(8, 0), 15, "Anh Tuấn"));
    p.sites.push_back(site("e", "Trường 'Văn Quán'", d1, hm(8, 15), 15, "Anh Tuấn"));
    p.sites.push_back(site("f", "Trường chưa xếp", Date{}, kNoTime, 0, ""));
    // Three levels as groups; one school left out of them shows its kind instead.
    p.site_groups.clear();
    const char* levels[][2] = {{"mn", "Trường Mầm non"}, {"th", "Trường Tiểu học <cấp 1>"}, {"cs", "Trường THCS"}};
    for (const auto& l : levels) {
        SiteGroup g;
        g.id = l[0];
        g.name = l[1];
        p.site_groups.push_back(g);
    }
    p.sites[1].group_id = "th";
    p.sites[2].group_id = "th";
    p.sites[3].group_id = "cs";
    p.sites[4].group_id = "mn";
    p.sites[5].kind = "Trường THCS";
    check_sheet(p);
    const std::string html = html_call_sheet(p);
    CHECK(html.find("<b>Ban Mai</b>") == std::string::npos);
    CHECK(html.find("&lt;b&gt;Ban Mai&lt;/b&gt; &amp; &quot;Hoa Sen&quot;") != std::string::npos);
    // Anh Tuấn before Chị Lan at 08h00 on 14/8; the 15/8 test last.
    const std::size_t sao_mai = html.find("Sao Mai"), le_quy_don = html.find("Lê Quý Đôn"), ban_mai = html.find("Ban Mai");
    CHECK(sao_mai < le_quy_don);
    CHECK(le_quy_don < ban_mai);
    CHECK(html.find("Còn 1 điểm cầu chưa có lịch") != std::string::npos);
    CHECK(html.find("<th>Nhóm</th>") != std::string::npos);
    CHECK(html.find("Trường Tiểu học &lt;cấp 1&gt;") != std::string::npos);
}

TEST_CASE("call sheet: a UBND's communes, one unnamed lane, a 2,000-school province", "[sites][callsheet]") {
    Plan p = load_template("cong-van-hop-truc-tuyen");
    p.header.issuing_body = "ỦY BAN NHÂN DÂN HUYỆN THANH OAI";
    p.sites.clear();
    const Date d{2026, 9, 3};
    for (int k = 0; k < 21; ++k)
        p.sites.push_back(site("x" + std::to_string(k), "UBND xã số " + std::to_string(k), d, hm(7, 30) + ((k * 7) % 21) * 10,
                               10, ""));
    check_sheet(p);

    // Nothing scheduled yet: an empty table and a sentence saying so.
    for (Site& s : p.sites) s.test_start = kNoTime;
    check_sheet(p);

    // A province: 2,000 schools, three lanes, three days, some still without a slot.
    p.sites.clear();
    const char* lanes[] = {"Kỹ thuật 1", "Kỹ thuật 2", "Kỹ thuật 3"};
    for (int k = 0; k < 2000; ++k) {
        const int slot = k / 3;
        const Date day{2026, 9, 1 + slot / 150};
        p.sites.push_back(site("p" + std::to_string(k), "Trường số " + std::to_string(k), day,
                               slot < 600 ? hm(7, 0) + (slot % 150) * 5 : kNoTime, 5, lanes[k % 3]));
    }
    check_sheet(p);
}
