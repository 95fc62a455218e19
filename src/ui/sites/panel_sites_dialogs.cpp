// panel_sites_dialogs.cpp — the two dialogs of the "Điểm cầu" view:
//  - paste a list of names (one per line, or rows copied from Excel/Word/
//    Google Sheets) to create many sites at once: preview, column mapping,
//    problems per row; nothing changes until "Thêm", then ONE undo step;
//  - generate the connection-test schedule inside a chosen window (date, from,
//    to, minutes each, pause): preview of every slot, what does not fit and
//    what would; "Áp dụng" writes all slots as ONE undo step.
//
// [SECTION] shared
// [SECTION] paste a list
// [SECTION] connection-test schedule
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "core/datetime.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/shell/paste_box.h"
#include "ui/sites/panel_sites_internal.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui::sites {

//-----------------------------------------------------------------------------
// [SECTION] shared
//-----------------------------------------------------------------------------
namespace {

bool en() { return language() == Lang::En; }

// Opens the modal `popup` when *request asks (and clears it), centred and
// want_w × want_h at most; registers its rectangle as "<id>.dialog".  False
// when it is not open; else the caller draws it and calls EndPopup.
bool begin_sites_modal(const char* popup, bool* request, float want_w, float want_h, const char* id) {
    if (*request) {
        ImGui::OpenPopup(popup);
        *request = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(want_w, vp->Size.x - 40), h = std::min(want_h, vp->Size.y - 40);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(popup, nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings))
        return false;
    widgets::register_rect((std::string(id) + ".dialog").c_str(), ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                              ImGui::GetWindowSize().x, ImGui::GetWindowSize().y);
    return true;
}

void dialog_heading(const char* text) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void error_text(const std::string& text, const char* test_id = nullptr) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%s %s", icons::kWarning, text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (test_id) widgets::register_last_item(test_id);
}

// Ctrl+Enter (Cmd+Enter) applies a dialog from the keyboard, even from its text field.
bool ctrl_enter() {
    const ImGuiIO& io = ImGui::GetIO();
    return (io.KeyCtrl || io.KeySuper) && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
                                           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false));
}

bool dialog_button(const char* test_id, const std::string& label, bool enabled, bool primary = false) {
    if (!enabled) ImGui::BeginDisabled();
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.12f, 0.42f, 0.74f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button((label + "##" + test_id).c_str());
    if (primary) ImGui::PopStyleColor(3);
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(test_id);
    return pressed;
}

void text_input(const char* test_id, std::string* v, float width, const char* hint = "") {
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint((std::string("##") + test_id).c_str(), hint, v);
    widgets::register_last_item(test_id);
    if (ImGui::IsItemActive()) widgets::set_active_widget(test_id);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] paste a list
//-----------------------------------------------------------------------------
void open_paste_dialog(UiContext&) {
    State& st = state();
    st.paste_request = true;
    st.paste_text.clear();
    st.paste_dirty = true;
    st.paste_cols = SiteColumns{};
}

namespace {

void refresh_paste(const UiContext& ctx) {
    State& st = state();
    if (!st.paste_dirty) return;
    st.paste_dirty = false;
    st.paste_table = parse_tsv(st.paste_text);
    if (!st.paste_table.ok) {
        st.paste_preview = SitePastePreview{};
        return;
    }
    if (st.paste_cols.fields.size() != st.paste_table.columns) st.paste_cols = guess_site_columns(st.paste_table);
    st.paste_preview = preview_sites(st.paste_table, st.paste_cols, ctx.editor->plan());
}

// The text box the table is pasted into, with "Dán" (the browser may hand
// over the clipboard; it arrives through take_paste) and "Xoá".
void paste_text_box(State& st) {
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const float text_h = std::max(90.0f, std::min(180.0f, ImGui::GetContentRegionAvail().y * 0.3f));
    if (paste_box("##sites.paste.text", &st.paste_text, ImVec2(-FLT_MIN, text_h)))
        st.paste_dirty = true;
    widgets::register_last_item("sites.paste.text");
    if (ImGui::IsItemActive()) widgets::set_active_widget("sites.paste.text");
    if (st.paste_text.empty()) {
        const ImVec2 p = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + 8, p.y + 5), colors::kTextMuted, tr(K::sites_paste_hint));
    }
    std::string pasted;
    if (platform::take_paste(&pasted)) {
        if (!st.paste_text.empty() && st.paste_text.back() != '\n') st.paste_text += '\n';
        st.paste_text += pasted;
        st.paste_dirty = true;
    }
    if (dialog_button("sites.paste.clipboard", tr(K::sites_paste_clipboard), true)) platform::read_clipboard();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_tip_paste_clipboard));
    ImGui::SameLine();
    if (dialog_button("sites.paste.clear", tr(K::sites_paste_clear), !st.paste_text.empty())) {
        st.paste_text.clear();
        st.paste_dirty = true;
    }
}

