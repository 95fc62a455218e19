// panel_sites_detail.cpp — the per-site view (everything one bridge point needs
// to know: its connection-test slot and result, contacts, who attends, the
// programme with its speaking turn, with a button to print its one-page
// sheet) and the "site groups" tab (kinds of sites with shared participants,
// rules and budget, as the công văn lists them).
//
// [SECTION] small widgets
// [SECTION] per-site view
// [SECTION] site groups
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstdint>
#include <string>
#include <vector>

#include "core/datetime.h"
#include "ui/shell/app.h"
#include "ui/sites/panel_sites_internal.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui::sites {

//-----------------------------------------------------------------------------
// [SECTION] small widgets
//-----------------------------------------------------------------------------
namespace {

void field_label(const char* text) {
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void register_field(UiContext& ctx, const char* test_id) {
    widgets::register_last_item(test_id);
    if (ImGui::IsItemActive()) widgets::set_active_widget(test_id);
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
}

// One text field of site i (single line or multiline), edited in place.
void site_field(UiContext& ctx, std::size_t i, std::string Site::*field, const char* key, const char* label,
                const char* hint, int lines = 1) {
    field_label(label);
    std::string v = ctx.editor->plan().sites[i].*field;
    char wid[64], tid[64];
    std::snprintf(wid, sizeof wid, "##detail.%s", key);
    std::snprintf(tid, sizeof tid, "sites.detail.%s", key);
    bool changed;
    if (lines > 1) {
        changed = ImGui::InputTextMultiline(wid, &v, ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines + 12));
        if (!hint || !*hint || !v.empty() || ImGui::IsItemActive()) hint = nullptr;
        if (hint) {   // InputTextMultiline has no hint in 1.86: draw it
            const ImVec2 p = ImGui::GetItemRectMin();
            ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + 8, p.y + 5), colors::kTextMuted, hint);
        }
    } else {
        ImGui::SetNextItemWidth(-FLT_MIN);
        changed = ImGui::InputTextWithHint(wid, hint ? hint : "", &v);
    }
    register_field(ctx, tid);
    if (changed) {
        Site s = ctx.editor->plan().sites[i];
        s.*field = v;
        set_site(ctx, i, std::move(s), key);
    }
}

std::string turn_times(const Slot& slot, std::size_t k) {
    if (slot.start == kNoTime) return {};
    int t = slot.start;
    for (std::size_t j = 0; j < k; ++j) t += slot.turns[j].minutes;
    return format_time_range(t, t + slot.turns[k].minutes);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] per-site view
//-----------------------------------------------------------------------------
namespace {

// The site's name, whether it is the central one, its kind and group.
void detail_heading(const Plan& plan, const Site& s, std::size_t i) {
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.name.empty() ? fmt(K::sites_unnamed_n, static_cast<int>(i + 1)).c_str() : s.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    widgets::register_last_item("sites.detail.title");
    if (s.central) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::Text("%s %s", icons::kDot, tr(K::sites_central_long));
        ImGui::PopStyleColor();
    }
    std::string sub = s.kind;
    const std::string g = group_name(plan, s.group_id);
    if (!g.empty()) sub += (sub.empty() ? "" : "  \xC2\xB7  ") + g;
    if (!sub.empty()) muted_text(sub.c_str());
}

// What the action buttons asked that ends this frame's detail: the site
// moves or goes, so the caller closes the child window first and then does it.
enum class DetailExit { Stay, MakeCentral, MoveUp, MoveDown, Delete };

