// panel_tasks.cpp — the "Công việc" view: Tiến độ công việc và phân công thực
// hiện.  A spreadsheet-like table (STT, done tick, content, deadline, lead,
// co-operating units, status, note) edited in place, with a summary (progress
// and counts by status, which double as status filters), a toolbar (add,
// insert, delete, move, paste from Excel), unit filter and "my unit" view.
//
// Rows are one line high so the table draws only the visible rows
// (ImGuiListClipper): 5,000 tasks scroll as fast as 7.  Long texts show whole
// in a tooltip and while editing.
//
// Keyboard (listed under the table too):
//   Tab / Shift+Tab     next / previous cell (ImGui's tab stops)
//   ↑ / ↓               the same column one row up / down (while editing), or
//                       move the selected row when not editing
//   Enter / F2          edit the selected row's content; Enter again ends editing
//   Space / Ctrl+Enter  tick / untick the selected row
//   Alt+↑ / Alt+↓       move the selected task up / down (document order only)
//   Insert              new task below the selected one
//   Delete              delete the selected task (Ctrl+Z brings it back)
//   Ctrl+V              paste rows copied from Excel / Word / Google Sheets
//
// Test ids (window.dcTest.widgetRect): tasks.row.<STT>.{stt,done,content,
// deadline,lead,coop,status,note} (STT = position in the plan, from 1), and
// tasks.row.<STT>.status.<done|later|due-soon|due-today|overdue> naming the
// status drawn, tasks.chip.<status>.<count>,
// tasks.add, tasks.insert, tasks.delete, tasks.up, tasks.down, tasks.paste,
// tasks.chip.<status>, tasks.filter.unit, tasks.filter.unit.<n>, tasks.myunit,
// tasks.myunit.change, tasks.myunit.pick.<n>, tasks.search, tasks.clear-filter,
// tasks.today, tasks.today.change, tasks.today.input, tasks.today.set,
// tasks.today.reset, tasks.progress, tasks.empty.add, tasks.empty.paste.
//
// [SECTION] state
// [SECTION] helpers
// [SECTION] header: title and today
// [SECTION] summary: progress and status chips
// [SECTION] toolbar and filters
// [SECTION] table
// [SECTION] keyboard
// [SECTION] panel
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/datetime.h"
#include "core/tasks_ops.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/shell/autosave.h"   // prefs()
#include "ui/shell/list_index.h"
#include "ui/tasks/panel_tasks.h"
#include "ui/tasks/task_words.h"
#include "ui/shell/keyfocus.h"
#include "ui/shell/panels.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
using namespace tasks_ui;

//-----------------------------------------------------------------------------
// [SECTION] state
//-----------------------------------------------------------------------------
enum Col { kColStt, kColDone, kColContent, kColDeadline, kColLead, kColCoop, kColStatus, kColNote, kColCount };

struct State {
    TaskFilter filter;
    TaskSort sort = TaskSort::Stt;
    bool descending = false;
    // The filtered, sorted view, rebuilt when the plan, today or the filter change.
    std::vector<std::size_t> view;
    std::uint64_t view_rev = ~0ull;
    Date view_day;
    std::string view_key;
    // Selection: the task id (survives sorting); and the cell being edited.
    std::string active_id;
    int active_col = -1;
    // Where keyboard focus should go next frame (a cell of a task).
    std::string focus_id;
    int focus_col = -1;
    bool scroll_to_selected = false;
    // A deadline that could not be read: its text stays in the cell, in red, until fixed.
    std::string bad_deadline_id, bad_deadline_text, bad_deadline_error;
    // Text typed into the deadline / co-operating cells, committed when the cell is left.
    std::string buf_id;
    int buf_col = -1;
    std::string buf;
    // "Đơn vị của tôi".
    std::string my_unit;
    bool my_unit_loaded = false;
    std::string my_unit_input;
    std::string today_input;
    float row_h = 30.0f;
};
State S;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------
bool en() { return language() == Lang::En; }

const char* status_key(TaskStatus s) {
    switch (s) {
    case TaskStatus::Done: return "done";
    case TaskStatus::Later: return "later";
    case TaskStatus::DueSoon: return "due-soon";
    case TaskStatus::DueToday: return "due-today";
    case TaskStatus::Overdue: return "overdue";
    }
    return "?";
}

std::string join_units(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& u : v) {
        if (!s.empty()) s += "; ";
        s += u;
    }
    return s;
}

std::vector<std::string> split_units(const std::string& s) {
    // Units are separated by ";" or line breaks (commas belong to names such
    // as "Các phòng GDĐT, Trung tâm GDNN-GDTX").
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        std::size_t a = cur.find_first_not_of(" \t"), b = cur.find_last_not_of(" \t");
        if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
        cur.clear();
    };
    for (char c : s) {
        if (c == ';' || c == '\n' || c == '\r') flush();
        else cur += c;
    }
    flush();
    return out;
}

long index_of(const Plan& plan, const std::string& id) { return index_by_id(plan.tasks, id); }

ImVec2 btn_size(const char* label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 t = ImGui::CalcTextSize(label, nullptr, true);
    return ImVec2(t.x + st.FramePadding.x * 2.0f + 4.0f, ImGui::GetFrameHeight());
}

void tooltip_wrapped(const std::string& s) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void load_my_unit() {
    if (S.my_unit_loaded) return;
    S.my_unit_loaded = true;
    S.my_unit = prefs().my_unit;
}

bool reorder_allowed() {
    return S.sort == TaskSort::Stt && !S.descending && S.filter.statuses == 0 && S.filter.unit.empty() &&
           S.filter.text.empty();
}

bool filtered() { return S.filter.statuses != 0 || !S.filter.unit.empty() || !S.filter.text.empty(); }

void clear_filters() {
    S.filter = TaskFilter{};
    S.view_rev = ~0ull;
}

void select_task(const Plan& plan, long i) {
    if (i < 0 || i >= static_cast<long>(plan.tasks.size())) return;
    S.active_id = plan.tasks[static_cast<std::size_t>(i)].id;
}

