// export_docx.cpp — Word export (contract in export_docx.h).
//
// WordprocessingML is strict about child order inside w:pPr, w:rPr, w:tblPr
// and w:tcPr (Word refuses a file LibreOffice would open), so each property
// block below is written in schema order (ECMA-376 Part 1, §17.3.1.26 pPr,
// §17.3.2.28 rPr, §17.4.60 tblPr, §17.4.70 tcPr).
//
// [SECTION] XML          — escaping, runs, paragraphs, tables
// [SECTION] Words        — numbering of the outline (as the printed plan)
// [SECTION] Header       — header block, title, Kính gửi
// [SECTION] Inserts      — agenda and task tables; lists
// [SECTION] Closing      — closing paragraph, Nơi nhận and signature
// [SECTION] Package      — document.xml, styles.xml, the other parts, ZIP
#include "core/export_docx.h"

#include <algorithm>

#include "core/datetime.h"
#include "core/export_html.h"
#include "core/export_outline.h"
#include "core/exporters.h"
#include "core/code_text.h"
#include "core/text.h"
#include "core/zip.h"

namespace dc {

using namespace exportwords;

std::string xml_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                // XML 1.0 allows only tab, LF, CR below 0x20; anything else makes
                // the whole document unreadable, so it is dropped.
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                out += ch;
        }
    }
    return out;
}

namespace {

using namespace outline;   // numbering, list punctuation, the inserts' words (shared with export_html.cpp)

//-----------------------------------------------------------------------------
// [SECTION] XML
//-----------------------------------------------------------------------------

// Sizes are in half-points (w:sz), lengths in twentieths of a point (twips):
// 1 mm = 56.7 twips.
constexpr int kPt14 = 28, kPt13 = 26, kPt12 = 24, kPt11 = 22;
constexpr int kTextWidth = 9355;           // 210 mm - 30 mm - 15 mm = 165 mm
constexpr int kIndent1cm = 567;

struct RunStyle {
    bool bold = false;
    bool italic = false;
    int size = 0;        // 0 = style default
};

// One run; line breaks inside the text become <w:br/>, tabs <w:tab/>.
std::string run(std::string_view text, RunStyle rs = {}) {
    std::string rpr;
    if (rs.bold) rpr += "<w:b/><w:bCs/>";
    if (rs.italic) rpr += "<w:i/><w:iCs/>";
    if (rs.size) rpr += "<w:sz w:val=\"" + std::to_string(rs.size) + "\"/><w:szCs w:val=\"" + std::to_string(rs.size) + "\"/>";
    std::string r = "<w:r>";
    if (!rpr.empty()) r += "<w:rPr>" + rpr + "</w:rPr>";
    std::string chunk;
    auto flush = [&] {
        if (!chunk.empty()) r += "<w:t xml:space=\"preserve\">" + xml_escape(chunk) + "</w:t>";
        chunk.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            c = '\n';
        }
        if (c == '\n') { flush(); r += "<w:br/>"; }
        else if (c == '\t') { flush(); r += "<w:tab/>"; }
        else chunk += c;
    }
    flush();
    return r + "</w:r>";
}

// Plan text with "**bold**" (the one inline markup plans use) as bold runs.
std::string rich(std::string_view text, RunStyle rs = {}) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        std::size_t a = text.find("**", pos);
        std::size_t b = a == std::string_view::npos ? a : text.find("**", a + 2);
        if (b == std::string_view::npos) { out += run(text.substr(pos), rs); break; }
        if (a > pos) out += run(text.substr(pos, a - pos), rs);
        RunStyle bold = rs;
        bold.bold = true;
        out += run(text.substr(a + 2, b - a - 2), bold);
        pos = b + 2;
    }
    return out;
}

enum class Align { Both, Left, Center, Right };

struct ParaStyle {
    std::string style;        // w:pStyle ("" = Normal: justified, first-line indent 1 cm)
    bool keep_next = false;
    bool keep_lines = false;  // never split across pages (a heading, the closing paragraph)
    Align align = Align::Both;
    bool first_indent = true; // Normal's 1 cm first-line indent; false = none
    int left = 0, right = 0;  // indents
    int before = -1, after = -1;  // spacing; -1 = style default
    bool rule_below = false;  // bottom border: the short rules under headings
};

