// panel_agenda_paste.cpp — "Dán chương trình": a programme table copied from
// Word, Excel, LibreOffice or Google Docs becomes agenda slots.  The dialog
// shows the pasted text (it can be pasted or edited there too), how the columns
// map, the rows it could not read and why, and the slots it would make;
// nothing changes until "Áp dụng", which replaces the day's programme or adds
// to it as one undo step (core/paste_programme.h does the reading).
//
// Test ids: agenda.paste (toolbar), agenda.paste.dialog, agenda.paste.text,
// agenda.paste.summary, agenda.paste.header, agenda.paste.col.<n>,
// agenda.paste.problems, agenda.paste.replace, agenda.paste.append,
// agenda.paste.apply, agenda.paste.cancel.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>

#include "core/datetime.h"
#include "core/paste_programme.h"
#include "platform/platform.h"
#include "ui/agenda/panel_agenda_internal.h"
#include "ui/shell/app.h"
#include "ui/shell/paste_box.h"
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"

namespace dc::ui::agenda {

namespace {
struct PasteState {
    bool want_open = false;
    int day = 0;
    bool replace = true;
    std::string text;          // what the box shows (the plain-text flavour)
    std::string html;          // the HTML flavour that came with it, if any
    bool from_html = false;    // the table was read from `html`
    bool dirty = false;
    PasteTable table;
    ProgrammeColumns cols;
    ProgrammePreview preview;
};
PasteState P;

const char* field_name(ProgrammeField f) { return language() == Lang::En ? programme_field_en(f) : programme_field_vi(f); }

void reread() {
    P.dirty = false;
    P.table = programme_table(P.text, P.html);
    P.from_html = P.table.ok && !P.html.empty() && P.html.find("<table") != std::string::npos;
    P.cols = P.table.ok ? guess_programme_columns(P.table) : ProgrammeColumns{};
    P.preview = P.table.ok ? preview_programme(P.table, P.cols, P.day) : ProgrammePreview{};
}

void colored(ImU32 c, const std::string& s) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(c));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void column_map() {
    const int ncol = static_cast<int>(P.table.columns);
    if (ncol <= 0) return;
    bool changed = false;
    bool header = P.cols.header_rows > 0;
    if (ImGui::Checkbox((std::string(tr(K::agenda_paste_header)) + "##agenda.paste.header").c_str(), &header)) {
        const ProgrammeColumns guessed = guess_programme_columns(P.table);
        P.cols.header_rows = header ? std::max<std::size_t>(1, guessed.header_rows) : 0;
        changed = true;
    }
    widgets::register_last_item("agenda.paste.header");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::agenda_paste_columns));
    static const ProgrammeField all[] = {ProgrammeField::Ignore, ProgrammeField::Stt, ProgrammeField::Time,
                                         ProgrammeField::Content, ProgrammeField::Performer};
    for (int c = 0; c < ncol && c < 12; ++c) {
        ImGui::SameLine();
        const std::string id = "agenda.paste.col." + std::to_string(c + 1);
        const ProgrammeField cur = P.cols.fields[static_cast<std::size_t>(c)];
        ImGui::SetNextItemWidth(130);
        if (ImGui::BeginCombo(("##" + id).c_str(), (std::to_string(c + 1) + ". " + field_name(cur)).c_str())) {
            for (ProgrammeField f : all)
                if (ImGui::Selectable(field_name(f), f == cur) && f != cur) {
                    // Time comes from one column: the column that had it is ignored now.
                    if (f == ProgrammeField::Time)
                        for (auto& other : P.cols.fields) if (other == f) other = ProgrammeField::Ignore;
                    P.cols.fields[static_cast<std::size_t>(c)] = f;
                    changed = true;
                }
            ImGui::EndCombo();
        }
        widgets::register_last_item(id.c_str());
    }
    if (changed) P.preview = preview_programme(P.table, P.cols, P.day);
}

// The rows not read, with why; at most four lines in sight.
void problems_list() {
    if (P.preview.problems.empty()) return;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float h = std::min<float>(4.0f, static_cast<float>(P.preview.problems.size())) * line + 12;
    ImGui::BeginChild("##agenda.paste.problems", ImVec2(0, h), true);
    const ImVec2 a = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
    widgets::register_rect("agenda.paste.problems", a.x, a.y, s.x, s.y);
    for (const PasteProblem& pr : P.preview.problems) {
        const std::string& m = language() == Lang::En ? pr.message_en : pr.message_vi;
        colored(colors::kBadge, pr.row ? fmt(K::agenda_paste_problem_row, static_cast<int>(pr.row), m.c_str()) : m);
    }
    ImGui::EndChild();
}

