// platform_web.cpp — the browser implementation of platform.h.
// Each function is a thin EM_JS call into web/glue.js (dcGlue.*), where the
// browser APIs are used; the functions exported to JavaScript (EMSCRIPTEN_KEEPALIVE)
// are how the glue hands data back (bridge text, files, links).  The test hooks
// (window.dcTest) are exported by src/ui/shell/web_exports.cpp: they read the
// interface, and this layer never includes src/ui.
//
// [SECTION] EM_JS calls into web/glue.js
// [SECTION] platform.h
// [SECTION] exported to JavaScript
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <cstring>
#include <map>

#include "core/text.h"
#include "platform/input_queue.h"

//-----------------------------------------------------------------------------
// [SECTION] EM_JS calls into web/glue.js
//-----------------------------------------------------------------------------
// clang-format off
EM_JS(void, dc_js_download, (const char* name, const char* mime, const char* data, int len), {
  Module.dcGlue.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + len));
});
EM_JS(void, dc_js_open_picker, (const char* accept), { Module.dcGlue.openPicker(UTF8ToString(accept)); });
EM_JS(char*, dc_js_take_legacy_setting, (const char* key), {
  var v = Module.dcGlue.takeLegacySetting(UTF8ToString(key));
  return v === null ? 0 : Module.dcGlue.cstr(v);
});
EM_JS(void, dc_js_copy, (const char* text), { Module.dcGlue.copy(UTF8ToString(text)); });
EM_JS(int, dc_js_later_code_ready, (), { return Module.dcGlue.laterCodeReady() ? 1 : 0; });
EM_JS(void, dc_js_read_clipboard, (), { Module.dcGlue.readClipboard(); });
EM_JS(void, dc_js_print, (const char* html), { Module.dcGlue.print(UTF8ToString(html)); });
EM_JS(void, dc_js_open_url, (const char* url), { Module.dcGlue.openUrl(UTF8ToString(url)); });
EM_JS(int, dc_js_can_share, (), { return Module.dcGlue.canShare() ? 1 : 0; });
EM_JS(int, dc_js_share, (const char* title, const char* text), {
  return Module.dcGlue.share(UTF8ToString(title), UTF8ToString(text)) ? 1 : 0;
});
EM_JS(void, dc_js_text_focus, (int active, float x, float y, float w, float h, int multiline), {
  Module.dcGlue.textFocus(active, x, y, w, h, multiline);
});
EM_JS(int, dc_js_is_mac, (), { return Module.dcGlue.isMac() ? 1 : 0; });
EM_JS(int, dc_js_today, (), { return Module.dcGlue.today(); });
EM_JS(int, dc_js_font_size, (int i), {
  var f = Module.dcGlue.fonts[i];
  return f ? f.length : -1;
});
EM_JS(void, dc_js_font_copy, (int i, char* dst), { HEAPU8.set(Module.dcGlue.fonts[i], dst); });
EM_JS(void, dc_js_ready, (), { Module.dcGlue.markReady(); });
EM_JS(void, dc_js_startup_failed, (const char* detail), { Module.dcGlue.startupFailed(UTF8ToString(detail)); });
EM_JS(void, dc_js_init, (double max_text), {
  Module.dcGlue.maxText = max_text;
  Module.dcGlue.initText(); Module.dcGlue.initDrop(); Module.dcGlue.initLink();
});
EM_JS(void, dc_js_make_link, (int id, const char* data, int len), {
  Module.dcGlue.makeLink(id, HEAPU8.slice(data, data + len));
});
// The address's fragment when it is a site's request ("#dcq=…"), read as the
// page opened (web/store.js decided from the same test whether to open the
// planner's storage).  Mail programs may have percent-escaped the link.
EM_JS(char*, dc_js_start_request, (), {
  var h = location.hash || '';
  if (h.indexOf('#dcq=') !== 0) return 0;
  if (h.indexOf('%') >= 0) { try { h = decodeURIComponent(h); } catch (e) { /* not percent-encoded */ } }
  var n = lengthBytesUTF8(h) + 1, p = _malloc(n);
  stringToUTF8(h, p, n);
  return p;
});
EM_JS(char*, dc_js_page_address, (), {
  var a = location.protocol + '//' + location.host + location.pathname;
  var n = lengthBytesUTF8(a) + 1, p = _malloc(n);
  stringToUTF8(a, p, n);
  return p;
});
// The site's answer, apart from the plan library (localStorage: a few KB per
// request, and the planner's IndexedDB stays untouched by a site's page).
EM_JS(char*, dc_js_site_answer_get, (const char* key), {
  var v = null;
  try { v = window.localStorage.getItem('diemcau.reply.' + UTF8ToString(key)); } catch (e) { v = null; }
  if (v === null) return 0;
  var n = lengthBytesUTF8(v) + 1, p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, dc_js_site_answer_put, (const char* key, const char* value), {
  try { window.localStorage.setItem('diemcau.reply.' + UTF8ToString(key), UTF8ToString(value)); }
  catch (e) { console.warn('the answer could not be kept in this browser: ' + (e && e.name)); }
});
// clang-format on

namespace dc::platform {

namespace {
FileHandler g_file_handler;
int g_redraw_request = 0;
bool g_text_active = false;
float g_text_rect[4] = {-1, -1, -1, -1};
bool g_text_multiline = false;
bool g_inited = false;
std::size_t g_refused_paste = 0;   // characters of a paste too long to enter (see take_refused_paste)
bool g_drag_over = false;          // files dragged over the page (web/glue.js)
// Links (make_plan_link / set_link_handler): callbacks waiting for the glue, by id.
std::map<int, LinkMade> g_links_pending;
int g_next_link_id = 1;
std::function<void(LinkStatus, std::string)> g_link_handler;
bool g_link_waiting = false;     // a "#plan=" link arrived before its handler
LinkStatus g_link_waiting_status = LinkStatus::Damaged;
std::string g_link_waiting_text;
std::string g_paste;             // pasted text waiting for a panel (see take_paste)
bool g_paste_pending = false;
std::uint64_t g_paste_frame = 0; // g_frames_drawn when it arrived
std::string g_paste_html;         // the HTML flavour of the waiting paste ("" if none)
std::string g_paste_html_taken;   // …handed over with the text take_paste() returned
std::uint64_t g_frames_drawn = 0; // frame_drawn() calls: the paste's two-frame window

void init_once() {
    if (g_inited) return;
    g_inited = true;
    dc_js_init(static_cast<double>(kMaxTextInput));
}
}  // namespace

// Used by main.cpp: frames the platform was asked to draw (consumed on read).
int take_redraw_request() {
    int n = g_redraw_request;
    g_redraw_request = 0;
    return n;
}

//-----------------------------------------------------------------------------
// [SECTION] platform.h
//-----------------------------------------------------------------------------
void save_file(const std::string& name, const std::string& mime, const std::string& bytes) {
    dc_js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}
void open_file_picker(const std::string& accept) { dc_js_open_picker(accept.c_str()); }
void set_file_handler(FileHandler handler) {
    init_once();
    g_file_handler = std::move(handler);
}

bool take_legacy_setting(const std::string& key, std::string* value) {
    char* v = dc_js_take_legacy_setting(key.c_str());
    if (!v) return false;
    if (value) *value = v;
    std::free(v);
    return true;
}

void copy_to_clipboard(const std::string& text) { dc_js_copy(text.c_str()); }
bool take_paste(std::string* text) {
    if (!g_paste_pending) return false;
    g_paste_pending = false;
    // Taken in the frame(s) right after it arrived, or not at all.
    if (g_frames_drawn > g_paste_frame + 2) { g_paste.clear(); g_paste_html.clear(); return false; }
    if (text) *text = std::move(g_paste);
    g_paste.clear();
    g_paste_html_taken = std::move(g_paste_html);
    g_paste_html.clear();
    return true;
}
std::string take_paste_html() {
    std::string h = std::move(g_paste_html_taken);
    g_paste_html_taken.clear();
    return h;
}
void read_clipboard() {
    init_once();
    dc_js_read_clipboard();
}
void print_html(const std::string& html) { dc_js_print(html.c_str()); }
void open_url(const std::string& url) { dc_js_open_url(url.c_str()); }

namespace {
std::string take_js_string(char* p) {
    if (!p) return {};
    std::string out(p);
    std::free(p);
    return out;
}
}  // namespace
std::string start_request() { return take_js_string(dc_js_start_request()); }
std::string load_site_answer(const std::string& key) { return take_js_string(dc_js_site_answer_get(key.c_str())); }
std::string page_address() { return take_js_string(dc_js_page_address()); }
void save_site_answer(const std::string& key, const std::string& value) {
    dc_js_site_answer_put(key.c_str(), value.c_str());
}
bool can_share() { return dc_js_can_share() != 0; }
void make_plan_link(const std::string& text, LinkMade done) {
    init_once();
    const int id = g_next_link_id++;
    g_links_pending[id] = std::move(done);
    dc_js_make_link(id, text.data(), static_cast<int>(text.size()));
}
void set_link_handler(std::function<void(LinkStatus status, std::string text)> handler) {
    init_once();
    g_link_handler = std::move(handler);
    if (g_link_waiting && g_link_handler) {
        g_link_waiting = false;
        g_link_handler(g_link_waiting_status, std::move(g_link_waiting_text));
        request_redraw(2);
    }
}
bool share_text(const std::string& title, const std::string& text) {
    return dc_js_share(title.c_str(), text.c_str()) != 0;
}

void set_text_input(bool active, float x, float y, float w, float h, bool multiline) {
    init_once();
    // Only talk to JavaScript when something changed; the glue re-focuses the
    // bridge itself if a click moved the focus elsewhere (checked each call).
    const bool moved = x != g_text_rect[0] || y != g_text_rect[1] || w != g_text_rect[2] || h != g_text_rect[3];
    if (active == g_text_active && (!active || !moved) && multiline == g_text_multiline) {
        if (active) {
            // Cheap check: is the bridge still focused?
            if (EM_ASM_INT({ return document.activeElement === Module.dcGlue.ta ? 1 : 0; })) return;
        } else {
            return;
        }
    }
    g_text_active = active;
    g_text_multiline = multiline;
    g_text_rect[0] = x; g_text_rect[1] = y; g_text_rect[2] = w; g_text_rect[3] = h;
    dc_js_text_focus(active ? 1 : 0, x, y, w, h, multiline ? 1 : 0);
}
bool is_mac() { return dc_js_is_mac() != 0; }
bool file_drag_over() { return g_drag_over; }
bool take_refused_paste(std::size_t* chars) {
    if (g_refused_paste == 0) return false;
    if (chars) *chars = g_refused_paste;
    g_refused_paste = 0;
    return true;
}

Date today() {
    const int v = dc_js_today();
    return Date{v / 10000, (v / 100) % 100, v % 100};
}
void frame_drawn() { ++g_frames_drawn; }
void request_redraw(int frames) {
    if (frames > g_redraw_request) g_redraw_request = frames;
}
double now_ms() { return emscripten_get_now(); }
bool later_code_ready() { return dc_js_later_code_ready() != 0; }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }
bool display_scale_changed() {
    static double last = 0;
    const double dpr = emscripten_get_device_pixel_ratio();
    if (dpr == last) return false;
    const bool first = last == 0;
    last = dpr;
    if (first) return false;
    // A ratio change alone (zoom that keeps the layout, another screen) fires no
    // `resize`, and SDL sizes the canvas only on `resize`: send one.
    EM_ASM({ window.dispatchEvent(new Event('resize')); });
    return true;
}

bool font_bytes(int index, std::string* out) {
    const int n = dc_js_font_size(index);
    if (n < 0) return false;
    out->resize(static_cast<std::size_t>(n));
    if (n > 0) dc_js_font_copy(index, out->data());
    return true;
}

void notify_first_frame() { dc_js_ready(); }
void startup_failed(const char* detail) { dc_js_startup_failed(detail ? detail : ""); }

}  // namespace dc::platform

