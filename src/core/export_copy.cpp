// export_copy.cpp — the readable copy (contract in export_copy.h).
//
// [SECTION] Embedding  — plan JSON in and out of <script type="application/json">
// [SECTION] Text       — escaping, light markup, small pieces
// [SECTION] Sections   — summary, programme, tasks, sites, contacts, full text
// [SECTION] Page
#include "core/export_copy.h"

#include <algorithm>

#include "core/body_facts.h"
#include "core/datetime.h"
#include "core/export_html.h"
#include "core/exporters.h"
#include "core/code_text.h"
#include "core/plan_file.h"
#include "core/text.h"

namespace dc {

using namespace exportwords;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Embedding
//-----------------------------------------------------------------------------

constexpr const char* kPlanElementId = "diem-cau-plan";

// See export_copy.h: '<' '>' '&' and U+2028/2029 become \u escapes.  They can
// only stand inside JSON strings, where the escape means the same character.
std::string json_for_script(std::string_view json) {
    std::string out;
    out.reserve(json.size() + json.size() / 32);
    for (std::size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        if (c == '<') out += "\\u003c";
        else if (c == '>') out += "\\u003e";
        else if (c == '&') out += "\\u0026";
        else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
                 (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
            out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else out += c;
    }
    return out;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
    if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
        if (k == needle.size()) return i;
    }
    return std::string_view::npos;
}

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

std::string esc(std::string_view s) { return html_escape(s); }

// Plan text with its "**bold**" (html_rich); line breaks show through CSS pre-line.
std::string rich(std::string_view s) { return html_rich(s); }

// One "label: value" row of a definition list; nothing when the value is empty.
std::string row(std::string_view label, std::string_view value_html) {
    if (value_html.empty()) return {};
    return "<div class=\"r\"><span class=\"k\">" + esc(label) + "</span> <span class=\"v\">" +
           std::string(value_html) + "</span></div>\n";
}

std::string number_text(const Header& h) {
    std::string num = format_number_line(h);
    // A blank number keeps its writing room in print; on screen it reads "Số: …/CODE".
    std::size_t sp = num.find("      ");
    if (sp != std::string::npos) num.replace(sp, 6, "…");
    return num;
}

std::string day_text(const Date& d) {
    if (!valid_date(d)) return format_date(d);
    std::string w = weekday_vi(d);
    if (!w.empty()) w[0] = static_cast<char>(w[0] == 't' ? 'T' : w[0]);   // "Thứ Ba, 31/8/2021" starts a line
    return w + ", " + format_date(d);
}

// "08h00 - 11h00, Thứ Ba, 31/8/2021": hours, then the day; either may be missing.
std::string when_text(int start, int end, const Date& d) {
    std::string when = format_time_range(start, end);
    if (!d.empty()) when += (when.empty() ? "" : ", ") + day_text(d);
    return when;
}

//-----------------------------------------------------------------------------
// [SECTION] Sections
//-----------------------------------------------------------------------------

std::string summary_section(const Plan& p) {
    const Header& h = p.header;
    const Event& e = p.event;
    std::string s = "<header>\n";
    if (!h.parent_body.empty()) s += "<div class=\"org\">" + esc(upper_vi(h.parent_body)) + "</div>\n";
    if (!h.issuing_body.empty()) s += "<div class=\"org b\">" + esc(upper_vi(h.issuing_body)) + "</div>\n";
    s += "<div class=\"meta\">" + esc(number_text(h)) + " · " + esc(format_date_line(h.place, h.date)) + "</div>\n";
    std::string kind = kind_caps(h.kind);
    s += "<h1><span class=\"kind\">" + esc(kind) + "</span>";
    if (!h.title.empty()) s += "<br>" + rich(h.kind == DocKind::CongVan ? "V/v " + h.title : h.title);
    s += "</h1>\n";
    if (!h.version_label.empty()) s += "<div class=\"draft\">" + esc(h.version_label) + "</div>\n";
    s += "</header>\n";

    s += "<section id=\"hoi-nghi\"><h2>Hội nghị</h2>\n<div class=\"card\">\n";
    s += row("Tên", rich(e.name));
    for (std::size_t i = 0; i < e.days.size(); ++i) {
        const EventDay& d = e.days[i];
        std::string t = format_time_range(d.start, d.end);
        std::string v = esc(day_text(d.date)) + (t.empty() ? "" : ", " + esc(t));
        s += row(e.days.size() > 1 ? "Ngày " + std::to_string(i + 1) : "Thời gian", v);
    }
    s += row("Thời lượng", esc(e.duration_text));
    s += row("Hình thức", esc(e.format));
    s += row("Nền tảng", esc(e.platform));
    if (const Site* c = central_site(p)) {
        std::string v = esc(site_label(*c));
        if (!c->address.empty()) v += ", " + esc(c->address);
        s += row("Điểm cầu trung tâm", v);
    }
    if (!p.sites.empty()) s += row("Số điểm cầu", esc(std::to_string(p.sites.size())));
    s += row("Số người mỗi điểm cầu", e.headcount_limit > 0 ? "không quá " + std::to_string(e.headcount_limit) : "");
    s += "</div>\n";
    if (!e.tech_sessions.empty()) {
        s += "<h3>Kết nối, tổng duyệt kỹ thuật</h3>\n<ul class=\"plain\">\n";
        for (const TechSession& t : e.tech_sessions) {
            s += "<li><b>" + esc(t.label.empty() ? tech_kind_vi(t.kind) : t.label) + "</b>: " +
                 esc(when_text(t.start, t.end, t.date)) + "</li>\n";
        }
        s += "</ul>\n";
    }
    s += "</section>\n";
    return s;
}

std::string agenda_section(const Plan& p) {
    if (p.agenda.empty()) return {};
    std::string s = "<section id=\"chuong-trinh\"><h2>Chương trình</h2>\n";
    int current_day = -2;
    for (const Slot& sl : p.agenda) {
        if (sl.day != current_day) {
            if (current_day != -2) s += "</ol>\n";
            current_day = sl.day;
            if (sl.day >= 0 && sl.day < static_cast<int>(p.event.days.size()) &&
                (p.event.days.size() > 1 || !p.event.days[sl.day].date.empty()))
                s += "<h3>" + esc(day_text(p.event.days[sl.day].date)) + "</h3>\n";
            s += "<ol class=\"slots\">\n";
        }
        s += "<li class=\"slot\"><div class=\"time\">" + esc(format_time_range(sl.start, sl.end)) + "</div><div>";
        std::string kind = slot_kind_vi(sl.kind);
        if (!kind.empty() && sl.kind != SlotKind::Normal) s += "<div class=\"tag\">" + esc(kind) + "</div>";
        for (const AgendaItem& it : sl.items) {
            s += "<div class=\"item\">" + rich(it.content);
            if (!it.performer.empty()) s += "<div class=\"who\">" + rich(it.performer) + "</div>";
            s += "</div>";
        }
        if (!sl.turns.empty()) {
            s += "<div class=\"who\">Lượt phát biểu: ";
            for (std::size_t i = 0; i < sl.turns.size(); ++i) {
                const Site* site = find_site(p, sl.turns[i].site_id);
                s += (i ? "; " : "") + esc(site ? site_label(*site) : sl.turns[i].site_id);
                if (sl.turns[i].minutes > 0) s += " (" + std::to_string(sl.turns[i].minutes) + " phút)";
            }
            s += "</div>";
        }
        s += "</div></li>\n";
    }
    s += "</ol>\n</section>\n";
    return s;
}

std::string tasks_section(const Plan& p) {
    if (p.tasks.empty()) return {};
    std::size_t done = static_cast<std::size_t>(std::count_if(p.tasks.begin(), p.tasks.end(),
                                                              [](const Task& t) { return t.done; }));
    std::string s = "<section id=\"cong-viec\"><h2>Tiến độ công việc</h2>\n";
    s += "<p class=\"progress\">Đã xong " + std::to_string(done) + "/" + std::to_string(p.tasks.size()) +
         " việc.</p>\n<ol class=\"tasks\">\n";
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        s += std::string("<li class=\"task") + (t.done ? " done" : "") + "\"><div class=\"stt\">" +
             std::to_string(i + 1) + "</div><div>";
        s += "<div class=\"item\">" + rich(t.content) + "</div>";
        std::string dl = deadline_text(p, t.deadline);
        s += row("Thời gian hoàn thành", esc(dl));
        s += row("Chủ trì", rich(t.lead));
        std::string coop;
        for (const auto& c : t.cooperating) coop += (coop.empty() ? "" : "; ") + c;
        s += row("Phối hợp", rich(coop));
        std::string status = t.done ? "✓ Đã xong" + (valid_date(t.done_on) ? " ngày " + format_date(t.done_on) : "")
                                    : "Chưa xong";
        s += row("Tình trạng", "<span class=\"st\">" + esc(status) + "</span>");
        s += row("Ghi chú", rich(t.note));
        s += "</div></li>\n";
    }
    s += "</ol>\n</section>\n";
    return s;
}

