// panel_sites.cpp — the "Điểm cầu" (bridge points) view: toolbar, totals and
// the table of sites with inline editing; the per-site view sits beside the
// table (panel_sites_detail.cpp), the dialogs are in panel_sites_dialogs.cpp.
//
// All changes go through the Editor or sites_ops.h (each one undo step); this
// file decides what the user asked for and draws the plan as it is.
//
// [SECTION] state, caches, helpers
// [SECTION] edits
// [SECTION] table cells
// [SECTION] table
// [SECTION] toolbar and totals
// [SECTION] keyboard
// [SECTION] panel and badge
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/datetime.h"
#include "core/export_html.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/shell/list_index.h"
#include "ui/replies/panel_replies.h"
#include "ui/sites/panel_sites_internal.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {
namespace sites {

//-----------------------------------------------------------------------------
// [SECTION] state, caches, helpers
//-----------------------------------------------------------------------------
State& state() {
    static State s;
    return s;
}

// The navigation badge needs only the totals, and it is drawn on every
// screen: the clashes and duplicate names (which fold every name) wait until
// the sites view is drawn, so the first screen does not run them.
void refresh_totals(const UiContext& ctx) {
    State& st = state();
    if (st.totals_rev == ctx.editor->revision()) return;
    st.totals = site_totals(ctx.editor->plan());
    st.totals_rev = ctx.editor->revision();
}

void refresh(const UiContext& ctx) {
    State& st = state();
    refresh_totals(ctx);
    if (st.cache_rev == ctx.editor->revision()) return;
    const Plan& plan = ctx.editor->plan();
    st.clash_with.assign(plan.sites.size(), {});
    const std::vector<TestClash> clashes = test_clashes(plan);
    st.clash_pairs = static_cast<int>(clashes.size());
    for (const TestClash& c : clashes) {
        st.clash_with[c.a].push_back(c.b);
        st.clash_with[c.b].push_back(c.a);
    }
    st.dup_of.assign(plan.sites.size(), -1);
    st.dup_count = st.dup_renamable = 0;
    for (const auto& set : duplicate_site_names(plan))
        for (std::size_t k = 0; k < set.size(); ++k) {
            st.dup_of[set[k]] = static_cast<int>(k == 0 ? set[1] : set[0]);
            ++st.dup_count;
        }
    st.dup_renamable = static_cast<int>(duplicate_renames(plan).size());
    st.calls = call_sheet(plan);
    st.cache_rev = ctx.editor->revision();
}

int index_of(const Plan& plan, const std::string& id) { return static_cast<int>(index_by_id(plan.sites, id)); }

void select_site(UiContext& ctx, const std::string& id, bool scroll) {
    ctx.selection.site_id = id;
    if (scroll) state().scroll_to_selected = true;
}

const char* status_label(TestStatus s) {
    switch (s) {
    case TestStatus::NotTested: return tr(K::sites_status_not_tested);
    case TestStatus::Ok: return tr(K::sites_status_ok);
    case TestStatus::NoPicture: return tr(K::sites_status_no_picture);
    case TestStatus::NoSound: return tr(K::sites_status_no_sound);
    case TestStatus::LostConnection: return tr(K::sites_status_lost);
    }
    return "";
}

ImU32 status_color(TestStatus s) {
    switch (s) {
    case TestStatus::NotTested: return colors::kTextMuted;
    case TestStatus::Ok: return colors::kOk;
    default: return colors::kBadge;
    }
}

std::string slot_text(const Site& s) {
    std::string out;
    if (!s.test_date.empty()) out = format_date(s.test_date);
    if (s.test_start != kNoTime) {
        if (!out.empty()) out += "  ";
        out += format_time_range(s.test_start, s.test_end);
    }
    return out;
}

std::string group_name(const Plan& plan, const std::string& group_id) {
    for (const SiteGroup& g : plan.site_groups)
        if (g.id == group_id) return g.name;
    return {};
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void section_title(const char* text) {
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

namespace {

// The first line of `s`, shortened with "…" to `width` pixels.
std::string first_line_elided(const std::string& s, float width) {
    std::string line = s.substr(0, s.find('\n'));
    if (line.size() < s.size()) line += " \xE2\x80\xA6";
    if (ImGui::CalcTextSize(line.c_str()).x <= width) return line;
    const char* ell = "\xE2\x80\xA6";
    std::size_t n = line.size();
    while (n > 0) {
        --n;
        while (n > 0 && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) --n;
        std::string t = line.substr(0, n) + ell;
        if (ImGui::CalcTextSize(t.c_str()).x <= width) return t;
    }
    return ell;
}

// The test date a new slot typed by hand gets when the site has none: the
// connection-test session's date, else the day before the conference.
Date default_test_date(const Plan& plan) {
    for (const TechSession& t : plan.event.tech_sessions)
        if (t.kind == TechKind::ConnectionTest && valid_date(t.date)) return t.date;
    if (!plan.event.days.empty() && valid_date(plan.event.days[0].date)) return add_days(plan.event.days[0].date, -1);
    return {};
}

std::string trimmed(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    const std::size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

std::string site_label(const Site& s, std::size_t i) {
    return s.name.empty() ? fmt(K::sites_unnamed_n, static_cast<int>(i + 1)) : s.name;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] edits
//-----------------------------------------------------------------------------
void set_site(UiContext& ctx, std::size_t i, Site s, const char* field) {
    const std::string label = fmt(K::sites_undo_edit, site_label(s, i).c_str());
    const std::string key = "site." + s.id + "." + field;
    ctx.editor->set_item(i, std::move(s), label, key);
}

void delete_site(UiContext& ctx, std::size_t i) {
    const Plan& plan = ctx.editor->plan();
    if (i >= plan.sites.size()) return;
    const std::string name = site_label(plan.sites[i], i);
    const bool was_selected = plan.sites[i].id == ctx.selection.site_id;
    ctx.editor->erase_item<Site>(i, fmt(K::sites_undo_delete, name.c_str()));
    if (was_selected) {
        const Plan& p = ctx.editor->plan();
        ctx.selection.site_id = p.sites.empty() ? std::string() : p.sites[std::min(i, p.sites.size() - 1)].id;
    }
    if (ctx.toast) ctx.toast(fmt(K::sites_toast_deleted, name.c_str()));
}

void add_one_site(UiContext& ctx) {
    const std::size_t at = add_site(*ctx.editor, ctx.editor->plan().sites.size());
    const std::string id = ctx.editor->plan().sites[at].id;
    select_site(ctx, id, true);
    state().focus_site_id = id;
    state().tab = 0;
}

void make_central(UiContext& ctx, std::size_t i) {
    if (i >= ctx.editor->plan().sites.size()) return;
    const std::string id = ctx.editor->plan().sites[i].id;
    set_central_site(*ctx.editor, i);
    select_site(ctx, id, true);
}

bool can_move_site(const Plan& plan, std::size_t i, int delta) {
    const long j = static_cast<long>(i) + delta;
    if (i >= plan.sites.size() || j < 0 || j >= static_cast<long>(plan.sites.size())) return false;
    return !plan.sites[i].central && !plan.sites[static_cast<std::size_t>(j)].central;
}

void move_site_by(UiContext& ctx, std::size_t i, int delta) {
    const Plan& plan = ctx.editor->plan();
    if (!can_move_site(plan, i, delta)) return;
    const std::string id = plan.sites[i].id;
    const std::size_t j = static_cast<std::size_t>(static_cast<long>(i) + delta);
    ctx.editor->move_item<Site>(i, j, fmt(K::sites_undo_move, site_label(plan.sites[i], i).c_str(), static_cast<int>(j + 1)));
    select_site(ctx, id, true);
}

void print_site_sheet(UiContext& ctx, std::size_t i) {
    const Plan& plan = ctx.editor->plan();
    if (i >= plan.sites.size()) return;
    platform::print_html(html_site_sheet(plan, plan.sites[i].id));
}

//-----------------------------------------------------------------------------
// [SECTION] table cells
//-----------------------------------------------------------------------------
namespace {

// Columns in the order of daily use during the preparation: who, how many,
// when tested and with what result, whom to call; then the document's details.
enum Col { cStt, cName, cKind, cInvited, cHeadcount, cTestDate, cTestTime, cStatus, cContact, cPhone, cRoom, cAddress, cChair,
           cParticipants, cNotes, cActions, cCount };

void row_id(char* buf, std::size_t n, std::size_t i, const char* key) {
    std::snprintf(buf, n, "sites.row.%zu.%s", i, key);
}

// Registers the last item of a table cell by the part of it that can be seen
// and clicked.  A column scrolled fully under the frozen ones draws nothing,
// and ImGui's "last item" is then still the previous column's widget (the
// name): registering that rectangle sent clicks meant for a date into the
// name.  A column scrolled halfway under them is registered by its visible
// part only.
void register_cell(const char* tid) {
    if (!(ImGui::TableGetColumnFlags() & ImGuiTableColumnFlags_IsVisible)) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImDrawList* dl = ImGui::GetWindowDrawList();
    a.x = std::max(a.x, dl->GetClipRectMin().x);
    b.x = std::min(b.x, dl->GetClipRectMax().x);
    if (b.x - a.x < 2) return;
    widgets::register_last_item(tid);   // the Tab ring's entry
    widgets::register_rect(tid, a.x, a.y, b.x - a.x, b.y - a.y);
}

// Common after-widget work: test id, selection when the cell is entered,
// typing merge broken when it is left, tooltip for text wider than the cell.
void after_cell(UiContext& ctx, std::size_t i, const std::string& site_id, const char* key, const std::string& full) {
    char tid[64];
    row_id(tid, sizeof tid, i, key);
    register_cell(tid);
    if (ImGui::IsItemActive()) widgets::set_active_widget(tid);
    // Entering a cell follows with the per-site view only when it is open: opening
    // it would move the table under the mouse.
    if (ImGui::IsItemActivated() && !ctx.selection.site_id.empty() && ctx.selection.site_id != site_id)
        select_site(ctx, site_id, false);
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
    if (!full.empty() && ImGui::IsItemHovered() && !ImGui::IsItemActive() &&
        ImGui::CalcTextSize(full.c_str()).x > ImGui::GetItemRectSize().x - 12)
        ImGui::SetTooltip("%s", full.c_str());
}

void cell_text(UiContext& ctx, std::size_t i, std::string Site::*field, const char* key, const char* hint,
               float width = -FLT_MIN) {
    const Site& cur = ctx.editor->plan().sites[i];
    std::string v = cur.*field;
    const std::string id = cur.id;
    char wid[64];
    std::snprintf(wid, sizeof wid, "##%s.%s", id.c_str(), key);
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(wid, hint, &v);
    after_cell(ctx, i, id, key, v);
    if (changed) {
        Site s = ctx.editor->plan().sites[i];
        s.*field = v;
        set_site(ctx, i, std::move(s), key);
    }
}

// A cell whose text is parsed when the user leaves it (dates, times): typing
// half a time must not change the plan or show an error.
template <typename Commit>
void cell_buffered(UiContext& ctx, std::size_t i, const char* key, const std::string& display, const char* hint,
                   const char* tip, float width, Commit commit) {
    State& st = state();
    const std::string site_id = ctx.editor->plan().sites[i].id;
    const std::string edit_id = site_id + "." + key;
    std::string v = st.edit_id == edit_id ? st.edit_buf : display;
    char wid[64];
    std::snprintf(wid, sizeof wid, "##%s", edit_id.c_str());
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(wid, hint, &v);
    if (ImGui::IsItemActivated()) { st.edit_id = edit_id; st.edit_buf = display; }
    if (changed) { st.edit_id = edit_id; st.edit_buf = v; }
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    const bool left = ImGui::IsItemDeactivated();
    after_cell(ctx, i, site_id, key, {});
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive()) ImGui::SetTooltip("%s", tip);
    if (done && st.edit_id == edit_id) commit(trimmed(st.edit_buf));
    if (left && st.edit_id == edit_id) st.edit_id.clear();
}

void cell_headcount(UiContext& ctx, std::size_t i) {
    const Plan& plan = ctx.editor->plan();
    const Site& cur = plan.sites[i];
    const int limit = headcount_limit_for(plan, cur);
    std::string v = cur.headcount > 0 ? std::to_string(cur.headcount) : std::string();
    const std::string id = cur.id;
    const bool over = limit > 0 && cur.headcount > limit;
    char wid[64];
    std::snprintf(wid, sizeof wid, "##%s.headcount", id.c_str());
    ImGui::SetNextItemWidth(52);
    const bool changed = ImGui::InputTextWithHint(wid, "0", &v, ImGuiInputTextFlags_CharsDecimal);
    after_cell(ctx, i, id, "headcount", {});
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
        ImGui::SetTooltip("%s", limit > 0 ? fmt(K::sites_tip_headcount_limit, limit).c_str() : tr(K::sites_tip_headcount));
    if (over) {
        ImGui::SameLine(0, 6);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
        ImGui::Text("%s %s", icons::kWarning, fmt(K::sites_over_short, limit).c_str());
        ImGui::PopStyleColor();
        char tid[64];
        row_id(tid, sizeof tid, i, "over");
        register_cell(tid);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", fmt(K::sites_over_long, cur.headcount, limit).c_str());
    }
    if (changed) {
        long n = v.empty() ? 0 : std::strtol(v.c_str(), nullptr, 10);
        if (n < 0) n = 0;
        if (n > 100000) n = 100000;
        Site s = ctx.editor->plan().sites[i];
        s.headcount = static_cast<int>(n);
        set_site(ctx, i, std::move(s), "headcount");
    }
}

void cell_status(UiContext& ctx, std::size_t i) { status_combo(ctx, i, nullptr); }

// "Được mời phát biểu": the site's own tick, or its group's (shown ticked and
// fixed: the group row in the groups tab changes it).  The central site hosts
// the discussion and has no turn, so it has no box.
void cell_invited(UiContext& ctx, std::size_t i) {
    const Plan& plan = ctx.editor->plan();
    const Site& s = plan.sites[i];
    if (s.central) return;
    const bool by_group = !s.invited_to_speak && invited_to_speak(plan, s);
    bool inv = s.invited_to_speak || by_group;
    const std::string id = s.id;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight()) * 0.5f));
    if (by_group) ImGui::BeginDisabled();
    const bool changed = ImGui::Checkbox(("##inv." + id).c_str(), &inv);
    if (by_group) ImGui::EndDisabled();
    char tid[64];
    row_id(tid, sizeof tid, i, "invited");
    register_cell(tid);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", by_group ? fmt(K::sites_invited_by_group, group_name(plan, s.group_id).c_str()).c_str()
                                         : tr(K::sites_tip_invited_cell));
    if (changed && !by_group) {
        Site c = ctx.editor->plan().sites[i];
        c.invited_to_speak = inv;
        ctx.editor->set_item(i, std::move(c), tr(K::sites_undo_invited));
    }
}

void commit_date(UiContext& ctx, std::size_t i, const std::string& text) {
    Site s = ctx.editor->plan().sites[i];
    if (text.empty()) {
        s.test_date = Date{};
    } else if (auto d = parse_date(text)) {
        s.test_date = *d;
    } else {
        if (ctx.toast) ctx.toast(fmt(K::sites_bad_date, text.c_str()));
        return;
    }
    if (!same(s, ctx.editor->plan().sites[i])) set_site(ctx, i, std::move(s), "test_date");
}

void commit_time(UiContext& ctx, std::size_t i, const std::string& text) {
    Site s = ctx.editor->plan().sites[i];
    if (text.empty()) {
        s.test_start = s.test_end = kNoTime;
    } else if (auto r = parse_time_range(text)) {
        s.test_start = r->first;
        s.test_end = r->second;
        if (s.test_date.empty()) {
            // A time without a day would be no slot at all: take the plan's
            // test day, and say so, so the user can change it.
            s.test_date = default_test_date(ctx.editor->plan());
            if (ctx.toast)
                ctx.toast(s.test_date.empty() ? std::string(tr(K::sites_time_no_day))
                                              : fmt(K::sites_time_took_day, format_date(s.test_date).c_str()));
        }
    } else {
        if (ctx.toast) ctx.toast(fmt(K::sites_bad_time, text.c_str()));
        return;
    }
    if (!same(s, ctx.editor->plan().sites[i])) set_site(ctx, i, std::move(s), "test_time");
}

}  // namespace

