// input_queue.h — hands SDL input to Dear ImGui 1.86 one consistent frame at a time.
//
// Why: ImGui 1.86 reads keys and mouse buttons as *levels* sampled once per
// frame, and its InputText inserts a frame's characters before it handles that
// frame's keys.  Input tools that rewrite text with Backspace + replacement
// characters (Unikey, EVKey: "hoaf" → Backspace, "à") deliver all of that
// within one frame, and a stock SDL backend then turns "hoà" into "hoaà".
// ImGui 1.87+ fixes this with an internal event queue; this is the same idea
// for 1.86:
//
//  - every input event goes into one FIFO, in arrival order — SDL's key, mouse
//    and keypress-text events *and* the text bridge's text (composition,
//    insertText, paste), which arrives as an SDL user event of type
//    text_event_type();
//  - each frame takes events from the front only until a key or button would
//    change state twice, or text and a key/button change would share the frame;
//    the rest waits for the next frame (pending() tells the loop to keep drawing);
//  - Ctrl/Shift/Alt/Super come from each event, not from the keyboard's state
//    now, so a queued Ctrl+Z is still Ctrl+Z when it is handed over.
// A burst of n Backspaces and m characters takes about 2n+1 frames.
#pragma once
#include <SDL.h>

#include <bitset>
#include <deque>
#include <string>

struct ImGuiIO;

namespace dc::platform {

class InputQueue {
public:
    // The SDL event type the text bridge pushes (registered once with SDL).
    static Uint32 text_event_type();
    // Push bridge text (UTF-8, already NFC) as an event in SDL's queue, so it
    // keeps its place relative to the key events around it.
    static void push_bridge_text(const char* utf8);

    // Takes an input event (keys, text, mouse, bridge text).  Returns false for
    // events that are not input; the caller handles those at once.
    bool push(const SDL_Event& e);
    // Hands ImGui one frame's worth of events.  Call after the backend's
    // NewFrame (it overrides the mouse state the backend sampled) and before
    // ImGui::NewFrame.  Returns the number of events handed over.
    int feed(ImGuiIO& io);
    bool pending() const { return !events_.empty(); }
    // The mouse left the window: ImGui should see no hover.
    void mouse_left() { mouse_known_ = false; }

private:
    struct Event {
        SDL_Event sdl;
        std::string text;     // for text events (SDL's or the bridge's)
        bool is_text = false;
    };
    std::deque<Event> events_;
    std::bitset<SDL_NUM_SCANCODES> keys_;   // key levels as handed to ImGui
    bool buttons_[5] = {};                  // mouse button levels as handed to ImGui
    float mouse_x_ = 0, mouse_y_ = 0;
    bool mouse_known_ = false;
};

}  // namespace dc::platform
