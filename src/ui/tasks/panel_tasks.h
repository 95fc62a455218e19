// panel_tasks.h — private to the tasks panel files (panel_tasks*.cpp): the
// pieces they share.  Other panels use panels.h (planner_today, tasks_badge,
// draw_tasks_banner).
//
//   panel_tasks.cpp        the table, toolbar, filters, keyboard
//   panel_tasks_today.cpp  "today" (override kept in preferences), counts, badge, banner, status look
//   panel_tasks_paste.cpp  the "paste from Excel/Word/Sheets" preview dialog
#pragma once
#include <imgui.h>

#include <cstddef>
#include <string>

#include "core/tasks_ops.h"
#include "ui/shell/panels.h"

namespace dc::ui::tasks_ui {

// [today] The user's override of today's date (empty = the computer's date).
Date today_override();
void set_today_override(const Date& d);   // an empty date clears it; kept in preferences

// [counts] Counts of the plan's tasks by status vs ctx.today, cached per revision.
const TaskCounts& counts(const UiContext& ctx);

// [status look] Colour (text/border), light background and label of a status.
ImU32 status_color(TaskStatus s);
ImU32 status_bg(TaskStatus s);
const char* status_label(TaskStatus s);                         // in the interface language
std::string status_text(const Task& t, const TaskState& st);   // "Quá hạn 2 ngày", "Còn 3 ngày"…
// A rounded "pill" with the status text, drawn at the cursor (width w).
void draw_status_pill(TaskStatus s, const std::string& text, float w, float h);

// [paste] The preview dialog.  text empty = wait for Ctrl+V inside the dialog.
void open_paste_dialog(const std::string& text, std::size_t insert_at);
bool paste_dialog_open();
// Draws it when open; returns the index of the first added task after an apply, else -1.
long draw_paste_dialog(UiContext& ctx);

}  // namespace dc::ui::tasks_ui
