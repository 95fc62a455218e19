// exporters.h — every export format, by name, for the command-line tool and
// the app's export panel; and the few words the exporters share.
//
// `diemcau export NAME PLAN.json` and the app's Export panel both list
// export_formats() and call `run`.  Every `run` is pure: Plan in, file bytes
// out (the .docx is binary; everything else is UTF-8 text).
//
// [SECTION] Registry      — ExportFormat, export_formats, find_export_format
// [SECTION] Shared words  — deadline text, statuses, kind names, site lookups
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deadline.h"
#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Registry
//-----------------------------------------------------------------------------

struct ExportFormat {
    std::string name;            // CLI name: "ics", "csv-tasks", "docx", …
    std::string ext;             // file extension without the dot: "ics"
    std::string mime;            // for the browser download: "text/calendar; charset=utf-8"
    std::string description_vi;  // one line for the export panel
    std::string description_en;
    std::function<std::string(const Plan&)> run;
};

// In the order the export panel lists them.
const std::vector<ExportFormat>& export_formats();

// By name; also accepts the aliases "doc" (→ docx), "calendar" (→ ics),
// "copy" (→ html-copy) and "call-sheet" (→ html-call-sheet),
// case-insensitively.  nullptr when unknown.
const ExportFormat* find_export_format(std::string_view name);

// A readable ASCII file name for an export: "KH-1905-hoi-nghi-truc-tuyen-2021-08-31-tasks.csv".
std::string export_file_name(const Plan& plan, const ExportFormat& format);

//-----------------------------------------------------------------------------
// [SECTION] Shared words
//-----------------------------------------------------------------------------
// The printable documents (export_html.cpp) word these the same way; they are
// repeated here because that file keeps its helpers private.

namespace exportwords {

// The first event day when it is a complete, existing date.
std::optional<Date> event_day0(const Plan& p);

// "Trước ngày 26/8/2021"; "1 ngày trước Hội nghị" when relative and the event
// has no date (core/deadline.h, which says what the words mean).
inline std::string deadline_text(const Plan& p, const Deadline& dl) { return deadline_print_text(dl, p); }

std::string test_status_vi(TestStatus s);     // "Chưa thử", "Đạt", …
std::string tech_kind_vi(TechKind k);         // "Kết nối kỹ thuật", …
std::string slot_kind_vi(SlotKind k);         // "", "Giải lao", "Đăng ký", "Thảo luận", "Nghi thức"
const char* kind_name(DocKind k);             // "Kế hoạch"
const char* kind_caps(DocKind k);             // "KẾ HOẠCH"
const char* kind_code(DocKind k);             // "KH", "CTr", … ; "" for a công văn

const Site* find_site(const Plan& p, std::string_view id);
const SiteGroup* find_group(const Plan& p, std::string_view id);
const Site* central_site(const Plan& p);
std::string site_label(const Site& s);        // name, else kind, else id
std::string site_participants(const Plan& p, const Site& s);  // own composition, else its group's
std::string site_group_text(const Plan& p, const Site& s);    // its group's name, else its kind ("Trường THCS")

// The event's name for titles: event.name, else header.title, else "Hội nghị".
std::string event_title(const Plan& p);

}  // namespace exportwords
}  // namespace dc
