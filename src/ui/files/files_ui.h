// files_ui.h — files and sharing: open, save, the choice between
// opening as a new plan and replacing the open one, comparison with another
// version, the readable copy, the link, e-mail and the exports.
//
// The shell (app.cpp) calls:
//   files_init(ctx)                    once in App::init(), after autosave_init
//   files_received(ctx, name, bytes)   from the platform's file handler (picked or dropped)
//   files_open(ctx) / files_save(ctx)  Open and Save (buttons, Ctrl/Cmd+O, Ctrl/Cmd+S)
//   draw_files_dialogs(ctx)            every frame, after the main window
// The "Xuất & chia sẻ" panel (panel_export.cpp) uses the share and export actions.
//
// Implementation: files_open.cpp (receiving a file or link, the open dialog,
// the error dialog), files_compare.cpp (the comparison dialog),
// files_share.cpp (save, exports, readable copy, link, e-mail).
#pragma once
#include <string>
#include <vector>

#include "core/exporters.h"
#include "core/plan.h"
#include "ui/shell/panels.h"

namespace dc::ui {

// Links longer than this (the encoded part after "#plan=") are refused: some
// chat apps and mail clients cut long links.
constexpr std::size_t kMaxLinkBytes = 32 * 1024;

void files_init(UiContext& ctx);
// A file the user gave the app (picker or drop): a plan file (.json), a readable copy (.html),
// or a document to import (.docx, .txt: files_import_received).
void files_received(UiContext& ctx, const std::string& name, const std::string& bytes);
// The system's file picker for plan files and readable copies.
void files_open(UiContext& ctx);
// Downloads the plan file (.json, ASCII name from export_file_name); returns the file name.
std::string files_save(UiContext& ctx);
void draw_files_dialogs(UiContext& ctx);

// [share and export actions, for the panel]
void files_download(UiContext& ctx, const ExportFormat& format);   // any exporter, named from the plan
void files_copy_link(UiContext& ctx);
void files_send_email(UiContext& ctx);
void files_share_system(UiContext& ctx);   // navigator.share, when platform::can_share()
// RFC 3986 percent-encoding of UTF-8, for mailto: subjects and bodies (also the sites' reply form).
std::string percent_encode(const std::string& s);
// The last link made this session ("" = none) and its encoded size; for the panel.
const std::string& files_last_link();
std::size_t files_last_link_bytes();
bool files_link_pending();

// [between the files_*.cpp]
// Opens `plan` (from a file or link called `name`) as a new plan in the library
// (the open plan stays there); replaces the open plan (undoable) when there is
// no library.
// from_file false: no plan file holds it (a link, or an imported document: `origin`
// "import:<name>" names it in the library; empty means a link).
void files_open_as_new(UiContext& ctx, Plan plan, const std::string& name, bool from_file = true,
                       const std::string& origin = {});
void files_replace_current(UiContext& ctx, Plan plan, const std::string& name);
// The error dialog: "cannot open <name>", one bullet per line, "the open plan has not changed".
void files_show_error(const std::string& name, std::vector<std::string> lines);
// A Word document (.docx, or an old .doc or a garbage file so named) or a .txt:
// read into a new plan and previewed, or refused with the error dialog.  False
// when the file is neither (then it is read as a plan file).
bool files_import_received(UiContext& ctx, const std::string& name, const std::string& bytes);
void draw_files_import(UiContext& ctx);
void files_show_compare(UiContext& ctx, Plan theirs, const std::string& name);
void draw_files_compare(UiContext& ctx);
void draw_files_share_dialogs(UiContext& ctx);
// A dialog button with a stable test id, a wrapped tooltip and the accent colour when primary.
bool files_button(const std::string& label, const char* id, const std::string& tip = {}, bool primary = false);
// Opens the modal `popup` when *requested asks (and clears the request):
// centred, 40 % down the screen, `max_w` wide at most and no taller than
// `max_h_frac` of the screen (0: as tall as it needs).  Returns its width when
// it is open (the caller draws it and calls EndPopup), 0 when it is not.
float begin_files_modal(const char* popup, bool* requested, float max_w, float max_h_frac = 0.0f);
// The top of an open dialog: its rectangle for the tests ("<id>.dialog"),
// text wrapped to the dialog's width `w` (the caller pops it with
// PopTextWrapPos when its text ends), and the title in the heading font.
void files_dialog_top(const char* id, float w, const std::string& title);
// The dialog's Cancel or Close button (id `id`), or Esc.
bool files_dismissed(const char* label, const char* id);
// "Mở thành kế hoạch mới" and "Thay kế hoạch đang mở" for `plan` from the
// file or link `name` (ids "<id>.new", "<id>.replace"); true when one was
// pressed, and `plan` has gone to the library or replaced the open plan.
bool files_new_or_replace(UiContext& ctx, Plan& plan, const std::string& name, const std::string& id,
                          const std::string& new_tip, bool new_primary);
std::string files_shortcut(const char* key);   // "Ctrl+Z", "Cmd+Z" on a Mac

// "Kế hoạch mới": the guided start (new_plan_dialog.cpp); opens on the next frame.
void new_plan_dialog_request();
void draw_new_plan_dialog(UiContext& ctx);

}  // namespace dc::ui
