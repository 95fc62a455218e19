// platform_native.cpp — platform.h for the native app (SDL2 + desktop OpenGL),
// for developers: the interface runs, and can be debugged and tested, without
// a browser.  What the browser gives the web build comes from here instead:
//
//   files       open_file_picker() raises a path prompt (drawn by main.cpp);
//               files dropped on the window arrive as picked ones; save_file()
//               writes into NativeOptions::out_dir and says where on stderr
//   storage     kv_store_native.cpp (a directory, or memory)
//   clipboard   SDL's (the system clipboard); Ctrl+V outside a text field is a
//               paste for the panel on show, as the web page's paste event is
//   printing    the printable HTML is written to a file and opened with the
//               system's browser (SDL_OpenURL), which prints it
//   links       none: a "#plan=" link needs the browser's gzip (CompressionStream),
//               so make_plan_link() answers "cannot compress", as an old browser does
//
// [SECTION] state and options
// [SECTION] SDL events seen before the main loop (drops, paste)
// [SECTION] platform.h
// [SECTION] native.h
#include "platform/platform.h"

#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>
#include <vector>

#include "core/datetime.h"
#include "core/text.h"
#include "platform/native.h"

namespace dc::platform {

//-----------------------------------------------------------------------------
// [SECTION] state and options
//-----------------------------------------------------------------------------
namespace {
namespace fs = std::filesystem;

NativeOptions g_options;
FileHandler g_file_handler;
int g_redraw_request = 0;
bool g_text_active = false;
std::size_t g_refused_paste = 0;
std::string g_paste;
bool g_paste_pending = false;
std::uint64_t g_paste_frame = 0;
std::uint64_t g_frames_drawn = 0;
bool g_prompt_wanted = false;
const auto g_start = std::chrono::steady_clock::now();
float g_last_dpr = 0;

bool read_file(const fs::path& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return static_cast<bool>(in) || in.eof();
}

// "name.json", then "name (1).json", … as browsers name downloads: nothing is overwritten.
fs::path free_path(const fs::path& dir, const std::string& name) {
    const fs::path base(name);
    const std::string stem = base.stem().string(), ext = base.extension().string();
    fs::path p = dir / name;
    std::error_code ec;
    for (int i = 1; fs::exists(p, ec) && i < 10000; ++i) p = dir / (stem + " (" + std::to_string(i) + ")" + ext);
    return p;
}

fs::path out_dir() {
    fs::path dir = g_options.out_dir.empty() ? fs::current_path() : fs::path(g_options.out_dir);
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir;
}

// A file name from outside (a save name the app chose) never leaves out_dir.
std::string plain_file_name(const std::string& name) {
    std::string n = fs::path(name).filename().string();
    if (n.empty() || n == "." || n == "..") n = "diemcau-file";
    return n;
}

bool write_out(const std::string& name, const std::string& bytes, fs::path* written) {
    const fs::path p = free_path(out_dir(), plain_file_name(name));
    std::ofstream out(p, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "[diemcau] could not write %s\n", p.c_str());
        return false;
    }
    *written = fs::absolute(p);
    return true;
}

// Characters (code points) of UTF-8 text: every byte that does not continue one.
std::size_t utf8_length(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

void deliver_paste(std::string text) {
    g_paste = nfc(text);
    g_paste_pending = true;
    g_paste_frame = g_frames_drawn;
    request_redraw(2);
}

//-----------------------------------------------------------------------------
// [SECTION] SDL events seen before the main loop (drops, paste)
//-----------------------------------------------------------------------------
// An event watch sees each event as SDL queues it, so main.cpp's loop (shared
// with the web build) needs no native branch for these.
int SDLCALL watch_events(void*, SDL_Event* e) {
    if (e->type == SDL_DROPFILE && e->drop.file) {
        std::string error;
        if (!native_open_path(e->drop.file, &error)) std::fprintf(stderr, "[diemcau] %s\n", error.c_str());
        // main.cpp frees e->drop.file when it polls the event
    } else if (e->type == SDL_KEYDOWN && !g_text_active && e->key.keysym.sym == SDLK_v &&
               (e->key.keysym.mod & KMOD_CTRL) && !(e->key.keysym.mod & (KMOD_ALT | KMOD_SHIFT))) {
        read_clipboard();   // the web page's paste event, outside a text field
    }
    return 1;
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] platform.h
//-----------------------------------------------------------------------------
void save_file(const std::string& name, const std::string& mime, const std::string& bytes) {
    fs::path p;
    if (write_out(name, bytes, &p)) std::fprintf(stderr, "[diemcau] saved %s (%zu bytes, %s)\n", p.c_str(), bytes.size(), mime.c_str());
}
void open_file_picker(const std::string& accept) {
    g_prompt_wanted = true;   // main.cpp draws the path prompt (native.h)
    request_redraw(2);
}
void set_file_handler(FileHandler handler) { g_file_handler = std::move(handler); }
bool file_drag_over() { return false; }   // SDL reports a drop, not the dragging before it

bool take_legacy_setting(const std::string&, std::string*) { return false; }   // no older native version

void copy_to_clipboard(const std::string& text) { SDL_SetClipboardText(text.c_str()); }
bool take_paste(std::string* text) {
    if (!g_paste_pending) return false;
    g_paste_pending = false;
    // Taken in the frame(s) right after it arrived, or not at all (platform.h).
    if (g_frames_drawn > g_paste_frame + 2) { g_paste.clear(); return false; }
    if (text) *text = std::move(g_paste);
    g_paste.clear();
    return true;
}
// SDL 2.26 reads only the clipboard's text: no HTML flavour natively.
std::string take_paste_html() { return {}; }
void read_clipboard() {
    char* t = SDL_GetClipboardText();
    if (t && *t) deliver_paste(t);
    SDL_free(t);
}
void print_html(const std::string& html) {
    fs::path p;
    if (!write_out("diemcau-print.html", html, &p)) return;
    std::fprintf(stderr, "[diemcau] printable document: %s (opening it in the system's browser)\n", p.c_str());
    SDL_OpenURL(("file://" + p.string()).c_str());
}
void open_url(const std::string& url) {
    std::fprintf(stderr, "[diemcau] opening %s\n", url.c_str());
    SDL_OpenURL(url.c_str());
}
bool share_text(const std::string&, const std::string&) { return false; }

std::string start_request() { return native_options().request; }
namespace {
std::map<std::string, std::string>& site_answers() {   // for the session only (a developer's tool)
    static std::map<std::string, std::string> m;
    return m;
}
}  // namespace
std::string load_site_answer(const std::string& key) {
    const auto it = site_answers().find(key);
    return it == site_answers().end() ? std::string() : it->second;
}
void save_site_answer(const std::string& key, const std::string& value) { site_answers()[key] = value; }
std::string page_address() { return {}; }   // no page: the user types the hosted address
bool can_share() { return false; }
void make_plan_link(const std::string&, LinkMade done) {
    if (done) done("", 0);   // no gzip here: the caller offers the file instead (as in a browser without CompressionStream)
}
void set_link_handler(std::function<void(LinkStatus status, std::string text)>) {}   // no address bar, no links

void set_text_input(bool active, float x, float y, float w, float h, bool) {
    if (active) {
        SDL_Rect r{static_cast<int>(x), static_cast<int>(y), static_cast<int>(w), static_cast<int>(h)};
        SDL_SetTextInputRect(&r);   // where the input method's candidate window goes
    }
    g_text_active = active;
}
bool is_mac() {
#ifdef __APPLE__
    return true;
#else
    return false;
#endif
}
bool take_refused_paste(std::size_t* chars) {
    if (g_refused_paste == 0) return false;
    if (chars) *chars = g_refused_paste;
    g_refused_paste = 0;
    return true;
}

Date today() {
    if (!g_options.today.empty()) {
        int y = 0, m = 0, d = 0;
        if (std::sscanf(g_options.today.c_str(), "%d-%d-%d", &y, &m, &d) == 3 && valid_date(Date{y, m, d})) return Date{y, m, d};
    }
    const std::time_t t = std::time(nullptr);
    std::tm lt{};
    localtime_r(&t, &lt);
    return Date{lt.tm_year + 1900, lt.tm_mon + 1, lt.tm_mday};
}
void request_redraw(int frames) {
    if (frames > g_redraw_request) g_redraw_request = frames;
}
int take_redraw_request() {
    const int n = g_redraw_request;
    g_redraw_request = 0;
    return n;
}
void frame_drawn() { ++g_frames_drawn; }
double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g_start).count();
}
bool later_code_ready() { return true; }   // one program, not split

