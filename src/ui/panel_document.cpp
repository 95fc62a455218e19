// panel_document.cpp — the "Document" view (placeholder until its issue lands).
// Already edits one real field, the subject line (Trích yếu, header.title),
// through the Editor, so typing Vietnamese can be used and tested end to end.
#include <imgui.h>

#include "ui/app.h"
#include "ui/panels.h"
#include "ui/theme.h"

namespace dc::ui {

void draw_document_panel(UiContext& ctx) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::doc_heading));
    ImGui::PopFont();
    ImGui::Spacing();

    // The field edits a copy; each change becomes one edit (the Editor merges
    // consecutive typing in the same field into one undo step).
    static std::string title;
    static std::uint64_t seen_revision = ~0ull;
    if (ctx.editor->revision() != seen_revision && !ImGui::IsAnyItemActive()) {
        title = ctx.editor->plan().header.title;   // opened, undone, changed elsewhere
        seen_revision = ctx.editor->revision();
    }
    ImGui::TextUnformatted(tr(K::doc_title_label));
    const float w = ImGui::GetContentRegionAvail().x < 720 ? ImGui::GetContentRegionAvail().x : 720;
    if (text_field("doc.title", "##doc.title", &title, tr(K::doc_title_hint), w)) {
        Header h = ctx.editor->plan().header;
        h.title = title;
        ctx.editor->set_header(std::move(h), tr(K::edit_title), "doc.title");
        seen_revision = ctx.editor->revision();
    }
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();   // the next typing is a new undo step

    ImGui::Dummy(ImVec2(0, 8));
    draw_empty_state(tr(K::nav_document), tr(K::doc_empty), tr(K::panel_coming));
}

}  // namespace dc::ui
