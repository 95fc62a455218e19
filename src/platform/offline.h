// offline.h — the installable, offline side of the web app, as the UI needs it:
// a new version waiting (the service worker, web/sw-register.js), reloading
// to take it, and a last chance to save when the page goes away.
#pragma once
#include <functional>

namespace dc::platform {

// A new version of the app has been downloaded and waits for a reload.
bool update_ready();
// Reload the page (takes the new version).
void reload_page();
// Called when the page is hidden or closed (pagehide / visibilitychange), when
// no more frames may come: the autosave writes what is pending.
// The handler writes synchronously (IndexedDB requests made within the event),
// and the transaction is committed at once (web/store.js commit()).
void set_flush_handler(std::function<void()> handler);

}  // namespace dc::platform
