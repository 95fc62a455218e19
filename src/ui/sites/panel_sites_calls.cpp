// panel_sites_calls.cpp — the "Phiếu gọi" tab: the central technicians' call
// sheet (core's call_sheet: every scheduled test by date, time and lane), with
// whom to call and the test result, which the technician sets while calling.
// "In phiếu gọi" prints the same rows as an A4 table (html_call_sheet).
#include <imgui.h>

#include <cfloat>
#include <cstdint>
#include <cstdio>
#include <set>

#include "core/datetime.h"
#include "core/export_html.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"
#include "ui/sites/panel_sites_internal.h"

namespace dc::ui::sites {
namespace {

enum CallCol { kTime, kLane, kSite, kContact, kPhone, kStatus, kCallCols };

// "14/8 08h00 - 08h15": the day is repeated on each row so that a row read
// alone (or after scrolling) still says when.
std::string when_text(const CallRow& c) {
    return format_date(c.date) + "  " + format_time_range(c.start, c.end);
}

void call_row(UiContext& ctx, const CallRow& c, int r) {
    const Plan& plan = ctx.editor->plan();
    const Site& s = plan.sites[c.site_index];
    char tid[64];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(kTime);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(when_text(c).c_str());
    ImGui::TableSetColumnIndex(kLane);
    ImGui::AlignTextToFramePadding();
    if (c.lane.empty()) ImGui::TextDisabled("%s", tr(K::sites_calls_one_lane));
    else ImGui::TextUnformatted(c.lane.c_str());
    ImGui::TableSetColumnIndex(kSite);
    // The group after the name: "Ban Mai" is three schools in a district, one per level.
    std::string name = s.name.empty() ? s.id : s.name;
    if (!s.group_id.empty()) name += "   \xC2\xB7 " + group_name(plan, s.group_id);
    name += "##calls.site." + s.id;
    const std::string site_id = s.id;
    if (ImGui::Selectable(name.c_str(), false)) {
        // Opens the site in the list, with its per-site view beside it.
        state().tab = 0;
        select_site(ctx, site_id, true);
    }
    std::snprintf(tid, sizeof tid, "sites.calls.row.%d.site", r);
    widgets::register_last_item(tid);
    widgets::set_shown_text(tid, when_text(c) + " | " + c.lane + " | " + s.name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_calls_tip_site));
    const Site& cur = ctx.editor->plan().sites[c.site_index];
    ImGui::TableSetColumnIndex(kContact);
    ImGui::TextUnformatted(cur.contact_name.c_str());
    ImGui::TableSetColumnIndex(kPhone);
    ImGui::TextUnformatted(cur.contact_phone.c_str());
    ImGui::TableSetColumnIndex(kStatus);
    std::snprintf(tid, sizeof tid, "sites.calls.row.%d.status", r);
    ImGui::PushID(r);
    status_combo(ctx, c.site_index, tid);
    ImGui::PopID();
}

void calls_table(UiContext& ctx, const std::vector<CallRow>& rows) {
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##sites.calls", kCallCols, flags, ImGui::GetContentRegionAvail())) return;
    widgets::register_last_item("sites.calls.table");
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(K::sites_calls_col_time), ImGuiTableColumnFlags_WidthFixed, 170);
    ImGui::TableSetupColumn(tr(K::sites_calls_col_lane), 0, 1.2f);
    ImGui::TableSetupColumn(tr(K::sites_col_name), 0, 2.4f);
    ImGui::TableSetupColumn(tr(K::sites_col_contact), 0, 1.4f);
    ImGui::TableSetupColumn(tr(K::sites_col_phone), ImGuiTableColumnFlags_WidthFixed, 120);
    ImGui::TableSetupColumn(tr(K::sites_col_status), ImGuiTableColumnFlags_WidthFixed, 160);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;   // a province's 2,000 calls stay smooth
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
            if (rows[static_cast<std::size_t>(r)].site_index < ctx.editor->plan().sites.size())
                call_row(ctx, rows[static_cast<std::size_t>(r)], r);
    ImGui::EndTable();
}

}  // namespace

void draw_call_sheet(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    const std::vector<CallRow>& rows = st.calls;
    const bool none = rows.empty();
    if (none) ImGui::BeginDisabled();
    const bool print = ImGui::Button((std::string(tr(K::sites_calls_print)) + "##sites.calls.print").c_str());
    if (none) ImGui::EndDisabled();
    widgets::register_last_item("sites.calls.print");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(K::sites_calls_print_tip));
    if (print) platform::print_html(html_call_sheet(plan));
    ImGui::SameLine(0, 16);
    std::set<std::int64_t> days;
    std::set<std::string> lanes;
    for (const CallRow& c : rows) {
        days.insert(to_days(c.date));
        lanes.insert(c.lane);
    }
    ImGui::AlignTextToFramePadding();
    const std::string summary = fmt(K::sites_calls_summary, static_cast<int>(rows.size()), static_cast<int>(days.size()),
                                    static_cast<int>(lanes.size()));
    ImGui::TextUnformatted(summary.c_str());
    widgets::register_last_item("sites.calls.summary");
    widgets::set_shown_text("sites.calls.summary", summary);
    // Sites still without a slot are said, never left out silently.
    int without = 0;
    std::vector<bool> listed(plan.sites.size(), false);
    for (const CallRow& c : rows)
        if (c.site_index < listed.size()) listed[c.site_index] = true;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) without += !listed[i] && !plan.sites[i].central;
    if (without > 0 && !none) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::TextUnformatted((std::string(icons::kWarning) + " " + fmt(K::sites_calls_without, without)).c_str());
        ImGui::PopStyleColor();
        widgets::register_last_item("sites.calls.without");
    }
    ImGui::Dummy(ImVec2(0, 2));
    if (none) {
        muted_text(tr(K::sites_calls_empty));
        widgets::register_last_item("sites.calls.empty");
        return;
    }
    calls_table(ctx, rows);
}

}  // namespace dc::ui::sites
