// panel_agenda_edit.cpp — editing slots: the slot editor (time, kind, items,
// speaking turns) shown in place over the timeline and in the "Khung giờ" tab,
// and the table view (Thời gian / Nội dung / Thực hiện) where every cell is a
// field reachable with Tab.
//
// Fields edit a copy of the slot taken from the plan each frame; a change is
// handed to Editor::set_slot with a merge key per field, so typing in one field
// is one undo step (the Editor merges) and leaving the field starts a new one.
//
// [SECTION] small widgets
// [SECTION] speaking turns
// [SECTION] slot editor
// [SECTION] in-place popup
// [SECTION] table view
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

#include "core/agenda_ops.h"
#include "core/datetime.h"
#include "core/sites_ops.h"
#include "core/text.h"
#include "ui/shell/app.h"
#include "ui/agenda/panel_agenda_internal.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui::agenda {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] small widgets
//-----------------------------------------------------------------------------
std::string tid(const char* pfx, const std::string& rest) { return std::string(pfx) + "." + rest; }

// After a field loses focus the next typing is a new undo step.
void end_merge_on_deactivate(UiContext& ctx) {
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
}

bool text_cell(const char* label, const std::string& test_id, std::string* v, const char* hint, float width) {
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(label, hint, v);
    widgets::register_last_item(test_id.c_str());
    if (ImGui::IsItemActive()) widgets::set_active_widget(test_id.c_str());
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive() && !v->empty() &&
        ImGui::CalcTextSize(v->c_str()).x > ImGui::GetItemRectSize().x - 12)
        ImGui::SetTooltip("%s", v->c_str());
    return changed;
}

// One text of agenda item k (its content or its performer): true when it was
// typed in and the slot was sent (merge key `merge`, one undo step per field).
bool item_text_cell(UiContext& ctx, std::size_t i, std::size_t k, std::string AgendaItem::*field, const char* label,
                    const std::string& test_id, const char* hint, float width, const std::string& undo,
                    const std::string& merge) {
    const Slot& s = ctx.editor->plan().agenda[i];
    std::string v = s.items[k].*field;
    if (!text_cell(label, test_id, &v, hint, width)) return false;
    Slot c = s;
    c.items[k].*field = v;
    ctx.editor->set_slot(i, std::move(c), undo, merge);
    return true;
}

bool small_button(const char* label, const std::string& test_id, const char* tip, bool enabled = true) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::SmallButton(label);
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(test_id.c_str());
    if (tip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
    return pressed && enabled;
}

// InputInt with step buttons is a group; tests click the number, so register
// only its text part (the group minus the two square buttons).
void register_int_text(const std::string& id) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float btns = 2 * (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    widgets::register_rect(id.c_str(), a.x, a.y, std::max(8.0f, b.x - a.x - btns), b.y - a.y);
}

