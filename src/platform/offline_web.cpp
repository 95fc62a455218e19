// offline_web.cpp — browser side of offline.h.
#include "platform/offline.h"

#include <emscripten.h>

#include <string>
#include <utility>

#include "platform/platform.h"

namespace {
std::function<void()> g_flush;
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
// web/sw-register.js: a new version is waiting — draw a frame so the notice appears.
extern "C" EMSCRIPTEN_KEEPALIVE void dc_offline_redraw() { dc::platform::request_redraw(2); }
// (The exports that read the interface — unsaved edits, the plan text, the
// language, the zoom — are in src/ui/shell/web_exports.cpp: this layer never includes src/ui.)

namespace dc::platform {
bool update_ready() { return dc_off_update_ready() != 0; }
void reload_page() { dc_off_reload(); }
void set_flush_handler(std::function<void()> handler) {
    g_flush = std::move(handler);
    dc_off_listen();
}
}  // namespace dc::platform
