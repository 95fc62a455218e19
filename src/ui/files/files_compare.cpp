// files_compare.cpp — the comparison dialog: what differs between the open
// plan and a file (plan_diff.h), grouped as the navigation is (document,
// agenda, tasks, sites), and "take the other version's task ticks and site
// statuses" as one undo step.  See files_ui.h.
#include <imgui.h>

#include <algorithm>

#include "core/editor.h"
#include "core/plan_diff.h"
#include "platform/platform.h"
#include "ui/files/files_ui.h"
#include "core/apart.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
struct CompareState {
    bool requested = false;
    bool active = false;
    Plan theirs;
    std::string name;
    PlanDiff diff;
    std::uint64_t diff_revision = 0;   // the editor revision the diff was computed at
};
CompareState& S() {
    static CompareState s;
    return s;
}

K kind_words(DiffKind k) {
    switch (k) {
    case DiffKind::TitleChanged: return K::files_d_title;
    case DiffKind::EventDateChanged: return K::files_d_date;
    case DiffKind::SlotAdded: return K::files_d_slot_added;
    case DiffKind::SlotRemoved: return K::files_d_slot_removed;
    case DiffKind::SlotMoved: return K::files_d_slot_moved;
    case DiffKind::SlotChanged: return K::files_d_slot_changed;
    case DiffKind::TaskAdded: return K::files_d_task_added;
    case DiffKind::TaskRemoved: return K::files_d_task_removed;
    case DiffKind::TaskTicked: return K::files_d_task_ticked;
    case DiffKind::TaskUnticked: return K::files_d_task_unticked;
    case DiffKind::TaskDeadlineChanged: return K::files_d_task_deadline;
    case DiffKind::TaskChanged: return K::files_d_task_changed;
    case DiffKind::SiteAdded: return K::files_d_site_added;
    case DiffKind::SiteRemoved: return K::files_d_site_removed;
    case DiffKind::SiteStatusChanged: return K::files_d_site_status;
    case DiffKind::SiteTestChanged: return K::files_d_site_test;
    case DiffKind::SiteChanged: return K::files_d_site_changed;
    }
    return K::files_d_title;
}

// 0 document, 1 agenda, 2 tasks, 3 sites
int group_of(DiffKind k) {
    switch (k) {
    case DiffKind::TitleChanged: case DiffKind::EventDateChanged: return 0;
    case DiffKind::SlotAdded: case DiffKind::SlotRemoved: case DiffKind::SlotMoved: case DiffKind::SlotChanged: return 1;
    case DiffKind::SiteAdded: case DiffKind::SiteRemoved: case DiffKind::SiteStatusChanged: case DiffKind::SiteTestChanged:
    case DiffKind::SiteChanged: return 3;
    default: return 2;
    }
}

const char* status_words(TestStatus s) {
    switch (s) {
    case TestStatus::NotTested: return tr(K::files_st_not_tested);
    case TestStatus::Ok: return tr(K::files_st_ok);
    case TestStatus::NoPicture: return tr(K::files_st_no_picture);
    case TestStatus::NoSound: return tr(K::files_st_no_sound);
    case TestStatus::LostConnection: return tr(K::files_st_lost);
    }
    return "";
}

const char* part_words(const std::string& part) {
    if (part == "header") return tr(K::files_part_header);
    if (part == "event") return tr(K::files_part_event);
    if (part == "body") return tr(K::files_part_body);
    if (part == "site-groups") return tr(K::files_part_site_groups);
    if (part == "duties") return tr(K::files_part_duties);
    if (part == "budget") return tr(K::files_part_budget);
    if (part == "contacts") return tr(K::files_part_contacts);
    if (part == "recipients") return tr(K::files_part_recipients);
    if (part == "signer") return tr(K::files_part_signer);
    if (part == "archive") return tr(K::files_part_archive);
    if (part == "agenda-numbered") return tr(K::files_part_agenda_numbered);
    return part.c_str();
}