const std::vector<std::size_t>& view(const UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    std::string key = std::to_string(S.filter.statuses) + '\x1f' + S.filter.unit + '\x1f' + S.filter.text + '\x1f' +
                      std::to_string(static_cast<int>(S.sort)) + (S.descending ? "d" : "a");
    if (S.view_rev != ctx.editor->revision() || S.view_day != ctx.today || S.view_key != key) {
        S.view = task_view(plan, ctx.today, S.filter, S.sort);
        if (S.descending) std::reverse(S.view.begin(), S.view.end());
        S.view_rev = ctx.editor->revision();
        S.view_day = ctx.today;
        S.view_key = std::move(key);
    }
    return S.view;
}

// Edits (each one undo step; typing into one cell merges into one step).
void do_add(UiContext& ctx, std::size_t at) {
    Editor& ed = *ctx.editor;
    clear_filters();   // the new task must be in sight
    const std::size_t i = add_task(ed, std::min(at, ed.plan().tasks.size()));
    select_task(ed.plan(), static_cast<long>(i));
    S.focus_id = S.active_id;
    S.focus_col = kColContent;
    S.scroll_to_selected = true;
}

void do_delete(UiContext& ctx, long i) {
    Editor& ed = *ctx.editor;
    if (i < 0 || i >= static_cast<long>(ed.plan().tasks.size())) return;
    const std::string content = ed.plan().tasks[static_cast<std::size_t>(i)].content;
    ed.erase_item<Task>(static_cast<std::size_t>(i), fmt(K::tasks_undo_delete, static_cast<int>(i + 1)));
    const long n = static_cast<long>(ed.plan().tasks.size());
    if (n > 0) select_task(ed.plan(), std::min(i, n - 1));
    else S.active_id.clear();
    if (ctx.toast) ctx.toast(fmt(K::tasks_toast_deleted, static_cast<int>(i + 1), platform::is_mac() ? "Cmd" : "Ctrl"));
    (void)content;
}

void do_move(UiContext& ctx, long i, int delta) {
    Editor& ed = *ctx.editor;
    const long n = static_cast<long>(ed.plan().tasks.size());
    const long j = i + delta;
    if (i < 0 || j < 0 || j >= n) return;
    if (!reorder_allowed()) {
        if (ctx.toast) ctx.toast(tr(K::tasks_toast_reorder_sorted));
        return;
    }
    ed.move_item<Task>(static_cast<std::size_t>(i), static_cast<std::size_t>(j),
                 fmt(K::tasks_undo_move, static_cast<int>(i + 1), static_cast<int>(j + 1)));
    S.scroll_to_selected = true;
}

void toggle_done(UiContext& ctx, long i) {
    Editor& ed = *ctx.editor;
    if (i < 0 || i >= static_cast<long>(ed.plan().tasks.size())) return;
    set_task_done(ed, static_cast<std::size_t>(i), !ed.plan().tasks[static_cast<std::size_t>(i)].done, ctx.today);
}

//-----------------------------------------------------------------------------
// [SECTION] header: title and today
//-----------------------------------------------------------------------------
void draw_today_control(UiContext& ctx, float right_x, float y) {
    const Date ov = today_override();
    const std::string label = ov.complete() ? fmt(K::tasks_today_set_label, format_date(ctx.today).c_str())
                                            : fmt(K::tasks_today_label, format_date(ctx.today).c_str());
    const char* change = tr(K::tasks_today_change);
    const ImVec2 bs = btn_size(change);
    const float tw = ImGui::CalcTextSize(label.c_str()).x;
    ImGui::SetCursorPos(ImVec2(right_x - bs.x - 8 - tw, y + (bs.y - ImGui::GetFontSize()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ov.complete() ? colors::kWarn : colors::kTextMuted));
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopStyleColor();
    widgets::register_last_item("tasks.today");
    if (ImGui::IsItemHovered()) tooltip_wrapped(tr(K::tasks_today_tip));
    ImGui::SetCursorPos(ImVec2(right_x - bs.x, y));
    if (ImGui::Button((std::string(change) + "##tasks.today.change").c_str(), bs)) {
        S.today_input = format_date(ctx.today);
        ImGui::OpenPopup("##tasks.today.popup");
    }
    widgets::register_last_item("tasks.today.change");
    if (ImGui::IsItemHovered()) tooltip_wrapped(tr(K::tasks_today_tip));

    if (ImGui::BeginPopup("##tasks.today.popup")) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(tr(K::tasks_today_explain));
        ImGui::PopTextWrapPos();
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        bool enter = false;
        ImGui::SetNextItemWidth(180);
        if (ImGui::InputTextWithHint("##tasks.today.input", tr(K::tasks_today_hint), &S.today_input,
                                     ImGuiInputTextFlags_EnterReturnsTrue))
            enter = true;
        widgets::register_last_item("tasks.today.input");
        if (ImGui::IsItemActive()) widgets::set_active_widget("tasks.today.input");
        const auto parsed = parse_date(S.today_input);
        const bool ok = parsed && valid_date(*parsed);
        ImGui::SameLine();
        if (!ok) ImGui::BeginDisabled();
        if (ImGui::Button((std::string(tr(K::tasks_today_apply)) + "##tasks.today.set").c_str()) || (enter && ok)) {
            set_today_override(*parsed);
            ImGui::CloseCurrentPopup();
        }
        if (!ok) ImGui::EndDisabled();
        widgets::register_last_item("tasks.today.set");
        if (!S.today_input.empty() && !ok) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(status_color(TaskStatus::Overdue)));
            ImGui::TextUnformatted(fmt(K::tasks_today_bad, S.today_input.c_str()).c_str());
            ImGui::PopStyleColor();
        }
        const std::string reset = fmt(K::tasks_today_reset, format_date(platform::today()).c_str());
        if (ImGui::Button((reset + "##tasks.today.reset").c_str())) {
            set_today_override(Date{});
            ImGui::CloseCurrentPopup();
        }
        widgets::register_last_item("tasks.today.reset");
        ImGui::EndPopup();
    }
}

