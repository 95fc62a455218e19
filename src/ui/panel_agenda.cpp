// panel_agenda.cpp — the "Agenda" view (placeholder until its issue lands: shows a
// finished-looking empty state explaining what will be here).
#include "ui/panels.h"

namespace dc::ui {

void draw_agenda_panel(UiContext& ctx) {
    (void)ctx;
    draw_empty_state(tr(K::agenda_heading), tr(K::agenda_empty), tr(K::panel_coming));
}

}  // namespace dc::ui