void status_combo(UiContext& ctx, std::size_t i, const char* test_id) {
    const Site& cur = ctx.editor->plan().sites[i];
    const std::string id = cur.id;
    const TestStatus status = cur.test_status;
    char wid[64];
    std::snprintf(wid, sizeof wid, "##%s.status%s", id.c_str(), test_id ? ".detail" : "");
    const std::string preview = std::string(status == TestStatus::Ok ? icons::kCheck
                                             : status == TestStatus::NotTested ? icons::kCircle
                                                                               : icons::kWarning) +
                                " " + status_label(status);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(status_color(status)));
    const bool open = ImGui::BeginCombo(wid, preview.c_str());
    ImGui::PopStyleColor();
    if (test_id) widgets::register_last_item(test_id);
    else after_cell(ctx, i, id, "status", {});
    if (!open) return;
    for (int k = 0; k < 5; ++k) {
        const TestStatus s = static_cast<TestStatus>(k);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(status_color(s)));
        const bool picked = ImGui::Selectable(status_label(s), s == status);
        ImGui::PopStyleColor();
        char tid[48];
        std::snprintf(tid, sizeof tid, "sites.status.opt.%d", k);
        widgets::register_last_item(tid);
        if (s == status && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
        if (picked && s != status) {
            Site n = ctx.editor->plan().sites[i];
            n.test_status = s;
            ctx.editor->set_item(i, std::move(n),
                                 fmt(K::sites_undo_status, site_label(ctx.editor->plan().sites[i], i).c_str(),
                                     status_label(s)));
        }
    }
    ImGui::EndCombo();
}