//-----------------------------------------------------------------------------
// [SECTION] summary: progress and status chips
//-----------------------------------------------------------------------------
void draw_summary(UiContext& ctx) {
    const TaskCounts& c = counts(ctx);
    // Progress bar: done / total.
    const float bar_w = 220.0f, bar_h = ImGui::GetFrameHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float frac = c.total > 0 ? static_cast<float>(c.done) / static_cast<float>(c.total) : 0.0f;
    dl->AddRectFilled(p, ImVec2(p.x + bar_w, p.y + bar_h), IM_COL32(232, 236, 241, 255), 5.0f);
    if (frac > 0) dl->AddRectFilled(p, ImVec2(p.x + bar_w * frac, p.y + bar_h), IM_COL32(120, 190, 140, 255), 5.0f);
    dl->AddRect(p, ImVec2(p.x + bar_w, p.y + bar_h), colors::kBorder, 5.0f);
    const std::string prog = fmt(K::tasks_progress, c.done, c.total);
    const ImVec2 ts = ImGui::CalcTextSize(prog.c_str());
    dl->AddText(ImVec2(p.x + (bar_w - ts.x) * 0.5f, p.y + (bar_h - ts.y) * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                prog.c_str());
    ImGui::Dummy(ImVec2(bar_w, bar_h));
    widgets::register_last_item("tasks.progress");
    if (ImGui::IsItemHovered()) tooltip_wrapped(fmt(K::tasks_progress_tip, c.done, c.total, static_cast<int>(frac * 100 + 0.5f)));

    // Chips: one per status with its count; clicking shows only that status
    // (several may be on); colour + words, never colour alone.
    struct Chip { TaskStatus s; int n; const char* id; };
    const Chip chips[] = {
        {TaskStatus::Overdue, c.overdue, "tasks.chip.overdue"},
        {TaskStatus::DueToday, c.due_today, "tasks.chip.due-today"},
        {TaskStatus::DueSoon, c.due_soon, "tasks.chip.due-soon"},
        {TaskStatus::Later, c.later, "tasks.chip.later"},
        {TaskStatus::Done, c.done, "tasks.chip.done"},
    };
    for (const Chip& ch : chips) {
        const std::string label = std::string(status_label(ch.s)) + ": " + std::to_string(ch.n);
        const bool on = (S.filter.statuses & status_bit(ch.s)) != 0;
        ImGui::SameLine(0, 10);
        const ImVec2 sz(ImGui::CalcTextSize(label.c_str()).x + 34, bar_h);
        const ImVec2 a = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton(ch.id, sz)) {
            S.filter.statuses ^= status_bit(ch.s);
        }
        widgets::register_last_item(ch.id);
        widgets::register_last_item((std::string(ch.id) + "." + std::to_string(ch.n)).c_str());   // the count, for tests
        const bool hov = ImGui::IsItemHovered();
        const ImVec2 b(a.x + sz.x, a.y + sz.y);
        dl->AddRectFilled(a, b, on ? status_color(ch.s) : (hov ? status_bg(ch.s) : IM_COL32(255, 255, 255, 255)), sz.y * 0.5f);
        dl->AddRect(a, b, status_color(ch.s), sz.y * 0.5f, 0, on ? 2.0f : 1.0f);
        dl->AddCircleFilled(ImVec2(a.x + 14, a.y + sz.y * 0.5f), 4.5f, on ? IM_COL32_WHITE : status_color(ch.s));
        const ImVec2 lts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(a.x + 24, a.y + (sz.y - lts.y) * 0.5f), on ? IM_COL32_WHITE : status_color(ch.s), label.c_str());
        if (hov) tooltip_wrapped(on ? tr(K::tasks_chip_tip_on) : fmt(K::tasks_chip_tip, status_label(ch.s)));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] toolbar and filters
//-----------------------------------------------------------------------------
bool tool_button(const char* label, const char* id, bool enabled, const std::string& tip) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button((std::string(label) + "##" + id).c_str(), btn_size(label));
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(id);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && !tip.empty()) tooltip_wrapped(tip);
    return pressed;
}

void draw_my_unit_popup(UiContext& ctx) {
    if (!ImGui::BeginPopup("##tasks.myunit.popup")) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.0f);
    ImGui::TextUnformatted(tr(K::tasks_myunit_explain));
    ImGui::PopTextWrapPos();
    const std::vector<std::string> units = task_units(ctx.editor->plan());
    int n = 0;
    for (const std::string& u : units) {
        const std::string id = "tasks.myunit.pick." + std::to_string(n++);
        if (ImGui::Selectable((u + "##" + id).c_str(), u == S.my_unit)) {
            S.my_unit = u;
            change_prefs([&u](Preferences& p) { p.my_unit = u; });
            S.filter.unit = u;
            ImGui::CloseCurrentPopup();
        }
        widgets::register_last_item(id.c_str());
    }
    ImGui::Separator();
    ImGui::TextUnformatted(tr(K::tasks_myunit_other));
    ImGui::SetNextItemWidth(220);
    const bool enter = ImGui::InputTextWithHint("##tasks.myunit.input", tr(K::tasks_myunit_hint), &S.my_unit_input,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    widgets::register_last_item("tasks.myunit.input");
    if (ImGui::IsItemActive()) widgets::set_active_widget("tasks.myunit.input");
    ImGui::SameLine();
    const bool ok = !S.my_unit_input.empty();
    if (!ok) ImGui::BeginDisabled();
    if ((ImGui::Button((std::string(tr(K::tasks_myunit_apply)) + "##tasks.myunit.apply").c_str()) || enter) && ok) {
        S.my_unit = S.my_unit_input;
        change_prefs([](Preferences& p) { p.my_unit = S.my_unit; });
        S.filter.unit = S.my_unit;
        ImGui::CloseCurrentPopup();
    }
    if (!ok) ImGui::EndDisabled();
    widgets::register_last_item("tasks.myunit.apply");
    ImGui::EndPopup();
}