// The two value columns of an entry: the open plan, the file.
void entry_values(const DiffEntry& e, std::string* mine, std::string* theirs) {
    const char* dash = "\xE2\x80\x94";
    switch (e.kind) {
    case DiffKind::TaskTicked:
    case DiffKind::TaskUnticked: {
        auto words = [](const std::string& done_on, bool done) {
            if (!done) return std::string(tr(K::files_not_done));
            return done_on.empty() || done_on.find("\xE2\x80\xA6") != std::string::npos
                       ? std::string(tr(K::files_done))
                       : fmt(K::files_done_on, done_on.c_str());
        };
        *mine = words(e.before, e.kind == DiffKind::TaskUnticked);
        *theirs = words(e.after, e.kind == DiffKind::TaskTicked);
        return;
    }
    case DiffKind::SiteStatusChanged:
        *mine = status_words(e.status_before);
        *theirs = status_words(e.status_after);
        return;
    case DiffKind::SlotAdded: case DiffKind::TaskAdded: case DiffKind::SiteAdded:
        *mine = dash;
        *theirs = e.after.empty() ? std::string(tr(K::files_present)) : e.after;
        return;
    case DiffKind::SlotRemoved: case DiffKind::TaskRemoved: case DiffKind::SiteRemoved:
        *mine = e.before.empty() ? std::string(tr(K::files_present)) : e.before;
        *theirs = dash;
        return;
    case DiffKind::SiteChanged:
        *mine = tr(K::files_differs);
        *theirs = tr(K::files_differs);
        return;
    default:
        *mine = e.before.empty() ? dash : e.before;
        *theirs = e.after.empty() ? dash : e.after;
        return;
    }
}

void take_progress_step(UiContext& ctx) {
    CompareState& s = S();
    Plan target = ctx.editor->plan();
    const int n = take_progress(target, s.theirs);
    if (n == 0) return;
    {
        Editor::Group g(*ctx.editor, fmt(K::files_undo_take, s.name.c_str()));
        ctx.editor->replace_tasks(std::move(target.tasks), "");
        ctx.editor->replace_sites(std::move(target.sites), "");
    }
    ctx.toast(fmt(K::files_toast_taken, n, files_shortcut("Z").c_str()));
}
}  // namespace

void files_show_compare(UiContext& ctx, Plan theirs, const std::string& name) {
    CompareState& s = S();
    s.theirs = std::move(theirs);
    s.name = name;
    s.diff = diff_plans(ctx.editor->plan(), s.theirs);
    s.diff_revision = ctx.editor->revision();
    s.active = true;
    s.requested = true;
    platform::request_redraw(2);
}

static void files_compare_open(UiContext& ctx);   // the open dialog's code (core/apart.h)

void draw_files_compare(UiContext& ctx) {
    CompareState& s = S();
    if (s.requested) {
        ImGui::OpenPopup("##files.compare");
        s.requested = false;
    }
    if (!s.active) return;
    call_apart(files_compare_open, ctx);
}

