// panel_document_preview.cpp — the live outline of the printed page beside the
// Document form: the two-column header, number and date line, title, basis,
// the numbered body with placeholders where generated tables stand, closing,
// Nơi nhận and the signature block.  It is a reading aid, not the print
// itself (that is export_html.cpp); clicking a line opens its field in the
// form, clicking a table placeholder opens the view that edits it.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/body_facts.h"
#include "core/datetime.h"
#include "core/export_html.h"
#include "core/export_outline.h"
#include "core/text.h"
#include "ui/document/panel_document.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {

constexpr ImU32 kInk = IM_COL32(20, 20, 20, 255);

// Wrapped text, centred line by line in [x0, x0 + width].
void centered(const std::string& s, float width, ImFont* font, ImU32 col = kInk) {
    if (s.empty()) return;
    ImGui::PushFont(font);
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const float x0 = ImGui::GetCursorPosX();
    const char* p = s.c_str();
    const char* end = p + s.size();
    while (p < end) {
        const char* brk = font->CalcWordWrapPositionA(scale, p, end, width);
        if (brk == p) brk = p + 1;
        const float w = ImGui::CalcTextSize(p, brk).x;
        ImGui::SetCursorPosX(x0 + (width - w) * 0.5f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(col));
        ImGui::TextUnformatted(p, brk);
        ImGui::PopStyleColor();
        p = brk;
        while (p < end && (*p == ' ' || *p == '\n')) ++p;
    }
    ImGui::SetCursorPosX(x0);
    ImGui::PopFont();
}

// Marks the last item as a link to `place` in the form.
void link_to(UiContext& ctx, const std::string& place, bool highlight = true) {
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (highlight) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x - 2, a.y), ImVec2(b.x + 2, b.y),
                                                      IM_COL32(24, 95, 170, 28), 3.0f);
        }
        ImGui::SetTooltip("%s", tr(K::document_preview_click));
    }
    if (ImGui::IsItemClicked()) document_focus(ctx, place);
}

void para(UiContext& ctx, const std::string& text, const std::string& place, ImFont* font = nullptr,
          float indent = 0.0f) {
    if (font) ImGui::PushFont(font);
    if (indent > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kInk));
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
    if (!place.empty()) link_to(ctx, place);
}

std::string no_stars(std::string s) {   // "**bold**" prints bold; the preview just drops the marks
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') { ++i; continue; }
        out += s[i];
    }
    return out;
}

// A placeholder for a generated table: "[Chương trình — 8 mục]".
void placeholder(UiContext& ctx, const std::string& text, Section target, const std::string& place) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
    ImGui::SetCursorScreenPos(ImVec2(p.x + 8, p.y + 4));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - 16);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    const ImVec2 b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(p, ImVec2(p.x + w, b.y + 4), IM_COL32(24, 95, 170, 120), 3.0f);
    ImGui::SetCursorScreenPos(p);
    ImGui::InvisibleButton(("##ph" + place).c_str(), ImVec2(w, b.y + 4 - p.y));
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s", tr(K::document_preview_open_view));
    }
    if (ImGui::IsItemClicked()) {
        if (target == Section::Document) document_focus(ctx, place);
        else ctx.go_to(target);
    }
}

// The page's columns: the header and the closing are two columns, as printed.
struct Page {
    float pw;     // the page's text width
    float col;    // left column (issuing body, Nơi nhận)
    float col2;   // right column (national motto, signature)
    float x0;     // the page's left edge (cursor x)
};

// Two-column header: issuing body and number on the left; the national motto
// and the place and date on the right.
void preview_header(UiContext& ctx, const Header& h, const Page& pg) {
    const float y0 = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    if (!h.parent_body.empty()) centered(upper_vi(h.parent_body), pg.col, fonts().small);
    centered(upper_vi(h.issuing_body.empty() ? std::string("…") : h.issuing_body), pg.col, fonts().bold);
    link_to(ctx, "header.issuing_body", false);
    centered(format_number_line(h), pg.col, fonts().small);
    link_to(ctx, "header.number", false);
    if (h.kind == DocKind::CongVan && !h.title.empty()) centered("V/v " + h.title, pg.col, fonts().small);
    ImGui::EndGroup();
    const float y1 = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(pg.x0 + pg.col + 8, y0));
    ImGui::BeginGroup();
    centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pg.col2, fonts().bold);
    centered("Độc lập - Tự do - Hạnh phúc", pg.col2, fonts().bold);
    centered(format_date_line(h.place, h.date), pg.col2, fonts().small, IM_COL32(60, 60, 60, 255));
    link_to(ctx, "header.date", false);
    ImGui::EndGroup();
    const float y2 = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(pg.x0, (y1 > y2 ? y1 : y2) + 8));
}

