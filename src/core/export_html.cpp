// export_html.cpp — printable documents (see export_html.h for the contract).
//
// [SECTION] Escaping      — html_escape, inline markup, CSS strings
// [SECTION] Words         — Roman numerals, Vietnamese letters, dates (shared words from exporters.h)
// [SECTION] Page          — <html> scaffold, stylesheet, sheets
// [SECTION] Header        — two-column header block, number line, title
// [SECTION] Outline       — numbering and the body blocks
// [SECTION] Inserts       — agenda and task tables, participants, duties, budget, contacts, tech sessions, sites
// [SECTION] Closing       — Nơi nhận and the signature block
// [SECTION] Documents     — html_plan, html_agenda, html_tasks, html_sites, html_site_sheet(s)
#include "core/export_html.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "core/datetime.h"
#include "core/export_outline.h"
#include "core/exporters.h"
#include "core/code_text.h"
#include "core/sites_ops.h"
#include "core/text.h"

namespace dc {
namespace {

using namespace outline;   // numbering, list punctuation, the inserts' words (shared with export_docx.cpp)

//-----------------------------------------------------------------------------
// [SECTION] Escaping
//-----------------------------------------------------------------------------

std::string esc(std::string_view s) { return html_escape(s); }

// True when the text starts with a lower-case letter, Vietnamese included
// (lower_vi leaves it unchanged while upper_vi changes it).
bool starts_lower(std::string_view s) {
    if (s.empty()) return false;
    std::size_t n = 1;
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
    std::string_view first = s.substr(0, n);
    return upper_vi(first) != first && lower_vi(first) == first;
}

// Plan text as HTML (html_rich) with its line breaks kept.
std::string rich(std::string_view s) {
    const std::string out = html_rich(s);
    // Line breaks typed inside one field stay line breaks on paper; CR LF,
    // LF and a lone CR (old Mac text) are each one break, never dropped.
    std::string res;
    res.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const char c = out[i];
        if (c == '\r' && i + 1 < out.size() && out[i + 1] == '\n') continue;
        if (c == '\n' || c == '\r') res += "<br>";
        else res += c;
    }
    return res;
}

// A CSS string literal for plan text (only the version label goes there).
// Every ASCII character other than letters, digits and space becomes a CSS
// hex escape, so quotes, backslashes, "</style>" and newlines cannot end the
// string or the style element; UTF-8 letters pass through unchanged.
std::string css_string(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c >= 0x80;
        if (plain) { out += static_cast<char>(c); continue; }
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\%x ", c);
        out += buf;
    }
    out += "\"";
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

// Kind names, statuses, deadlines and site look-ups are worded once for every
// exporter (exporters.h), so the printed plan, the calendar and the
// spreadsheets say the same thing.
using exportwords::central_site;
using exportwords::deadline_text;
using exportwords::find_group;
using exportwords::find_site;
using exportwords::kind_caps;
using exportwords::kind_name;
using exportwords::site_label;
using exportwords::site_group_text;
using exportwords::site_participants;
using exportwords::tech_kind_vi;
using exportwords::test_status_vi;

// "31/8/2021 (thứ Ba)"; the weekday is computed, never typed.
std::string date_with_weekday(const Date& d) {
    std::string s = format_date(d);
    if (valid_date(d)) s += " (" + weekday_vi(d) + ")";
    return s;
}

// "08h00 - 11h30, thứ Ba, ngày 31/8/2021"
std::string event_day_text(const EventDay& day) {
    std::string s = format_time_range(day.start, day.end);
    if (valid_date(day.date)) {
        if (!s.empty()) s += ", ";
        s += weekday_vi(day.date) + ", ngày " + format_date(day.date);
    } else if (!day.date.empty()) {
        if (!s.empty()) s += ", ";
        s += "ngày " + format_date(day.date);
    }
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Page
//-----------------------------------------------------------------------------

// Only the exports read it: compiled as code (core/code_text.h), so the web
// build's split puts it in the second part with them.
constexpr char kCss[] =
#include "core/print_css.inc"
    ;

// <html lang> takes a language tag; anything else falls back to "vi".
std::string lang_tag(const std::string& lang) {
    if (lang.empty() || lang.size() > 16) return "vi";
    for (char c : lang)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return "vi";
    return lang;
}

// Injected @font-face rules are app text, not plan text, but they still must
// not be able to close the style element.  Legitimate rules (base64 data:
// URLs, family names) contain no '<'; any '<' becomes the CSS escape "\3c ",
// which CSS reads as the same character and HTML never sees as a tag.
std::string neutralise_style_end(std::string_view css) {
    std::string out;
    out.reserve(css.size());
    for (char c : css) {
        if (c == '<') out += "\\3c ";
        else out += c;
    }
    return out;
}

std::string page_open(const Plan& p, std::string_view doc_title, const PrintOptions& o) {
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"" + lang_tag(o.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Defence in depth: even if some text escaped escaping, nothing could run
    // or load — the page may only use its own inline styles and embedded fonts.
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "font-src 'self' data: blob:; img-src data:\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<meta name=\"generator\" content=\"Điểm Cầu\">\n";
    h += "<title>" + esc(doc_title) + "</title>\n<style>\n";
    if (o.embed_fonts && !o.font_css.empty()) h += neutralise_style_end(o.font_css) + "\n";
    h += code_text<kCss, sizeof kCss>();
    if (!p.header.version_label.empty()) {
        h += "@page { @bottom-right { content: " + css_string(p.header.version_label) +
             "; font-size: 10pt; font-style: italic; vertical-align: top; padding-top: 4mm; } }\n";
    }
    h += "</style>\n</head>\n<body>\n";
    if (!p.header.version_label.empty())
        h += "<div class=\"screen-note\">" + esc(p.header.version_label) + "</div>\n";
    return h;
}

const char* page_close() { return "</body>\n</html>\n"; }

//-----------------------------------------------------------------------------
// [SECTION] Header
//-----------------------------------------------------------------------------

// Runs of two or more spaces are room left to write by hand (a blank number,
// a blank day in the date line); HTML would collapse them, so they become
// non-breaking spaces.  Single spaces stay breakable.
std::string keep_blank_runs(const std::string& escaped) {
    std::string out;
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        bool run = escaped[i] == ' ' && ((i + 1 < escaped.size() && escaped[i + 1] == ' ') ||
                                         (i > 0 && escaped[i - 1] == ' '));
        out += run ? "&nbsp;" : std::string(1, escaped[i]);
    }
    return out;
}

// The two-column header.  `with_number_row` adds "Số: …" (and a công văn's
// "V/v …") on the left, level with the date line on the right; attached
// documents (Chương trình, appendices, site sheets) print without it.
std::string header_block(const Plan& p, bool with_number_row) {
    const Header& hd = p.header;
    std::string h = "<table class=\"hdr\"><tr><td class=\"hl\">";
    if (!hd.parent_body.empty()) h += "<div class=\"parent\">" + esc(header_name(upper_vi(hd.parent_body))) + "</div>";
    h += "<div class=\"issuer\">" + esc(header_name(upper_vi(hd.issuing_body))) + "</div><div class=\"rule-short\"></div>";
    h += "</td><td class=\"hr\"><div class=\"qh\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>"
         "<div class=\"tn\"><span>Độc lập - Tự do - Hạnh phúc</span></div></td></tr>\n";
    if (with_number_row) {
        h += "<tr><td class=\"hl\"><div class=\"so\">" + keep_blank_runs(esc(format_number_line(hd))) + "</div>";
        if (hd.kind == DocKind::CongVan && !hd.title.empty()) {
            std::string_view t = trim(hd.title);
            std::string vv = starts_with(t, "V/v ") ? std::string(t) : "V/v " + std::string(t);
            h += "<div class=\"vv\">" + rich(vv) + "</div>";
        }
        h += "</td><td class=\"hr\"><div class=\"date\">" +
             keep_blank_runs(esc(format_date_line(hd.place, hd.date))) + "</div></td></tr>\n";
    }
    h += "</table>\n";
    return h;
}

// "KẾ HOẠCH" + subject + short rule.  `attached_to` adds "(Kèm theo …)".
std::string title_block(std::string_view doc_type, std::string_view subject, std::string_view attached_to = {}) {
    std::string h = "<div class=\"doctype\">" + esc(doc_type) + "</div>\n";
    if (!subject.empty()) h += "<div class=\"subject\">" + rich(subject) + "</div>\n";
    if (!attached_to.empty()) h += "<div class=\"attached\">" + esc(attached_to) + "</div>\n";
    h += "<div class=\"title-rule\"></div>\n";
    return h;
}

// "(Kèm theo Kế hoạch số 1905/KH-SGDĐT ngày 28/8/2021)"
std::string attached_line(const Plan& p) {
    const Header& hd = p.header;
    std::string num = format_number_line(hd);   // "Số: 1905/KH-SGDĐT"
    if (starts_with(num, "Số: ")) num = num.substr(std::string("Số: ").size());
    std::string s = "(Kèm theo " + std::string(kind_name(hd.kind)) + " số " + std::string(trim(num));
    if (!hd.date.empty()) s += " ngày " + format_date(hd.date);
    return s + ")";
}

//-----------------------------------------------------------------------------
// [SECTION] Outline
//-----------------------------------------------------------------------------

// Numbering, list punctuation and the words of the inserts are shared with
// the Word export (export_outline.h); this file gives them HTML markup.
// One numbered clause: "<label> <text>[: <run-in>]".  Roman sections are
// CAPITALS and bold, Arabic clauses bold, lettered points and dashes regular
// (Nghị định 30/2020, Phụ lục I).
// "<p class=h1><span class=lbl>II.</span> <span class=ht>TEXT" — the clause's
// opening; the caller closes the heading text's span and the paragraph.
std::string clause_open(const Clause& c) {
    const char* cls = c.style == NumStyle::Roman ? "h1" : c.style == NumStyle::Arabic ? "h2" : "h3";
    return std::string("<p class=\"") + cls + "\"><span class=\"lbl\">" + esc(c.label) + "</span> <span class=\"ht\">" +
           rich(c.text);
}

std::string clause(Numbering& n, int level, std::string_view text, std::string_view run_in) {
    const Clause c = n.clause(level, text, !run_in.empty());
    std::string h = clause_open(c);
    if (!run_in.empty()) {
        if (c.colon) h += ":";
        h += "</span> " + rich(run_in) + "</p>\n";
    } else {
        h += "</span></p>\n";
    }
    return h;
}

std::string dash_para(std::string_view text) { return "<p class=\"dash\">- " + rich(text) + "</p>\n"; }

// Lines of a list with the official punctuation: each "- …;" except the last, "- … .".
// Existing end punctuation typed by the user is kept as is.
std::string punctuated_list(const std::vector<std::string>& items, bool final_dot) {
    std::string h;
    for (const std::string& line : punctuated(items, final_dot)) h += dash_para(line);
    return h;
}

//-----------------------------------------------------------------------------
// [SECTION] Inserts
//-----------------------------------------------------------------------------

// Chương trình: Thời gian / Nội dung / Thực hiện.  A slot with several items
// is one <tbody> whose time cell spans its rows, so the slot never splits
// across pages.  Several event days get a day row each.  `only_site` marks
// that site's speaking turns (site sheets).
std::string agenda_table(const Plan& p, const std::string* only_site = nullptr, bool compact = false) {
    // A numbered programme (Plan::agenda_numbered) gets a "TT" column first,
    // numbering the rows across days; the other widths give up its 7 %.
    const bool tt = p.agenda_numbered;
    std::string h = std::string("<table class=\"grid ") + (compact ? "compact " : "") + "agenda\"><colgroup>" +
                    (tt ? "<col style=\"width:7%\"><col style=\"width:17%\"><col style=\"width:45%\"><col style=\"width:31%\">"
                        : "<col style=\"width:19%\"><col style=\"width:49%\"><col style=\"width:32%\">") +
                    "</colgroup>\n<thead><tr>" + (tt ? "<th>TT</th>" : "") +
                    "<th>Thời gian</th><th>Nội dung</th><th>Thực hiện</th></tr></thead>\n";
    int row_no = 0;
    bool many_days = p.event.days.size() > 1;
    int shown_day = -1;
    for (const Slot& s : p.agenda) {
        if (many_days && s.day != shown_day) {
            shown_day = s.day;
            std::string label = "Ngày thứ " + std::to_string(s.day + 1);
            if (s.day >= 0 && s.day < static_cast<int>(p.event.days.size())) {
                const Date& d = p.event.days[static_cast<std::size_t>(s.day)].date;
                if (valid_date(d)) label = weekday_vi(d) + ", ngày " + format_date(d);
                if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
            }
            h += "<tbody class=\"slot\"><tr class=\"day\"><td colspan=\"" + std::string(tt ? "4" : "3") + "\">" + esc(label) +
                 "</td></tr></tbody>\n";
        }
        std::size_t rows = std::max<std::size_t>(1, s.items.size());
        h += "<tbody class=\"slot\">";
        for (std::size_t i = 0; i < rows; ++i) {
            h += "<tr>";
            if (tt) h += "<td class=\"n\">" + std::to_string(++row_no) + "</td>";
            if (i == 0) {
                h += "<td class=\"t\"";
                if (rows > 1) h += " rowspan=\"" + std::to_string(rows) + "\"";
                h += ">" + esc(format_time_range(s.start, s.end)) + "</td>";
            }
            std::string content, performer;
            if (i < s.items.size()) {
                content = rich(s.items[i].content);
                performer = rich(s.items[i].performer);
            }
            // Speaking order goes under the last item of a discussion slot.
            if (i + 1 == rows && !s.turns.empty()) {
                content += "<div class=\"turns\">Thứ tự phát biểu: ";
                int t = s.start;
                for (std::size_t k = 0; k < s.turns.size(); ++k) {
                    const Turn& tu = s.turns[k];
                    const Site* site = find_site(p, tu.site_id);
                    std::string name = site ? site_label(*site) : tu.site_id;
                    bool mine = only_site && *only_site == tu.site_id;
                    if (k) content += "; ";
                    content += std::to_string(k + 1) + ". ";
                    if (mine) content += "<strong>";
                    content += esc(name);
                    if (tu.minutes > 0) {
                        content += " (" + std::to_string(tu.minutes) + " phút";
                        if (t != kNoTime) content += ", " + esc(format_time(t));
                        content += ")";
                    }
                    if (mine) content += "</strong>";
                    if (t != kNoTime) t += tu.minutes;
                }
                content += "</div>";
            }
            h += "<td>" + content + "</td><td>" + performer + "</td></tr>";
        }
        h += "</tbody>\n";
    }
    h += "</table>\n";
    return h;
}

// Tiến độ công việc: STT / Nội dung công việc / Thời gian hoàn thành / Chủ trì [/ Đã xong].
std::string task_table(const Plan& p, bool done_column) {
    std::string h = "<table class=\"grid tasks\"><colgroup><col style=\"width:8%\">";
    h += done_column ? "<col style=\"width:42%\"><col style=\"width:19%\"><col style=\"width:17%\"><col style=\"width:14%\">"
                     : "<col style=\"width:50%\"><col style=\"width:20%\"><col style=\"width:22%\">";
    h += "</colgroup>\n<thead><tr><th>STT</th><th>Nội dung công việc</th><th>Thời gian hoàn thành</th><th>Chủ trì</th>";
    if (done_column) h += "<th>Đã xong</th>";
    h += "</tr></thead>\n<tbody>\n";
    int stt = 0;
    for (const Task& t : p.tasks) {
        h += "<tr><td class=\"c\">" + std::to_string(++stt) + "</td><td>" + rich(t.content);
        if (!t.note.empty()) h += "<div class=\"sub\">(" + rich(t.note) + ")</div>";
        // "Chủ trì" centred, as the Word export and the deadline beside it.
        h += "</td><td class=\"c\">" + esc(deadline_text(p, t.deadline)) + "</td><td class=\"c\">" + rich(t.lead);
        if (!t.cooperating.empty()) {
            std::string co;
            for (std::size_t i = 0; i < t.cooperating.size(); ++i) co += (i ? "; " : "") + t.cooperating[i];
            h += "<div class=\"sub\">Phối hợp: " + esc(co) + "</div>";
        }
        h += "</td>";
        if (done_column) {
            h += "<td class=\"c\">";
            if (t.done) {
                h += "Đã xong";
                if (!t.done_on.empty()) h += "<div class=\"sub\">" + esc(format_date(t.done_on)) + "</div>";
            }
            h += "</td>";
        }
        h += "</tr>\n";
    }
    h += "</tbody></table>\n";
    return h;
}

// Thành phần per site group.  Under a section heading each group is a
// numbered clause with its lines as dashes (seed 002: "1. Điểm cầu trung tâm
// tại …:" + "- Chủ trì: …;"); under a lettered point (seed 000: "b) Thành
// phần:") each group is one dash line "- <group>: <composition>".  Without groups, the
// sites themselves are listed.
std::string participants_insert(const Plan& p, Numbering& n) {
    std::string h;
    int level = n.child_level();
    bool as_clauses = n.style(level) != NumStyle::Dash;
    for (const ParticipantEntry& e : participant_entries(p)) {
        if (as_clauses) {
            std::string title = e.name;
            if (!ends_with(title, ":")) title += ":";
            h += clause(n, level, title, {});
            h += punctuated_list(e.lines, true);
        } else {
            std::string joined;
            for (std::size_t i = 0; i < e.lines.size(); ++i) joined += (i ? " " : "") + e.lines[i];
            h += dash_para(e.name + (joined.empty() ? "" : ": " + joined));
        }
        if (!e.rules.empty()) h += "<p>" + rich(e.rules) + "</p>\n";
    }
    if (!p.event.headcount_rule.empty()) h += "<p>" + rich(p.event.headcount_rule) + "</p>\n";
    return h;
}

// Tổ chức thực hiện: one clause per unit, its duties as dash lines, then its note.
std::string duties_insert(const Plan& p, Numbering& n) {
    std::string h;
    int level = n.child_level();
    for (const Duty& d : p.duties) {
        // The run-in text either continues the unit's sentence (seed 000:
        // "d) Đề nghị các phòng: …, KHTC phối hợp với …") or follows a colon
        // ("b) Các trường phổ thông trực thuộc Sở: Chủ động, …"); its first
        // letter tells which.
        std::string_view lead = trim(d.lead_in);
        bool continues = !lead.empty() && starts_lower(lead);
        if (continues) {
            h += clause_open(n.clause(level, d.unit, false)) + "</span> " + rich(lead) + "</p>\n";
        } else {
            h += clause(n, level, d.unit, lead);
        }
        for (const auto& it : d.items) h += dash_para(std::string(trim(it)));
        if (!d.note.empty()) h += "<p class=\"note\">" + rich(in_parentheses(d.note)) + "</p>\n";
    }
    return h;
}

// Kinh phí: one line is a plain paragraph (seed 002); several are lettered or
// numbered points (seed 000), with a total when amounts are stated.
std::string budget_insert(const Plan& p, Numbering& n) {
    std::string h;
    const BudgetSum sum = budget_sum(p);
    auto with_amt = [](const BudgetLine& b) { return rich(budget_line_with_amount(b)); };
    if (p.budget.size() == 1) {
        h += "<p>" + with_amt(p.budget[0]) + "</p>\n";
    } else {
        int level = n.child_level();
        for (const BudgetLine& b : p.budget) {
            std::string label = n.next(level);
            h += "<p>" + esc(label) + " " + with_amt(b) + "</p>\n";
        }
    }
    if (sum.with_amount > 1) h += "<p>Tổng cộng: <strong>" + esc(format_dong(sum.total)) + "</strong>.</p>\n";
    return h;
}

std::string contacts_insert(const Plan& p) {
    std::string h;
    for (const Contact& c : p.contacts) h += dash_para(contact_text(c));
    return h;
}

// "Các Điểm cầu bao gồm:" (seed 000): one dash line per kind of bridge point
// (site group), or per site when the plan has no groups.
std::string sites_list_insert(const Plan& p) { return punctuated_list(site_list_names(p), true); }

std::string tech_insert(const Plan& p) {
    std::string h;
    for (const TechSession& t : p.event.tech_sessions) h += dash_para(tech_session_text(t));
    return h;
}

// Danh sách điểm cầu: STT / Điểm cầu / Chủ trì, thành phần / Số người / Liên hệ.
std::string sites_table(const Plan& p) {
    std::string count_head = "Số người";
    if (p.event.headcount_limit > 0) count_head += " (tối đa " + std::to_string(p.event.headcount_limit) + ")";
    std::string h = "<table class=\"grid compact sites\"><colgroup><col style=\"width:7%\"><col style=\"width:32%\">"
                    "<col style=\"width:31%\"><col style=\"width:11%\"><col style=\"width:19%\"></colgroup>\n"
                    "<thead><tr><th>STT</th><th>Điểm cầu</th><th>Chủ trì, thành phần</th><th>" + esc(count_head) +
                    "</th><th>Liên hệ</th></tr></thead>\n<tbody>\n";
    int stt = 0;
    for (const Site& s : p.sites) {
        h += "<tr><td class=\"c\">" + std::to_string(++stt) + "</td><td>";
        h += (s.central ? "<strong>" + rich(site_label(s)) + "</strong><div class=\"sub\">(Điểm cầu trung tâm)</div>"
                        : rich(site_label(s)));
        if (!s.room.empty()) h += "<div class=\"sub\">" + rich(s.room) + "</div>";
        if (!s.address.empty()) h += "<div class=\"sub\">" + rich(s.address) + "</div>";
        h += "</td><td>";
        if (!s.chair.empty()) h += "<div>Chủ trì: " + rich(s.chair) + "</div>";
        // A site's own composition is listed here; a group's is printed once
        // above the table (18 copies of it made a 2-page list 11 pages long).
        for (const auto& l : dash_lines(s.participants)) h += "<div class=\"sub\">- " + rich(l) + "</div>";
        h += "</td><td class=\"c\">";
        if (s.headcount > 0) h += std::to_string(s.headcount);
        h += "</td><td>";
        if (!s.contact_name.empty()) h += "<div>" + rich(s.contact_name) + "</div>";
        if (!s.contact_phone.empty()) h += "<div>" + esc(s.contact_phone) + "</div>";
        if (!s.technician.empty()) h += "<div class=\"sub\">Kỹ thuật: " + rich(s.technician) + "</div>";
        h += "</td></tr>\n";
    }
    h += "</tbody></table>\n";
    return h;
}

std::string test_slot_text(const Site& s) {
    std::string t = format_time_range(s.test_start, s.test_end);
    if (!s.test_date.empty()) t += (t.empty() ? "" : ", ") + date_with_weekday(s.test_date);
    return t;
}

// Lịch kiểm tra kết nối: sites by test date and time; unscheduled ones last.
std::string test_schedule_table(const Plan& p) {
    std::vector<const Site*> order;
    for (const Site& s : p.sites) order.push_back(&s);
    std::stable_sort(order.begin(), order.end(), [](const Site* a, const Site* b) {
        bool ea = a->test_date.empty(), eb = b->test_date.empty();
        if (ea != eb) return eb;
        if (a->test_date != b->test_date) return a->test_date < b->test_date;
        return a->test_start < b->test_start;
    });
    std::string h = "<table class=\"grid compact tests\"><colgroup><col style=\"width:7%\"><col style=\"width:26%\">"
                    "<col style=\"width:33%\"><col style=\"width:18%\"><col style=\"width:16%\"></colgroup>\n"
                    "<thead><tr><th>STT</th><th>Thời gian</th><th>Điểm cầu</th><th>Kỹ thuật viên</th>"
                    "<th>Kết quả</th></tr></thead>\n<tbody>\n";
    int stt = 0;
    for (const Site* s : order) {
        std::string slot = test_slot_text(*s);
        h += "<tr><td class=\"c\">" + std::to_string(++stt) + "</td><td>" +
             (slot.empty() ? std::string("<i>Chưa xếp lịch</i>") : esc(slot)) + "</td><td>" + rich(site_label(*s)) +
             "</td><td>" + rich(s->technician);
        if (!s->contact_phone.empty() && s->technician.empty()) h += esc(s->contact_phone);
        h += "</td><td class=\"c\">" + esc(test_status_vi(s->test_status)) + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
    return h;
}

//-----------------------------------------------------------------------------
// [SECTION] Closing
//-----------------------------------------------------------------------------

std::string closing_block(const Plan& p) {
    const std::vector<std::string> lines = recipient_lines(p);
    std::string h = "<table class=\"closing\"><tr><td class=\"nn\">";
    if (!lines.empty()) {
        h += "<div class=\"nn-h\">Nơi nhận:</div>";
        for (std::size_t i = 0; i < lines.size(); ++i)
            h += "<div class=\"nn-l\">- " + esc(lines[i]) + list_end(i, lines.size()) + "</div>";
    }
    h += "</td><td class=\"sig\">";
    const Signer& sg = p.signer;
    const std::string title = signer_title(sg);
    if (!title.empty()) h += "<div class=\"sig-t\">" + esc(title) + "</div>";
    if (!sg.deputy_title.empty()) h += "<div class=\"sig-t\">" + esc(upper_vi(sg.deputy_title)) + "</div>";
    h += "<div class=\"sig-space\"></div>";
    if (!sg.name.empty()) h += "<div class=\"sig-n\">" + esc(sg.name) + "</div>";
    h += "</td></tr></table>\n";
    return h;
}

// The closing paragraph ends the body with "./." (one full stop, then "/.").
std::string closing_paragraph(const Header& hd) {
    if (trim(hd.closing).empty()) return "<p class=\"end\">./.</p>\n";
    return "<p>" + rich(closing_text(hd)) + "./.</p>\n";
}

// The body's blocks as HTML (write_body walks them).
class HtmlBody : public BodyWriter {
public:
    HtmlBody(const Plan& p, const PrintOptions& o)
        : BodyWriter({sites_list_insert, participants_insert, duties_insert, budget_insert, contacts_insert, tech_insert}),
          p_(p), o_(o) {}
    std::string clause(Numbering& n, int level, std::string_view text, std::string_view run_in) override {
        return dc::clause(n, level, text, run_in);
    }
    std::string paragraph(std::string_view text) override { return "<p>" + rich(text) + "</p>\n"; }
    // An empty bullet block still prints its dash, a line to write on.
    std::string bullets(const std::vector<std::string>& lines) override {
        std::string h = dash_para(lines.empty() ? std::string() : lines[0]);
        for (std::size_t i = 1; i < lines.size(); ++i) h += dash_para(lines[i]);
        return h;
    }
    std::string note(std::string_view text) override { return "<p class=\"note\">" + rich(text) + "</p>\n"; }
    std::string agenda_table() override { return dc::agenda_table(p_); }
    std::string task_table() override { return dc::task_table(p_, o_.with_done_column); }

private:
    const Plan& p_;
    const PrintOptions& o_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Documents
//-----------------------------------------------------------------------------

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// The markers are plain ASCII asterisks, which escaping leaves alone, so the
// markup is applied to already-escaped text and cannot smuggle tags.
std::string html_rich(std::string_view s) {
    const std::string e = html_escape(s);
    std::string out;
    out.reserve(e.size() + 16);
    std::size_t pos = 0;
    while (true) {
        std::size_t a = e.find("**", pos);
        std::size_t b = a == std::string::npos ? a : e.find("**", a + 2);
        if (b == std::string::npos) { out.append(e, pos, std::string::npos); break; }
        out.append(e, pos, a - pos);
        out += "<strong>";
        out.append(e, a + 2, b - a - 2);
        out += "</strong>";
        pos = b + 2;
    }
    return out;
}

std::string format_number_line(const Header& hd) {
    std::string num = std::string(trim(hd.number));
    bool digits = !num.empty() && std::all_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && num.size() == 1 && num != "0") num = "0" + num;
    std::string code = std::string(trim(hd.code));
    std::string s = "Số: ";
    // Six spaces of writing room for the văn thư, who fills the number in by hand.
    s += num.empty() ? "      " : num;
    if (!code.empty()) s += "/" + code;
    return s;
}

namespace {
// Phụ lục: the site list of a plan with many sites, on its own pages after
// the signature (the body names the kinds of sites and points here).
std::string sites_appendix_sheet(const Plan& p) {
    std::string h = "<div class=\"sheet\">\n<div class=\"appendix\">Phụ lục</div>\n";
    h += title_block("DANH SÁCH ĐIỂM CẦU", {}, attached_line(p));
    h += "<table class=\"grid compact sites-list\"><colgroup><col style=\"width:9%\"><col style=\"width:51%\">"
         "<col style=\"width:40%\"></colgroup>\n<thead><tr><th>TT</th><th>Điểm cầu</th><th>Địa điểm</th></tr></thead>\n<tbody>\n";
    int n = 0;
    for (const Site& s : p.sites) {
        std::string where = s.room;
        if (!s.address.empty()) where += (where.empty() ? "" : ", ") + s.address;
        h += "<tr><td class=\"c\">" + std::to_string(++n) + "</td><td>" + rich(site_label(s));
        if (s.central) h += " <span class=\"sub\">(điểm cầu trung tâm)</span>";
        h += "</td><td>" + rich(where) + "</td></tr>\n";
    }
    h += "</tbody></table>\n</div>\n";
    return h;
}
}  // namespace

std::string html_plan(const Plan& p, const PrintOptions& o) {
    const Header& hd = p.header;
    bool cv = hd.kind == DocKind::CongVan;
    std::string title = cv ? "Công văn" : kind_name(hd.kind);
    if (!hd.title.empty()) title += " — " + hd.title;
    std::string h = page_open(p, title, o);
    h += "<div class=\"sheet\">\n" + header_block(p, true);
    if (cv) {
        if (!hd.addressees.empty()) {
            h += "<table class=\"kg\"><tr><td class=\"kg-l\">Kính gửi:</td><td>";
            if (hd.addressees.size() == 1) {
                h += esc(std::string(trim(hd.addressees[0]))) + ".";
            } else {
                for (std::size_t i = 0; i < hd.addressees.size(); ++i)
                    h += "<div>- " + esc(without_end_stop(hd.addressees[i])) + list_end(i, hd.addressees.size()) +
                         "</div>";
            }
            h += "</td></tr></table>\n";
        }
    } else {
        h += title_block(kind_caps(hd.kind), hd.title);
    }
    for (std::size_t i = 0; i < hd.legal_basis.size(); ++i)
        h += "<p class=\"basis\">" + rich(without_end_stop(hd.legal_basis[i])) + list_end(i, hd.legal_basis.size()) +
             "</p>\n";
    if (!hd.intro.empty()) h += "<p>" + rich(hd.intro) + "</p>\n";

    HtmlBody body(p, o);
    h += write_body(p, body);
    // The last paragraph, "./.", Nơi nhận and the signature stay on one page.
    h += "<div class=\"end-block\">\n" + closing_paragraph(hd) + closing_block(p) + "</div>\n";
    h += "</div>\n";
    if (sites_appendix(p)) h += sites_appendix_sheet(p);
    h += page_close();
    return h;
}

namespace {

// Lines under the title of an attached document: when and where.
std::string event_facts(const Plan& p) {
    std::string h;
    for (const EventDay& d : p.event.days) {
        std::string t = event_day_text(d);
        if (!t.empty()) h += "<p>Thời gian: " + esc(t) + ".</p>\n";
    }
    std::string form = p.event.format;
    if (!p.event.platform.empty()) form += (form.empty() ? "" : " trên nền tảng ") + p.event.platform;
    if (!form.empty()) h += "<p>Hình thức: " + rich(form) + ".</p>\n";
    if (const Site* c = central_site(p)) {
        std::string s = site_label(*c);
        if (!c->address.empty()) s += ", " + c->address;
        h += "<p>Điểm cầu trung tâm: " + rich(s) + ".</p>\n";
    }
    return h;
}

std::string site_sheet_body(const Plan& p, const Site& s) {
    std::string h = header_block(p, false);
    h += title_block("THÔNG TIN DÀNH CHO ĐIỂM CẦU", site_label(s), attached_line(p));
    auto row = [&](std::string_view k, const std::string& v_html) {
        if (!v_html.empty()) h += "<tr><td class=\"k\">" + esc(k) + "</td><td>" + v_html + "</td></tr>\n";
    };
    h += "<table class=\"facts\">\n";
    row("Hội nghị", rich(p.event.name));
    for (const EventDay& d : p.event.days) row("Thời gian", esc(event_day_text(d)));
    std::string form = p.event.format;
    if (!p.event.platform.empty()) form += (form.empty() ? "" : " trên nền tảng ") + p.event.platform;
    row("Hình thức", rich(form));
    if (const Site* c = central_site(p); c && c != &s) row("Điểm cầu trung tâm", rich(site_label(*c)));
    std::string where = s.room;
    if (!s.address.empty()) where += (where.empty() ? "" : ", ") + s.address;
    row("Địa điểm", rich(where));
    row("Chủ trì", rich(s.chair));
    std::string part;
    for (const auto& l : dash_lines(site_participants(p, s))) part += "<div>- " + rich(l) + "</div>";
    row("Thành phần", part);
    if (s.headcount > 0 || p.event.headcount_limit > 0) {
        std::string hc = s.headcount > 0 ? std::to_string(s.headcount) + " người" : "";
        if (p.event.headcount_limit > 0)
            hc += (hc.empty() ? "" : " ") + std::string("(tối đa ") + std::to_string(p.event.headcount_limit) + " người)";
        row("Số người dự", esc(hc));
    }
    row("Tài khoản", esc(s.account));
    std::string test = test_slot_text(s);
    row("Kiểm tra kết nối", test.empty() ? std::string("<i>Chưa xếp lịch</i>") : esc(test + " — " + test_status_vi(s.test_status)));
    row("Kỹ thuật viên", rich(s.technician));
    std::string contact = s.contact_name;
    if (!s.contact_phone.empty()) contact += (contact.empty() ? "" : ", điện thoại: ") + s.contact_phone;
    row("Liên hệ tại điểm cầu", esc(contact));
    h += "</table>\n";
    if (!p.event.tech_sessions.empty()) {
        h += "<div class=\"sec\">Lịch kỹ thuật chung</div>\n" + tech_insert(p);
    }
    // This site's speaking turns, with their planned start.
    std::string turns;
    for (const Slot& sl : p.agenda) {
        int t = sl.start;
        for (const Turn& tu : sl.turns) {
            if (tu.site_id == s.id) {
                std::string line = "Phát biểu trong phần \"" + (sl.items.empty() ? std::string() : sl.items[0].content) + "\"";
                if (t != kNoTime) line += ", dự kiến " + format_time_range(t, t + tu.minutes);
                if (tu.minutes > 0) line += " (" + std::to_string(tu.minutes) + " phút)";
                turns += dash_para(line + ".");
            }
            if (t != kNoTime) t += tu.minutes;
        }
    }
    if (!turns.empty()) h += "<div class=\"sec\">Lượt phát biểu của điểm cầu</div>\n" + turns;
    if (!p.agenda.empty()) h += "<div class=\"sec\">Chương trình</div>\n" + agenda_table(p, &s.id, true);
    if (!p.contacts.empty()) h += "<div class=\"sec\">Liên hệ</div>\n" + contacts_insert(p);
    return h;
}

}  // namespace

std::string html_agenda(const Plan& p, const PrintOptions& o) {
    std::string h = page_open(p, "Chương trình — " + p.event.name, o);
    h += "<div class=\"sheet\">\n" + header_block(p, false);
    h += title_block("CHƯƠNG TRÌNH", p.event.name.empty() ? p.header.title : p.event.name, attached_line(p));
    h += event_facts(p);
    h += agenda_table(p);
    h += "</div>\n";
    return h + page_close();
}

std::string html_tasks(const Plan& p, const PrintOptions& o) {
    std::string h = page_open(p, "Tiến độ công việc — " + p.event.name, o);
    h += "<div class=\"sheet\">\n" + header_block(p, false);
    h += title_block("TIẾN ĐỘ CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN", p.event.name.empty() ? p.header.title : p.event.name,
                     attached_line(p));
    if (o.with_done_column) {
        int done = 0;
        for (const Task& t : p.tasks) done += t.done ? 1 : 0;
        h += "<p>Đã xong " + std::to_string(done) + "/" + std::to_string(p.tasks.size()) + " công việc.</p>\n";
    }
    h += task_table(p, o.with_done_column);
    h += "</div>\n";
    return h + page_close();
}

std::string html_sites(const Plan& p, const PrintOptions& o) {
    std::string h = page_open(p, "Danh sách điểm cầu — " + p.event.name, o);
    h += "<div class=\"sheet\">\n" + header_block(p, false);
    h += title_block("DANH SÁCH ĐIỂM CẦU VÀ LỊCH KIỂM TRA KẾT NỐI",
                     p.event.name.empty() ? p.header.title : p.event.name, attached_line(p));
    h += event_facts(p);
    h += "<div class=\"sec\">1. Các điểm cầu (" + std::to_string(p.sites.size()) + ")</div>\n" + sites_table(p);
    // Who attends, per kind of bridge point — once, not on every row.
    bool any_group_text = false;
    for (const SiteGroup& g : p.site_groups) any_group_text |= !g.participants.empty() || !g.rules.empty();
    if (any_group_text) {
        h += "<div class=\"sec\">Thành phần theo loại điểm cầu</div>\n";
        for (const SiteGroup& g : p.site_groups) {
            h += "<p class=\"h2\"><span class=\"ht\">" + rich(g.name) + "</span></p>\n";
            h += punctuated_list(dash_lines(g.participants), true);
            if (!g.rules.empty()) h += "<p>" + rich(g.rules) + "</p>\n";
        }
    }
    h += "<div class=\"sec\">2. Lịch kiểm tra kết nối</div>\n" + tech_insert(p) + test_schedule_table(p);
    h += "</div>\n";
    return h + page_close();
}

std::string html_site_sheets(const Plan& p, const PrintOptions& o) {
    std::string h = page_open(p, "Thông tin điểm cầu — " + p.event.name, o);
    for (const Site& s : p.sites) h += "<div class=\"sheet site\">\n" + site_sheet_body(p, s) + "</div>\n";
    if (p.sites.empty()) h += "<div class=\"sheet\"><p>Kế hoạch chưa có điểm cầu nào.</p></div>\n";
    return h + page_close();
}

std::string html_site_sheet(const Plan& p, const std::string& site_id, const PrintOptions& o) {
    const Site* s = find_site(p, site_id);
    std::string h = page_open(p, "Thông tin điểm cầu — " + (s ? site_label(*s) : site_id), o);
    if (s) h += "<div class=\"sheet site\">\n" + site_sheet_body(p, *s) + "</div>\n";
    else h += "<div class=\"sheet\"><p>Không tìm thấy điểm cầu có mã “" + esc(site_id) + "”.</p></div>\n";
    return h + page_close();
}

// One row per test call, a day line above each date (a 2,000-site province
// tests over several days); the table's header repeats on every printed page.
std::string html_call_sheet(const Plan& p, const PrintOptions& o) {
    std::string h = page_open(p, "Phiếu gọi kiểm tra kết nối — " + p.event.name, o);
    h += "<div class=\"sheet\">\n" + header_block(p, false);
    h += title_block("PHIẾU GỌI KIỂM TRA KẾT NỐI", p.event.name.empty() ? p.header.title : p.event.name,
                     attached_line(p));
    const std::vector<CallRow> rows = call_sheet(p);
    // "Nhóm" after the site's name: a district has a "Ban Mai" at each school
    // level, and the technician says which one he is calling.
    h += "<table class=\"grid compact calls\"><colgroup><col style=\"width:6%\"><col style=\"width:13%\">"
         "<col style=\"width:14%\"><col style=\"width:23%\"><col style=\"width:14%\"><col style=\"width:19%\">"
         "<col style=\"width:11%\"></colgroup>\n<thead><tr><th>STT</th><th>Giờ</th><th>Kỹ thuật viên trung tâm</th>"
         "<th>Điểm cầu</th><th>Nhóm</th><th>Liên hệ tại điểm cầu</th><th>Kết quả</th></tr></thead>\n<tbody>\n";
    Date day;
    int stt = 0;
    for (const CallRow& c : rows) {
        const Site& s = p.sites[c.site_index];
        if (c.date != day) {
            day = c.date;
            h += "<tr class=\"day\"><td colspan=\"7\"><strong>" + esc(date_with_weekday(day)) + "</strong></td></tr>\n";
        }
        std::string contact = rich(s.contact_name);
        if (!s.contact_phone.empty()) contact += (contact.empty() ? "" : "<br>") + esc(s.contact_phone);
        if (!s.technician.empty()) contact += "<div class=\"sub\">Kỹ thuật: " + rich(s.technician) + "</div>";
        h += "<tr><td class=\"c\">" + std::to_string(++stt) + "</td><td class=\"c\">" +
             esc(format_time_range(c.start, c.end)) + "</td><td>" + rich(c.lane) + "</td><td>" + rich(site_label(s)) +
             "</td><td>" + rich(site_group_text(p, s)) + "</td><td>" + contact + "</td><td class=\"c\">" +
             esc(test_status_vi(s.test_status)) + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
    if (rows.empty()) h += "<p><i>Chưa có điểm cầu nào được xếp lịch kiểm tra kết nối.</i></p>\n";
    // The central site is the other end of every call: it needs no slot of its own.
    std::vector<bool> listed(p.sites.size(), false);
    for (const CallRow& c : rows) listed[c.site_index] = true;
    std::size_t without = 0;
    for (std::size_t i = 0; i < p.sites.size(); ++i) without += !listed[i] && !p.sites[i].central;
    if (without > 0 && !rows.empty())
        h += "<p><i>Còn " + std::to_string(without) + " điểm cầu chưa có lịch kiểm tra kết nối.</i></p>\n";
    h += "</div>\n";
    return h + page_close();
}

}  // namespace dc
