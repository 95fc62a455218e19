// panel_document.cpp — the "Văn bản" view: the form for everything the printed
// document says that is not the agenda, the tasks or the sites, beside a live
// outline of the printed page.
//
// The form is a column of collapsible sections in the order of the printed
// document (Phần đầu, Kính gửi, Căn cứ và mở đầu, Nội dung, Thời gian và hình
// thức, Thành phần, Tổ chức thực hiện, Kinh phí, Liên hệ, Nơi nhận, Người ký).
// Every change goes through the Editor; typing into one field merges into one
// undo step until the field is left.
//
// [SECTION] form helpers   — section, label, fields, row buttons, line lists, parsers
// [SECTION] focus          — document_focus(): from a finding to its field
// [SECTION] header         — Phần đầu văn bản, Kính gửi, Căn cứ
// [SECTION] closing        — Nơi nhận, Lưu, Người ký
// [SECTION] the view       — toolbar, form column, preview column
#include "ui/document/panel_document.h"
#include "core/apart.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/datetime.h"
#include "core/export_html.h"
#include "core/issuer.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/shell/app.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {

// What a focus request (document_focus) is waiting for.
struct Focus {
    std::string section;       // "header", "basis", … — opened next frame
    std::string field;         // field id to scroll to ("doc.header.number")
    int frames_left = 0;       // give up after a few frames (the field may not be drawn)
    std::string outlined;      // field outlined after the scroll, until the next click or typing
    int outline_frame = 0;     // ImGui frame that set it
};
Focus g_focus;

// Texts that did not parse, per field id, while the field is being edited.
std::map<std::string, std::string> g_drafts;

std::string trim(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return {};
    const std::size_t b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

float g_label_w = 190.0f;
bool g_open_all = false, g_close_all = false;
bool g_show_preview = true;

ImVec4 muted() { return ImGui::ColorConvertU32ToFloat4(colors::kTextMuted); }

// The section key of a field id: "doc.header.number" → "header".
std::string section_of_field(const std::string& field) {
    // doc.<first>.…
    std::string rest = field.substr(4);
    std::string first = rest.substr(0, rest.find('.'));
    if (first == "header") {
        if (rest.rfind("header.addressees", 0) == 0) return "addressees";
        if (rest.rfind("header.legal_basis", 0) == 0 || rest == "header.intro") return "basis";
        if (rest == "header.closing") return "closing";
        return "header";
    }
    if (first == "body") return "body";
    if (first == "event") return "event";
    if (first == "site_groups") return "groups";
    if (first == "duties") return "duties";
    if (first == "budget") return "budget";
    if (first == "contacts") return "contacts";
    if (first == "recipients" || first == "archive") return "recipients";
    if (first == "signer") return "signer";
    return "header";
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] form helpers
//-----------------------------------------------------------------------------
namespace docform {

std::string field_id_for_place(const std::string& place) {
    std::string out = "doc.";
    for (char c : place) {
        if (c == '[') out += '.';
        else if (c != ']') out += c;
    }
    return out;
}

bool section(const char* key, const char* title, int count, bool default_open) {
    const std::string id = std::string("doc.sec.") + key;
    ImGui::Dummy(ImVec2(0, 2));   // before SetNextItemOpen: any item in between would consume it
    if (g_open_all) ImGui::SetNextItemOpen(true);
    else if (g_close_all) ImGui::SetNextItemOpen(false);
    else if (!g_focus.section.empty() && g_focus.section == key) ImGui::SetNextItemOpen(true);
    std::string text = title;
    if (count >= 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "  (%d)", count);
        text += buf;
    }
    text += "###" + id;
    ImGui::PushFont(fonts().bold);
    const bool open = ImGui::CollapsingHeader(text.c_str(), default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    ImGui::PopFont();
    widgets::register_last_item(id.c_str());
    if (open) ImGui::Dummy(ImVec2(0, 2));
    return open;
}

void section_apart(UiContext& ctx, const char* key, const char* title, int count, void (*open)(UiContext&),
                   bool default_open) {
    if (section(key, title, count, default_open)) call_apart(open, ctx);
}

float label_width() { return g_label_w; }

void label(const char* text, const char* tip) {
    ImGui::AlignTextToFramePadding();
    if (g_label_w > 0) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + g_label_w - 8);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
    } else {
        ImGui::TextUnformatted(text);
    }
    if (tip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
    if (g_label_w > 0) ImGui::SameLine(g_label_w);
}

void focus_target(const std::string& id) {
    const bool pending = !g_focus.field.empty() &&
                         (id == g_focus.field || id.rfind(g_focus.field + ".", 0) == 0);
    if (pending) {
        ImGui::SetScrollHereY(0.3f);
        g_focus.outlined = id;
        g_focus.outline_frame = ImGui::GetFrameCount();
        g_focus.field.clear();
        g_focus.section.clear();
        platform::request_redraw(2);
    }
    if (!g_focus.outlined.empty() && g_focus.outlined == id) {
        const ImGuiIO& io = ImGui::GetIO();
        const bool user_acted = ImGui::GetFrameCount() > g_focus.outline_frame &&
                                (ImGui::IsMouseClicked(0) || io.InputQueueCharacters.Size > 0);
        if (!user_acted) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), colors::kAccent,
                                                4.0f, 0, 2.5f);
            widgets::register_rect("doc.focused", a.x, a.y, b.x - a.x, b.y - a.y);
        } else {
            g_focus.outlined.clear();
        }
    }
}

