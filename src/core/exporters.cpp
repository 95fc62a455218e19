// exporters.cpp — the registry of export formats and the shared words.
//
// [SECTION] Shared words
// [SECTION] Registry
#include "core/exporters.h"

#include <algorithm>

#include "core/datetime.h"
#include "core/export_copy.h"
#include "core/export_csv.h"
#include "core/export_docx.h"
#include "core/export_html.h"
#include "core/export_ics.h"
#include "core/plan_file.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Shared words
//-----------------------------------------------------------------------------

namespace exportwords {

std::optional<Date> event_day0(const Plan& p) {
    if (p.event.days.empty() || !valid_date(p.event.days[0].date)) return std::nullopt;
    return p.event.days[0].date;
}

std::string test_status_vi(TestStatus s) {
    switch (s) {
        case TestStatus::NotTested: return "Chưa thử";
        case TestStatus::Ok: return "Đạt";
        case TestStatus::NoPicture: return "Lỗi hình";
        case TestStatus::NoSound: return "Lỗi tiếng";
        case TestStatus::LostConnection: return "Mất kết nối";
    }
    return "";
}

std::string tech_kind_vi(TechKind k) {
    switch (k) {
        case TechKind::Connection: return "Kết nối kỹ thuật";
        case TechKind::ConnectionTest: return "Kiểm tra kết nối";
        case TechKind::Rehearsal: return "Tổng duyệt";
    }
    return "";
}

std::string slot_kind_vi(SlotKind k) {
    switch (k) {
        case SlotKind::Normal: return "";
        case SlotKind::Break: return "Giải lao";
        case SlotKind::Registration: return "Đăng ký";
        case SlotKind::Discussion: return "Thảo luận";
        case SlotKind::Ceremony: return "Nghi thức";
    }
    return "";
}

const char* kind_name(DocKind k) {
    switch (k) {
        case DocKind::KeHoach: return "Kế hoạch";
        case DocKind::CongVan: return "Công văn";
        case DocKind::ChuongTrinh: return "Chương trình";
        case DocKind::ThongBao: return "Thông báo";
        case DocKind::GiayMoi: return "Giấy mời";
    }
    return "";
}

const char* kind_caps(DocKind k) {
    switch (k) {
        case DocKind::KeHoach: return "KẾ HOẠCH";
        case DocKind::CongVan: return "CÔNG VĂN";
        case DocKind::ChuongTrinh: return "CHƯƠNG TRÌNH";
        case DocKind::ThongBao: return "THÔNG BÁO";
        case DocKind::GiayMoi: return "GIẤY MỜI";
    }
    return "";
}

const char* kind_code(DocKind k) {
    switch (k) {
        case DocKind::KeHoach: return "KH";
        case DocKind::CongVan: return "";
        case DocKind::ChuongTrinh: return "CTr";
        case DocKind::ThongBao: return "TB";
        case DocKind::GiayMoi: return "GM";
    }
    return "";
}

const Site* find_site(const Plan& p, std::string_view id) {
    for (const Site& s : p.sites)
        if (s.id == id) return &s;
    return nullptr;
}

const SiteGroup* find_group(const Plan& p, std::string_view id) {
    if (id.empty()) return nullptr;
    for (const SiteGroup& g : p.site_groups)
        if (g.id == id) return &g;
    return nullptr;
}

const Site* central_site(const Plan& p) {
    for (const Site& s : p.sites)
        if (s.central) return &s;
    return nullptr;
}

std::string site_label(const Site& s) {
    if (!s.name.empty()) return s.name;
    if (!s.kind.empty()) return s.kind;
    return s.id;
}

std::string site_participants(const Plan& p, const Site& s) {
    if (!s.participants.empty()) return s.participants;
    if (const SiteGroup* g = find_group(p, s.group_id)) return g->participants;
    return "";
}

std::string site_group_text(const Plan& p, const Site& s) {
    if (const SiteGroup* g = find_group(p, s.group_id))
        if (!g->name.empty()) return g->name;
    return s.kind;
}

std::string event_title(const Plan& p) {
    if (!p.event.name.empty()) return p.event.name;
    if (!p.header.title.empty()) return p.header.title;
    return "Hội nghị";
}

}  // namespace exportwords

//-----------------------------------------------------------------------------
// [SECTION] Registry
//-----------------------------------------------------------------------------

