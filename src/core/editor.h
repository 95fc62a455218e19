// editor.h — the one way a plan changes: undoable edits.
//
// The UI never mutates a Plan directly.  It asks the Editor for a change; the
// Editor records what is needed to undo it (only the parts the change touched,
// so a large plan with 200 steps of history stays small), bumps the revision
// and keeps the redo stack honest.  Interface fixed by the lead; implementation
// and the mutation API below are owned by the editor helper.
//
// How a change is stored.  A step of history ("Change") is a label plus a list
// of primitives, each holding before/after of exactly what it touched:
//   - element level for the long lists (agenda, tasks, sites, body, …):
//     set element i, insert at i, erase i, move i→j;
//   - whole-value replacement for the small parts (header, event, signer,
//     archive line, next_id);
//   - whole-plan replacement only for replace_plan() ("open file, replace the
//     current plan"), where the whole plan really is what changed.
// A single-field edit on the large benchmark plan (5,000 tasks) therefore
// copies one Task twice, not the plan.  Several primitives become ONE undo
// step by wrapping them in a Group (RAII) or begin()/end().
//
// Strings entering through any mutation below are normalised to NFC.
//
// [SECTION] Core interface (fixed by the lead)
// [SECTION] History: limits, stats, saved-state marker, merging
// [SECTION] Groups: several primitives as one undo step
// [SECTION] Ids
// [SECTION] Small parts: header, event, signer, archive
// [SECTION] Lists: set / insert / erase / move, one form for every list
// [SECTION] Whole plan: replace_plan, apply_bulk
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/plan.h"
#include "core/plan_fields.h"

namespace dc {

class Editor {
public:
    //-------------------------------------------------------------------------
    // [SECTION] Core interface (fixed by the lead)
    //-------------------------------------------------------------------------
    Editor();
    explicit Editor(Plan p);
    ~Editor();
    Editor(const Editor&) = delete;
    Editor& operator=(const Editor&) = delete;

    const Plan& plan() const;
    std::uint64_t revision() const;       // changes on every edit, undo, redo and load

    void load(Plan p);                    // open a plan: replaces it and clears the history

    bool can_undo() const;
    bool can_redo() const;
    bool undo();
    bool redo();

    // What a step of history did, for the Undo tooltip.  Core returns facts and
    // the UI words them in the user's language: `text` is the label the caller
    // gave (already in words); when it is empty, action + target + index say
    // what happened ("edit", "tasks", 2 → "Sửa công việc 3" / "Edit task 3").
    enum class StepAction { Edit, Add, Remove, Move, OpenOther };
    enum class StepTarget {
        None, Header, Event, Signer, Archive, PlanExtra, Plan,
        Agenda, Tasks, Sites, SiteGroups, Body, Duties, Budget, Contacts, Recipients,
    };
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
    struct StepLabel {
        std::string text;                          // the caller's label; empty = word the facts below
        StepAction action = StepAction::Edit;
        StepTarget target = StepTarget::None;
        std::size_t index = kNoIndex;              // 0-based position in the list; kNoIndex when none
    };
    StepLabel undo_step() const;
    StepLabel redo_step() const;
    std::string undo_label() const;       // undo_step().text: the caller's label, "" when it gave none
    std::string redo_label() const;

    //-------------------------------------------------------------------------
    // [SECTION] History: limits, stats, saved-state marker, merging
    //-------------------------------------------------------------------------
    struct HistoryStats {
        std::size_t undo_steps = 0;
        std::size_t redo_steps = 0;
        std::size_t bytes = 0;            // estimated heap + object bytes held by both stacks
    };
    HistoryStats history() const;
    // Oldest steps are dropped beyond either limit (the newest step is always
    // kept, however large).  Defaults: 500 steps, 64 MiB.
    void set_history_limits(std::size_t max_steps, std::size_t max_bytes);
    static constexpr std::size_t kDefaultMaxSteps = 500;
    static constexpr std::size_t kDefaultMaxBytes = std::size_t(64) << 20;

    // Identifies the plan content at the current history position: undoing back
    // to where the file was saved gives the same id again.  The app stores it on
    // save and compares to show "Chưa lưu ra tệp".
    std::uint64_t state_id() const;

    // Edits given the same non-empty merge_key one after another (typing into one
    // field) fold into one undo step.  Call this when the field loses focus so the
    // next typing burst starts a new step.  Undo, redo, load and any edit with a
    // different key break the chain too.
    void break_merge();

    //-------------------------------------------------------------------------
    // [SECTION] Groups: several primitives as one undo step
    //-------------------------------------------------------------------------
    // Every mutation between begin() and the matching end() is one undo step
    // with the outermost label.  Nesting is allowed (inner labels are ignored).
    // An empty group records nothing.
    void begin(const std::string& label, const std::string& merge_key = {});
    void end();
    // Reverts what the open outermost group did so far and discards it.
    void cancel();
    bool in_group() const;

