// panels.h — the views of the main area, one function per panel, one file per
// panel (src/ui/panel_<name>.cpp).  The app shell (app.cpp) owns the window,
// the top bar, the navigation and the status line, and calls the chosen panel
// to fill the main area (the ImGui window is already begun; draw with normal
// ImGui calls; use all the space given).
//
// Panels read the plan through ctx.editor->plan() and change it only through
// the Editor (undoable).  They never talk to the browser directly: files,
// clipboard, printing go through src/platform/platform.h.
#pragma once
#include <functional>
#include <string>

#include "core/editor.h"
#include "core/plan.h"
#include "ui/shell/i18n.h"

namespace dc::ui {

// The sections of the open plan (kSectionCount of them, in navigation order),
// then Library: "Kế hoạch của tôi", the plans kept in this browser (drawn
// above the plan's sections; panel_library.cpp).
enum class Section { Document, Agenda, Tasks, Sites, Checks, Export, Library };
constexpr int kSectionCount = 6;

// What is selected across panels (ids from plan.h; empty = nothing).
struct Selection {
    std::string slot_id;
    std::string task_id;
    std::string site_id;
    int block = -1;            // index into Plan::body
};

struct UiContext {
    Editor* editor = nullptr;  // the plan and its undoable edits (owned by the app)
    Lang lang = Lang::Vi;      // current interface language (tr() already uses it)
    Date today;                // today's date as the planner sees it
    Selection selection;       // shared selection; panels may change it
    Section section = Section::Document;   // the panel on show
    // Show a short message at the bottom of the window for a few seconds.
    std::function<void(const std::string&)> toast;
    // Show a message that needs acknowledging (title, body), e.g. an import error list.
    std::function<void(const std::string&, const std::string&)> message;
    // Switch the main area to another panel (e.g. a finding → the task it names).
    std::function<void(Section)> go_to;
};

void draw_document_panel(UiContext& ctx);
void draw_agenda_panel(UiContext& ctx);
void draw_tasks_panel(UiContext& ctx);
void draw_sites_panel(UiContext& ctx);
void draw_checks_panel(UiContext& ctx);
void draw_export_panel(UiContext& ctx);
void draw_library_panel(UiContext& ctx);   // "Kế hoạch của tôi" (panel_library.cpp)

// Count badges on the navigation (0 = no badge): things that need attention.
int tasks_badge(const UiContext& ctx);    // overdue + due today

// "Today" as the planner sees it: the computer's date, or the date the user set
// in the tasks panel to rehearse a plan (kept in preferences).  App::frame puts
// it in ctx.today each frame (panel_tasks_today.cpp).
Date planner_today();
// After a plan opens: a line "N việc quá hạn, M việc đến hạn hôm nay" with a
// way to the tasks, until dismissed (panel_tasks_today.cpp; drawn by draw_main).
void draw_tasks_banner(UiContext& ctx);
int sites_badge(const UiContext& ctx);    // sites whose connection test failed
int checks_badge(const UiContext& ctx);   // findings (also the status line's summary); -1: not counted yet

// A place in the plan, named as the checks and the find name it (plan-file
// paths: "tasks[4].lead", "agenda[2].items[0].content", "header.title").
// describe_place: "Công việc: việc 5 · Gửi giấy mời…"; go_to_place: opens the
// panel that edits it, selects the row or slot, and brings the field into view
// (panel_checks.cpp).
std::string describe_place(const Plan& p, const std::string& place);
void go_to_place(UiContext& ctx, const std::string& place);

// Shared look for a panel with nothing to show yet: heading, explanation, hint.
void draw_empty_state(const char* heading, const char* explanation, const char* hint = nullptr);

}  // namespace dc::ui
