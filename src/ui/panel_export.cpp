// panel_export.cpp — the "Export & share" view (placeholder until its issue lands: shows a
// finished-looking empty state explaining what will be here).
#include "ui/panels.h"

namespace dc::ui {

void draw_export_panel(UiContext& ctx) {
    (void)ctx;
    draw_empty_state(tr(K::export_heading), tr(K::export_empty), tr(K::panel_coming));
}

}  // namespace dc::ui