std::string para(const std::string& runs, const ParaStyle& ps = {}) {
    std::string p = "<w:p><w:pPr>";
    if (!ps.style.empty()) p += "<w:pStyle w:val=\"" + ps.style + "\"/>";
    if (ps.keep_next) p += "<w:keepNext/>";
    if (ps.keep_lines) p += "<w:keepLines/>";
    if (ps.rule_below) p += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>";
    if (ps.before >= 0 || ps.after >= 0) {
        p += "<w:spacing";
        if (ps.before >= 0) p += " w:before=\"" + std::to_string(ps.before) + "\"";
        if (ps.after >= 0) p += " w:after=\"" + std::to_string(ps.after) + "\"";
        p += "/>";
    }
    if (!ps.first_indent || ps.left || ps.right) {
        p += "<w:ind w:left=\"" + std::to_string(ps.left) + "\" w:right=\"" + std::to_string(ps.right) + "\"";
        p += ps.first_indent ? " w:firstLine=\"" + std::to_string(kIndent1cm) + "\"" : " w:firstLine=\"0\"";
        p += "/>";
    }
    switch (ps.align) {
        case Align::Both: break;   // the style's default
        case Align::Left: p += "<w:jc w:val=\"left\"/>"; break;
        case Align::Center: p += "<w:jc w:val=\"center\"/>"; break;
        case Align::Right: p += "<w:jc w:val=\"right\"/>"; break;
    }
    return p + "</w:pPr>" + runs + "</w:p>";
}

ParaStyle centred(int after = 0) {
    ParaStyle ps;
    ps.align = Align::Center;
    ps.first_indent = false;
    ps.after = after;
    return ps;
}

// A short centred rule: an empty 2-pt paragraph whose bottom border spans the
// space between its indents (the rule's width = column width - 2 × inset).
std::string short_rule(int column_width, int rule_width) {
    ParaStyle ps = centred(0);
    int inset = std::max(0, (column_width - rule_width) / 2);
    ps.left = ps.right = inset;
    ps.rule_below = true;
    return para(run("", RunStyle{false, false, 4}), ps);
}

struct Cell {
    std::string content;      // paragraphs
    int span = 1;             // gridSpan
    int vmerge = 0;           // 0 none, 1 restart, 2 continue
    bool centre_v = false;
};

// A table; `borders` false gives the borderless layout tables of the header
// block and the signature.  `header_rows` repeat on every page.
std::string table(const std::vector<int>& widths, const std::vector<std::vector<Cell>>& rows, bool borders,
                  int header_rows = 0) {
    int total = 0;
    for (int w : widths) total += w;
    std::string t = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(total) + "\" w:type=\"dxa\"/>";
    std::string b = borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\"";
    t += "<w:tblBorders><w:top " + b + "/><w:left " + b + "/><w:bottom " + b + "/><w:right " + b +
         "/><w:insideH " + b + "/><w:insideV " + b + "/></w:tblBorders>";
    t += "<w:tblLayout w:type=\"fixed\"/>";
    t += "<w:tblCellMar><w:left w:w=\"" + std::string(borders ? "85" : "0") + "\" w:type=\"dxa\"/><w:right w:w=\"" +
         std::string(borders ? "85" : "0") + "\" w:type=\"dxa\"/></w:tblCellMar>";
    t += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>";
    for (int w : widths) t += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    t += "</w:tblGrid>";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        t += "<w:tr><w:trPr><w:cantSplit/>";
        if (static_cast<int>(r) < header_rows) t += "<w:tblHeader/>";
        t += "</w:trPr>";
        std::size_t col = 0;
        for (const Cell& c : rows[r]) {
            int w = 0;
            for (int k = 0; k < c.span && col + k < widths.size(); ++k) w += widths[col + k];
            col += c.span;
            t += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(w) + "\" w:type=\"dxa\"/>";
            if (c.span > 1) t += "<w:gridSpan w:val=\"" + std::to_string(c.span) + "\"/>";
            if (c.vmerge == 1) t += "<w:vMerge w:val=\"restart\"/>";
            if (c.vmerge == 2) t += "<w:vMerge/>";
            if (c.centre_v) t += "<w:vAlign w:val=\"center\"/>";
            t += "</w:tcPr>";
            // Every cell must end with a paragraph (§17.4.66).
            t += c.content.empty() ? "<w:p/>" : c.content;
            t += "</w:tc>";
        }
        t += "</w:tr>";
    }
    return t + "</w:tbl>";
}