bool edit_text(UiContext& ctx, const std::string& id, std::string* v, const char* hint, float width) {
    const bool changed = text_field(id.c_str(), ("##" + id).c_str(), v, hint, width);
    // A paragraph longer than its field: the whole text, wrapped, when the pointer rests on it.
    if (ImGui::IsItemHovered() && !ImGui::IsItemActive() &&
        ImGui::CalcTextSize(v->c_str()).x > ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
        ImGui::TextUnformatted(v->c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
    focus_target(id);
    return changed;
}

bool edit_multiline(UiContext& ctx, const std::string& id, std::string* v, float lines, const char* hint) {
    const float h = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2;
    const bool changed = ImGui::InputTextMultiline(("##" + id).c_str(), v, ImVec2(-1, h));
    widgets::register_last_item(id.c_str());
    if (ImGui::IsItemActive()) widgets::set_active_widget(id.c_str());
    if (ImGui::IsItemDeactivated()) ctx.editor->break_merge();
    if (hint && v->empty() && !ImGui::IsItemActive()) {   // InputTextMultiline has no hint in 1.86
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        ImGui::GetWindowDrawList()->AddText(ImVec2(a.x + pad.x, a.y + pad.y), colors::kTextMuted, hint);
    }
    focus_target(id);
    return changed;
}

bool edit_parsed(UiContext& ctx, const std::string& id, const std::string& shown, std::string* typed,
                 bool (*parse)(const std::string&), const char* error, const char* hint, float width,
                 const char* suffix) {
    auto d = g_drafts.find(id);
    std::string v = d != g_drafts.end() ? d->second : shown;
    const bool changed = text_field(id.c_str(), ("##" + id).c_str(), &v, hint, width);
    const bool deactivated = ImGui::IsItemDeactivated();
    focus_target(id);
    if (suffix) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(suffix);
    }
    bool ok = false;
    if (changed) {
        if (parse(v)) {
            g_drafts.erase(id);
            *typed = v;
            ok = true;
        } else {
            g_drafts[id] = v;
        }
    }
    if (deactivated) {
        ctx.editor->break_merge();
        g_drafts.erase(id);   // leaving the field shows the plan's value again
    }
    if (g_drafts.count(id)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(error);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        widgets::register_last_item((id + ".error").c_str());
    }
    return ok;
}

void note(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, muted());
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

RowAction row_buttons(const std::string& id, std::size_t i, std::size_t n) {
    RowAction act = RowAction::None;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(6, ImGui::GetStyle().FramePadding.y));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    auto small = [&](const char* glyph, const char* suffix, const char* tip, bool enabled, RowAction a) {
        const std::string bid = id + "." + suffix;
        if (!enabled) ImGui::BeginDisabled();
        if (ImGui::Button((std::string(glyph) + "##" + bid).c_str())) act = a;
        if (!enabled) ImGui::EndDisabled();
        widgets::register_last_item(bid.c_str());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
    };
    small("\xE2\x86\x91", "up", tr(K::document_tip_up), i > 0, RowAction::Up);
    ImGui::SameLine(0, 2);
    small("\xE2\x86\x93", "down", tr(K::document_tip_down), i + 1 < n, RowAction::Down);
    ImGui::SameLine(0, 2);
    small(icons::kCross, "remove", tr(K::document_tip_remove), true, RowAction::Remove);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    return act;
}

