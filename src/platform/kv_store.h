// kv_store.h — the durable storage as the core's KeyValueStore
// (src/core/library.h), for the plan library, autosave and the preferences.
//
// Web: src/platform/kv_store_web.cpp, backed by web/store.js (IndexedDB with a
// write-through copy in memory; localStorage, then memory only, as fallbacks).
// Native: src/platform/kv_store_native.cpp, one file per key in a directory
// (or memory).  The preferences live here too ("dc.prefs"): one store.
#pragma once
#include <string>

#include "core/library.h"

namespace dc::platform {

// The process-wide store (created on first use).
KeyValueStore& kv_store();

// A write the store had accepted later failed to reach the disk (IndexedDB
// reports quota errors asynchronously): "quota" or "unavailable"; "" = none.
// Each failure is reported once.  Polled by the autosave every frame.
std::string kv_store_take_failure();

// Which back end is in use: "indexeddb", "localstorage" or "memory".
std::string kv_store_backend();

}  // namespace dc::platform