// Title (or Kính gửi for a công văn), then the legal basis and the intro.
void preview_title(UiContext& ctx, const Header& h, float pw) {
    if (h.kind == DocKind::CongVan) {
        if (!h.addressees.empty()) {
            centered(tr(K::document_preview_kinh_gui), pw, fonts().small);
            for (std::size_t i = 0; i < h.addressees.size(); ++i)
                para(ctx, "- " + outline::without_end_stop(h.addressees[i]) + outline::list_end(i, h.addressees.size()),
                     "header.addressees[" + std::to_string(i) + "]", nullptr, pw * 0.25f);
        }
    } else {
        static const char* kCaps[] = {"KẾ HOẠCH", "CÔNG VĂN", "CHƯƠNG TRÌNH", "THÔNG BÁO", "GIẤY MỜI"};
        centered(kCaps[static_cast<int>(h.kind)], pw, fonts().bold);
        centered(h.title, pw * 0.85f > 0 ? pw : pw, fonts().bold);
        link_to(ctx, "header.title", false);
        if (!h.addressees.empty()) {
            centered(tr(K::document_preview_kinh_gui), pw, fonts().small);
            for (std::size_t i = 0; i < h.addressees.size(); ++i)
                para(ctx, "- " + h.addressees[i], "header.addressees[" + std::to_string(i) + "]", nullptr, pw * 0.25f);
        }
    }
    ImGui::Dummy(ImVec2(0, 4));

    for (std::size_t i = 0; i < h.legal_basis.size(); ++i)
        para(ctx, outline::without_end_stop(h.legal_basis[i]) + outline::list_end(i, h.legal_basis.size()),
             "header.legal_basis[" + std::to_string(i) + "]", nullptr, 14);
    if (!h.intro.empty()) para(ctx, no_stars(h.intro), "header.intro", nullptr, 14);
}

// An insert as a placeholder "[Chương trình — 12 mục · … ]" that leads to
// where its content is edited.
void preview_insert(UiContext& ctx, const Plan& plan, const BodyOutline& numbered, std::size_t i) {
    const Block& b = plan.body[i];
    std::string text = std::string("[") + insert_what_name(b.insert);
    Section target = Section::Document;
    std::string where = "body[" + std::to_string(i) + "]";
    int count = -1;
    switch (b.insert) {
    case InsertWhat::Agenda: target = Section::Agenda; count = static_cast<int>(plan.agenda.size()); break;
    case InsertWhat::Tasks: target = Section::Tasks; count = static_cast<int>(plan.tasks.size()); break;
    case InsertWhat::Sites: target = Section::Sites; count = static_cast<int>(plan.sites.size()); break;
    case InsertWhat::Participants: where = "site_groups"; count = static_cast<int>(plan.site_groups.size()); break;
    case InsertWhat::Duties: where = "duties"; count = static_cast<int>(plan.duties.size()); break;
    case InsertWhat::Budget: where = "budget"; count = static_cast<int>(plan.budget.size()); break;
    case InsertWhat::Contacts: where = "contacts"; count = static_cast<int>(plan.contacts.size()); break;
    case InsertWhat::TechSessions: where = "event.tech_sessions"; count = static_cast<int>(plan.event.tech_sessions.size()); break;
    }
    if (count >= 0) text += " — " + fmt(K::document_preview_count, count);
    // The print numbers the programme's rows in a TT column: say so, since the placeholder shows no table.
    if (b.insert == InsertWhat::Agenda && plan.agenda_numbered) text += std::string(" · ") + tr(K::document_preview_tt_column);
    if (!numbered.items[i].empty())
        text += " · " + numbered.items[i].front() + (numbered.items[i].size() > 1 ? " … " + numbered.items[i].back() : "");
    text += "]";
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 14);
    ImGui::PushID(static_cast<int>(i));
    placeholder(ctx, text, target, where);
    ImGui::PopID();
}