// Print sheet, make central, delete, ↑ ↓, close.
DetailExit detail_actions(UiContext& ctx, const Plan& plan, const Site& s, std::size_t i) {
    if (ImGui::Button((std::string(tr(K::sites_print_sheet)) + "##sites.detail.print").c_str())) print_site_sheet(ctx, i);
    widgets::register_last_item("sites.detail.print");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_tip_print_sheet));
    ImGui::SameLine();
    if (s.central) ImGui::BeginDisabled();
    if (ImGui::Button((std::string(tr(K::sites_make_central)) + "##sites.detail.central").c_str())) {
        if (s.central) ImGui::EndDisabled();
        return DetailExit::MakeCentral;
    }
    if (s.central) ImGui::EndDisabled();
    widgets::register_last_item("sites.detail.central");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", s.central ? tr(K::sites_tip_is_central) : tr(K::sites_tip_make_central));
    ImGui::SameLine();
    bool gone = false;
    if (ImGui::Button((std::string(tr(K::sites_delete)) + "##sites.detail.delete").c_str())) gone = true;
    widgets::register_last_item("sites.detail.delete");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_tip_delete));
    // One row up / down (Alt+↑/↓ in the list); the central site stays first.
    // On a narrow view they go to the next line rather than out of sight.
    {
        const float arrows_w = 2 * (ImGui::CalcTextSize("\xE2\x86\x91").x + ImGui::GetStyle().FramePadding.x * 2) +
                               3 * ImGui::GetStyle().ItemSpacing.x + ImGui::GetFrameHeight();
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + arrows_w > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    for (int d : {-1, 1}) {
        if (d > 0) ImGui::SameLine();
        const bool can = can_move_site(plan, i, d);
        if (!can) ImGui::BeginDisabled();
        const char* tid = d < 0 ? "sites.detail.up" : "sites.detail.down";
        const bool moved = ImGui::Button((std::string(d < 0 ? "\xE2\x86\x91" : "\xE2\x86\x93") + "##" + tid).c_str());
        if (!can) ImGui::EndDisabled();
        widgets::register_last_item(tid);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", s.central ? tr(K::sites_toast_central_first) : tr(d < 0 ? K::sites_tip_move_up : K::sites_tip_move_down));
        if (moved) return d < 0 ? DetailExit::MoveUp : DetailExit::MoveDown;
    }
    ImGui::SameLine();
    if (ImGui::Button((std::string(icons::kCross) + "##sites.detail.close").c_str())) ctx.selection.site_id.clear();
    widgets::register_last_item("sites.detail.close");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_tip_close_detail));
    return gone ? DetailExit::Delete : DetailExit::Stay;
}

