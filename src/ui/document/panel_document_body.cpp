// panel_document_body.cpp — the "Nội dung văn bản" section of the Document view:
// the numbered outline of the document body (Plan::body).  Headings number as
// they print (level 1 "I.", level 2 "1.", level 3 "a)"); paragraphs, "- " lines,
// notes, and the places where generated tables stand (Chương trình, Tiến độ
// công việc, …) sit between them.  Lines are added after the selected one,
// moved with ↑ ↓ and removed with ✕, each as one undo step.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/body_facts.h"
#include "core/export_outline.h"
#include "ui/document/panel_document.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

using namespace docform;

namespace {

const char* block_kind_name(BlockKind k) {
    switch (k) {
    case BlockKind::Heading: return tr(K::document_block_heading);
    case BlockKind::Paragraph: return tr(K::document_block_paragraph);
    case BlockKind::Bullet: return tr(K::document_block_bullet);
    case BlockKind::Note: return tr(K::document_block_note);
    case BlockKind::Insert: return tr(K::document_block_insert);
    }
    return "";
}

const char* insert_name(InsertWhat w) {
    switch (w) {
    case InsertWhat::Agenda: return tr(K::document_insert_agenda);
    case InsertWhat::Tasks: return tr(K::document_insert_tasks);
    case InsertWhat::Sites: return tr(K::document_insert_sites);
    case InsertWhat::Participants: return tr(K::document_insert_participants);
    case InsertWhat::Duties: return tr(K::document_insert_duties);
    case InsertWhat::Budget: return tr(K::document_insert_budget);
    case InsertWhat::Contacts: return tr(K::document_insert_contacts);
    case InsertWhat::TechSessions: return tr(K::document_insert_tech);
    }
    return "";
}

}  // namespace

// Numbering as the printed document does it: the print's own Numbering
// (core/export_outline.h), so labels here and on paper cannot drift apart.
// Headings advance their level's counter; the generated lists of an Insert
// (participants per group, duties per unit, several budget lines) take the
// level below the last heading and share its counter.  Sections the print
// leaves out (nothing under them) get no label.
BodyOutline body_outline(const Plan& p) {
    BodyOutline out;
    out.heading.resize(p.body.size());
    out.items.resize(p.body.size());
    outline::Numbering n;
    const std::vector<std::size_t> empty = outline::empty_sections(p);
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        const Block& b = p.body[i];
        if (b.kind == BlockKind::Heading) {
            if (std::binary_search(empty.begin(), empty.end(), i)) continue;
            const int lv = b.level < 1 ? 1 : (b.level > 7 ? 7 : b.level);
            out.heading[i] = n.next(lv);
            n.current = lv;
        } else if (b.kind == BlockKind::Insert) {
            const int child = n.child_level();
            std::size_t count = 0;
            if (b.insert == InsertWhat::Participants)
                count = outline::Numbering::style(child) != outline::NumStyle::Dash ? outline::participant_entries(p).size() : 0;
            else if (b.insert == InsertWhat::Duties) count = p.duties.size();
            else if (b.insert == InsertWhat::Budget) count = p.budget.size() > 1 ? p.budget.size() : 0;
            for (std::size_t k = 0; k < count; ++k) out.items[i].push_back(n.next(child));
        }
    }
    return out;
}

const char* insert_what_name(InsertWhat w) { return insert_name(w); }

namespace {

// Widths of a line's parts (the text field takes what is left).
constexpr float kNumW = 44, kKindW = 150, kLevelW = 86, kButtonsW = 100;

// One line of the body while it is drawn.
struct BodyLine {
    UiContext& ctx;
    std::size_t i, n;     // line i of n
    std::string bid;      // "doc.body.<i>"
    float indent;         // headings step in by level; other lines sit under level-3 headings
    float avail;          // the form's width
};

// The number ("II.", "1.", "-", "·"): a click selects the line (new lines
// are added after it).
void line_number(const BodyLine& l, const Block& b, const std::string& number, int& sel) {
    const bool selected = sel == static_cast<int>(l.i);
    const std::string num = number.empty() ? (b.kind == BlockKind::Bullet ? "-" : "\xC2\xB7") : number;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + l.indent);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));   // level with the fields
    if (ImGui::Selectable((num + "##" + l.bid + ".select").c_str(), selected, 0, ImVec2(kNumW, ImGui::GetFrameHeight())))
        sel = selected ? -1 : static_cast<int>(l.i);
    ImGui::PopStyleVar();
    widgets::register_last_item((l.bid + ".select").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_select_tip));
}

