// editor.h — the one way a plan changes: undoable edits.
//
// The UI never mutates a Plan directly.  It asks the Editor for a change; the
// Editor records what is needed to undo it (only the parts the change touched,
// so a large plan with 200 steps of history stays small), bumps the revision
// and keeps the redo stack honest.  Interface fixed by the lead; implementation
// and the mutation API below are owned by the editor helper.
#pragma once
#include <cstdint>
#include <string>

#include "core/plan.h"

namespace dc {

class Editor {
public:
    Editor();
    explicit Editor(Plan p);

    const Plan& plan() const;
    std::uint64_t revision() const;       // changes on every edit, undo, redo and load

    void load(Plan p);                    // open a plan: replaces it and clears the history

    bool can_undo() const;
    bool can_redo() const;
    bool undo();
    bool redo();
    std::string undo_label() const;       // "Sửa nội dung công việc 3" — shown in the Undo tooltip
    std::string redo_label() const;

    // [mutation API: added by the editor helper]

private:
    struct Impl;
    Impl* impl_ = nullptr;                // (may become a unique_ptr; the helper decides)
};

}  // namespace dc
