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
#include <map>

#include "core/datetime.h"
#include "core/text.h"
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

std::string trimmed_copy(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// Which pasted names are used twice (in the paste or the plan): the rows get
// a mark, and the count is said above the list in warning colour.  When the
// paste gives a site its group, only a site of the same group (or of none)
// counts: "Ban Mai" under "Mầm non:" and under "Khối THCS" are two schools,
// as the duplicate rule of the list says.
void mark_paste_duplicates(const UiContext& ctx, State& st) {
    const SitePastePreview& pv = st.paste_preview;
    std::map<std::string, std::vector<std::string>> groups_of;   // folded name → group keys ("" = no group)
    for (const Site& s : ctx.editor->plan().sites)
        groups_of[fold_for_search(trimmed_copy(s.name))].push_back(s.group_id.empty() ? "" : "id:" + s.group_id);
    std::vector<std::string> keys(pv.sites.size());
    for (std::size_t k = 0; k < pv.sites.size(); ++k) {
        const Site& s = pv.sites[k];
        keys[k] = !s.group_id.empty() ? "id:" + s.group_id
                  : k < pv.groups.size() && !pv.groups[k].empty() ? "new:" + fold_for_search(pv.groups[k], true)
                                                                  : "";
        groups_of[fold_for_search(trimmed_copy(s.name))].push_back(keys[k]);
    }
    st.paste_dup.clear();
    st.paste_dup_count = 0;
    for (std::size_t k = 0; k < pv.sites.size(); ++k) {
        int same = 0;
        for (const std::string& g : groups_of[fold_for_search(trimmed_copy(pv.sites[k].name))])
            same += keys[k].empty() || g.empty() || g == keys[k];
        const bool dup = same > 1;   // itself, and at least one other
        st.paste_dup.push_back(dup);
        st.paste_dup_count += dup;
    }
}

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
    mark_paste_duplicates(ctx, st);
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
            for (int k = 0; k <= static_cast<int>(SiteField::Group); ++k) {
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
    if (changed) {
        st.paste_preview = preview_sites(t, st.paste_cols, ctx.editor->plan());
        mark_paste_duplicates(ctx, st);
    }
}

// The sites to be added (numbered after the plan's), then the problems.
void paste_preview_list(UiContext& ctx, const State& st) {
    const SitePastePreview& pv = st.paste_preview;
    const int n = static_cast<int>(pv.sites.size());
    if (st.paste_dup_count > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("%s %s", icons::kWarning, fmt(K::sites_paste_dup_count, st.paste_dup_count).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        widgets::register_last_item("sites.paste.dups");
    }
    if (!pv.new_groups.empty()) {
        std::string names;
        for (const std::string& g : pv.new_groups) names += (names.empty() ? "" : ", ") + ("“" + g + "”");
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(fmt(K::sites_paste_new_groups, static_cast<int>(pv.new_groups.size()), names.c_str()).c_str());
        ImGui::PopTextWrapPos();
        widgets::register_last_item("sites.paste.new-groups");
    }
    bool any_group = false;
    for (const std::string& g : pv.groups) any_group |= !g.empty();
    const int cols = any_group ? 7 : 6;
    if (n > 0 && ImGui::BeginTable("##pv", cols, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                    ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(K::sites_col_stt), ImGuiTableColumnFlags_WidthFixed, 44);
        ImGui::TableSetupColumn(tr(K::sites_col_name), 0, 3.0f);
        if (any_group) ImGui::TableSetupColumn(tr(K::sites_col_group), 0, 3.2f);   // "Điểm cầu các trường Mầm non (nhóm mới)"
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
                if (any_group) {
                    ImGui::TableSetColumnIndex(2);
                    const std::string& g = pv.groups[static_cast<std::size_t>(r)];
                    ImGui::TextUnformatted(g.c_str());
                    if (!g.empty() && s.group_id.empty()) {
                        ImGui::SameLine(0, 6);
                        ImGui::TextDisabled("%s", tr(K::sites_paste_group_new));
                    }
                }
                for (int c = 0; c < 5; ++c) {
                    ImGui::TableSetColumnIndex(c + 1 + (any_group && c > 0 ? 1 : 0));
                    ImGui::TextUnformatted(cells[c]->c_str());
                    if (c == 0 && static_cast<std::size_t>(r) < st.paste_dup.size() && st.paste_dup[r]) {
                        ImGui::SameLine(0, 8);
                        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
                        ImGui::Text("%s %s", icons::kWarning, tr(K::sites_paste_dup));
                        ImGui::PopStyleColor();
                    }
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
    // When some sites already have a slot, the usual next step is to place
    // the others, keeping what was set.
    st.sched_only_unscheduled = false;
    for (const Site& x : plan.sites)
        if (!x.central && x.test_start != kNoTime) st.sched_only_unscheduled = true;
    // The lanes named last time (technicians written on the slots) come back.
    if (st.sched_lanes.empty()) {
        std::vector<std::string> lanes;
        for (const Site& x : plan.sites)
            if (!x.test_lane.empty() && std::find(lanes.begin(), lanes.end(), x.test_lane) == lanes.end())
                lanes.push_back(x.test_lane);
        for (const auto& l : lanes) st.sched_lanes += (st.sched_lanes.empty() ? "" : "\n") + l;
    }
    st.sched_key.clear();
}

namespace {

const int kMinuteChoices[] = {5, 10, 15, 20, 30, 45, 60};

void field_label_small(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}
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

// One window's fields: date, from, to (the first keeps the ids it always had).
void window_row(State::Window& w, int k, bool* remove) {
    char id[48];
    auto tid = [&](const char* what) {
        if (k == 0) std::snprintf(id, sizeof id, "sites.sched.%s", what);
        else std::snprintf(id, sizeof id, "sites.sched.w.%d.%s", k, what);
        return id;
    };
    ImGui::PushID(k);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::sites_sched_date));
    ImGui::SameLine();
    text_input(tid("date"), &w.date, 120, "30/8/2021");
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(K::sites_sched_from));
    ImGui::SameLine();
    text_input(tid("start"), &w.start, 80, "08h00");
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(K::sites_sched_to));
    ImGui::SameLine();
    text_input(tid("end"), &w.end, 80, "11h00");
    if (k > 0) {
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(icons::kCross) + "##" + tid("remove")).c_str())) *remove = true;
        widgets::register_last_item(tid("remove"));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_sched_window_remove));
    }
    ImGui::PopID();
}