//-----------------------------------------------------------------------------
// [SECTION] table
//-----------------------------------------------------------------------------
namespace {

void draw_row(UiContext& ctx, std::size_t i) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    const Site& s = plan.sites[i];
    const std::string id = s.id;
    const bool selected = id == ctx.selection.site_id;
    if (selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colors::kNavActive);
    else if (s.central) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(255, 247, 228, 255));
    char tid[64];

    // STT (+ "Trung tâm"): selects the row.
    ImGui::TableSetColumnIndex(cStt);
    {
        char label[96];
        std::snprintf(label, sizeof label, "%zu%s%s##sel.%s", i + 1, s.central ? "  " : "",
                      s.central ? tr(K::sites_central_short) : "", id.c_str());
        if (s.central) ImGui::PushFont(fonts().bold);
        ImGui::AlignTextToFramePadding();
        if (ImGui::Selectable(label, selected)) select_site(ctx, id, false);
        if (s.central) ImGui::PopFont();
        row_id(tid, sizeof tid, i, "select");
        register_cell(tid);
        if (selected) widgets::register_last_item("sites.selected");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", s.central ? tr(K::sites_tip_central) : tr(K::sites_tip_select));
    }

    ImGui::TableSetColumnIndex(cName);
    if (st.focus_site_id == id) {
        ImGui::SetKeyboardFocusHere();
        st.focus_site_id.clear();
    }
    if (i < st.dup_of.size() && st.dup_of[i] >= 0) {
        // The badge takes the right end of the cell; the name keeps the rest.
        const float badge = ImGui::CalcTextSize(tr(K::sites_dup_badge)).x + ImGui::CalcTextSize(icons::kWarning).x + 14;
        cell_text(ctx, i, &Site::name, "name", tr(K::sites_hint_name), -badge);
        ImGui::SameLine(0, 4);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::AlignTextToFramePadding();
        ImGui::Text("%s %s", icons::kWarning, tr(K::sites_dup_badge));
        ImGui::PopStyleColor();
        row_id(tid, sizeof tid, i, "dup");
        register_cell(tid);
        const Plan& p = ctx.editor->plan();
        const std::size_t other = static_cast<std::size_t>(st.dup_of[i]);
        if (ImGui::IsItemHovered() && other < p.sites.size())
            ImGui::SetTooltip("%s", fmt(K::sites_dup_tip, (site_label(p.sites[other], other) + " (" +
                                                           std::to_string(other + 1) + ")").c_str()).c_str());
    } else {
        cell_text(ctx, i, &Site::name, "name", tr(K::sites_hint_name));
    }
    ImGui::TableSetColumnIndex(cKind);
    cell_text(ctx, i, &Site::kind, "kind", tr(K::sites_hint_kind));
    ImGui::TableSetColumnIndex(cInvited);
    cell_invited(ctx, i);
    ImGui::TableSetColumnIndex(cHeadcount);
    cell_headcount(ctx, i);
    ImGui::TableSetColumnIndex(cTestDate);
    {
        const Site& cur = ctx.editor->plan().sites[i];
        cell_buffered(ctx, i, "testdate", cur.test_date.empty() ? std::string() : format_date(cur.test_date),
                      tr(K::sites_hint_date), tr(K::sites_tip_test_date), -FLT_MIN,
                      [&](const std::string& t) { commit_date(ctx, i, t); });
    }
    ImGui::TableSetColumnIndex(cTestTime);
    {
        const Site& cur = ctx.editor->plan().sites[i];
        const std::string shown = cur.test_start == kNoTime ? std::string() : format_time_range(cur.test_start, cur.test_end);
        const bool clash = i < st.clash_with.size() && !st.clash_with[i].empty();
        cell_buffered(ctx, i, "testtime", shown, tr(K::sites_hint_time), tr(K::sites_tip_test_time), clash ? 118.0f : -FLT_MIN,
                      [&](const std::string& t) { commit_time(ctx, i, t); });
        if (clash && i < st.clash_with.size()) {
            ImGui::SameLine(0, 4);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
            ImGui::Text("%s %s", icons::kWarning, tr(K::sites_clash_short));
            ImGui::PopStyleColor();
            row_id(tid, sizeof tid, i, "clash");
            register_cell(tid);
            if (ImGui::IsItemHovered()) {
                std::string names;
                const Plan& p = ctx.editor->plan();
                for (std::size_t k : st.clash_with[i])
                    if (k < p.sites.size()) names += "\n- " + site_label(p.sites[k], k) + " (" + slot_text(p.sites[k]) + ")";
                ImGui::SetTooltip("%s%s", tr(K::sites_clash_long), names.c_str());
            }
        }
    }

    ImGui::TableSetColumnIndex(cStatus);
    cell_status(ctx, i);
    ImGui::TableSetColumnIndex(cContact);
    cell_text(ctx, i, &Site::contact_name, "contact", "");
    ImGui::TableSetColumnIndex(cPhone);
    cell_text(ctx, i, &Site::contact_phone, "phone", "");

    ImGui::TableSetColumnIndex(cRoom);
    cell_text(ctx, i, &Site::room, "room", "");
    ImGui::TableSetColumnIndex(cAddress);
    cell_text(ctx, i, &Site::address, "address", "");
    ImGui::TableSetColumnIndex(cChair);
    cell_text(ctx, i, &Site::chair, "chair", "");

    // Participants: the site's own text, else its group's (muted); edited in the per-site view.
    ImGui::TableSetColumnIndex(cParticipants);
    {
        const Site& cur = ctx.editor->plan().sites[i];
        std::string text = cur.participants;
        bool from_group = false;
        if (text.empty())
            for (const SiteGroup& g : ctx.editor->plan().site_groups)
                if (g.id == cur.group_id && !g.participants.empty()) { text = g.participants; from_group = true; }
        const float w = ImGui::GetContentRegionAvail().x;
        std::string shown = text.empty() ? std::string(tr(K::sites_participants_none))
                                         : (from_group ? std::string(tr(K::sites_participants_group_prefix)) : "") + text;
        shown = first_line_elided(shown, w - 4);
        if (from_group || text.empty())
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::AlignTextToFramePadding();
        if (ImGui::Selectable((shown + "##part." + id).c_str(), false))
            select_site(ctx, id, false);
        if (from_group || text.empty()) ImGui::PopStyleColor();
        row_id(tid, sizeof tid, i, "participants");
        register_cell(tid);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(420);
            ImGui::TextUnformatted(text.empty() ? tr(K::sites_participants_none) : text.c_str());
            ImGui::Dummy(ImVec2(0, 4));
            ImGui::TextDisabled("%s", tr(K::sites_tip_participants_edit));
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }

    ImGui::TableSetColumnIndex(cNotes);
    cell_text(ctx, i, &Site::notes, "notes", "");

    ImGui::TableSetColumnIndex(cActions);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button((std::string(icons::kCross) + "##del." + id).c_str(), ImVec2(-FLT_MIN, 0))) delete_site(ctx, i);
    ImGui::PopStyleColor();
    row_id(tid, sizeof tid, i, "delete");
    register_cell(tid);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::sites_tip_delete));
}