std::string sites_section(const Plan& p) {
    if (p.sites.empty()) return {};
    std::string s = "<section id=\"diem-cau\"><h2>Điểm cầu (" + std::to_string(p.sites.size()) + ")</h2>\n";
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const Site& st = p.sites[i];
        s += "<details class=\"site\"" + std::string(st.central ? " open" : "") + "><summary>" +
             std::to_string(i + 1) + ". " + esc(site_label(st)) + (st.central ? " <em>(trung tâm)</em>" : "") +
             " <span class=\"st\">" + esc(test_status_vi(st.test_status)) + "</span></summary>\n";
        const SiteGroup* g = find_group(p, st.group_id);
        s += row("Nhóm", g ? esc(g->name) : "");
        s += row("Loại", esc(st.kind));
        s += row("Phòng", esc(st.room));
        s += row("Địa chỉ", esc(st.address));
        s += row("Chủ trì", rich(st.chair));
        s += row("Thành phần", rich(site_participants(p, st)));
        s += row("Số người", st.headcount > 0 ? std::to_string(st.headcount) : "");
        std::string contact = st.contact_name;
        if (!st.contact_phone.empty()) contact += (contact.empty() ? "" : ", ") + st.contact_phone;
        s += row("Liên hệ", esc(contact));
        s += row("Kỹ thuật viên", esc(st.technician));
        s += row("Tài khoản", esc(st.account));
        const std::string test = when_text(st.test_start, st.test_end, st.test_date);
        s += row("Kiểm tra kết nối", test.empty() ? "" : esc(test + " — " + test_status_vi(st.test_status)));
        s += row("Ghi chú", rich(st.notes));
        s += "</details>\n";
    }
    s += "</section>\n";
    return s;
}

