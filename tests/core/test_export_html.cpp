// test_export_html.cpp — the printable HTML documents (src/core/export_html.h).
//
// Checks are made on what a reader sees: the HTML is reduced to its text
// (tags dropped, entities decoded, whitespace collapsed) before looking for
// the official wording; escaping is checked on the raw HTML with a tag
// scanner that only allows the tags the generator itself writes.
// The PDF side (real Chromium, poppler) is tests/print/run.sh.
//
// [SECTION] helpers · [SECTION] escaping · [SECTION] header · [SECTION] body
// [SECTION] tables · [SECTION] closing · [SECTION] other documents
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "../print/seed_plans.h"
#include "core/export_html.h"
#include "core/export_outline.h"
#if __has_include("core/templates.h")
#include "core/templates.h"
#define DC_TEST_TEMPLATES 1
#endif

using namespace dc;
namespace td = dc::testdata;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

namespace {

// The visible text of an HTML page: <head> dropped, tags dropped (block tags
// become spaces), the five entities plus &nbsp; decoded, whitespace collapsed.
std::string text_of(const std::string& html) {
    std::string body = html;
    // A no-break space (bound words of the header) reads as a space.
    for (std::size_t k = 0; (k = body.find("\xC2\xA0", k)) != std::string::npos;) body.replace(k, 2, " ");
    auto hb = body.find("<body>");
    if (hb != std::string::npos) body = body.substr(hb);
    std::string out;
    bool in_tag = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        char c = body[i];
        if (in_tag) {
            if (c == '>') in_tag = false;
            continue;
        }
        if (c == '<') {
            // Inline tags join text; everything else separates it.
            static const char* inl[] = {"<span", "</span", "<strong", "</strong", "<b>", "</b>", "<i>", "</i>"};
            bool inline_tag = false;
            for (const char* t : inl)
                if (body.compare(i, std::char_traits<char>::length(t), t) == 0) inline_tag = true;
            if (!inline_tag) out += ' ';
            in_tag = true;
            continue;
        }
        if (c == '&') {
            static const std::pair<const char*, const char*> ents[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}};
            bool done = false;
            for (auto& e : ents) {
                std::size_t n = std::char_traits<char>::length(e.first);
                if (body.compare(i, n, e.first) == 0) { out += e.second; i += n - 1; done = true; break; }
            }
            if (done) continue;
        }
        out += c;
    }
    std::string collapsed;
    for (char c : out) {
        bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (ws) {
            if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
        } else {
            collapsed += c;
        }
    }
    return collapsed;
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