void muted_wrapped(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void coloured_wrapped(ImU32 col, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(col));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

std::string site_name(const Plan& plan, const std::string& id) {
    for (const Site& s : plan.sites)
        if (s.id == id) return s.name.empty() ? id : s.name;
    return fmt(K::agenda_turn_unknown_site, id.c_str());
}

std::string names_list(const Plan& plan, const std::vector<std::string>& ids) {
    std::string out;
    const std::size_t shown = std::min<std::size_t>(ids.size(), 4);
    for (std::size_t k = 0; k < shown; ++k) {
        if (k) out += ", ";
        out += site_name(plan, ids[k]);
    }
    if (ids.size() > shown) out += fmt(K::agenda_and_more, static_cast<int>(ids.size() - shown));
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] speaking turns
//-----------------------------------------------------------------------------
// The slot whose turns are drawn, and how they are sent (one undo label;
// typing in the minutes merges).
struct TurnsEdit {
    UiContext& ctx;
    int i;
    const char* pfx;
    std::string label;
    const Slot& slot() const { return ctx.editor->plan().agenda[static_cast<std::size_t>(i)]; }
    void apply(Slot c, const std::string& key = {}) const {
        ctx.editor->set_slot(static_cast<std::size_t>(i), std::move(c), label, key);
    }
    std::string id(std::size_t k, const char* what) const {
        return tid(pfx, "turn." + std::to_string(k) + "." + what);
    }
};

// The turn row Alt+↑/↓ moves: the last one whose site or minutes was used.
struct TurnFocus { std::string slot_id; int k = -1; };
TurnFocus& turn_focus() {
    static TurnFocus f;
    return f;
}

// Sites to choose a speaker from, filtered by what is typed ("ban mai", accents
// optional).  Sites that already have a turn in this slot are left out (the
// turn's own site stays, marked as current); invited ones are marked ●.
// Returns the id clicked or chosen with Enter, or "".
std::string site_picker(const TurnsEdit& te, int current_turn, const std::string& search_id) {
    static std::string query;
    const Plan& plan = te.ctx.editor->plan();
    const Slot& s = te.slot();
    if (ImGui::IsWindowAppearing()) {
        query.clear();
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint("##search", tr(K::agenda_turn_search_hint), &query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    widgets::register_last_item(search_id.c_str());
    if (ImGui::IsItemActive()) widgets::set_active_widget(search_id.c_str());
    std::set<std::string> taken;
    for (std::size_t k = 0; k < s.turns.size(); ++k)
        if (static_cast<int>(k) != current_turn) taken.insert(s.turns[k].site_id);
    const std::string current = current_turn >= 0 ? s.turns[static_cast<std::size_t>(current_turn)].site_id : std::string();
    std::string first, chosen;
    int shown = 0;
    for (const Site& site : plan.sites) {
        if (site.central || taken.count(site.id)) continue;
        const std::string name = site.name.empty() ? site.id : site.name;
        if (!query.empty() && !search_match(name, query)) continue;
        if (first.empty()) first = site.id;
        const bool cur = site.id == current;
        const bool inv = invited_to_speak(plan, site);
        const std::string label = std::string(inv ? "\xE2\x97\x8F " : "   ") + name + "##pick." + site.id;
        if (ImGui::Selectable(label.c_str(), cur)) chosen = site.id;
        if (cur && query.empty()) ImGui::SetItemDefaultFocus();
        widgets::register_last_item((search_id + "." + std::to_string(shown)).c_str());
        ++shown;
    }
    if (shown == 0) ImGui::TextDisabled("%s", tr(K::agenda_turn_search_none));
    if (!taken.empty()) ImGui::TextDisabled("%s", fmt(K::agenda_turn_search_taken, static_cast<int>(taken.size())).c_str());
    if (enter && chosen.empty()) chosen = first;
    if (!chosen.empty()) {
        query.clear();
        ImGui::CloseCurrentPopup();
    }
    return chosen;
}

// Turn k: its site, its minutes, ↑ ↓ ✕.  True when it changed the slot (the
// caller stops drawing it; it is drawn again next frame).
bool draw_turn_row(const TurnsEdit& te, std::size_t k, float name_w, float minutes_w) {
    const Plan& plan = te.ctx.editor->plan();
    const Slot& s = te.slot();
    const Turn& t = s.turns[k];
    // The number is the row's handle: drag it onto another turn's number to
    // put the turn there (Alt+↑/↓ and the arrows do the same one step at a time).
    ImGui::AlignTextToFramePadding();
    const std::string num = std::to_string(k + 1) + ".##drag";
    ImGui::Selectable(num.c_str(), false, ImGuiSelectableFlags_None, ImVec2(22, 0));
    widgets::register_last_item(te.id(k, "drag").c_str());
    if (ImGui::IsItemHovered() && !ImGui::IsMouseDragging(0)) ImGui::SetTooltip("%s", tr(K::agenda_turn_drag_tip));
    if (ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) {
        const int from = static_cast<int>(k);
        ImGui::SetDragDropPayload("DC_TURN", &from, sizeof from);
        ImGui::Text("%d. %s", from + 1, site_name(plan, t.site_id).c_str());
        ImGui::EndDragDropSource();
    }
    if (ImGui::BeginDragDropTarget()) {
        const ImGuiPayload* pl = ImGui::AcceptDragDropPayload("DC_TURN");
        ImGui::EndDragDropTarget();
        const int from = pl ? *static_cast<const int*>(pl->Data) : -1;
        if (from >= 0 && from < static_cast<int>(s.turns.size()) && from != static_cast<int>(k)) {
            Slot c = s;
            Turn moved = c.turns[static_cast<std::size_t>(from)];
            c.turns.erase(c.turns.begin() + from);
            c.turns.insert(c.turns.begin() + static_cast<std::ptrdiff_t>(k), std::move(moved));
            te.apply(std::move(c));
            return true;
        }
    }
    ImGui::SameLine(28);
    ImGui::SetNextItemWidth(name_w);
    const std::string preview = site_name(plan, t.site_id);
    if (ImGui::BeginCombo("##site", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        const std::string pick = site_picker(te, static_cast<int>(k), te.id(k, "site.search"));
        ImGui::EndCombo();
        if (!pick.empty() && pick != t.site_id) {
            Slot c = s;
            c.turns[k].site_id = pick;
            te.apply(std::move(c));
            return true;
        }
    }
    widgets::register_last_item(te.id(k, "site").c_str());
    // Alt+↑/↓ on the row's site or minutes moves the turn (as in the tables).
    const bool row_focused = ImGui::IsItemFocused() || ImGui::IsItemActive() || ImGui::IsItemClicked();
    ImGui::SameLine();
    int minutes = t.minutes;
    ImGui::SetNextItemWidth(minutes_w);
    if (ImGui::InputInt("##min", &minutes, 1, 5)) {
        minutes = std::max(0, std::min(600, minutes));
        Slot c = s;
        c.turns[k].minutes = minutes;
        te.apply(std::move(c), tid(te.pfx, s.id + ".turn" + std::to_string(k) + ".min"));
        return true;
    }
    register_int_text(te.id(k, "minutes"));
    end_merge_on_deactivate(te.ctx);
    const bool minutes_focused = ImGui::IsItemFocused() || ImGui::IsItemActive() || ImGui::IsItemClicked();
    ImGui::SameLine();
    const std::string up = std::string("\xE2\x86\x91##up"), down = std::string("\xE2\x86\x93##down");
    int swap = -1;
    if (small_button(up.c_str(), te.id(k, "up"), tr(K::agenda_turn_up), k > 0)) swap = static_cast<int>(k) - 1;
    ImGui::SameLine(0, 2);
    if (small_button(down.c_str(), te.id(k, "down"), tr(K::agenda_turn_down), k + 1 < s.turns.size()))
        swap = static_cast<int>(k);
    ImGui::SameLine(0, 2);
    const std::string del = std::string(icons::kCross) + "##del";
    if (small_button(del.c_str(), te.id(k, "delete"), tr(K::agenda_turn_delete))) {
        Slot c = s;
        c.turns.erase(c.turns.begin() + static_cast<std::ptrdiff_t>(k));
        te.apply(std::move(c));
        return true;
    }
    // The row last used is the one Alt+↑/↓ moves; it follows its turn.
    TurnFocus& tf = turn_focus();
    if (row_focused || minutes_focused) { tf.slot_id = s.id; tf.k = static_cast<int>(k); }
    if (swap < 0 && tf.slot_id == s.id && tf.k == static_cast<int>(k) && ImGui::GetIO().KeyAlt) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)) && k > 0) swap = static_cast<int>(k) - 1;
        else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)) && k + 1 < s.turns.size())
            swap = static_cast<int>(k);
        if (swap >= 0) tf.k = swap == static_cast<int>(k) ? static_cast<int>(k) + 1 : static_cast<int>(k) - 1;
    }
    if (swap < 0) return false;
    Slot c = s;
    std::swap(c.turns[static_cast<std::size_t>(swap)], c.turns[static_cast<std::size_t>(swap) + 1]);
    te.apply(std::move(c));
    return true;
}

