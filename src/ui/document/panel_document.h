// panel_document.h — what the Document view shares with the rest of the UI and
// between its own files (panel_document*.cpp):
//   - document_focus(): open the form section holding a plan place and scroll
//     to its field (the Checks view uses it for findings about the document);
//   - the Print menu (a choice of the five printable documents) that the top
//     bar's Print button and the Document view's own button open;
//   - form helpers used by the Document view's files (namespace docform).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "ui/shell/panels.h"

namespace dc::ui {

// Shows the field that `place` names (validator place: "header.number",
// "header.legal_basis[1]", "body[4].text", "budget[0]"): switches to the
// Document view, opens its section, scrolls to it and outlines it briefly.
void document_focus(UiContext& ctx, const std::string& place);

// The Print menu: open_print_menu() asks for it (anchored below x, y in screen
// pixels, right-aligned to x when right_align); draw_print_menu() draws it and
// is called once per frame by the app, outside any window.
void open_print_menu(float x, float y, bool right_align);
void draw_print_menu(UiContext& ctx);

namespace docform {

// Field id for a validator place: "header.legal_basis[1]" → "doc.header.legal_basis.1".
std::string field_id_for_place(const std::string& place);

// A section of the form: a collapsing header with a count (-1 = none), id
// "doc.sec.<key>".  Opens itself when a focus request targets it.
bool section(const char* key, const char* title, int count = -1, bool default_open = false);
// section() whose open part is the function `open`, kept out of the web
// build's first download until the section is first opened (core/apart.h).
void section_apart(UiContext& ctx, const char* key, const char* title, int count, void (*open)(UiContext&),
                   bool default_open = false);
// Left-column label of a form row; the field follows on the same line.
void label(const char* text, const char* tip = nullptr);
// Label width of the current layout (narrow forms put labels above fields).
float label_width();
// One-line text field (text_field() + merge break on leaving + focus support).
bool edit_text(UiContext& ctx, const std::string& id, std::string* v, const char* hint = nullptr,
               float width = -1.0f);
// Multi-line text field `lines` tall.
bool edit_multiline(UiContext& ctx, const std::string& id, std::string* v, float lines = 3.0f,
                    const char* hint = nullptr);
// A field whose text must parse (dates, times, amounts): `shown` is the plan's
// value as text; `parse` returns false when the typed text cannot be read, in
// which case `error` is shown under the field and nothing changes.  Returns
// true when the typed text parsed (the caller applies *typed).
bool edit_parsed(UiContext& ctx, const std::string& id, const std::string& shown, std::string* typed,
                 bool (*parse)(const std::string&), const char* error, const char* hint, float width,
                 const char* suffix = nullptr);   // text right after the field ("đồng")
// Called right after a field was drawn: scrolls to it and outlines it when a
// focus request targets `id`.
void focus_target(const std::string& id);
// Scroll to (and outline) the field with this id in the next frames.
void request_focus(const std::string& field);
// Muted helper text, wrapped.
void note(const char* text);

// Row buttons ↑ ↓ ✕ for item i of n (ids "<id>.up", "<id>.down", "<id>.remove").
enum class RowAction { None, Up, Down, Remove };
RowAction row_buttons(const std::string& id, std::size_t i, std::size_t n);
// A "+ text" button (id registered).
bool add_button(const std::string& id, const char* text);

// A list of one-line texts (Kính gửi, Căn cứ, a duty's items): returns what
// happened; `typed` is set when one line's text changed (merge key = its id).
enum class ListEdit { None, Typed, Structure };
ListEdit edit_lines(UiContext& ctx, const std::string& id, std::vector<std::string>* lines, const char* hint,
                    const char* add_text, const char* line_prefix = nullptr);

// "31/8/2021", "…/10/2021" (blank parts allowed) → Date.
bool parse_date_blanks(const std::string& s, Date* out);
// "1.500.000", "1500000 đồng" → 1500000; empty → 0.
bool parse_amount(const std::string& s, long long* out);

}  // namespace docform

// Numbers of the body as printed: heading[i] = "I.", "1.", "a)" for a heading
// ("" otherwise); items[i] = the labels an Insert's generated list takes
// (participants per group, duties per unit, budget lines).
struct BodyOutline {
    std::vector<std::string> heading;
    std::vector<std::vector<std::string>> items;
};
BodyOutline body_outline(const Plan& p);
// "Chương trình", "Tiến độ công việc", … — what an Insert block puts in the document.
const char* insert_what_name(InsertWhat w);

// Document view parts (one file each).
void draw_document_body(UiContext& ctx);      // panel_document_body.cpp: numbered sections
void draw_document_work(UiContext& ctx);      // panel_document_work.cpp: event, participants, duties, budget, contacts
void draw_document_preview(UiContext& ctx);   // panel_document_preview.cpp: live outline of the printed page

}  // namespace dc::ui