static void files_compare_open(UiContext& ctx) {
    CompareState& s = S();
    if (s.diff_revision != ctx.editor->revision()) {   // after taking ticks, or an undo behind the dialog
        s.diff = diff_plans(ctx.editor->plan(), s.theirs);
        s.diff_revision = ctx.editor->revision();
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(980.0f, vp->Size.x - 40.0f);
    const float h = std::min(680.0f, vp->Size.y - 40.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(w, h), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("##files.compare", nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
        s.active = false;
        return;
    }
    const PlanDiff& d = s.diff;
    files_dialog_top("files.compare", w, fmt(K::files_compare_title, s.name.c_str()));
    const int n = static_cast<int>(d.entries.size() + d.other_parts.size());
    ImGui::TextUnformatted(d.identical ? tr(K::files_compare_none) : fmt(K::files_compare_summary, n).c_str());
    if (!d.same_plan) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::TextUnformatted((std::string(icons::kWarning) + " " + tr(K::files_compare_not_same)).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();

    // The list, in a scrolling region that leaves room for the buttons.
    const float buttons_h = ImGui::GetFrameHeightWithSpacing() * 2.0f + 56.0f;
    ImGui::BeginChild("##files.compare.list", ImVec2(0, -buttons_h), true);
    const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                               ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!d.entries.empty() && ImGui::BeginTable("##diff", 3, tf)) {
        ImGui::TableSetupColumn(tr(K::files_col_change), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(tr(K::files_col_mine), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(K::files_col_theirs), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        const K groups[4] = {K::files_grp_document, K::files_grp_agenda, K::files_grp_tasks, K::files_grp_sites};
        for (int g = 0; g < 4; ++g) {
            bool header_done = false;
            int row = 0;
            for (const DiffEntry& e : d.entries) {
                if (group_of(e.kind) != g) continue;
                if (!header_done) {
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(0);
                    ImGui::PushFont(fonts().bold);
                    ImGui::TextUnformatted(tr(groups[g]));
                    ImGui::PopFont();
                    header_done = true;
                }
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                const bool progress = e.kind == DiffKind::TaskTicked || e.kind == DiffKind::TaskUnticked ||
                                      e.kind == DiffKind::SiteStatusChanged;
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(progress ? colors::kOk
                                                                                          : colors::kTextMuted));
                ImGui::TextUnformatted(tr(kind_words(e.kind)));
                ImGui::PopStyleColor();
                if (!e.label.empty()) {
                    ImGui::PushTextWrapPos(0.0f);
                    ImGui::TextUnformatted(e.label.c_str());
                    ImGui::PopTextWrapPos();
                }
                std::string mine, theirs;
                entry_values(e, &mine, &theirs);
                ImGui::TableSetColumnIndex(1);
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextUnformatted(mine.c_str());
                ImGui::PopTextWrapPos();
                ImGui::TableSetColumnIndex(2);
                ImGui::PushTextWrapPos(0.0f);
                ImGui::TextUnformatted(theirs.c_str());
                ImGui::PopTextWrapPos();
                const std::string rid = "files.compare.row." + std::to_string(g) + "." + std::to_string(row++);
                widgets::register_last_item(rid.c_str());
            }
        }
        ImGui::EndTable();
    }
    if (!d.other_parts.empty()) {
        std::string parts;
        for (const std::string& p : d.other_parts) parts += (parts.empty() ? "" : ", ") + std::string(part_words(p));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(fmt(K::files_compare_other, parts.c_str()).c_str());
        ImGui::PopTextWrapPos();
    }
    if (d.identical) ImGui::TextUnformatted(tr(K::files_compare_none));
    ImGui::EndChild();

    // Take progress; then the same three choices as the open dialog.
    ImGui::Dummy(ImVec2(0, 4));
    const int can_take = d.ticks_to_take + d.statuses_to_take;
    if (can_take == 0) ImGui::BeginDisabled();
    const std::string take_label = can_take == 0 ? std::string(tr(K::files_compare_take_none))
                                                 : fmt(K::files_compare_take, d.ticks_to_take, d.statuses_to_take);
    if (files_button(take_label, "files.compare.take",
                     tr(K::files_compare_take_tip), true))
        take_progress_step(ctx);
    if (can_take == 0) ImGui::EndDisabled();
    if (can_take == 0) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::TextUnformatted(tr(K::files_compare_nothing_take));
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, 2));
    bool close = files_new_or_replace(ctx, s.theirs, s.name, "files.compare", tr(K::files_open_new_tip), false);
    ImGui::SameLine();
    if (!close && files_dismissed(tr(K::files_close), "files.compare.close")) close = true;
    if (close) {
        s.active = false;
        s.theirs = Plan{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace dc::ui
