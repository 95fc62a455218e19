// panel_export.cpp — the "Xuất & chia sẻ" view: send the plan to other people
// (readable copy, link, e-mail, the system's share sheet, the plan file) and
// export it for other programs (calendar .ics, spreadsheets .csv, Word .docx,
// printable documents).  Every row says in one sentence what the file is for
// and shows the name the download will have (ASCII, built from the plan).
// The work is done in files_share.cpp (files_ui.h).
//
// Test ids: export.area (the visible, scrolling part), export.share.{copy,link,email,system,save}, export.link.field,
// export.<format name> for every exporter (export.docx, export.ics,
// export.csv-tasks, …, export.html-site-sheets, export.html-call-sheet).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/exporters.h"
#include "platform/platform.h"
#include "ui/files/files_ui.h"
#include "ui/shell/panels.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {

// Rows are at most kMaxWidth wide: long lines are hard to read on a wide screen.
constexpr float kMaxWidth = 900.0f;

struct FormatWords { const char* name; K title; K what; };
// What each exporter is for, in the users' words.  Formats not listed here
// (added to the registry later) fall back to the registry's description.
const FormatWords kFormatWords[] = {
    {"docx", K::files_fmt_docx_t, K::files_fmt_docx_w},
    {"ics", K::files_fmt_ics_t, K::files_fmt_ics_w},
    {"csv-tasks", K::files_fmt_csv_tasks_t, K::files_fmt_csv_tasks_w},
    {"csv-sites", K::files_fmt_csv_sites_t, K::files_fmt_csv_sites_w},
    {"csv-agenda", K::files_fmt_csv_agenda_t, K::files_fmt_csv_agenda_w},
    {"html-plan", K::files_fmt_html_plan_t, K::files_fmt_html_plan_w},
    {"html-agenda", K::files_fmt_html_agenda_t, K::files_fmt_html_agenda_w},
    {"html-tasks", K::files_fmt_html_tasks_t, K::files_fmt_html_tasks_w},
    {"html-sites", K::files_fmt_html_sites_t, K::files_fmt_html_sites_w},
    {"html-site-sheets", K::files_fmt_html_site_sheets_t, K::files_fmt_html_site_sheets_w},
    {"html-call-sheet", K::files_fmt_html_call_sheet_t, K::files_fmt_html_call_sheet_w},
};

const FormatWords* words_for(const std::string& name) {
    for (const FormatWords& w : kFormatWords)
        if (name == w.name) return &w;
    return nullptr;
}

void section_heading(const char* text) {
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y - 2),
                                        ImVec2(p.x + std::min(ImGui::GetContentRegionAvail().x, kMaxWidth), p.y - 2),
                                        colors::kBorder);
    ImGui::Dummy(ImVec2(0, 2));
}

// One row: title (bold) and sentence on the left, the file name under them
// (muted, when given), the button on the right.  Returns true when pressed.
bool action_row(const char* id, const std::string& title, const std::string& what, const std::string& file_name,
                const std::string& button, bool enabled = true) {
    ImGui::PushID(id);
    const float avail = std::min(ImGui::GetContentRegionAvail().x, kMaxWidth);
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 bt = ImGui::CalcTextSize(button.c_str());
    const float bw = std::max(120.0f, bt.x + st.FramePadding.x * 2.0f + 16.0f);
    const float text_w = avail - bw - 24.0f;
    const ImVec2 top = ImGui::GetCursorPos();

    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(top.x + text_w);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(what.c_str());
    if (!file_name.empty()) {
        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::TextUnformatted(fmt(K::files_file_name, file_name.c_str()).c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetCursorPosY();

    ImGui::SetCursorPos(ImVec2(top.x + avail - bw, top.y + 2));
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button((button + "##btn").c_str(), ImVec2(bw, 0));
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(id);   // (no tooltip: the sentence is next to the button)
    ImGui::SetCursorPos(ImVec2(top.x, std::max(bottom, ImGui::GetCursorPosY()) + 6));
    ImGui::PopID();
    return pressed;
}

}  // namespace

void draw_export_panel(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    ImGui::BeginChild("##export.scroll", ImVec2(0, 0), false);
    widgets::register_rect("export.area", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                              ImGui::GetWindowSize().y);   // the visible part (tests scroll rows into it)
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::export_heading));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(ImGui::GetContentRegionAvail().x, kMaxWidth));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(tr(K::files_panel_intro));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();

    // Send to other people.
    section_heading(tr(K::files_share_heading));
    if (const ExportFormat* copy = find_export_format("html-copy")) {
        if (action_row("export.share.copy", tr(K::files_share_copy_title), tr(K::files_share_copy_what),
                       export_file_name(plan, *copy), std::string(icons::kDownload) + " " + tr(K::files_share_copy_btn)))
            files_download(ctx, *copy);
    }
    if (action_row("export.share.link", tr(K::files_share_link_title),
                   fmt(K::files_share_link_what, static_cast<int>(kMaxLinkBytes / 1024)), "",
                   tr(K::files_share_link_btn), !files_link_pending()))
        files_copy_link(ctx);
    if (files_link_pending()) {
        ImGui::TextUnformatted(tr(K::files_share_link_wait));
        platform::request_redraw();
    } else if (!files_last_link().empty()) {
        // The link just made, selectable (for copying again by hand).
        char kb[32];
        std::snprintf(kb, sizeof kb, "%.1f", static_cast<double>(files_last_link_bytes()) / 1024.0);
        std::string kbs = kb;
        if (language() == Lang::Vi) std::replace(kbs.begin(), kbs.end(), '.', ',');
        ImGui::PushFont(fonts().small);
        ImGui::TextUnformatted(fmt(K::files_share_link_made, kbs.c_str()).c_str());
        ImGui::PopFont();
        std::string link = files_last_link();
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, kMaxWidth));
        ImGui::InputText("##export.link", &link, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        widgets::register_last_item("export.link.field");
        ImGui::Dummy(ImVec2(0, 4));
    }
    if (action_row("export.share.email", tr(K::files_share_mail_title), tr(K::files_share_mail_what), "",
                   std::string(icons::kMail) + " " + tr(K::files_share_mail_btn), !files_link_pending()))
        files_send_email(ctx);
    if (platform::can_share() &&
        action_row("export.share.system", tr(K::files_share_system_title), tr(K::files_share_system_what), "",
                   tr(K::files_share_system_btn), !files_link_pending()))
        files_share_system(ctx);
    if (const ExportFormat* json = find_export_format("json")) {
        if (action_row("export.share.save", tr(K::files_share_file_title),
                       fmt(K::files_share_file_what, files_shortcut("S").c_str()), export_file_name(plan, *json),
                       std::string(icons::kDownload) + " " + tr(K::files_share_file_btn)))
            files_save(ctx);
    }

    // Export for other programs: calendar, spreadsheets, Word, printable documents.
    section_heading(tr(K::files_export_heading));
    const std::string dl = std::string(icons::kDownload) + " " + tr(K::files_export_btn);
    for (const ExportFormat& f : export_formats()) {
        if (f.name == "json" || f.name == "html-copy") continue;   // above, under "send"
        const FormatWords* w = words_for(f.name);
        const std::string desc = language() == Lang::En ? f.description_en : f.description_vi;
        const std::string title = w ? tr(w->title) : desc;
        const std::string what = w ? tr(w->what) : desc;
        const std::string id = "export." + f.name;
        if (action_row(id.c_str(), title, what, export_file_name(plan, f), dl)) files_download(ctx, f);
    }
    ImGui::Dummy(ImVec2(0, 12));
    ImGui::EndChild();
}

}  // namespace dc::ui