bool add_button(const std::string& id, const char* text) {
    const bool pressed = ImGui::Button((std::string("+ ") + text + "##" + id).c_str());
    widgets::register_last_item(id.c_str());
    return pressed;
}

ListEdit edit_lines(UiContext& ctx, const std::string& id, std::vector<std::string>* lines, const char* hint,
                    const char* add_text, const char* line_prefix) {
    ListEdit what = ListEdit::None;
    const float buttons_w = 100.0f;
    for (std::size_t i = 0; i < lines->size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string lid = id + "." + std::to_string(i);
        if (line_prefix) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(line_prefix);
            ImGui::SameLine();
        }
        const float w = ImGui::GetContentRegionAvail().x - buttons_w;
        if (edit_text(ctx, lid, &(*lines)[i], hint, w)) what = ListEdit::Typed;
        ImGui::SameLine();
        switch (row_buttons(lid, i, lines->size())) {
        case RowAction::Up: std::swap((*lines)[i], (*lines)[i - 1]); what = ListEdit::Structure; break;
        case RowAction::Down: std::swap((*lines)[i], (*lines)[i + 1]); what = ListEdit::Structure; break;
        case RowAction::Remove: lines->erase(lines->begin() + static_cast<long>(i)); what = ListEdit::Structure; break;
        case RowAction::None: break;
        }
        ImGui::PopID();
        if (what == ListEdit::Structure) break;
    }
    if (add_button(id + ".add", add_text)) {
        lines->emplace_back();
        what = ListEdit::Structure;
    }
    if (what == ListEdit::Structure) ctx.editor->break_merge();
    return what;
}

bool parse_date_blanks(const std::string& s, Date* out) {
    std::string t = trim(s);
    if (t.empty()) { *out = Date{}; return true; }
    if (auto d = parse_date(t)) { *out = *d; return true; }
    // d/m/y with blank parts written as nothing, "…", "..", "…" (U+2026)
    int parts[3] = {0, 0, 0};
    int k = 0;
    std::size_t i = 0;
    while (k < 3) {
        std::size_t j = t.find_first_of("/-", i);
        std::string p = trim(t.substr(i, j == std::string::npos ? std::string::npos : j - i));
        if (p.empty() || p == "\xE2\x80\xA6" || p.find_first_not_of('.') == std::string::npos) parts[k] = 0;
        else {
            if (p.size() > 4 || p.find_first_not_of("0123456789") != std::string::npos) return false;
            parts[k] = std::stoi(p);
        }
        ++k;
        if (j == std::string::npos) break;
        i = j + 1;
    }
    if (k != 3) return false;
    Date d{parts[2], parts[1], parts[0]};
    if (d.d < 0 || d.d > 31 || d.m < 0 || d.m > 12) return false;
    if (d.y != 0 && (d.y < 1900 || d.y > 2200)) return false;
    if (d.complete() && !valid_date(d)) return false;
    *out = d;
    return true;
}

