// main.cpp — Điểm Cầu's entry point and main loop (SDL2 + OpenGL ES 3 / WebGL2 + Dear ImGui).
//
// The loop draws only when needed: on input, while the input queue still holds
// events, for ~0.5 s after the last input (ImGui settles hover and animation
// state), when the app or the platform asks for it (a file arrived, a toast
// expires).  Otherwise a browser animation frame costs almost nothing and the
// GPU is left alone: 0 frames rendered per second when idle.
//
// [SECTION] state
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
#endif

#include <algorithm>
#include <cstdio>

#include "platform/input_queue.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/autosave.h"   // apply_zoom
#include "ui/keyfocus.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"

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
};
Loop* g_loop = nullptr;

// ImGui's copy/cut goes to the system clipboard.  Paste never comes from here:
// the text bridge delivers pasted text as typed text (see web/glue.js).
void set_clipboard(void*, const char* text) { dc::platform::copy_to_clipboard(text ? text : ""); }
const char* get_clipboard(void*) { return ""; }

//-----------------------------------------------------------------------------
// [SECTION] one frame
//-----------------------------------------------------------------------------
void frame() {
    Loop& L = *g_loop;
    dc::test_hooks::count_tick();
    if (dc::test_hooks::held()) return;   // tests: let events pile up as if faster than a frame

    bool input = false;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (L.queue.push(e)) { input = true; continue; }
        switch (e.type) {
        case SDL_QUIT: L.running = false; break;
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
    ImGui::Render();

    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.965f, 0.969f, 0.976f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    dc::test_hooks::record_frame_time(dc::platform::now_ms() - frame_start);
    SDL_GL_SwapWindow(L.window);
    dc::test_hooks::count_render();
    // ImGui lays out auto-sized things on the first frame; the second is the one to show.
    if (++L.rendered == 2) dc::platform::notify_first_frame();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] start-up
//-----------------------------------------------------------------------------
int main(int, char**) {
    SDL_SetHint(SDL_HINT_MOUSE_FOCUS_CLICKTHROUGH, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "SDL_Init: %s\n", SDL_GetError());
        dc::platform::startup_failed(SDL_GetError());
        return 1;
    }
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
    while (loop.running) {
        frame();
        if (!loop.queue.pending() && loop.frames_left <= 0) SDL_WaitEventTimeout(nullptr, 100);
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(loop.gl);
    SDL_DestroyWindow(loop.window);
    SDL_Quit();
#endif
    return 0;
}
