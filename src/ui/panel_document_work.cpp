// panel_document_work.cpp — sections of the Document view about the event and
// the work around it: "Thời gian, hình thức" (days and hours, format, platform,
// headcount limit, connection / rehearsal sessions), "Thành phần tham dự" (per
// kind of bridge point), "Tổ chức thực hiện" (duties per unit), "Kinh phí"
// (budget lines, amounts in đồng) and "Liên hệ" (contacts).
//
// [SECTION] helpers
// [SECTION] event
// [SECTION] participants (site groups)
// [SECTION] duties
// [SECTION] budget
// [SECTION] contacts
#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/datetime.h"
#include "core/text.h"
#include "ui/panel_document.h"
#include "ui/split.h"
#include "ui/test_hooks.h"
#include "ui/theme.h"

namespace dc::ui {

using namespace docform;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------
namespace {

// A card's title line ("Đơn vị 2") with ↑ ↓ ✕ on the right.
RowAction item_header(const std::string& id, const std::string& title, std::size_t i, std::size_t n) {
    ImGui::Dummy(ImVec2(0, 2));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + w, p.y), colors::kBorder);
    ImGui::Dummy(ImVec2(0, 2));
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 96);
    return row_buttons(id, i, n);
}

bool parse_time_ok(const std::string& s) {
    std::string t = s;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    return t.empty() || parse_time(t).has_value();
}
int time_of(const std::string& s) {
    std::string t = s;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    if (t.empty()) return kNoTime;
    auto v = parse_time(t);
    return v ? *v : kNoTime;
}
bool parse_full_date_ok(const std::string& s) {
    Date d;
    return parse_date_blanks(s, &d);
}
Date date_of(const std::string& s) {
    Date d;
    parse_date_blanks(s, &d);
    return d;
}
std::string date_text(const Date& d) { return d.empty() ? std::string() : format_date(d); }
bool parse_amount_ok(const std::string& s) { long long n; return parse_amount(s, &n); }
bool parse_count_ok(const std::string& s) {
    long long n;
    return parse_amount(s, &n) && n < 1000000;
}

const char* tech_kind_name(TechKind k) {
    switch (k) {
    case TechKind::Connection: return tr(K::document_tech_connection);
    case TechKind::ConnectionTest: return tr(K::document_tech_test);
    case TechKind::Rehearsal: return tr(K::document_tech_rehearsal);
    }
    return "";
}

//-----------------------------------------------------------------------------
// [SECTION] event
//-----------------------------------------------------------------------------
static void draw_event_open(UiContext& ctx);   // the open section's code (split.h)

void draw_event(UiContext& ctx) {
    if (!section("event", tr(K::document_sec_event))) return;
    call_apart(draw_event_open, ctx);
}

