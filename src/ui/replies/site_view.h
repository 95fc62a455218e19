// site_view.h — the site's side of "Hỏi các điểm cầu": the page a site opens
// from its request link ("…#dcq=DCQ1.…").  It shows the site its own sheet
// (the event, its connection test, the programme, its speaking turn) and a
// short form; "Gửi lại" makes the reply message (a readable summary and the
// DCR1 data, core/site_reply.h) to paste into Zalo or an e-mail.
//
// The app shell opens it instead of the planner when platform::start_request()
// names a request; the planner's plans and storage are then never touched.
#pragma once
#include <string>

#include "ui/shell/panels.h"

namespace dc::ui {
// The request link or fragment the page was opened with; a damaged or foreign
// one is kept to be explained on screen.
void site_view_open(const std::string& fragment);
// The whole window, every frame (one column, for a phone as for a laptop).
void draw_site_view(UiContext& ctx);
}  // namespace dc::ui
