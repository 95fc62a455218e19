// keyfocus.h — the keyboard focus ring: Tab / Shift+Tab reach every button,
// tick box, choice and field of the page in reading order, Enter or Space
// presses the one in focus, Esc (or a mouse click) puts the ring away.
//
// Why not ImGui's own navigation: Dear ImGui 1.86 tabs only between text
// fields, and its arrow-key navigation would fight the panels, which give the
// arrows their own meaning (move the selected slot, the next task, …).  The
// ring uses the stable ids widgets already register (widgets.h): every
// `register_last_item` offers its item to the ring, in drawing order, which is
// the reading order of the page (top bar, navigation, panel, status line,
// then dialogs — while a dialog or menu is open, only its items).
//
// Keys the ring takes (Tab when no field is being edited, Enter and Space while
// the ring is shown) are removed before ImGui sees them, so a panel never acts
// on the same key press.
#pragma once

struct ImGuiIO;

namespace dc::ui::keyfocus {

// main.cpp, right before ImGui::NewFrame(): take the ring's keys out of `io`.
void filter_keys(ImGuiIO& io);

// App::frame: begin_frame() first, end_frame() after everything is drawn (moves
// the ring, queues the activation, draws the ring).
void begin_frame();
void end_frame();

// widgets::register_last_item: the last ImGui item has the stable id `id`.
void note_last_item(const char* id);

// A panel that uses Tab itself this frame (the tasks table with a selected
// row: Tab edits its cells) calls this; the ring then leaves Tab alone.
void claim_tab();

bool shown();                 // the ring is drawn (keyboard use since the last click)
const char* current();        // the stable id in focus ("" if none)

}  // namespace dc::ui::keyfocus
