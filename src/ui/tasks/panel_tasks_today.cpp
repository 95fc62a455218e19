// panel_tasks_today.cpp — "today" as the planner sees it (the user may set
// another date to rehearse a plan; kept in preferences so the whole app and the
// next visit see it), task counts, the navigation badge, the banner shown when
// a plan opens, and the look of a task status.
//
// [SECTION] today
// [SECTION] counts and badge
// [SECTION] banner when a plan opens
// [SECTION] status look
#include <imgui.h>

#include <cstdint>

#include "core/datetime.h"
#include "platform/platform.h"
#include "ui/shell/autosave.h"   // prefs()
#include "ui/tasks/panel_tasks.h"
#include "ui/tasks/task_words.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {

Date g_override;
bool g_override_loaded = false;

void load_override() {
    if (g_override_loaded) return;
    g_override_loaded = true;
    // Preferences::today: "2021-08-29", "" = the computer's date
    if (auto d = parse_date(prefs().today); d && valid_date(*d)) g_override = *d;
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] today
//-----------------------------------------------------------------------------
Date planner_today() {
    load_override();
    return g_override.complete() ? g_override : platform::today();
}

namespace tasks_ui {

Date today_override() {
    load_override();
    return g_override;
}

void set_today_override(const Date& d) {
    load_override();
    g_override = d.complete() ? d : Date{};
    const std::string iso = g_override.complete() ? format_date_iso(g_override) : std::string();
    change_prefs([&iso](Preferences& p) { p.today = iso; });
    platform::request_redraw(2);
}

//-----------------------------------------------------------------------------
// [SECTION] counts and badge
//-----------------------------------------------------------------------------
const TaskCounts& counts(const UiContext& ctx) {
    // count_tasks walks every task; the badge asks every frame, so keep the
    // answer until the plan or today changes.
    static TaskCounts c;
    static std::uint64_t rev = ~0ull;
    static Date day;
    const std::uint64_t r = ctx.editor->revision();
    if (r != rev || day != ctx.today) {
        c = count_tasks(ctx.editor->plan(), ctx.today);
        rev = r;
        day = ctx.today;
    }
    return c;
}

}  // namespace tasks_ui

int tasks_badge(const UiContext& ctx) {
    if (!ctx.editor) return 0;
    const TaskCounts& c = tasks_ui::counts(ctx);
    return c.overdue + c.due_today;
}

