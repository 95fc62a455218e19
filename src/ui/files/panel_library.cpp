// panel_library.cpp — "Kế hoạch của tôi": the plans kept in this browser.
// New (blank or from a template), open a file, open, duplicate, rename,
// delete to the recycle bin, restore, delete forever.  The list and its
// storage are src/core/library.h; switching plans goes through autosave.h so
// the plan being left is written first.
//
// [SECTION] helpers
// [SECTION] new plan row
// [SECTION] plans table
// [SECTION] recycle bin
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "core/datetime.h"
#include "core/library.h"
#include "core/templates.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/files/files_ui.h"
#include "ui/shell/app.h"
#include "ui/shell/autosave.h"
#include "ui/shell/panels.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------
struct RenameState {
    std::string id;          // plan being renamed ("" = none)
    std::string text;
    bool focus = false;
};
RenameState g_rename;
std::string g_purge_id;      // plan waiting for "delete forever" confirmation

void muted(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

std::string title_of(const PlanEntry& e) { return e.title.empty() ? std::string(tr(K::plan_untitled)) : e.title; }

// A small button whose rectangle the tests can find: "<prefix>.<plan id>".
bool row_button(const char* label, const std::string& test_prefix, const std::string& id) {
    const std::string tid = test_prefix + "." + id;
    const bool pressed = ImGui::SmallButton((std::string(label) + "##" + tid).c_str());
    widgets::register_last_item(tid.c_str());
    return pressed;
}

void rename_plan(UiContext& ctx, const std::string& id, const std::string& title) {
    Library& lib = plan_library();
    const std::string t = nfc(title);
    if (id == lib.current()) {
        // The open plan: an undoable edit, written by the autosave like any other.
        Header h = ctx.editor->plan().header;
        h.title = t;
        ctx.editor->set_header(std::move(h), tr(K::offline_lib_rename));
        autosave_flush(ctx);
    } else if (!lib.rename(id, t)) {
        ctx.toast(tr(K::offline_lib_action_failed));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] new plan row
//-----------------------------------------------------------------------------
void draw_new_row(UiContext& ctx) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::offline_lib_new));
    // The buttons flow onto the next line when the window is narrow (template names are long).
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    auto flow = [&](const std::string& label) {
        const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine();
        if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    };
    const std::string tip = fmt(K::offline_tip_shortcut, tr(K::offline_lib_new_tip),
                                (std::string(platform::is_mac() ? "Cmd" : "Ctrl") + "+Alt+N").c_str());
    {   // The guided start first: a plan of the user's own body, not an example.
        const std::string label = std::string(tr(K::files_new_title)) + "\xE2\x80\xA6";
        flow(label);
        if (ImGui::Button((label + "##library.new.guided").c_str())) new_plan_dialog_request();
        widgets::register_last_item("library.new.guided");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::files_new_create_tip));
    }
    for (const TemplateInfo& t : builtin_templates()) {
        const std::string label = t.id == kBlankTemplate ? std::string(tr(K::offline_lib_new_blank))
                                                         : (ctx.lang == Lang::En ? t.name_en : t.name_vi);
        const std::string tid = "library.new." + t.id;
        flow(label);
        if (ImGui::Button((label + "##" + tid).c_str())) {
            library_new(ctx, t.id);
            ctx.toast(fmt(K::offline_lib_created, label.c_str()));
            ctx.go_to(Section::Document);
        }
        widgets::register_last_item(tid.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip.c_str());
    }
    const std::string open_label = tr(K::offline_lib_open_file);
    flow(open_label);
    if (ImGui::Button((open_label + "##library.open-file").c_str()))
        platform::open_file_picker(".json,application/json");
    widgets::register_last_item("library.open-file");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", fmt(K::offline_tip_shortcut, tr(K::tip_open),
                                    (std::string(platform::is_mac() ? "Cmd" : "Ctrl") + "+O").c_str()).c_str());
}