void draw_toolbar(UiContext& ctx, long sel) {
    Editor& ed = *ctx.editor;
    const Plan& plan = ed.plan();
    const long n = static_cast<long>(plan.tasks.size());
    const bool has_sel = sel >= 0;
    const bool can_move = has_sel && reorder_allowed();
    const std::string move_tip = reorder_allowed() ? std::string() : std::string(tr(K::tasks_tip_reorder_sorted));

    const std::string add_label = std::string("+ ") + tr(K::tasks_add);
    if (tool_button(add_label.c_str(), "tasks.add", true, tr(K::tasks_tip_add)))
        do_add(ctx, has_sel ? static_cast<std::size_t>(sel + 1) : plan.tasks.size());
    ImGui::SameLine(0, 6);
    if (tool_button(tr(K::tasks_insert), "tasks.insert", has_sel, tr(K::tasks_tip_insert)))
        do_add(ctx, static_cast<std::size_t>(sel));
    ImGui::SameLine(0, 6);
    if (tool_button(tr(K::tasks_delete), "tasks.delete", has_sel, tr(K::tasks_tip_delete))) do_delete(ctx, sel);
    ImGui::SameLine(0, 6);
    const char* up_arrow = "\xE2\x86\x91";     // ↑ (Noto Sans Math, merged into the body font)
    const char* down_arrow = "\xE2\x86\x93";   // ↓
    if (tool_button(up_arrow, "tasks.up", can_move && sel > 0, move_tip.empty() ? tr(K::tasks_tip_up) : move_tip))
        do_move(ctx, sel, -1);
    ImGui::SameLine(0, 4);
    if (tool_button(down_arrow, "tasks.down", can_move && sel + 1 < n, move_tip.empty() ? tr(K::tasks_tip_down) : move_tip))
        do_move(ctx, sel, +1);
    ImGui::SameLine(0, 16);
    if (tool_button(tr(K::tasks_paste), "tasks.paste", true, tr(K::tasks_tip_paste))) {
        open_paste_dialog(std::string(), has_sel ? static_cast<std::size_t>(sel + 1) : plan.tasks.size());
        platform::read_clipboard();
    }

    // Right side: unit filter, my unit, search.
    load_my_unit();
    const float search_w = 170.0f;
    const std::string all_units = tr(K::tasks_unit_all);
    const std::string unit_preview = S.filter.unit.empty() ? all_units : S.filter.unit;
    const float combo_w = 190.0f;
    const std::string my_label = S.my_unit.empty() ? std::string(tr(K::tasks_myunit)) : fmt(K::tasks_myunit_named, S.my_unit.c_str());
    const float my_w = std::min(ImGui::CalcTextSize(my_label.c_str()).x + 20.0f, 230.0f);
    const float pen_w = btn_size(icons::kPencil).x;
    const float need = combo_w + my_w + pen_w + search_w + 3 * 6 + 12;
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine(0, 16);
    if (ImGui::GetCursorPosX() + need > right) ImGui::NewLine();   // narrow window: filters on their own line
    else ImGui::SetCursorPosX(right - need + 12);

    ImGui::SetNextItemWidth(combo_w);
    if (ImGui::BeginCombo("##tasks.filter.unit", unit_preview.c_str())) {
        if (ImGui::Selectable((all_units + "##tasks.filter.unit.all").c_str(), S.filter.unit.empty())) S.filter.unit.clear();
        widgets::register_last_item("tasks.filter.unit.all");
        int k = 0;
        for (const std::string& u : task_units(plan)) {
            const std::string id = "tasks.filter.unit." + std::to_string(k++);
            if (ImGui::Selectable((u + "##" + id).c_str(), S.filter.unit == u)) S.filter.unit = u;
            widgets::register_last_item(id.c_str());
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item("tasks.filter.unit");
    if (ImGui::IsItemHovered()) tooltip_wrapped(tr(K::tasks_tip_unit));

    ImGui::SameLine(0, 6);
    const bool my_on = !S.my_unit.empty() && S.filter.unit == S.my_unit;
    if (my_on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (ImGui::Button((my_label + "##tasks.myunit").c_str(), ImVec2(my_w, 0))) {
        if (S.my_unit.empty()) {
            S.my_unit_input.clear();
            ImGui::OpenPopup("##tasks.myunit.popup");
        } else {
            S.filter.unit = my_on ? std::string() : S.my_unit;
        }
    }
    ImGui::PopStyleVar();
    if (my_on) ImGui::PopStyleColor(3);
    widgets::register_last_item("tasks.myunit");
    if (ImGui::IsItemHovered()) tooltip_wrapped(S.my_unit.empty() ? tr(K::tasks_tip_myunit_unset) : fmt(K::tasks_tip_myunit, S.my_unit.c_str()));
    ImGui::SameLine(0, 2);
    if (ImGui::Button((std::string(icons::kPencil) + "##tasks.myunit.change").c_str(), ImVec2(pen_w, 0))) {
        S.my_unit_input = S.my_unit;
        ImGui::OpenPopup("##tasks.myunit.popup");
    }
    widgets::register_last_item("tasks.myunit.change");
    if (ImGui::IsItemHovered()) tooltip_wrapped(tr(K::tasks_tip_myunit_change));
    draw_my_unit_popup(ctx);

    ImGui::SameLine(0, 6);
    text_field("tasks.search", "##tasks.search", &S.filter.text, tr(K::tasks_search_hint), search_w);
}

//-----------------------------------------------------------------------------
// [SECTION] table
//-----------------------------------------------------------------------------
// What happened to a cell this frame (read right after the widget: a tooltip
// would replace ImGui's "last item").
struct Cell {
    bool changed = false, activated = false, active = false, deactivated = false, hovered = false;
    ImVec2 min, max;
};

// A frameless single-line text cell.  Registers "tasks.row.<stt>.<name>" and
// keeps the selection on this row.
Cell text_cell(const Plan& plan, std::size_t i, int col, const char* name, std::string* value, const char* hint,
               ImGuiInputTextFlags flags = 0) {
    const Task& t = plan.tasks[i];
    if (S.focus_id == t.id && S.focus_col == col) {
        ImGui::SetKeyboardFocusHere();
        S.focus_id.clear();
        S.focus_col = -1;
    }
    ImGui::SetNextItemWidth(-1);
    const std::string id = "##" + std::string(name);
    Cell c;
    c.changed = ImGui::InputTextWithHint(id.c_str(), hint, value, flags);
    c.activated = ImGui::IsItemActivated();
    c.active = ImGui::IsItemActive();
    c.deactivated = ImGui::IsItemDeactivated();
    c.hovered = ImGui::IsItemHovered();
    c.min = ImGui::GetItemRectMin();
    c.max = ImGui::GetItemRectMax();
    const std::string tid = "tasks.row." + std::to_string(i + 1) + "." + name;
    widgets::register_last_item(tid.c_str());
    if (c.active) {
        widgets::set_active_widget(tid.c_str());
        S.active_id = t.id;
        S.active_col = col;
    }
    return c;
}

// The whole text of a cell too narrow for it.
void long_text_tip(const Cell& c, const std::string& value) {
    if (c.hovered && !c.active && !value.empty() && ImGui::CalcTextSize(value.c_str()).x > c.max.x - c.min.x - 10)
        tooltip_wrapped(value);
}

// Text cells that commit when left (deadline, co-operating): the typed text
// lives in S.buf while the cell is active.
Cell buffered_cell(const Plan& plan, std::size_t i, int col, const char* name, const std::string& model_text,
                   const char* hint, std::string* committed, bool* edited) {
    const Task& t = plan.tasks[i];
    const bool mine = S.buf_id == t.id && S.buf_col == col;
    std::string tmp = mine ? S.buf : model_text;
    Cell c = text_cell(plan, i, col, name, &tmp, hint);
    *edited = false;
    if (c.activated) {
        S.buf_id = t.id;
        S.buf_col = col;
        S.buf = model_text;
    }
    if (S.buf_id == t.id && S.buf_col == col) {
        if (!c.activated) S.buf = tmp;
        if (c.deactivated) {
            *edited = S.buf != model_text;
            *committed = S.buf;
            S.buf_id.clear();
            S.buf_col = -1;
            S.buf.clear();
        }
    }
    return c;
}

// One row of the table while it is drawn: its cells are the parts below, in
// column order.  Each cell reads the task afresh (an edit in an earlier cell
// may have replaced it).
struct Row {
    UiContext& ctx;
    Editor& ed;
    std::size_t i;
    int stt;              // the number shown, i + 1
    std::string row_id;   // "tasks.row.<stt>"
    bool selected;
    float cell_h;
    const Task& task() const { return ed.plan().tasks[i]; }
    // Grey examples in empty cells only on the selected row (on every row they would crowd the table).
    const char* hint(K k) const { return selected ? tr(k) : ""; }
};

// STT: selects the row; drag it to move the task.  The status colour is a
// bar at the cell's left.
void stt_cell(Row& r, const TaskState& st) {
    const Task& t = r.task();
    ImGui::TableSetColumnIndex(kColStt);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(ImVec2(p.x - 4, p.y - 2), ImVec2(p.x - 1, p.y + r.cell_h + 2), status_color(st.status));
    const std::string lbl = std::to_string(r.stt);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.5f, 0.5f));
    if (ImGui::Selectable((lbl + "##stt").c_str(), r.selected, ImGuiSelectableFlags_None, ImVec2(0, r.cell_h)))
        S.active_id = t.id;
    ImGui::PopStyleVar();
    widgets::register_last_item((r.row_id + ".stt").c_str());
    const bool stt_hovered = ImGui::IsItemHovered() && !ImGui::IsMouseDragging(0);
    if (reorder_allowed() && ImGui::BeginDragDropSource(ImGuiDragDropFlags_None)) {
        const int from = static_cast<int>(r.i);
        ImGui::SetDragDropPayload("DC_TASK_ROW", &from, sizeof from);
        ImGui::TextUnformatted(fmt(K::tasks_drag_label, r.stt, t.content.c_str()).c_str());
        ImGui::EndDragDropSource();
    }
    if (reorder_allowed() && ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* pl = ImGui::AcceptDragDropPayload("DC_TASK_ROW")) {
            const int from = *static_cast<const int*>(pl->Data);
            if (from != static_cast<int>(r.i)) {
                r.ed.move_item<Task>(static_cast<std::size_t>(from), r.i, fmt(K::tasks_undo_move, from + 1, r.stt));
                select_task(r.ed.plan(), static_cast<long>(r.i));
            }
        }
        ImGui::EndDragDropTarget();
    }
    if (stt_hovered) tooltip_wrapped(reorder_allowed() ? tr(K::tasks_tip_stt) : tr(K::tasks_tip_stt_sorted));
}

