// main.cpp — Điểm Cầu's entry point and main loop (SDL2 + OpenGL ES 3 / WebGL2 + Dear ImGui).
//
// The loop draws only when needed: on input, while the input queue still holds
// events, for ~0.5 s after the last input (ImGui settles hover and animation
// state), when the app or the platform asks for it (a file arrived, a toast
// expires).  Otherwise a browser animation frame costs almost nothing and the
// GPU is left alone: 0 frames rendered per second when idle.
//
// The same file builds the native app (diemcau-app, README.md "Native build
// for developers"): desktop OpenGL instead of WebGL2, a loop instead of the
// browser's animation frames, and a few things only it has, marked `native`
// (its command line, the file prompt, --smoke).
//
// [SECTION] state
// [SECTION] native: command line, file prompt, smoke test
// [SECTION] one frame
// [SECTION] start-up
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#include <imgui_stdlib.h>

#include <cstring>
#include <string>
#include <vector>

#include "core/text.h"   // clip_text
#include "platform/native.h"
#include "ui/shell/i18n.h"
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include "platform/input_queue.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/shell/autosave.h"   // apply_zoom
#include "ui/shell/keyfocus.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace {

//-----------------------------------------------------------------------------
// [SECTION] state
//-----------------------------------------------------------------------------
constexpr int kSettleFrames = 30;   // ≈0.5 s at 60 Hz after the last input

struct Loop {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    dc::platform::InputQueue queue;
    dc::ui::App app;
    int frames_left = 2;            // draw the first frames unconditionally
    int rendered = 0;
    bool running = true;
    bool capture = false;                 // native --smoke: read this frame's pixels back
    std::vector<unsigned char> pixels;    // RGBA, bottom row first (glReadPixels)
    int pixels_w = 0, pixels_h = 0;
};
Loop* g_loop = nullptr;

// ImGui's copy/cut goes to the system clipboard.  On the web, paste never
// comes from here: the text bridge delivers pasted text as typed text (see
// web/glue.js).  Natively ImGui's Ctrl+V reads SDL's clipboard.
void set_clipboard(void*, const char* text) { dc::platform::copy_to_clipboard(text ? text : ""); }
#ifdef __EMSCRIPTEN__
const char* get_clipboard(void*) { return ""; }
#else
const char* get_clipboard(void*) {
    static std::string text;
    text = dc::platform::native_clipboard_for_field();
    return text.c_str();
}
#endif

//-----------------------------------------------------------------------------
// [SECTION] native: command line, file prompt, smoke test
//-----------------------------------------------------------------------------
#ifndef __EMSCRIPTEN__
struct NativeArgs {
    dc::platform::NativeOptions options;
    std::vector<std::string> open;   // --open FILE: given to the app as picked files
    int smoke_frames = 0;            // --smoke N: draw N frames, check them, exit
    std::string screenshot;          // --screenshot FILE.bmp: the last frame (with --smoke)
};

const char* const kUsage =
    "usage: diemcau-app [--data DIR | --memory] [--out DIR] [--fonts DIR] [--today YYYY-MM-DD]\n"
    "                   [--open FILE]... [--dcq LINK] [--smoke N [--screenshot FILE.bmp]]\n"
    "  --data DIR     keep the plan library and preferences in DIR (default: $XDG_DATA_HOME/diemcau)\n"
    "  --memory       keep nothing: start as on a first visit\n"
    "  --out DIR      where saved files and printable documents go (default: the current directory)\n"
    "  --fonts DIR    the web build's font subsets (default: dist/fonts of the source tree)\n"
    "  --today DATE   the date the app takes as today\n"
    "  --open FILE    open a plan file (.json) as if picked; files can also be dropped on the window\n"
    "  --dcq LINK     open a site's request link (\"…#dcq=DCQ1.…\"): the site's answer form\n"
    "  --smoke N      draw N frames, check what was drawn, print \"N passed, M failed\", exit\n";