//-----------------------------------------------------------------------------
// [SECTION] plans table
//-----------------------------------------------------------------------------
// A short note under a cell's text, in the small font and a colour.
void small_note(ImU32 colour, const char* text) {
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// The title: a field while it is being renamed (Enter keeps, Esc or a click
// elsewhere drops), else the title with "open now" and "damaged" notes.
void title_cell(UiContext& ctx, const PlanEntry& e, bool current) {
    if (g_rename.id == e.id) {
        if (g_rename.focus) { ImGui::SetKeyboardFocusHere(); g_rename.focus = false; }
        ImGui::SetNextItemWidth(-1);
        const bool enter = ImGui::InputText("##rename", &g_rename.text, ImGuiInputTextFlags_EnterReturnsTrue);
        widgets::register_last_item(("library.rename-field." + e.id).c_str());
        if (ImGui::IsItemActive()) widgets::set_active_widget(("library.rename-field." + e.id).c_str());
        if (enter) {
            rename_plan(ctx, e.id, g_rename.text);
            g_rename = RenameState{};
        } else if (ImGui::IsItemDeactivated()) {
            g_rename = RenameState{};   // Escape or clicking elsewhere: no change
        }
        return;
    }
    const std::string t = title_of(e);
    if (current) ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s", t.c_str());
    if (current) ImGui::PopFont();
    widgets::register_last_item(("library.title." + e.id).c_str());
    if (current) small_note(colors::kAccent, tr(K::offline_lib_current));
    if (!e.damaged.empty()) {
        small_note(colors::kBadge, (std::string(icons::kWarning) + " " + tr(K::offline_lib_damaged)).c_str());
        widgets::register_last_item(("library.damaged." + e.id).c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(e.damaged == "stopped" ? K::offline_lib_damaged_tip_stopped
                                                               : K::offline_lib_damaged_tip_unreadable));
    }
}

// When it was last saved to a file (never: in the warning colour), and
// whether it changed since.
void file_cell(const PlanEntry& e) {
    if (e.saved_to_file_at == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::TextUnformatted(tr(K::save_file_never));
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextUnformatted(library_time_text(e.saved_to_file_at).c_str());
    if (e.unsaved_to_file()) small_note(colors::kWarn, tr(K::offline_lib_unsaved));
    if (!e.file_name.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.file_name.c_str());
}

// What a row's buttons asked; done after the table, since the list changes
// under these calls.
struct PlanActions {
    std::string open_id, dup_id, del_id, raw_id;
};

// Open (not the open one), duplicate (a damaged plan: download as stored),
// rename, delete.
void actions_cell(const PlanEntry& e, bool current, PlanActions& act) {
    if (!current) {
        if (row_button(tr(K::offline_lib_open), "library.open", e.id)) act.open_id = e.id;
        ImGui::SameLine();
    }
    if (!e.damaged.empty()) {
        if (row_button(tr(K::offline_lib_download_raw), "library.raw", e.id)) act.raw_id = e.id;
    } else {
        if (row_button(tr(K::offline_lib_duplicate), "library.duplicate", e.id)) act.dup_id = e.id;
    }
    ImGui::SameLine();
    if (row_button(tr(K::offline_lib_rename), "library.rename", e.id)) {
        g_rename.id = e.id;
        g_rename.text = e.title;
        g_rename.focus = true;
    }
    ImGui::SameLine();
    if (row_button(tr(K::offline_lib_delete), "library.delete", e.id)) act.del_id = e.id;
}

// Deleting a plan; the editor always holds one, so deleting the open plan
// opens the next one, or a new blank one.
void delete_plan(UiContext& ctx, Library& lib, const std::string& del_id) {
    const PlanEntry* e = lib.find(del_id);
    const std::string title = e ? title_of(*e) : std::string();
    const bool was_current = del_id == lib.current();
    if (was_current) autosave_flush(ctx);
    if (!lib.remove(del_id)) {
        ctx.toast(tr(K::offline_lib_action_failed));
        return;
    }
    ctx.toast(fmt(K::offline_lib_deleted, title.c_str()));
    if (was_current) {
        const std::vector<const PlanEntry*> rest = lib.plans();
        if (!rest.empty()) library_open(ctx, rest.front()->id);
        else library_new(ctx, kBlankTemplate);
    }
}

void apply_plan_actions(UiContext& ctx, Library& lib, const PlanActions& act) {
    if (!act.raw_id.empty()) {
        // The stored text as it is, whatever is wrong with it: the data can be rescued from it.
        const PlanEntry* e = lib.find(act.raw_id);
        const std::string name = slug_ascii(e && !e->title.empty() ? e->title : act.raw_id) + "-ban-goc.json";
        if (std::optional<std::string> raw = lib.raw_text(act.raw_id)) {
            platform::save_file(name, "application/json", *raw);
            ctx.toast(fmt(K::offline_lib_raw_downloaded, name.c_str()));
        } else {
            ctx.toast(tr(K::offline_lib_action_failed));
        }
    }
    if (!act.open_id.empty() && library_open(ctx, act.open_id)) ctx.go_to(Section::Document);
    if (!act.dup_id.empty()) {
        if (act.dup_id == lib.current()) autosave_flush(ctx);   // copy what is on screen
        const PlanEntry* src = lib.find(act.dup_id);
        const std::string title = src ? fmt(K::offline_lib_copy_title, title_of(*src).c_str()) : std::string();
        const std::string id = lib.duplicate(act.dup_id, title);
        ctx.toast(id.empty() ? std::string(tr(K::offline_lib_action_failed)) : fmt(K::offline_lib_duplicated, title.c_str()));
    }
    if (!act.del_id.empty()) delete_plan(ctx, lib, act.del_id);
}

void draw_plans(UiContext& ctx) {
    Library& lib = plan_library();
    const std::vector<const PlanEntry*> plans = lib.plans();
    if (plans.empty()) {
        muted(tr(K::offline_lib_empty));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##library.plans", 5, flags)) return;
    ImGui::TableSetupColumn(tr(K::offline_lib_col_title), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(K::offline_lib_col_event), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(K::offline_lib_col_changed), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(K::offline_lib_col_file), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 300.0f);
    ImGui::TableHeadersRow();

    PlanActions act;
    for (const PlanEntry* e : plans) {
        const bool current = e->id == lib.current();
        ImGui::PushID(e->id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        title_cell(ctx, *e, current);
        ImGui::TableNextColumn();
        if (e->event_date.empty()) muted("—");
        else ImGui::TextUnformatted(format_date(e->event_date).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(library_time_text(e->changed_at).c_str());
        ImGui::TableNextColumn();
        file_cell(*e);
        ImGui::TableNextColumn();
        actions_cell(*e, current, act);
        ImGui::PopID();
    }
    ImGui::EndTable();
    apply_plan_actions(ctx, lib, act);
}

//-----------------------------------------------------------------------------
// [SECTION] recycle bin
//-----------------------------------------------------------------------------
void draw_recycle_bin(UiContext& ctx) {
    Library& lib = plan_library();
    const std::vector<const PlanEntry*> bin = lib.recycle_bin();
    const std::string header = fmt(K::offline_lib_bin_heading, static_cast<int>(bin.size())) + "###library.bin";
    const bool open = ImGui::CollapsingHeader(header.c_str());
    widgets::register_last_item("library.bin");
    if (!open) return;
    muted(fmt(K::offline_lib_bin_note, Library::kRecycleDays).c_str());
    if (bin.empty()) return;
    std::string restore_id, purge_id;
    if (ImGui::BeginTable("##library.bin", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(K::offline_lib_col_title), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr(K::offline_lib_col_deleted), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 220.0f);
        ImGui::TableHeadersRow();
        for (const PlanEntry* e : bin) {
            ImGui::PushID(e->id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", title_of(*e).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(library_time_text(e->deleted_at).c_str());
            ImGui::TableNextColumn();
            if (row_button(tr(K::offline_lib_restore), "library.restore", e->id)) restore_id = e->id;
            ImGui::SameLine();
            if (row_button(tr(K::offline_lib_purge), "library.purge", e->id)) purge_id = e->id;
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!restore_id.empty()) {
        const std::string t = lib.find(restore_id) ? title_of(*lib.find(restore_id)) : std::string();
        ctx.toast(lib.restore(restore_id) ? fmt(K::offline_lib_restored, t.c_str()) : std::string(tr(K::offline_lib_action_failed)));
    }
    if (!purge_id.empty()) {
        g_purge_id = purge_id;
        ImGui::OpenPopup("##library.purge-confirm");
    }
    if (ImGui::BeginPopupModal("##library.purge-confirm", nullptr,
                               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        const std::string id = g_purge_id;
        const PlanEntry* e = lib.find(id);
        ImGui::TextUnformatted(fmt(K::offline_lib_purge_confirm, e ? title_of(*e).c_str() : "").c_str());
        if (ImGui::Button((std::string(tr(K::offline_lib_purge)) + "##library.purge-yes").c_str())) {
            lib.purge(id);
            g_purge_id.clear();
            ImGui::CloseCurrentPopup();
        }
        widgets::register_last_item("library.purge-yes");
        ImGui::SameLine();
        if (ImGui::Button((std::string(tr(K::btn_close)) + "##library.purge-no").c_str())) {
            g_purge_id.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}
}  // namespace

void draw_library_panel(UiContext& ctx) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::offline_lib_heading));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
    muted(tr(K::offline_lib_intro));
    // Browser storage can be wiped: the file is the safe copy.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
    ImGui::TextUnformatted(tr(K::offline_lib_safe_note));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    // Storage full / unavailable / another tab: the banner above every panel says so (autosave.cpp).
    ImGui::Spacing();
    draw_new_row(ctx);
    ImGui::Spacing();
    draw_plans(ctx);
    ImGui::Spacing();
    draw_recycle_bin(ctx);
}

}  // namespace dc::ui