// Column mapping (only when more than one column was pasted): a combo per
// column and the header choice; a change previews again.
void paste_column_map(UiContext& ctx, State& st) {
    const PasteTable& t = st.paste_table;
    if (!t.ok || t.columns <= 1) return;
    bool changed = false;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::sites_paste_columns));
    for (std::size_t c = 0; c < st.paste_cols.fields.size() && c < 12; ++c) {
        ImGui::SameLine();
        SiteField& f = st.paste_cols.fields[c];
        char id[48];
        std::snprintf(id, sizeof id, "##sites.paste.col.%zu", c);
        ImGui::SetNextItemWidth(130);
        if (ImGui::BeginCombo(id, en() ? site_field_en(f) : site_field_vi(f))) {
            for (int k = 0; k <= static_cast<int>(SiteField::Notes); ++k) {
                const SiteField o = static_cast<SiteField>(k);
                if (ImGui::Selectable(en() ? site_field_en(o) : site_field_vi(o), o == f) && o != f) {
                    f = o;
                    changed = true;
                }
            }
            ImGui::EndCombo();
        }
        widgets::register_last_item(id + 2);
    }
    if (ImGui::Checkbox(tr(K::sites_paste_header), &st.paste_cols.header)) changed = true;
    widgets::register_last_item("sites.paste.header");
    if (changed) st.paste_preview = preview_sites(t, st.paste_cols, ctx.editor->plan());
}

// The sites to be added (numbered after the plan's), then the problems.
void paste_preview_list(UiContext& ctx, const State& st) {
    const SitePastePreview& pv = st.paste_preview;
    const int n = static_cast<int>(pv.sites.size());
    if (n > 0 && ImGui::BeginTable("##pv", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                 ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(K::sites_col_stt), ImGuiTableColumnFlags_WidthFixed, 44);
        ImGui::TableSetupColumn(tr(K::sites_col_name), 0, 3.0f);
        ImGui::TableSetupColumn(tr(K::sites_col_kind), 0, 1.5f);
        ImGui::TableSetupColumn(tr(K::sites_col_address), 0, 2.0f);
        ImGui::TableSetupColumn(tr(K::sites_col_contact), 0, 1.5f);
        ImGui::TableSetupColumn(tr(K::sites_col_phone), 0, 1.2f);
        ImGui::TableHeadersRow();
        ImGuiListClipper clip;
        clip.Begin(n);
        while (clip.Step())
            for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
                const Site& s = pv.sites[static_cast<std::size_t>(r)];
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::Text("%d", static_cast<int>(ctx.editor->plan().sites.size()) + r + 1);
                const std::string* cells[] = {&s.name, &s.kind, &s.address, &s.contact_name, &s.contact_phone};
                for (int c = 0; c < 5; ++c) {
                    ImGui::TableSetColumnIndex(c + 1);
                    ImGui::TextUnformatted(cells[c]->c_str());
                }
            }
        ImGui::EndTable();
    }
    if (!pv.problems.empty()) {
        ImGui::Dummy(ImVec2(0, 4));
        for (std::size_t k = 0; k < pv.problems.size() && k < 50; ++k) {
            const PasteProblem& pr = pv.problems[k];
            const std::string msg = fmt(K::sites_paste_problem_row, static_cast<int>(pr.row)) + " " +
                                    (en() ? pr.message_en : pr.message_vi);
            if (pr.skipped) error_text(msg);
            else muted_text(msg.c_str());
        }
        if (pv.problems.size() > 50) muted_text(fmt(K::sites_paste_more_problems, static_cast<int>(pv.problems.size() - 50)).c_str());
    }
    if (st.paste_text.empty()) muted_text(tr(K::sites_paste_nothing));
}

