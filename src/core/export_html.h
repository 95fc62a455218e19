// export_html.h — printable documents as self-contained HTML + CSS.
//
// Every function returns one complete HTML page (no scripts, no external
// resources) laid out for A4 portrait in the official layout of Nghị định
// 30/2020/NĐ-CP, Phụ lục I: the app opens it in a
// window and calls the browser's print dialog ("Save as PDF" gives the PDF);
// the command-line tool writes it to a file.  On screen the page shows as
// centred A4 sheets.
//
// Numbering of the body outline (Plan::body headings) follows the heading
// level as plan.h defines it, whatever the kind:
//   level 1 "I." (CAPITALS, bold) · level 2 "1." (bold) · level 3 "a)" · deeper "-"
// A Kế hoạch starts at level 1 (seed 002: I. / 1. / -); a công văn starts at
// level 2 (seed 000: 1. / a) / -), as the built-in templates do.
// Generated lists inside the outline (Insert blocks: participants per site
// group, duties per unit, budget lines) take the level below the heading that
// holds them and share its counter, so a heading after them numbers on.
// Text typed as "**…**" prints bold (seed 002 bolds one sentence that way).
//
// Safety: every piece of plan text is HTML-escaped; the only plan text that
// reaches CSS (the version label in the page footer) is written as CSS hex
// escapes; the page carries a Content-Security-Policy that forbids scripts.
#pragma once
#include <string>
#include <string_view>

#include "core/plan.h"

namespace dc {

struct PrintOptions {
    bool with_done_column = false;  // html_tasks: add the "Đã xong" column (progress check)
    std::string lang = "vi";        // <html lang>; the documents themselves are official Vietnamese text
    bool embed_fonts = false;       // include font_css in the page's stylesheet
    std::string font_css;           // @font-face rules the app may inject (e.g. Tinos as a data: URL)
};

std::string html_plan(const Plan&, const PrintOptions& = {});        // the full Kế hoạch or Công văn, per header.kind
std::string html_agenda(const Plan&, const PrintOptions& = {});      // Chương trình alone
std::string html_tasks(const Plan&, const PrintOptions& = {});       // Tiến độ công việc appendix (done column optional)
std::string html_sites(const Plan&, const PrintOptions& = {});       // bridge points + connection-test schedule
std::string html_site_sheets(const Plan&, const PrintOptions& = {}); // one page per site
std::string html_site_sheet(const Plan&, const std::string& site_id, const PrintOptions& = {});
// Phiếu gọi kiểm tra kết nối: the central technicians' call sheet (sites_ops.h
// call_sheet): one row per scheduled test, by date, time and lane, with whom to
// call; the sites without a slot are counted under the table, never dropped.
std::string html_call_sheet(const Plan&, const PrintOptions& = {});

// Escapes & < > " ' for element content and quoted attribute values.
std::string html_escape(std::string_view);
// Plan text as HTML: escaped, with the one inline markup plans use, "**bold**"
// → <strong> (seed 002: "**Tập trung không quá 10 người.**"); an unpaired
// "**" prints as typed.  Line breaks are left to the caller.
std::string html_rich(std::string_view);

// "Số: 1905/KH-SGDĐT" as printed in the header (plain text, not escaped):
// blank number leaves room to write it by hand; 1..9 get a leading zero.
std::string format_number_line(const Header&);

}  // namespace dc