std::string contacts_section(const Plan& p) {
    if (p.contacts.empty()) return {};
    std::string s = "<section id=\"lien-he\"><h2>Liên hệ</h2>\n<ul class=\"plain\">\n";
    for (const Contact& c : p.contacts) {
        s += "<li>" + (c.purpose.empty() ? "" : esc(c.purpose) + ": ") + "<b>" + esc(c.name) + "</b>";
        if (!c.role.empty()) s += ", " + esc(c.role);
        if (!c.phone.empty()) s += ", điện thoại " + esc(c.phone);
        if (!c.email.empty()) s += ", " + esc(c.email);
        s += "</li>\n";
    }
    s += "</ul>\n</section>\n";
    return s;
}

// The document's own text, folded away: the sections above already show the
// structured parts, so generated inserts are only pointed to.
std::string full_text_section(const Plan& p) {
    const Header& h = p.header;
    std::string s = "<details id=\"toan-van\"><summary>Toàn văn</summary>\n<div class=\"doc\">\n";
    for (const auto& b : h.legal_basis) s += "<p><i>" + rich(b) + "</i></p>\n";
    if (!h.intro.empty()) s += "<p>" + rich(h.intro) + "</p>\n";
    for (const Block& b : p.body) {
        switch (b.kind) {
            case BlockKind::Heading: {
                int lv = std::clamp(b.level, 1, 3) + 2;   // h3..h5
                s += "<h" + std::to_string(lv) + ">" + rich(b.text) + "</h" + std::to_string(lv) + ">\n";
                if (const std::string body = heading_body(p, b); !body.empty()) s += "<p>" + rich(body) + "</p>\n";
                break;
            }
            case BlockKind::Paragraph: s += "<p>" + rich(b.text) + "</p>\n"; break;
            case BlockKind::Bullet: s += "<p>- " + rich(b.text) + "</p>\n"; break;
            case BlockKind::Note: s += "<p><i>" + rich(b.text) + "</i></p>\n"; break;
            case BlockKind::Insert: {
                const char* where = nullptr;
                switch (b.insert) {
                    case InsertWhat::Agenda: where = "Chương trình"; break;
                    case InsertWhat::Tasks: where = "Tiến độ công việc"; break;
                    case InsertWhat::Sites: where = "Điểm cầu"; break;
                    case InsertWhat::Contacts: where = "Liên hệ"; break;
                    case InsertWhat::TechSessions: where = "Hội nghị"; break;
                    case InsertWhat::Participants:
                        for (const SiteGroup& g : p.site_groups)
                            s += "<p><b>" + rich(g.name) + "</b></p><p>" + rich(g.participants) + "</p>\n" +
                                 (g.rules.empty() ? "" : "<p>" + rich(g.rules) + "</p>\n");
                        if (!p.event.headcount_rule.empty()) s += "<p>" + rich(p.event.headcount_rule) + "</p>\n";
                        break;
                    case InsertWhat::Duties:
                        for (const Duty& d : p.duties) {
                            s += "<p><b>" + rich(d.unit) + "</b>" + (d.lead_in.empty() ? "" : " " + rich(d.lead_in)) +
                                 "</p>\n";
                            for (const auto& it : d.items) s += "<p>- " + rich(it) + "</p>\n";
                            if (!d.note.empty()) s += "<p><i>" + rich(d.note) + "</i></p>\n";
                        }
                        break;
                    case InsertWhat::Budget:
                        for (const BudgetLine& bl : p.budget) {
                            s += "<p>" + rich(bl.text.empty() ? bl.source : bl.text);
                            if (bl.amount > 0) s += " (" + esc(format_dong(bl.amount)) + ")";
                            s += "</p>\n";
                        }
                        break;
                }
                if (where) s += "<p class=\"see\">(Xem mục " + esc(where) + " ở trên.)</p>\n";
                break;
            }
        }
    }
    if (!h.closing.empty()) s += "<p>" + rich(h.closing) + "</p>\n";
    if (!p.recipients.empty() || !p.archive.empty()) {
        s += "<p><b><i>Nơi nhận:</i></b></p>\n";
        for (const Recipient& r : p.recipients)
            s += "<p>- " + esc(r.name) + (r.purpose.empty() ? "" : " (" + esc(r.purpose) + ")") + ";</p>\n";
        if (!p.archive.empty()) s += "<p>- Lưu: " + esc(p.archive) + ".</p>\n";
    }
    const Signer& sg = p.signer;
    std::string title = (sg.authority.empty() ? "" : sg.authority + " ") + sg.title;
    if (!title.empty() || !sg.name.empty()) {
        s += "<p class=\"sig\"><b>" + esc(upper_vi(title)) + "</b>";
        if (!sg.deputy_title.empty()) s += "<br><b>" + esc(upper_vi(sg.deputy_title)) + "</b>";
        if (!sg.name.empty()) s += "<br><br><b>" + esc(sg.name) + "</b>";
        s += "</p>\n";
    }
    s += "</div>\n</details>\n";
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Page
//-----------------------------------------------------------------------------

// Phone first: one column, system fonts (Vietnamese glyphs come with every
// phone's UI font), cards instead of wide tables.  Only this export reads it:
// compiled as code (core/code_text.h), so it goes to the web build's second part with it.
constexpr char kCss[] = R"CSS(
*{box-sizing:border-box}
body{margin:0;padding:12px;overflow-wrap:anywhere;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;background:#f4f4f2}
main{max-width:760px;margin:0 auto}
header,section,details#toan-van{background:#fff;border-radius:8px;padding:12px 14px;margin:0 0 12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.org{font-size:13px;text-transform:none}.org.b{font-weight:700}
.meta{font-size:13px;color:#555;margin:4px 0 8px}
h1{font-size:20px;margin:4px 0;line-height:1.3}.kind{font-size:14px;letter-spacing:.04em;color:#8a1c1c}
h2{font-size:18px;margin:0 0 8px;color:#8a1c1c}h3{font-size:16px;margin:12px 0 6px}
.draft{display:inline-block;background:#fff3cd;padding:2px 6px;border-radius:4px;font-size:13px}
.r{margin:2px 0}.k{color:#555}.k::after{content:":"}
.v,.item,.who,.doc p{white-space:pre-line;overflow-wrap:anywhere}
ol.slots,ol.tasks{list-style:none;margin:0;padding:0}
li.slot,li.task{display:flex;gap:10px;border-top:1px solid #e4e4e0;padding:8px 0}
.time{flex:0 0 7.5em;font-weight:700;font-variant-numeric:tabular-nums}
.stt{flex:0 0 2em;font-weight:700;text-align:right}
.who{color:#444;font-size:14px}.tag{font-size:12px;color:#8a1c1c;text-transform:uppercase}
li.task.done .item{color:#2e6b2e}.st{font-weight:700}
details.site{border-top:1px solid #e4e4e0;padding:6px 0}details summary{cursor:pointer}
ul.plain{padding-left:1.1em;margin:4px 0}
.progress{margin:0 0 6px}.see{color:#777;font-style:italic}
footer{font-size:13px;color:#666;text-align:center;margin:16px 0}
@media print{body{background:#fff}header,section,details#toan-van{box-shadow:none}}
)CSS";

}  // namespace

std::string export_html_copy(const Plan& p) {
    std::string title = std::string(kind_name(p.header.kind)) + " — " + event_title(p);
    std::string h = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    "style-src 'unsafe-inline'\">\n"
                    "<meta name=\"generator\" content=\"Điểm Cầu\">\n<title>" +
                    esc(title) + "</title>\n<style>" + code_text<kCss, sizeof kCss>() + "</style>\n</head>\n<body>\n<main>\n";
    h += summary_section(p);
    h += agenda_section(p);
    h += tasks_section(p);
    h += sites_section(p);
    h += contacts_section(p);
    h += full_text_section(p);
    h += "<footer>Bản xem tạo bằng Điểm Cầu. Mở tệp này trong ứng dụng Điểm Cầu để chỉnh sửa kế hoạch.</footer>\n"
         "</main>\n";
    h += std::string("<script type=\"application/json\" id=\"") + kPlanElementId + "\">" +
         json_for_script(write_plan(p)) + "</script>\n</body>\n</html>\n";
    return h;
}

std::optional<std::string> extract_plan_from_copy(std::string_view html) {
    std::string marker = std::string("id=\"") + kPlanElementId + "\"";
    std::size_t at = find_ci(html, marker, 0);
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t open_end = html.find('>', at);
    if (open_end == std::string_view::npos) return std::nullopt;
    std::size_t close = find_ci(html, "</script", open_end + 1);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view body = html.substr(open_end + 1, close - open_end - 1);

    std::string out;
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '\\' || i + 1 >= body.size()) { out += body[i]; continue; }
        // Only the escapes json_for_script writes are turned back; any other
        // escape (\" \\ \n \u00e9 …) is copied as the pair it is, so "\\u003c"
        // (an escaped backslash followed by text) stays intact.
        if (body[i + 1] == 'u' && i + 5 < body.size()) {
            std::string hex;
            for (int k = 2; k < 6; ++k) hex += lower(body[i + k]);
            const char* rep = hex == "003c" ? "<" : hex == "003e" ? ">" : hex == "0026" ? "&"
                            : hex == "2028" ? "\xE2\x80\xA8" : hex == "2029" ? "\xE2\x80\xA9" : nullptr;
            if (rep) { out += rep; i += 5; continue; }
        }
        out += body[i];
        out += body[i + 1];
        ++i;
    }
    return out;
}

}  // namespace dc