// A paragraph inside a bordered table cell: 13 pt, no indent, no spacing.
std::string cell_para(std::string_view text, Align a = Align::Left, bool bold = false) {
    ParaStyle ps;
    ps.style = "TableText";
    ps.align = a;
    ps.first_indent = false;
    return para(rich(text, RunStyle{bold, false, 0}), ps);
}

// Cell paragraphs for a multi-line field (one paragraph per line).
std::string cell_lines(std::string_view text, Align a = Align::Left) {
    std::string out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out += cell_para(line, a);
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

// Numbering, list punctuation and the words of the inserts are the printed
// plan's (export_outline.h); this file gives them WordprocessingML.
// "<label> <text>[: <run-in>]"; sections CAPITALS bold, clauses bold, points
// regular.  Sections and clauses use the Heading1/Heading2 styles so Word's
// navigation pane lists them; the styles carry no bold, the runs do, so a
// run-in text after the heading ("Yêu cầu: Đảm bảo …") stays regular.
std::string clause(Numbering& n, int level, std::string_view text, std::string_view run_in) {
    const Clause c = n.clause(level, text, !run_in.empty());
    bool bold = c.style == NumStyle::Roman || c.style == NumStyle::Arabic;
    ParaStyle ps;
    ps.style = c.style == NumStyle::Roman ? "Heading1" : c.style == NumStyle::Arabic ? "Heading2" : "";
    // A heading stays whole and with what follows it; a clause with run-in
    // text is itself text, and splits like a paragraph.
    ps.keep_next = run_in.empty();
    ps.keep_lines = run_in.empty();
    std::string runs = run(c.label + " ", RunStyle{bold, false, 0}) + rich(c.text, RunStyle{bold, false, 0});
    if (!run_in.empty()) {
        if (c.colon) runs += run(":", RunStyle{bold, false, 0});
        runs += run(" ") + rich(run_in);
    }
    return para(runs, ps);
}

std::string dash_para(std::string_view text) { return para(run("- ") + rich(text)); }

std::string punctuated_list(const std::vector<std::string>& items, bool final_dot) {
    std::string out;
    for (const std::string& line : punctuated(items, final_dot)) out += dash_para(line);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Header
//-----------------------------------------------------------------------------

std::string header_block(const Plan& p) {
    const Header& hd = p.header;
    // 45 % / 55 % as the printed page (print_css.inc): the issuing body's
    // common long names fit; two-syllable words never split (header_name).
    const int lw = kTextWidth * 9 / 20, rw = kTextWidth - lw;
    std::string left, right;
    if (!hd.parent_body.empty())
        left += para(run(header_name(upper_vi(hd.parent_body)), {false, false, kPt13}), centred());
    left += para(run(header_name(upper_vi(hd.issuing_body)), {true, false, kPt13}), centred());
    left += short_rule(lw, lw / 3);
    right += para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {true, false, kPt12}), centred());
    right += para(run("Độc lập - Tự do - Hạnh phúc", {true, false, kPt13}), centred());
    // "Độc lập - Tự do - Hạnh phúc" at 13 pt is about 63 mm ≈ 3570 twips.
    right += short_rule(rw, 3570);

    std::string num = format_number_line(hd);
    std::string left2 = para(run(num, {false, false, kPt13}), centred(0));
    if (hd.kind == DocKind::CongVan && !hd.title.empty()) {
        std::string t(trim(hd.title));
        left2 += para(rich(starts_with(t, "V/v ") ? t : "V/v " + t, {false, false, kPt12}), centred(0));
    }
    std::string right2 = para(run(format_date_line(hd.place, hd.date), {false, true, kPt14}), centred(0));
    ParaStyle top = centred(0);
    std::string spacer = para(run("", {false, false, 8}), top);
    return table({lw, rw}, {{{left}, {right}}, {{spacer + left2}, {spacer + right2}}}, false) +
           para(run(""), centred(120));
}

std::string title_block(std::string_view doc_type, std::string_view subject, std::string_view attached = {}) {
    std::string out = para(run(std::string(doc_type), {true, false, kPt14}), centred(0));
    if (!subject.empty()) out += para(rich(subject, {true, false, kPt14}), centred(0));
    if (!attached.empty()) out += para(run(std::string(attached), {false, true, kPt14}), centred(0));
    out += short_rule(kTextWidth, 1700);
    out += para(run(""), centred(60));
    return out;
}

