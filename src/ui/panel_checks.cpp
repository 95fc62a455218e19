// panel_checks.cpp — the "Checks" view (placeholder until its issue lands: shows a
// finished-looking empty state explaining what will be here).
#include "ui/panels.h"

namespace dc::ui {

void draw_checks_panel(UiContext& ctx) {
    (void)ctx;
    draw_empty_state(tr(K::checks_heading), tr(K::checks_empty), tr(K::panel_coming));
}

int checks_badge(const UiContext&) { return 0; }

}  // namespace dc::ui
