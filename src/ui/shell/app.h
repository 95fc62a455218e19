// app.h — the app shell: one full window with the top bar (plan title and
// date, save state, Undo/Redo, Open, Save, Print, Share, language), the left
// navigation, the main area (one panel from panels.h) and the status line.
// Owns the Editor that holds the plan.
#pragma once
#include <memory>
#include <string>

#include "core/editor.h"
#include "ui/shell/panels.h"

namespace dc::ui {

class App {
public:
    App();
    ~App();
    void init();                   // after ImGui and the platform are up: theme, prefs, first plan
    void frame();                  // between ImGui::NewFrame() and ImGui::Render()
    const Editor& editor() const { return *editor_; }
    // Time (platform::now_ms) at which the UI needs a frame without input
    // (a toast expiring); 0 = none.
    double wake_at_ms() const { return wake_at_ms_; }

private:
    void handle_shortcuts();
    void draw_top_bar(float width);
    void draw_navigation(float height);
    void draw_main(float width, float height);
    void draw_status_line(float width);
    void draw_toast();
    void draw_drop_hint();
    void draw_message();
    void update_text_input();
    void open_file();
    void save_file();
    void print_plan();
    void share_plan();
    void toast(const std::string& text);

    std::unique_ptr<Editor> editor_;
    UiContext ctx_;
    std::string toast_text_;
    double toast_until_ms_ = 0;
    double wake_at_ms_ = 0;
    std::string message_title_, message_body_;
    bool message_open_ = false;
    bool first_run_line_ = false;
    bool site_form_ = false;       // opened from a site's request link: its answer form, not the planner
    std::string saved_file_at_;    // "10:42" when last saved to a file this session
};

// A std::string text field that registers its rectangle for the tests
// (test_id, e.g. "doc.title") and shows `hint` when empty.  Returns true when
// the text changed this frame (already NFC: all text input is normalised).
bool text_field(const char* test_id, const char* label, std::string* value, const char* hint = nullptr,
                float width = -1.0f);

}  // namespace dc::ui