std::string kinh_gui(const Header& hd) {
    if (hd.addressees.empty()) return {};
    std::string lines;
    ParaStyle ps;
    ps.first_indent = false;
    ps.align = Align::Left;
    ps.after = 0;
    ps.left = 113;   // 2 mm after "Kính gửi:" (layout tables have no cell padding)
    for (std::size_t i = 0; i < hd.addressees.size(); ++i) {
        const std::string a = without_end_stop(hd.addressees[i]);
        std::string text = hd.addressees.size() == 1 ? a + "." : "- " + a + list_end(i, hd.addressees.size());
        lines += para(rich(text), ps);
    }
    ParaStyle kl = ps;
    kl.left = 0;
    kl.align = Align::Right;
    return table({3000, kTextWidth - 3000}, {{{para(run("Kính gửi: "), kl)}, {lines}}}, false) +
           para(run(""), centred(120));
}

//-----------------------------------------------------------------------------
// [SECTION] Inserts
//-----------------------------------------------------------------------------

std::string agenda_table(const Plan& p) {
    // A numbered programme gets a "TT" column first, as the printed page
    // (export_html.cpp); the time column keeps its width so that "07h30 -
    // 07h45" stays on one line (Word has no nowrap; seen in LibreOffice).
    const bool tt = p.agenda_numbered;
    const std::vector<int> w = tt ? std::vector<int>{650, 1900, 4005, 2800} : std::vector<int>{1900, 4855, 2600};
    const int cols = static_cast<int>(w.size());
    int row_no = 0;
    std::vector<std::vector<Cell>> rows;
    rows.push_back({{cell_para("Thời gian", Align::Center, true)}, {cell_para("Nội dung", Align::Center, true)},
                    {cell_para("Thực hiện", Align::Center, true)}});
    if (tt) rows.back().insert(rows.back().begin(), Cell{cell_para("TT", Align::Center, true)});
    int day = -1;
    for (const Slot& s : p.agenda) {
        if (p.event.days.size() > 1 && s.day != day) {
            day = s.day;
            std::string dt = "Ngày thứ " + std::to_string(s.day + 1);
            if (s.day >= 0 && s.day < static_cast<int>(p.event.days.size())) {
                const Date& d = p.event.days[s.day].date;
                if (valid_date(d)) dt = weekday_vi(d) + ", ngày " + format_date(d);
                if (!dt.empty()) dt[0] = static_cast<char>(dt[0] == 't' ? 'T' : dt[0]);
            }
            rows.push_back({{cell_para(dt, Align::Left, true), cols}});
        }
        std::vector<AgendaItem> items = s.items;
        if (items.empty()) items.push_back({slot_kind_vi(s.kind), "", {}});
        for (std::size_t k = 0; k < items.size(); ++k) {
            Cell time{k == 0 ? cell_para(format_time_range(s.start, s.end), Align::Center) : std::string()};
            time.centre_v = true;
            if (items.size() > 1) time.vmerge = k == 0 ? 1 : 2;
            std::string content = items[k].content;
            if (k + 1 == items.size() && !s.turns.empty()) {
                content += "\nLượt phát biểu:";
                for (const Turn& t : s.turns) {
                    const Site* site = find_site(p, t.site_id);
                    content += "\n- " + (site ? site_label(*site) : t.site_id);
                    if (t.minutes > 0) content += " (" + std::to_string(t.minutes) + " phút)";
                }
            }
            rows.push_back({time, {cell_lines(content)}, {cell_lines(items[k].performer, Align::Center)}});
            if (tt) rows.back().insert(rows.back().begin(), Cell{cell_para(std::to_string(++row_no), Align::Center)});
        }
    }
    return table(w, rows, true, 1) + para(run(""), centred(0));
}

