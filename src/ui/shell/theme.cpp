// theme.cpp — fonts at the display's density and the light theme (see theme.h).
#include "ui/shell/theme.h"

#include <string>
#include <vector>

#include "platform/platform.h"
#include "ui/shell/widgets.h"
#include "ui/shell/autosave.h"   // ui_zoom

namespace dc::ui {

namespace {
Fonts g_fonts;
float g_font_dpr = 0.0f;
std::string g_font_data[kFontFileCount];   // kept alive: the atlas does not own them
bool g_font_data_loaded = false;

// Glyph ranges: exactly what the font subsets hold, from the one list
// (glyph_ranges.inc, which cmake/site.cmake reads too).  ImGui's
// GetGlyphRangesVietnamese() lacks – — … ₫ “ ” ‘ ’ •.
enum class GlyphFont { Text, Symbols2, Math };
struct GlyphRange { GlyphFont font; ImWchar first, last; };
constexpr GlyphRange kGlyphRanges[] = {
#define DC_GLYPHS(font, first, last) {GlyphFont::font, first, last},
#include "ui/shell/glyph_ranges.inc"
#undef DC_GLYPHS
};
// ImGui's form: pairs, then 0.  Kept alive for the atlas (it keeps the pointer).
const ImWchar* ranges_of(GlyphFont font) {
    static std::vector<ImWchar> lists[3];
    std::vector<ImWchar>& v = lists[static_cast<int>(font)];
    if (v.empty()) {
        for (const GlyphRange& r : kGlyphRanges)
            if (r.font == font) { v.push_back(r.first); v.push_back(r.last); }
        v.push_back(0);
    }
    return v.data();
}

ImFont* add_font(int file, float px, float dpr, const ImWchar* ranges, bool merge = false) {
    std::string& data = g_font_data[file];
    if (data.empty()) return nullptr;
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    cfg.MergeMode = merge;
    cfg.OversampleH = dpr >= 2.0f ? 1 : 2;   // at 2× the pixels are already fine
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    cfg.GlyphOffset = ImVec2(0, merge ? 1.0f * dpr : 0);
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()),
                                                       px * dpr, &cfg, ranges);
}
}  // namespace

const Fonts& fonts() { return g_fonts; }

bool rebuild_fonts_if_needed() {
    float dpr = platform::device_pixel_ratio() * ui_zoom();   // zoomed text is rasterised sharp
    if (dpr < 1.0f) dpr = 1.0f;
    if (dpr > 4.0f) dpr = 4.0f;
    if (dpr == g_font_dpr) return false;
    const float wanted = dpr;   // remembered even when the built-in font (1×) stands in
    if (!g_font_data_loaded) {
        for (int i = 0; i < kFontFileCount; ++i) platform::font_bytes(i, &g_font_data[i]);
        g_font_data_loaded = true;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_fonts = Fonts{};
    auto body_with_icons = [&](float px) {
        ImFont* f = add_font(kFontRegular, px, dpr, ranges_of(GlyphFont::Text));
        add_font(kFontSymbols2, px, dpr, ranges_of(GlyphFont::Symbols2), true);
        add_font(kFontMath, px, dpr, ranges_of(GlyphFont::Math), true);
        return f;
    };
    g_fonts.body = body_with_icons(15.5f);
    g_fonts.bold = add_font(kFontBold, 15.5f, dpr, ranges_of(GlyphFont::Text));
    g_fonts.heading = add_font(kFontBold, 20.0f, dpr, ranges_of(GlyphFont::Text));
    g_fonts.small = body_with_icons(13.0f);
    if (!g_fonts.body) {   // fonts missing (native run without dist/): ImGui's built-in font
        g_fonts.body = io.Fonts->AddFontDefault();
        dpr = 1.0f;
    }
    if (!g_fonts.bold) g_fonts.bold = g_fonts.body;
    if (!g_fonts.heading) g_fonts.heading = g_fonts.body;
    if (!g_fonts.small) g_fonts.small = g_fonts.body;
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / dpr;
    io.Fonts->Build();
    g_font_dpr = wanted;
    widgets::set_font_dpr(dpr);
    return true;
}

void apply_light_theme() {
    ImGuiStyle& s = ImGui::GetStyle();
    ImGui::StyleColorsLight(&s);
    s.WindowRounding = 0.0f;
    s.ChildRounding = 4.0f;
    s.FrameRounding = 4.0f;
    s.PopupRounding = 4.0f;
    s.GrabRounding = 4.0f;
    s.TabRounding = 4.0f;
    s.ScrollbarRounding = 6.0f;
    s.WindowBorderSize = 0.0f;
    s.FrameBorderSize = 1.0f;
    s.PopupBorderSize = 1.0f;
    s.WindowPadding = ImVec2(16, 12);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(8, 8);
    s.ItemInnerSpacing = ImVec2(6, 4);
    s.CellPadding = ImVec2(6, 4);
    s.ScrollbarSize = 14.0f;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = ImVec4(0.11f, 0.13f, 0.16f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.48f, 0.52f, 1.0f);
    c[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 0.99f);
    c[ImGuiCol_Border] = ImVec4(0.85f, 0.87f, 0.89f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.95f, 0.97f, 1.0f, 1.0f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.93f, 0.96f, 1.0f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.94f, 0.95f, 0.97f, 1.0f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.87f, 0.91f, 0.97f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.80f, 0.87f, 0.96f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.88f, 0.92f, 0.98f, 1.0f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.93f, 0.98f, 1.0f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.84f, 0.89f, 0.97f, 1.0f);
    c[ImGuiCol_CheckMark] = ImVec4(0.09f, 0.37f, 0.67f, 1.0f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.95f, 0.96f, 0.97f, 1.0f);
    c[ImGuiCol_TableBorderStrong] = ImVec4(0.82f, 0.84f, 0.87f, 1.0f);
    c[ImGuiCol_TableBorderLight] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.97f, 0.98f, 0.99f, 1.0f);
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.62f, 0.78f, 0.98f, 0.6f);
    c[ImGuiCol_NavHighlight] = ImVec4(0.09f, 0.37f, 0.67f, 1.0f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.15f, 0.17f, 0.20f, 0.35f);
}

}  // namespace dc::ui