// Windows, lengths (default and per group), lanes, which sites.
void schedule_inputs(const Plan& plan, State& st) {
    State::Window first{st.sched_date, st.sched_start, st.sched_end};
    bool ignored = false;
    window_row(first, 0, &ignored);
    st.sched_date = first.date;
    st.sched_start = first.start;
    st.sched_end = first.end;
    for (std::size_t k = 0; k < st.sched_more.size(); ++k) {
        bool remove = false;
        window_row(st.sched_more[k], static_cast<int>(k + 1), &remove);
        if (remove) { st.sched_more.erase(st.sched_more.begin() + static_cast<long>(k)); break; }
    }
    if (ImGui::SmallButton((std::string("+ ") + tr(K::sites_sched_window_add) + "##sites.sched.window.add").c_str()))
        st.sched_more.push_back(st.sched_more.empty() ? State::Window{st.sched_date, "14h00", "17h00"} : st.sched_more.back());
    widgets::register_last_item("sites.sched.window.add");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_sched_window_tip));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::sites_sched_each));
    ImGui::SameLine();
    minutes_combo("sites.sched.minutes", &st.sched_minutes, kMinuteChoices, 7, 110);
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(tr(K::sites_sched_gap));
    ImGui::SameLine();
    minutes_combo("sites.sched.gap", &st.sched_gap, kGapChoices, 4, 110);
    // A length per group ("Mầm non 10 phút, THCS 20 phút"); 0 = the length above.
    st.sched_group_minutes.resize(plan.site_groups.size(), 0);
    for (std::size_t g = 0; g < plan.site_groups.size(); ++g) {
        char id[48];
        std::snprintf(id, sizeof id, "sites.sched.group.%zu", g);
        ImGui::AlignTextToFramePadding();
        const std::string& name = plan.site_groups[g].name;
        ImGui::TextUnformatted(fmt(K::sites_sched_group_each, name.empty() ? "…" : name.c_str()).c_str());
        ImGui::SameLine();
        int& v = st.sched_group_minutes[g];
        ImGui::SetNextItemWidth(140);
        const std::string cur = v > 0 ? fmt(K::sites_minutes_n, v) : std::string(tr(K::sites_sched_same_length));
        if (ImGui::BeginCombo((std::string("##") + id).c_str(), cur.c_str())) {
            if (ImGui::Selectable(tr(K::sites_sched_same_length), v == 0)) v = 0;
            for (int m : kMinuteChoices)
                if (ImGui::Selectable(fmt(K::sites_minutes_n, m).c_str(), v == m)) v = m;
            ImGui::EndCombo();
        }
        widgets::register_last_item(id);
    }
    field_label_small(tr(K::sites_sched_lanes));
    ImGui::InputTextMultiline("##sites.sched.lanes", &st.sched_lanes,
                              ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 2 + 12));
    widgets::register_last_item("sites.sched.lanes");
    if (ImGui::IsItemActive()) widgets::set_active_widget("sites.sched.lanes");
    ImGui::Checkbox(tr(K::sites_sched_central), &st.sched_central);
    widgets::register_last_item("sites.sched.central");
    ImGui::SameLine(0, 24);
    ImGui::Checkbox(tr(K::sites_sched_only_new), &st.sched_only_unscheduled);
    widgets::register_last_item("sites.sched.only-new");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_sched_only_new_tip));
}