void draw_table(UiContext& ctx, float width, float height) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(4, 3));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, 4));
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    if (!ImGui::BeginTable("##sites.table", cCount, flags, ImVec2(width, height))) {
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(3);
        return;
    }
    widgets::register_rect("sites.table", ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y, width, height);
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableSetupColumn(tr(K::sites_col_stt), ImGuiTableColumnFlags_NoHide, 104);
    ImGui::TableSetupColumn(tr(K::sites_col_name), ImGuiTableColumnFlags_NoHide, 240);
    ImGui::TableSetupColumn(tr(K::sites_col_kind), 0, 120);
    ImGui::TableSetupColumn(tr(K::sites_col_invited), 0, 112);
    ImGui::TableSetupColumn(tr(K::sites_col_headcount), 0, 118);
    ImGui::TableSetupColumn(tr(K::sites_col_test_date), 0, 104);
    ImGui::TableSetupColumn(tr(K::sites_col_test_time), 0, 190);
    ImGui::TableSetupColumn(tr(K::sites_col_status), 0, 148);
    ImGui::TableSetupColumn(tr(K::sites_col_contact), 0, 160);
    ImGui::TableSetupColumn(tr(K::sites_col_phone), 0, 120);
    ImGui::TableSetupColumn(tr(K::sites_col_room), 0, 130);
    ImGui::TableSetupColumn(tr(K::sites_col_address), 0, 220);
    ImGui::TableSetupColumn(tr(K::sites_col_chair), 0, 200);
    ImGui::TableSetupColumn(tr(K::sites_col_participants), 0, 210);
    ImGui::TableSetupColumn(tr(K::sites_col_notes), 0, 240);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_NoResize, 34);
    ImGui::TableHeadersRow();

    // Row height as measured last frame (cell contents can make a row a few
    // pixels taller than frame + padding); the clipper and scrolling rely on it.
    const float row_h = st.row_h > 0 ? st.row_h : ImGui::GetFrameHeight() + 2 * 3.0f;
    if (st.scroll_to_selected) {
        const int sel = index_of(plan, ctx.selection.site_id);
        if (sel >= 0) {
            const float y = sel * row_h;
            const float view = height - 2 * row_h;
            if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + view)
                ImGui::SetScrollY(std::max(0.0f, y - view * 0.5f));
        }
        st.scroll_to_selected = false;
    }
    ImGuiListClipper clipper;   // only visible rows are drawn (300 sites stay smooth)
    clipper.Begin(static_cast<int>(ctx.editor->plan().sites.size()), row_h);
    float prev_y = 0;
    int prev_r = -2;
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            if (static_cast<std::size_t>(r) >= ctx.editor->plan().sites.size()) break;   // a row was deleted
            ImGui::TableNextRow(0, row_h);
            ImGui::TableSetColumnIndex(cStt);
            const float y = ImGui::GetCursorScreenPos().y;
            if (prev_r == r - 1 && y - prev_y > 4 && std::abs(y - prev_y - st.row_h) > 0.25f) {
                st.row_h = y - prev_y;
                platform::request_redraw(2);
            }
            prev_y = y;
            prev_r = r;
            ImGui::PushID(r);
            draw_row(ctx, static_cast<std::size_t>(r));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] toolbar and totals