// "+ Thêm lượt" (a site invited without a turn first, else the first that is
// not central) and "Chia đều" (the slot's time shared out).  True when one
// changed the slot.
bool turn_add_buttons(const TurnsEdit& te, const TurnCheck& tc) {
    const Plan& plan = te.ctx.editor->plan();
    const Slot& s = te.slot();
    const std::string add = std::string("+ ") + tr(K::agenda_turn_add);
    // "+ Thêm lượt" opens the speaker chooser: type part of a name, Enter
    // takes the first match (an invited site without a turn comes first).
    if (ImGui::Button((add + "##turn.add").c_str())) ImGui::OpenPopup("##turn.add.popup");
    widgets::register_last_item(tid(te.pfx, "turn.add").c_str());
    ImGui::SetNextWindowSizeConstraints(ImVec2(320, 0), ImVec2(520, 420));
    if (ImGui::BeginPopup("##turn.add.popup")) {
        const std::string pick = site_picker(te, -1, tid(te.pfx, "turn.search"));
        ImGui::EndPopup();
        if (!pick.empty()) {
            Slot c = s;
            const int left = tc.slot_minutes - tc.turn_minutes;
            c.turns.push_back(Turn{pick, left >= 3 ? std::min(left, 5) : 5, {}});
            te.apply(std::move(c));
            return true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(K::agenda_turn_split))) {
        std::vector<std::string> ids;
        for (const Turn& t : s.turns) ids.push_back(t.site_id);
        if (ids.empty()) ids = invited_site_ids(plan);   // those invited to speak, else every site but the central one
        if (ids.empty())
            for (const Site& site : plan.sites) if (!site.central) ids.push_back(site.id);
        allocate_turns(*te.ctx.editor, static_cast<std::size_t>(te.i), ids);
        return true;
    }
    widgets::register_last_item(tid(te.pfx, "turn.split").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_turn_split_tip));
    return false;
}

