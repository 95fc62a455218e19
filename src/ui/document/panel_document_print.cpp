// panel_document_print.cpp — the Print menu: a choice of the five printable
// documents (export_html.h) opened with the browser's print dialog through
// platform::print_html ("Save as PDF" there gives the PDF).
//   1. the full plan (Kế hoạch / Công văn, as its kind says)
//   2. Chương trình alone
//   3. the task appendix (Tiến độ công việc), with a "Đã xong" column on request
//   4. bridge points and connection tests
//   5. one sheet per bridge point
#include <imgui.h>

#include <string>

#include "core/export_html.h"
#include "platform/platform.h"
#include "ui/document/panel_document.h"
#include "core/apart.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
bool g_request = false;
ImVec2 g_anchor(0, 0);
bool g_right = false;
bool g_done_column = false;

struct Doc {
    const char* id;     // test id suffix: print.<id>
    K title;
    K desc;
};
}  // namespace

void open_print_menu(float x, float y, bool right_align) {
    g_request = true;
    g_anchor = ImVec2(x, y);
    g_right = right_align;
    platform::request_redraw(2);
}

static void print_menu_open(UiContext& ctx);   // the open menu's code (core/apart.h)

void draw_print_menu(UiContext& ctx) {
    if (g_request) {
        ImGui::OpenPopup("##print-menu");
        g_request = false;
    }
    ImGui::SetNextWindowPos(g_anchor, ImGuiCond_Appearing, ImVec2(g_right ? 1.0f : 0.0f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 6));
    if (!ImGui::BeginPopup("##print-menu")) {
        ImGui::PopStyleVar(2);
        return;
    }
    call_apart(print_menu_open, ctx);
}

static void print_menu_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    widgets::register_rect("print.menu", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                              ImGui::GetWindowSize().y);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(K::document_print_menu_title));
    ImGui::PopFont();
    ImGui::Separator();

    const bool cv = plan.header.kind == DocKind::CongVan;
    const Doc docs[] = {
        {"plan", cv ? K::document_print_plan_cv : K::document_print_plan, K::document_print_plan_desc},
        {"agenda", K::document_print_agenda, K::document_print_agenda_desc},
        {"tasks", K::document_print_tasks, K::document_print_tasks_desc},
        {"sites", K::document_print_sites, K::document_print_sites_desc},
        {"site-sheets", K::document_print_site_sheets, K::document_print_site_sheets_desc},
    };
    const float w = 400.0f;
    std::string chosen;
    for (const Doc& d : docs) {
        const std::string id = std::string("print.") + d.id;
        bool enabled = true;
        const char* why = nullptr;
        if (id == "print.agenda" && plan.agenda.empty()) { enabled = false; why = tr(K::document_print_no_agenda); }
        if (id == "print.tasks" && plan.tasks.empty()) { enabled = false; why = tr(K::document_print_no_tasks); }
        if ((id == "print.sites" || id == "print.site-sheets") && plan.sites.empty()) {
            enabled = false;
            why = tr(K::document_print_no_sites);
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float line = ImGui::GetTextLineHeight();
        if (!enabled) ImGui::BeginDisabled();
        if (ImGui::Selectable(("##" + id).c_str(), false, 0, ImVec2(w, line * 2 + 6))) chosen = d.id;
        if (!enabled) ImGui::EndDisabled();
        widgets::register_last_item(id.c_str());
        if (why && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", why);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImU32 ink = enabled ? ImGui::GetColorU32(ImGuiCol_Text) : colors::kTextMuted;
        dl->AddText(fonts().bold, ImGui::GetFontSize(), ImVec2(p.x + 4, p.y + 2), ink, tr(d.title));
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.88f, ImVec2(p.x + 4, p.y + line + 5), colors::kTextMuted,
                    why ? why : tr(d.desc));
        if (id == "print.tasks") {
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 12);
            ImGui::Checkbox(tr(K::document_print_done_column), &g_done_column);
            widgets::register_last_item("print.tasks.done");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_print_done_tip));
        }
    }
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    ImGui::TextUnformatted(tr(K::document_print_pdf_note));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();

    if (!chosen.empty()) {
        PrintOptions o;
        o.lang = "vi";
        o.with_done_column = g_done_column;
        std::string html;
        K what = K::document_print_plan;
        if (chosen == "plan") { html = html_plan(plan, o); what = cv ? K::document_print_plan_cv : K::document_print_plan; }
        else if (chosen == "agenda") { html = html_agenda(plan, o); what = K::document_print_agenda; }
        else if (chosen == "tasks") { html = html_tasks(plan, o); what = K::document_print_tasks; }
        else if (chosen == "sites") { html = html_sites(plan, o); what = K::document_print_sites; }
        else { html = html_site_sheets(plan, o); what = K::document_print_site_sheets; }
        platform::print_html(html);
        ctx.toast(fmt(K::document_print_opening, tr(what)));
        ImGui::CloseCurrentPopup();
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    ImGui::PopStyleVar(2);
}

}  // namespace dc::ui
