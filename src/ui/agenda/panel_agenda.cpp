// panel_agenda.cpp — the "Chương trình" view: the conference programme as a
// timeline (left) with the table, the selected slot and the findings beside it
// (right), a toolbar for the whole-programme operations and the totals.
//
// All changes go through agenda_ops.h / the Editor (each one undo step); this
// file only decides what the user asked for.
//
// [SECTION] state and helpers
// [SECTION] operations
// [SECTION] toolbar and totals
// [SECTION] findings list
// [SECTION] keyboard
// [SECTION] shift dialog
// [SECTION] panel
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#include "core/agenda_ops.h"
#include "core/datetime.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/checks/finding_text.h"
#include "ui/shell/list_index.h"
#include "ui/agenda/panel_agenda_internal.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {
namespace agenda {

//-----------------------------------------------------------------------------
// [SECTION] state and helpers
//-----------------------------------------------------------------------------
State& state() {
    static State s;
    return s;
}

int index_of(const Plan& plan, const std::string& id) { return static_cast<int>(index_by_id(plan.agenda, id)); }

int selected_index(const UiContext& ctx) { return index_of(ctx.editor->plan(), ctx.selection.slot_id); }

void select_slot(UiContext& ctx, const std::string& id, bool scroll) {
    ctx.selection.slot_id = id;
    State& st = state();
    st.seen_selection = id;
    if (scroll) st.scroll_to_selected = true;
    const int i = index_of(ctx.editor->plan(), id);
    if (i >= 0) st.day = ctx.editor->plan().agenda[static_cast<std::size_t>(i)].day;
}

void refresh_caches(const UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    if (st.cache_rev == ctx.editor->revision() && st.cache_day == st.day) return;
    if (st.cache_rev != ctx.editor->revision()) {
        st.findings.clear();
        st.slot_severity.assign(plan.agenda.size(), -1);
        for (Finding& f : validate(plan)) {
            const int i = finding_slot_index(f.place);
            const bool ours = i >= 0 || f.code.rfind("agenda.", 0) == 0 || f.place.rfind("event.days", 0) == 0;
            if (!ours) continue;
            if (i >= 0 && i < static_cast<int>(plan.agenda.size())) {
                int& sev = st.slot_severity[static_cast<std::size_t>(i)];
                if (sev < 0 || static_cast<int>(f.severity) < sev) sev = static_cast<int>(f.severity);
            }
            st.findings.push_back(std::move(f));
        }
    }
    st.lanes = agenda_lanes(plan, st.day, 10);
    st.axis = agenda_axis_range(plan, st.day);
    st.cache_rev = ctx.editor->revision();
    st.cache_day = st.day;
}

std::string duration_text(int minutes) {
    if (minutes < 0) minutes = 0;
    const int h = minutes / 60, m = minutes % 60;
    if (h == 0) return fmt(K::agenda_dur_m, m);
    if (m == 0) return fmt(K::agenda_dur_h, h);
    return fmt(K::agenda_dur_hm, h, m);
}

const char* kind_label(SlotKind k) {
    switch (k) {
    case SlotKind::Normal: return tr(K::agenda_kind_normal);
    case SlotKind::Break: return tr(K::agenda_kind_break);
    case SlotKind::Registration: return tr(K::agenda_kind_registration);
    case SlotKind::Discussion: return tr(K::agenda_kind_discussion);
    case SlotKind::Ceremony: return tr(K::agenda_kind_ceremony);
    }
    return "";
}

// Shortens with "…" on a UTF-8 boundary to fit `width` (binary search on the
// prefix: the font measures, we cannot know glyph widths otherwise).
std::string elide_to(const std::string& s, float width, ImFont* font, float font_size) {
    if (width <= 0) return std::string();
    if (font->CalcTextSizeA(font_size, 1e9f, 0, s.c_str()).x <= width) return s;
    const char* ell = "\xE2\x80\xA6";
    std::size_t lo = 0, hi = s.size();
    while (lo < hi) {
        std::size_t mid = (lo + hi + 1) / 2;
        while (mid > 0 && (static_cast<unsigned char>(s[mid]) & 0xC0) == 0x80) --mid;
        if (mid <= lo) break;
        const std::string t = s.substr(0, mid) + ell;
        if (font->CalcTextSizeA(font_size, 1e9f, 0, t.c_str()).x <= width) lo = mid; else hi = mid - 1;
    }
    while (lo > 0 && (static_cast<unsigned char>(s[lo]) & 0xC0) == 0x80) --lo;
    return lo == 0 ? std::string() : s.substr(0, lo) + ell;
}

std::string slot_title(const Slot& s) {
    for (const AgendaItem& it : s.items)
        if (!it.content.empty()) return it.content;
    return tr(K::agenda_no_content);
}

//-----------------------------------------------------------------------------
// [SECTION] operations
//-----------------------------------------------------------------------------
void delete_slot(UiContext& ctx, int i) {
    const Plan& plan = ctx.editor->plan();
    if (i < 0 || i >= static_cast<int>(plan.agenda.size())) return;
    const Slot s = plan.agenda[static_cast<std::size_t>(i)];
    const std::string range = format_time_range(s.start, s.end);
    ctx.editor->erase_item<Slot>(static_cast<std::size_t>(i), fmt(K::agenda_undo_delete, range.c_str()));
    // Select a neighbour so the keyboard can carry on.
    const Plan& after = ctx.editor->plan();
    int next = i < static_cast<int>(after.agenda.size()) && after.agenda[static_cast<std::size_t>(i)].day == s.day ? i
                                                                                                              : i - 1;
    if (next >= 0 && next < static_cast<int>(after.agenda.size()) && after.agenda[static_cast<std::size_t>(next)].day == s.day)
        select_slot(ctx, after.agenda[static_cast<std::size_t>(next)].id);
    else
        select_slot(ctx, "");
    ctx.toast(fmt(K::agenda_toast_deleted, range.c_str(), platform::is_mac() ? "Cmd" : "Ctrl"));
}

void duplicate_slot_at(UiContext& ctx, int i) {
    if (i < 0 || i >= static_cast<int>(ctx.editor->plan().agenda.size())) return;
    const std::size_t j = duplicate_slot(*ctx.editor, static_cast<std::size_t>(i));
    select_slot(ctx, ctx.editor->plan().agenda[j].id, true);
}

int add_slot_near(UiContext& ctx, int day, int time, bool open_editor_after) {
    const std::size_t j = add_slot_at(*ctx.editor, day, time, 5);
    const Slot& s = ctx.editor->plan().agenda[j];
    select_slot(ctx, s.id, true);
    if (open_editor_after) {
        State& st = state();
        st.tab = RightTab::Detail;
        st.tab_select_request = true;
        st.edit_focus_first = true;   // the detail tab focuses the first field
    }
    return static_cast<int>(j);
}

void open_editor(UiContext& ctx, const std::string& slot_id, ImVec2 anchor, bool focus_first) {
    State& st = state();
    select_slot(ctx, slot_id);
    st.edit_id = slot_id;
    st.edit_anchor = anchor;
    st.edit_open_request = true;
    st.edit_focus_first = focus_first;
}

namespace {

// Where "Thêm khung giờ" puts a new slot: after the selected one, else after
// the last slot of the day, else at the conference start (or 08h00).
int add_time_for(const UiContext& ctx, int day) {
    const Plan& plan = ctx.editor->plan();
    const int sel = selected_index(ctx);
    if (sel >= 0 && plan.agenda[static_cast<std::size_t>(sel)].day == day) {
        const Slot& s = plan.agenda[static_cast<std::size_t>(sel)];
        return s.end != kNoTime ? s.end : s.start;
    }
    int last = kNoTime;
    for (const Slot& s : plan.agenda)
        if (s.day == day && s.start != kNoTime) last = std::max(last, std::max(s.start, s.end));
    if (last != kNoTime) return std::min(last, kDayMinutes - 30);
    if (day < static_cast<int>(plan.event.days.size()) && plan.event.days[static_cast<std::size_t>(day)].start != kNoTime)
        return plan.event.days[static_cast<std::size_t>(day)].start;
    return 8 * 60;
}

bool toolbar_button(const char* label, const char* test_id, const char* tip, bool enabled = true) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label);
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(test_id);
    if (tip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
    return pressed && enabled;
}

//-----------------------------------------------------------------------------
// [SECTION] toolbar and totals
//-----------------------------------------------------------------------------
void draw_day_switch(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    const int days = agenda_day_count(plan);
    if (st.day >= days) st.day = days - 1;
    if (st.day < 0) st.day = 0;
    if (days <= 1) return;
    for (int d = 0; d < days; ++d) {
        std::string label = fmt(K::agenda_day_n, d + 1);
        if (d < static_cast<int>(plan.event.days.size()) && !plan.event.days[static_cast<std::size_t>(d)].date.empty())
            label += " \xC2\xB7 " + format_date(plan.event.days[static_cast<std::size_t>(d)].date);
        const bool current = d == st.day;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
        char id[32];
        std::snprintf(id, sizeof id, "agenda.day.%d", d);
        if (ImGui::Button((label + "##" + id).c_str())) st.day = d;
        if (current) ImGui::PopStyleColor();
        widgets::register_last_item(id);
        ImGui::SameLine(0, 4);
    }
    ImGui::NewLine();
}

void draw_start_field(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    int start = kNoTime;
    if (st.day < static_cast<int>(plan.event.days.size())) start = plan.event.days[static_cast<std::size_t>(st.day)].start;
    if (start == kNoTime) {
        const AgendaTotals t = agenda_totals(plan, st.day);
        start = t.start;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::agenda_start_label));
    ImGui::SameLine(0, 6);
    static std::string buf;
    static bool editing = false;
    std::string shown = editing ? buf : format_time(start);
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("00h00").x + 24);
    ImGui::InputTextWithHint("##agenda.start", "08h00", &shown);
    widgets::register_last_item("agenda.start");
    if (ImGui::IsItemActive()) { editing = true; buf = shown; widgets::set_active_widget("agenda.start"); }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_start_tip));
    if (ImGui::IsItemDeactivated()) {
        editing = false;
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            const auto t = parse_time(shown);
            if (!t) ctx.toast(fmt(K::agenda_bad_time, clip_text(shown, 40).c_str()));
            else if (*t != start && !set_conference_start(*ctx.editor, st.day, *t))
                ctx.toast(tr(K::agenda_start_refused));
        }
    }
}