bool parse_amount(const std::string& s, long long* out) {
    std::string t = trim(s);
    // Accept a trailing "đồng" / "đ" / "₫".
    for (const char* unit : {"đồng", "đ", "\xE2\x82\xAB"}) {
        const std::string u = unit;
        if (t.size() >= u.size() && t.compare(t.size() - u.size(), u.size(), u) == 0) {
            t = trim(t.substr(0, t.size() - u.size()));
            break;
        }
    }
    long long n = 0;
    int digits = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9') {
            if (++digits > 15) return false;
            n = n * 10 + (c - '0');
        } else if (c != '.' && c != ' ' && c != ',') {
            return false;
        }
    }
    *out = n;
    return true;
}

}  // namespace docform

using namespace docform;

//-----------------------------------------------------------------------------
// [SECTION] focus
//-----------------------------------------------------------------------------
void docform::request_focus(const std::string& field) {
    g_focus.field = field;
    g_focus.section = section_of_field(field);
    g_focus.frames_left = 4;
    platform::request_redraw(3);
}

void document_focus(UiContext& ctx, const std::string& place) {
    g_focus.field = field_id_for_place(place);
    g_focus.section = section_of_field(g_focus.field);
    g_focus.frames_left = 4;
    if (place.rfind("body[", 0) == 0) ctx.selection.block = std::atoi(place.c_str() + 5);
    if (ctx.go_to) ctx.go_to(Section::Document);
    else ctx.section = Section::Document;
    platform::request_redraw(3);
}