// Connection test: the slot with its weekday, the status, and clashes.
void detail_test(UiContext& ctx, const Plan& plan, const Site& s, std::size_t i) {
    const State& st = state();
    section_title(tr(K::sites_sec_test));
    const std::string slot = slot_text(s);
    if (slot.empty()) {
        muted_text(tr(K::sites_no_slot));
    } else {
        std::string line = slot;
        if (valid_date(s.test_date))
            line = (language() == Lang::En ? weekday_en(s.test_date) : weekday_vi(s.test_date)) + ", " + slot;
        ImGui::TextUnformatted(line.c_str());
    }
    widgets::register_last_item("sites.detail.slot");
    field_label(tr(K::sites_col_status));
    status_combo(ctx, i, "sites.detail.status");
    if (i < st.clash_with.size() && !st.clash_with[i].empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
        ImGui::PushTextWrapPos(0.0f);
        for (std::size_t k : st.clash_with[i])
            if (k < plan.sites.size())
                ImGui::Text("%s %s", icons::kWarning,
                            fmt(K::sites_clash_with, plan.sites[k].name.c_str(), slot_text(plan.sites[k]).c_str()).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

// Contacts: the site's own, then the plan's (who to call about the connection).
void detail_contacts(UiContext& ctx, const Plan& plan, std::size_t i) {
    section_title(tr(K::sites_sec_contacts));
    site_field(ctx, i, &Site::contact_name, "contact", tr(K::sites_col_contact), "");
    site_field(ctx, i, &Site::contact_phone, "phone", tr(K::sites_col_phone), "");
    site_field(ctx, i, &Site::technician, "technician", tr(K::sites_technician), tr(K::sites_hint_technician));
    site_field(ctx, i, &Site::account, "account", tr(K::sites_account), tr(K::sites_hint_account));
    if (plan.contacts.empty()) return;
    field_label(tr(K::sites_plan_contacts));
    ImGui::PushTextWrapPos(0.0f);
    for (const Contact& c : plan.contacts) {
        std::string line = "- " + c.name;
        if (!c.role.empty()) line += ", " + c.role;
        if (!c.phone.empty()) line += ": " + c.phone;
        if (!c.purpose.empty()) line += " (" + c.purpose + ")";
        ImGui::TextUnformatted(line.c_str());
    }
    ImGui::PopTextWrapPos();
}

// "Được mời phát biểu": the site's own mark, or its group's (shown ticked and
// fixed, since it is the group's to change).
void detail_invited(UiContext& ctx, const Plan& plan, const Site& s, std::size_t i) {
    if (s.central) return;   // the central site hosts the discussion; it has no turn
    const bool by_group = !s.invited_to_speak && invited_to_speak(plan, s);
    bool inv = s.invited_to_speak || by_group;
    const std::string label = by_group ? fmt(K::sites_invited_by_group, group_name(plan, s.group_id).c_str())
                                       : std::string(tr(K::sites_invited_site));
    if (by_group) ImGui::BeginDisabled();
    if (ImGui::Checkbox((label + "##sites.detail.invited").c_str(), &inv) && !by_group) {
        Site c = s;
        c.invited_to_speak = inv;
        ctx.editor->set_item(i, std::move(c), tr(K::sites_undo_invited));
    }
    if (by_group) ImGui::EndDisabled();
    widgets::register_last_item("sites.detail.invited");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(K::sites_invited_tip));
}

// The site's speaking turns in the programme.
void detail_turns(UiContext& ctx, const Plan& plan, const Site& s, std::size_t i) {
    section_title(tr(K::sites_sec_turns));
    detail_invited(ctx, plan, s, i);
    bool any = false;
    for (const Slot& slot : plan.agenda)
        for (std::size_t k = 0; k < slot.turns.size(); ++k) {
            if (slot.turns[k].site_id != s.id) continue;
            any = true;
            const std::string what = slot.items.empty() ? std::string() : slot.items[0].content;
            ImGui::PushTextWrapPos(0.0f);
            ImGui::PushFont(fonts().bold);
            ImGui::Text("%s %s", icons::kRight,
                        fmt(K::sites_turn_line, turn_times(slot, k).c_str(), slot.turns[k].minutes).c_str());
            ImGui::PopFont();
            if (!what.empty()) muted_text(what.c_str());
            ImGui::PopTextWrapPos();
        }
    if (!any) muted_text(tr(K::sites_no_turn));
    widgets::register_last_item("sites.detail.turns");
}

// The group choice (a combo whose options have ids).
void detail_group_combo(UiContext& ctx, const Plan& plan, const Site& s, std::size_t i) {
    field_label(tr(K::sites_group));
    const std::string gname = group_name(plan, s.group_id);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##detail.group", gname.empty() ? tr(K::sites_group_none) : gname.c_str())) {
        for (int k = -1; k < static_cast<int>(plan.site_groups.size()); ++k) {
            const std::string gid = k < 0 ? std::string() : plan.site_groups[static_cast<std::size_t>(k)].id;
            const std::string gl = k < 0 ? std::string(tr(K::sites_group_none))
                                         : plan.site_groups[static_cast<std::size_t>(k)].name;
            char tid[48];
            std::snprintf(tid, sizeof tid, "sites.detail.group.opt.%d", k + 1);
            if (ImGui::Selectable((gl + "##" + tid).c_str(), gid == s.group_id) && gid != s.group_id) {
                Site n = s;
                n.group_id = gid;
                ctx.editor->set_item(i, std::move(n), fmt(K::sites_undo_group, s.name.c_str()));
            }
            widgets::register_last_item(tid);
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item("sites.detail.group");
}

// A muted label and a wrapped text under it (what the site takes from its group).
void labelled_wrapped(const char* label, const std::string& text) {
    field_label(label);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

// Who attends: group, own participants (else the group's), the group's
// rules, and the headcount against the event's limit.
void detail_participants(UiContext& ctx, const Site& s, std::size_t i) {
    section_title(tr(K::sites_sec_participants));
    detail_group_combo(ctx, ctx.editor->plan(), s, i);
    const SiteGroup* grp = nullptr;
    for (const SiteGroup& g : ctx.editor->plan().site_groups)
        if (g.id == s.group_id) grp = &g;
    site_field(ctx, i, &Site::participants, "participants", tr(K::sites_participants_own),
               grp && !grp->participants.empty() ? tr(K::sites_hint_participants_group) : tr(K::sites_hint_participants), 4);
    if (s.participants.empty() && grp && !grp->participants.empty())
        labelled_wrapped(fmt(K::sites_participants_from_group, grp->name.c_str()).c_str(), grp->participants);
    if (grp && !grp->rules.empty()) labelled_wrapped(tr(K::sites_group_rules), grp->rules);
    const int limit = ctx.editor->plan().event.headcount_limit;
    const int hc = ctx.editor->plan().sites[i].headcount;
    if (limit > 0 && hc > limit) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("%s %s", icons::kWarning, fmt(K::sites_over_long, hc, limit).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        widgets::register_last_item("sites.detail.over");
    } else {
        ImGui::TextUnformatted(limit > 0 ? fmt(K::sites_headcount_of_limit, hc, limit).c_str()
                                         : fmt(K::sites_headcount_plain, hc).c_str());
    }
}

// The whole programme, the site's own slots in bold.
// The programme's lines for one site, built and measured once per plan
// revision, site and width: a plan's programme can run to a thousand lines,
// and only those in sight are drawn each frame.
struct ProgrammeLines {
    std::uint64_t rev = ~std::uint64_t(0);
    std::string site_id;
    float width = -1, font = -1;
    struct Line { int day = -1; bool ours = false; std::string text; float height = 0; };
    std::vector<Line> lines;
};

void build_programme(const Plan& plan, const Site& s, ProgrammeLines& c) {
    c.lines.clear();
    int day = -1;
    for (const Slot& slot : plan.agenda) {
        ProgrammeLines::Line l;
        if (slot.day != day && plan.event.days.size() > 1) {
            day = slot.day;
            if (day >= 0 && day < static_cast<int>(plan.event.days.size())) l.day = day;
        }
        for (const Turn& t : slot.turns) l.ours = l.ours || t.site_id == s.id;
        l.text = format_time_range(slot.start, slot.end);
        for (std::size_t k = 0; k < slot.items.size(); ++k) {
            l.text += (k == 0 ? "  " : "; ") + slot.items[k].content;
            if (!slot.items[k].performer.empty()) l.text += " (" + slot.items[k].performer + ")";
        }
        c.lines.push_back(std::move(l));
    }
}

void detail_programme(const Plan& plan, const Site& s, std::uint64_t rev) {
    static ProgrammeLines c;
    section_title(tr(K::sites_sec_programme));
    if (plan.agenda.empty()) muted_text(tr(K::sites_no_programme));
    if (c.rev != rev || c.site_id != s.id) {
        build_programme(plan, s, c);
        c.rev = rev;
        c.site_id = s.id;
        c.width = -1;
    }
    const float w = ImGui::GetContentRegionAvail().x;
    if (c.width != w || c.font != ImGui::GetFontSize()) {
        for (auto& l : c.lines) {
            if (l.ours) ImGui::PushFont(fonts().bold);
            l.height = ImGui::CalcTextSize(l.text.c_str(), nullptr, false, w).y;
            if (l.ours) ImGui::PopFont();
        }
        c.width = w;
        c.font = ImGui::GetFontSize();
    }
    ImGui::PushTextWrapPos(0.0f);
    for (const auto& l : c.lines) {
        if (l.day >= 0) field_label(format_date(plan.event.days[static_cast<std::size_t>(l.day)].date).c_str());
        if (!ImGui::IsRectVisible(ImVec2(w, l.height))) {   // out of sight: its room only
            ImGui::Dummy(ImVec2(w, l.height));
            continue;
        }
        if (l.ours) ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(l.text.c_str());
        if (l.ours) ImGui::PopFont();
    }
    ImGui::PopTextWrapPos();
    widgets::register_last_item("sites.detail.programme");
}

}  // namespace

void draw_detail(UiContext& ctx, std::size_t i, float width, float height) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.985f, 0.988f, 0.992f, 1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
    ImGui::BeginChild("##sites.detail", ImVec2(width, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    {
        const ImVec2 p = ImGui::GetWindowPos();
        widgets::register_rect("sites.detail", p.x, p.y, width, height);
    }
    const Plan& plan = ctx.editor->plan();
    const Site s = plan.sites[i];   // a copy: edits below replace the plan's element

    detail_heading(plan, s, i);
    const DetailExit exit = detail_actions(ctx, plan, s, i);
    if (exit != DetailExit::Stay) {
        ImGui::EndChild();
        ImGui::PopStyleColor();
        switch (exit) {
        case DetailExit::MakeCentral: make_central(ctx, i); break;
        case DetailExit::MoveUp: move_site_by(ctx, i, -1); break;
        case DetailExit::MoveDown: move_site_by(ctx, i, 1); break;
        case DetailExit::Delete: delete_site(ctx, i); break;
        case DetailExit::Stay: break;
        }
        return;
    }
    ImGui::Separator();
    detail_test(ctx, plan, s, i);
    detail_contacts(ctx, plan, i);
    detail_turns(ctx, plan, s, i);
    detail_participants(ctx, s, i);
    detail_programme(plan, s, ctx.editor->revision());

    section_title(tr(K::sites_sec_notes));
    site_field(ctx, i, &Site::address, "address", tr(K::sites_col_address), "");
    site_field(ctx, i, &Site::notes, "notes", tr(K::sites_col_notes), "", 3);
    ImGui::Dummy(ImVec2(0, 8));
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

//-----------------------------------------------------------------------------
// [SECTION] site groups
//-----------------------------------------------------------------------------
namespace {

void group_field(UiContext& ctx, std::size_t gi, std::string SiteGroup::*field, const char* key, const char* label,
                 int lines, float width) {
    field_label(label);
    std::string v = ctx.editor->plan().site_groups[gi].*field;
    char wid[64], tid[64];
    std::snprintf(wid, sizeof wid, "##group.%zu.%s", gi, key);
    std::snprintf(tid, sizeof tid, "sites.group.%zu.%s", gi, key);
    bool changed;
    if (lines > 1) changed = ImGui::InputTextMultiline(wid, &v, ImVec2(width, ImGui::GetTextLineHeight() * lines + 12));
    else {
        ImGui::SetNextItemWidth(width);
        changed = ImGui::InputText(wid, &v);
    }
    register_field(ctx, tid);
    if (changed) {
        SiteGroup g = ctx.editor->plan().site_groups[gi];
        g.*field = v;
        const std::string gl = g.name;
        const std::string merge = "group." + g.id + "." + key;
        ctx.editor->set_item(gi, std::move(g), fmt(K::sites_undo_group_edit, gl.c_str()), merge);
    }
}

void delete_group(UiContext& ctx, std::size_t gi) {
    Editor& ed = *ctx.editor;
    const SiteGroup g = ed.plan().site_groups[gi];
    Editor::Group step(ed, fmt(K::sites_undo_group_delete, g.name.c_str()));
    for (std::size_t i = 0; i < ed.plan().sites.size(); ++i)
        if (ed.plan().sites[i].group_id == g.id) {
            Site s = ed.plan().sites[i];
            s.group_id.clear();
            ed.set_item(i, std::move(s));
        }
    ed.erase_item<SiteGroup>(gi);
    if (ctx.toast) ctx.toast(fmt(K::sites_toast_group_deleted, g.name.c_str()));
}

// The limit as words: "10" or "không giới hạn".
std::string limit_words(int limit) { return limit > 0 ? std::to_string(limit) : std::string(tr(K::sites_limit_none)); }

// A whole number ≥ 0 typed in place; one undo step per field while typing.
bool count_input(const char* test_id, int* value, float width) {
    ImGui::SetNextItemWidth(width);
    int v = *value;
    const bool changed = ImGui::InputInt((std::string("##") + test_id).c_str(), &v, 0, 0);
    widgets::register_last_item(test_id);
    if (ImGui::IsItemActive()) widgets::set_active_widget(test_id);
    if (!changed) return false;
    *value = std::clamp(v, 0, 1000000);
    return true;
}

// The central site's own limit and rule (the district hall of 80 seats
// against 10 per school); stored in the event, next to the general limit.
void central_limit(UiContext& ctx, float w) {
    const Event& ev = ctx.editor->plan().event;
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(K::sites_central_limit_heading));
    ImGui::PopFont();
    field_label(fmt(K::sites_central_limit, limit_words(ev.headcount_limit).c_str()).c_str());
    int v = ev.central_headcount_limit;
    if (count_input("sites.central.limit", &v, 120)) {
        Event e = ctx.editor->plan().event;
        e.central_headcount_limit = v;
        ctx.editor->set_event(std::move(e), tr(K::sites_undo_limit), "central.limit");
    }
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
    field_label(tr(K::sites_central_limit_rule));
    std::string rule = ev.central_headcount_rule;
    ImGui::SetNextItemWidth(w);
    if (ImGui::InputText("##sites.central.rule", &rule)) {
        Event e = ctx.editor->plan().event;
        e.central_headcount_rule = rule;
        ctx.editor->set_event(std::move(e), tr(K::sites_undo_limit), "central.rule");
    }
    register_field(ctx, "sites.central.rule");
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::Separator();
}

// The group's limit, its rule and "the whole group is invited to speak".
void group_limit_and_invited(UiContext& ctx, std::size_t gi, float w) {
    const Plan& p = ctx.editor->plan();
    const SiteGroup& g = p.site_groups[gi];
    char tid[64];
    field_label(fmt(K::sites_group_limit, limit_words(p.event.headcount_limit).c_str()).c_str());
    std::snprintf(tid, sizeof tid, "sites.group.%zu.limit", gi);
    int v = g.headcount_limit;
    if (count_input(tid, &v, 120)) {
        SiteGroup c = g;
        c.headcount_limit = v;
        ctx.editor->set_item(gi, std::move(c), tr(K::sites_undo_limit), std::string("group.limit.") + g.id);
    }
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
    group_field(ctx, gi, &SiteGroup::headcount_rule, "limit_rule", tr(K::sites_group_limit_rule), 1, w);
    bool inv = ctx.editor->plan().site_groups[gi].invited_to_speak;
    std::snprintf(tid, sizeof tid, "sites.group.%zu.invited", gi);
    if (ImGui::Checkbox((std::string(tr(K::sites_invited_group)) + "##" + tid).c_str(), &inv)) {
        SiteGroup c = ctx.editor->plan().site_groups[gi];
        c.invited_to_speak = inv;
        ctx.editor->set_item(gi, std::move(c), tr(K::sites_undo_invited));
    }
    widgets::register_last_item(tid);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_invited_tip));
}

}  // namespace

void draw_groups(UiContext& ctx) {
    muted_text(tr(K::sites_groups_intro));
    if (ImGui::Button((std::string("+ ") + tr(K::sites_group_add) + "##sites.group.add").c_str())) {
        Editor& ed = *ctx.editor;
        Editor::Group step(ed, tr(K::sites_undo_group_add));
        SiteGroup g;
        g.id = ed.new_id("g");
        ed.insert_item(ed.plan().site_groups.size(), std::move(g));
    }
    widgets::register_last_item("sites.group.add");
    ImGui::Dummy(ImVec2(0, 4));

    const Plan& plan = ctx.editor->plan();
    if (plan.site_groups.empty()) {
        draw_empty_state(tr(K::sites_groups_empty_heading), tr(K::sites_groups_empty));
        return;
    }
    ImGui::BeginChild("##sites.groups", ImGui::GetContentRegionAvail(), false);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float w = avail > 980 ? 980 : avail;
    central_limit(ctx, w);
    for (std::size_t gi = 0; gi < ctx.editor->plan().site_groups.size(); ++gi) {
        const Plan& p = ctx.editor->plan();
        const SiteGroup& g = p.site_groups[gi];
        int members = 0;
        std::string names;
        for (const Site& s : p.sites)
            if (s.group_id == g.id) {
                ++members;
                if (members <= 6) names += (names.empty() ? "" : ", ") + s.name;
            }
        if (members > 6) names += ", \xE2\x80\xA6";
        ImGui::PushID(static_cast<int>(gi));
        ImGui::PushFont(fonts().bold);
        ImGui::Text("%s", fmt(K::sites_group_n, static_cast<int>(gi + 1), members).c_str());
        ImGui::PopFont();
        ImGui::SameLine(0, 12);
        char tid[48];
        std::snprintf(tid, sizeof tid, "sites.group.%zu.delete", gi);
        const bool del = ImGui::SmallButton((std::string(tr(K::sites_group_delete)) + "##" + tid).c_str());
        widgets::register_last_item(tid);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_tip_group_delete));
        if (!names.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
            ImGui::TextUnformatted(names.c_str());
            ImGui::PopTextWrapPos();
            ImGui::PopStyleColor();
        }
        group_field(ctx, gi, &SiteGroup::name, "name", tr(K::sites_group_name), 1, w);
        group_field(ctx, gi, &SiteGroup::participants, "participants", tr(K::sites_group_participants), 4, w);
        group_field(ctx, gi, &SiteGroup::rules, "rules", tr(K::sites_group_rules), 2, w);
        group_field(ctx, gi, &SiteGroup::budget, "budget", tr(K::sites_group_budget), 2, w);
        group_limit_and_invited(ctx, gi, w);
        ImGui::Dummy(ImVec2(0, 6));
        ImGui::Separator();
        ImGui::PopID();
        if (del) {
            delete_group(ctx, gi);
            break;
        }
    }
    ImGui::EndChild();
}

}  // namespace dc::ui::sites