// The programme's TT column (Plan::agenda_numbered): a plan-level setting, set
// through apply_bulk so that it is one undo step like any edit.
void draw_numbered_toggle(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    bool on = plan.agenda_numbered;
    if (ImGui::Checkbox(tr(K::agenda_numbered), &on)) {
        Plan target = plan;
        target.agenda_numbered = on;
        ctx.editor->apply_bulk(tr(on ? K::agenda_numbered_on : K::agenda_numbered_off), std::move(target));
    }
    widgets::register_last_item("agenda.numbered");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_numbered_tip));
}

void draw_toolbar(UiContext& ctx) {
    State& st = state();
    const int sel = selected_index(ctx);
    const bool has_sel = sel >= 0;

    std::string add = std::string("+ ") + tr(K::agenda_add_slot);
    if (toolbar_button(add.c_str(), "agenda.add", tr(K::agenda_add_slot_tip)))
        add_slot_near(ctx, st.day, add_time_for(ctx, st.day), true);
    ImGui::SameLine(0, 6);
    if (toolbar_button(tr(K::agenda_duplicate), "agenda.duplicate", tr(K::agenda_duplicate_tip), has_sel))
        duplicate_slot_at(ctx, sel);
    ImGui::SameLine(0, 6);
    if (toolbar_button(tr(K::agenda_delete), "agenda.delete", tr(K::agenda_delete_tip), has_sel)) delete_slot(ctx, sel);
    ImGui::SameLine(0, 18);
    if (toolbar_button(tr(K::agenda_shift), "agenda.shift", tr(K::agenda_shift_tip), has_sel))
        st.shift_open_request = true;
    ImGui::SameLine(0, 6);
    if (toolbar_button(tr(K::agenda_close_gaps), "agenda.close-gaps", tr(K::agenda_close_gaps_tip))) {
        if (!close_gaps(*ctx.editor, st.day)) ctx.toast(tr(K::agenda_close_gaps_nothing));
    }
    ImGui::SameLine(0, 18);
    draw_start_field(ctx);
    ImGui::SameLine(0, 18);
    if (toolbar_button(tr(K::agenda_paste), "agenda.paste", tr(K::agenda_paste_tip)))
        open_programme_paste({}, {}, st.day);
    ImGui::SameLine(0, 18);
    draw_numbered_toggle(ctx);
}