// The turns' total against the slot, and what is wrong with them.
void turns_summary(const Plan& plan, const Slot& s, const TurnCheck& tc, const char* pfx) {
    const std::string sum = fmt(K::agenda_turns_sum, static_cast<int>(s.turns.size()), tc.turn_minutes, tc.slot_minutes);
    ImGui::TextUnformatted(sum.c_str());
    widgets::register_last_item(tid(pfx, "turns.sum").c_str());
    if (tc.overrun > 0) {
        coloured_wrapped(colors::kBadge, std::string(icons::kWarning) + " " + fmt(K::agenda_turns_overrun, tc.overrun));
        widgets::register_last_item(tid(pfx, "turns.overrun").c_str());
    }
    if (!tc.invited_without_turn.empty()) {
        coloured_wrapped(colors::kWarn, std::string(icons::kWarning) + " " +
                                            fmt(K::agenda_turns_missing, static_cast<int>(tc.invited_without_turn.size()),
                                                names_list(plan, tc.invited_without_turn).c_str()));
        widgets::register_last_item(tid(pfx, "turns.missing").c_str());
    }
    if (!tc.repeated.empty())
        coloured_wrapped(colors::kWarn, std::string(icons::kWarning) + " " +
                                            fmt(K::agenda_turns_repeated, names_list(plan, tc.repeated).c_str()));
    if (!tc.unknown_sites.empty())
        coloured_wrapped(colors::kWarn, std::string(icons::kWarning) + " " + tr(K::agenda_turns_unknown));
    if (tc.ok() && !s.turns.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOk));
        ImGui::Text("%s %s", icons::kCheck, tr(K::agenda_turns_ok));
        ImGui::PopStyleColor();
    }
}

void draw_turns(UiContext& ctx, int i, const char* pfx) {
    const Plan& plan = ctx.editor->plan();
    const Slot& s = plan.agenda[static_cast<std::size_t>(i)];
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(K::agenda_turns_heading));
    ImGui::PopFont();
    if (plan.sites.empty()) {
        muted_wrapped(tr(K::agenda_turns_no_sites));
        if (ImGui::Button(tr(K::agenda_turns_go_sites))) ctx.go_to(Section::Sites);
        return;
    }
    const TurnsEdit te{ctx, i, pfx, fmt(K::agenda_undo_turns, format_time_range(s.start, s.end).c_str())};
    const float avail = ImGui::GetContentRegionAvail().x;
    const float minutes_w = 96.0f;
    const float buttons_w = 86.0f;
    const float name_w = std::max(120.0f, avail - minutes_w - buttons_w - 40);
    for (std::size_t k = 0; k < s.turns.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const bool changed = draw_turn_row(te, k, name_w, minutes_w);
        ImGui::PopID();
        if (changed) return;   // the slot changed under us; draw it next frame
    }
    const TurnCheck tc = check_turns(plan, s);
    if (turn_add_buttons(te, tc)) return;
    turns_summary(plan, s, tc, pfx);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] slot editor
