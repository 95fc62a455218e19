// offline_web.cpp — browser side of offline.h.
#include "platform/offline.h"

#include <emscripten.h>

#include <string>
#include <utility>

#include "platform/platform.h"
#include "ui/autosave.h"
#include "ui/i18n.h"

namespace {
std::function<void()> g_flush;
int g_test_crash = 0;
}

// clang-format off
EM_JS(int, dc_off_update_ready, (), { return window.dcUpdateReady ? 1 : 0; });
EM_JS(void, dc_off_reload, (), {
  // The waiting service worker takes over first (web/sw-register.js), then the page reloads.
  if (window.dcApplyUpdate) window.dcApplyUpdate(); else window.location.reload();
});
EM_JS(void, dc_off_listen, (), {
  if (Module.dcFlushListening) return;
  Module.dcFlushListening = true;
  // Synchronous: the writes are made within the event, then committed at once.
  function flush() {
    if (Module.dcGlue && Module.dcGlue.crash) return;   // stopped: web/glue.js wrote what it could
    _dc_autosave_flush();
    if (Module.dcStore && Module.dcStore.commit) Module.dcStore.commit();
  }
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flush(); });
});
// clang-format on

extern "C" EMSCRIPTEN_KEEPALIVE void dc_autosave_flush() {
    if (g_flush) g_flush();
}
// web/glue.js (beforeunload): edits not in the browser's storage yet → the browser asks before leaving.
extern "C" EMSCRIPTEN_KEEPALIVE int dc_has_unsaved_edits() { return dc::ui::autosave_unsaved_edits() ? 1 : 0; }
// web/glue.js, after a crash: the open plan as plan-file text (valid until the next call).
extern "C" EMSCRIPTEN_KEEPALIVE const char* dc_plan_text() {
    static std::string text;
    text = dc::ui::autosave_plan_text();
    return text.c_str();
}
// web/store.js: a transaction completed / this tab now holds the storage (the other tab closed).
extern "C" EMSCRIPTEN_KEEPALIVE void dc_store_wrote() { dc::ui::autosave_store_wrote(); }
extern "C" EMSCRIPTEN_KEEPALIVE void dc_store_taken_over() { dc::ui::autosave_took_over_storage(); }
// Tests (dcTest.crash): stop on the next frame, 1 = abort(), 2 = a wasm trap.
extern "C" EMSCRIPTEN_KEEPALIVE void dc_test_crash(int kind) {
    g_test_crash = kind;
    dc::platform::request_redraw(2);
}
// web/sw-register.js: a new version is waiting — draw a frame so the notice appears.
extern "C" EMSCRIPTEN_KEEPALIVE void dc_offline_redraw() { dc::platform::request_redraw(2); }
// Tests (tests/browser/offline.test.mjs): the interface language in use (0 = vi, 1 = en).
extern "C" EMSCRIPTEN_KEEPALIVE int dc_offline_language() { return static_cast<int>(dc::ui::language()); }
// Tests: the zoom in use, in percent.
extern "C" EMSCRIPTEN_KEEPALIVE int dc_offline_zoom() { return dc::ui::zoom_percent(); }

namespace dc::platform {
bool update_ready() { return dc_off_update_ready() != 0; }
void reload_page() { dc_off_reload(); }
int take_test_crash() {
    const int k = g_test_crash;
    g_test_crash = 0;
    return k;
}
void set_flush_handler(std::function<void()> handler) {
    g_flush = std::move(handler);
    dc_off_listen();
}
}  // namespace dc::platform
