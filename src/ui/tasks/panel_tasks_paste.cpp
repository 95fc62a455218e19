// panel_tasks_paste.cpp — "Dán từ Excel": rows copied from Excel, Word or
// Google Sheets become tasks.  The dialog shows how the pasted columns map to
// the task's fields (the user may change each), the tasks that will be added
// and the rows that could not be read; nothing changes until "Thêm N việc",
// which is one undo step (paste.h does the reading).
//
// Test ids: tasks.paste.dialog, tasks.paste.header, tasks.paste.col.<n>,
// tasks.paste.col.<n>.<field>, tasks.paste.apply, tasks.paste.cancel,
// tasks.paste.summary, tasks.paste.problems.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/datetime.h"
#include "core/paste.h"
#include "core/tasks_ops.h"
#include "platform/platform.h"
#include "ui/tasks/panel_tasks.h"
#include "ui/tasks/task_words.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui::tasks_ui {

namespace {
struct PasteState {
    bool open = false;
    bool want_open = false;
    bool has_text = false;
    std::size_t bytes = 0;
    std::size_t at = 0;
    PasteTable table;
    TaskColumns cols;
    TaskPastePreview preview;
};
PasteState P;

constexpr TaskField kFields[] = {TaskField::Ignore, TaskField::Stt, TaskField::Content, TaskField::Deadline,
                                 TaskField::Lead, TaskField::Cooperating, TaskField::Note, TaskField::Done};
const char* field_name(TaskField f) { return language() == Lang::En ? task_field_en(f) : task_field_vi(f); }
const char* field_key(TaskField f) {
    switch (f) {
    case TaskField::Ignore: return "ignore";
    case TaskField::Stt: return "stt";
    case TaskField::Content: return "content";
    case TaskField::Deadline: return "deadline";
    case TaskField::Lead: return "lead";
    case TaskField::Cooperating: return "coop";
    case TaskField::Note: return "note";
    case TaskField::Done: return "done";
    }
    return "?";
}

void colored(ImU32 c, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(c));
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopStyleColor();
}

void repreview() { P.preview = preview_tasks(P.table, P.cols); }
}  // namespace

void open_paste_dialog(const std::string& text, std::size_t insert_at) {
    P.want_open = true;
    P.at = insert_at;
    P.has_text = !text.empty();
    P.bytes = text.size();
    P.table = PasteTable{};
    P.cols = TaskColumns{};
    P.preview = TaskPastePreview{};
    if (P.has_text) {
        P.table = parse_tsv(text);
        if (P.table.ok) {
            P.cols = guess_task_columns(P.table);
            repreview();
        }
    }
    platform::request_redraw(2);
}

bool paste_dialog_open() { return P.open || P.want_open; }