//-----------------------------------------------------------------------------
bool time_range_field(UiContext& ctx, int i, const char* label, const char* test_id, float width) {
    static ImGuiID editing = 0;
    static std::string buf;
    const Plan& plan = ctx.editor->plan();
    const Slot& s = plan.agenda[static_cast<std::size_t>(i)];
    const ImGuiID id = ImGui::GetID(label);
    std::string shown = editing == id ? buf : format_time_range(s.start, s.end);
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint(label, "07h30 - 08h00", &shown);
    widgets::register_last_item(test_id);
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("%s", tr(K::agenda_time_tip));
    if (ImGui::IsItemActive()) {
        editing = id;
        buf = shown;
        widgets::set_active_widget(test_id);
    }
    if (!ImGui::IsItemDeactivated()) return false;
    if (editing == id) editing = 0;
    if (!ImGui::IsItemDeactivatedAfterEdit()) return false;
    const auto r = parse_time_range(shown);
    if (!r) {
        ctx.toast(fmt(K::agenda_bad_time, clip_text(shown, 40).c_str()));
        return false;
    }
    if (r->first == s.start && r->second == s.end) return false;
    Slot c = s;
    c.start = r->first;
    c.end = r->second;
    const std::string id_keep = c.id;
    ctx.editor->set_slot(static_cast<std::size_t>(i), std::move(c),
                         fmt(K::agenda_undo_time, format_time_range(r->first, r->second).c_str()));
    select_slot(ctx, id_keep, true);
    return true;
}

void draw_slot_editor(UiContext& ctx, int i, const char* pfx, bool focus_first) {
    const Plan& plan = ctx.editor->plan();
    if (i < 0 || i >= static_cast<int>(plan.agenda.size())) return;
    const std::string sid = plan.agenda[static_cast<std::size_t>(i)].id;
    ImGui::PushID(pfx);

    // Time and kind.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::agenda_col_time));
    ImGui::SameLine();
    if (time_range_field(ctx, i, "##time", tid(pfx, "time").c_str(), ImGui::CalcTextSize("00h00 - 00h00").x + 28)) {
        ImGui::PopID();
        return;   // the slot may have moved in the list
    }
    ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::agenda_kind_label));
    ImGui::SameLine();
    {
        const Slot& s = plan.agenda[static_cast<std::size_t>(i)];
        ImGui::SetNextItemWidth(std::max(120.0f, std::min(180.0f, ImGui::GetContentRegionAvail().x)));
        if (ImGui::BeginCombo("##kind", kind_label(s.kind))) {
            const SlotKind kinds[] = {SlotKind::Normal, SlotKind::Registration, SlotKind::Discussion, SlotKind::Ceremony,
                                      SlotKind::Break};
            for (SlotKind k : kinds) {
                if (ImGui::Selectable(kind_label(k), k == s.kind) && k != s.kind) {
                    Slot c = s;
                    c.kind = k;
                    ctx.editor->set_slot(static_cast<std::size_t>(i), std::move(c), tr(K::agenda_undo_kind));
                }
            }
            ImGui::EndCombo();
        }
        widgets::register_last_item(tid(pfx, "kind").c_str());
    }

    // Items.
    const Slot& s = plan.agenda[static_cast<std::size_t>(i)];
    ImGui::Spacing();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float btn_w = 78.0f;
    const float content_w = std::max(120.0f, (avail - 28 - btn_w) * 0.58f);
    const float perf_w = std::max(100.0f, avail - 28 - btn_w - content_w - 16);
    const std::string undo_items = fmt(K::agenda_undo_items, format_time_range(s.start, s.end).c_str());
    for (std::size_t k = 0; k < s.items.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const std::string ks = std::to_string(k);
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%d.", static_cast<int>(k + 1));
        ImGui::SameLine(28);
        if (focus_first && k == 0) ImGui::SetKeyboardFocusHere();
        const std::size_t si = static_cast<std::size_t>(i);
        bool sent = item_text_cell(ctx, si, k, &AgendaItem::content, "##content", tid(pfx, ks + ".content"),
                                   tr(K::agenda_content_hint), content_w, undo_items, tid(pfx, sid + ".c" + ks));
        if (!sent) {
            end_merge_on_deactivate(ctx);
            ImGui::SameLine();
            sent = item_text_cell(ctx, si, k, &AgendaItem::performer, "##performer", tid(pfx, ks + ".performer"),
                                  tr(K::agenda_performer_hint), perf_w, undo_items, tid(pfx, sid + ".p" + ks));
        }
        if (sent) {   // the slot was replaced: drawn again next frame
            ImGui::PopID();
            ImGui::PopID();
            return;
        }
        end_merge_on_deactivate(ctx);
        ImGui::SameLine();
        int swap = -1;
        bool erase = false;
        const std::string up = std::string("\xE2\x86\x91##up"), down = std::string("\xE2\x86\x93##down");
        if (small_button(up.c_str(), tid(pfx, ks + ".up"), tr(K::agenda_item_up), k > 0)) swap = static_cast<int>(k) - 1;
        ImGui::SameLine(0, 2);
        if (small_button(down.c_str(), tid(pfx, ks + ".down"), tr(K::agenda_item_down), k + 1 < s.items.size()))
            swap = static_cast<int>(k);
        ImGui::SameLine(0, 2);
        const std::string del = std::string(icons::kCross) + "##del";
        if (small_button(del.c_str(), tid(pfx, ks + ".delete"), tr(K::agenda_item_delete), s.items.size() > 1)) erase = true;
        if (swap >= 0 || erase) {
            Slot c = s;
            if (erase) c.items.erase(c.items.begin() + static_cast<std::ptrdiff_t>(k));
            else std::swap(c.items[static_cast<std::size_t>(swap)], c.items[static_cast<std::size_t>(swap) + 1]);
            ctx.editor->set_slot(static_cast<std::size_t>(i), std::move(c),
                                 erase ? tr(K::agenda_undo_delete_item) : tr(K::agenda_undo_reorder));
            ImGui::PopID();
            ImGui::PopID();
            return;
        }
        ImGui::PopID();
    }
    const std::string add_item = std::string("+ ") + tr(K::agenda_add_item);
    if (ImGui::Button(add_item.c_str())) {
        Slot c = s;
        c.items.push_back({});
        ctx.editor->set_slot(static_cast<std::size_t>(i), std::move(c), tr(K::agenda_undo_add_item));
        ImGui::PopID();
        return;
    }
    widgets::register_last_item(tid(pfx, "add-item").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_add_item_tip));

    ImGui::Spacing();
    if (s.kind == SlotKind::Discussion) {
        ImGui::Separator();
        draw_turns(ctx, i, pfx);
    } else if (!s.turns.empty()) {
        muted_wrapped(fmt(K::agenda_turns_hidden, static_cast<int>(s.turns.size())).c_str());
    } else {
        muted_wrapped(tr(K::agenda_turns_hint));
    }
    ImGui::PopID();
}