static void draw_event_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    Event ev = plan.event;
    auto set = [&](const std::string& key, K label_key) {
        ctx.editor->set_event(ev, tr(label_key), key.empty() ? std::string() : key);
    };
    std::string typed;

    label(tr(K::document_event_name), tr(K::document_event_name_tip));
    if (edit_text(ctx, "doc.event.name", &ev.name, tr(K::document_event_name_hint))) set("doc.event.name", K::document_undo_event);
    label(tr(K::document_event_format));
    if (edit_text(ctx, "doc.event.format", &ev.format, "Hội nghị trực tuyến", 240)) set("doc.event.format", K::document_undo_event);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::document_event_platform));
    ImGui::SameLine();
    if (edit_text(ctx, "doc.event.platform", &ev.platform, "K12 Online, Zoom…", 180)) set("doc.event.platform", K::document_undo_event);
    label(tr(K::document_event_duration), tr(K::document_event_duration_tip));
    if (edit_text(ctx, "doc.event.duration_text", &ev.duration_text, "1/2 ngày", 160)) set("doc.event.duration_text", K::document_undo_event);

    // Days.
    label(tr(K::document_event_days), tr(K::document_event_days_tip));
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < ev.days.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string did = "doc.event.days." + std::to_string(i);
        EventDay& d = ev.days[i];
        if (d.date.complete()) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(weekday_vi(d.date).c_str());
            ImGui::SameLine(90);
        }
        ImGui::BeginGroup();
        if (edit_parsed(ctx, did + ".date", date_text(d.date), &typed, parse_full_date_ok, tr(K::document_date_error),
                        "31/8/2021", 120)) {
            d.date = date_of(typed);
            set(did + ".date", K::document_undo_event_day);
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(K::document_from));
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (edit_parsed(ctx, did + ".start", format_time(d.start), &typed, parse_time_ok, tr(K::document_time_error),
                        "08h00", 80)) {
            d.start = time_of(typed);
            set(did + ".start", K::document_undo_event_day);
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(K::document_to));
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (edit_parsed(ctx, did + ".end", format_time(d.end), &typed, parse_time_ok, tr(K::document_time_error),
                        "11h30", 80)) {
            d.end = time_of(typed);
            set(did + ".end", K::document_undo_event_day);
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        const RowAction a = row_buttons(did, i, ev.days.size());
        ImGui::PopID();
        if (a == RowAction::Remove) {
            if (ev.days.size() == 1) {
                ctx.toast(tr(K::document_last_day));
            } else {
                ev.days.erase(ev.days.begin() + static_cast<long>(i));
                ctx.editor->set_event(ev, tr(K::document_undo_remove_day));
                ctx.toast(tr(K::document_day_removed));
            }
            break;
        }
        if (a == RowAction::Up || a == RowAction::Down) {
            std::swap(ev.days[i], ev.days[a == RowAction::Up ? i - 1 : i + 1]);
            ctx.editor->set_event(ev, tr(K::document_undo_event_day));
            break;
        }
    }
    if (add_button("doc.event.days.add", tr(K::document_add_day))) {
        EventDay nd;
        if (!ev.days.empty()) {
            nd = ev.days.back();
            nd.extra = nullptr;
            if (nd.date.complete()) nd.date = add_days(nd.date, 1);
        }
        ev.days.push_back(nd);
        ctx.editor->set_event(ev, tr(K::document_undo_add_day));
    }
    ImGui::EndGroup();

    // Headcount limit and rule.
    label(tr(K::document_headcount_limit), tr(K::document_headcount_limit_tip));
    ImGui::BeginGroup();
    if (edit_parsed(ctx, "doc.event.headcount_limit", ev.headcount_limit > 0 ? std::to_string(ev.headcount_limit) : "",
                    &typed, parse_count_ok, tr(K::document_count_error), tr(K::document_no_limit), 120,
                    tr(K::document_people_per_site))) {
        long long n = 0;
        parse_amount(typed, &n);
        ev.headcount_limit = static_cast<int>(n);
        set("doc.event.headcount_limit", K::document_undo_event);
    }
    ImGui::EndGroup();
    label(tr(K::document_headcount_rule));
    if (edit_multiline(ctx, "doc.event.headcount_rule", &ev.headcount_rule, 2, tr(K::document_headcount_rule_hint)))
        set("doc.event.headcount_rule", K::document_undo_event);

    // Central bridge point (edited in the Sites view).
    label(tr(K::document_central));
    const Site* central = nullptr;
    for (const Site& s : plan.sites)
        if (s.central) { central = &s; break; }
    std::string where = central ? central->name : tr(K::document_no_central);
    if (central && !central->address.empty()) where += ", " + central->address;
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - 140);
    ImGui::TextUnformatted(where.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    if (ImGui::SmallButton((std::string(tr(K::document_edit_in_sites)) + "##doc.event.central").c_str())) {
        if (central) ctx.selection.site_id = central->id;
        ctx.go_to(Section::Sites);
    }
    test_hooks::register_last_item("doc.event.central");

    // Technical sessions.
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::TextUnformatted(tr(K::document_tech_heading));
    note(tr(K::document_tech_note));
    for (std::size_t i = 0; i < ev.tech_sessions.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string tid = "doc.event.tech_sessions." + std::to_string(i);
        TechSession& t = ev.tech_sessions[i];
        ImGui::SetNextItemWidth(170);
        if (ImGui::BeginCombo("##kind", tech_kind_name(t.kind))) {
            for (TechKind k : {TechKind::Connection, TechKind::ConnectionTest, TechKind::Rehearsal})
                if (ImGui::Selectable(tech_kind_name(k), k == t.kind) && k != t.kind) {
                    t.kind = k;
                    set("", K::document_undo_tech);
                }
            ImGui::EndCombo();
        }
        test_hooks::register_last_item((tid + ".kind").c_str());
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (edit_parsed(ctx, tid + ".date", date_text(t.date), &typed, parse_full_date_ok, tr(K::document_date_error),
                        "30/8/2021", 110)) {
            t.date = date_of(typed);
            set(tid + ".date", K::document_undo_tech);
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (edit_parsed(ctx, tid + ".start", format_time(t.start), &typed, parse_time_ok, tr(K::document_time_error),
                        "08h00", 72)) {
            t.start = time_of(typed);
            set(tid + ".start", K::document_undo_tech);
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::TextUnformatted("-");
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (edit_parsed(ctx, tid + ".end", format_time(t.end), &typed, parse_time_ok, tr(K::document_time_error),
                        "11h00", 72)) {
            t.end = time_of(typed);
            set(tid + ".end", K::document_undo_tech);
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        const RowAction a = row_buttons(tid, i, ev.tech_sessions.size());
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 20);
        if (edit_text(ctx, tid + ".label", &t.label, tr(K::document_tech_label_hint),
                      ImGui::GetContentRegionAvail().x - 100))
            set(tid + ".label", K::document_undo_tech);
        ImGui::PopID();
        if (a == RowAction::Remove) {
            ev.tech_sessions.erase(ev.tech_sessions.begin() + static_cast<long>(i));
            ctx.editor->set_event(ev, tr(K::document_undo_remove_tech));
            ctx.toast(tr(K::document_removed_undo));
            break;
        }
        if (a == RowAction::Up || a == RowAction::Down) {
            std::swap(ev.tech_sessions[i], ev.tech_sessions[a == RowAction::Up ? i - 1 : i + 1]);
            ctx.editor->set_event(ev, tr(K::document_undo_tech));
            break;
        }
    }
    if (add_button("doc.event.tech_sessions.add", tr(K::document_add_tech))) {
        TechSession t;
        t.id = ctx.editor->new_id("k");
        t.kind = TechKind::Connection;
        t.label = tr(K::document_tech_connection);
        if (!ev.days.empty()) t.date = ev.days[0].date;
        ev.tech_sessions.push_back(t);
        ctx.editor->set_event(ev, tr(K::document_undo_add_tech));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] participants (site groups)
//-----------------------------------------------------------------------------
static void draw_groups_open(UiContext& ctx);   // the open section's code (split.h)

void draw_groups(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    if (!section("groups", tr(K::document_sec_groups), static_cast<int>(plan.site_groups.size()))) return;
    call_apart(draw_groups_open, ctx);
}

static void draw_groups_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    note(tr(K::document_groups_note));
    const std::size_t n = plan.site_groups.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (ctx.editor->plan().site_groups.size() != n) break;
        ImGui::PushID(static_cast<int>(i));
        SiteGroup g = plan.site_groups[i];
        const std::string gid = "doc.site_groups." + std::to_string(i);
        int used = 0;
        for (const Site& s : plan.sites) used += s.group_id == g.id;
        const RowAction a = item_header(gid, fmt(K::document_group_n, static_cast<int>(i + 1), used), i, n);
        label(tr(K::document_group_name));
        if (edit_text(ctx, gid + ".name", &g.name, tr(K::document_group_name_hint)))
            ctx.editor->set_item(i, g, tr(K::document_undo_group), gid + ".name");
        label(tr(K::document_group_participants), tr(K::document_group_participants_tip));
        if (edit_multiline(ctx, gid + ".participants", &g.participants, 4))
            ctx.editor->set_item(i, g, tr(K::document_undo_group), gid + ".participants");
        label(tr(K::document_group_rules));
        if (edit_multiline(ctx, gid + ".rules", &g.rules, 2, tr(K::document_group_rules_hint)))
            ctx.editor->set_item(i, g, tr(K::document_undo_group), gid + ".rules");
        label(tr(K::document_group_budget));
        if (edit_text(ctx, gid + ".budget", &g.budget, tr(K::document_group_budget_hint)))
            ctx.editor->set_item(i, g, tr(K::document_undo_group), gid + ".budget");
        ImGui::PopID();
        if (a == RowAction::Up) ctx.editor->move_item<SiteGroup>(i, i - 1, tr(K::document_undo_move_group));
        else if (a == RowAction::Down) ctx.editor->move_item<SiteGroup>(i, i + 1, tr(K::document_undo_move_group));
        else if (a == RowAction::Remove) {
            if (used > 0) {
                ctx.message(tr(K::document_group_in_use_title), fmt(K::document_group_in_use, used));
            } else {
                ctx.editor->erase_item<SiteGroup>(i, tr(K::document_undo_remove_group));
                ctx.toast(tr(K::document_removed_undo));
            }
        }
    }
    if (add_button("doc.site_groups.add", tr(K::document_add_group))) {
        SiteGroup g;
        g.id = ctx.editor->new_id("g");
        ctx.editor->insert_item(ctx.editor->plan().site_groups.size(), g, tr(K::document_undo_add_group));
        request_focus("doc.site_groups." + std::to_string(ctx.editor->plan().site_groups.size() - 1) + ".name");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] duties
//-----------------------------------------------------------------------------
static void draw_duties_open(UiContext& ctx);   // the open section's code (split.h)

void draw_duties(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    if (!section("duties", tr(K::document_sec_duties), static_cast<int>(plan.duties.size()))) return;
    call_apart(draw_duties_open, ctx);
}

static void draw_duties_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    note(tr(K::document_duties_note));
    const std::size_t n = plan.duties.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (ctx.editor->plan().duties.size() != n) break;
        ImGui::PushID(static_cast<int>(i));
        Duty d = plan.duties[i];
        const std::string did = "doc.duties." + std::to_string(i);
        const RowAction a = item_header(did, fmt(K::document_duty_n, static_cast<int>(i + 1)), i, n);
        label(tr(K::document_duty_unit));
        if (edit_text(ctx, did + ".unit", &d.unit, tr(K::document_duty_unit_hint)))
            ctx.editor->set_item(i, d, tr(K::document_undo_duty), did + ".unit");
        label(tr(K::document_duty_lead_in), tr(K::document_duty_lead_in_tip));
        if (edit_multiline(ctx, did + ".lead_in", &d.lead_in, 2))
            ctx.editor->set_item(i, d, tr(K::document_undo_duty), did + ".lead_in");
        label(tr(K::document_duty_items));
        ImGui::BeginGroup();
        switch (edit_lines(ctx, did + ".items", &d.items, tr(K::document_duty_item_hint), tr(K::document_add_duty_item), "-")) {
        case ListEdit::Typed: ctx.editor->set_item(i, d, tr(K::document_undo_duty), did + ".items"); break;
        case ListEdit::Structure: ctx.editor->set_item(i, d, tr(K::document_undo_duty_items)); break;
        case ListEdit::None: break;
        }
        ImGui::EndGroup();
        label(tr(K::document_duty_note));
        if (edit_text(ctx, did + ".note", &d.note, tr(K::document_duty_note_hint)))
            ctx.editor->set_item(i, d, tr(K::document_undo_duty), did + ".note");
        ImGui::PopID();
        if (a == RowAction::Up) ctx.editor->move_item<Duty>(i, i - 1, tr(K::document_undo_move_duty));
        else if (a == RowAction::Down) ctx.editor->move_item<Duty>(i, i + 1, tr(K::document_undo_move_duty));
        else if (a == RowAction::Remove) {
            ctx.editor->erase_item<Duty>(i, tr(K::document_undo_remove_duty));
            ctx.toast(tr(K::document_removed_undo));
        }
    }
    if (add_button("doc.duties.add", tr(K::document_add_duty))) {
        ctx.editor->insert_item(ctx.editor->plan().duties.size(), Duty{}, tr(K::document_undo_add_duty));
        request_focus("doc.duties." + std::to_string(ctx.editor->plan().duties.size() - 1) + ".unit");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] budget
//-----------------------------------------------------------------------------
static void draw_budget_open(UiContext& ctx);   // the open section's code (split.h)

void draw_budget(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    if (!section("budget", tr(K::document_sec_budget), static_cast<int>(plan.budget.size()))) return;
    call_apart(draw_budget_open, ctx);
}

static void draw_budget_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    note(tr(K::document_budget_note));
    const std::size_t n = plan.budget.size();
    std::string typed;
    for (std::size_t i = 0; i < n; ++i) {
        if (ctx.editor->plan().budget.size() != n) break;
        ImGui::PushID(static_cast<int>(i));
        BudgetLine b = plan.budget[i];
        const std::string bid = "doc.budget." + std::to_string(i);
        const RowAction a = item_header(bid, fmt(K::document_budget_n, static_cast<int>(i + 1)), i, n);
        label(tr(K::document_budget_text), tr(K::document_budget_text_tip));
        if (edit_multiline(ctx, bid + ".text", &b.text, 2, tr(K::document_budget_text_hint)))
            ctx.editor->set_item(i, b, tr(K::document_undo_budget), bid + ".text");
        label(tr(K::document_budget_scope));
        if (edit_text(ctx, bid + ".scope", &b.scope, tr(K::document_budget_scope_hint)))
            ctx.editor->set_item(i, b, tr(K::document_undo_budget), bid + ".scope");
        label(tr(K::document_budget_source));
        if (edit_text(ctx, bid + ".source", &b.source, tr(K::document_budget_source_hint)))
            ctx.editor->set_item(i, b, tr(K::document_undo_budget), bid + ".source");
        label(tr(K::document_budget_amount), tr(K::document_budget_amount_tip));
        ImGui::BeginGroup();
        if (edit_parsed(ctx, bid + ".amount", b.amount > 0 ? format_number_vi(b.amount) : std::string(), &typed,
                        parse_amount_ok, tr(K::document_amount_error), tr(K::document_amount_hint), 200,
                        tr(K::document_dong))) {
            long long v = 0;
            parse_amount(typed, &v);
            b.amount = v;
            ctx.editor->set_item(i, b, tr(K::document_undo_budget_amount), bid + ".amount");
        }
        ImGui::EndGroup();
        ImGui::PopID();
        if (a == RowAction::Up) ctx.editor->move_item<BudgetLine>(i, i - 1, tr(K::document_undo_move_budget));
        else if (a == RowAction::Down) ctx.editor->move_item<BudgetLine>(i, i + 1, tr(K::document_undo_move_budget));
        else if (a == RowAction::Remove) {
            ctx.editor->erase_item<BudgetLine>(i, tr(K::document_undo_remove_budget));
            ctx.toast(tr(K::document_removed_undo));
        }
    }
    long long total = 0;
    for (const BudgetLine& b : ctx.editor->plan().budget) total += b.amount;
    if (total > 0) {
        ImGui::PushFont(fonts().bold);
        const std::string t = fmt(K::document_budget_total, format_dong(total).c_str());
        ImGui::TextUnformatted(t.c_str());
        ImGui::PopFont();
        test_hooks::register_last_item("doc.budget.total");
    }
    if (add_button("doc.budget.add", tr(K::document_add_budget))) {
        ctx.editor->insert_item(ctx.editor->plan().budget.size(), BudgetLine{}, tr(K::document_undo_add_budget));
        request_focus("doc.budget." + std::to_string(ctx.editor->plan().budget.size() - 1) + ".text");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] contacts
//-----------------------------------------------------------------------------
static void draw_contacts_open(UiContext& ctx);   // the open section's code (split.h)

void draw_contacts(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    if (!section("contacts", tr(K::document_sec_contacts), static_cast<int>(plan.contacts.size()))) return;
    call_apart(draw_contacts_open, ctx);
}

static void draw_contacts_open(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    note(tr(K::document_contacts_note));
    const std::size_t n = plan.contacts.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (ctx.editor->plan().contacts.size() != n) break;
        ImGui::PushID(static_cast<int>(i));
        Contact c = plan.contacts[i];
        const std::string cid = "doc.contacts." + std::to_string(i);
        const RowAction a = item_header(cid, fmt(K::document_contact_n, static_cast<int>(i + 1)), i, n);
        label(tr(K::document_contact_purpose));
        if (edit_text(ctx, cid + ".purpose", &c.purpose, tr(K::document_contact_purpose_hint)))
            ctx.editor->set_item(i, c, tr(K::document_undo_contact), cid + ".purpose");
        label(tr(K::document_contact_name));
        if (edit_text(ctx, cid + ".name", &c.name, "Bà Phan Thị Hương"))
            ctx.editor->set_item(i, c, tr(K::document_undo_contact), cid + ".name");
        label(tr(K::document_contact_role));
        if (edit_text(ctx, cid + ".role", &c.role, tr(K::document_contact_role_hint)))
            ctx.editor->set_item(i, c, tr(K::document_undo_contact), cid + ".role");
        label(tr(K::document_contact_phone));
        if (edit_text(ctx, cid + ".phone", &c.phone, "0367 850 603", 180))
            ctx.editor->set_item(i, c, tr(K::document_undo_contact), cid + ".phone");
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Email");
        ImGui::SameLine();
        if (edit_text(ctx, cid + ".email", &c.email, nullptr, ImGui::GetContentRegionAvail().x - 8))
            ctx.editor->set_item(i, c, tr(K::document_undo_contact), cid + ".email");
        ImGui::PopID();
        if (a == RowAction::Up) ctx.editor->move_item<Contact>(i, i - 1, tr(K::document_undo_move_contact));
        else if (a == RowAction::Down) ctx.editor->move_item<Contact>(i, i + 1, tr(K::document_undo_move_contact));
        else if (a == RowAction::Remove) {
            ctx.editor->erase_item<Contact>(i, tr(K::document_undo_remove_contact));
            ctx.toast(tr(K::document_removed_undo));
        }
    }
    if (add_button("doc.contacts.add", tr(K::document_add_contact))) {
        ctx.editor->insert_item(ctx.editor->plan().contacts.size(), Contact{}, tr(K::document_undo_add_contact));
        request_focus("doc.contacts." + std::to_string(ctx.editor->plan().contacts.size() - 1) + ".purpose");
    }
}

}  // namespace

void draw_document_work(UiContext& ctx) {
    draw_event(ctx);
    draw_groups(ctx);
    draw_duties(ctx);
    draw_budget(ctx);
    draw_contacts(ctx);
}

}  // namespace dc::ui