void draw_totals(UiContext& ctx) {
    const State& st = state();
    const AgendaTotals t = agenda_totals(ctx.editor->plan(), st.day);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    if (t.slots == 0) {
        ImGui::TextUnformatted(tr(K::agenda_totals_none));
    } else {
        std::string line = fmt(K::agenda_totals_line, format_time(t.start).c_str(), format_time(t.end).c_str(),
                               duration_text(t.span).c_str(), t.slots);
        const SlotKind kinds[] = {SlotKind::Registration, SlotKind::Normal, SlotKind::Discussion, SlotKind::Ceremony,
                                  SlotKind::Break};
        for (SlotKind k : kinds) {
            const int m = t.minutes_by_kind[static_cast<std::size_t>(k)];
            if (m <= 0) continue;
            line += "  \xC2\xB7  ";
            line += kind_label(k);
            line += " " + duration_text(m);
        }
        if (t.gap_minutes > 0) line += "  \xC2\xB7  " + fmt(K::agenda_totals_gaps, duration_text(t.gap_minutes).c_str());
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::PopStyleColor();
    widgets::register_last_item("agenda.totals");
}

//-----------------------------------------------------------------------------
// [SECTION] findings list
//-----------------------------------------------------------------------------
void draw_findings(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    if (st.findings.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOk));
        ImGui::Text("%s %s", icons::kCheck, tr(K::agenda_findings_none));
        ImGui::PopStyleColor();
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(tr(K::agenda_findings_hint));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    for (std::size_t n = 0; n < st.findings.size(); ++n) {
        const Finding& f = st.findings[n];
        const int i = finding_slot_index(f.place);
        const std::string msg = finding_text(f, ctx.lang);
        ImGui::PushID(static_cast<int>(n));
        const ImU32 col = f.severity == Finding::Error ? colors::kBadge : colors::kWarn;
        const float wrap = ImGui::GetContentRegionAvail().x - 28;
        const ImVec2 ts = ImGui::CalcTextSize(msg.c_str(), nullptr, false, wrap);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const bool selected = i >= 0 && i < static_cast<int>(plan.agenda.size()) &&
                              plan.agenda[static_cast<std::size_t>(i)].id == ctx.selection.slot_id;
        if (ImGui::Selectable("##finding", selected, 0, ImVec2(0, ts.y + 8)) && i >= 0 &&
            i < static_cast<int>(plan.agenda.size()))
            select_slot(ctx, plan.agenda[static_cast<std::size_t>(i)].id, true);
        char id[32];
        std::snprintf(id, sizeof id, "agenda.finding.%d", static_cast<int>(n));
        widgets::register_last_item(id);
        if (ImGui::IsItemHovered() && i >= 0) ImGui::SetTooltip("%s", tr(K::agenda_findings_jump));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddText(ImVec2(p.x + 4, p.y + 4), col, f.severity == Finding::Error ? icons::kCross : icons::kWarning);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 26, p.y + 4), ImGui::GetColorU32(ImGuiCol_Text),
                    msg.c_str(), nullptr, wrap);
        ImGui::PopID();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] keyboard