// The done tick, centred in its column.
void done_cell(Row& r) {
    const Task& t = r.task();
    ImGui::TableSetColumnIndex(kColDone);
    bool done = t.done;
    const float box = ImGui::GetFrameHeight();
    const float cw = ImGui::GetContentRegionAvail().x;
    if (cw > box) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (cw - box) * 0.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0.55f, 0.60f, 0.66f, 1.0f));
    const bool ticked = ImGui::Checkbox("##done", &done);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    if (ticked) {
        set_task_done(r.ed, r.i, done, r.ctx.today);
        S.active_id = t.id;
    }
    widgets::register_last_item((r.row_id + ".done").c_str());
    if (ImGui::IsItemHovered()) {
        const Task& tt = r.task();
        tooltip_wrapped(tt.done ? fmt(K::tasks_tip_undone, valid_date(tt.done_on) ? format_date(tt.done_on).c_str() : "…")
                                : fmt(K::tasks_tip_done, format_date(r.ctx.today).c_str()));
    }
}

// A plain text column (content, lead unit, note): typing in it is one undo
// step per cell (merge key "task.<id>.<key>").
void text_column(Row& r, int col, const char* key, std::string Task::*field, const char* hint, K undo) {
    ImGui::TableSetColumnIndex(col);
    const Task& t = r.task();
    std::string v = t.*field;
    const Cell c = text_cell(r.ed.plan(), r.i, col, key, &v, hint);
    if (c.changed) {
        Task nt = t;
        nt.*field = v;
        r.ed.set_item(r.i, std::move(nt), fmt(undo, r.stt), "task." + t.id + "." + key);
    }
    if (c.deactivated) r.ed.break_merge();
    long_text_tip(c, v);
}

