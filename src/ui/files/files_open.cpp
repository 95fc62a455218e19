// files_open.cpp — receiving a plan: a file (picked or dropped, .json or the
// readable .html copy) or a "#plan=" link; the dialog that asks how to open
// it; the dialog that says why a file cannot be opened.  See files_ui.h.
//
// A file never replaces the open plan by itself: the user chooses "open as a
// new plan" (the open one stays in "Kế hoạch của tôi"), "replace the open
// plan" (one undo step) or "compare".  A bad file changes nothing.
//
// [SECTION] state and helpers
// [SECTION] receiving files and links
// [SECTION] opening
// [SECTION] dialogs: open, error
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/datetime.h"
#include "core/text.h"
#include "core/export_copy.h"
#include "core/plan_diff.h"
#include "core/plan_file.h"
#include "platform/platform.h"
#include "ui/shell/autosave.h"
#include "core/apart.h"
#include "ui/files/files_ui.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] state and helpers
//-----------------------------------------------------------------------------
struct OpenState {
    bool open_requested = false;     // OpenPopup on the next draw
    bool active = false;             // a received plan waits for the user's choice
    Plan plan;
    std::string name;
    PlanDiff diff;

    bool error_requested = false;
    std::string error_title;
    std::vector<std::string> error_lines;
};
OpenState& S() {
    static OpenState s;
    return s;
}

constexpr int kMaxErrorLines = 12;

bool ends_with_ci(const std::string& s, const char* suffix) {
    const std::size_t n = std::char_traits<char>::length(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i) {
        char a = s[s.size() - n + i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != suffix[i]) return false;
    }
    return true;
}

// A readable copy: named .html/.htm, or text that starts like HTML (a copy
// renamed by a chat app).  A plan file starts with '{' (after a byte-order mark).
bool looks_like_html(const std::string& name, const std::string& bytes) {
    if (ends_with_ci(name, ".html") || ends_with_ci(name, ".htm")) return true;
    std::size_t i = 0;
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
    return i < bytes.size() && bytes[i] == '<';
}


}  // namespace

void files_show_error(const std::string& name, std::vector<std::string> lines) {
    OpenState& s = S();
    s.error_title = fmt(K::files_error_title, name.c_str());
    s.error_lines = std::move(lines);
    s.error_requested = true;
    platform::request_redraw(2);
}

namespace {
ImVec2 button_size(const std::string& label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 t = ImGui::CalcTextSize(label.c_str(), nullptr, true);
    return ImVec2(t.x + st.FramePadding.x * 2.0f + 12.0f, t.y + st.FramePadding.y * 2.0f + 6.0f);
}

std::string plan_line(const Plan& p) {
    std::string t = p.header.title.empty() ? std::string(tr(K::plan_untitled)) : clip_text(p.header.title, 160);
    if (!p.event.days.empty() && p.event.days[0].date.complete())
        t += " \xE2\x80\x94 " + fmt(K::files_event_on, format_date(p.event.days[0].date).c_str());
    return t;
}

int differences(const PlanDiff& d) {
    return static_cast<int>(d.entries.size() + d.other_parts.size());
}

bool library_active() { return !plan_library().current().empty(); }
}  // namespace

std::string files_shortcut(const char* key) {
    return std::string(platform::is_mac() ? "Cmd+" : "Ctrl+") + key;
}