// Add (also Ctrl+Enter) and Cancel (also Esc when no field is being typed in).
void paste_buttons(UiContext& ctx, State& st) {
    const SitePastePreview& pv = st.paste_preview;
    const int n = static_cast<int>(pv.sites.size());
    ImGui::Dummy(ImVec2(0, 2));
    const bool apply = dialog_button("sites.paste.apply", fmt(K::sites_paste_apply, n), n > 0, true);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(K::sites_tip_ctrl_enter));
    if (n > 0 && (apply || ctrl_enter())) {
        const std::size_t before = ctx.editor->plan().sites.size();
        const std::size_t added = apply_site_paste(*ctx.editor, pv);
        if (added > 0 && before < ctx.editor->plan().sites.size())
            select_site(ctx, ctx.editor->plan().sites[before].id, true);
        if (ctx.toast) ctx.toast(fmt(K::sites_toast_pasted, static_cast<int>(added)));
        st.paste_text.clear();
        st.paste_dirty = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (dialog_button("sites.paste.cancel", tr(K::sites_cancel), true) ||
        (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))) {
        st.paste_text.clear();
        st.paste_dirty = true;
        ImGui::CloseCurrentPopup();
    }
}

void draw_paste_dialog(UiContext& ctx) {
    State& st = state();
    if (!begin_sites_modal("##sites.paste", &st.paste_request, 860, 680, "sites.paste")) return;
    dialog_heading(tr(K::sites_paste_title));
    muted_text(tr(K::sites_paste_intro));
    paste_text_box(st);
    refresh_paste(ctx);

    const PasteTable& t = st.paste_table;
    if (!st.paste_text.empty() && !t.ok) error_text(en() ? t.error_en : t.error_vi, "sites.paste.error");
    paste_column_map(ctx, st);

    // Summary, then the preview in the height left above the buttons.
    if (t.ok) {
        const SitePastePreview& pv = st.paste_preview;
        std::string line = fmt(K::sites_paste_summary, static_cast<int>(pv.sites.size()));
        if (pv.skipped > 0) line += " " + fmt(K::sites_paste_skipped, static_cast<int>(pv.skipped));
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopFont();
        widgets::register_last_item("sites.paste.summary");
    }
    const float buttons_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y + 14;
    const float list_h = ImGui::GetContentRegionAvail().y - buttons_h;
    ImGui::BeginChild("##sites.paste.preview", ImVec2(-FLT_MIN, std::max(60.0f, list_h)), true);
    paste_preview_list(ctx, st);
    ImGui::EndChild();
    paste_buttons(ctx, st);
    ImGui::EndPopup();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] connection-test schedule
//-----------------------------------------------------------------------------
void open_schedule_dialog(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    st.sched_request = true;
    Date d;
    int start = 8 * 60, end = 11 * 60;
    for (const TechSession& t : plan.event.tech_sessions)
        if (t.kind == TechKind::ConnectionTest && valid_date(t.date)) {
            d = t.date;
            if (t.start != kNoTime) start = t.start;
            if (t.end != kNoTime && t.end > start) end = t.end;
            break;
        }
    if (!valid_date(d) && !plan.event.days.empty() && valid_date(plan.event.days[0].date))
        d = add_days(plan.event.days[0].date, -1);
    st.sched_date = valid_date(d) ? format_date(d) : std::string();
    st.sched_start = format_time(start);
    st.sched_end = format_time(end);
}

