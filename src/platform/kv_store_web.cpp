// kv_store_web.cpp — KeyValueStore over web/store.js (see kv_store.h).
//
// If web/store.js is not linked (an older build script), the same calls fall
// back to localStorage directly, so the app still keeps its plans, only with
// localStorage's weaker crash guarantees.
#include "platform/kv_store.h"

#include <emscripten.h>

#include <cstdlib>

// clang-format off
EM_JS(char*, dc_kv_get, (const char* key), {
  var k = UTF8ToString(key), v = null;
  if (Module.dcStore) v = Module.dcStore.get(k);
  else { try { v = window.localStorage.getItem(k); } catch (e) { v = null; } }
  if (v === null) return 0;
  var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
// 0 = kept, 1 = full, 2 = unavailable
EM_JS(int, dc_kv_put, (const char* key, const char* value), {
  var k = UTF8ToString(key), v = UTF8ToString(value), r;
  if (Module.dcStore) r = Module.dcStore.put(k, v);
  else {
    try { window.localStorage.setItem(k, v); r = ''; }
    catch (e) { r = (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 'quota' : 'unavailable'; }
  }
  return r === '' ? 0 : (r === 'quota' ? 1 : 2);
});
EM_JS(int, dc_kv_remove, (const char* key), {
  var k = UTF8ToString(key);
  if (Module.dcStore) return Module.dcStore.remove(k) ? 1 : 0;
  try { window.localStorage.removeItem(k); return 1; } catch (e) { return 0; }
});
// Keys joined with "\n" (keys never contain a newline: the library makes them).
EM_JS(char*, dc_kv_keys, (const char* prefix), {
  var pre = UTF8ToString(prefix), out = [];
  if (Module.dcStore) out = Module.dcStore.keys(pre);
  else {
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var k = window.localStorage.key(i);
        if (k && k.indexOf(pre) === 0) out.push(k);
      }
    } catch (e) { out = []; }
  }
  var s = out.join('\n'), n = lengthBytesUTF8(s) + 1, p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(int, dc_kv_available, (), {
  if (Module.dcStore) return Module.dcStore.available() ? 1 : 0;
  try { return window.localStorage ? 1 : 0; } catch (e) { return 0; }
});
EM_JS(char*, dc_kv_take_failure, (), {
  var f = Module.dcStore ? Module.dcStore.takeFailure() : '';
  var n = lengthBytesUTF8(f) + 1, p = _malloc(n);
  stringToUTF8(f, p, n);
  return p;
});
EM_JS(char*, dc_kv_backend, (), {
  var b = Module.dcStore ? Module.dcStore.backend() : 'localstorage';
  var n = lengthBytesUTF8(b) + 1, p = _malloc(n);
  stringToUTF8(b, p, n);
  return p;
});
// clang-format on

namespace dc::platform {

namespace {
std::string take(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

class WebStore final : public KeyValueStore {
public:
    std::optional<std::string> get(const std::string& key) override {
        char* p = dc_kv_get(key.c_str());
        if (!p) return std::nullopt;
        return take(p);
    }
    bool put(const std::string& key, const std::string& value) override {
        return dc_kv_put(key.c_str(), value.c_str()) == 0;
    }
    bool remove(const std::string& key) override { return dc_kv_remove(key.c_str()) != 0; }
    std::vector<std::string> keys(const std::string& prefix) override {
        const std::string all = take(dc_kv_keys(prefix.c_str()));
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start < all.size()) {
            std::size_t nl = all.find('\n', start);
            if (nl == std::string::npos) nl = all.size();
            if (nl > start) out.push_back(all.substr(start, nl - start));
            start = nl + 1;
        }
        return out;
    }
    bool available() override { return dc_kv_available() != 0; }
};
}  // namespace

KeyValueStore& kv_store() {
    static WebStore store;
    return store;
}
std::string kv_store_take_failure() { return take(dc_kv_take_failure()); }
std::string kv_store_backend() { return take(dc_kv_backend()); }

}  // namespace dc::platform