bool files_button(const std::string& label, const char* id, const std::string& tip, bool primary) {
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.16f, 0.44f, 0.74f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.07f, 0.31f, 0.57f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button((label + "##" + id).c_str(), button_size(label));
    if (primary) ImGui::PopStyleColor(4);
    widgets::register_last_item(id);
    if (!tip.empty() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
        ImGui::TextUnformatted(tip.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return pressed;
}

float begin_files_modal(const char* popup, bool* requested, float max_w, float max_h_frac) {
    if (*requested) {
        ImGui::OpenPopup(popup);
        *requested = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(max_w, vp->Size.x - 40.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    if (max_h_frac > 0) ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, vp->Size.y * max_h_frac));
    if (!ImGui::BeginPopupModal(popup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
        return 0.0f;
    return w;
}

void files_dialog_top(const char* id, float w, const std::string& title) {
    widgets::register_rect((std::string(id) + ".dialog").c_str(), ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                              ImGui::GetWindowSize().x, ImGui::GetWindowSize().y);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - 40.0f);
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
}

bool files_dismissed(const char* label, const char* id) {
    return files_button(label, id) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
}

bool files_new_or_replace(UiContext& ctx, Plan& plan, const std::string& name, const std::string& id,
                          const std::string& new_tip, bool new_primary) {
    if (files_button(tr(K::files_open_new), (id + ".new").c_str(), new_tip, new_primary)) {
        files_open_as_new(ctx, std::move(plan), name);
        return true;
    }
    ImGui::SameLine();
    if (files_button(tr(K::files_open_replace), (id + ".replace").c_str(),
                     fmt(K::files_open_replace_tip, files_shortcut("Z").c_str()))) {
        files_replace_current(ctx, std::move(plan), name);
        return true;
    }
    return false;
}


//-----------------------------------------------------------------------------
// [SECTION] receiving files and links
//-----------------------------------------------------------------------------
void files_received(UiContext& ctx, const std::string& name, const std::string& bytes) {
    if (files_import_received(ctx, name, bytes)) return;   // a Word document or a .txt (files_import.cpp)
    std::string text;
    if (looks_like_html(name, bytes)) {
        std::optional<std::string> embedded = extract_plan_from_copy(bytes);
        if (!embedded) {
            files_show_error(name, {tr(K::files_error_not_copy)});
            return;
        }
        text = std::move(*embedded);
    } else {
        text = bytes;
    }
    ImportResult r = read_plan(text);
    if (!r.ok()) {
        std::vector<std::string> lines;
        const bool en = language() == Lang::En;
        for (std::size_t i = 0; i < r.errors.size() && i < static_cast<std::size_t>(kMaxErrorLines); ++i) {
            const ImportError& e = r.errors[i];
            std::string line = en ? e.message_en : e.message_vi;
            if (e.line > 0 && line.find(std::to_string(e.line)) == std::string::npos)
                line += " " + fmt(K::files_error_at, e.line, e.column);
            lines.push_back(std::move(line));
        }
        if (r.errors.size() > static_cast<std::size_t>(kMaxErrorLines))
            lines.push_back(fmt(K::files_error_more, static_cast<int>(r.errors.size()) - kMaxErrorLines));
        if (lines.empty()) lines.push_back(tr(K::files_error_not_copy));
        files_show_error(name, std::move(lines));
        return;
    }
    OpenState& s = S();
    s.plan = std::move(*r.plan);
    s.name = name;
    s.diff = diff_plans(ctx.editor->plan(), s.plan);
    s.active = true;
    s.open_requested = true;
    platform::request_redraw(2);
}

void files_init(UiContext& ctx) {
    UiContext* c = &ctx;
    // A "#plan=" link: opened as a new plan at once (nothing is replaced: the
    // plan that was open stays in the library).
    platform::set_link_handler([c](platform::LinkStatus status, std::string text) {
        const std::string name = tr(K::files_link_name);
        if (status == platform::LinkStatus::TooLarge) {
            files_show_error(name, {fmt(K::files_error_link_too_large, static_cast<int>(platform::kLinkMaxBytes / (1024 * 1024)))});
            return;
        }
        if (status != platform::LinkStatus::Ok) {
            files_show_error(name, {tr(K::files_error_link)});
            return;
        }
        ImportResult r = read_plan(text);
        if (!r.ok()) {
            std::vector<std::string> lines{tr(K::files_error_link)};
            for (std::size_t i = 0; i < r.errors.size() && i < 5; ++i)
                lines.push_back(language() == Lang::En ? r.errors[i].message_en : r.errors[i].message_vi);
            files_show_error(name, std::move(lines));
            return;
        }
        files_open_as_new(*c, std::move(*r.plan), name, /*from_file=*/false);   // no file holds it yet
    });
}

// Plan files and readable copies, and documents to import (files_import.cpp).
void files_open(UiContext&) {
    platform::open_file_picker(".json,.html,.htm,.docx,.doc,.txt,application/json,text/html,text/plain,"
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

//-----------------------------------------------------------------------------
// [SECTION] opening
//-----------------------------------------------------------------------------
void files_open_as_new(UiContext& ctx, Plan plan, const std::string& name, bool from_file, const std::string& origin) {
    if (!library_active()) {   // no plan library (storage not set up): keep the open plan by undo instead
        files_replace_current(ctx, std::move(plan), name);
        return;
    }
    autosave_flush(ctx);   // the open plan, up to its last keystroke, stays in the library
    ctx.editor->load(std::move(plan));
    autosave_file_opened(ctx, name, from_file, origin.empty() ? "link" : origin);
    ctx.selection = Selection{};
    ctx.toast(fmt(K::files_toast_opened_new, name.c_str()));
}

void files_replace_current(UiContext& ctx, Plan plan, const std::string& name) {
    ctx.editor->replace_plan(std::move(plan), fmt(K::files_undo_replace, name.c_str()));
    ctx.selection = Selection{};
    ctx.toast(fmt(K::files_toast_replaced, name.c_str(), files_shortcut("Z").c_str()));
}

//-----------------------------------------------------------------------------
// [SECTION] dialogs: open, error
//-----------------------------------------------------------------------------
namespace {
static void open_dialog_open(UiContext& ctx, float w);   // the open dialog's code (core/apart.h)

void draw_open_dialog(UiContext& ctx) {
    const float w = begin_files_modal("##files.open", &S().open_requested, 620.0f);
    if (w > 0) call_apart(open_dialog_open, ctx, w);
}

static void open_dialog_open(UiContext& ctx, float w) {
    OpenState& s = S();
    files_dialog_top("files.open", w, fmt(K::files_open_title, clip_text(s.name).c_str()));
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::TextUnformatted(fmt(K::files_open_in_file, plan_line(s.plan).c_str()).c_str());
    const Plan& cur = ctx.editor->plan();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(fmt(K::files_open_current, plan_line(cur).c_str()).c_str());
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, 4));
    if (s.diff.identical) {
        ImGui::TextUnformatted(tr(K::files_open_identical));
    } else if (s.diff.same_plan) {
        ImGui::TextUnformatted(fmt(K::files_open_same_plan, differences(s.diff)).c_str());
    } else {
        ImGui::TextUnformatted(tr(K::files_open_other_plan));
    }
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 6));

    const std::string new_tip = library_active() ? tr(K::files_open_new_tip)
                                                 : fmt(K::files_open_replace_tip, files_shortcut("Z").c_str());
    bool close = files_new_or_replace(ctx, s.plan, s.name, "files.open", new_tip, !s.diff.same_plan);
    ImGui::SameLine();
    if (!close && !s.diff.identical &&
        files_button(tr(K::files_open_compare), "files.open.compare", tr(K::files_open_compare_tip), s.diff.same_plan)) {
        files_show_compare(ctx, std::move(s.plan), s.name);
        close = true;
    }
    ImGui::SameLine();
    if (!close && files_dismissed(tr(K::files_cancel), "files.open.cancel")) close = true;
    if (close) {
        s.active = false;
        s.plan = Plan{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void error_dialog_open(float w);   // the open dialog's code (core/apart.h)

void draw_error_dialog() {
    const float w = begin_files_modal("##files.error", &S().error_requested, 640.0f, 0.85f);
    if (w > 0) call_apart(error_dialog_open, w);
}

static void error_dialog_open(float w) {
    OpenState& s = S();
    widgets::register_rect("files.error.dialog", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                              ImGui::GetWindowSize().x, ImGui::GetWindowSize().y);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - 40.0f);
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
    ImGui::TextUnformatted(s.error_title.c_str());   // (the heading font has no icon glyphs)
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Separator();
    std::string shown = s.error_title;
    for (const std::string& line : s.error_lines) {
        ImGui::Bullet();
        ImGui::TextUnformatted(line.c_str());
        shown += "\n" + line;
    }
    widgets::set_shown_text("files.error", shown);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(tr(K::files_error_unchanged));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 4));
    if (files_button(tr(K::files_close), "files.error.close", {}, true) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}
}  // namespace

void draw_files_dialogs(UiContext& ctx) {
    draw_error_dialog();
    draw_open_dialog(ctx);
    draw_files_import(ctx);
    draw_files_compare(ctx);
    draw_files_share_dialogs(ctx);
    draw_new_plan_dialog(ctx);
}

}  // namespace dc::ui
