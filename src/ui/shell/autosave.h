// autosave.h — keeps the open plan in the browser's storage and the plan
// library ("Kế hoạch của tôi") in step with the editor.  The app shell calls:
//
//   autosave_init(ctx)                 once, in App::init() after ctx is set up:
//                                      opens the library and loads the plan the
//                                      user left (or keeps the editor's plan as a
//                                      new library entry on the first run)
//   autosave_tick(ctx)                 every frame: writes within a second of an edit
//   autosave_file_opened(ctx, name)    after a plan file was loaded into the editor:
//                                      it becomes a new plan in the list
//   autosave_file_saved(ctx, name, text)  after the plan was saved to a file
//   if (draw_autosave_banner(ctx)) save_file();
//                                      at the top of the main area: storage full or
//                                      unavailable, save-to-file reminder, new version
//   autosave_status_text()             the top bar's save state
//                                      ("Đã lưu trong trình duyệt 10:42 · Chưa lưu ra tệp")
//   autosave_wake_at_ms()              when a frame is needed without input (a retry)
//
// The storage model and its guarantees are in src/core/library.h.
#pragma once
#include <functional>
#include <string>

#include "core/library.h"
#include "ui/shell/panels.h"

struct ImGuiIO;

namespace dc::ui {

void autosave_init(UiContext& ctx);
void autosave_tick(UiContext& ctx);
// from_file false: the plan came from a "#plan=" link or an imported document, so
// no plan file holds it yet (it counts as unsaved-to-file, and the reminder to
// save one applies); `origin` is its library origin ("link", "import:<file>").
void autosave_file_opened(UiContext& ctx, const std::string& file_name, bool from_file = true,
                          const std::string& origin = "link");
void autosave_file_saved(UiContext& ctx, const std::string& file_name, const std::string& text);
// True when the user pressed "Lưu ra tệp ngay": the shell then saves the plan to a file.
bool draw_autosave_banner(UiContext& ctx);
std::string autosave_status_text();
double autosave_wake_at_ms();

// For the plans list (panel_library.cpp).
Library& plan_library();
// Writes the open plan now (before switching to another one).
void autosave_flush(UiContext& ctx);
// Edits that are not in the browser's storage yet (waiting for the timer, or
// refused: storage full, another tab holds it).  The page asks before closing.
bool autosave_unsaved_edits();
// The open plan as plan-file text (web/glue.js offers it as a file after a crash).
std::string autosave_plan_text();
// web/store.js: a write reached the disk; after a failure the plan is retried at once.
void autosave_store_wrote();
// web/store.js: the tab that held the storage went away and this one holds it
// now (its copy re-read).  This tab's edits are written: onto the plan if the
// other tab left it as it was, else as a new plan, so nothing is overwritten.
void autosave_took_over_storage();
// Tests (dcTest.crash, src/ui/shell/web_exports.cpp): stop on the next tick as after
// a bug, 1 = abort(), 2 = a trap (a wasm fault); the stored plan is then checked.
void autosave_test_crash(int kind);
// Opens a plan of the library in the editor (the current one is written first).
bool library_open(UiContext& ctx, const std::string& id);
// A new plan from a template id (templates.h; "blank" for an empty one), opened.
void library_new(UiContext& ctx, const std::string& template_id);
// The same for a plan made here (the guided start): `origin` as in PlanEntry ("new").
void library_new_plan(UiContext& ctx, Plan p, const std::string& origin);
// True while the open plan is the example a first visit opens, unchanged: the
// shell then says it is an example and shows none of its overdue tasks as the user's.
bool showing_untouched_example(const UiContext& ctx);
// "Đây là kế hoạch mẫu" with a "Tạo kế hoạch mới" button (example_banner.cpp).
void draw_example_banner(UiContext& ctx);
// "hôm nay 10:42" / "14/11/2023 10:42" for a library time (Unix seconds); "" for 0.
std::string library_time_text(std::int64_t t);

// [preferences] — the one preferences store: every setting the interface
// remembers is a member of Preferences (core/library.h), kept under "dc.prefs"
// in the same storage as the plans (the browser's; natively a directory).
// Read on first use; change_prefs() writes within `delay_ms` (a drag changes a
// size every frame: it waits until it settles).
// The interface language is followed by itself: the tick notices set_language().
const Preferences& prefs();
void change_prefs(const std::function<void(Preferences&)>& change, double delay_ms = 0);
//
// Zoom (90 %–150 %, for older eyes and small screens): the whole interface is
// drawn larger, as browser zoom would, by giving ImGui a smaller logical
// display and a larger framebuffer scale.  main.cpp calls apply_zoom(io)
// after the platform's NewFrame and input; the fonts are rasterised at
// DPR × zoom (theme.cpp) so text stays sharp; test hooks and the text bridge
// convert logical positions back to CSS pixels with ui_zoom().
constexpr int kZoomMin = 90, kZoomMax = 150;
int zoom_percent();
void set_zoom_percent(int percent);      // clamped; stored
float ui_zoom();                          // zoom_percent() / 100
void apply_zoom(ImGuiIO& io);
// "−  100 %  +" buttons ending at (right_x, y) in screen coordinates, for the
// status line; returns the width used.  Ctrl+= / Ctrl+- / Ctrl+0 work anywhere.
float draw_zoom_control(float right_x, float y, float height);
// A panel size the user dragged (by name, e.g. "tasks.detail"), remembered across
// reloads; `fallback` until set.  set_pref_size() writes soon after (not every frame).
float pref_size(const char* name, float fallback);
void set_pref_size(const char* name, float value);

}  // namespace dc::ui