// A relative deadline shows the date it falls on at the cell's right ("→ 26/8"
// in the small font; the whole date is in the tooltip), when it fits.
void deadline_date_hint(const Row& r, const Cell& c) {
    const Task& t = r.task();
    if (!t.deadline.relative || c.active || S.bad_deadline_id == t.id) return;
    const auto d = deadline_date(t.deadline, r.ed.plan());
    if (!d) return;
    const std::string ds = std::string(icons::kArrowR) + " " + std::to_string(d->d) + "/" + std::to_string(d->m);
    const ImVec2 mx = c.max, mn = c.min;
    ImFont* sf = fonts().small;
    const float sfs = ImGui::GetFontSize() * 13.0f / 15.5f;
    const float w = sf->CalcTextSizeA(sfs, 1e9f, 0, ds.c_str()).x;
    const std::string rel = deadline_input_text(t.deadline);
    if (mn.x + ImGui::CalcTextSize(rel.c_str()).x + w + 22 < mx.x)
        ImGui::GetWindowDrawList()->AddText(sf, sfs, ImVec2(mx.x - w - 6, mn.y + (mx.y - mn.y - sfs) * 0.5f),
                                            colors::kAccent, ds.c_str());
}

// Deadline: as the document writes it; read when the cell is left.  Text
// that cannot be read stays in the cell, in red, until it is corrected.
void deadline_cell(Row& r) {
    ImGui::TableSetColumnIndex(kColDeadline);
    const Task& c2 = r.task();
    const bool bad = S.bad_deadline_id == c2.id;
    const std::string shown = bad ? S.bad_deadline_text : deadline_input_text(c2.deadline);
    if (bad) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(status_color(TaskStatus::Overdue)));
        ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(status_bg(TaskStatus::Overdue)));
    }
    std::string text;
    bool edited = false;
    const Cell c = buffered_cell(r.ed.plan(), r.i, kColDeadline, "deadline", shown, r.hint(K::tasks_hint_deadline),
                                 &text, &edited);
    if (bad) ImGui::PopStyleColor(2);
    const bool hovered = c.hovered && !c.active;
    if (edited) {
        const DeadlineParse p = parse_deadline(text);
        if (p.deadline) {
            S.bad_deadline_id.clear();
            if (!same(*p.deadline, c2.deadline)) {
                Task nt = c2;
                nt.deadline = *p.deadline;
                r.ed.set_item(r.i, std::move(nt), fmt(K::tasks_undo_deadline, r.stt));
            }
        } else {
            S.bad_deadline_id = c2.id;
            S.bad_deadline_text = text;
            S.bad_deadline_error = deadline_parse_error(p, language());
            if (r.ctx.toast) r.ctx.toast(fmt(K::tasks_toast_bad_deadline, r.stt, S.bad_deadline_error.c_str()));
        }
    }
    if (hovered) {
        const Plan& plan = r.ed.plan();
        const Task& c3 = r.task();
        if (S.bad_deadline_id == c3.id)
            tooltip_wrapped(fmt(K::tasks_tip_deadline_bad, S.bad_deadline_error.c_str()));
        else {
            const std::string full = deadline_words(c3.deadline, plan, language());
            tooltip_wrapped(full.empty() ? std::string(tr(K::tasks_tip_deadline_empty))
                                         : fmt(K::tasks_tip_deadline, full.c_str()));
        }
    }
    deadline_date_hint(r, c);
}

// Co-operating units, "; " between them; read when the cell is left.
void coop_cell(Row& r) {
    ImGui::TableSetColumnIndex(kColCoop);
    const Task& c2 = r.task();
    std::string text;
    bool edited = false;
    const std::string joined = join_units(c2.cooperating);
    const Cell c = buffered_cell(r.ed.plan(), r.i, kColCoop, "coop", joined, r.hint(K::tasks_hint_coop), &text, &edited);
    if (edited) {
        Task nt = c2;
        nt.cooperating = split_units(text);
        r.ed.set_item(r.i, std::move(nt), fmt(K::tasks_undo_coop, r.stt));
    }
    long_text_tip(c, joined);
}

// Status (drawn, not editable): colour and words.
void status_cell(Row& r) {
    ImGui::TableSetColumnIndex(kColStatus);
    const Task& c2 = r.task();
    const TaskState s2 = task_state(c2, r.ed.plan(), r.ctx.today);
    std::string text = status_text(c2, s2);
    if (s2.status == TaskStatus::Later && s2.has_due) text = fmt(K::tasks_status_later_days, s2.days_left);
    ImGui::PushFont(fonts().small);
    draw_status_pill(s2.status, text, ImGui::GetContentRegionAvail().x, r.cell_h);
    ImGui::PopFont();
    widgets::register_last_item((r.row_id + ".status").c_str());
    // The same rectangle under a name that says which status is drawn (tests read it).
    widgets::register_last_item((r.row_id + ".status." + status_key(s2.status)).c_str());
    if (ImGui::IsItemHovered()) {
        std::string tip = std::string(status_label(s2.status)) + " — " + status_text(c2, s2);
        if (s2.has_due) tip += "\n" + fmt(K::tasks_tip_last_day, (en() ? weekday_en(s2.last_day) : weekday_vi(s2.last_day)).c_str(),
                                         format_date(s2.last_day).c_str());
        tooltip_wrapped(tip);
    }
}

void draw_row(UiContext& ctx, std::size_t i, bool selected) {
    Editor& ed = *ctx.editor;
    const Task& t = ed.plan().tasks[i];
    const TaskState st = task_state(t, ed.plan(), ctx.today);
    const int stt = static_cast<int>(i + 1);
    Row r{ctx, ed, i, stt, "tasks.row." + std::to_string(stt), selected, 0.0f};
    const std::uint64_t rev0 = ed.revision();
    ImGui::PushID(t.id.c_str());
    if (selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(222, 234, 250, 255));
    r.cell_h = ImGui::GetFrameHeight();

    stt_cell(r, st);
    if (ed.revision() != rev0) { ImGui::PopID(); return; }   // moved: drawn again next frame
    done_cell(r);
    text_column(r, kColContent, "content", &Task::content, r.hint(K::tasks_hint_content), K::tasks_undo_content);
    deadline_cell(r);
    text_column(r, kColLead, "lead", &Task::lead, r.hint(K::tasks_hint_lead), K::tasks_undo_lead);
    coop_cell(r);
    status_cell(r);
    text_column(r, kColNote, "note", &Task::note, "", K::tasks_undo_note);
    ImGui::PopID();
}

