// widgets.h — the widget registry: each widget drawn registers its rectangle
// under a stable id; the keyboard focus ring walks those ids, and the browser
// tests read them, with the other probes below (window.dcTest,
// docs/test-hooks.md).  Plain C++: the web platform layer exports these to
// JavaScript.
//
// Widgets register their screen rectangle by a stable id each frame they are
// drawn ("topbar.undo", "nav.tasks", "doc.title"); tests click and type at
// those rectangles instead of guessing pixel positions.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

namespace dc::widgets {

struct Rect { float x = 0, y = 0, w = 0, h = 0; };   // logical (CSS) pixels

void begin_frame(float scale = 1);   // starts collecting this frame's rectangles (laid out at `scale` CSS px per unit)
void end_frame();                    // publishes them (tests read the last complete frame)
float rects_scale();                 // the scale the published rectangles were laid out at
void register_rect(const char* id, float x, float y, float w, float h);
// Registers the last ImGui item's rectangle (call right after the widget); the
// item also joins the keyboard focus ring (keyfocus.h), in drawing order.
void register_last_item(const char* id);
bool widget_rect(const std::string& id, Rect* out);
std::string widget_ids_json();       // ["doc.title", …] drawn in the last frame
void set_active_widget(const char* id);   // the text field being edited, or ""
const std::string& active_widget();

// Counters: frame() ticks (browser animation frames seen) and rendered frames.
void count_tick();
void count_render();
std::uint64_t tick_count();
std::uint64_t render_count();

// Frame cost (bench/run.sh): CPU time of each rendered frame from NewFrame to
// the end of RenderDrawData, in ms; the last 4,096 frames are kept.
void record_frame_time(double ms);
std::string frame_times_json();      // [ms, …] oldest first
void clear_frame_times();

// The device-pixel ratio the font atlas was last rasterised for (theme.cpp).
void set_font_dpr(float dpr);
float font_dpr();

// The plan as the plan file would write it.
void set_plan_json_provider(std::function<std::string()> f);
std::string plan_json();

// While held, the main loop neither reads input nor draws (tests use it to
// deliver a burst of events "within one frame").
void set_hold(bool on);
bool held();

// The text a message shows ("toast", "message", "files.error"), published
// while it is on screen, so tests check what the user reads.
void set_shown_text(const char* id, const std::string& text);
std::string shown_text(const std::string& id);   // "" when not shown in the last frame

// Named actions a browser test can run (dcTest.act(name)), for paths the
// interface reaches only by bad luck (a dialog holding a row that was deleted).
void set_action(const std::string& name, std::function<void()> f);
bool run_action(const std::string& name);   // false: no such action

}  // namespace dc::widgets