std::string lower_ascii(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Every tag in the page must be one the generator writes, with no on…=
// attribute; the only </style> closes the one stylesheet.  Returns the first
// offending tag, or "" when the page is clean.
std::string bad_tag(const std::string& html) {
    static const std::set<std::string> allowed = {"!doctype", "html", "head", "meta", "title", "style", "body",
        "div", "table", "tr", "td", "th", "thead", "tbody", "colgroup", "col", "p", "span", "strong", "b", "i", "br"};
    std::string low = lower_ascii(html);
    // Skip the stylesheet: its content is CSS, checked separately.
    std::size_t st = low.find("<style>"), se = low.find("</style>");
    for (std::size_t i = 0; i < low.size(); ++i) {
        if (i > st && i < se) { i = se; }
        if (low[i] != '<') continue;
        std::size_t j = i + 1;
        if (j < low.size() && low[j] == '/') ++j;
        std::size_t k = j;
        while (k < low.size() && (std::isalnum(static_cast<unsigned char>(low[k])) || low[k] == '!')) ++k;
        std::string name = low.substr(j, k - j);
        std::size_t end = low.find('>', i);
        std::string tag = low.substr(i, end == std::string::npos ? std::string::npos : end - i + 1);
        if (!allowed.count(name)) return tag;
        // Attributes: look for " on" followed by letters and "=".
        for (std::size_t a = tag.find(" on"); a != std::string::npos; a = tag.find(" on", a + 1)) {
            std::size_t b = a + 3;
            while (b < tag.size() && std::isalpha(static_cast<unsigned char>(tag[b]))) ++b;
            if (b < tag.size() && tag[b] == '=') return tag;
        }
    }
    return "";
}

std::size_t count_of(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] escaping
//-----------------------------------------------------------------------------

TEST_CASE("html_escape escapes the five HTML specials and nothing else", "[export_html]") {
    CHECK(html_escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    CHECK(html_escape("Độc lập - Tự do - Hạnh phúc") == "Độc lập - Tự do - Hạnh phúc");
    CHECK(html_escape("") == "");
}

TEST_CASE("hostile plan text prints literally in every document and forms no tag", "[export_html][safety]") {
    Plan p = td::hostile();
    const std::pair<const char*, std::string> docs[] = {
        {"plan", html_plan(p)}, {"agenda", html_agenda(p)}, {"tasks", html_tasks(p, {true})},
        {"sites", html_sites(p)}, {"site_sheets", html_site_sheets(p)}, {"site_sheet", html_site_sheet(p, "s2")},
        {"unknown_site", html_site_sheet(p, td::kHostileImg)}};
    for (const auto& [name, html] : docs) {
        INFO("document " << name);
        CHECK(bad_tag(html) == "");
        std::string low = lower_ascii(html);
        CHECK(count_of(low, "<script") == 0);
        CHECK(count_of(low, "<img") == 0);
        CHECK(count_of(low, "</style>") == 1);
        CHECK(count_of(low, "javascript:") == 0);
        // The stylesheet holds no '<' at all: no plan text can close it.
        std::size_t st = low.find("<style>") + 7, se = low.find("</style>");
        CHECK(low.substr(st, se - st).find('<') == std::string::npos);
    }
    // What a reader sees is the literal text.
    std::string plan_text = text_of(html_plan(p));
    CHECK(contains(plan_text, "Tiêu đề <script>alert(1)</script>"));
    CHECK(contains(plan_text, "Mở đầu \"><img src=x onerror=alert(1)> & ' \" </style><script>alert(2)</script>"));
    CHECK(contains(plan_text, "Đăng ký <script>alert(1)</script>"));
    CHECK(contains(plan_text, "Gửi giấy mời \"><img src=x onerror=alert(1)>"));
    CHECK(contains(plan_text, "- UBND \"><img src=x onerror=alert(1)> (báo cáo);"));
    CHECK(contains(plan_text, "- Lưu: VT, </style><script>alert(2)</script>."));
    CHECK(contains(plan_text, "Lê <script>alert(1)</script>"));
    CHECK(contains(plan_text, "Số: 1905/KH-<script>alert(1)</script>"));
    CHECK(contains(text_of(html_sites(p)), "Điểm cầu <script>alert(1)</script>"));
    CHECK(contains(text_of(html_site_sheet(p, td::kHostileImg)), td::kHostileImg));
}

TEST_CASE("the version label reaches CSS only as hex escapes", "[export_html][safety]") {
    Plan p = td::seed_002();
    p.header.version_label = "Dự thảo \"lần 2\" — 24/8/2021 </style>";
    std::string html = html_plan(p);
    // '"' → \22, '/' → \2f, '<' → \3c; Vietnamese letters pass through.
    CHECK(contains(html, "@bottom-right { content: \"Dự thảo \\22 lần 2\\22  — 24\\2f 8\\2f 2021 \\3c \\2f style\\3e \";"));
    CHECK(contains(text_of(html), "Dự thảo \"lần 2\" — 24/8/2021 </style>"));
    CHECK(count_of(html, "</style>") == 1);
    // No label, no footer rule.
    CHECK_FALSE(contains(html_plan(td::seed_002()), "@bottom-right"));
}

TEST_CASE("injected font CSS cannot close the stylesheet", "[export_html][safety]") {
    PrintOptions o;
    o.embed_fonts = true;
    o.font_css = "@font-face { font-family: Tinos; src: url(data:font/woff2;base64,AAAA); } </style><script>x</script>";
    std::string html = html_plan(td::seed_002(), o);
    CHECK(contains(html, "@font-face { font-family: Tinos;"));
    CHECK(count_of(lower_ascii(html), "</style>") == 1);
    CHECK(count_of(lower_ascii(html), "<script") == 0);
    // Not embedded unless asked.
    o.embed_fonts = false;
    CHECK_FALSE(contains(html_plan(td::seed_002(), o), "@font-face"));
    // The language tag is an attribute: only letters and '-' get through.
    o.lang = "\"><script>";
    CHECK(contains(html_plan(td::seed_002(), o), "<html lang=\"vi\">"));
    o.lang = "en";
    CHECK(contains(html_plan(td::seed_002(), o), "<html lang=\"en\">"));
}

TEST_CASE("pages carry no script and forbid scripts by policy", "[export_html][safety]") {
    std::string html = html_plan(td::seed_000());
    CHECK(contains(html, "Content-Security-Policy"));
    CHECK(contains(html, "default-src 'none'"));
    CHECK(bad_tag(html) == "");
}

//-----------------------------------------------------------------------------
// [SECTION] header
//-----------------------------------------------------------------------------

TEST_CASE("number line: code, leading zero, blank number", "[export_html][header]") {
    Header h;
    h.number = "1905"; h.code = "KH-SGDĐT";
    CHECK(format_number_line(h) == "Số: 1905/KH-SGDĐT");
    h.number = "5";
    CHECK(format_number_line(h) == "Số: 05/KH-SGDĐT");
    h.number = "10";
    CHECK(format_number_line(h) == "Số: 10/KH-SGDĐT");
    h.number = ""; h.code = "SGDĐT-GDTrHCTTX";
    CHECK(format_number_line(h) == "Số:       /SGDĐT-GDTrHCTTX");
    // The writing room survives HTML whitespace collapsing.
    CHECK(contains(html_plan(td::seed_000()), "Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/SGDĐT-GDTrHCTTX"));
}

TEST_CASE("Kế hoạch header: bodies, national motto, number and date line", "[export_html][header]") {
    std::string t = text_of(html_plan(td::seed_002()));
    CHECK(contains(t, "UBND TỈNH GIA LAI SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                      "Độc lập - Tự do - Hạnh phúc Số: 1905/KH-SGDĐT Gia Lai, ngày 28 tháng 8 năm 2021"));
    CHECK(contains(t, "KẾ HOẠCH Tổ chức Hội nghị trực tuyến tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học "
                      "2021-2022 Thực hiện chỉ đạo"));
}

TEST_CASE("date line pads the day below 10 and months 1 and 2", "[export_html][header]") {
    Plan p = td::seed_002();
    p.header.date = {2020, 1, 5};
    CHECK(contains(text_of(html_plan(p)), "Gia Lai, ngày 05 tháng 01 năm 2020"));
    p.header.date = {2021, 10, 0};   // day left blank, as in the công văn
    std::string t = text_of(html_plan(p));
    CHECK(contains(t, "tháng 10 năm 2021"));
    CHECK_FALSE(contains(t, "ngày 0 "));
}

TEST_CASE("Công văn header: V/v under the number, Kính gửi list, basis in italics", "[export_html][header]") {
    std::string html = html_plan(td::seed_000());
    std::string t = text_of(html);
    CHECK(contains(t, "V/v tổ chức Hội nghị trực tuyến về công tác quản lý, sử dụng phòng học bộ môn và thiết bị dạy học"));
    CHECK_FALSE(contains(t, "KẾ HOẠCH"));
    CHECK(contains(t, "Kính gửi: - Các phòng giáo dục và đào tạo; - Các trung tâm GDNN-GDTX; - Trung tâm GDTX tỉnh; "
                      "- Các trường phổ thông trực thuộc Sở."));
    CHECK(contains(html, "<p class=\"basis\">Căn cứ Thông tư số 14/2020/TT-BGDĐT"));
    CHECK(contains(t, "cơ sở giáo dục phổ thông; Căn cứ Công văn số 1939/SGDĐT-GDTrHCTTX"));
    CHECK(contains(t, "phòng học bộ môn và thiết bị dạy học. Sở GDĐT tổ chức"));
}

//-----------------------------------------------------------------------------
// [SECTION] body
//-----------------------------------------------------------------------------

TEST_CASE("Kế hoạch outline: I. CAPITALS / 1. / dashes, inserts share the numbering", "[export_html][body]") {
    std::string t = text_of(html_plan(td::seed_002()));
    CHECK(contains(t, "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích: - Đánh giá tình hình"));
    CHECK(contains(t, "2. Yêu cầu: Đảm bảo Hội nghị"));
    CHECK(contains(t, "II. THỜI GIAN, HÌNH THỨC, ĐỊA ĐIỂM TỔ CHỨC HỘI NGHỊ 1. Thời gian: 1/2 ngày"));
    CHECK(contains(t, "III. THÀNH PHẦN THAM DỰ HỘI NGHỊ TẠI CÁC ĐIỂM CẦU 1. Điểm cầu trung tâm tại Hội trường A, Sở "
                      "Giáo dục và Đào tạo: - Chủ trì: Lãnh đạo UBND tỉnh; Giám đốc Sở GDĐT; - Các Phó Giám đốc"));
    CHECK(contains(t, "2. Điểm cầu tại 17 huyện, thị xã, thành phố: - Chủ trì:"));
    CHECK(contains(t, "Covid-19, nguyên tắc 5K. Tập trung không quá 10 người."));
    CHECK(contains(t, "V. TỔ CHỨC THỰC HIỆN 1. Văn phòng - Chủ trì, phối hợp"));
    CHECK(contains(t, "2. Các phòng chuyên môn nghiệp vụ thuộc Sở GDĐT"));
    CHECK(contains(t, "(Báo cáo tổng kết về đề xuất nội dung tham luận gửi về Văn phòng qua địa chỉ E-mail: "
                      "vanphong.sogialai@moet.edu.vn) 3. Tiến độ công việc và phân công thực hiện"));
    CHECK(contains(t, "VI. KINH PHÍ Nguồn kinh phí được chi"));
    // "**…**" in plan text is bold, and only that.
    CHECK(contains(html_plan(td::seed_002()), "<strong>Tập trung không quá 10 người.</strong>"));
}

TEST_CASE("Công văn outline (levels 2 and 3): 1. / a) / dashes", "[export_html][body]") {
    std::string t = text_of(html_plan(td::seed_000()));
    CHECK(contains(t, "1. Mục đích Đánh giá tình hình"));
    CHECK(contains(t, "2. Nội dung a) Đánh giá tình hình"));
    CHECK(contains(t, "b) Triển khai một số nhiệm vụ trọng tâm"));
    CHECK(contains(t, "c) Thời gian kết nối, tổng duyệt kỹ thuật: - Kết nối kỹ thuật: Từ 08h00 đến 11h00 ngày "
                      "27/10/2021. - Tổng duyệt kỹ thuật và Hội nghị chính thức: 14h00 ngày 27/10/2021."));
    CHECK(contains(t, "b) Thành phần: - Điểm cầu chính tại Sở GDĐT: Lãnh đạo Sở GDĐT;"));
    CHECK(contains(t, "b) Các Điểm cầu bao gồm: - Điểm cầu chính tại Sở GDĐT; - Điểm cầu tại các phòng GDĐT; "
                      "- Điểm cầu tại các trường phổ thông trực thuộc Sở; - Điểm cầu tại Trung tâm GDTX tỉnh; "
                      "- Điểm cầu tại Trung tâm GDNN-GDTX. c) Thời gian kết nối"));
    CHECK(contains(t, "do Hiệu trưởng triệu tập. Riêng các trường phổ thông"));
    CHECK(contains(t, "5. Kinh phí tổ chức Hội nghị a) Kinh phí tổ chức Hội nghị tại Điểm cầu Sở GDĐT"));
    CHECK(contains(t, "6. Tổ chức thực hiện a) Các phòng GDĐT, Trung tâm GDNN-GDTX - Chủ động"));
    CHECK(contains(t, "b) Các trường phổ thông trực thuộc Sở: Chủ động, phối hợp"));
    // A run-in starting in lower case continues the unit's sentence; upper case follows a colon.
    CHECK(contains(t, "d) Đề nghị các phòng: GDMN&GDTH, Thanh tra Sở, KHTC phối hợp với Phòng GDTrHCTTX"));
    CHECK(contains(t, "điện thoại: 0367 850 603."));
}

TEST_CASE("the body ends with ./.", "[export_html][body]") {
    CHECK(contains(text_of(html_plan(td::seed_002())), "để triển khai thực hiện./. Nơi nhận:"));
    CHECK(contains(text_of(html_plan(td::seed_000())), "để kịp thời hướng dẫn./. Nơi nhận:"));
    Plan p = td::seed_002();
    p.header.closing = "Trên đây là Kế hoạch./.";   // typed with the mark already: not doubled
    std::string t = text_of(html_plan(p));
    CHECK(contains(t, "Trên đây là Kế hoạch./. Nơi nhận:"));
    CHECK_FALSE(contains(t, "./../."));
}

//-----------------------------------------------------------------------------
// [SECTION] tables
//-----------------------------------------------------------------------------

TEST_CASE("agenda table: every row, the three-item slot spans its time cell", "[export_html][tables]") {
    std::string html = html_plan(td::seed_002());
    CHECK(count_of(html, "rowspan=\"3\"") == 1);
    CHECK(count_of(html, "<thead><tr><th>Thời gian</th><th>Nội dung</th><th>Thực hiện</th></tr></thead>") == 1);
    std::string t = text_of(html);
    CHECK(contains(t, "07h30 - 08h00 Đăng ký đại biểu Văn phòng Sở GDĐT"));
    CHECK(contains(t, "08h00 - 09h30 Tuyên bố lý do, giới thiệu đại biểu Chánh Văn phòng Sở GDĐT Phát biểu khai mạc"));
    CHECK(contains(t, "09h30 - 10h30 Tham luận, thảo luận Các đại biểu"));
    CHECK(contains(t, "11h30 Bế mạc Hội nghị Giám đốc Sở GDĐT Lê Duy Định"));
}

TEST_CASE("task table: deadlines as written, relative ones computed from the event day", "[export_html][tables]") {
    Plan p = td::seed_002();
    std::string t = text_of(html_plan(p));
    CHECK(contains(t, "STT Nội dung công việc Thời gian hoàn thành Chủ trì"));
    CHECK(contains(t, "1 Xây dựng Báo cáo tổng kết năm học 2020-2021 và phương hướng, nhiệm vụ năm học 2021-2022 "
                      "Trước ngày 26/8/2021 Các phòng CMNV Sở"));
    CHECK(contains(t, "7 Kiểm tra kết nối đường truyền tại 18 điểm cầu Trong ngày 30/8/2021 Viettel Gia Lai; Văn phòng"));
    // The event moves two days later: the relative deadline follows, the fixed ones stay.
    p.event.days[0].date = {2021, 9, 2};
    t = text_of(html_plan(p));
    CHECK(contains(t, "Trong ngày 1/9/2021"));
    CHECK(contains(t, "Trước ngày 26/8/2021"));
    // Across a month end (31/8 → 1/9 is covered above) and a year end.
    p.event.days[0].date = {2022, 1, 1};
    CHECK(contains(text_of(html_plan(p)), "Trong ngày 31/12/2021"));
}

TEST_CASE("task appendix with the done column", "[export_html][tables]") {
    PrintOptions o;
    o.with_done_column = true;
    std::string t = text_of(html_tasks(td::seed_002(), o));
    CHECK(contains(t, "STT Nội dung công việc Thời gian hoàn thành Chủ trì Đã xong"));
    CHECK(contains(t, "Đã xong 1/7 công việc."));
    CHECK(contains(t, "Các phòng CMNV Sở Đã xong 25/8/2021"));
    CHECK_FALSE(contains(text_of(html_tasks(td::seed_002())), "Chủ trì Đã xong"));
}

TEST_CASE("budget amounts in đồng with dot thousands and a total", "[export_html][tables]") {
    Plan p = td::seed_000();
    p.budget[0].amount = 1500000;
    p.budget[1].amount = 2000000;
    std::string t = text_of(html_plan(p));
    CHECK(contains(t, "được cấp năm 2021 (1.500.000 đồng)."));
    CHECK(contains(t, "Tổng cộng: 3.500.000 đồng."));
}

//-----------------------------------------------------------------------------
// [SECTION] closing
//-----------------------------------------------------------------------------

TEST_CASE("Nơi nhận list and signature block", "[export_html][closing]") {
    std::string t = text_of(html_plan(td::seed_002()));
    CHECK(contains(t, "Nơi nhận: - UBND tỉnh (báo cáo); - Bộ Giáo dục và Đào tạo (báo cáo); - UBND các huyện, TX, TP "
                      "(phối hợp);"));
    CHECK(contains(t, "- Đăng Website Sở; - Lưu: VT, VP. GIÁM ĐỐC Lê Duy Định"));
    Plan p = td::seed_002();
    p.signer.authority = "KT.";
    p.signer.deputy_title = "Phó Giám đốc";
    p.signer.name = "Nguyễn Văn A";
    CHECK(contains(text_of(html_plan(p)), "- Lưu: VT, VP. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn A"));
    // Without an archive line the last recipient ends the list with ".".
    p.archive.clear();
    CHECK(contains(text_of(html_plan(p)), "- Đăng Website Sở. KT. GIÁM ĐỐC"));
}

//-----------------------------------------------------------------------------
// [SECTION] other documents
//-----------------------------------------------------------------------------

TEST_CASE("Chương trình alone: computed weekday, attached-to line", "[export_html][agenda]") {
    std::string t = text_of(html_agenda(td::seed_002()));
    CHECK(contains(t, "CHƯƠNG TRÌNH Hội nghị trực tuyến tổng kết năm học 2020-2021"));
    CHECK(contains(t, "(Kèm theo Kế hoạch số 1905/KH-SGDĐT ngày 28/8/2021)"));
    CHECK(contains(t, "Thời gian: 08h00 - 11h30, thứ Ba, ngày 31/8/2021."));
    CHECK(contains(t, "10h30 - 11h15 Công bố kết quả khen thưởng năm học 2020-2021 Văn phòng Sở GDĐT"));
    CHECK(contains(text_of(html_agenda(td::seed_000())), "Thời gian: 14h00 - 17h00, thứ Tư, ngày 27/10/2021."));
}

TEST_CASE("agenda over several days gets one day row per day", "[export_html][agenda]") {
    Plan p = td::seed_002();
    EventDay d1 = p.event.days[0];
    d1.date = {2021, 9, 1};
    p.event.days.push_back(d1);
    p.agenda.back().day = 1;
    std::string t = text_of(html_agenda(p));
    CHECK(contains(t, "Thứ Ba, ngày 31/8/2021 07h30 - 08h00"));
    CHECK(contains(t, "Thứ Tư, ngày 1/9/2021 11h30 Bế mạc"));
}

TEST_CASE("bridge points and the connection-test schedule", "[export_html][sites]") {
    std::string t = text_of(html_sites(td::seed_000()));
    CHECK(contains(t, "DANH SÁCH ĐIỂM CẦU VÀ LỊCH KIỂM TRA KẾT NỐI"));
    CHECK(contains(t, "1. Các điểm cầu (4)"));
    CHECK(contains(t, "08h00 - 08h30, 27/10/2021 (thứ Tư) Điểm cầu chính tại Sở GDĐT"));
    CHECK(contains(t, "Đạt"));
    CHECK(contains(t, "Lỗi tiếng"));
    CHECK(contains(t, "Chưa xếp lịch Trường THPT Pleiku"));
    std::string t2 = text_of(html_sites(td::seed_002()));
    CHECK(contains(t2, "1. Các điểm cầu (18)"));
    CHECK(contains(t2, "Phòng GDĐT huyện Chư Pưh"));
}

TEST_CASE("one sheet per site, and a single site's sheet", "[export_html][sites]") {
    Plan p = td::seed_002();
    std::string all = html_site_sheets(p);
    CHECK(count_of(all, "<div class=\"sheet site\">") == p.sites.size());
    Slot& disc = p.agenda[2];
    disc.turns = {{"s3", 5, {}}, {"s2", 7, {}}};
    std::string t = text_of(html_site_sheet(p, "s2"));
    CHECK(contains(t, "THÔNG TIN DÀNH CHO ĐIỂM CẦU Phòng GDĐT thành phố Pleiku"));
    CHECK(contains(t, "Thời gian 08h00 - 11h30, thứ Ba, ngày 31/8/2021"));
    CHECK(contains(t, "Kiểm tra kết nối 14h15 - 14h25, 30/8/2021 (thứ Hai) — Chưa thử"));
    // s2 speaks second: 09h30 + 5 minutes.
    CHECK(contains(t, "Phát biểu trong phần \"Tham luận, thảo luận\", dự kiến 09h35 - 09h42 (7 phút)."));
    CHECK(contains(t, "Thứ tự phát biểu: 1. Phòng GDĐT thị xã An Khê (5 phút, 09h30); 2. Phòng GDĐT thành phố Pleiku "
                      "(7 phút, 09h35)"));
    CHECK(contains(text_of(html_site_sheet(p, "nope")), "Không tìm thấy điểm cầu có mã “nope”."));
}

//-----------------------------------------------------------------------------
// [SECTION] built-in templates (what users actually print)
//-----------------------------------------------------------------------------
#ifdef DC_TEST_TEMPLATES
TEST_CASE("the built-in templates print in the seeds' wording", "[export_html][templates]") {
    std::string kh = text_of(html_plan(load_template("ke-hoach-1905")));
    CHECK(contains(kh, "Số: 1905/KH-SGDĐT Gia Lai, ngày 28 tháng 8 năm 2021 KẾ HOẠCH"));
    CHECK(contains(kh, "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích:"));
    CHECK(contains(kh, "III. THÀNH PHẦN THAM DỰ HỘI NGHỊ TẠI CÁC ĐIỂM CẦU 1. Điểm cầu trung tâm tại Hội trường A"));
    CHECK(contains(kh, "3. Tiến độ công việc và phân công thực hiện"));
    CHECK(contains(kh, "Trong ngày 30/8/2021"));
    CHECK(contains(kh, "triển khai thực hiện./. Nơi nhận:"));
    CHECK(contains(kh, "- Lưu: VT, VP. GIÁM ĐỐC Lê Duy Định"));
    std::string cv = text_of(html_plan(load_template("cong-van-k12")));
    CHECK(contains(cv, "V/v tổ chức Hội nghị trực tuyến"));
    CHECK(contains(cv, "1. Mục đích"));
    CHECK(contains(cv, "b) Các Điểm cầu bao gồm: - Điểm cầu chính tại Sở GDĐT;"));
    CHECK(contains(cv, "d) Đề nghị các phòng: GDMN&GDTH, Thanh tra Sở, KHTC phối hợp với Phòng GDTrHCTTX"));
    CHECK(contains(cv, "để kịp thời hướng dẫn./. Nơi nhận:"));
    CHECK(contains(cv, "- Lưu: VT, GDTrHCTTX."));
}
#endif

//-----------------------------------------------------------------------------
// [SECTION] Layout rules of the outline (every plan, not only the templates)
//-----------------------------------------------------------------------------

namespace {
Block heading_block(int level, const char* text, const char* run_in = "") {
    Block b;
    b.kind = BlockKind::Heading;
    b.level = level;
    b.text = text;
    b.body = run_in;
    return b;
}
Block insert_block(InsertWhat w) {
    Block b;
    b.kind = BlockKind::Insert;
    b.insert = w;
    return b;
}
}  // namespace

TEST_CASE("empty sections are left out and the numbering closes up", "[export_html][outline]") {
    Plan p;
    p.body = {heading_block(1, "Mục đích"), heading_block(2, "Mục đích:"),                 // 0, 1: nothing under them
              heading_block(1, "Thời gian"), heading_block(2, "Thời gian", "08h00."),        // 2, 3: run-in text
              heading_block(1, "Kinh phí"), insert_block(InsertWhat::Budget),                // 4, 5: no budget line
              heading_block(1, "Tổ chức thực hiện"), heading_block(2, "Tiến độ"),            // 6, 7
              insert_block(InsertWhat::Tasks)};
    CHECK(outline::empty_sections(p) == std::vector<std::size_t>{0, 1, 4, 6, 7});
    std::string t = text_of(html_plan(p));
    CHECK(contains(t, "I. THỜI GIAN 1. Thời gian: 08h00."));
    CHECK_FALSE(contains(t, "KINH PHÍ"));
    CHECK_FALSE(contains(t, "MỤC ĐÍCH"));
    p.budget.push_back({"", "", "Kinh phí chi từ ngân sách.", 0, {}});
    p.tasks.push_back({});
    p.tasks.back().content = "Gửi giấy mời";
    CHECK(outline::empty_sections(p) == std::vector<std::size_t>{0, 1});
    t = text_of(html_plan(p));
    CHECK(contains(t, "II. KINH PHÍ Kinh phí chi từ ngân sách."));
    CHECK(contains(t, "III. TỔ CHỨC THỰC HIỆN 1. Tiến độ"));
}

TEST_CASE("Thành phần without site groups: by kind, never a heading per site", "[export_html][outline]") {
    Plan p;
    Site c;
    c.central = true;
    c.name = "Hội trường Phòng GDĐT";
    c.chair = "Trưởng phòng";
    p.sites.push_back(c);
    for (int i = 0; i < 22; ++i) {
        Site s;
        s.name = "Trường THCS số " + std::to_string(i + 1);
        s.chair = "Hiệu trưởng";
        p.sites.push_back(s);
    }
    auto e = outline::participant_entries(p);
    REQUIRE(e.size() == 2);
    CHECK(e[0].name == "Điểm cầu trung tâm tại Hội trường Phòng GDĐT");
    CHECK(e[1].name == "Điểm cầu tại 22 trường THCS");
    CHECK(e[1].lines.front() == "Chủ trì: Hiệu trưởng");
    CHECK(outline::sites_appendix(p) == false);   // no Thành phần or site list in the body
    p.body = {heading_block(1, "Thành phần"), insert_block(InsertWhat::Participants)};
    CHECK(outline::sites_appendix(p));
    const std::string h = html_plan(p);
    CHECK(contains(text_of(h), "Phụ lục DANH SÁCH ĐIỂM CẦU"));
    CHECK(contains(text_of(h), "Trường THCS số 22"));
    p.sites[3].name = "Trường Tiểu học Kim Đồng";   // mixed kinds of school
    CHECK(outline::participant_entries(p)[1].name == "Điểm cầu tại 22 trường");
    p.sites[3].name = "UBND xã Ia Băng";
    CHECK(outline::participant_entries(p)[1].name == "Điểm cầu tại 22 đơn vị");
    p.sites[3].name = "Trường THCS số 3";
    // Few sites are named in the text instead of an appendix.
    p.sites.resize(4);
    CHECK_FALSE(outline::sites_appendix(p));
    CHECK(outline::participant_entries(p)[1].lines.back() == "Gồm: Trường THCS số 1, Trường THCS số 2, Trường THCS số 3");
}

TEST_CASE("issuing bodies wrap only between words", "[export_html][outline]") {
    const std::string nb = "\xC2\xA0";
    CHECK(outline::header_name("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO") == "PHÒNG GIÁO" + nb + "DỤC VÀ ĐÀO" + nb + "TẠO");
    CHECK(outline::header_name("TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN") ==
          "TRUNG" + nb + "TÂM GIÁO" + nb + "DỤC NGHỀ" + nb + "NGHIỆP - GIÁO" + nb + "DỤC THƯỜNG" + nb + "XUYÊN");
    // Only whole syllables: "CƠ SỞ" is not found inside "CƠ SỞI".
    CHECK(outline::header_name("CƠ SỞI") == "CƠ SỞI");
}