//-----------------------------------------------------------------------------
// [SECTION] banner when a plan opens
//-----------------------------------------------------------------------------
void draw_tasks_banner(UiContext& ctx) {
    // A plan was opened (Editor::load: new revision with an empty history —
    // every edit leaves an undo or redo step, so nothing else looks like this).
    static std::uint64_t seen_rev = ~0ull;
    static bool visible = false;
    const Editor& ed = *ctx.editor;
    if (ed.revision() != seen_rev) {
        seen_rev = ed.revision();
        const Editor::HistoryStats h = ed.history();
        if (h.undo_steps == 0 && h.redo_steps == 0) visible = true;
    }
    if (!visible) return;
    const TaskCounts& c = tasks_ui::counts(ctx);
    if (c.overdue + c.due_today == 0) return;

    std::string what;
    if (c.overdue > 0) what = fmt(K::tasks_banner_overdue, c.overdue);
    if (c.due_today > 0) {
        if (!what.empty()) what += ", ";
        what += fmt(K::tasks_banner_due_today, c.due_today);
    }
    const std::string line = fmt(K::tasks_banner_line, what.c_str(), format_date(ctx.today).c_str());

    const float avail = ImGui::GetContentRegionAvail().x;
    const ImGuiStyle& st = ImGui::GetStyle();
    const char* view = tr(K::tasks_banner_view);
    const char* close = tr(K::tasks_banner_close);
    const float bw1 = ImGui::CalcTextSize(view).x + st.FramePadding.x * 2 + 6;
    const float bw2 = ImGui::CalcTextSize(close).x + st.FramePadding.x * 2 + 6;
    const float bh = ImGui::GetFrameHeight();
    const float text_w = avail - bw1 - bw2 - 48;
    const ImVec2 ts = ImGui::CalcTextSize(line.c_str(), nullptr, false, text_w);
    const float box_h = (ts.y > bh ? ts.y : bh) + 16;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(p, ImVec2(p.x + avail, p.y + box_h), IM_COL32(253, 240, 225, 255), 6.0f);
    dl->AddRectFilled(p, ImVec2(p.x + 4, p.y + box_h), tasks_ui::status_color(TaskStatus::Overdue), 2.0f);
    widgets::register_rect("tasks.banner", p.x, p.y, avail, box_h);
    // The counts it shows, for tests: tasks.banner.overdue.<n>, tasks.banner.due-today.<m>.
    widgets::register_rect(("tasks.banner.overdue." + std::to_string(c.overdue)).c_str(), p.x, p.y, avail, box_h);
    widgets::register_rect(("tasks.banner.due-today." + std::to_string(c.due_today)).c_str(), p.x, p.y, avail, box_h);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 16, p.y + (box_h - ts.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + avail - bw1 - bw2 - 18, p.y + (box_h - bh) * 0.5f));
    if (ImGui::Button((std::string(view) + "##tasks.banner.view").c_str(), ImVec2(bw1, bh))) {
        visible = false;
        if (ctx.go_to) ctx.go_to(Section::Tasks);
    }
    widgets::register_last_item("tasks.banner.view");
    ImGui::SameLine(0, 8);
    if (ImGui::Button((std::string(close) + "##tasks.banner.close").c_str(), ImVec2(bw2, bh))) visible = false;
    widgets::register_last_item("tasks.banner.close");
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + box_h + 10));
}

//-----------------------------------------------------------------------------
// [SECTION] status look
//-----------------------------------------------------------------------------
namespace tasks_ui {

ImU32 status_color(TaskStatus s) {
    switch (s) {
    case TaskStatus::Done: return IM_COL32(30, 120, 62, 255);       // green
    case TaskStatus::Later: return IM_COL32(84, 96, 112, 255);      // grey-blue
    case TaskStatus::DueSoon: return IM_COL32(150, 104, 0, 255);    // amber
    case TaskStatus::DueToday: return IM_COL32(196, 84, 0, 255);    // orange
    case TaskStatus::Overdue: return IM_COL32(186, 32, 32, 255);    // red
    }
    return IM_COL32(84, 96, 112, 255);
}

ImU32 status_bg(TaskStatus s) {
    switch (s) {
    case TaskStatus::Done: return IM_COL32(224, 243, 230, 255);
    case TaskStatus::Later: return IM_COL32(236, 239, 243, 255);
    case TaskStatus::DueSoon: return IM_COL32(252, 243, 214, 255);
    case TaskStatus::DueToday: return IM_COL32(255, 230, 208, 255);
    case TaskStatus::Overdue: return IM_COL32(252, 222, 222, 255);
    }
    return IM_COL32(236, 239, 243, 255);
}

const char* status_label(TaskStatus s) {
    return status_label(s, language());
}

std::string status_text(const Task& t, const TaskState& st) {
    return status_text(t, st, language());
}

void draw_status_pill(TaskStatus s, const std::string& text, float w, float h) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    float pw = ts.x + 16;
    if (pw > w) pw = w;
    const float ph = ts.y + 6 < h ? ts.y + 6 : h;
    const ImVec2 a(p.x, p.y + (h - ph) * 0.5f), b(p.x + pw, a.y + ph);
    dl->AddRectFilled(a, b, status_bg(s), ph * 0.5f);
    dl->AddRect(a, b, status_color(s), ph * 0.5f);
    dl->PushClipRect(a, b, true);
    dl->AddText(ImVec2(a.x + 8, a.y + (ph - ts.y) * 0.5f), status_color(s), text.c_str());
    dl->PopClipRect();
    ImGui::Dummy(ImVec2(w, h));
}

}  // namespace tasks_ui
}  // namespace dc::ui
