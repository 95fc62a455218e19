// platform.h — everything the app needs from the machine it runs on, behind one
// interface: files, storage, clipboard, printing, text input, URLs, today's date,
// and the frame clock.
//
// One header, one implementation per platform chosen by the build (like Tracy's
// Backend*.cpp): platform_web.cpp (browser, through the small JS glue in
// web/glue.js) and platform_native.cpp (a desktop window through SDL2: files
// by path, the system clipboard, storage in a directory; see native.h).  The
// UI includes this header and never #ifdefs on __EMSCRIPTEN__.  Nothing in
// src/platform includes src/ui: what the interface exports to JavaScript is in
// src/ui/shell/web_exports.cpp.
//
// Every string crossing this interface is UTF-8; text coming *in* from the user
// (typing, paste, dropped file names) is NFC-normalised by the platform layer
// before the app sees it.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "core/plan.h"   // dc::Date

namespace dc::platform {

// [SECTION] files ------------------------------------------------------------

struct FileData {
    std::string name;    // file name as the user's system gave it (NFC)
    std::string bytes;   // raw content
};
using FileHandler = std::function<void(FileData)>;

// Offer `bytes` as a download named `name` (the browser's save dialog / Downloads).
void save_file(const std::string& name, const std::string& mime, const std::string& bytes);
// Show the system's file picker (`accept` as in <input accept>: ".json,application/json").
// The chosen file arrives later through the file handler.
void open_file_picker(const std::string& accept);
// One handler receives every file the user gives the app: picked or dropped on the window.
void set_file_handler(FileHandler handler);
// True while the user drags files over the page (the app shows where to drop them).
bool file_drag_over();

// [SECTION] storage ----------------------------------------------------------

// The plans and the preferences are kept through kv_store.h (one store; the
// preferences are core/library.h's Preferences, "dc.prefs": ui/shell/autosave.h).
// Settings older versions kept elsewhere (the browser's localStorage keys
// "diemcau.pref.*"): handed over once and removed, so the interface can carry
// them into its preferences.  False when there is none (always, natively).
bool take_legacy_setting(const std::string& key, std::string* value);

// [SECTION] clipboard, printing, sharing ------------------------------------

void copy_to_clipboard(const std::string& text);
// Text the user pasted (Ctrl/Cmd+V, the browser's Paste) while no text field was
// being edited, or that read_clipboard() obtained: the panel on show takes it
// (once).  Text nobody takes within two frames is dropped, so a paste never
// surprises a panel opened later.
bool take_paste(std::string* text);
// The HTML flavour that came with the text take_paste() last returned (Word,
// LibreOffice, Google Docs and Excel put tables there, merged cells included);
// "" when there was none.  Returned once.
std::string take_paste_html();
// Ask the browser for the clipboard's text (a "Paste" button); the text arrives
// through take_paste() if the browser allows it, else nothing happens (the user
// can still press Ctrl+V).
void read_clipboard();
// Print a complete HTML document (exporters' printable output) with the browser's print dialog.
void print_html(const std::string& html);
// Open a URL in a new tab/window (http:, https:, mailto:).
void open_url(const std::string& url);
// The system share sheet (navigator.share) when there is one; false otherwise,
// so the caller can fall back to a download or mailto:.
bool share_text(const std::string& title, const std::string& text);
bool can_share();
// A link to this page that carries `text` (the plan file) after "#plan=":
// compressed by the browser (CompressionStream, gzip) and base64url-encoded.
// Asynchronous: `done(url, encoded_bytes)` runs later (url "" when the browser
// cannot compress).
using LinkMade = std::function<void(const std::string& url, std::size_t encoded_bytes)>;
void make_plan_link(const std::string& text, LinkMade done);
// Receives the plan text of a "#plan=" link the page was opened with (or
// navigated to later), decoded.  The fragment is then removed from the
// address bar.  A link that arrives before a handler is set waits for it.
// TooLarge: its data inflates past kLinkMaxBytes — inflating stops there (a
// small link can hold gigabytes of zeros), so nothing that large is ever held.
enum class LinkStatus { Ok, Damaged, TooLarge };
constexpr std::size_t kLinkMaxBytes = 20u * 1024u * 1024u;   // = PlanFileLimits::max_bytes
void set_link_handler(std::function<void(LinkStatus status, std::string text)> handler);

// A site's request link ("#dcq=…", docs/site-replies.md) the page was opened
// with: the fragment as written ("" when the page was opened without one).
// Such a page is the site's answer form, not the planner (web/store.js then
// leaves the planner's storage alone).  Natively: the --dcq command-line option.
std::string start_request();
// The site's answer to one request, kept in this browser apart from the plan
// library (localStorage "diemcau.reply.<key>"), so coming back to the link
// shows it.  Natively kept for the session only.  "" when none.
std::string load_site_answer(const std::string& key);
void save_site_answer(const std::string& key, const std::string& value);
// The address this page was loaded from, without its ?query and #fragment
// ("https://sgd.example.vn/diem-cau/"): where a site's request link can point
// when the user has set no other.  "file:///…/diem-cau.html" for the one-file
// app opened from a disk; "" natively (no page).
std::string page_address();

// [SECTION] text input -------------------------------------------------------

// Where the text field being edited is (logical pixels), so the hidden text
// bridge follows it: input-method candidate windows and phone keyboards appear
// at the right place.  active=false when no text field is being edited.
void set_text_input(bool active, float x, float y, float w, float h, bool multiline);
// True on macOS (Cmd instead of Ctrl for shortcuts).
bool is_mac();
// The most characters one paste (or one input-method commit) may put into a
// text field at once.  Longer text is refused whole — nothing is cut off and
// the field keeps what it had — and take_refused_paste() reports it once, with
// its length in characters, so the app can say why.
constexpr std::size_t kMaxTextInput = 100000;
bool take_refused_paste(std::size_t* chars);

// [SECTION] time and frames --------------------------------------------------

// Today's civil date as the user's machine sees it (tests may override it).
Date today();
// Ask for a frame to be drawn: state changed outside input (a file arrived, a toast expires).
void request_redraw(int frames = 1);
// For the main loop: frames asked for by request_redraw since the last call (then 0).
int take_redraw_request();
// For the main loop: a frame was drawn.  The platform counts them itself
// (take_paste's two-frame window) rather than asking the interface.
void frame_drawn();
// Milliseconds since start (monotonic).
double now_ms();
// The web build ships its program in two parts (tools/split_wasm.mjs): what
// the first screen runs, and the rest, fetched right after the first frame.
// Work the first screen can do without (counting the checks' findings) waits
// for this, so that its code stays out of the first download.  True once the
// second part is there, when the program is not split, and in any case 5 s
// after the first frame (the code is then fetched on the spot); a redraw is
// requested when it becomes true.
bool later_code_ready();

// Device pixel ratio of the display (1, 1.5, 2, …).
float device_pixel_ratio();
// For the main loop, checked every tick: true once when the ratio changed (the
// platform has resized the canvas; the frame redraws and the fonts follow).
bool display_scale_changed();

// The bytes of bundled font `index` (order: see kFont* in src/ui/shell/theme.h).
// Web: fetched by web/glue.js before main(); native: read from dist/fonts/.
bool font_bytes(int index, std::string* out);

// The app has drawn its first complete frame (the page's loading note goes away, tests start).
void notify_first_frame();
// The app cannot start (no WebGL2 context, …): the loading note becomes an
// explanation for the user; `detail` is the technical reason (English).
void startup_failed(const char* detail);

}  // namespace dc::platform
