// keyfocus.cpp — see keyfocus.h.
#include "ui/shell/keyfocus.h"

#include <imgui.h>
#include <imgui_internal.h>   // ActivateItem, ScrollToRect, item flags, the popup stack

#include <string>
#include <vector>

#include "platform/platform.h"
#include "ui/shell/theme.h"

namespace dc::ui::keyfocus {
namespace {

struct Item {
    std::string name;            // the stable id ("topbar.save")
    ImGuiID id = 0;
    ImGuiWindow* window = nullptr;
    ImRect rect;
    bool text = false;           // a text field: pressing it starts typing
};

struct State {
    std::vector<Item> items, building;   // last complete frame's, this frame's
    std::string current;
    bool shown = false;
    bool claimed = false, claimed_building = false;
    // Key presses taken from ImGui in filter_keys, handled in end_frame.
    int tab = 0;                         // +1 Tab, -1 Shift+Tab
    bool press = false;
    // Raw key levels seen by filter_keys (ImGui's copy is cleared when taken).
    bool tab_down = false, enter_down = false, kp_enter_down = false, space_down = false, esc_down = false;
};
State& S() { static State s; return s; }

// True on the frame a key goes down.  `level` is the last level seen.
bool went_down(ImGuiIO& io, int key_index, bool& level) {
    if (key_index < 0) return false;
    const bool now = io.KeysDown[key_index];
    const bool edge = now && !level;
    level = now;
    return edge;
}

// The window whose items may take the focus: the top-most open popup or menu,
// else every window.
ImGuiWindow* modal_root() {
    ImGuiContext& g = *GImGui;
    for (int i = g.OpenPopupStack.Size - 1; i >= 0; --i)
        if (ImGuiWindow* w = g.OpenPopupStack[i].Window) return w->RootWindow;
    return nullptr;
}

void scroll_into_view(const Item& it) {
    for (ImGuiWindow* w = it.window; w; w = w->ParentWindow) {
        if (w->Flags & ImGuiWindowFlags_ChildWindow) {
            ImGui::ScrollToRect(w, it.rect, ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
            return;   // the innermost scrolling child; the shell itself never scrolls
        }
    }
}

}  // namespace

void filter_keys(ImGuiIO& io) {
    State& s = S();
    ImGuiContext& g = *GImGui;
    const int tab = io.KeyMap[ImGuiKey_Tab], enter = io.KeyMap[ImGuiKey_Enter];
    const int kp_enter = io.KeyMap[ImGuiKey_KeyPadEnter], space = io.KeyMap[ImGuiKey_Space];
    const bool tab_edge = went_down(io, tab, s.tab_down);
    const bool enter_edge = went_down(io, enter, s.enter_down);
    const bool kp_edge = went_down(io, kp_enter, s.kp_enter_down);
    const bool space_edge = went_down(io, space, s.space_down);
    if (went_down(io, io.KeyMap[ImGuiKey_Escape], s.esc_down)) s.shown = false;   // Esc still reaches the app (closes dialogs)
    if (io.MouseClicked[0] || io.MouseDown[0] || io.MouseDown[1]) s.shown = false;   // the mouse is in charge again
    // An item being edited or dragged keeps all its keys (ImGui's Tab between fields).
    if (g.ActiveId != 0) return;
    const bool mod = io.KeyCtrl || io.KeyAlt || io.KeySuper;
    if (tab_edge && !mod && (!s.claimed || s.shown)) {
        s.tab = io.KeyShift ? -1 : +1;
        io.KeysDown[tab] = false;
    }
    if (s.shown && !mod && (enter_edge || kp_edge || space_edge)) {
        s.press = true;
        if (enter_edge) io.KeysDown[enter] = false;
        if (kp_edge) io.KeysDown[kp_enter] = false;
        if (space_edge) io.KeysDown[space] = false;
    }
}

void begin_frame() {
    State& s = S();
    s.building.clear();
    s.claimed_building = false;
}

void note_last_item(const char* name) {
    ImGuiContext& g = *GImGui;
    const ImGuiLastItemData& d = g.LastItemData;
    if (d.ID == 0 || (d.InFlags & (ImGuiItemFlags_Disabled | ImGuiItemFlags_NoNav))) return;   // text, disabled buttons
    if (g.CurrentWindow == nullptr || g.CurrentWindow->SkipItems) return;
    std::vector<Item>& b = S().building;
    if (!b.empty() && b.back().id == d.ID) return;   // one item registered under two names: one stop
    Item it;
    it.name = name;
    it.id = d.ID;
    it.window = g.CurrentWindow;
    it.rect = d.Rect;
    it.text = (d.InFlags & ImGuiItemFlags_Inputable) != 0;
    b.push_back(std::move(it));
}

void claim_tab() { S().claimed_building = true; }

void end_frame() {
    State& s = S();
    ImGuiContext& g = *GImGui;
    s.items.swap(s.building);
    s.claimed = s.claimed_building;
    // A field the user is typing in (or an item clicked) is where Tab continues
    // from afterwards; the caret shows the focus then, not the ring.
    if (g.ActiveId != 0) {
        for (const Item& it : s.items)
            if (it.id == g.ActiveId) { s.current = it.name; break; }
        if (g.ActiveIdSource == ImGuiInputSource_Mouse || g.InputTextState.ID == g.ActiveId) s.shown = false;
    }
    // Only the open dialog's or menu's items while one is open.
    ImGuiWindow* root = modal_root();
    std::vector<const Item*> ring;
    ring.reserve(s.items.size());
    for (const Item& it : s.items)
        if (!root || it.window->RootWindow == root) ring.push_back(&it);
    int at = -1;
    for (int i = 0; i < static_cast<int>(ring.size()); ++i)
        if (ring[static_cast<std::size_t>(i)]->name == s.current) { at = i; break; }

    if (s.tab != 0 && !ring.empty()) {
        const int n = static_cast<int>(ring.size());
        at = at < 0 ? (s.tab > 0 ? 0 : n - 1) : (at + s.tab + n) % n;
        s.current = ring[static_cast<std::size_t>(at)]->name;
        s.shown = true;
        scroll_into_view(*ring[static_cast<std::size_t>(at)]);
        platform::request_redraw(2);
    }
    s.tab = 0;
    if (s.press) {
        s.press = false;
        if (at >= 0) {
            const Item& it = *ring[static_cast<std::size_t>(at)];
            ImGui::ActivateItem(it.id);   // pressed the next frame, as a click would
            if (it.text) g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;   // start typing
            platform::request_redraw(3);
        }
    }
    if (s.shown && at >= 0 && !platform::file_drag_over()) {   // not over the drop hint
        const Item& it = *ring[static_cast<std::size_t>(at)];
        ImDrawList* dl = ImGui::GetForegroundDrawList();
        const ImRect clip = it.window->ClipRect;
        dl->PushClipRect(ImVec2(clip.Min.x - 3, clip.Min.y - 3), ImVec2(clip.Max.x + 3, clip.Max.y + 3), false);
        dl->AddRect(ImVec2(it.rect.Min.x - 2, it.rect.Min.y - 2), ImVec2(it.rect.Max.x + 2, it.rect.Max.y + 2),
                    colors::kAccent, 4.0f, 0, 2.0f);
        dl->PopClipRect();
    }
}

bool shown() { return S().shown; }
const char* current() { return S().current.c_str(); }

}  // namespace dc::ui::keyfocus
