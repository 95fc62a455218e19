// find_ui.h — "Tìm trong kế hoạch" (Ctrl/Cmd+F, or "Tìm" in the top bar): a
// dialog with one field and the list of places whose text matches, searched
// with core/find.h as the user types; Enter or a click goes to the place (the
// panel that edits it, the row or slot chosen, the field in view), ↑/↓ choose
// among the results, Esc closes.
#pragma once

namespace dc::ui {
struct UiContext;

void open_find();                   // shows the dialog (the field selected, ready to type)
void draw_find_dialog(UiContext& ctx);   // once per frame, outside any window (app.cpp)

}  // namespace dc::ui