// Reads the inputs into a request and plans it, when they or the plan changed.
void schedule_preview(const UiContext& ctx, const Plan& plan, State& st) {
    std::string key = std::to_string(ctx.editor->revision()) + "|" + st.sched_date + "|" + st.sched_start + "|" +
                      st.sched_end + "|" + std::to_string(st.sched_minutes) + "|" + std::to_string(st.sched_gap) + "|" +
                      st.sched_lanes + "|" + (st.sched_central ? "c" : "") + (st.sched_only_unscheduled ? "u" : "") +
                      (en() ? "en" : "vi");
    for (const auto& w : st.sched_more) key += "|" + w.date + " " + w.start + " " + w.end;
    for (int m : st.sched_group_minutes) key += "," + std::to_string(m);
    if (key == st.sched_key) return;
    st.sched_key = key;
    st.sched_problem.clear();
    st.sched_result = LaneSchedule{};
    TestRequest r;
    r.minutes = st.sched_minutes;
    r.gap = st.sched_gap;
    r.include_central = st.sched_central;
    r.only_unscheduled = st.sched_only_unscheduled;
    std::vector<State::Window> all{{st.sched_date, st.sched_start, st.sched_end}};
    all.insert(all.end(), st.sched_more.begin(), st.sched_more.end());
    for (const State::Window& w : all) {
        TestSpan span;
        if (auto d = parse_date(w.date)) span.date = *d;
        else { st.sched_problem = fmt(K::sites_sched_bad_date, w.date.c_str()); return; }
        if (auto t = parse_time(w.start)) span.start = *t;
        else { st.sched_problem = fmt(K::sites_sched_bad_time, w.start.c_str()); return; }
        if (auto t = parse_time(w.end)) span.end = *t;
        else { st.sched_problem = fmt(K::sites_sched_bad_time, w.end.c_str()); return; }
        r.windows.push_back(span);
    }
    for (std::size_t g = 0; g < plan.site_groups.size() && g < st.sched_group_minutes.size(); ++g)
        if (st.sched_group_minutes[g] > 0) r.group_minutes.emplace_back(plan.site_groups[g].id, st.sched_group_minutes[g]);
    // One lane per line typed; a name typed twice is one technician, one lane.
    std::size_t from = 0;
    while (from <= st.sched_lanes.size()) {
        std::size_t to = st.sched_lanes.find('\n', from);
        if (to == std::string::npos) to = st.sched_lanes.size();
        std::string name = trimmed_copy(st.sched_lanes.substr(from, to - from));
        bool seen = false;
        for (const auto& l : r.lanes) seen |= fold_for_search(l) == fold_for_search(name);
        if (!name.empty() && !seen) r.lanes.push_back(std::move(name));
        from = to + 1;
    }
    st.sched_req = r;
    st.sched_result = plan_test_lanes(plan, r);
    switch (st.sched_result.problem) {
        case LaneSchedule::BadWindow: {
            const auto& w = all[st.sched_result.problem_window];
            st.sched_problem = fmt(K::sites_sched_bad_window, (w.start + " - " + w.end).c_str(), w.date.c_str());
            break;
        }
        case LaneSchedule::BadMinutes: st.sched_problem = tr(K::sites_sched_bad_minutes); break;
        default: break;
    }
}

// What fits, in numbers, and every site that does not, by name.
void schedule_message(const Plan& plan, const State& st) {
    const LaneSchedule& s = st.sched_result;
    if (!st.sched_problem.empty()) { error_text(st.sched_problem, "sites.sched.message"); return; }
    const int placed = static_cast<int>(s.slots.size());
    if (s.needed == 0) {
        muted_text(fmt(K::sites_sched_nothing, s.kept).c_str());
        widgets::register_last_item("sites.sched.message");
        return;
    }
    if (s.unplaced.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOk));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::Text("%s %s", icons::kCheck, fmt(K::sites_sched_fits_all, placed, s.needed).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        widgets::register_last_item("sites.sched.message");
    } else {
        std::string names;
        for (std::size_t k = 0; k < s.unplaced.size() && k < 12; ++k)
            names += (k ? ", " : "") + (plan.sites[s.unplaced[k]].name.empty()
                                            ? fmt(K::sites_unnamed_n, static_cast<int>(s.unplaced[k] + 1))
                                            : plan.sites[s.unplaced[k]].name);
        if (s.unplaced.size() > 12) names += ", …";
        error_text(fmt(K::sites_sched_fits_some, placed, s.needed, static_cast<int>(s.unplaced.size()), names.c_str()),
                   "sites.sched.message");
    }
    if (s.kept > 0) muted_text(fmt(K::sites_sched_kept, s.kept).c_str());
    else {
        int with_slot = 0;
        for (const Site& x : plan.sites)
            if (x.test_start != kNoTime && (!x.central || st.sched_central)) ++with_slot;
        if (with_slot > 0) muted_text(fmt(K::sites_sched_replaces, with_slot).c_str());
    }
    if (!st.sched_central) muted_text(tr(K::sites_sched_central_note));
}