//-----------------------------------------------------------------------------
namespace {

bool toolbar_button(const char* test_id, const std::string& label, const char* tip) {
    const bool pressed = ImGui::Button((label + "##" + test_id).c_str());
    widgets::register_last_item(test_id);
    if (ImGui::IsItemHovered() && tip) ImGui::SetTooltip("%s", tip);
    return pressed;
}

void draw_toolbar(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::sites_heading));
    ImGui::PopFont();

    if (toolbar_button("sites.add", std::string("+ ") + tr(K::sites_add), tr(K::sites_tip_add))) add_one_site(ctx);
    ImGui::SameLine();
    if (toolbar_button("sites.paste", tr(K::sites_paste), tr(K::sites_tip_paste))) open_paste_dialog(ctx);
    ImGui::SameLine();
    if (plan.sites.empty()) ImGui::BeginDisabled();
    if (toolbar_button("sites.schedule", tr(K::sites_schedule), tr(K::sites_tip_schedule))) open_schedule_dialog(ctx);
    ImGui::SameLine();
    if (toolbar_button("sites.print-list", tr(K::sites_print_list), tr(K::sites_tip_print_list)))
        platform::print_html(html_sites(plan));
    if (plan.sites.empty()) ImGui::EndDisabled();

    // Tabs as toggle buttons on the right: the list / the groups / asking the sites / the call sheet.
    constexpr int kTabs = 4;
    const std::string labels[kTabs] = {tr(K::sites_tab_list),
                                       fmt(K::sites_tab_groups, static_cast<int>(plan.site_groups.size())),
                                       tr(K::replies_tab), tr(K::sites_tab_calls)};
    const char* const ids[kTabs] = {"sites.tab.list", "sites.tab.groups", "sites.tab.replies", "sites.tab.calls"};
    const char* const tips[kTabs] = {tr(K::sites_tip_tab_list), tr(K::sites_tip_tab_groups), tr(K::replies_tip_tab),
                                     tr(K::sites_tip_tab_calls)};
    const ImGuiStyle& style = ImGui::GetStyle();
    float w_all = 8;
    for (const std::string& l : labels) w_all += ImGui::CalcTextSize(l.c_str()).x + style.FramePadding.x * 2 + 4;
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    const float x = right - w_all;
    if (x > ImGui::GetCursorPosX() + 12) ImGui::SetCursorPosX(x);
    for (int t = 0; t < kTabs; ++t) {
        const bool on = st.tab == t;
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        if (ImGui::Button((labels[t] + "##" + ids[t]).c_str())) st.tab = t;
        if (on) ImGui::PopStyleColor(3);
        widgets::register_last_item(ids[t]);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tips[t]);
        if (t < kTabs - 1) ImGui::SameLine(0, 4);
    }
}