//-----------------------------------------------------------------------------
// [SECTION] in-place popup
//-----------------------------------------------------------------------------
void draw_edit_popup(UiContext& ctx) {
    State& st = state();
    static int focus_frames = 0;
    static float last_h = 300.0f;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(560.0f, vp->Size.x - 40);
    if (st.edit_open_request) {
        st.edit_open_request = false;
        ImVec2 a = st.edit_anchor;
        if (a.x < 0) {
            if (st.sel_block_max.x > st.sel_block_min.x) a = ImVec2(st.sel_block_min.x, st.sel_block_max.y + 2);
            else a = ImVec2(st.timeline_min.x + 40, st.timeline_min.y + 60);
        }
        // Keep the whole popup on screen (a block near the bottom opens it upwards).
        a.x = std::max(vp->Pos.x + 8, std::min(a.x, vp->Pos.x + vp->Size.x - w - 8));
        if (a.y + last_h > vp->Pos.y + vp->Size.y - 8) a.y = std::max(vp->Pos.y + 8, vp->Pos.y + vp->Size.y - last_h - 8);
        ImGui::SetNextWindowPos(a);
        ImGui::OpenPopup("##agenda.edit");
        focus_frames = st.edit_focus_first ? 2 : 0;
        st.edit_focus_first = false;
    }
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, vp->Size.y - 16));
    if (!ImGui::BeginPopup("##agenda.edit", ImGuiWindowFlags_AlwaysAutoResize)) return;
    const int i = index_of(ctx.editor->plan(), st.edit_id);
    if (i < 0) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(K::agenda_edit_title));
    ImGui::PopFont();
    const bool focus = focus_frames > 0;
    if (focus_frames > 0) --focus_frames;
    draw_slot_editor(ctx, i, "agenda.edit", focus);
    ImGui::Separator();
    const bool done = ImGui::Button(tr(K::agenda_done), ImVec2(110, 0));
    widgets::register_last_item("agenda.edit.done");
    ImGui::SameLine();
    muted_wrapped(tr(K::agenda_edit_hint));
    const ImGuiIO& io = ImGui::GetIO();
    const bool esc = !io.WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (done || esc) {
        ctx.editor->break_merge();
        ImGui::CloseCurrentPopup();
    }
    last_h = ImGui::GetWindowHeight();
    widgets::register_rect("agenda.edit", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                              ImGui::GetWindowHeight());
    ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] table view
