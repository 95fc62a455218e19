// panel_replies.h — the "Hỏi các điểm cầu" view, drawn as a tab of the sites
// panel: send requests, collect replies, see who has answered.
#pragma once
#include "ui/shell/panels.h"

namespace dc::ui {
void draw_replies_view(UiContext& ctx);
}  // namespace dc::ui