// Kind, and a heading's level.
void line_kind(const BodyLine& l, Block& b) {
    ImGui::SetNextItemWidth(kKindW);
    if (ImGui::BeginCombo("##kind", block_kind_name(b.kind))) {
        for (BlockKind k : {BlockKind::Heading, BlockKind::Paragraph, BlockKind::Bullet, BlockKind::Note,
                            BlockKind::Insert}) {
            if (ImGui::Selectable(block_kind_name(k), k == b.kind) && k != b.kind) {
                b.kind = k;
                if (k == BlockKind::Heading && (b.level < 1 || b.level > 3)) b.level = 1;
                l.ctx.editor->set_item(l.i, b, tr(K::document_undo_block_kind));
            }
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item((l.bid + ".kind").c_str());
    ImGui::SameLine();
    if (b.kind != BlockKind::Heading) return;
    ImGui::SetNextItemWidth(kLevelW);
    char lv[32];
    std::snprintf(lv, sizeof lv, "%s %d", tr(K::document_level), b.level);
    if (ImGui::BeginCombo("##level", lv)) {
        for (int lev = 1; lev <= 3; ++lev) {
            char t[64];
            std::snprintf(t, sizeof t, "%s %d  (%s)", tr(K::document_level), lev,
                          lev == 1 ? "I." : (lev == 2 ? "1." : "a)"));
            if (ImGui::Selectable(t, lev == b.level) && lev != b.level) {
                b.level = lev;
                l.ctx.editor->set_item(l.i, b, tr(K::document_undo_block_level));
            }
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item((l.bid + ".level").c_str());
    ImGui::SameLine();
}

// The line's text, or for an insert the choice of what it inserts.
void line_text(const BodyLine& l, Block& b) {
    const float used = ImGui::GetCursorPosX() - ImGui::GetWindowContentRegionMin().x;
    const float text_w = l.avail - used - kButtonsW;
    if (b.kind == BlockKind::Insert) {
        ImGui::SetNextItemWidth(text_w > 120 ? text_w : 120);
        if (ImGui::BeginCombo("##insert", insert_name(b.insert))) {
            for (InsertWhat w : {InsertWhat::Agenda, InsertWhat::Tasks, InsertWhat::Sites, InsertWhat::Participants,
                                 InsertWhat::Duties, InsertWhat::Budget, InsertWhat::Contacts,
                                 InsertWhat::TechSessions}) {
                if (ImGui::Selectable(insert_name(w), w == b.insert) && w != b.insert) {
                    b.insert = w;
                    l.ctx.editor->set_item(l.i, b, tr(K::document_undo_block_insert));
                }
            }
            ImGui::EndCombo();
        }
        widgets::register_last_item((l.bid + ".insert").c_str());
        focus_target(l.bid + ".insert");
    } else {
        const char* hint = b.kind == BlockKind::Heading ? tr(K::document_heading_hint) : tr(K::document_text_hint);
        if (edit_text(l.ctx, l.bid + ".text", &b.text, hint, text_w > 120 ? text_w : 120))
            l.ctx.editor->set_item(l.i, b, tr(K::document_undo_block_text), l.bid + ".text");
    }
}

// ↑ ↓ ✕; the selection follows the line it was on.
void line_buttons(const BodyLine& l, int& sel) {
    UiContext& ctx = l.ctx;
    const std::size_t i = l.i;
    switch (row_buttons(l.bid, i, l.n)) {
    case RowAction::Up:
        ctx.editor->move_item<Block>(i, i - 1, tr(K::document_undo_move_block));
        if (sel == static_cast<int>(i)) sel = static_cast<int>(i) - 1;
        break;
    case RowAction::Down:
        ctx.editor->move_item<Block>(i, i + 1, tr(K::document_undo_move_block));
        if (sel == static_cast<int>(i)) sel = static_cast<int>(i) + 1;
        break;
    case RowAction::Remove:
        ctx.editor->erase_item<Block>(i, tr(K::document_undo_remove_block));
        if (sel >= static_cast<int>(i)) sel = sel == static_cast<int>(i) ? -1 : sel - 1;
        ctx.toast(tr(K::document_removed_undo));
        break;
    case RowAction::None: break;
    }
}

// Under a run-in text written from the event: that it follows the event, or,
// once written by hand, a button that makes it follow again.
void fact_note(const BodyLine& l, bool follows) {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + l.indent + kNumW + 8);
    ImGui::PushFont(fonts().small);
    if (follows) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOk));
        ImGui::TextUnformatted((std::string(icons::kCheck) + " " + tr(K::document_fact_follows)).c_str());
        ImGui::PopStyleColor();
        widgets::register_last_item((l.bid + ".fact-follows").c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_fact_follows_tip));
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(K::document_fact_hand));
        ImGui::PopStyleColor();
        widgets::register_last_item((l.bid + ".fact-hand").c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr(K::document_fact_reset)) + "##" + l.bid + ".fact-reset").c_str())) {
            Block b = l.ctx.editor->plan().body[l.i];
            b.body.clear();
            l.ctx.editor->set_item(l.i, b, tr(K::document_fact_reset));
        }
        widgets::register_last_item((l.bid + ".fact-reset").c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_fact_reset_tip));
    }
    ImGui::PopFont();
}

