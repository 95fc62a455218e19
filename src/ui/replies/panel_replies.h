// panel_replies.h — the "Hỏi các điểm cầu" view, drawn as a tab of the sites
// panel: send requests, collect replies, see who has answered.
#pragma once
#include <string>

#include "ui/shell/panels.h"

namespace dc::ui {
void draw_replies_view(UiContext& ctx);
// A file dropped or picked while the view is on show: a reply file (a .txt,
// or the reply message saved from chat) goes into the collect box, as pasted,
// and true is returned; so for a .txt without a reply code, which the view
// names as not taken.  False for anything else (a plan: the usual way).
bool replies_take_file(const std::string& name, const std::string& bytes);
}  // namespace dc::ui