//-----------------------------------------------------------------------------
void draw_table(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    bool any = false;
    for (const Slot& s : plan.agenda)
        if (s.day == st.day) { any = true; break; }
    if (!any) {
        ImGui::Spacing();
        muted_wrapped(tr(K::agenda_table_empty));
        return;
    }
    const float bottom = ImGui::GetFrameHeight() + 10;
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##agenda.table", 3, flags, ImVec2(0, ImGui::GetContentRegionAvail().y - bottom))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(K::agenda_col_time), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("00h00 - 00h00").x + 24);
    ImGui::TableSetupColumn(tr(K::agenda_col_content), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(K::agenda_col_performer), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();

    // One table row per item (a slot of three items is three rows, the time on
    // the first).  Rows are listed once per revision and clipped to the visible
    // ones, so a programme of a thousand items costs only what is on screen.
    static std::vector<std::pair<std::size_t, std::size_t>> rows;   // (slot index, item index)
    static std::uint64_t rows_rev = ~0ull;
    static int rows_day = -1;
    if (rows_rev != ctx.editor->revision() || rows_day != st.day) {
        rows.clear();
        for (std::size_t i = 0; i < plan.agenda.size(); ++i) {
            if (plan.agenda[i].day != st.day) continue;
            const std::size_t n = std::max<std::size_t>(1, plan.agenda[i].items.size());
            for (std::size_t k = 0; k < n; ++k) rows.emplace_back(i, k);
        }
        rows_rev = ctx.editor->revision();
        rows_day = st.day;
    }

    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    bool changed = false;
    while (!changed && clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd && !changed; ++r) {
            const std::size_t i = rows[static_cast<std::size_t>(r)].first;
            const std::size_t k = rows[static_cast<std::size_t>(r)].second;
            const Slot& s = plan.agenda[i];
            const bool selected = s.id == ctx.selection.slot_id;
            const int sev = i < st.slot_severity.size() ? st.slot_severity[i] : -1;
            const std::string sid = s.id;
            ImGui::TableNextRow();
            if (selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(226, 236, 250, 255));
            else if (sev == Finding::Error) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(252, 234, 230, 255));
            else if (sev >= 0) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(253, 244, 226, 255));
            ImGui::PushID(sid.c_str());
            ImGui::PushID(static_cast<int>(k));
            const std::string ks = std::to_string(k);
            ImGui::TableSetColumnIndex(0);
            if (k == 0) {
                const std::string t_id = "agenda.table." + sid + ".time";
                changed = time_range_field(ctx, static_cast<int>(i), "##time", t_id.c_str(), -FLT_MIN);
                if (!changed && ImGui::IsItemActivated()) select_slot(ctx, sid, true);
            }
            if (!changed && k < s.items.size()) {
                const std::string undo_items = fmt(K::agenda_undo_items, format_time_range(s.start, s.end).c_str());
                ImGui::TableSetColumnIndex(1);
                changed = item_text_cell(ctx, i, k, &AgendaItem::content, "##content",
                                         "agenda.table." + sid + "." + ks + ".content", tr(K::agenda_content_hint),
                                         -FLT_MIN, undo_items, "agenda.table." + sid + ".c" + ks);
                if (!changed && ImGui::IsItemActivated()) select_slot(ctx, sid, true);
                end_merge_on_deactivate(ctx);
                if (!changed) {
                    ImGui::TableSetColumnIndex(2);
                    changed = item_text_cell(ctx, i, k, &AgendaItem::performer, "##performer",
                                             "agenda.table." + sid + "." + ks + ".performer",
                                             tr(K::agenda_performer_hint), -FLT_MIN, undo_items,
                                             "agenda.table." + sid + ".p" + ks);
                    if (!changed && ImGui::IsItemActivated()) select_slot(ctx, sid, true);
                    end_merge_on_deactivate(ctx);
                }
            }
            ImGui::PopID();
            ImGui::PopID();
        }
    }
    if (changed) clipper.End();   // the list changed; the rest is drawn next frame
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::EndTable();
    muted_wrapped(tr(K::agenda_table_hint));
}

}  // namespace dc::ui::agenda