// The body, numbered as printed, then the closing paragraph.
void preview_body(UiContext& ctx, const Plan& plan) {
    const BodyOutline numbered = body_outline(plan);
    // Sections the print leaves out (nothing under them) are left out here too.
    const std::vector<std::size_t> empty = outline::empty_sections(plan);
    for (std::size_t i = 0; i < plan.body.size(); ++i) {
        const Block& b = plan.body[i];
        const std::string place = "body[" + std::to_string(i) + "]";
        switch (b.kind) {
        case BlockKind::Heading: {
            if (std::binary_search(empty.begin(), empty.end(), i)) break;
            std::string t = b.level == 1 ? upper_vi(b.text) : b.text;
            std::string line = numbered.heading[i] + " " + no_stars(t);
            if (const std::string body = heading_body(plan, b); !body.empty()) {
                // Heading in bold, run-in text regular: draw as one wrapped paragraph in bold
                // when short, else heading then text (ImGui has no mixed-font wrapping).
                para(ctx, line + (line.back() == ':' ? "" : ":"), place, b.level <= 2 ? fonts().bold : nullptr, 14);
                para(ctx, no_stars(body), place, nullptr, 14);
            } else {
                para(ctx, line, place, b.level <= 2 ? fonts().bold : nullptr, 14);
            }
            break;
        }
        case BlockKind::Paragraph: para(ctx, no_stars(b.text), place, nullptr, 14); break;
        case BlockKind::Bullet: para(ctx, "- " + no_stars(b.text), place, nullptr, 14); break;
        case BlockKind::Note: para(ctx, "(" + no_stars(b.text) + ")", place, nullptr, 14); break;
        case BlockKind::Insert: preview_insert(ctx, plan, numbered, i); break;
        }
    }
    const Header& h = plan.header;
    if (!outline::closing_text(h).empty()) para(ctx, no_stars(outline::closing_text(h)) + "./.", "header.closing", nullptr, 14);
    else para(ctx, "./.", "", nullptr, 14);
    ImGui::Dummy(ImVec2(0, 6));
}

// Nơi nhận (left) and the signature (right), then the version label.
void preview_closing(UiContext& ctx, const Plan& plan, const Page& pg) {
    const float yb = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted("Nơi nhận:");
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + pg.col);
    // The lines and their end stops as the print words them (export_outline).
    const std::vector<std::string> lines = outline::recipient_lines(plan);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        ImGui::TextUnformatted(("- " + lines[i] + outline::list_end(i, lines.size())).c_str());
        link_to(ctx, i < plan.recipients.size() ? "recipients[" + std::to_string(i) + "]" : std::string("archive"));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float yl = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(pg.x0 + pg.col + 8, yb));
    ImGui::BeginGroup();
    const Signer& s = plan.signer;
    const std::string first = outline::signer_title(s);
    centered(first.empty() ? std::string("…") : first, pg.col2, fonts().bold);
    link_to(ctx, "signer.title", false);
    if (!s.deputy_title.empty()) centered(upper_vi(s.deputy_title), pg.col2, fonts().bold);
    ImGui::Dummy(ImVec2(0, 34));
    centered(s.name.empty() ? std::string("…") : s.name, pg.col2, fonts().bold);
    link_to(ctx, "signer.name", false);
    ImGui::EndGroup();
    const float yr = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(pg.x0, (yl > yr ? yl : yr) + 10));
    const Header& h = plan.header;
    if (!h.version_label.empty()) {
        ImGui::Separator();
        centered(h.version_label, pg.pw, fonts().small, colors::kTextMuted);
        link_to(ctx, "header.version_label", false);
    }
}

}  // namespace

void draw_document_preview(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float w = ImGui::GetContentRegionAvail().x;

    ImGui::BeginGroup();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(K::document_preview_heading));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(colors::kBorder));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22, 18));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 2.0f);
    ImGui::BeginChild("##docpreview", ImVec2(w, avail_h - ImGui::GetTextLineHeightWithSpacing()), true,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(2);
    widgets::register_rect("doc.preview", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y,
                              ImGui::GetWindowSize().x, ImGui::GetWindowSize().y);
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6, 4));
    const float pw = ImGui::GetContentRegionAvail().x;
    const Page pg{pw, pw * 0.42f, pw - pw * 0.42f - 8, ImGui::GetCursorPosX()};

    preview_header(ctx, plan.header, pg);
    preview_title(ctx, plan.header, pg.pw);
    preview_body(ctx, plan);
    preview_closing(ctx, plan, pg);

    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    ImGui::EndGroup();
}

}  // namespace dc::ui
