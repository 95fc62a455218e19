// panel_sites.cpp — the "Bridge points" view (placeholder until its issue lands: shows a
// finished-looking empty state explaining what will be here).
#include "ui/panels.h"

namespace dc::ui {

void draw_sites_panel(UiContext& ctx) {
    (void)ctx;
    draw_empty_state(tr(K::sites_heading), tr(K::sites_empty), tr(K::panel_coming));
}

int sites_badge(const UiContext&) { return 0; }

}  // namespace dc::ui