std::string task_table(const Plan& p) {
    const std::vector<int> w = {700, 4455, 2200, 2000};
    std::vector<std::vector<Cell>> rows;
    rows.push_back({{cell_para("STT", Align::Center, true)}, {cell_para("Nội dung công việc", Align::Center, true)},
                    {cell_para("Thời gian hoàn thành", Align::Center, true)},
                    {cell_para("Chủ trì", Align::Center, true)}});
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        std::string lead = t.lead;
        if (!t.cooperating.empty()) {
            lead += "\nPhối hợp:";
            for (const auto& c : t.cooperating) lead += "\n" + c;
        }
        rows.push_back({{cell_para(std::to_string(i + 1), Align::Center)}, {cell_lines(t.content)},
                        {cell_para(deadline_text(p, t.deadline), Align::Center)}, {cell_lines(lead, Align::Center)}});
    }
    return table(w, rows, true, 1) + para(run(""), centred(0));
}

// "Các Điểm cầu bao gồm:" — the site groups (else the sites) as a dash list.
std::string sites_list_insert(const Plan& p) { return punctuated_list(site_list_names(p), true); }

std::string participants_insert(const Plan& p, Numbering& n) {
    std::string out;
    int level = n.child_level();
    bool as_clauses = n.style(level) != NumStyle::Dash && n.style(level) != NumStyle::Letter;
    for (const ParticipantEntry& e : participant_entries(p)) {
        if (as_clauses) {
            std::string title = e.name;
            if (!ends_with(title, ":")) title += ":";
            out += clause(n, level, title, {});
            out += punctuated_list(e.lines, true);
        } else {
            std::string joined;
            for (std::size_t i = 0; i < e.lines.size(); ++i) joined += (i ? " " : "") + e.lines[i];
            out += dash_para(e.name + (joined.empty() ? "" : ": " + joined));
        }
        if (!e.rules.empty()) out += para(rich(e.rules));
    }
    if (!p.event.headcount_rule.empty()) out += para(rich(p.event.headcount_rule));
    return out;
}

std::string duties_insert(const Plan& p, Numbering& n) {
    std::string out;
    int level = n.child_level();
    for (const Duty& d : p.duties) {
        out += clause(n, level, d.unit, d.lead_in);
        for (const auto& it : d.items) out += dash_para(std::string(trim(it)));
        if (!d.note.empty()) out += para(rich(in_parentheses(d.note), {false, true, 0}));
    }
    return out;
}

std::string budget_text(const BudgetLine& b) { return budget_line_with_amount(b); }

std::string budget_insert(const Plan& p, Numbering& n) {
    std::string out;
    const BudgetSum sum = budget_sum(p);
    if (p.budget.size() == 1) {
        out += para(rich(budget_text(p.budget[0])));
    } else {
        int level = n.child_level();
        for (const BudgetLine& b : p.budget) out += para(run(n.next(level) + " ") + rich(budget_text(b)));
    }
    if (sum.with_amount > 1) out += para(run("Tổng cộng: ") + run(format_dong(sum.total) + ".", {true, false, 0}));
    return out;
}

std::string contacts_insert(const Plan& p) {
    std::string out;
    for (const Contact& c : p.contacts) out += dash_para(contact_text(c));
    return out;
}

