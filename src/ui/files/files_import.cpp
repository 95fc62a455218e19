// files_import.cpp — a Word document (.docx) or a document's plain text (.txt)
// opened with "Mở" or dropped on the page: core reads it into a new plan
// (import_docx.h, import_text.h), a preview says what was recognised and what
// stays as text, and "Mở thành kế hoạch mới" opens it beside the open plan,
// which is never touched.  A file that cannot be read (a damaged .docx, a zip
// bomb, an old .doc, a picture renamed .docx) gets the error dialog naming the
// file and what is wrong.  See files_ui.h.
//
// The reading and the dialog's body run only after a user's action, so the
// web build's split leaves them (and zlib, tinyxml2, the text importer) in the
// second part; the dialog's every-frame check calls its body apart (core/apart.h).
//
// Test ids: files.import.dialog, files.import.facts, files.import.open,
// files.import.cancel; shown text "files.import" (one "label: value" line per row).
//
// [SECTION] reading
// [SECTION] the preview dialog
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "core/apart.h"
#include "core/datetime.h"
#include "core/import_docx.h"
#include "core/import_text.h"
#include "core/text.h"
#include "core/unzip.h"
#include "platform/platform.h"
#include "ui/files/files_ui.h"
#include "ui/shell/autosave.h"
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] reading
//-----------------------------------------------------------------------------
struct ImportState {
    bool requested = false;   // OpenPopup on the next draw
    std::string name;         // the file's name, as the user knows it
    bool docx = false;
    std::size_t paragraphs = 0, tables = 0;   // of a .docx
    TextImport imp;
};
ImportState& S() {
    static ImportState s;
    return s;
}

bool ends_with_ci(const std::string& s, const char* suffix) {
    const std::size_t n = std::strlen(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i) {
        char a = s[s.size() - n + i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != suffix[i]) return false;
    }
    return true;
}

// A Word file by its content (a ZIP; an old .doc is an OLE compound file) or
// by its name: a .docx that is really garbage must reach the .docx reader, so
// that its message says what is wrong rather than "not a plan file".
bool is_word_file(const std::string& name, const std::string& bytes) {
    if (looks_like_zip(bytes)) return true;
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), "\xD0\xCF\x11\xE0", 4) == 0) return true;
    return ends_with_ci(name, ".docx") || ends_with_ci(name, ".doc") || ends_with_ci(name, ".docm") ||
           ends_with_ci(name, ".dotx");
}

int count_facts(const TextImport& imp, const char* code) {
    return static_cast<int>(std::count_if(imp.facts.begin(), imp.facts.end(),
                                          [code](const ImportFact& f) { return f.code == code; }));
}

std::string kind_word(DocKind k) {
    switch (k) {
    case DocKind::KeHoach: return tr(K::document_kind_ke_hoach);
    case DocKind::CongVan: return tr(K::document_kind_cong_van);
    case DocKind::ChuongTrinh: return tr(K::document_kind_chuong_trinh);
    case DocKind::ThongBao: return tr(K::document_kind_thong_bao);
    case DocKind::GiayMoi: return tr(K::document_kind_giay_moi);
    }
    return {};
}

// What each part of the document became, in the interface's words (core gives codes).
const char* fact_word(const std::string& code) {
    static const struct { const char* code; K key; } words[] = {
        {"header", K::files_fact_header}, {"number", K::files_fact_number}, {"code", K::files_fact_code},
        {"place", K::files_fact_place}, {"date", K::files_fact_date}, {"kind", K::files_fact_kind},
        {"title", K::files_fact_title}, {"addressee", K::files_fact_addressee},
        {"legal_basis", K::files_fact_legal_basis}, {"intro", K::files_fact_intro},
        {"section", K::files_fact_section}, {"bullet", K::files_fact_bullet},
        {"table_header", K::files_fact_table_header}, {"agenda_row", K::files_fact_agenda_row},
        {"task_row", K::files_fact_task_row}, {"closing", K::files_fact_closing},
        {"recipient", K::files_fact_recipient}, {"archive", K::files_fact_archive},
        {"signer", K::files_fact_signer}, {"text", K::files_fact_text},
    };
    for (const auto& w : words)
        if (code == w.code) return tr(w.key);
    return code.c_str();
}

// The preview's rows: a label and what the document gave it.
std::vector<std::pair<std::string, std::string>> summary_rows(const ImportState& s) {
    const TextImport& imp = s.imp;
    const Plan& p = imp.plan;
    const std::string none = tr(K::files_import_none);
    std::vector<std::pair<std::string, std::string>> rows;
    rows.emplace_back(tr(K::files_fact_kind), kind_word(p.header.kind));
    std::string number = p.header.number.empty() ? std::string(tr(K::files_import_blank_number)) : p.header.number;
    if (!p.header.code.empty()) number += "/" + p.header.code;
    rows.emplace_back(tr(K::files_import_number), number);
    std::string date = format_date(p.header.date);
    if (!p.header.place.empty()) date = p.header.place + ", " + date;
    rows.emplace_back(tr(K::files_fact_date), date);
    rows.emplace_back(tr(K::files_fact_title), p.header.title.empty() ? none : clip_text(p.header.title, 200));
    rows.emplace_back(tr(K::files_import_sections), fmt(K::files_import_n_sections, count_facts(imp, "section")));
    int items = 0;
    for (const Slot& sl : p.agenda) items += static_cast<int>(sl.items.size());
    rows.emplace_back(tr(K::files_import_agenda),
                      p.agenda.empty() ? none : fmt(K::files_import_n_slots, static_cast<int>(p.agenda.size()), items));
    rows.emplace_back(tr(K::files_import_tasks), fmt(K::files_import_n_rows, static_cast<int>(p.tasks.size())));
    rows.emplace_back(tr(K::files_import_sites), fmt(K::files_import_n_rows, static_cast<int>(p.sites.size())));
    rows.emplace_back(tr(K::files_fact_recipient), fmt(K::files_import_n_rows, static_cast<int>(p.recipients.size())));
    std::string signer = p.signer.authority.empty() ? p.signer.title : p.signer.authority + " " + p.signer.title;
    if (!p.signer.deputy_title.empty()) signer += " / " + p.signer.deputy_title;
    if (!p.signer.name.empty()) signer += (signer.empty() ? "" : " \xE2\x80\x94 ") + p.signer.name;
    rows.emplace_back(tr(K::files_fact_signer), signer.empty() ? none : signer);
    rows.emplace_back(tr(K::files_import_left), fmt(K::files_import_n_lines, static_cast<int>(imp.left_as_text)));
    return rows;
}

}  // namespace