// The slots it would make, as the programme table prints them.
void preview_table(float height) {
    if (!ImGui::BeginTable("##agenda.paste.preview", 3,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                               ImGuiTableFlags_SizingStretchProp,
                           ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(field_name(ProgrammeField::Time), ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableSetupColumn(field_name(ProgrammeField::Content), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(field_name(ProgrammeField::Performer), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    for (const Slot& s : P.preview.slots) {
        for (std::size_t k = 0; k < s.items.size(); ++k) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (k == 0) ImGui::TextUnformatted(format_time_range(s.start, s.end).c_str());
            ImGui::TableSetColumnIndex(1);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(s.items[k].content.c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableSetColumnIndex(2);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(s.items[k].performer.c_str());
            ImGui::PopTextWrapPos();
        }
    }
    ImGui::EndTable();
}

bool dialog_button(const char* id, const std::string& label, bool enabled, bool primary) {
    if (!enabled) ImGui::BeginDisabled();
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.13f, 0.45f, 0.78f, 1.0f));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button((label + "##" + id).c_str());
    if (primary) ImGui::PopStyleColor(3);
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(id);
    return pressed && enabled;
}

// Replace / add, Apply, Cancel.  True when the dialog closes.
bool buttons(UiContext& ctx) {
    if (ImGui::RadioButton((std::string(tr(K::agenda_paste_replace)) + "##agenda.paste.replace").c_str(), P.replace))
        P.replace = true;
    widgets::register_last_item("agenda.paste.replace");
    ImGui::SameLine(0, 16);
    if (ImGui::RadioButton((std::string(tr(K::agenda_paste_append)) + "##agenda.paste.append").c_str(), !P.replace))
        P.replace = false;
    widgets::register_last_item("agenda.paste.append");
    const int n = static_cast<int>(P.preview.slots.size());
    if (dialog_button("agenda.paste.apply", fmt(K::agenda_paste_apply, n), n > 0, true)) {
        const std::size_t added = apply_programme_paste(*ctx.editor, P.preview, P.replace);
        if (ctx.toast) ctx.toast(fmt(K::agenda_paste_done, static_cast<int>(added), platform::is_mac() ? "Cmd" : "Ctrl"));
        return true;
    }
    ImGui::SameLine();
    return dialog_button("agenda.paste.cancel", tr(K::agenda_paste_cancel), true, false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
}

void dialog_body(UiContext& ctx) {
    const float box_h = std::max(70.0f, std::min(140.0f, ImGui::GetContentRegionAvail().y * 0.22f));
    if (paste_box("##agenda.paste.text", &P.text, ImVec2(-FLT_MIN, box_h))) {
        P.html.clear();   // edited by hand: the text is what counts now
        P.dirty = true;
    }
    widgets::register_last_item("agenda.paste.text");
    if (ImGui::IsItemActive()) widgets::set_active_widget("agenda.paste.text");
    if (P.text.empty() && !ImGui::IsItemActive()) {
        const ImVec2 p = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(p.x + 8, p.y + 5), colors::kTextMuted, tr(K::agenda_paste_hint));
    }
    if (P.dirty) reread();
    if (P.text.empty() && P.html.empty()) return;
    if (!P.table.ok) {
        colored(colors::kBadge, language() == Lang::En ? P.table.error_en : P.table.error_vi);
        widgets::register_last_item("agenda.paste.summary");
        return;
    }
    if (P.from_html) colored(colors::kTextMuted, tr(K::agenda_paste_from_html));
    int items = 0;
    for (const Slot& s : P.preview.slots) items += static_cast<int>(s.items.size());
    ImGui::TextUnformatted(fmt(K::agenda_paste_summary, static_cast<int>(P.table.rows.size()),
                               static_cast<int>(P.table.columns), static_cast<int>(P.preview.slots.size()), items,
                               static_cast<int>(P.preview.skipped)).c_str());
    widgets::register_last_item("agenda.paste.summary");
    column_map();
    problems_list();
    const float rest = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 2 - 12;
    preview_table(std::max(80.0f, rest));
}

}  // namespace

void open_programme_paste(const std::string& text, const std::string& html, int day) {
    P = PasteState{};
    P.want_open = true;
    P.day = day;
    P.text = text;
    P.html = html;
    P.dirty = true;
    platform::request_redraw(2);
}

bool programme_paste_open() { return P.want_open || ImGui::IsPopupOpen("##agenda.paste"); }

void draw_programme_paste(UiContext& ctx) {
    if (P.want_open) {
        ImGui::OpenPopup("##agenda.paste");
        P.want_open = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(980.0f, vp->Size.x * 0.9f), std::min(660.0f, vp->Size.y * 0.9f)),
                             ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("##agenda.paste", nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings))
        return;
    const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
    widgets::register_rect("agenda.paste.dialog", wp.x, wp.y, ws.x, ws.y);
    // Ctrl+V while the dialog is open and its box is not being edited: the new table replaces the old.
    std::string again;
    if (platform::take_paste(&again)) {
        P.text = again;
        P.html = platform::take_paste_html();
        P.dirty = true;
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::agenda_paste));
    ImGui::PopFont();
    dialog_body(ctx);
    if (buttons(ctx)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dc::ui::agenda