//-----------------------------------------------------------------------------
// [SECTION] header
//-----------------------------------------------------------------------------
namespace {

const char* kind_name(DocKind k) {
    switch (k) {
    case DocKind::KeHoach: return tr(K::document_kind_ke_hoach);
    case DocKind::CongVan: return tr(K::document_kind_cong_van);
    case DocKind::ChuongTrinh: return tr(K::document_kind_chuong_trinh);
    case DocKind::ThongBao: return tr(K::document_kind_thong_bao);
    case DocKind::GiayMoi: return tr(K::document_kind_giay_moi);
    }
    return "";
}

bool parse_date_ok(const std::string& s) { Date d; return parse_date_blanks(s, &d); }

// How the line will print ("Số: 1905/KH-SGDĐT"), muted, after the fields when there is room.
void muted_if_fits(const std::string& text) {
    ImGui::SameLine();
    if (ImGui::CalcTextSize(text.c_str()).x > ImGui::GetContentRegionAvail().x) {
        ImGui::NewLine();
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, muted());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

// A change of the issuing body or the kind of document: the number's code and
// the signer's title follow while they are still the defaults (core/issuer.h),
// in the same undo step as the change itself.
void set_header_following(UiContext& ctx, const Header& h, const std::string& label, const std::string& merge_key = {}) {
    const Plan& plan = ctx.editor->plan();
    const IssuerFollow f = follow_issuer(plan.header, h, plan.signer);
    Editor::Group group(*ctx.editor, label, merge_key);
    ctx.editor->set_header(f.header, label, merge_key);
    if (f.signer_followed) ctx.editor->set_signer(f.signer, label);
}

void draw_header_section(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    Header h = plan.header;
    const float w = ImGui::GetContentRegionAvail().x;
    if (!section("header", tr(K::document_sec_header), -1, true)) return;

    auto set = [&](const char* field, const char* label_key) {
        ctx.editor->set_header(h, label_key, std::string("doc.header.") + field);
    };
    (void)w;

    // Kind of document.
    label(tr(K::document_kind_label), tr(K::document_kind_tip));
    ImGui::SetNextItemWidth(260);
    if (ImGui::BeginCombo("##doc.header.kind", kind_name(h.kind))) {
        for (DocKind k : {DocKind::KeHoach, DocKind::CongVan, DocKind::ChuongTrinh, DocKind::ThongBao, DocKind::GiayMoi}) {
            if (ImGui::Selectable(kind_name(k), k == h.kind) && k != h.kind) {
                h.kind = k;
                set_header_following(ctx, h, tr(K::document_undo_kind));
            }
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item("doc.header.kind");
    focus_target("doc.header.kind");

    label(tr(K::document_parent_body), tr(K::document_parent_body_tip));
    if (edit_text(ctx, "doc.header.parent_body", &h.parent_body, "UBND TỈNH GIA LAI"))
        set("parent_body", tr(K::document_undo_header));
    label(tr(K::document_issuing_body));
    if (edit_text(ctx, "doc.header.issuing_body", &h.issuing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO"))
        set_header_following(ctx, h, tr(K::document_undo_header), "doc.header.issuing_body");

    // Số: number / code on one row.
    label(tr(K::document_number), tr(K::document_number_tip));
    if (edit_text(ctx, "doc.header.number", &h.number, tr(K::document_number_hint), 110))
        set("number", tr(K::document_undo_number));
    ImGui::SameLine();
    ImGui::TextUnformatted("/");
    ImGui::SameLine();
    if (edit_text(ctx, "doc.header.code", &h.code, "KH-SGDĐT", 220)) set("code", tr(K::document_undo_number));
    muted_if_fits(format_number_line(h));

    // Place and date.
    label(tr(K::document_place_date), tr(K::document_date_tip));
    if (edit_text(ctx, "doc.header.place", &h.place, "Gia Lai", 180)) set("place", tr(K::document_undo_header));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(K::document_date_word));
    ImGui::SameLine();
    std::string typed;
    ImGui::BeginGroup();
    if (edit_parsed(ctx, "doc.header.date", h.date.empty() ? std::string() : format_date(h.date), &typed,
                    parse_date_ok, tr(K::document_date_error), "28/8/2021", 150)) {
        Date d;
        parse_date_blanks(typed, &d);
        h.date = d;
        set("date", tr(K::document_undo_date));
    }
    ImGui::EndGroup();
    if (!h.place.empty() || !h.date.empty()) muted_if_fits(format_date_line(h.place, h.date));

    // Title / subject.
    const bool cv = h.kind == DocKind::CongVan;
    label(cv ? tr(K::document_subject) : tr(K::document_title), cv ? tr(K::document_subject_tip) : tr(K::document_title_tip));
    if (cv) {
        ImGui::TextUnformatted("V/v");
        ImGui::SameLine();
    }
    if (edit_text(ctx, "doc.header.title", &h.title,
                  cv ? tr(K::document_subject_hint) : tr(K::document_title_hint)))
        set("title", tr(K::document_undo_title));
    widgets::register_last_item("doc.title");   // the shell's smoke test knows the field by this name too

    label(tr(K::document_version), tr(K::document_version_tip));
    if (edit_text(ctx, "doc.header.version_label", &h.version_label, tr(K::document_version_hint), 320))
        set("version_label", tr(K::document_undo_version));
}

static void draw_addressees_section_open(UiContext& ctx) {
    Header h = ctx.editor->plan().header;
    note(tr(K::document_addressees_note));
    switch (edit_lines(ctx, "doc.header.addressees", &h.addressees, tr(K::document_addressee_hint),
                       tr(K::document_add_addressee), "-")) {
    case ListEdit::Typed: ctx.editor->set_header(h, tr(K::document_undo_addressee), "doc.header.addressees"); break;
    case ListEdit::Structure: ctx.editor->set_header(h, tr(K::document_undo_addressees)); break;
    case ListEdit::None: break;
    }
}

static void draw_basis_section_open(UiContext& ctx) {
    Header h = ctx.editor->plan().header;
    note(tr(K::document_basis_note));
    switch (edit_lines(ctx, "doc.header.legal_basis", &h.legal_basis, tr(K::document_basis_hint),
                       tr(K::document_add_basis))) {
    case ListEdit::Typed: ctx.editor->set_header(h, tr(K::document_undo_basis), "doc.header.legal_basis"); break;
    case ListEdit::Structure: ctx.editor->set_header(h, tr(K::document_undo_basis_list)); break;
    case ListEdit::None: break;
    }
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::TextUnformatted(tr(K::document_intro));
    if (edit_multiline(ctx, "doc.header.intro", &h.intro, 4, tr(K::document_intro_hint)))
        ctx.editor->set_header(h, tr(K::document_undo_intro), "doc.header.intro");
}

//-----------------------------------------------------------------------------
// [SECTION] closing
//-----------------------------------------------------------------------------
static void draw_closing_section_open(UiContext& ctx) {
    Header h = ctx.editor->plan().header;
    note(tr(K::document_closing_note));
    if (edit_multiline(ctx, "doc.header.closing", &h.closing, 4, tr(K::document_closing_hint)))
        ctx.editor->set_header(h, tr(K::document_undo_closing), "doc.header.closing");
}

static void draw_recipients_section_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    note(tr(K::document_recipients_note));
    const float avail = ImGui::GetContentRegionAvail().x;
    const float purpose_w = 150, sent_w = 190, buttons_w = 100;   // sent_w: the two ticks
    const float name_w = avail - purpose_w - sent_w - buttons_w - 24;
    for (std::size_t i = 0; i < plan.recipients.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        Recipient r = plan.recipients[i];
        const std::string rid = "doc.recipients." + std::to_string(i);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("-");
        ImGui::SameLine();
        if (edit_text(ctx, rid + ".name", &r.name, tr(K::document_recipient_hint), name_w))
            ctx.editor->set_item(i, r, tr(K::document_undo_recipient), rid + ".name");
        ImGui::SameLine();
        if (edit_text(ctx, rid + ".purpose", &r.purpose, tr(K::document_purpose_hint), purpose_w))
            ctx.editor->set_item(i, r, tr(K::document_undo_recipient), rid + ".purpose");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_purpose_tip));
        ImGui::SameLine();
        bool sent = r.sent;
        if (ImGui::Checkbox(tr(K::document_sent), &sent)) {
            r.sent = sent;
            ctx.editor->set_item(i, r, tr(K::document_undo_recipient_sent));
        }
        widgets::register_last_item((rid + ".sent").c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_sent_tip));
        ImGui::SameLine();
        // Received implies sent: ticking it ticks both (one undo step).
        bool acknowledged = r.acknowledged;
        if (ImGui::Checkbox(tr(K::document_acknowledged), &acknowledged)) {
            r.acknowledged = acknowledged;
            r.sent = r.sent || acknowledged;
            ctx.editor->set_item(i, r, tr(K::document_undo_recipient_acknowledged));
        }
        widgets::register_last_item((rid + ".acknowledged").c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_acknowledged_tip));
        ImGui::SameLine();
        switch (row_buttons(rid, i, plan.recipients.size())) {
        case RowAction::Up: ctx.editor->move_item<Recipient>(i, i - 1, tr(K::document_undo_move_recipient)); break;
        case RowAction::Down: ctx.editor->move_item<Recipient>(i, i + 1, tr(K::document_undo_move_recipient)); break;
        case RowAction::Remove:
            ctx.editor->erase_item<Recipient>(i, tr(K::document_undo_remove_recipient));
            ctx.toast(tr(K::document_removed_undo));
            break;
        case RowAction::None: break;
        }
        ImGui::PopID();
        if (plan.recipients.size() != ctx.editor->plan().recipients.size()) break;
    }
    if (add_button("doc.recipients.add", tr(K::document_add_recipient))) {
        ctx.editor->insert_item(plan.recipients.size(), Recipient{}, tr(K::document_undo_add_recipient));
    }
    ImGui::Dummy(ImVec2(0, 2));
    std::string archive = ctx.editor->plan().archive;
    label(tr(K::document_archive), tr(K::document_archive_tip));
    if (edit_text(ctx, "doc.archive", &archive, "VT, VP", 260))
        ctx.editor->set_archive(archive, tr(K::document_undo_archive), "doc.archive");
}