// The call sheet as it will be: date, time, lane (technician), site; the
// sites that do not fit after it, by name.
void schedule_sheet(const Plan& plan, const State& st, float height) {
    const LaneSchedule& s = st.sched_result;
    const bool lanes = st.sched_req.lanes.size() > 1;
    ImGui::BeginChild("##sites.sched.preview", ImVec2(-FLT_MIN, height), true);
    widgets::register_rect("sites.sched.preview", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                           ImGui::GetWindowSize().x, ImGui::GetWindowSize().y);
    const int rows = static_cast<int>(s.slots.size() + s.unplaced.size());
    ImGuiListClipper clip;   // 2,000 sites stay smooth
    clip.Begin(rows);
    while (clip.Step())
        for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
            const std::size_t k = static_cast<std::size_t>(r);
            if (k < s.slots.size()) {
                const LaneSlot& a = s.slots[k];
                const Site& x = plan.sites[a.site_index];
                ImGui::Text("%3zu.  %s  %s", k + 1, format_date(a.date).c_str(), format_time_range(a.start, a.end).c_str());
                if (lanes) {
                    ImGui::SameLine(260);
                    ImGui::TextUnformatted(st.sched_req.lanes[static_cast<std::size_t>(a.lane)].c_str());
                }
                ImGui::SameLine(lanes ? 400.0f : 260.0f);
                ImGui::TextUnformatted(x.name.empty() ? fmt(K::sites_unnamed_n, static_cast<int>(a.site_index + 1)).c_str()
                                                      : x.name.c_str());
            } else {
                const std::size_t i = s.unplaced[k - s.slots.size()];
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
                ImGui::Text("%3zu.  %s", k + 1, tr(K::sites_sched_unplaced));
                ImGui::SameLine(lanes ? 400.0f : 260.0f);
                ImGui::TextUnformatted(plan.sites[i].name.empty() ? fmt(K::sites_unnamed_n, static_cast<int>(i + 1)).c_str()
                                                                  : plan.sites[i].name.c_str());
                ImGui::PopStyleColor();
            }
        }
    ImGui::EndChild();
}

void draw_schedule_dialog(UiContext& ctx) {
    State& st = state();
    if (!begin_sites_modal("##sites.schedule", &st.sched_request, 820, 720, "sites.schedule")) return;
    const Plan& plan = ctx.editor->plan();
    dialog_heading(tr(K::sites_sched_title));
    muted_text(tr(K::sites_sched_intro));
    ImGui::Dummy(ImVec2(0, 2));
    schedule_inputs(plan, st);
    schedule_preview(ctx, plan, st);
    ImGui::Dummy(ImVec2(0, 2));
    schedule_message(plan, st);

    const float buttons_h = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y + 14;
    schedule_sheet(plan, st, std::max(60.0f, ImGui::GetContentRegionAvail().y - buttons_h));

    const LaneSchedule& s = st.sched_result;
    ImGui::Dummy(ImVec2(0, 2));
    const bool can_apply = st.sched_problem.empty() && s.ok() && !s.slots.empty();
    const bool apply = dialog_button("sites.sched.apply", tr(K::sites_sched_apply), can_apply, true);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(K::sites_tip_ctrl_enter));
    if (can_apply && (apply || ctrl_enter())) {
        apply_test_lanes(*ctx.editor, s, st.sched_req);
        if (ctx.toast) ctx.toast(fmt(K::sites_toast_scheduled, static_cast<int>(s.slots.size())));
        ImGui::CloseCurrentPopup();
    }
    if (st.sched_problem.empty() && !s.unplaced.empty() && !s.slots.empty()) {
        ImGui::SameLine();
        // The sites that fit get their slot; the others stay without one, and
        // "Xếp các điểm cầu chưa có lịch" in another window places them later.
        if (dialog_button("sites.sched.partial", fmt(K::sites_sched_partial, static_cast<int>(s.slots.size())), true)) {
            apply_test_lanes(*ctx.editor, s, st.sched_req);
            if (ctx.toast)
                ctx.toast(fmt(K::sites_toast_scheduled_partial, static_cast<int>(s.slots.size()), s.needed));
            st.sched_only_unscheduled = true;   // the next run fills in the rest
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