// -1: go on; else the program ends with that exit status (--help: 0, a wrong command line: 2).
int parse_args(int argc, char** argv, NativeArgs* a) {
    a->options.data_dir = dc::platform::native_default_data_dir();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--memory") a->options.data_dir.clear();
        else if (arg == "--data" && has_value) a->options.data_dir = argv[++i];
        else if (arg == "--out" && has_value) a->options.out_dir = argv[++i];
        else if (arg == "--fonts" && has_value) a->options.fonts_dir = argv[++i];
        else if (arg == "--today" && has_value) a->options.today = argv[++i];
        else if (arg == "--dcq" && has_value) a->options.request = argv[++i];
        else if (arg == "--open" && has_value) a->open.push_back(argv[++i]);
        else if (arg == "--smoke" && has_value) a->smoke_frames = std::atoi(argv[++i]);
        else if (arg == "--screenshot" && has_value) a->screenshot = argv[++i];
        else {
            const bool help = arg == "--help" || arg == "-h";
            std::fputs(kUsage, help ? stdout : stderr);
            return help ? 0 : 2;
        }
    }
    return -1;
}

// The browser's file picker, natively: a path to type (or paste).  Developer
// tool: the two languages' words are here rather than in the string tables.
void draw_file_prompt() {
    if (!dc::platform::native_file_prompt_wanted()) return;
    static std::string path, error;
    const bool en = dc::ui::language() == dc::ui::Lang::En;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.3f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, vp->WorkSize.x - 40.0f), 0));
    ImGui::Begin(en ? "Open a file (path)###native.open" : "Mở tệp (đường dẫn)###native.open", nullptr,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool enter = ImGui::InputText("##native.open.path", &path, ImGuiInputTextFlags_EnterReturnsTrue);
    dc::widgets::register_last_item("native.open.path");
    if (!error.empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", error.c_str());
    const bool open = ImGui::Button(en ? "Open" : "Mở");
    dc::widgets::register_last_item("native.open.ok");
    ImGui::SameLine();
    if (ImGui::Button(en ? "Cancel" : "Huỷ")) {
        dc::platform::native_file_prompt_cancel();
        error.clear();
    }
    dc::widgets::register_last_item("native.open.cancel");
    if ((enter || open) && !path.empty()) {
        std::string why;
        if (dc::platform::native_open_path(path, &why)) error.clear();
        else error = (en ? "Cannot read: " : "Không đọc được: ") + path;
    }
    ImGui::End();
}
#endif

#ifndef __EMSCRIPTEN__
// --smoke: what a developer would check by looking.  Each check prints one
// line; the last line is "N passed, M failed" (build-wasm.sh test counts it).
int smoke_report(const Loop& L, int frames_wanted, const std::string& screenshot) {
    int passed = 0, failed = 0;
    const auto check = [&](bool ok, const char* what, const std::string& detail) {
        std::printf("%s %s%s%s\n", ok ? "ok  " : "FAIL", what, detail.empty() ? "" : ": ", detail.c_str());
        (ok ? passed : failed)++;
    };
    check(L.rendered == frames_wanted, "frames drawn",
          std::to_string(L.rendered) + " of " + std::to_string(frames_wanted));
    // The example plan of a first visit (Kế hoạch 1905/KH-SGDĐT) is open, or the one --open gave.
    const dc::Header& h = L.app.editor().plan().header;
    check(!h.title.empty(), "a plan is open", h.number + "/" + h.code + " " + dc::clip_text(h.title, 40));
    // The document view laid out its title field, and the shell its navigation.
    dc::widgets::Rect r;
    const bool title = dc::widgets::widget_rect("doc.title", &r) && r.w > 50 && r.h > 5;
    check(title, "the plan title's field was laid out",
          title ? std::to_string(int(r.w)) + "x" + std::to_string(int(r.h)) + " at " + std::to_string(int(r.x)) + "," + std::to_string(int(r.y)) : "");
    const std::string ids = dc::widgets::widget_ids_json();
    const std::size_t widgets = std::count(ids.begin(), ids.end(), ',') + (ids.size() > 2 ? 1 : 0);
    check(widgets >= 10 && ids.find("\"nav.tasks\"") != std::string::npos, "widgets registered",
          std::to_string(widgets) + " (nav.tasks among them)");
    // The last frame is a picture, not one flat colour (the clear colour, or a
    // window's background with nothing drawn on it): more than 5 % of the
    // pixels differ from the most common colour, in many colours (text is
    // anti-aliased).
    std::map<unsigned, std::size_t> colours;
    for (std::size_t i = 0; i + 3 < L.pixels.size(); i += 4)
        ++colours[static_cast<unsigned>(L.pixels[i]) << 16 | static_cast<unsigned>(L.pixels[i + 1]) << 8 | L.pixels[i + 2]];
    std::size_t most = 0;
    for (const auto& [c, n] : colours) most = std::max(most, n);
    const std::size_t total = L.pixels.size() / 4, inked = total - most;
    check(total > 0 && inked * 20 > total && colours.size() >= 32, "the frame is not blank",
          std::to_string(total ? inked * 100 / total : 0) + " % of pixels not in the background colour, " +
              std::to_string(colours.size()) + " colours");
    if (!screenshot.empty() && total > 0) {
        // bottom row first → top row first, for the BMP
        std::vector<unsigned char> flipped(L.pixels.size());
        const std::size_t row = static_cast<std::size_t>(L.pixels_w) * 4;
        for (int y = 0; y < L.pixels_h; ++y)
            std::memcpy(&flipped[y * row], &L.pixels[(L.pixels_h - 1 - y) * row], row);
        SDL_Surface* surf = SDL_CreateRGBSurfaceWithFormatFrom(flipped.data(), L.pixels_w, L.pixels_h, 32,
                                                               static_cast<int>(row), SDL_PIXELFORMAT_ABGR8888);
        const bool saved = surf && SDL_SaveBMP(surf, screenshot.c_str()) == 0;
        if (surf) SDL_FreeSurface(surf);
        check(saved, "screenshot written", screenshot);
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
#endif

//-----------------------------------------------------------------------------
// [SECTION] one frame
//-----------------------------------------------------------------------------
void frame() {
    Loop& L = *g_loop;
    dc::widgets::count_tick();
    if (dc::widgets::held()) return;   // tests: let events pile up as if faster than a frame

    bool input = false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (L.queue.push(e)) { input = true; continue; }
        switch (e.type) {
        case SDL_QUIT: L.running = false; break;
        case SDL_DROPFILE: SDL_free(e.drop.file); break;   // (native: read by the platform's event watch)
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_LEAVE) L.queue.mouse_left();
            ImGui_ImplSDL2_ProcessEvent(&e);   // focus in/out
            input = true;                      // resized, shown, focus: redraw
            break;
        default: break;
        }
    }

    if (dc::platform::display_scale_changed()) input = true;   // zoom / another screen: fonts follow

    int want = 0;
    if (input || L.queue.pending()) want = kSettleFrames;
    want = std::max(want, dc::platform::take_redraw_request());
    const double wake = L.app.wake_at_ms();
    if (wake > 0 && dc::platform::now_ms() >= wake) want = std::max(want, 1);
    L.frames_left = std::max(L.frames_left, want);
    if (L.frames_left <= 0) return;
    --L.frames_left;

    if (dc::ui::rebuild_fonts_if_needed()) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGuiIO& io = ImGui::GetIO();
    const double frame_start = dc::platform::now_ms();   // frame cost, for bench/run.sh
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    L.queue.feed(io);
    dc::ui::apply_zoom(io);   // the zoom preference (90–150 %): smaller logical display, larger scale
    dc::ui::keyfocus::filter_keys(io);   // Tab / Enter / Space of the keyboard focus ring
    ImGui::NewFrame();
    L.app.frame();
#ifndef __EMSCRIPTEN__
    draw_file_prompt();
#endif
    ImGui::Render();

    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.965f, 0.969f, 0.976f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (L.capture) {
        L.capture = false;
        L.pixels_w = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
        L.pixels_h = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
        L.pixels.assign(static_cast<std::size_t>(L.pixels_w) * L.pixels_h * 4, 0);
        glReadPixels(0, 0, L.pixels_w, L.pixels_h, GL_RGBA, GL_UNSIGNED_BYTE, L.pixels.data());
    }
    dc::widgets::record_frame_time(dc::platform::now_ms() - frame_start);
    SDL_GL_SwapWindow(L.window);
    dc::platform::frame_drawn();
    dc::widgets::count_render();
    // ImGui lays out auto-sized things on the first frame; the second is the one to show.
    if (++L.rendered == 2) dc::platform::notify_first_frame();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] start-up
//-----------------------------------------------------------------------------
int main(int argc, char** argv) {
#ifndef __EMSCRIPTEN__
    NativeArgs args;
    if (const int status = parse_args(argc, argv, &args); status >= 0) return status;
#else
    (void)argc;
    (void)argv;
#endif
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        dc::platform::startup_failed(SDL_GetError());
        return 1;
    }
#ifndef __EMSCRIPTEN__
    dc::platform::native_configure(args.options);
#endif
#ifdef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);   // WebGL2
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    const char* glsl = "#version 300 es";
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    const char* glsl = "#version 150";
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    static Loop loop;
    g_loop = &loop;
    // On the web the canvas' CSS size (100vw × 100vh) decides the real size.
    loop.window = SDL_CreateWindow("Điểm Cầu", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 760,
                                   SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!loop.window) {
        std::fprintf(stderr, "SDL_CreateWindow: %s\n", SDL_GetError());
        dc::platform::startup_failed(SDL_GetError());
        return 1;
    }
    loop.gl = SDL_GL_CreateContext(loop.window);
    if (!loop.gl) {
        std::fprintf(stderr, "WebGL2 / OpenGL context: %s\n", SDL_GetError());
        dc::platform::startup_failed("no WebGL2 context");
        return 1;
    }
    SDL_GL_MakeCurrent(loop.window, loop.gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;                    // the layout is fixed; nothing to remember
    io.ConfigInputTextCursorBlink = false;       // a blinking caret would need frames forever
    io.ConfigMacOSXBehaviors = dc::platform::is_mac();
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    ImGui_ImplSDL2_InitForOpenGL(loop.window, loop.gl);
    ImGui_ImplOpenGL3_Init(glsl);
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;

    dc::ui::apply_light_theme();
    dc::ui::rebuild_fonts_if_needed();
    loop.app.init();

#ifdef __EMSCRIPTEN__
    emscripten_set_main_loop(frame, 0, true);
#else
    for (const std::string& path : args.open) {
        std::string error;
        if (!dc::platform::native_open_path(path, &error)) std::fprintf(stderr, "[diemcau] %s\n", error.c_str());
    }
    int rc = 0;
    if (args.smoke_frames > 0) {
        // Every frame drawn, as fast as the (virtual) display takes them.
        while (loop.running && loop.rendered < args.smoke_frames) {
            loop.frames_left = std::max(loop.frames_left, 1);
            loop.capture = loop.rendered == args.smoke_frames - 1;
            frame();
        }
        rc = smoke_report(loop, args.smoke_frames, args.screenshot);
    } else {
        while (loop.running) {
            frame();
            if (!loop.queue.pending() && loop.frames_left <= 0) SDL_WaitEventTimeout(nullptr, 100);
        }
    }
    dc::platform::native_quit();   // the last edits are written, as on the web's pagehide
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(loop.gl);
    SDL_DestroyWindow(loop.window);
    SDL_Quit();
    return rc;
#endif
    return 0;
}