//-----------------------------------------------------------------------------
// Arrows move the selected slot by one snap step (Shift or Alt: 1 minute);
// Left/Right (or PageUp/PageDown) pick the previous/next slot; Enter edits in
// place; Delete removes (undoable); Insert adds a slot after the selected one.
void handle_keys(UiContext& ctx) {
    State& st = state();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeySuper) return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (st.drag != Drag::None) return;
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), true); };
    const Plan& plan = ctx.editor->plan();
    int sel = selected_index(ctx);
    if (sel >= 0 && plan.agenda[static_cast<std::size_t>(sel)].day != st.day) sel = -1;

    const bool prev = pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp);
    const bool next = pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown);
    if (prev || next) {
        const int j = neighbour_slot(plan, st.day, sel, next ? +1 : -1);
        if (j >= 0) select_slot(ctx, plan.agenda[static_cast<std::size_t>(j)].id, true);
        return;
    }
    if (pressed(ImGuiKey_Home) || pressed(ImGuiKey_End)) {
        const int j = neighbour_slot(plan, st.day, -1, pressed(ImGuiKey_End) ? -1 : +1);
        if (j >= 0) select_slot(ctx, plan.agenda[static_cast<std::size_t>(j)].id, true);
        return;
    }
    if (pressed(ImGuiKey_Insert)) {
        add_slot_near(ctx, st.day, add_time_for(ctx, st.day), true);
        return;
    }
    if (sel < 0) return;
    const Slot& s = plan.agenda[static_cast<std::size_t>(sel)];
    const int step = (io.KeyShift || io.KeyAlt) ? 1 : 5;
    const bool up = pressed(ImGuiKey_UpArrow), down = pressed(ImGuiKey_DownArrow);
    if ((up || down) && s.start != kNoTime) {
        const std::string id = s.id;
        move_slot_by(*ctx.editor, static_cast<std::size_t>(sel), up ? -step : step, step);
        select_slot(ctx, id, true);
        return;
    }
    if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) {
        open_editor(ctx, s.id, ImVec2(-1, -1), true);
        return;
    }
    if (pressed(ImGuiKey_Delete)) delete_slot(ctx, sel);
}

