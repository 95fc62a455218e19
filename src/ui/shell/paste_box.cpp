// paste_box.cpp — see paste_box.h.
//
// ImGui 1.86 drops every control character an InputText receives, pasted ones
// included, unless the field has ImGuiInputTextFlags_AllowTabInput; but that
// flag also makes the Tab *key* type a tab, which in a paste box would split a
// name into two columns.  So the box asks for tab input only in frames where
// Tab is not pressed (the platform's input queue never lets a key change share
// a frame with text), and clears the "this field owns Tab" bit the flag sets
// when the box activates, so the Tab key does what it did before.
#include "ui/shell/paste_box.h"

#include <imgui_internal.h>   // ActiveIdUsingKeyInputMask
#include <imgui_stdlib.h>

namespace dc::ui {

bool paste_box(const char* label, std::string* text, const ImVec2& size) {
    const bool tab_key = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), false) ||
                         ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_Tab));
    const ImGuiInputTextFlags flags = tab_key ? ImGuiInputTextFlags_None : ImGuiInputTextFlags_AllowTabInput;
    const bool changed = ImGui::InputTextMultiline(label, text, size, flags);
    ImGuiContext& g = *GImGui;
    if (ImGui::IsItemActive()) g.ActiveIdUsingKeyInputMask &= ~(static_cast<ImU64>(1) << ImGuiKey_Tab);
    return changed;
}

}  // namespace dc::ui
