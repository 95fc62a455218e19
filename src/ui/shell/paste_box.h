// paste_box.h — the multi-line box a table is pasted into (sites list, the
// programme): unlike a plain InputTextMultiline it keeps the tab characters
// that separate the columns of rows copied from Excel, Word or Google Sheets.
#pragma once
#include <imgui.h>

#include <string>

namespace dc::ui {

// Draws the box (size as for InputTextMultiline); true when its text changed.
bool paste_box(const char* label, std::string* text, const ImVec2& size);

}  // namespace dc::ui