// The ways the issuing body signs (the head, KT. a deputy, TM. for a UBND),
// offered beside the title: one choice sets the three lines.
static void draw_signer_forms(UiContext& ctx, Signer s) {
    const IssuerDefaults d = issuer_defaults(ctx.editor->plan().header.issuing_body);
    if (d.forms.empty()) return;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize(tr(K::document_signer_forms)).x + 40);
    if (ImGui::BeginCombo("##doc.signer.forms", tr(K::document_signer_forms))) {
        for (std::size_t i = 0; i < d.forms.size(); ++i) {
            const SignerForm& f = d.forms[i];
            std::string shown = (f.authority.empty() ? "" : f.authority + " ") + f.title;
            if (!f.deputy_title.empty()) shown += " / " + f.deputy_title;
            const bool current = s.authority == f.authority && s.title == f.title && s.deputy_title == f.deputy_title;
            if (ImGui::Selectable((shown + "##form" + std::to_string(i)).c_str(), current) && !current) {
                s.authority = f.authority;
                s.title = f.title;
                s.deputy_title = f.deputy_title;
                ctx.editor->set_signer(s, tr(K::document_undo_signer));
            }
            widgets::register_last_item(("doc.signer.form." + std::to_string(i)).c_str());
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item("doc.signer.forms");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_signer_forms_tip));
}

