// panel_sites_internal.h — shared between the files of the "Điểm cầu" view:
// panel_sites.cpp (toolbar, totals, the table, keyboard), panel_sites_detail.cpp
// (the per-site view and the site groups), panel_sites_dialogs.cpp (paste a
// list of names, generate the connection-test schedule).  Not for other panels.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/paste.h"
#include "core/plan.h"
#include "core/sites_ops.h"
#include "ui/shell/panels.h"

namespace dc::ui::sites {

// What the view remembers between frames (one view, so one instance).
struct State {
    int tab = 0;                          // 0 = the list of sites, 1 = site groups, 2 = replies, 3 = call sheet
    // Derived from the plan; recomputed when the editor's revision changes.
    std::uint64_t cache_rev = ~std::uint64_t(0);
    std::uint64_t totals_rev = ~std::uint64_t(0);   // totals only (the navigation badge)
    SiteTotals totals;
    std::vector<std::vector<std::size_t>> clash_with;   // per site: indices of sites whose test overlaps
    int clash_pairs = 0;
    std::vector<int> dup_of;              // per site: the first site of the same name in its group, or -1
    int dup_count = 0;                    // sites flagged as duplicates (every one of each set)
    int dup_renamable = 0;                // sites "add the group's word" would rename (duplicate_renames)
    std::vector<CallRow> calls;           // the call sheet (call_sheet), by date, time and lane
    // Table.
    std::string focus_site_id;            // put the caret in this site's name cell when it is drawn
    bool scroll_to_selected = false;
    float row_h = 0;                      // measured height of a table row (0 = not yet)
    std::string edit_id;                  // the date/time cell being typed in ("s3.date")
    std::string edit_buf;                 // its text (committed when the cell is left)
    // Paste dialog.
    bool paste_request = false;           // open the dialog next frame
    std::string paste_text;
    bool paste_dirty = true;
    PasteTable paste_table;
    SiteColumns paste_cols;
    SitePastePreview paste_preview;
    std::vector<bool> paste_dup;          // per preview row: its name is used twice (paste or plan)
    int paste_dup_count = 0;
    // Schedule dialog.
    bool sched_request = false;
    std::string sched_date, sched_start, sched_end;
    int sched_minutes = 15, sched_gap = 0;
    bool sched_central = false;
    bool sched_only_unscheduled = false;  // "Xếp các điểm cầu chưa có lịch": keep the slots they have
    struct Window { std::string date, start, end; };
    std::vector<Window> sched_more;       // windows after the first (sched_date/start/end)
    std::string sched_lanes;              // central technicians, one a line; empty = one lane
    std::vector<int> sched_group_minutes; // per site group; 0 = the default length
    // The preview, recomputed only when the inputs or the plan change.
    std::string sched_key;
    LaneSchedule sched_result;
    TestRequest sched_req;
    std::string sched_problem;
};
State& state();

// Derived data up to date for the current plan.
void refresh(const UiContext& ctx);
void refresh_totals(const UiContext& ctx);
int index_of(const Plan& plan, const std::string& id);
void select_site(UiContext& ctx, const std::string& id, bool scroll);

// Edits (each one undo step).
void set_site(UiContext& ctx, std::size_t i, Site s, const char* field);   // merges typing in one field
void delete_site(UiContext& ctx, std::size_t i);
void add_one_site(UiContext& ctx);
void make_central(UiContext& ctx, std::size_t i);
// Moves site i one row up (delta −1) or down (+1): Alt+↑/↓ and the detail
// view's arrows.  The central site stays first: it never moves, nothing moves above it.
bool can_move_site(const Plan& plan, std::size_t i, int delta);
void move_site_by(UiContext& ctx, std::size_t i, int delta);
void print_site_sheet(UiContext& ctx, std::size_t i);

// The test-result combo of site i (table cell when test_id is null).
void status_combo(UiContext& ctx, std::size_t i, const char* test_id);

// Text helpers.
const char* status_label(TestStatus s);
ImU32 status_color(TestStatus s);
std::string slot_text(const Site& s);                 // "30/8/2021 08h00 - 08h15" or ""
std::string group_name(const Plan& plan, const std::string& group_id);
// Muted text, wrapped at the available width.
void muted_text(const char* text);
void section_title(const char* text);

// Parts of the view.
void draw_detail(UiContext& ctx, std::size_t i, float width, float height);   // per-site view
void draw_groups(UiContext& ctx);                                             // site groups tab
void draw_call_sheet(UiContext& ctx);                                         // call sheet tab
void open_paste_dialog(UiContext& ctx);
void open_schedule_dialog(UiContext& ctx);
void draw_dialogs(UiContext& ctx);

}  // namespace dc::ui::sites