void draw_table(UiContext& ctx, float height) {
    const Plan& plan = ctx.editor->plan();
    const std::vector<std::size_t> v = view(ctx);   // a copy: edits while drawing rebuild the cached view
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(4, 2));
    if (!ImGui::BeginTable("##tasks.table", kColCount, flags, ImVec2(0, height))) {
        ImGui::PopStyleVar();
        return;
    }
    const float fs = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(K::tasks_col_stt), ImGuiTableColumnFlags_WidthFixed, fs * 2.8f, kColStt);
    ImGui::TableSetupColumn(tr(K::tasks_col_done), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort, fs * 3.4f, kColDone);
    ImGui::TableSetupColumn(tr(K::tasks_col_content), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 3.2f, kColContent);
    ImGui::TableSetupColumn(tr(K::tasks_col_deadline), ImGuiTableColumnFlags_WidthStretch, 1.55f, kColDeadline);
    ImGui::TableSetupColumn(tr(K::tasks_col_lead), ImGuiTableColumnFlags_WidthStretch, 1.3f, kColLead);
    ImGui::TableSetupColumn(tr(K::tasks_col_coop), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 1.0f, kColCoop);
    ImGui::TableSetupColumn(tr(K::tasks_col_status), ImGuiTableColumnFlags_WidthStretch, 1.45f, kColStatus);
    ImGui::TableSetupColumn(tr(K::tasks_col_note), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 1.0f, kColNote);

    // Header row, with tooltips saying a click sorts.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < kColCount; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        static const char* ids[] = {"stt", "done", "content", "deadline", "lead", "coop", "status", "note"};
        widgets::register_last_item((std::string("tasks.head.") + ids[c]).c_str());
        if (ImGui::IsItemHovered() && (c == kColStt || c == kColDeadline || c == kColLead || c == kColStatus))
            tooltip_wrapped(tr(K::tasks_tip_sort));
    }

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty) {
            S.sort = TaskSort::Stt;
            S.descending = false;
            if (specs->SpecsCount > 0) {
                const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
                switch (s.ColumnUserID) {
                case kColDeadline: S.sort = TaskSort::Deadline; break;
                case kColLead: S.sort = TaskSort::Lead; break;
                case kColStatus: S.sort = TaskSort::Status; break;
                default: S.sort = TaskSort::Stt; break;
                }
                S.descending = s.SortDirection == ImGuiSortDirection_Descending;
            }
            specs->SpecsDirty = false;
        }
    }

    // Frameless cells: a field shows its frame only when hovered or edited.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    const float row_h = ImGui::GetFrameHeight() + 4.0f;
    S.row_h = row_h;
    const long sel_plan = index_of(plan, S.active_id);
    long sel_view = -1;
    if (sel_plan >= 0)
        for (std::size_t k = 0; k < v.size(); ++k)
            if (static_cast<long>(v[k]) == sel_plan) { sel_view = static_cast<long>(k); break; }

    // Keep the selected / focused row in sight (rows are drawn only when visible).
    long want_row = -1;
    if (!S.focus_id.empty()) {
        const long fi = index_of(plan, S.focus_id);
        for (std::size_t k = 0; k < v.size() && fi >= 0; ++k)
            if (static_cast<long>(v[k]) == fi) { want_row = static_cast<long>(k); break; }
        if (fi < 0 || want_row < 0) { S.focus_id.clear(); S.focus_col = -1; }
    } else if (S.scroll_to_selected) {
        want_row = sel_view;
    }
    if (want_row >= 0) {
        const float top = ImGui::GetScrollY(), vis = height - row_h * 2;
        const float y = want_row * row_h;
        if (y < top) ImGui::SetScrollY(y);
        else if (y + row_h > top + vis) ImGui::SetScrollY(y + row_h - vis);
        S.scroll_to_selected = false;
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(v.size()), row_h);
    while (clipper.Step()) {
        for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
            if (static_cast<std::size_t>(k) >= v.size() || v[static_cast<std::size_t>(k)] >= ctx.editor->plan().tasks.size()) break;
            ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
            draw_row(ctx, v[static_cast<std::size_t>(k)], static_cast<long>(k) == sel_view);
        }
    }
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (v.empty() && !plan.tasks.empty()) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h * 2);
        ImGui::TableSetColumnIndex(kColContent);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::TextUnformatted(tr(K::tasks_none_match));
        ImGui::PopStyleColor();
    }
    ImGui::EndTable();
    ImGui::PopStyleVar();
}

