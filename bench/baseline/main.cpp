// main.cpp — the benchmark's bare baseline page: Dear ImGui 1.86 + SDL2 +
// WebGL2 with the app's fonts and build flags and no application code.
// bench/baseline/build.sh links it against the app's own ImGui library and
// SDL2 build, so the only difference from the app is the app itself.
//
// It renders like a stock ImGui program (every animation frame), which is what
// "no application code" means; the app's redraw-on-demand loop is part of the
// application.  Like the app it reports ready after its second rendered frame
// (window.dcTest.isReady, the shell's loading line hidden).
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <GLES3/gl3.h>
#include <emscripten.h>

#include <string>

// clang-format off
EM_JS(int, bl_font_size, (int i), { var f = Module.bl.fonts[i]; return f ? f.length : -1; });
EM_JS(void, bl_font_copy, (int i, char* dst), { HEAPU8.set(Module.bl.fonts[i], dst); });
EM_JS(void, bl_ready, (), { Module.bl.markReady(); });
EM_JS(void, bl_count_render, (), { Module.bl.renders++; });
// clang-format on

namespace {
SDL_Window* g_window = nullptr;
int g_rendered = 0;
std::string g_font_data[4];   // Regular, Bold, Symbols 2, Math — the app's four files

// The app's glyph ranges and font sizes (src/ui/shell/theme.cpp), so the atlas costs the same.
const ImWchar kTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF, 0x0102, 0x0103, 0x0110, 0x0111, 0x0128, 0x0129,
    0x0168, 0x0169, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0, 0x1EF9, 0x2013, 0x2014,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0x20AB, 0x20AB,
    0x2116, 0x2116, 0xFFFD, 0xFFFD, 0,
};
const ImWchar kSymbols2Ranges[] = {
    0x25B6, 0x25B6, 0x25B8, 0x25B8, 0x25BE, 0x25BE, 0x25C0, 0x25C0, 0x25CB, 0x25CB, 0x25CF, 0x25CF,
    0x2630, 0x2630, 0x26A0, 0x26A0, 0x2709, 0x2709, 0x270E, 0x270E, 0x2713, 0x2713, 0x2715, 0x2715,
    0x2B06, 0x2B07, 0,
};
const ImWchar kMathRanges[] = {0x2190, 0x2193, 0x21B6, 0x21B7, 0x27F2, 0x27F3, 0};

ImFont* add_font(int file, float px, float dpr, const ImWchar* ranges, bool merge = false) {
    std::string& data = g_font_data[file];
    if (data.empty()) return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    cfg.MergeMode = merge;
    cfg.OversampleH = dpr >= 2.0f ? 1 : 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), px * dpr, &cfg,
                                                       ranges);
}

void load_fonts() {
    float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    if (dpr < 1.0f) dpr = 1.0f;
    for (int i = 0; i < 4; ++i) {
        const int n = bl_font_size(i);
        if (n <= 0) continue;
        g_font_data[i].resize(static_cast<std::size_t>(n));
        bl_font_copy(i, g_font_data[i].data());
    }
    ImGuiIO& io = ImGui::GetIO();
    for (float px : {15.5f, 13.0f}) {
        ImFont* f = add_font(0, px, dpr, kTextRanges);
        add_font(2, px, dpr, kSymbols2Ranges, true);
        add_font(3, px, dpr, kMathRanges, true);
        if (px == 15.5f) io.FontDefault = f;
    }
    add_font(1, 15.5f, dpr, kTextRanges);
    add_font(1, 20.0f, dpr, kTextRanges);
    if (!io.FontDefault) io.FontDefault = io.Fonts->AddFontDefault();
    io.FontGlobalScale = 1.0f / dpr;
    io.Fonts->Build();
}

void frame() {
    SDL_Event e;
    while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("##baseline", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
    ImGui::TextUnformatted("Dear ImGui + SDL2 + WebGL2 — trang cơ sở của phép đo");
    ImGui::Button("Nút");
    ImGui::End();
    ImGui::Render();
    ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.965f, 0.969f, 0.976f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(g_window);
    bl_count_render();
    if (++g_rendered == 2) bl_ready();
}
}  // namespace

int main(int, char**) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) return 1;
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    g_window = SDL_CreateWindow("baseline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 760,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!g_window) return 1;
    SDL_GLContext gl = SDL_GL_CreateContext(g_window);
    if (!gl) return 1;
    SDL_GL_MakeCurrent(g_window, gl);
    SDL_GL_SetSwapInterval(1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::StyleColorsLight();
    ImGui_ImplSDL2_InitForOpenGL(g_window, gl);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    load_fonts();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