void draw_totals(UiContext& ctx) {
    State& st = state();
    const Plan& plan = ctx.editor->plan();
    const SiteTotals& t = st.totals;
    std::string line = fmt(K::sites_totals, t.sites, t.central, t.remote, format_number_vi(t.attendees).c_str());
    if (plan.event.headcount_limit > 0) line += "  \xC2\xB7  " + fmt(K::sites_totals_limit, plan.event.headcount_limit);
    line += "  \xC2\xB7  " + fmt(K::sites_totals_tests, t.tested_ok, t.with_problem, t.not_tested, t.without_slot);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    widgets::register_last_item("sites.totals");

    // Things to fix, in words (never colour alone).
    std::vector<std::string> warns;
    if (t.central == 0) warns.push_back(tr(K::sites_warn_no_central));
    if (t.central > 1) warns.push_back(fmt(K::sites_warn_many_central, t.central));
    if (t.over_limit > 0) warns.push_back(fmt(K::sites_warn_over_own, t.over_limit));
    if (st.clash_pairs > 0) warns.push_back(fmt(K::sites_warn_clash, st.clash_pairs));
    if (t.with_problem > 0) warns.push_back(fmt(K::sites_warn_failed, t.with_problem));
    if (st.dup_count > 0) warns.push_back(fmt(K::sites_dup_banner, st.dup_count));
    if (warns.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
    std::string all;
    for (const std::string& w : warns) all += (all.empty() ? std::string() : "   ") + icons::kWarning + " " + w;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(all.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    widgets::register_last_item("sites.warnings");
    if (st.dup_renamable > 0) {
        if (toolbar_button("sites.dup.rename", fmt(K::sites_dup_rename, st.dup_renamable), tr(K::sites_dup_rename_tip))) {
            const int n = rename_duplicates(*ctx.editor);
            if (ctx.toast && n > 0) ctx.toast(fmt(K::sites_toast_renamed, n));
        }
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] keyboard
//-----------------------------------------------------------------------------
namespace {
// Outside text fields: ↑/↓/Home/End choose the site, Enter edits its name,
// Delete removes it (undoable), Insert adds one.  Tab/Shift+Tab move between
// the cells of the table like in a spreadsheet (ImGui's own tabbing).
void handle_keys(UiContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.KeyCtrl || io.KeySuper) return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const Plan& plan = ctx.editor->plan();
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k)); };
    if (io.KeyAlt) {   // Alt+↑/↓: move the chosen site one row
        const int sel = index_of(plan, ctx.selection.site_id);
        const int d = pressed(ImGuiKey_UpArrow) ? -1 : pressed(ImGuiKey_DownArrow) ? 1 : 0;
        if (sel >= 0 && d != 0) {
            if (can_move_site(plan, static_cast<std::size_t>(sel), d)) move_site_by(ctx, static_cast<std::size_t>(sel), d);
            else if (ctx.toast) ctx.toast(tr(K::sites_toast_central_first));
        }
        return;
    }
    if (pressed(ImGuiKey_Insert)) { add_one_site(ctx); return; }
    if (plan.sites.empty()) return;
    int sel = index_of(plan, ctx.selection.site_id);
    const int n = static_cast<int>(plan.sites.size());
    int to = sel;
    if (pressed(ImGuiKey_DownArrow)) to = sel < 0 ? 0 : std::min(n - 1, sel + 1);
    if (pressed(ImGuiKey_UpArrow)) to = sel < 0 ? 0 : std::max(0, sel - 1);
    if (pressed(ImGuiKey_Home)) to = 0;
    if (pressed(ImGuiKey_End)) to = n - 1;
    if (to != sel && to >= 0) { select_site(ctx, plan.sites[static_cast<std::size_t>(to)].id, true); return; }
    if (sel < 0) return;
    if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) {
        state().focus_site_id = ctx.selection.site_id;
        state().scroll_to_selected = true;
    } else if (pressed(ImGuiKey_Delete)) {
        delete_site(ctx, static_cast<std::size_t>(sel));
    }
}
}  // namespace

}  // namespace sites

