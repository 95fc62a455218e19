// panel_tasks.cpp — the "Tasks" view (placeholder until its issue lands: shows a
// finished-looking empty state explaining what will be here).
#include "ui/panels.h"

namespace dc::ui {

void draw_tasks_panel(UiContext& ctx) {
    (void)ctx;
    draw_empty_state(tr(K::tasks_heading), tr(K::tasks_empty), tr(K::panel_coming));
}

int tasks_badge(const UiContext&) { return 0; }

}  // namespace dc::ui