//-----------------------------------------------------------------------------
// [SECTION] shift dialog
//-----------------------------------------------------------------------------
void draw_shift_dialog(UiContext& ctx) {
    State& st = state();
    if (st.shift_open_request) {
        ImGui::OpenPopup("##agenda.shift");
        st.shift_open_request = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.35f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("##agenda.shift", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const Plan& plan = ctx.editor->plan();
    const int sel = selected_index(ctx);
    if (sel < 0) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Slot& s = plan.agenda[static_cast<std::size_t>(sel)];
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::agenda_shift_title));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(440);
    ImGui::TextUnformatted(fmt(K::agenda_shift_body, format_time_range(s.start, s.end).c_str(), slot_title(s).c_str()).c_str());
    ImGui::PopTextWrapPos();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::agenda_shift_minutes));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(140);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputInt("##agenda.shift.minutes", &st.shift_minutes, 5, 15);
    {
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        const float btns = 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
        widgets::register_rect("agenda.shift.minutes", a.x, a.y, std::max(8.0f, b.x - a.x - btns), b.y - a.y);
    }
    if (ImGui::IsItemActive()) widgets::set_active_widget("agenda.shift.minutes");
    const bool enter = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
    st.shift_minutes = std::max(-600, std::min(600, st.shift_minutes));
    ImGui::Checkbox(tr(K::agenda_shift_include_self), &st.shift_include_self);
    widgets::register_last_item("agenda.shift.include-self");
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(tr(K::agenda_shift_hint));
    ImGui::PopStyleColor();
    ImGui::Spacing();
    const bool apply = ImGui::Button(tr(K::agenda_shift_apply), ImVec2(120, 0)) || enter;
    widgets::register_last_item("agenda.shift.apply");
    ImGui::SameLine();
    const bool cancel = ImGui::Button(tr(K::agenda_cancel), ImVec2(120, 0)) ||
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    widgets::register_last_item("agenda.shift.cancel");
    if (apply) {
        if (st.shift_minutes != 0 && !shift_after(*ctx.editor, static_cast<std::size_t>(sel), st.shift_minutes,
                                                  st.shift_include_self))
            ctx.toast(tr(K::agenda_shift_refused));
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_right_pane(UiContext& ctx, ImVec2 size) {
    State& st = state();
    ImGui::BeginChild("##agenda.right", size, false);
    // Three views as a row of tab-like buttons.  Plain buttons rather than an
    // ImGui tab bar: a tab bar shows a newly picked tab one frame later, and
    // with on-demand redraw that frame may never come.
    {
        const std::string checks_label =
            st.findings.empty() ? std::string(tr(K::agenda_tab_checks))
                                : std::string(tr(K::agenda_tab_checks)) + " (" + std::to_string(st.findings.size()) + ")";
        struct TabDef { RightTab tab; std::string label; const char* id; };
        const TabDef tabs[] = {
            {RightTab::Table, tr(K::agenda_tab_table), "agenda.tab.table"},
            {RightTab::Detail, tr(K::agenda_tab_detail), "agenda.tab.detail"},
            {RightTab::Checks, checks_label, "agenda.tab.checks"},
        };
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        for (const TabDef& t : tabs) {
            const bool cur = st.tab == t.tab;
            ImGui::PushStyleColor(ImGuiCol_Button, cur ? ImGui::ColorConvertU32ToFloat4(colors::kAccent)
                                                       : ImGui::GetStyleColorVec4(ImGuiCol_Button));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, cur ? ImGui::ColorConvertU32ToFloat4(colors::kAccent)
                                                              : ImGui::GetStyleColorVec4(ImGuiCol_ButtonHovered));
            const bool alert = !st.findings.empty() && t.tab == RightTab::Checks;
            ImGui::PushStyleColor(ImGuiCol_Text, cur     ? ImVec4(1, 1, 1, 1)
                                                 : alert ? ImGui::ColorConvertU32ToFloat4(colors::kBadge)
                                                         : ImGui::GetStyleColorVec4(ImGuiCol_Text));
            if (ImGui::Button((t.label + "###" + t.id).c_str())) st.tab = t.tab;
            ImGui::PopStyleColor(3);
            widgets::register_last_item(t.id);
            ImGui::SameLine(0, 4);
        }
        ImGui::NewLine();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float y = ImGui::GetCursorScreenPos().y - 4;
        dl->AddLine(ImVec2(p0.x, y), ImVec2(p0.x + size.x, y), colors::kAccent, 1.0f);
    }
    ImGui::BeginChild("##agenda.tab.body", ImVec2(0, 0), false);
    if (st.tab == RightTab::Table) {
        draw_table(ctx);
    } else if (st.tab == RightTab::Detail) {
        const int sel = selected_index(ctx);
        if (sel < 0) {
            ImGui::Spacing();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(tr(K::agenda_detail_none));
            ImGui::PopTextWrapPos();
        } else {
            const bool focus = st.edit_focus_first && !st.edit_open_request;
            if (focus) st.edit_focus_first = false;
            draw_slot_editor(ctx, sel, "agenda.detail", focus);
        }
    } else {
        draw_findings(ctx);
    }
    ImGui::EndChild();
    st.tab_select_request = false;
    ImGui::EndChild();
}

}  // namespace
}  // namespace agenda

