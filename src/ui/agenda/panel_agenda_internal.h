// panel_agenda_internal.h — shared between the files of the agenda panel
// (panel_agenda.cpp: layout, toolbar, totals, findings, keyboard;
//  panel_agenda_timeline.cpp: the time axis, blocks, dragging;
//  panel_agenda_edit.cpp: the slot editor, speaking turns, the table view).
// Not for other panels: they reach the agenda through ctx.go_to(Section::Agenda)
// with ctx.selection.slot_id set.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/agenda_view.h"
#include "core/plan.h"
#include "core/validate.h"
#include "ui/shell/panels.h"

namespace dc::ui::agenda {

enum class Drag { None, Move, Top, Bottom };
enum class RightTab { Table, Detail, Checks };

// Everything the panel remembers between frames (one agenda panel per app).
struct State {
    int day = 0;                         // the day on show (index into event.days)
    float zoom = 1.0f;                   // multiplies the fitted pixels-per-minute

    // Dragging a block (starts on mouse down on a block, becomes a drag after 3 px).
    Drag drag = Drag::None;
    bool drag_started = false;
    std::string drag_id;
    Slot drag_orig;                      // the slot as it was when the mouse went down
    Slot drag_preview;                   // what it would become on release
    float drag_y0 = 0;

    // In-place editor (popup over the block).
    std::string edit_id;                 // the slot in the popup
    bool edit_open_request = false;
    bool edit_focus_first = false;
    ImVec2 edit_anchor;                  // screen position the popup opens at (x < 0: at the selected block)
    ImVec2 sel_block_min, sel_block_max; // the selected block on screen last frame (zero size: not drawn)
    ImVec2 timeline_min, timeline_max;   // the timeline's visible rectangle last frame

    // Shift-after dialog.
    bool shift_open_request = false;
    int shift_minutes = 10;
    bool shift_include_self = true;

    // Context menu on the timeline.
    bool ctx_open_request = false;
    int ctx_time = 0;                    // minute under the mouse when it opened
    std::string ctx_slot_id;             // block under the mouse ("" = empty axis)

    // Right-hand side.
    RightTab tab = RightTab::Table;
    bool tab_select_request = false;

    // Selection bookkeeping: a change of ctx.selection.slot_id from outside
    // (another panel, a finding) shows that slot's day and scrolls to it.
    std::string seen_selection;
    bool scroll_to_selected = false;

    // Per-revision caches (the plan changes only through the Editor).
    std::uint64_t cache_rev = ~0ull;
    int cache_day = -1;
    std::vector<Finding> findings;       // agenda-related findings
    std::vector<int> slot_severity;      // per agenda index: -1 none, else the worst Finding::Severity
    std::vector<SlotLane> lanes;         // for cache_day
    AxisRange axis;
};

State& state();

// The index of ctx.selection.slot_id in the agenda, or -1.
int selected_index(const UiContext& ctx);
int index_of(const Plan& plan, const std::string& id);
void select_slot(UiContext& ctx, const std::string& id, bool scroll = false);

// Caches: findings, lanes and axis for the day on show; cheap when nothing changed.
void refresh_caches(const UiContext& ctx);

// Text helpers.
std::string duration_text(int minutes);           // "1 giờ 30 phút" / "1 h 30 min"
const char* kind_label(SlotKind k);               // "Thường", "Giải lao", …
std::string elide_to(const std::string& s, float width, ImFont* font, float font_size);
std::string slot_title(const Slot& s);            // first item's content or "(chưa có nội dung)"

// Operations shared by the toolbar, the keyboard and the context menu.
void delete_slot(UiContext& ctx, int i);
void duplicate_slot_at(UiContext& ctx, int i);
int add_slot_near(UiContext& ctx, int day, int time, bool open_editor);   // returns the new index
void open_editor(UiContext& ctx, const std::string& slot_id, ImVec2 anchor, bool focus_first);

// Drawing pieces.
void draw_timeline(UiContext& ctx, ImVec2 size);
void draw_table(UiContext& ctx);
void draw_slot_editor(UiContext& ctx, int i, const char* id_prefix, bool focus_first);
void draw_edit_popup(UiContext& ctx);

// "Dán chương trình" (panel_agenda_paste.cpp): the preview dialog of a pasted
// programme table; `html` is the clipboard's HTML flavour ("" when none).
void open_programme_paste(const std::string& text, const std::string& html, int day);
bool programme_paste_open();
void draw_programme_paste(UiContext& ctx);

// A time-range text field ("07h30 - 08h00") that applies on Enter or leaving
// the field; a bad entry shows a toast and keeps the slot.  Returns true when
// the slot's times changed.
bool time_range_field(UiContext& ctx, int i, const char* label, const char* test_id, float width);

}  // namespace dc::ui::agenda