//-----------------------------------------------------------------------------
// [SECTION] keyboard
//-----------------------------------------------------------------------------
void handle_keys(UiContext& ctx) {
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    const ImGuiIO& io = ImGui::GetIO();
    Editor& ed = *ctx.editor;
    const Plan& plan = ed.plan();
    const bool mod = platform::is_mac() ? io.KeySuper : io.KeyCtrl;
    // No key repeat: frames are drawn on demand, so a long gap between two frames
    // would look like a held key and act twice.
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k), false); };
    const long sel = index_of(plan, S.active_id);
    // With a row chosen, Tab edits its cells (Esc lets go of the row, and Tab
    // then moves through the page's buttons again: keyfocus.h).
    if (sel >= 0) keyfocus::claim_tab();
    const std::vector<std::size_t>& v = view(ctx);
    long sel_view = -1;
    for (std::size_t k = 0; k < v.size() && sel >= 0; ++k)
        if (static_cast<long>(v[k]) == sel) { sel_view = static_cast<long>(k); break; }
    const bool editing_cell = io.WantTextInput && ImGui::IsAnyItemActive() && S.active_col >= 0 &&
                              widgets::active_widget().rfind("tasks.row.", 0) == 0;
    // Ctrl+Enter ticks the row being edited (its field has just let go of the
    // Enter, so it is checked before "is a cell being edited") or the selected row.
    if (mod && (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) && sel >= 0 &&
        (S.active_col >= 0 || !io.WantTextInput)) {
        toggle_done(ctx, sel);
        if (S.active_col >= 0) { S.focus_id = S.active_id; S.focus_col = S.active_col; }   // keep editing there
        return;
    }
    if (io.WantTextInput && !editing_cell) {   // another field (search, popups) owns the keys
        S.active_col = -1;
        return;
    }

    if (io.KeyAlt && !mod && sel >= 0) {
        if (pressed(ImGuiKey_UpArrow)) { do_move(ctx, sel, -1); if (editing_cell) { S.focus_id = S.active_id; S.focus_col = S.active_col; } return; }
        if (pressed(ImGuiKey_DownArrow)) { do_move(ctx, sel, +1); if (editing_cell) { S.focus_id = S.active_id; S.focus_col = S.active_col; } return; }
        return;
    }
    if (editing_cell) {
        // ↑/↓ go to the same column in the row above / below (the cell's text is kept).
        const int dir = pressed(ImGuiKey_UpArrow) ? -1 : pressed(ImGuiKey_DownArrow) ? 1 : 0;
        if (dir != 0 && sel_view >= 0) {
            const long nv = sel_view + dir;
            if (nv >= 0 && nv < static_cast<long>(v.size())) {
                S.focus_id = plan.tasks[v[static_cast<std::size_t>(nv)]].id;
                S.focus_col = S.active_col;
                S.active_id = S.focus_id;
            }
        }
        return;
    }
    S.active_col = -1;
    if (ImGui::IsAnyItemActive() || mod) return;
    if (pressed(ImGuiKey_UpArrow) || pressed(ImGuiKey_DownArrow)) {
        const int dir = pressed(ImGuiKey_UpArrow) ? -1 : 1;
        long nv = sel_view < 0 ? 0 : sel_view + dir;
        if (nv >= 0 && nv < static_cast<long>(v.size())) {
            S.active_id = plan.tasks[v[static_cast<std::size_t>(nv)]].id;
            S.scroll_to_selected = true;
        }
    } else if ((pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter) || pressed(ImGuiKey_Tab)) && !v.empty()) {
        if (sel_view < 0) S.active_id = plan.tasks[v[0]].id;
        S.focus_id = S.active_id;
        S.focus_col = kColContent;
    } else if (pressed(ImGuiKey_Space) && sel >= 0) {
        toggle_done(ctx, sel);
    } else if (pressed(ImGuiKey_Delete) && sel >= 0) {
        do_delete(ctx, sel);
    } else if (pressed(ImGuiKey_Insert)) {
        do_add(ctx, sel >= 0 ? static_cast<std::size_t>(sel + 1) : plan.tasks.size());
    } else if (pressed(ImGuiKey_Escape) && sel >= 0) {
        S.active_id.clear();
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] panel
//-----------------------------------------------------------------------------
void draw_tasks_panel(UiContext& ctx) {
    Editor& ed = *ctx.editor;
    {
        // Rows pasted with Ctrl+V (or the browser's Paste) while no field was edited.
        std::string pasted;
        if (platform::take_paste(&pasted)) {
            const long sel = index_of(ed.plan(), S.active_id);
            open_paste_dialog(pasted, sel >= 0 ? static_cast<std::size_t>(sel + 1) : ed.plan().tasks.size());
        }
    }
    if (index_of(ed.plan(), S.active_id) < 0) S.active_id.clear();   // deleted, undone, another plan
    // Another view asks for a task (a finding, a find hit): choose it and bring it
    // into sight, without the filters that would hide it.
    if (!ctx.selection.task_id.empty()) {
        if (index_of(ed.plan(), ctx.selection.task_id) >= 0) {
            S.active_id = ctx.selection.task_id;
            if (filtered()) clear_filters();
            S.scroll_to_selected = true;
        }
        ctx.selection.task_id.clear();
    }

    // Header: title at the left, "Hôm nay: …" at the right.
    const float y0 = ImGui::GetCursorPosY();
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::tasks_heading));
    ImGui::PopFont();
    const float y1 = ImGui::GetCursorPosY();
    draw_today_control(ctx, right, y0);
    ImGui::SetCursorPosY(y1);

    if (ed.plan().tasks.empty()) {
        // Empty state: what this is, and the two ways to start.
        draw_empty_state(tr(K::tasks_empty_heading), tr(K::tasks_empty_explain), tr(K::tasks_empty_hint));
        ImGui::Dummy(ImVec2(0, 6));
        const float avail = ImGui::GetContentRegionAvail().x;
        const float w = avail < 560.0f ? avail : 560.0f;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
        const std::string add = std::string("+ ") + tr(K::tasks_empty_add);
        if (ImGui::Button((add + "##tasks.empty.add").c_str(), btn_size(add.c_str()))) do_add(ctx, 0);
        widgets::register_last_item("tasks.empty.add");
        ImGui::SameLine(0, 10);
        if (ImGui::Button((std::string(tr(K::tasks_paste)) + "##tasks.empty.paste").c_str(), btn_size(tr(K::tasks_paste)))) {
            open_paste_dialog(std::string(), 0);
            platform::read_clipboard();
        }
        widgets::register_last_item("tasks.empty.paste");
        if (ImGui::IsItemHovered()) tooltip_wrapped(tr(K::tasks_tip_paste));
    } else {
        ImGui::Dummy(ImVec2(0, 2));
        draw_summary(ctx);
        const long sel = index_of(ed.plan(), S.active_id);
        draw_toolbar(ctx, sel);

        // A line saying what is hidden, with a way back.
        if (filtered()) {
            const int shown = static_cast<int>(view(ctx).size());
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(fmt(K::tasks_filtered, shown, static_cast<int>(ed.plan().tasks.size())).c_str());
            ImGui::PopStyleColor();
            ImGui::SameLine();
            if (ImGui::SmallButton((std::string(tr(K::tasks_clear_filter)) + "##tasks.clear-filter").c_str())) clear_filters();
            widgets::register_last_item("tasks.clear-filter");
        }

        const float hint_h = ImGui::GetTextLineHeightWithSpacing();
        float table_h = ImGui::GetContentRegionAvail().y - hint_h - 4;
        if (table_h < 160) table_h = 160;
        draw_table(ctx, table_h);

        ImGui::PushFont(fonts().small);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::TextUnformatted(fmt(K::tasks_keys_hint, platform::is_mac() ? "Cmd" : "Ctrl").c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();

        handle_keys(ctx);
    }

    const long added = draw_paste_dialog(ctx);
    if (added >= 0) {
        clear_filters();
        select_task(ed.plan(), added);
        S.scroll_to_selected = true;
    }
}

}  // namespace dc::ui