    // RAII form: end() when the scope is left.  (No exceptions: see the error
    // policy under "Lists" below.)
    class Group {
    public:
        Group(Editor& e, const std::string& label, const std::string& merge_key = {});
        ~Group();
        Group(const Group&) = delete;
        Group& operator=(const Group&) = delete;
    private:
        Editor& e_;
    };

    //-------------------------------------------------------------------------
    // [SECTION] Ids
    //-------------------------------------------------------------------------
    // A fresh id from plan().next_id: new_id("s") → "s12".  Skips values already
    // used by any id in the plan (files written by hand may have a stale next_id).
    // The bump of next_id is recorded with the next change (undo restores it).
    std::string new_id(const std::string& prefix);

    //-------------------------------------------------------------------------
    // [SECTION] Small parts: header, event, signer, archive
    //-------------------------------------------------------------------------
    // label: what the Undo tooltip says; empty = the UI words the step from
    // its facts (undo_step()).
    void set_header(Header h, const std::string& label = {}, const std::string& merge_key = {});
    void set_event(Event ev, const std::string& label = {}, const std::string& merge_key = {});
    void set_signer(Signer s, const std::string& label = {}, const std::string& merge_key = {});
    void set_archive(std::string archive, const std::string& label = {}, const std::string& merge_key = {});
    void set_plan_extra(Extra extra, const std::string& label = {});

    //-------------------------------------------------------------------------
    // [SECTION] Lists: set / insert / erase / move, one form for every list
    //-------------------------------------------------------------------------
    // Indices are positions in the plan's vectors.  insert at size() appends.
    // Error policy (the whole program): nothing throws — the web build cannot
    // catch, so a throw would abort the page.  An out-of-range index changes
    // nothing and is a refusal: counted by refusals(), described (for a log)
    // by take_refusal(), which the UI polls to tell the user.
    std::uint64_t refusals() const;
    std::string take_refusal();   // "" when nothing was refused since the last call
    //
    // The agenda stays sorted by (day, start): set_slot and insert_slot move the
    // slot to its place and return its new index; a slot already in order
    // (equal keys included) stays where it is, so items at the same time keep
    // the order the user gave them.  move_slot is for reordering slots of equal
    // time (it does not check).
    std::size_t set_slot(std::size_t i, Slot s, const std::string& label = {}, const std::string& merge_key = {});
    std::size_t insert_slot(Slot s, const std::string& label = {});

    // Every list of the plan, chosen by its element type: Task → plan.tasks,
    // Block → plan.body, BudgetLine → plan.budget, Slot → plan.agenda, … (one
    // list per type; editor.cpp, list_of).  ed.set_item(3, task);
    // ed.erase_item<Task>(3).  Slots are set and inserted through set_slot and
    // insert_slot above, which keep the agenda sorted.
    template <class T>
    void set_item(std::size_t i, T v, const std::string& label = {}, const std::string& merge_key = {});
    template <class T>
    void insert_item(std::size_t i, T v, const std::string& label = {});
    template <class T>
    void erase_item(std::size_t i, const std::string& label = {});
    template <class T>
    void move_item(std::size_t from, std::size_t to, const std::string& label = {});

    //-------------------------------------------------------------------------
    // [SECTION] Whole plan: replace_plan, apply_bulk
    //-------------------------------------------------------------------------
    // "Open a file, replace the current plan" as an undoable step (load() is the
    // non-undoable form used at start-up).  Stores both plans: one step.
    void replace_plan(Plan p, const std::string& label = {});
    // Turns the plan into `target` as ONE undo step that records only the
    // differences: small parts that differ are replaced, each list is compared
    // element by element (common head and tail kept; the middle becomes
    // set/insert/erase).  For bulk operations computed on a copy of the plan
    // (shift to a new date, paste many rows).  Returns false if nothing differed.
    bool apply_bulk(const std::string& label, Plan target);
    // The same diff for one list only (cheaper than apply_bulk on a large plan:
    // nothing else is copied or compared).  One undo step; false if unchanged.
    // replace_agenda does not sort: the caller hands a list sorted by (day, start).
    bool replace_agenda(std::vector<Slot> v, const std::string& label);
    bool replace_tasks(std::vector<Task> v, const std::string& label);
    bool replace_sites(std::vector<Site> v, const std::string& label);

private:
    struct Impl;
    Impl* impl_ = nullptr;
};

// Slots are set and inserted through set_slot and insert_slot, which keep the
// agenda sorted; the generic forms would not.
template <>
void Editor::set_item<Slot>(std::size_t, Slot, const std::string&, const std::string&) = delete;
template <>
void Editor::insert_item<Slot>(std::size_t, Slot, const std::string&) = delete;

// new_id() on a plain Plan, for bulk operations computed on a copy that is then
// handed to Editor::apply_bulk (the copy's next_id travels with it).
std::string take_new_id(Plan& p, const std::string& prefix);

// Equality (same, same_except) and NFC normalisation (normalize_nfc) of the
// plan's structs come from their field lists: core/plan_fields.h.

}  // namespace dc