static void draw_signer_section_open(UiContext& ctx) {
    Signer s = ctx.editor->plan().signer;
    static const char* kAuth[] = {"", "KT.", "TL.", "TM.", "Q.", "TUQ."};
    label(tr(K::document_authority), tr(K::document_authority_tip));
    ImGui::SetNextItemWidth(160);
    const char* cur = s.authority.empty() ? tr(K::document_authority_none) : s.authority.c_str();
    if (ImGui::BeginCombo("##doc.signer.authority", cur)) {
        for (const char* a : kAuth) {
            const char* shown = *a ? a : tr(K::document_authority_none);
            if (ImGui::Selectable(shown, s.authority == a) && s.authority != a) {
                s.authority = a;
                ctx.editor->set_signer(s, tr(K::document_undo_signer));
            }
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item("doc.signer.authority");
    focus_target("doc.signer.authority");
    label(tr(K::document_signer_title), tr(K::document_signer_title_tip));
    if (edit_text(ctx, "doc.signer.title", &s.title, "GIÁM ĐỐC", 320))
        ctx.editor->set_signer(s, tr(K::document_undo_signer), "doc.signer.title");
    draw_signer_forms(ctx, s);
    if (!s.authority.empty() || !s.deputy_title.empty()) {
        label(tr(K::document_deputy_title), tr(K::document_deputy_title_tip));
        if (edit_text(ctx, "doc.signer.deputy_title", &s.deputy_title, "PHÓ GIÁM ĐỐC", 320))
            ctx.editor->set_signer(s, tr(K::document_undo_signer), "doc.signer.deputy_title");
    }
    label(tr(K::document_signer_name));
    if (edit_text(ctx, "doc.signer.name", &s.name, "Lê Duy Định", 320))
        ctx.editor->set_signer(s, tr(K::document_undo_signer), "doc.signer.name");
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] the view
//-----------------------------------------------------------------------------
void draw_document_panel(UiContext& ctx) {
    // Toolbar: heading, open/close all, preview toggle, print.
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::doc_heading));
    ImGui::PopFont();
    const float full_w = ImGui::GetContentRegionAvail().x;
    {
        const char* print = tr(K::document_print_button);
        const char* prev = g_show_preview ? tr(K::document_hide_preview) : tr(K::document_show_preview);
        const char* open_all = tr(K::document_open_all);
        const char* close_all = tr(K::document_close_all);
        const ImGuiStyle& st = ImGui::GetStyle();
        auto bw = [&](const char* t) { return ImGui::CalcTextSize(t).x + st.FramePadding.x * 2; };
        const float total = bw(print) + bw(prev) + bw(open_all) + bw(close_all) + 3 * 8;
        ImGui::SameLine(ImGui::GetCursorPosX() + full_w - total);
        if (ImGui::Button((std::string(open_all) + "##doc.open-all").c_str())) g_open_all = true;
        widgets::register_last_item("doc.open-all");
        ImGui::SameLine();
        if (ImGui::Button((std::string(close_all) + "##doc.close-all").c_str())) g_close_all = true;
        widgets::register_last_item("doc.close-all");
        ImGui::SameLine();
        if (ImGui::Button((std::string(prev) + "##doc.preview-toggle").c_str())) g_show_preview = !g_show_preview;
        widgets::register_last_item("doc.preview-toggle");
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.15f, 0.45f, 0.78f, 1));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        const bool p = ImGui::Button((std::string(print) + "##doc.print").c_str());
        ImGui::PopStyleColor(3);
        widgets::register_last_item("doc.print");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::document_print_tip));
        if (p) {
            const ImVec2 b = ImGui::GetItemRectMax();
            open_print_menu(b.x, b.y + 4, true);
        }
    }

    const float avail_h = ImGui::GetContentRegionAvail().y;
    const bool side = g_show_preview && full_w >= 980.0f;
    const float preview_w = side ? (full_w * 0.40f < 520.0f ? full_w * 0.40f : 520.0f) : 0.0f;
    const float form_w = side ? full_w - preview_w - 16.0f : full_w;
    g_label_w = form_w >= 600 ? 180.0f : 0.0f;

    // An outline from a finding lasts while the view stays on screen (until a click or typing).
    static int last_frame = -10;
    if (ImGui::GetFrameCount() != last_frame + 1 && ImGui::GetFrameCount() > g_focus.outline_frame + 1)
        g_focus.outlined.clear();
    last_frame = ImGui::GetFrameCount();
    if (g_focus.frames_left > 0 && --g_focus.frames_left == 0) {
        g_focus.field.clear();   // the field was not drawn (e.g. a place the form does not show)
        g_focus.section.clear();
    }

    ImGui::BeginChild("##docform", ImVec2(form_w, avail_h), false);
    const Plan& plan = ctx.editor->plan();
    const Header& h = plan.header;
    draw_header_section(ctx);
    section_apart(ctx, "addressees", tr(K::document_sec_addressees), static_cast<int>(h.addressees.size()),
                  draw_addressees_section_open, h.kind == DocKind::CongVan);
    section_apart(ctx, "basis", tr(K::document_sec_basis), static_cast<int>(h.legal_basis.size()),
                  draw_basis_section_open);
    draw_document_body(ctx);
    draw_document_work(ctx);
    section_apart(ctx, "closing", tr(K::document_sec_closing), -1, draw_closing_section_open);
    section_apart(ctx, "recipients", tr(K::document_sec_recipients), static_cast<int>(plan.recipients.size()),
                  draw_recipients_section_open);
    section_apart(ctx, "signer", tr(K::document_sec_signer), -1, draw_signer_section_open);
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::EndChild();
    widgets::register_last_item("doc.form");
    g_open_all = g_close_all = false;

    if (side) {   // a narrow window has no room for the preview: the form takes the width
        ImGui::SameLine(0, 16);
        draw_document_preview(ctx);
    }
}

}  // namespace dc::ui
