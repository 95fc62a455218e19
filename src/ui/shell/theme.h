// theme.h — the look of Điểm Cầu: light colours, Noto Sans at the display's
// pixel density, spacing, and the few icon glyphs the UI uses.
//
// Fonts are rasterised at size × device-pixel-ratio and drawn with
// FontGlobalScale = 1/DPR, so text is sharp at DPR 1, 1.5 and 2 (ImGui would
// otherwise stretch a 1× atlas).  rebuild_fonts_if_needed() notices a DPR
// change (browser zoom, moving the window to another screen).
#pragma once
#include <imgui.h>

namespace dc::ui {

// Indexes of the bundled fonts (web/glue.js fetches them in this order; the
// files are subsets made by build-wasm.sh from Debian's fonts-noto-core).
enum FontFile { kFontRegular = 0, kFontBold = 1, kFontSymbols2 = 2, kFontMath = 3, kFontFileCount };

struct Fonts {
    ImFont* body = nullptr;      // Noto Sans 15.5 px + icons
    ImFont* bold = nullptr;      // Noto Sans Bold, same size
    ImFont* heading = nullptr;   // Noto Sans Bold 20 px (panel titles)
    ImFont* small = nullptr;     // Noto Sans 13 px (status line, badges)
};
const Fonts& fonts();

// Loads the fonts for the current DPR when it changed (or on first call).
// Returns true when the atlas was rebuilt (the renderer must re-upload it).
bool rebuild_fonts_if_needed();

void apply_light_theme();

// Colours used outside ImGui's style (top bar, navigation, badges).
namespace colors {
constexpr ImU32 kTopBar      = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kNavBg       = IM_COL32(243, 245, 248, 255);
constexpr ImU32 kNavActive   = IM_COL32(226, 236, 250, 255);
constexpr ImU32 kNavHover    = IM_COL32(233, 238, 245, 255);
constexpr ImU32 kAccent      = IM_COL32(24, 95, 170, 255);    // links, active item marker
constexpr ImU32 kBorder      = IM_COL32(218, 222, 228, 255);
constexpr ImU32 kTextMuted   = IM_COL32(96, 104, 116, 255);
constexpr ImU32 kBadge       = IM_COL32(196, 60, 40, 255);    // needs attention
constexpr ImU32 kBadgeInfo   = IM_COL32(110, 118, 130, 255);
constexpr ImU32 kStatusBg    = IM_COL32(236, 239, 243, 255);
constexpr ImU32 kOk          = IM_COL32(30, 128, 70, 255);
constexpr ImU32 kWarn        = IM_COL32(176, 110, 0, 255);
}  // namespace colors

// Icon glyphs (present in the font subsets; see build-wasm.sh ICON_* lists).
namespace icons {
constexpr const char* kUndo     = "\xE2\x86\xB6";   // ↶
constexpr const char* kRedo     = "\xE2\x86\xB7";   // ↷
constexpr const char* kCheck    = "\xE2\x9C\x93";   // ✓
constexpr const char* kCross    = "\xE2\x9C\x95";   // ✕
constexpr const char* kWarning  = "\xE2\x9A\xA0";   // ⚠
constexpr const char* kRight    = "\xE2\x96\xB8";   // ▸
constexpr const char* kDown     = "\xE2\x96\xBE";   // ▾
constexpr const char* kDot      = "\xE2\x97\x8F";   // ●
constexpr const char* kCircle   = "\xE2\x97\x8B";   // ○
constexpr const char* kMenu     = "\xE2\x98\xB0";   // ☰
constexpr const char* kMail     = "\xE2\x9C\x89";   // ✉
constexpr const char* kPencil   = "\xE2\x9C\x8E";   // ✎
constexpr const char* kDownload = "\xE2\xAC\x87";   // ⬇
constexpr const char* kUpload   = "\xE2\xAC\x86";   // ⬆
constexpr const char* kPlay     = "\xE2\x96\xB6";   // ▶
constexpr const char* kArrowL   = "\xE2\x86\x90";   // ←
constexpr const char* kArrowR   = "\xE2\x86\x92";   // →
}  // namespace icons

// Layout sizes in logical pixels.
constexpr float kTopBarHeight = 48.0f;
constexpr float kNavWidth = 196.0f;
constexpr float kStatusHeight = 26.0f;

}  // namespace dc::ui
