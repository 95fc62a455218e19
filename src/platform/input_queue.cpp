// input_queue.cpp — see input_queue.h for why this exists.
#include "platform/input_queue.h"

#include <imgui.h>

#include <cfloat>
#include <cstring>

namespace dc::platform {

Uint32 InputQueue::text_event_type() {
    static const Uint32 type = SDL_RegisterEvents(1);
    return type;
}

void InputQueue::push_bridge_text(const char* utf8) {
    if (!utf8 || !*utf8) return;
    SDL_Event e;
    SDL_zero(e);
    e.type = text_event_type();
    // SDL user events carry pointers; the queue takes ownership in push().
    char* copy = static_cast<char*>(SDL_malloc(std::strlen(utf8) + 1));
    std::strcpy(copy, utf8);
    e.user.data1 = copy;
    if (SDL_PushEvent(&e) != 1) SDL_free(copy);
}

bool InputQueue::push(const SDL_Event& e) {
    Event q;
    q.sdl = e;
    switch (e.type) {
    case SDL_KEYDOWN:
    case SDL_KEYUP:
    case SDL_MOUSEMOTION:
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
    case SDL_MOUSEWHEEL:
        break;
    case SDL_TEXTINPUT:
        q.is_text = true;
        q.text = e.text.text;
        break;
    default:
        if (e.type != text_event_type()) return false;
        q.is_text = true;
        q.text = static_cast<const char*>(e.user.data1);
        SDL_free(e.user.data1);
        break;
    }
    events_.push_back(std::move(q));
    return true;
}

namespace {
int button_index(Uint8 b) {
    switch (b) {
    case SDL_BUTTON_LEFT: return 0;
    case SDL_BUTTON_RIGHT: return 1;
    case SDL_BUTTON_MIDDLE: return 2;
    case SDL_BUTTON_X1: return 3;
    case SDL_BUTTON_X2: return 4;
    default: return -1;
    }
}
}  // namespace

int InputQueue::feed(ImGuiIO& io) {
    std::bitset<SDL_NUM_SCANCODES> changed;   // keys that changed state this frame
    bool button_changed[5] = {};
    bool any_key_change = false, any_button_change = false, any_text = false;
    int fed = 0;

    while (!events_.empty()) {
        const Event& q = events_.front();
        const SDL_Event& e = q.sdl;
        if (q.is_text) {
            // Text and a key change in one frame would be reordered by InputText
            // (characters first): hold the text for the next frame.
            if (any_key_change || any_button_change) break;
            io.AddInputCharactersUTF8(q.text.c_str());
            any_text = true;
        } else if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
            const int sc = e.key.keysym.scancode;
            const bool down = e.type == SDL_KEYDOWN;
            if (sc > 0 && sc < SDL_NUM_SCANCODES && keys_[sc] != down) {
                if (changed[sc] || any_text || any_button_change) break;
                keys_[sc] = down;
                changed[sc] = true;
                any_key_change = true;
                io.KeysDown[sc] = down;
            }
            // Modifiers as they were when this key event happened.
            const Uint16 mod = e.key.keysym.mod;
            io.KeyCtrl = (mod & KMOD_CTRL) != 0;
            io.KeyShift = (mod & KMOD_SHIFT) != 0;
            io.KeyAlt = (mod & KMOD_ALT) != 0;
            io.KeySuper = (mod & KMOD_GUI) != 0;
        } else if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) {
            const int b = button_index(e.button.button);
            const bool down = e.type == SDL_MOUSEBUTTONDOWN;
            if (b >= 0 && buttons_[b] != down) {
                if (button_changed[b] || any_key_change || any_text) break;
                buttons_[b] = down;
                button_changed[b] = true;
                any_button_change = true;
            }
            mouse_x_ = static_cast<float>(e.button.x);
            mouse_y_ = static_cast<float>(e.button.y);
            mouse_known_ = true;
        } else if (e.type == SDL_MOUSEMOTION) {
            // A move after a press in the same frame would make ImGui see the
            // press at the wrong place: wait.
            if (any_button_change) break;
            mouse_x_ = static_cast<float>(e.motion.x);
            mouse_y_ = static_cast<float>(e.motion.y);
            mouse_known_ = true;
        } else if (e.type == SDL_MOUSEWHEEL) {
            if (e.wheel.x > 0) io.MouseWheelH += 1;
            if (e.wheel.x < 0) io.MouseWheelH -= 1;
            if (e.wheel.y > 0) io.MouseWheel += 1;
            if (e.wheel.y < 0) io.MouseWheel -= 1;
        }
        events_.pop_front();
        ++fed;
    }

    // The backend's NewFrame sampled the mouse from SDL's state *now*; the
    // queue's view is the one consistent with the keys handed over.
    io.MousePos = mouse_known_ ? ImVec2(mouse_x_, mouse_y_) : ImVec2(-FLT_MAX, -FLT_MAX);
    for (int b = 0; b < 5; ++b) io.MouseDown[b] = buttons_[b];
    return fed;
}

}  // namespace dc::platform