namespace {

// Opens the modal when asked, sized for what it shows (a preview: big; a
// message: as small as its text).  False when it is not open.
bool begin_paste_popup() {
    if (P.want_open) {
        ImGui::OpenPopup("##tasks.paste");
        P.want_open = false;
        P.open = true;
    }
    if (!P.open) return false;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = vp->Size.x * 0.9f < 1040.0f ? vp->Size.x * 0.9f : 1040.0f;
    const float h = vp->Size.y * 0.88f < 680.0f ? vp->Size.y * 0.88f : 680.0f;
    const bool full = P.has_text && P.table.ok;
    ImGui::SetNextWindowSize(ImVec2(full ? w : std::min(w, 640.0f), full ? h : 0), ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(20, 16));
    if (!ImGui::BeginPopupModal("##tasks.paste", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove)) {
        ImGui::PopStyleVar();
        P.open = false;
        return false;
    }
    ImGui::PopStyleVar();
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    widgets::register_rect("tasks.paste.dialog", wp.x, wp.y, ws.x, ws.y);
    return true;
}

// The combo that says which task field pasted column c fills.
void column_combo(int c, int ncol) {
    const TaskField cur = c < static_cast<int>(P.cols.fields.size()) ? P.cols.fields[c] : TaskField::Ignore;
    const std::string cid = "tasks.paste.col." + std::to_string(c + 1);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##map", (std::to_string(c + 1) + ". " + field_name(cur)).c_str())) {
        for (TaskField f : kFields) {
            const std::string fid = cid + "." + field_key(f);
            if (ImGui::Selectable((std::string(field_name(f)) + "##" + fid).c_str(), f == cur)) {
                if (P.cols.fields.size() < static_cast<std::size_t>(ncol)) P.cols.fields.resize(ncol, TaskField::Ignore);
                // A field comes from one column: the column that had it is ignored now.
                if (f != TaskField::Ignore)
                    for (auto& other : P.cols.fields) if (other == f) other = TaskField::Ignore;
                P.cols.fields[c] = f;
                repreview();
            }
            widgets::register_last_item(fid.c_str());
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item(cid.c_str());
}

// Column mapping: one combo per pasted column, with the first values under it.
void draw_column_map() {
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::TextUnformatted(tr(K::tasks_paste_columns));
    const int ncol = static_cast<int>(P.table.columns);
    const float map_h = ImGui::GetFrameHeight() + ImGui::GetTextLineHeightWithSpacing() * 2 + 22;
    if (ncol <= 0 || !ImGui::BeginTable("##tasks.paste.map", ncol,
                                        ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit,
                                        ImVec2(0, map_h)))
        return;
    const float pad = ImGui::GetStyle().CellPadding.x * 2.0f + 2.0f;   // per column: padding and border
    const float cw = std::max(130.0f, (ImGui::GetContentRegionAvail().x - 2.0f) / static_cast<float>(ncol) - pad);
    for (int c = 0; c < ncol; ++c) ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthFixed, cw);
    ImGui::TableNextRow();
    for (int c = 0; c < ncol; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::PushID(c);
        column_combo(c, ncol);
        // Sample values from the first rows (after the header).
        const std::size_t first = P.cols.header ? 1 : 0;
        for (std::size_t r = first; r < first + 2 && r < P.table.rows.size(); ++r) {
            const auto& row = P.table.rows[r];
            const std::string v = c < static_cast<int>(row.size()) ? row[c] : std::string();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
            ImGui::TextUnformatted(v.empty() ? "—" : v.c_str());
            ImGui::PopStyleColor();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// The rows that could not be read: up to four lines in sight, more scroll.
// Returns the height it took.
float draw_problems() {
    if (P.preview.problems.empty()) return 0;
    const ImGuiStyle& st = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float shown_lines = static_cast<float>(std::min<std::size_t>(P.preview.problems.size(), 4));
    const float list_h = shown_lines * line + st.WindowPadding.y * 2;
    colored(status_color(TaskStatus::DueToday), fmt(K::tasks_paste_problems, static_cast<int>(P.preview.problems.size())));
    ImGui::BeginChild("##tasks.paste.problems", ImVec2(0, list_h), true);
    {
        const ImVec2 a = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
        widgets::register_rect("tasks.paste.problems", a.x, a.y, s.x, s.y);
    }
    for (const PasteProblem& pr : P.preview.problems) {
        // The message names its row and column already ("Dòng 14, cột 3 (Thời gian hoàn thành): …").
        std::string text = language() == Lang::En ? pr.message_en : pr.message_vi;
        if (pr.skipped) text += " " + std::string(tr(K::tasks_paste_skipped));
        colored(pr.skipped ? status_color(TaskStatus::Overdue) : status_color(TaskStatus::DueSoon), text);
    }
    ImGui::EndChild();
    return list_h + line + st.ItemSpacing.y;
}

// The tasks to be added, as the table will show them, `height` tall.
void draw_preview_table(const Plan& plan, float height) {
    if (!ImGui::BeginTable("##tasks.paste.preview", 7,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                               ImGuiTableFlags_SizingStretchProp,
                           ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(K::tasks_paste_col_row), ImGuiTableColumnFlags_WidthFixed, 48);
    ImGui::TableSetupColumn(tr(K::tasks_col_content), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(K::tasks_col_deadline), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(tr(K::tasks_col_lead), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(tr(K::tasks_col_coop), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn(tr(K::tasks_col_note), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(K::tasks_col_done), ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableHeadersRow();
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(P.preview.tasks.size()));
    while (clip.Step()) {
        for (int k = clip.DisplayStart; k < clip.DisplayEnd; ++k) {
            const Task& t = P.preview.tasks[static_cast<std::size_t>(k)];
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::Text("%d", static_cast<int>(P.preview.source_rows[static_cast<std::size_t>(k)]));
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(t.content.c_str());
            ImGui::TableSetColumnIndex(2);
            const std::string dl = deadline_words(t.deadline, plan, language());
            ImGui::TextUnformatted(dl.c_str());
            ImGui::TableSetColumnIndex(3);
            ImGui::TextUnformatted(t.lead.c_str());
            ImGui::TableSetColumnIndex(4);
            std::string co;
            for (const auto& u : t.cooperating) co += (co.empty() ? "" : "; ") + u;
            ImGui::TextUnformatted(co.c_str());
            ImGui::TableSetColumnIndex(5);
            ImGui::TextUnformatted(t.note.c_str());
            ImGui::TableSetColumnIndex(6);
            if (t.done) colored(status_color(TaskStatus::Done), std::string(icons::kCheck));
        }
    }
    ImGui::EndTable();
}

// A table was read: what it holds, the header choice, the column mapping,
// the problems and the preview, which takes the height left above the buttons.
void draw_paste_preview(UiContext& ctx) {
    const std::size_t n = P.preview.tasks.size();
    ImGui::TextUnformatted(fmt(K::tasks_paste_summary, static_cast<int>(P.table.rows.size()),
                               static_cast<int>(P.table.columns), static_cast<int>(n),
                               static_cast<int>(P.preview.skipped)).c_str());
    widgets::register_last_item("tasks.paste.summary");

    bool header = P.cols.header;
    if (ImGui::Checkbox((std::string(tr(K::tasks_paste_header)) + "##tasks.paste.header").c_str(), &header)) {
        P.cols.header = header;
        repreview();
    }
    widgets::register_last_item("tasks.paste.header");
    draw_column_map();

    const ImGuiStyle& st = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float buttons_h = ImGui::GetFrameHeight() + st.ItemSpacing.y * 3 + 4;
    float rest = ImGui::GetContentRegionAvail().y - buttons_h;
    rest -= draw_problems();
    ImGui::TextUnformatted(fmt(K::tasks_paste_will_add, static_cast<int>(n)).c_str());
    rest -= line;
    if (rest < 80) rest = 80;
    draw_preview_table(ctx.editor->plan(), rest);
}

// Add (when there is a preview) and Cancel / Close.  Returns true when the
// dialog closes; *result = where the tasks went.
bool paste_buttons(UiContext& ctx, const char* mod, long* result) {
    bool close = false;
    ImGui::Dummy(ImVec2(0, 4));
    const int n = P.has_text && P.table.ok ? static_cast<int>(P.preview.tasks.size()) : 0;
    if (P.has_text && P.table.ok) {
        const std::string apply = fmt(K::tasks_paste_apply, n);
        if (n == 0) ImGui::BeginDisabled();
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.13f, 0.45f, 0.78f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        const bool go = ImGui::Button((apply + "##tasks.paste.apply").c_str());
        ImGui::PopStyleColor(3);
        if (n == 0) ImGui::EndDisabled();
        widgets::register_last_item("tasks.paste.apply");
        if (go && n > 0) {
            const std::size_t at = P.at > ctx.editor->plan().tasks.size() ? ctx.editor->plan().tasks.size() : P.at;
            const std::size_t added = apply_task_paste(*ctx.editor, P.preview, at);
            if (ctx.toast) ctx.toast(fmt(K::tasks_paste_done, static_cast<int>(added), mod));
            *result = static_cast<long>(at);
            close = true;
        }
        ImGui::SameLine();
    }
    if (ImGui::Button((std::string(P.has_text && P.table.ok ? tr(K::tasks_paste_cancel) : tr(K::btn_close)) +
                       "##tasks.paste.cancel").c_str()) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        close = true;
    widgets::register_last_item("tasks.paste.cancel");
    return close;
}

}  // namespace

long draw_paste_dialog(UiContext& ctx) {
    if (!begin_paste_popup()) return -1;
    // Another Ctrl+V while the dialog is open replaces what is shown.
    {
        std::string again;
        if (platform::take_paste(&again)) {
            const std::size_t at = P.at;
            open_paste_dialog(again, at);
            P.want_open = false;
        }
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::tasks_paste_title));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);

    const char* mod = platform::is_mac() ? "Cmd" : "Ctrl";
    if (!P.has_text) {
        // Opened from the button: the browser may not let us read the clipboard, so say how to paste.
        ImGui::TextUnformatted(fmt(K::tasks_paste_waiting, mod, mod).c_str());
        ImGui::Dummy(ImVec2(0, 4));
        colored(colors::kTextMuted, tr(K::tasks_paste_waiting_hint));
    } else if (!P.table.ok) {
        colored(status_color(TaskStatus::Overdue), language() == Lang::En ? P.table.error_en : P.table.error_vi);
        widgets::register_last_item("tasks.paste.summary");
    } else {
        draw_paste_preview(ctx);
    }
    ImGui::PopTextWrapPos();

    long result = -1;
    if (paste_buttons(ctx, mod, &result)) {
        ImGui::CloseCurrentPopup();
        P.open = false;
        P.table = PasteTable{};
        P.preview = TaskPastePreview{};
    }
    ImGui::EndPopup();
    return result;
}

}  // namespace dc::ui::tasks_ui