//-----------------------------------------------------------------------------
// [SECTION] panel and badge
//-----------------------------------------------------------------------------
void draw_sites_panel(UiContext& ctx) {
    using namespace sites;
    State& st = state();
    refresh(ctx);
    const Plan& plan = ctx.editor->plan();
    draw_toolbar(ctx);
    ImGui::Dummy(ImVec2(0, 2));

    // A block pasted while no field is being edited (Ctrl+V on the list): the paste dialog takes it.
    if (st.tab == 0 && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        std::string pasted;
        if (platform::take_paste(&pasted)) {
            open_paste_dialog(ctx);
            st.paste_text = pasted;
        }
    }
    if (st.tab == 1) {
        draw_groups(ctx);
        draw_dialogs(ctx);
        return;
    }
    if (st.tab == 2) {
        draw_replies_view(ctx);
        draw_dialogs(ctx);
        return;
    }
    if (st.tab == 3) {
        draw_call_sheet(ctx);
        draw_dialogs(ctx);
        return;
    }
    if (plan.sites.empty()) {
        draw_empty_state(tr(K::sites_empty_heading), tr(K::sites_empty_body), tr(K::sites_empty_hint));
        const float avail = ImGui::GetContentRegionAvail().x;
        const float w = avail < 560.0f ? avail : 560.0f;
        ImGui::Dummy(ImVec2(0, 6));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
        if (toolbar_button("sites.empty.add", std::string("+ ") + tr(K::sites_add), tr(K::sites_tip_add))) add_one_site(ctx);
        ImGui::SameLine();
        if (toolbar_button("sites.empty.paste", tr(K::sites_paste), tr(K::sites_tip_paste))) open_paste_dialog(ctx);
        handle_keys(ctx);
        draw_dialogs(ctx);
        return;
    }

    draw_totals(ctx);
    ImGui::Dummy(ImVec2(0, 2));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const int sel = index_of(plan, ctx.selection.site_id);
    const float detail_w = sel >= 0 ? (avail.x > 1400 ? 420.0f : avail.x > 1000 ? 360.0f : avail.x * 0.4f) : 0.0f;
    const float table_w = sel >= 0 ? avail.x - detail_w - 12 : avail.x;
    draw_table(ctx, table_w, avail.y);
    if (sel >= 0 && sel < static_cast<int>(ctx.editor->plan().sites.size())) {
        ImGui::SameLine(0, 12);
        draw_detail(ctx, static_cast<std::size_t>(sel), detail_w, avail.y);
    }
    handle_keys(ctx);
    draw_dialogs(ctx);
}

int sites_badge(const UiContext& ctx) {
    sites::refresh_totals(ctx);
    return sites::state().totals.with_problem;
}

}  // namespace dc::ui