// Under the line: a heading's run-in text ("Yêu cầu: Đảm bảo …"), or what
// an insert does.
void line_second_row(const BodyLine& l, const Block& b) {
    if (b.kind == BlockKind::Heading && l.ctx.editor->plan().body.size() == l.n) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + l.indent + kNumW + 8);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(K::document_run_in));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const float w2 = l.avail - (ImGui::GetCursorPosX() - ImGui::GetWindowContentRegionMin().x) - kButtonsW;
        const Plan& plan = l.ctx.editor->plan();
        Block b2 = plan.body[l.i];
        // A text written from the event shows that text; typing in it makes it the user's own.
        const bool follows = follows_facts(b2);
        if (follows) b2.body = fact_text(plan, b2.fact);
        if (edit_text(l.ctx, l.bid + ".body", &b2.body, tr(K::document_run_in_hint), w2 > 120 ? w2 : 120))
            l.ctx.editor->set_item(l.i, b2, tr(K::document_undo_block_text), l.bid + ".body");
        widgets::set_shown_text((l.bid + ".body").c_str(), b2.body);   // tests: the text the field shows
        if (known_fact(b2.fact)) fact_note(l, follows);
    } else if (b.kind == BlockKind::Insert) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + l.indent + kNumW + 8);
        note(tr(K::document_insert_note));
    }
}

// One line: its parts in a group, over a background drawn afterwards (on a
// channel below) when the line is selected.
void draw_body_line(const BodyLine& l, const std::string& number, int& sel) {
    Block b = l.ctx.editor->plan().body[l.i];
    ImGui::PushID(static_cast<int>(l.i));
    const ImVec2 row_start = ImGui::GetCursorScreenPos();
    const bool selected = sel == static_cast<int>(l.i);
    ImDrawListSplitter split;
    split.Split(ImGui::GetWindowDrawList(), 2);
    split.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);

    ImGui::BeginGroup();
    line_number(l, b, number, sel);
    ImGui::SameLine();
    line_kind(l, b);
    line_text(l, b);
    ImGui::SameLine();
    line_buttons(l, sel);
    line_second_row(l, b);
    ImGui::EndGroup();
    const ImVec2 row_end = ImGui::GetItemRectMax();
    split.SetCurrentChannel(ImGui::GetWindowDrawList(), 0);
    if (selected)
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(row_start.x - 4, row_start.y - 2),
                                                  ImVec2(row_start.x + l.avail, row_end.y + 2),
                                                  IM_COL32(232, 241, 252, 255), 4.0f);
    split.Merge(ImGui::GetWindowDrawList());
    ImGui::PopID();
}

// Add a line after the selected one (or at the end): a heading takes the
// level of the heading above it.
void draw_body_add_buttons(UiContext& ctx, int& sel) {
    ImGui::Dummy(ImVec2(0, 2));
    const std::size_t at = sel >= 0 && sel < static_cast<int>(ctx.editor->plan().body.size())
                               ? static_cast<std::size_t>(sel) + 1 : ctx.editor->plan().body.size();
    auto add = [&](BlockKind k) {
        Block nb;
        nb.kind = k;
        if (k == BlockKind::Heading) {   // same level as the heading above
            nb.level = 1;
            for (std::size_t j = at; j-- > 0;)
                if (ctx.editor->plan().body[j].kind == BlockKind::Heading) { nb.level = ctx.editor->plan().body[j].level; break; }
        }
        ctx.editor->insert_item(at, nb, tr(K::document_undo_add_block));
        ctx.editor->break_merge();
        sel = static_cast<int>(at);
        request_focus("doc.body." + std::to_string(at));
    };
    if (add_button("doc.body.add-heading", tr(K::document_add_heading))) add(BlockKind::Heading);
    ImGui::SameLine();
    if (add_button("doc.body.add-paragraph", tr(K::document_add_paragraph))) add(BlockKind::Paragraph);
    ImGui::SameLine();
    if (add_button("doc.body.add-bullet", tr(K::document_add_bullet))) add(BlockKind::Bullet);
    ImGui::SameLine();
    if (add_button("doc.body.add-insert", tr(K::document_add_insert))) add(BlockKind::Insert);
    if (sel >= 0) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(fmt(K::document_add_after, sel + 1).c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace

void draw_document_body(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    if (!section("body", tr(K::document_sec_body), static_cast<int>(plan.body.size()), true)) return;
    note(tr(K::document_body_note));

    const std::vector<std::string> numbers = body_outline(plan).heading;
    const float avail = ImGui::GetContentRegionAvail().x;
    const std::size_t n = plan.body.size();
    int& sel = ctx.selection.block;
    if (sel >= static_cast<int>(n)) sel = -1;
    for (std::size_t i = 0; i < n; ++i) {
        if (plan.body.size() != n) break;   // changed by a line above this frame
        const Block& cur = plan.body[i];
        const int indent_level = cur.kind == BlockKind::Heading ? cur.level - 1 : 2;
        const BodyLine l{ctx, i, n, "doc.body." + std::to_string(i), 14.0f * (indent_level < 0 ? 0 : indent_level),
                         avail};
        draw_body_line(l, numbers[i], sel);
    }
    if (plan.body.empty()) note(tr(K::document_body_empty));
    draw_body_add_buttons(ctx, sel);
}

}  // namespace dc::ui