std::string tech_insert(const Plan& p) {
    std::string out;
    for (const TechSession& t : p.event.tech_sessions) out += dash_para(tech_session_text(t));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Closing
//-----------------------------------------------------------------------------

// Kept with the next paragraph, like the spacer before the signature table,
// so the last paragraph, "./.", Nơi nhận and the signature share a page.
std::string closing_paragraph(const Header& hd) {
    ParaStyle keep;
    keep.keep_next = true;
    keep.keep_lines = true;
    if (trim(hd.closing).empty()) return para(run("./."), keep);
    return para(rich(closing_text(hd) + "./."), keep);
}

// Adds keepNext to the paragraph whose "<w:p><w:pPr>" starts at `at` (after
// its pStyle, schema order), unless it has it already.
void add_keep_next(std::string& xml, std::size_t at) {
    std::size_t props = at + std::string("<w:p><w:pPr>").size();
    const std::size_t end = xml.find("</w:pPr>", props);
    if (end == std::string::npos) return;
    if (xml.find("<w:keepNext/>", props) < end) return;
    if (xml.compare(props, 12, "<w:pStyle w:") == 0) props = xml.find("/>", props) + 2;
    xml.insert(props, "<w:keepNext/>");
}

// The end block (closing paragraph, "./.", Nơi nhận, signature) never starts a
// page alone: the body's last paragraph is kept with it, so a page break that
// must come there takes that paragraph's last lines along (widow control
// keeps two).  A body ending with a table (and the empty paragraph after it)
// keeps the table's last row with what follows instead.
void keep_body_end_with_closing(std::string& body) {
    const std::string open = "<w:p><w:pPr>";
    const std::size_t last = body.rfind(open);
    if (last == std::string::npos) return;
    const std::size_t tbl_end = body.rfind("</w:tbl>", last);
    const bool spacer_after_table = tbl_end != std::string::npos && tbl_end + 8 == last &&
                                    body.find("<w:t", last) == std::string::npos;
    if (spacer_after_table) {
        const std::size_t row = body.rfind("<w:tr>", tbl_end);
        for (std::size_t at = body.find(open, row); at != std::string::npos && at < body.rfind("</w:tbl>");
             at = body.find(open, at + open.size()))
            add_keep_next(body, at);
    }
    add_keep_next(body, body.rfind(open));
}

std::string closing_block(const Plan& p) {
    const std::vector<std::string> lines = recipient_lines(p);
    ParaStyle lp;
    lp.first_indent = false;
    lp.align = Align::Left;
    lp.after = 0;
    std::string left;
    if (!lines.empty()) {
        left += para(run("Nơi nhận:", {true, true, kPt12}), lp);
        for (std::size_t i = 0; i < lines.size(); ++i)
            left += para(run("- " + lines[i] + list_end(i, lines.size()), {false, false, kPt11}), lp);
    }
    const Signer& sg = p.signer;
    const std::string title = signer_title(sg);
    std::string right;
    if (!title.empty()) right += para(run(title, {true, false, kPt14}), centred(0));
    if (!sg.deputy_title.empty()) right += para(run(upper_vi(sg.deputy_title), {true, false, kPt14}), centred(0));
    for (int i = 0; i < 4; ++i) right += para(run(""), centred(0));   // room for the signature and seal
    if (!sg.name.empty()) right += para(run(sg.name, {true, false, kPt14}), centred(0));
    const int lw = kTextWidth / 2;
    ParaStyle spacer = centred(0);
    spacer.keep_next = true;
    return para(run(""), spacer) + table({lw, kTextWidth - lw}, {{{left}, {right}}}, false);
}

// Phụ lục: the site list of a plan with many sites, on a new page after the
// signature, as the printed page has it (export_html.cpp).
std::string sites_appendix_pages(const Plan& p) {
    const Header& hd = p.header;
    std::string num = format_number_line(hd);
    if (starts_with(num, "Số: ")) num = num.substr(std::string("Số: ").size());
    std::string attached = "(Kèm theo " + std::string(kind_name(hd.kind)) + " số " + std::string(trim(num));
    if (!hd.date.empty()) attached += " ngày " + format_date(hd.date);
    attached += ")";
    ParaStyle right = centred(0);
    right.align = Align::Right;
    std::string out = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
    out += para(run("Phụ lục", {true, false, kPt14}), right);
    out += title_block("DANH SÁCH ĐIỂM CẦU", {}, attached);
    std::vector<std::vector<Cell>> rows;
    rows.push_back({{cell_para("TT", Align::Center, true)}, {cell_para("Điểm cầu", Align::Center, true)},
                    {cell_para("Địa điểm", Align::Center, true)}});
    int n = 0;
    for (const Site& s : p.sites) {
        std::string where = s.room;
        if (!s.address.empty()) where += (where.empty() ? "" : ", ") + s.address;
        rows.push_back({{cell_para(std::to_string(++n), Align::Center)},
                        {cell_para(site_label(s) + (s.central ? " (điểm cầu trung tâm)" : ""))}, {cell_para(where)}});
    }
    return out + table({850, 4750, kTextWidth - 5600}, rows, true, 1);
}

//-----------------------------------------------------------------------------
// [SECTION] Package
//-----------------------------------------------------------------------------

// The body's blocks as WordprocessingML (write_body walks them).
class DocxBody : public BodyWriter {
public:
    explicit DocxBody(const Plan& p)
        : BodyWriter({sites_list_insert, participants_insert, duties_insert, budget_insert, contacts_insert, tech_insert}),
          p_(p) {}
    std::string clause(Numbering& n, int level, std::string_view text, std::string_view run_in) override {
        return dc::clause(n, level, text, run_in);
    }
    std::string paragraph(std::string_view text) override { return para(rich(text)); }
    std::string bullets(const std::vector<std::string>& lines) override {
        std::string out;
        for (const auto& l : lines) out += dash_para(l);
        return out;
    }
    std::string note(std::string_view text) override { return para(rich(text, {false, true, 0})); }
    std::string agenda_table() override { return dc::agenda_table(p_); }
    std::string task_table() override { return dc::task_table(p_); }

private:
    const Plan& p_;
};

std::string document_body(const Plan& p) {
    const Header& hd = p.header;
    bool cv = hd.kind == DocKind::CongVan;
    std::string b = header_block(p);
    if (cv) b += kinh_gui(hd);
    else b += title_block(kind_caps(hd.kind), hd.title);
    for (std::size_t i = 0; i < hd.legal_basis.size(); ++i)
        b += para(rich(without_end_stop(hd.legal_basis[i]) + list_end(i, hd.legal_basis.size()), {false, true, 0}));
    if (!hd.intro.empty()) b += para(rich(hd.intro));

    DocxBody body(p);
    std::string main_text = write_body(p, body);
    keep_body_end_with_closing(main_text);
    b += main_text;
    b += closing_paragraph(hd);
    b += closing_block(p);
    if (sites_appendix(p)) b += sites_appendix_pages(p);
    return b;
}

#define DC_XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define DC_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DC_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
constexpr const char* kXmlDecl = DC_XML_DECL;
constexpr const char* kNsW = DC_NS_W;
constexpr const char* kNsR = DC_NS_R;

std::string document_xml(const Plan& p) {
    std::string d = kXmlDecl;
    d += std::string("<w:document xmlns:w=\"") + kNsW + "\" xmlns:r=\"" + kNsR + "\"><w:body>";
    d += document_body(p);
    // A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm (Nghị định 30);
    // page numbers in the header, not on page 1 (titlePg with no first-page header).
    d += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
         "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
         "<w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" "
         "w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
    d += "</w:body></w:document>";
    return d;
}

// The package's fixed parts: only this export reads them, so they are compiled
// as code (core/code_text.h) and go to the web build's second part with it.
constexpr char kHeaderXml[] = DC_XML_DECL
    "<w:hdr xmlns:w=\"" DC_NS_W "\" xmlns:r=\"" DC_NS_R
    "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
    "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>";

#define DC_DOCX_FONTS "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" " \
                      "w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
constexpr char kStylesXml[] = DC_XML_DECL
    "<w:styles xmlns:w=\"" DC_NS_W "\">"
    // Body 14 pt, single line spacing, 6 pt after, justified, 1 cm first-line indent.
    "<w:docDefaults><w:rPrDefault><w:rPr>" DC_DOCX_FONTS
    "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/>"
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
    "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
    "<w:pPr><w:widowControl/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
    "<w:spacing w:before=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
    "<w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" "
    "w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></w:style>"
    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
    "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
    "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" "
    "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    "</w:styles>";
#undef DC_DOCX_FONTS

std::string core_xml(const Plan& p) {
    std::string title = std::string(kind_name(p.header.kind)) + " — " + event_title(p);
    return std::string(kXmlDecl) +
           "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
           xml_escape(title) + "</dc:title><dc:creator>" + xml_escape(p.header.issuing_body) +
           "</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>";
}

constexpr char kContentTypes[] = DC_XML_DECL
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/header1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "</Types>";

constexpr char kRootRels[] = DC_XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "</Relationships>";

constexpr char kDocumentRels[] = DC_XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rIdStyles\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rIdHeader\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>"
    "</Relationships>";

}  // namespace

std::string export_docx(const Plan& plan) {
    // [Content_Types].xml first: some readers sniff the first entry.
    return zip_store({
        {"[Content_Types].xml", code_text<kContentTypes, sizeof kContentTypes>()},
        {"_rels/.rels", code_text<kRootRels, sizeof kRootRels>()},
        {"word/document.xml", document_xml(plan)},
        {"word/_rels/document.xml.rels", code_text<kDocumentRels, sizeof kDocumentRels>()},
        {"word/styles.xml", code_text<kStylesXml, sizeof kStylesXml>()},
        {"word/header1.xml", code_text<kHeaderXml, sizeof kHeaderXml>()},
        {"docProps/core.xml", core_xml(plan)},
    });
}

}  // namespace dc