namespace {

ExportFormat fmt(std::string name, std::string ext, std::string mime, std::string vi, std::string en,
                 std::function<std::string(const Plan&)> run) {
    return ExportFormat{std::move(name), std::move(ext), std::move(mime), std::move(vi), std::move(en),
                        std::move(run)};
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

const std::vector<ExportFormat>& export_formats() {
    static const std::vector<ExportFormat> formats = [] {
        const std::string html = "text/html; charset=utf-8";
        const std::string csv = "text/csv; charset=utf-8";
        std::vector<ExportFormat> f;
        f.push_back(fmt("json", "json", "application/json",
                        "Tệp kế hoạch (.json) — mở lại bằng Điểm Cầu",
                        "Plan file (.json) — opens again in Điểm Cầu",
                        [](const Plan& p) { return write_plan(p); }));
        f.push_back(fmt("html-copy", "html", html,
                        "Bản xem (.html) — gửi qua Zalo, mở trên điện thoại; mở lại được bằng Điểm Cầu",
                        "Readable copy (.html) — share by Zalo, opens on a phone; Điểm Cầu can open it again",
                        [](const Plan& p) { return export_html_copy(p); }));
        f.push_back(fmt("docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "Văn bản Word (.docx) — chỉnh sửa tiếp trong Word",
                        "Word document (.docx) — keep editing in Word",
                        [](const Plan& p) { return export_docx(p); }));
        f.push_back(fmt("ics", "ics", "text/calendar; charset=utf-8",
                        "Lịch (.ics) — Hội nghị, chương trình, kiểm tra kết nối, hạn công việc",
                        "Calendar (.ics) — conference, programme, connection tests, task deadlines",
                        [](const Plan& p) { return export_ics(p); }));
        f.push_back(fmt("csv-tasks", "csv", csv, "Bảng tính công việc (.csv)", "Tasks spreadsheet (.csv)",
                        [](const Plan& p) { return export_csv_tasks(p); }));
        f.push_back(fmt("csv-sites", "csv", csv, "Bảng tính điểm cầu (.csv)", "Sites spreadsheet (.csv)",
                        [](const Plan& p) { return export_csv_sites(p); }));
        f.push_back(fmt("csv-agenda", "csv", csv, "Bảng tính chương trình (.csv)", "Programme spreadsheet (.csv)",
                        [](const Plan& p) { return export_csv_agenda(p); }));
        f.push_back(fmt("html-plan", "html", html, "Văn bản để in (.html, in ra PDF)",
                        "Printable document (.html, print to PDF)",
                        [](const Plan& p) { return html_plan(p); }));
        f.push_back(fmt("html-agenda", "html", html, "Chương trình để in (.html)", "Printable programme (.html)",
                        [](const Plan& p) { return html_agenda(p); }));
        f.push_back(fmt("html-tasks", "html", html, "Tiến độ công việc để in (.html)",
                        "Printable task schedule (.html)", [](const Plan& p) {
                            PrintOptions o;
                            o.with_done_column = true;
                            return html_tasks(p, o);
                        }));
        f.push_back(fmt("html-sites", "html", html, "Danh sách điểm cầu và lịch kiểm tra để in (.html)",
                        "Printable sites and connection-test schedule (.html)",
                        [](const Plan& p) { return html_sites(p); }));
        f.push_back(fmt("html-site-sheets", "html", html, "Phiếu từng điểm cầu để in (.html)",
                        "Printable sheet per site (.html)", [](const Plan& p) { return html_site_sheets(p); }));
        f.push_back(fmt("html-call-sheet", "html", html, "Phiếu gọi kiểm tra kết nối để in (.html)",
                        "Printable connection-test call sheet (.html)",
                        [](const Plan& p) { return html_call_sheet(p); }));
        return f;
    }();
    return formats;
}

const ExportFormat* find_export_format(std::string_view name) {
    std::string n = lower_ascii(name);
    if (n == "doc") n = "docx";
    else if (n == "calendar") n = "ics";
    else if (n == "copy") n = "html-copy";
    else if (n == "call-sheet") n = "html-call-sheet";
    for (const ExportFormat& f : export_formats())
        if (f.name == n) return &f;
    return nullptr;
}

std::string export_file_name(const Plan& p, const ExportFormat& format) {
    // "KH-1905-hoi-nghi-truc-tuyen-tong-ket-2021-08-31-csv-tasks.csv": ASCII only,
    // because Zalo and some mail clients mangle non-ASCII attachment names.
    std::string name;
    std::string code = exportwords::kind_code(p.header.kind);
    if (code.empty()) code = "CV";
    name = code;
    std::string number = slug_ascii(p.header.number, 12);
    if (!number.empty()) name += "-" + number;
    std::string subject = slug_ascii(exportwords::event_title(p), 40);
    if (!subject.empty()) name += "-" + subject;
    if (std::optional<Date> d0 = exportwords::event_day0(p)) name += "-" + format_date_iso(*d0);
    if (format.name != "json" && format.name != "docx" && format.name != "ics") name += "-" + format.name;
    return name + "." + format.ext;
}

}  // namespace dc
