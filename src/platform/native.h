// native.h — what only the native (desktop) build of the app has: its
// command-line settings, and the file prompt that stands in for the browser's
// file picker.  The web build has no counterpart; src/main.cpp uses this
// header only outside __EMSCRIPTEN__.
//
// The native app is for developers: the same interface, drawn with SDL2 and
// desktop OpenGL, debuggable with gdb and testable without a browser
// (README.md, "Native build for developers").
#pragma once
#include <string>

namespace dc::platform {

struct NativeOptions {
    std::string data_dir;    // the plan library and preferences, one file per key; "" = memory only (nothing kept)
    std::string out_dir;     // where saved files and printable documents are written ("" = the current directory)
    std::string fonts_dir;   // the Noto Sans subsets of the web build ("" = look in the usual places, see font_bytes)
    std::string today;       // "YYYY-MM-DD": today's date as the app sees it ("" = the computer's date)
    std::string request;     // a site's request link or "#dcq=…" fragment: the app opens as the site's form
};

// Before the first platform call (main.cpp, after reading the command line).
void native_configure(const NativeOptions& options);
const NativeOptions& native_options();

// The default data directory: $XDG_DATA_HOME/diemcau, else ~/.local/share/diemcau.
std::string native_default_data_dir();

// The file prompt: open_file_picker() asks for it, main.cpp draws it (a path
// field in an ImGui window) and answers with native_open_path().
bool native_file_prompt_wanted();
// Reads the file at `path` and hands it to the file handler, as a picked file.
// False (and *error says why, in English) when it cannot be read; the prompt stays.
bool native_open_path(const std::string& path, std::string* error);
void native_file_prompt_cancel();

// The clipboard's text for ImGui's Ctrl+V in a text field (main.cpp's
// GetClipboardTextFn).  Longer than kMaxTextInput: "" and take_refused_paste()
// reports it, as the web page's text bridge refuses such a paste whole.
std::string native_clipboard_for_field();

// The program is ending (window closed, --smoke finished): the autosave's
// flush handler writes what is pending, as the browser's pagehide does.
void native_quit();

}  // namespace dc::platform
