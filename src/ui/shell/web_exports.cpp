// web_exports.cpp — the functions web/glue.js, web/store.js and the browser
// tests call that need the interface (autosave, language, zoom, the widget
// registry behind window.dcTest: docs/test-hooks.md).
//
// They live here, above the platform layer, because src/platform must not
// include src/ui: the platform only moves bytes between the browser and the
// app, and what those bytes mean belongs to the interface.  Only the web build
// compiles this file (CMakeLists.txt leaves it out of the native app, which
// reaches the same state through the C++ functions directly).
//
// [SECTION] autosave and offline (web/glue.js, web/store.js)
// [SECTION] test hooks (window.dcTest)
#include <emscripten.h>

#include <string>

#include "platform/platform.h"
#include "ui/shell/autosave.h"
#include "ui/shell/i18n.h"
#include "ui/shell/keyfocus.h"
#include "ui/shell/widgets.h"

extern "C" {

//-----------------------------------------------------------------------------
// [SECTION] autosave and offline (web/glue.js, web/store.js)
//-----------------------------------------------------------------------------
// web/glue.js (beforeunload): edits not in the browser's storage yet → the browser asks before leaving.
EMSCRIPTEN_KEEPALIVE int dc_has_unsaved_edits() { return dc::ui::autosave_unsaved_edits() ? 1 : 0; }
// web/glue.js, after a crash: the open plan as plan-file text (valid until the next call).
EMSCRIPTEN_KEEPALIVE const char* dc_plan_text() {
    static std::string text;
    text = dc::ui::autosave_plan_text();
    return text.c_str();
}
// web/store.js: a transaction completed / this tab now holds the storage (the other tab closed).
EMSCRIPTEN_KEEPALIVE void dc_store_wrote() { dc::ui::autosave_store_wrote(); }
EMSCRIPTEN_KEEPALIVE void dc_store_taken_over() { dc::ui::autosave_took_over_storage(); }
// Tests (tests/browser/offline.test.mjs): the interface language in use (0 = vi, 1 = en).
EMSCRIPTEN_KEEPALIVE int dc_offline_language() { return static_cast<int>(dc::ui::language()); }
// Tests: the zoom in use, in percent.
EMSCRIPTEN_KEEPALIVE int dc_offline_zoom() { return dc::ui::zoom_percent(); }

//-----------------------------------------------------------------------------
// [SECTION] test hooks (window.dcTest)
//-----------------------------------------------------------------------------
EMSCRIPTEN_KEEPALIVE const char* dc_test_plan_json() {
    static std::string s;
    s = dc::widgets::plan_json();
    return s.c_str();
}
// The interface texts looked up so far, by key number (tools/split_wasm.mjs).
EMSCRIPTEN_KEEPALIVE const char* dc_test_keys_looked_up() {
    static std::string s;
    s = dc::ui::keys_looked_up();
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE double dc_test_frame_count() { return static_cast<double>(dc::widgets::tick_count()); }
EMSCRIPTEN_KEEPALIVE double dc_test_render_count() { return static_cast<double>(dc::widgets::render_count()); }
EMSCRIPTEN_KEEPALIVE int dc_test_widget_rect(const char* id, float* out) {
    dc::widgets::Rect r;
    if (!dc::widgets::widget_rect(id, &r)) return 0;
    const float z = dc::widgets::rects_scale();   // logical (zoomed) pixels → the page's CSS pixels, which tests click
    out[0] = r.x * z; out[1] = r.y * z; out[2] = r.w * z; out[3] = r.h * z;
    return 1;
}
EMSCRIPTEN_KEEPALIVE const char* dc_test_widget_ids() {
    static std::string s;
    s = dc::widgets::widget_ids_json();
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE const char* dc_test_active_widget() { return dc::widgets::active_widget().c_str(); }
// The keyboard focus ring's item ("" while the ring is not shown).
EMSCRIPTEN_KEEPALIVE const char* dc_test_focused_widget() { return dc::ui::keyfocus::shown() ? dc::ui::keyfocus::current() : ""; }
EMSCRIPTEN_KEEPALIVE const char* dc_test_frame_times() {
    static std::string s;
    s = dc::widgets::frame_times_json();
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE void dc_test_clear_frame_times() { dc::widgets::clear_frame_times(); }
EMSCRIPTEN_KEEPALIVE double dc_test_font_dpr() { return static_cast<double>(dc::widgets::font_dpr()); }
EMSCRIPTEN_KEEPALIVE void dc_test_redraw() { dc::platform::request_redraw(2); }
EMSCRIPTEN_KEEPALIVE const char* dc_test_shown_text(const char* id) {
    static std::string s;
    s = dc::widgets::shown_text(id);
    return s.c_str();
}
EMSCRIPTEN_KEEPALIVE int dc_test_act(const char* name) {
    const bool ok = dc::widgets::run_action(name);
    dc::platform::request_redraw(2);
    return ok ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE void dc_test_hold(int on) {
    dc::widgets::set_hold(on != 0);
    dc::platform::request_redraw(2);
}
// dcTest.crash(kind): stop on the next frame, 1 = abort(), 2 = a wasm trap.
EMSCRIPTEN_KEEPALIVE void dc_test_crash(int kind) {
    dc::ui::autosave_test_crash(kind);
    dc::platform::request_redraw(2);
}

}  // extern "C"
