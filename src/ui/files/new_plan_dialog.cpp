// new_plan_dialog.cpp — "Kế hoạch mới": the guided start.
//
// One dialog asks what the new plan needs to start with the right outline:
// the kind of document, the issuing body (its kind, then its name), the
// event's day and hours, and the kinds of sites.  core/new_plan.h makes the
// plan; it opens as a new plan of "Kế hoạch của tôi", so the plan that was
// open stays there (without a library, it replaces the open plan as one undo
// step).
//
// [SECTION] State  — what the dialog holds while open
// [SECTION] Parts  — kind, issuer, event, sites
// [SECTION] Dialog
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/apart.h"
#include "core/datetime.h"
#include "core/issuer.h"
#include "core/new_plan.h"
#include "core/text.h"
#include "ui/files/files_ui.h"
#include "ui/shell/app.h"
#include "ui/shell/autosave.h"
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"

namespace dc::ui {

//-----------------------------------------------------------------------------
// [SECTION] State
//-----------------------------------------------------------------------------
namespace {

// The kinds of sites offered as ticks, as the sentence "Điểm cầu tại …" continues them.
const char* const kSiteKinds[] = {
    "các phòng GDĐT",          "các trường THPT",        "các trường THCS", "các trường tiểu học",
    "các trường mầm non",      "các trung tâm GDNN-GDTX", "UBND các xã, phường",
};
constexpr int kSiteKindCount = static_cast<int>(sizeof(kSiteKinds) / sizeof(kSiteKinds[0]));

struct Form {
    bool requested = false;
    int kind = 0;              // 0 Kế hoạch, 1 Công văn, 2 Giấy mời
    int issuer = -1;           // 0 Sở, 1 Phòng, 2 Trường, 3 UBND; -1 none chosen yet
    std::string issuing_body, parent_body, place, title, date, start, end, platform, central, other_sites;
    bool site_kind[kSiteKindCount] = {};
};

Form& F() {
    static Form f;
    return f;
}

std::string trimmed(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

DocKind doc_kind(int k) { return k == 1 ? DocKind::CongVan : k == 2 ? DocKind::GiayMoi : DocKind::KeHoach; }

//-----------------------------------------------------------------------------
// [SECTION] Parts
//-----------------------------------------------------------------------------
void field_label(const char* text) {
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void kind_part(Form& f) {
    field_label(tr(K::files_new_kind));
    const K names[] = {K::files_new_kind_kh, K::files_new_kind_cv, K::files_new_kind_gm};
    const char* ids[] = {"new-plan.kind.ke-hoach", "new-plan.kind.cong-van", "new-plan.kind.giay-moi"};
    for (int i = 0; i < 3; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton((std::string(tr(names[i])) + "##" + ids[i]).c_str(), f.kind == i)) f.kind = i;
        widgets::register_last_item(ids[i]);
    }
}

// The issuer's kind fills its name's usual start; the name decides (core/issuer.h).
void issuer_part(Form& f, float w) {
    field_label(tr(K::files_new_issuer));
    const K names[] = {K::files_new_issuer_so, K::files_new_issuer_phong, K::files_new_issuer_school, K::files_new_issuer_ubnd};
    const char* starts[] = {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ", "UBND "};
    const char* ids[] = {"new-plan.issuer-kind.so", "new-plan.issuer-kind.phong", "new-plan.issuer-kind.school",
                         "new-plan.issuer-kind.ubnd"};
    for (int i = 0; i < 4; ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton((std::string(tr(names[i])) + "##" + ids[i]).c_str(), f.issuer == i) && f.issuer != i) {
            f.issuer = i;
            f.issuing_body = starts[i];
        }
        widgets::register_last_item(ids[i]);
    }
    text_field("new-plan.issuer", "##new-plan.issuer", &f.issuing_body, tr(K::files_new_issuer_hint), w);
    text_field("new-plan.parent", "##new-plan.parent", &f.parent_body, tr(K::files_new_parent_hint), w * 0.6f);
    ImGui::SameLine();
    text_field("new-plan.place", "##new-plan.place", &f.place, tr(K::files_new_place_hint), w * 0.4f - 8);
    // What follows from the name: the signer and the number's code.
    const IssuerDefaults d = issuer_defaults(f.issuing_body);
    const std::string code = default_number_code(doc_kind(f.kind), f.issuing_body);
    const std::string gives = !d.forms.empty() ? fmt(K::files_new_issuer_gives, d.forms[0].title.c_str(), code.c_str())
                              : f.issuing_body.empty() ? std::string() : std::string(tr(K::files_new_issuer_unknown));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(gives.c_str());
    ImGui::PopStyleColor();
    widgets::register_last_item("new-plan.issuer-gives");
    widgets::set_shown_text("new-plan.issuer-gives", gives);
}

// Day and hours: empty is allowed (filled in later); what is typed must read.
bool event_part(Form& f, float w) {
    field_label(tr(K::files_new_event));
    text_field("new-plan.title", "##new-plan.title", &f.title, tr(K::files_new_title_hint), w);
    text_field("new-plan.date", "##new-plan.date", &f.date, "31/8/2021", 130);
    ImGui::SameLine();
    text_field("new-plan.start", "##new-plan.start", &f.start, "08h00", 90);
    ImGui::SameLine();
    ImGui::TextUnformatted("-");
    ImGui::SameLine();
    text_field("new-plan.end", "##new-plan.end", &f.end, "11h30", 90);
    ImGui::SameLine();
    text_field("new-plan.platform", "##new-plan.platform", &f.platform, tr(K::files_new_platform_hint),
               w - 130 - 90 - 90 - 60 > 120 ? w - 130 - 90 - 90 - 60 : 120);
    bool ok = true;
    auto bad = [&](const std::string& s, bool time) {
        const std::string t = trimmed(s);
        return !t.empty() && (time ? !parse_time(t) : !parse_date(t));
    };
    if (bad(f.date, false) || bad(f.start, true) || bad(f.end, true)) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::TextUnformatted(tr(K::files_new_event_bad));
        ImGui::PopStyleColor();
        widgets::register_last_item("new-plan.event-bad");
        ok = false;
    }
    text_field("new-plan.central", "##new-plan.central", &f.central, tr(K::files_new_central_hint), w);
    return ok;
}

void sites_part(Form& f, float w) {
    field_label(tr(K::files_new_sites));
    float x = 0;
    for (int i = 0; i < kSiteKindCount; ++i) {
        const float iw = ImGui::CalcTextSize(kSiteKinds[i]).x + ImGui::GetFrameHeight() + 24;
        if (i && x + iw < w) ImGui::SameLine();
        else if (i) x = 0;
        x += iw;
        const std::string id = "new-plan.site-kind." + std::to_string(i);
        ImGui::Checkbox((std::string(kSiteKinds[i]) + "##" + id).c_str(), &f.site_kind[i]);
        widgets::register_last_item(id.c_str());
    }
    text_field("new-plan.site-other", "##new-plan.site-other", &f.other_sites, tr(K::files_new_sites_other_hint), w);
}

NewPlanChoices choices(const Form& f, const Date& today) {
    NewPlanChoices c;
    c.kind = doc_kind(f.kind);
    c.issuing_body = f.issuing_body;
    c.parent_body = f.parent_body;
    c.place = f.place;
    c.title = f.title;
    c.issued = today;
    if (auto d = parse_date(trimmed(f.date))) c.date = *d;
    if (auto t = parse_time(trimmed(f.start))) c.start = *t;
    if (auto t = parse_time(trimmed(f.end))) c.end = *t;
    c.platform = f.platform;
    c.central_site = f.central;
    for (int i = 0; i < kSiteKindCount; ++i)
        if (f.site_kind[i]) c.site_kinds.push_back(kSiteKinds[i]);
    // Other kinds, separated by ";" (a kind's own name may hold a comma: "UBND các xã, phường").
    std::size_t from = 0;
    while (from <= f.other_sites.size()) {
        const std::size_t at = std::min(f.other_sites.find(';', from), f.other_sites.size());
        const std::string one = trimmed(f.other_sites.substr(from, at - from));
        if (!one.empty()) c.site_kinds.push_back(one);
        from = at + 1;
    }
    return c;
}

//-----------------------------------------------------------------------------
// [SECTION] Dialog
//-----------------------------------------------------------------------------
static void new_plan_dialog_open(UiContext& ctx, float w);   // the dialog's code (core/apart.h)

void create(UiContext& ctx, const Form& f) {
    Plan p = new_plan(choices(f, ctx.today));
    const std::string what = p.header.title.empty() ? std::string(tr(K::files_new_title)) : p.header.title;
    if (!plan_library().current().empty()) library_new_plan(ctx, std::move(p), "new");
    else ctx.editor->replace_plan(std::move(p), tr(K::files_new_title));   // no library: undo brings the old one back
    ctx.selection = Selection{};
    if (ctx.go_to) ctx.go_to(Section::Document);
    ctx.toast(fmt(K::files_new_created, clip_text(what).c_str()));
}

static void new_plan_dialog_open(UiContext& ctx, float w) {
    Form& f = F();
    files_dialog_top("new-plan", w, tr(K::files_new_title));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(tr(K::files_new_intro));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    const float fw = w - ImGui::GetStyle().WindowPadding.x * 2;
    kind_part(f);
    issuer_part(f, fw);
    const bool ok = event_part(f, fw);
    sites_part(f, fw);
    ImGui::Dummy(ImVec2(0, 6));
    const bool can = ok && !trimmed(f.issuing_body).empty();
    ImGui::BeginDisabled(!can);
    const bool go = files_button(tr(K::files_new_create), "new-plan.create", tr(K::files_new_create_tip), true);
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool close = files_dismissed(tr(K::files_cancel), "new-plan.cancel");
    if (go && can) {
        create(ctx, f);
        close = true;
    }
    if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void new_plan_dialog_request() {
    Form& f = F();
    f = Form{};
    f.requested = true;
}

void draw_new_plan_dialog(UiContext& ctx) {
    const float w = begin_files_modal("##new-plan", &F().requested, 680.0f, 0.92f);
    if (w > 0) call_apart(new_plan_dialog_open, ctx, w);
}

}  // namespace dc::ui