//-----------------------------------------------------------------------------
// [SECTION] exported to JavaScript
//-----------------------------------------------------------------------------
extern "C" {

// Committed text from the text bridge (already NFC in JS; normalised again here
// because this is the app's entry point for typed text and the core's nfc() is
// the reference).
EMSCRIPTEN_KEEPALIVE void dc_bridge_text(const char* utf8) {
    const std::string s = dc::nfc(utf8 ? utf8 : "");
    dc::platform::InputQueue::push_bridge_text(s.c_str());
}

// Text too long for one paste (web/glue.js refused it whole): the app says so.
EMSCRIPTEN_KEEPALIVE void dc_bridge_text_refused(double chars) {
    dc::platform::g_refused_paste = chars > 0 ? static_cast<std::size_t>(chars) : 1;
    dc::platform::request_redraw(2);
}

// Files entered or left the page while being dragged (web/glue.js).
EMSCRIPTEN_KEEPALIVE void dc_drag_over(int on) {
    dc::platform::g_drag_over = on != 0;
    dc::platform::request_redraw(2);
}

EMSCRIPTEN_KEEPALIVE void dc_file_received(const char* name, const char* data, int len) {
    dc::platform::FileData f;
    f.name = dc::nfc(name ? name : "");
    f.bytes.assign(data, data + (len > 0 ? len : 0));
    if (dc::platform::g_file_handler) dc::platform::g_file_handler(std::move(f));
    dc::platform::request_redraw(2);
}

// The HTML flavour of the paste that follows (web/glue.js calls this first,
// with "" when the clipboard had none); see platform::take_paste_html.
EMSCRIPTEN_KEEPALIVE void dc_paste_html_received(const char* utf8) {
    dc::platform::g_paste_html = utf8 ? utf8 : "";
}

// Pasted text while no text field was being edited (web/glue.js); see platform::take_paste.
EMSCRIPTEN_KEEPALIVE void dc_paste_received(const char* utf8) {
    // Already NFC in JS; normalised again only when small enough to matter
    // (a 10 MB block is refused by the panel's reader anyway, and nfc() on it
    // would hold the page for seconds).
    const std::size_t n = utf8 ? std::strlen(utf8) : 0;
    dc::platform::g_paste = n <= (std::size_t(4) << 20) ? dc::nfc(std::string_view(utf8 ? utf8 : "", n))
                                                        : std::string(utf8, n);
    dc::platform::g_paste_pending = true;
    dc::platform::g_paste_frame = dc::platform::g_frames_drawn;
    dc::platform::request_redraw(2);
}

// A link made by dcGlue.makeLink (url 0 when the browser could not compress).
EMSCRIPTEN_KEEPALIVE void dc_link_made(int id, const char* url, int encoded_bytes) {
    auto it = dc::platform::g_links_pending.find(id);
    if (it == dc::platform::g_links_pending.end()) return;
    dc::platform::LinkMade done = std::move(it->second);
    dc::platform::g_links_pending.erase(it);
    if (done) done(url ? url : "", encoded_bytes > 0 ? static_cast<std::size_t>(encoded_bytes) : 0);
    dc::platform::request_redraw(2);
}
// The plan text of a "#plan=" link (len < 0: the link could not be decoded).
// len: the decoded size; -1 the link is damaged, -2 it inflates past kLinkMaxBytes.
EMSCRIPTEN_KEEPALIVE void dc_link_received(const char* data, int len) {
    namespace p = dc::platform;
    const bool ok = len >= 0 && data;
    const p::LinkStatus status = ok ? p::LinkStatus::Ok : len == -2 ? p::LinkStatus::TooLarge : p::LinkStatus::Damaged;
    std::string text = ok ? std::string(data, data + len) : std::string();
    if (p::g_link_handler) {
        p::g_link_handler(status, std::move(text));
    } else {
        p::g_link_waiting = true;
        p::g_link_waiting_status = status;
        p::g_link_waiting_text = std::move(text);
    }
    p::request_redraw(2);
}

// web/glue.js: the program's second part is there (platform::later_code_ready).
EMSCRIPTEN_KEEPALIVE void dc_later_code_arrived() { dc::platform::request_redraw(2); }

}  // extern "C"