bool files_import_received(UiContext&, const std::string& name, const std::string& bytes) {
    const bool docx = is_word_file(name, bytes);
    if (!docx && !ends_with_ci(name, ".txt")) return false;
    ImportState& s = S();
    TextImport imp;
    std::size_t paragraphs = 0, tables = 0;
    if (docx) {
        const DocxText d = docx_text(bytes);
        if (d.ok) {
            imp = import_text(d.text);
            paragraphs = d.paragraphs;
            tables = d.tables;
        } else {
            imp.error_vi = d.error_vi;
            imp.error_en = d.error_en;
        }
    } else {
        imp = import_text(bytes);
    }
    if (!imp.ok) {
        files_show_error(name, {language() == Lang::En ? imp.error_en : imp.error_vi});
        return true;
    }
    s.name = name;
    s.docx = docx;
    s.paragraphs = paragraphs;
    s.tables = tables;
    s.imp = std::move(imp);
    s.requested = true;
    platform::request_redraw(2);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] the preview dialog
//-----------------------------------------------------------------------------
namespace {
void summary_table(const ImportState& s, float w) {
    std::string shown;
    if (ImGui::BeginTable("##files.import.summary", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthFixed, std::min(200.0f, w * 0.3f));
        ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthStretch);
        for (const auto& [label, value] : summary_rows(s)) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
            ImGui::TextUnformatted(label.c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", value.c_str());
            shown += label + ": " + value + "\n";
        }
        ImGui::EndTable();
    }
    widgets::set_shown_text("files.import", shown);
}

// Every part of the document in its order, and where it went: lines kept as
// text are muted, so what was not recognised is easy to find.
void facts_list(const ImportState& s) {
    const auto& facts = s.imp.facts;
    const bool open = ImGui::CollapsingHeader(fmt(K::files_import_details, static_cast<int>(facts.size())).c_str());
    widgets::register_last_item("files.import.facts");
    if (!open) return;
    // Short enough that the dialog's buttons stay in sight on a 1366×768 laptop.
    const float h = std::min(ImGui::GetTextLineHeightWithSpacing() * 10.0f, ImGui::GetMainViewport()->Size.y * 0.18f);
    if (ImGui::BeginTable("##files.import.factlist", 2,
                          ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter,
                          ImVec2(0, h))) {
        ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthFixed, 150.0f);
        ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthStretch);
        ImGuiListClipper clip;
        clip.Begin(static_cast<int>(facts.size()));
        while (clip.Step()) {
            for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
                const ImportFact& f = facts[static_cast<std::size_t>(i)];
                const bool text = f.code == "text";
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(text ? colors::kTextMuted : colors::kAccent));
                ImGui::TextUnformatted(fact_word(f.code));
                ImGui::PopStyleColor();
                ImGui::TableNextColumn();
                const std::string v = clip_text(f.value, 140);
                ImGui::TextUnformatted(v.c_str());   // one line each: the clipper needs equal rows
            }
        }
        ImGui::EndTable();
    }
}

void import_dialog_body(UiContext& ctx, float w) {
    ImportState& s = S();
    files_dialog_top("files.import", w, fmt(K::files_import_title, clip_text(s.name).c_str()));
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    const std::string from = s.docx ? fmt(K::files_import_from_docx, static_cast<int>(s.paragraphs), static_cast<int>(s.tables))
                                    : std::string(tr(K::files_import_from_text));
    ImGui::TextUnformatted(from.c_str());
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, 2));
    summary_table(s, w);
    ImGui::Dummy(ImVec2(0, 2));
    facts_list(s);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::TextUnformatted(tr(K::files_import_note));
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 6));
    bool close = false;
    const std::string tip = plan_library().current().empty() ? fmt(K::files_open_replace_tip, files_shortcut("Z").c_str())
                                                             : std::string(tr(K::files_open_new_tip));
    if (files_button(tr(K::files_open_new), "files.import.open", tip, true)) {
        files_open_as_new(ctx, std::move(s.imp.plan), s.name, /*from_file=*/false, "import:" + s.name);
        close = true;
    }
    ImGui::SameLine();
    if (!close && files_dismissed(tr(K::files_cancel), "files.import.cancel")) close = true;
    if (close) {
        s.imp = TextImport{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}
}  // namespace

void draw_files_import(UiContext& ctx) {
    const float w = begin_files_modal("##files.import", &S().requested, 760.0f, 0.9f);
    if (w > 0) call_apart(import_dialog_body, ctx, w);
}

}  // namespace dc::ui