// The window's pixels per logical pixel (2 on a HiDPI screen with SDL_WINDOW_ALLOW_HIGHDPI).
float device_pixel_ratio() {
    SDL_Window* w = SDL_GL_GetCurrentWindow();
    if (!w) return 1;
    int lw = 0, lh = 0, pw = 0, ph = 0;
    SDL_GetWindowSize(w, &lw, &lh);
    SDL_GL_GetDrawableSize(w, &pw, &ph);
    return lw > 0 && pw > 0 ? static_cast<float>(pw) / static_cast<float>(lw) : 1.0f;
}
bool display_scale_changed() {
    const float dpr = device_pixel_ratio();
    if (dpr == g_last_dpr) return false;
    const bool first = g_last_dpr == 0;
    g_last_dpr = dpr;
    return !first;
}

// The web build's font subsets (build-wasm.sh build_fonts → dist/fonts/), looked
// for in --fonts DIR, then dist/fonts/ of the source tree this was built from,
// then ./dist/fonts; else Debian's full Noto fonts (fonts-noto-core), which
// draw the same glyphs.
bool font_bytes(int index, std::string* out) {
    static const char* const kSubset[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansSymbols2.ttf", "NotoSansMath.ttf"};
    static const char* const kDebian[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansSymbols2-Regular.ttf",
                                          "NotoSansMath-Regular.ttf"};
    if (index < 0 || index >= 4) return false;
    std::vector<fs::path> dirs;
    if (!g_options.fonts_dir.empty()) dirs.emplace_back(g_options.fonts_dir);
#ifdef DC_SOURCE_DIR
    dirs.emplace_back(fs::path(DC_SOURCE_DIR) / "dist" / "fonts");
#endif
    dirs.emplace_back("dist/fonts");
    for (const fs::path& d : dirs)
        if (read_file(d / kSubset[index], out)) return true;
    if (read_file(fs::path("/usr/share/fonts/truetype/noto") / kDebian[index], out)) return true;
    std::fprintf(stderr, "[diemcau] font %s not found (run `bash build-wasm.sh web`, or pass --fonts DIR)\n", kSubset[index]);
    return false;
}

void notify_first_frame() {}
void startup_failed(const char* detail) { std::fprintf(stderr, "[diemcau] cannot start: %s\n", detail ? detail : ""); }

//-----------------------------------------------------------------------------
// [SECTION] native.h
//-----------------------------------------------------------------------------
void native_configure(const NativeOptions& options) {
    g_options = options;
    SDL_AddEventWatch(watch_events, nullptr);
}
const NativeOptions& native_options() { return g_options; }

std::string native_default_data_dir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg) return (fs::path(xdg) / "diemcau").string();
    const char* home = std::getenv("HOME");
    return (fs::path(home && *home ? home : ".") / ".local" / "share" / "diemcau").string();
}

bool native_file_prompt_wanted() { return g_prompt_wanted; }
void native_file_prompt_cancel() { g_prompt_wanted = false; }
bool native_open_path(const std::string& path, std::string* error) {
    FileData f;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || !read_file(path, &f.bytes)) {
        if (error) *error = "cannot read " + path;
        return false;
    }
    f.name = nfc(fs::path(path).filename().string());
    g_prompt_wanted = false;
    if (g_file_handler) g_file_handler(std::move(f));
    request_redraw(2);
    return true;
}

std::string native_clipboard_for_field() {
    char* t = SDL_GetClipboardText();
    std::string s = t ? t : "";
    SDL_free(t);
    if (s.size() > kMaxTextInput && utf8_length(s) > kMaxTextInput) {
        g_refused_paste = utf8_length(s);   // refused whole, as the web page's text bridge does
        request_redraw(2);
        return {};
    }
    return nfc(s);
}

}  // namespace dc::platform