//-----------------------------------------------------------------------------
// [SECTION] panel
//-----------------------------------------------------------------------------
void draw_agenda_panel(UiContext& ctx) {
    using namespace agenda;
    State& st = state();
    const Plan& plan = ctx.editor->plan();

    // A selection made elsewhere (another panel, the checks list): show it.
    if (ctx.selection.slot_id != st.seen_selection) {
        st.seen_selection = ctx.selection.slot_id;
        const int i = selected_index(ctx);
        if (i >= 0) {
            st.day = plan.agenda[static_cast<std::size_t>(i)].day;
            st.scroll_to_selected = true;
        }
    }

    {
        // A table pasted with Ctrl+V (or the browser's Paste) while no field was edited.
        std::string pasted;
        if (!programme_paste_open() && platform::take_paste(&pasted))
            open_programme_paste(pasted, platform::take_paste_html(), st.day);
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::agenda_heading));
    ImGui::PopFont();
    draw_day_switch(ctx);
    refresh_caches(ctx);
    draw_toolbar(ctx);
    draw_totals(ctx);

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = 16.0f;
    float left_w = avail.x * 0.46f;
    left_w = std::max(360.0f, std::min(640.0f, left_w));
    if (left_w > avail.x - 320) left_w = std::max(240.0f, avail.x - 320);
    ImGui::BeginGroup();   // hint line + timeline: one column, so the right pane starts at its top
    draw_timeline(ctx, ImVec2(left_w, avail.y));
    ImGui::EndGroup();
    ImGui::SameLine(0, gap);
    draw_right_pane(ctx, ImVec2(avail.x - left_w - gap, avail.y));

    handle_keys(ctx);
    draw_shift_dialog(ctx);
    draw_edit_popup(ctx);
    draw_programme_paste(ctx);

    // Redraw is on demand: when something this panel shows changed in this
    // frame (a popup opening, a tab, the selection, an edit), ImGui needs a
    // couple more frames to lay it out, so ask for them.
    const std::uint64_t look = ctx.editor->revision() * 1000003ull ^ std::hash<std::string>()(ctx.selection.slot_id) ^
                               (static_cast<std::uint64_t>(st.tab) << 40) ^ (static_cast<std::uint64_t>(st.day) << 44) ^
                               (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) ? 1ull << 50 : 0) ^
                               (st.edit_open_request || st.shift_open_request || st.ctx_open_request ? 1ull << 51 : 0) ^
                               (st.drag_started ? 1ull << 52 : 0);
    static std::uint64_t last_look = 0;
    // A click may have picked a tab or opened a popup that ImGui shows a frame
    // or two later: a few extra frames after each click or release.
    const bool clicked = ImGui::IsMouseClicked(0) || ImGui::IsMouseReleased(0) || ImGui::IsMouseClicked(1);
    if (look != last_look || clicked) {
        last_look = look;
        platform::request_redraw(3);
    }
}

}  // namespace dc::ui
