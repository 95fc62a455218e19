// offline_native.cpp — offline.h for the native app: it is always offline and
// updates by being rebuilt, so there is never a new version waiting.  The
// flush handler runs when the program ends (native_quit), as the browser's
// pagehide does, so the last second of typing is written.
#include "platform/offline.h"

#include <utility>

#include "platform/native.h"

namespace dc::platform {
namespace {
std::function<void()> g_flush;
}
bool update_ready() { return false; }
void reload_page() {}
void set_flush_handler(std::function<void()> handler) { g_flush = std::move(handler); }
void native_quit() {
    if (g_flush) g_flush();
}
}  // namespace dc::platform