namespace {

const int kMinuteChoices[] = {5, 10, 15, 20, 30, 45, 60};
const int kGapChoices[] = {0, 5, 10, 15};

void minutes_combo(const char* test_id, int* value, const int* choices, int count, float width) {
    ImGui::SetNextItemWidth(width);
    const std::string cur = fmt(K::sites_minutes_n, *value);
    if (ImGui::BeginCombo((std::string("##") + test_id).c_str(), cur.c_str())) {
        for (int k = 0; k < count; ++k) {
            if (ImGui::Selectable(fmt(K::sites_minutes_n, choices[k]).c_str(), choices[k] == *value)) *value = choices[k];
            char id[64];
            std::snprintf(id, sizeof id, "%s.opt.%d", test_id, choices[k]);
            widgets::register_last_item(id);
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item(test_id);
}

void draw_schedule_dialog(UiContext& ctx) {
    State& st = state();
    if (!begin_sites_modal("##sites.schedule", &st.sched_request, 780, 640, "sites.schedule")) return;
    const Plan& plan = ctx.editor->plan();
    dialog_heading(tr(K::sites_sched_title));
    muted_text(tr(K::sites_sched_intro));
    ImGui::Dummy(ImVec2(0, 2));

    // The window: date, from, to, minutes each, pause.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::sites_sched_date));
    ImGui::SameLine();
    text_input("sites.sched.date", &st.sched_date, 120, "30/8/2021");
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(K::sites_sched_from));
    ImGui::SameLine();
    text_input("sites.sched.start", &st.sched_start, 80, "08h00");
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(K::sites_sched_to));
    ImGui::SameLine();
    text_input("sites.sched.end", &st.sched_end, 80, "11h00");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::sites_sched_each));
    ImGui::SameLine();
    minutes_combo("sites.sched.minutes", &st.sched_minutes, kMinuteChoices, 7, 110);
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(K::sites_sched_gap));
    ImGui::SameLine();
    minutes_combo("sites.sched.gap", &st.sched_gap, kGapChoices, 4, 110);
    ImGui::Checkbox(tr(K::sites_sched_central), &st.sched_central);
    widgets::register_last_item("sites.sched.central");

    // Read the window; say what is wrong in words.
    TestWindow w;
    w.minutes = st.sched_minutes;
    w.gap = st.sched_gap;
    w.include_central = st.sched_central;
    std::string problem;
    if (auto d = parse_date(st.sched_date)) w.date = *d;
    else problem = fmt(K::sites_sched_bad_date, st.sched_date.c_str());
    if (auto t = parse_time(st.sched_start)) w.start = *t;
    else if (problem.empty()) problem = fmt(K::sites_sched_bad_time, st.sched_start.c_str());
    if (auto t = parse_time(st.sched_end)) w.end = *t;
    else if (problem.empty()) problem = fmt(K::sites_sched_bad_time, st.sched_end.c_str());

    TestSchedule s;
    if (problem.empty()) {
        s = plan_connection_tests(plan, w);
        if (!s.ok && s.slots.empty()) problem = en() ? s.message_en : s.message_vi;
    }
    ImGui::Dummy(ImVec2(0, 2));
    if (!problem.empty()) {
        error_text(problem, "sites.sched.message");
    } else if (!s.ok) {
        error_text(en() ? s.message_en : s.message_vi, "sites.sched.message");
    } else if (!s.slots.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOk));
        ImGui::Text("%s %s", icons::kCheck,
                    fmt(K::sites_sched_ok, static_cast<int>(s.slots.size()), format_time(s.slots.front().start).c_str(),
                        format_time(s.slots.back().end).c_str())
                        .c_str());
        ImGui::PopStyleColor();
        widgets::register_last_item("sites.sched.message");
    }
    {
        int with_slot = 0;
        for (const Site& x : plan.sites)
            if (x.test_start != kNoTime && (!x.central || st.sched_central)) ++with_slot;
        if (with_slot > 0) muted_text(fmt(K::sites_sched_replaces, with_slot).c_str());
        if (!st.sched_central) muted_text(tr(K::sites_sched_central_note));
    }

    const float buttons_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y + 14;
    ImGui::BeginChild("##sites.sched.preview", ImVec2(-FLT_MIN, std::max(60.0f, ImGui::GetContentRegionAvail().y - buttons_h)),
                      true);
    for (std::size_t k = 0; k < s.slots.size(); ++k) {
        const TestAssignment& a = s.slots[k];
        const Site& x = plan.sites[a.site_index];
        ImGui::Text("%2zu.  %s", k + 1, format_time_range(a.start, a.end).c_str());
        ImGui::SameLine(150);
        ImGui::TextUnformatted(x.name.empty() ? fmt(K::sites_unnamed_n, static_cast<int>(a.site_index + 1)).c_str()
                                              : x.name.c_str());
    }
    ImGui::EndChild();

    ImGui::Dummy(ImVec2(0, 2));
    const bool can_apply = problem.empty() && s.ok && !s.slots.empty();
    const bool apply = dialog_button("sites.sched.apply", tr(K::sites_sched_apply), can_apply, true);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(K::sites_tip_ctrl_enter));
    if (can_apply && (apply || ctrl_enter())) {
        apply_connection_tests(*ctx.editor, s, w);
        if (ctx.toast) ctx.toast(fmt(K::sites_toast_scheduled, static_cast<int>(s.slots.size())));
        ImGui::CloseCurrentPopup();
    }
    if (problem.empty() && !s.ok && !s.slots.empty()) {
        ImGui::SameLine();
        if (dialog_button("sites.sched.partial", fmt(K::sites_sched_partial, static_cast<int>(s.slots.size())), true)) {
            apply_connection_tests(*ctx.editor, s, w, true);
            if (ctx.toast) ctx.toast(fmt(K::sites_toast_scheduled_partial, static_cast<int>(s.slots.size()), s.needed));
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::SameLine();
    if (dialog_button("sites.sched.cancel", tr(K::sites_cancel), true) ||
        (!ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_dialogs(UiContext& ctx) {
    draw_paste_dialog(ctx);
    draw_schedule_dialog(ctx);
}

}  // namespace dc::ui::sites
