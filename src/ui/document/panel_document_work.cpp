// panel_document_work.cpp — sections of the Document view about the event and
// the work around it: "Thời gian, hình thức" (days and hours, format, platform,
// headcount limit, connection / rehearsal sessions), "Thành phần tham dự" (per
// kind of bridge point), "Tổ chức thực hiện" (duties per unit), "Kinh phí"
// (budget lines, amounts in đồng) and "Liên hệ" (contacts).
//
// [SECTION] helpers
// [SECTION] cards           — the lists of cards below share one drawer
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
#include "ui/document/panel_document.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

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

// A word between two fields of one line ("Nền tảng", "từ", "đến", "Email").
void between(const char* text) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::SameLine();
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

// edit_parsed() in a group of its own, so that its error line stays under it
// in a row of fields.
bool grouped_parsed(UiContext& ctx, const std::string& id, const std::string& shown, std::string* typed,
                    bool (*parse)(const std::string&), K error, const char* hint, float width,
                    const char* suffix = nullptr) {
    ImGui::BeginGroup();
    const bool parsed = edit_parsed(ctx, id, shown, typed, parse, tr(error), hint, width, suffix);
    ImGui::EndGroup();
    return parsed;
}

// A date field (blank parts allowed: "…/10/2021"); true when the typed text
// parsed and *d took it.
bool date_field(UiContext& ctx, const std::string& id, Date* d, const char* hint, float width) {
    std::string typed;
    if (!grouped_parsed(ctx, id, date_text(*d), &typed, parse_full_date_ok, K::document_date_error, hint, width))
        return false;
    *d = date_of(typed);
    return true;
}

// The same for a time of day ("08h00"; empty = no time).
bool time_field(UiContext& ctx, const std::string& id, int* t, const char* hint, float width) {
    std::string typed;
    if (!grouped_parsed(ctx, id, format_time(*t), &typed, parse_time_ok, K::document_time_error, hint, width))
        return false;
    *t = time_of(typed);
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] cards
//-----------------------------------------------------------------------------
// Site groups, duties, budget lines and contacts are each a list of cards:
// a title line "Đơn vị 2" with ↑ ↓ ✕, the item's fields under it, and a
// "+ …" button after the last card.  What differs per list is its fields and
// the Editor calls that change it, named here once.
template <class T>
struct CardList {
    const char* id;   // "doc.duties": card i's fields are "doc.duties.<i>.<field>"
    std::vector<T> Plan::*items;
    void (Editor::*set)(std::size_t, T, const std::string&, const std::string&);
    void (Editor::*insert)(std::size_t, T, const std::string&);
    void (Editor::*erase)(std::size_t, const std::string&);
    void (Editor::*move)(std::size_t, std::size_t, const std::string&);
    K undo_edit, undo_move, undo_remove, undo_add;
    K add_text;               // the "+ …" button
    const char* first_field;  // where the cursor goes in a new card
};

// One card while it is drawn.  Its fields edit `item`, a copy; each change is
// sent at once with the field's id as merge key, so that typing in one field
// is one undo step.
template <class T>
struct Card {
    UiContext& ctx;
    const CardList<T>& list;
    std::size_t i;
    T item;
    std::string id;   // "doc.duties.2"

    std::string field(const char* name) const { return id + "." + name; }
    // Sends the card; name = nullptr for a change that is not typing (no merge).
    void changed(const char* name, K undo) {
        (ctx.editor->*list.set)(i, item, tr(undo), name ? field(name) : std::string());
    }
    // A one-line field under its label (none: nullptr).
    void text(const char* label_text, const char* name, std::string* v, const char* hint, float width = -1.0f) {
        if (label_text) label(label_text);
        if (edit_text(ctx, field(name), v, hint, width)) changed(name, list.undo_edit);
    }
    // A field `lines` tall under its label; tip = the label's help, or nullptr.
    void multiline(const char* label_text, const char* tip, const char* name, std::string* v, float lines,
                   const char* hint = nullptr) {
        label(label_text, tip);
        if (edit_multiline(ctx, field(name), v, lines, hint)) changed(name, list.undo_edit);
    }
};

// Every card of `list`: title(card) words its title line, fields(card) draws
// the rest; then what its ↑ ↓ ✕ asked is done.  may_remove(card) can refuse a
// removal (and say why).  The loop stops when the list changed under it.
template <class T, class Title, class Fields, class MayRemove>
void draw_cards(UiContext& ctx, const CardList<T>& list, Title title, Fields fields, MayRemove may_remove) {
    const std::vector<T>& items = ctx.editor->plan().*list.items;
    const std::size_t n = items.size();
    for (std::size_t i = 0; i < n; ++i) {
        if ((ctx.editor->plan().*list.items).size() != n) break;
        ImGui::PushID(static_cast<int>(i));
        Card<T> c{ctx, list, i, items[i], std::string(list.id) + "." + std::to_string(i)};
        const RowAction a = item_header(c.id, title(c), i, n);
        fields(c);
        ImGui::PopID();
        if (a == RowAction::Up) (ctx.editor->*list.move)(i, i - 1, tr(list.undo_move));
        else if (a == RowAction::Down) (ctx.editor->*list.move)(i, i + 1, tr(list.undo_move));
        else if (a == RowAction::Remove && may_remove(c)) {
            (ctx.editor->*list.erase)(i, tr(list.undo_remove));
            ctx.toast(tr(K::document_removed_undo));
        }
    }
}
template <class T, class Title, class Fields>
void draw_cards(UiContext& ctx, const CardList<T>& list, Title title, Fields fields) {
    draw_cards(ctx, list, title, fields, [](const Card<T>&) { return true; });
}

// The "+ …" button after the cards: make() gives the new item, added last,
// and the cursor goes to its first field.
template <class T, class Make>
void add_card_button(UiContext& ctx, const CardList<T>& list, Make make) {
    if (!add_button(std::string(list.id) + ".add", tr(list.add_text))) return;
    const std::size_t end = (ctx.editor->plan().*list.items).size();
    (ctx.editor->*list.insert)(end, make(), tr(list.undo_add));
    request_focus(std::string(list.id) + "." + std::to_string(end) + "." + list.first_field);
}

//-----------------------------------------------------------------------------
// [SECTION] event
//-----------------------------------------------------------------------------
// The event is one value: each part below edits the same copy `ev` and sends
// it whole.  key = the field's id (merge key for typing), "" for a choice.
void send_event(UiContext& ctx, const Event& ev, const std::string& key, K undo) {
    ctx.editor->set_event(ev, tr(undo), key);
}

// What a row's ↑ ↓ ✕ asked, done to a list inside the event (days, technical
// sessions), which is then sent.  True when something was done: the caller's
// loop stops, the list having changed under it.
template <class T>
bool do_event_row(UiContext& ctx, Event& ev, std::vector<T>& v, std::size_t i, RowAction a, K undo_move,
                  K undo_remove, K removed) {
    if (a == RowAction::None) return false;
    if (a == RowAction::Remove) {
        v.erase(v.begin() + static_cast<long>(i));
        ctx.editor->set_event(ev, tr(undo_remove));
        ctx.toast(tr(removed));
    } else {
        std::swap(v[i], v[a == RowAction::Up ? i - 1 : i + 1]);
        ctx.editor->set_event(ev, tr(undo_move));
    }
    return true;
}

// Name, format and platform, how long it lasts.
void draw_event_basics(UiContext& ctx, Event& ev) {
    label(tr(K::document_event_name), tr(K::document_event_name_tip));
    if (edit_text(ctx, "doc.event.name", &ev.name, tr(K::document_event_name_hint)))
        send_event(ctx, ev, "doc.event.name", K::document_undo_event);
    label(tr(K::document_event_format));
    if (edit_text(ctx, "doc.event.format", &ev.format, "Hội nghị trực tuyến", 240))
        send_event(ctx, ev, "doc.event.format", K::document_undo_event);
    between(tr(K::document_event_platform));
    if (edit_text(ctx, "doc.event.platform", &ev.platform, "K12 Online, Zoom…", 180))
        send_event(ctx, ev, "doc.event.platform", K::document_undo_event);
    label(tr(K::document_event_duration), tr(K::document_event_duration_tip));
    if (edit_text(ctx, "doc.event.duration_text", &ev.duration_text, "1/2 ngày", 160))
        send_event(ctx, ev, "doc.event.duration_text", K::document_undo_event);
}

// One day's row: weekday, date, from … to …, ↑ ↓ ✕.  Returns the row action.
RowAction draw_event_day(UiContext& ctx, Event& ev, std::size_t i) {
    const std::string did = "doc.event.days." + std::to_string(i);
    EventDay& d = ev.days[i];
    if (d.date.complete()) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(weekday_vi(d.date).c_str());
        ImGui::SameLine(90);
    }
    if (date_field(ctx, did + ".date", &d.date, "31/8/2021", 120))
        send_event(ctx, ev, did + ".date", K::document_undo_event_day);
    between(tr(K::document_from));
    if (time_field(ctx, did + ".start", &d.start, "08h00", 80))
        send_event(ctx, ev, did + ".start", K::document_undo_event_day);
    between(tr(K::document_to));
    if (time_field(ctx, did + ".end", &d.end, "11h30", 80))
        send_event(ctx, ev, did + ".end", K::document_undo_event_day);
    ImGui::SameLine();
    return row_buttons(did, i, ev.days.size());
}

// The days, one row each, and "+ thêm ngày" (the day after the last one).
void draw_event_days(UiContext& ctx, Event& ev) {
    label(tr(K::document_event_days), tr(K::document_event_days_tip));
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < ev.days.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const RowAction a = draw_event_day(ctx, ev, i);
        ImGui::PopID();
        if (a == RowAction::Remove && ev.days.size() == 1) {   // an event has at least one day
            ctx.toast(tr(K::document_last_day));
            break;
        }
        if (do_event_row(ctx, ev, ev.days, i, a, K::document_undo_event_day, K::document_undo_remove_day,
                         K::document_day_removed))
            break;
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
}

// Headcount limit per site and the rule about it.
void draw_event_headcount(UiContext& ctx, Event& ev) {
    std::string typed;
    label(tr(K::document_headcount_limit), tr(K::document_headcount_limit_tip));
    if (grouped_parsed(ctx, "doc.event.headcount_limit",
                       ev.headcount_limit > 0 ? std::to_string(ev.headcount_limit) : "", &typed, parse_count_ok,
                       K::document_count_error, tr(K::document_no_limit), 120, tr(K::document_people_per_site))) {
        long long n = 0;
        parse_amount(typed, &n);
        ev.headcount_limit = static_cast<int>(n);
        send_event(ctx, ev, "doc.event.headcount_limit", K::document_undo_event);
    }
    label(tr(K::document_headcount_rule));
    if (edit_multiline(ctx, "doc.event.headcount_rule", &ev.headcount_rule, 2, tr(K::document_headcount_rule_hint)))
        send_event(ctx, ev, "doc.event.headcount_rule", K::document_undo_event);
}

// The central bridge point, shown here and edited in the Sites view.
void draw_event_central(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
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
    widgets::register_last_item("doc.event.central");
}

// One technical session (connection, connection test, rehearsal): kind, date,
// start - end, ↑ ↓ ✕, and its label on the line below.  Returns the row action.
RowAction draw_tech_session(UiContext& ctx, Event& ev, std::size_t i) {
    const std::string tid = "doc.event.tech_sessions." + std::to_string(i);
    TechSession& t = ev.tech_sessions[i];
    ImGui::SetNextItemWidth(170);
    if (ImGui::BeginCombo("##kind", tech_kind_name(t.kind))) {
        for (TechKind k : {TechKind::Connection, TechKind::ConnectionTest, TechKind::Rehearsal})
            if (ImGui::Selectable(tech_kind_name(k), k == t.kind) && k != t.kind) {
                t.kind = k;
                send_event(ctx, ev, "", K::document_undo_tech);
            }
        ImGui::EndCombo();
    }
    widgets::register_last_item((tid + ".kind").c_str());
    ImGui::SameLine();
    if (date_field(ctx, tid + ".date", &t.date, "30/8/2021", 110))
        send_event(ctx, ev, tid + ".date", K::document_undo_tech);
    ImGui::SameLine();
    if (time_field(ctx, tid + ".start", &t.start, "08h00", 72))
        send_event(ctx, ev, tid + ".start", K::document_undo_tech);
    ImGui::SameLine();
    ImGui::TextUnformatted("-");
    ImGui::SameLine();
    if (time_field(ctx, tid + ".end", &t.end, "11h00", 72))
        send_event(ctx, ev, tid + ".end", K::document_undo_tech);
    ImGui::SameLine();
    const RowAction a = row_buttons(tid, i, ev.tech_sessions.size());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 20);
    if (edit_text(ctx, tid + ".label", &t.label, tr(K::document_tech_label_hint),
                  ImGui::GetContentRegionAvail().x - 100))
        send_event(ctx, ev, tid + ".label", K::document_undo_tech);
    return a;
}

// The technical sessions before the day, and "+ thêm buổi".
void draw_event_tech(UiContext& ctx, Event& ev) {
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::TextUnformatted(tr(K::document_tech_heading));
    note(tr(K::document_tech_note));
    for (std::size_t i = 0; i < ev.tech_sessions.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const RowAction a = draw_tech_session(ctx, ev, i);
        ImGui::PopID();
        if (do_event_row(ctx, ev, ev.tech_sessions, i, a, K::document_undo_tech, K::document_undo_remove_tech,
                         K::document_removed_undo))
            break;
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

void draw_event_open(UiContext& ctx) {
    Event ev = ctx.editor->plan().event;
    draw_event_basics(ctx, ev);
    draw_event_days(ctx, ev);
    draw_event_headcount(ctx, ev);
    draw_event_central(ctx);
    draw_event_tech(ctx, ev);
}

//-----------------------------------------------------------------------------
// [SECTION] participants (site groups)
//-----------------------------------------------------------------------------
const CardList<SiteGroup> kGroups{
    "doc.site_groups", &Plan::site_groups, &Editor::set_item<SiteGroup>, &Editor::insert_item<SiteGroup>,
    &Editor::erase_item<SiteGroup>, &Editor::move_item<SiteGroup>, K::document_undo_group, K::document_undo_move_group,
    K::document_undo_remove_group, K::document_undo_add_group, K::document_add_group, "name"};

int sites_in_group(const Plan& plan, const std::string& group_id) {
    int used = 0;
    for (const Site& s : plan.sites) used += s.group_id == group_id;
    return used;
}

void draw_groups_open(UiContext& ctx) {
    note(tr(K::document_groups_note));
    const auto title = [&](const Card<SiteGroup>& c) {
        return fmt(K::document_group_n, static_cast<int>(c.i + 1), sites_in_group(ctx.editor->plan(), c.item.id));
    };
    const auto fields = [](Card<SiteGroup>& c) {
        c.text(tr(K::document_group_name), "name", &c.item.name, tr(K::document_group_name_hint));
        c.multiline(tr(K::document_group_participants), tr(K::document_group_participants_tip), "participants",
                    &c.item.participants, 4);
        c.multiline(tr(K::document_group_rules), nullptr, "rules",
                    &c.item.rules, 2, tr(K::document_group_rules_hint));
        c.text(tr(K::document_group_budget), "budget", &c.item.budget, tr(K::document_group_budget_hint));
    };
    // A group that sites still belong to stays: removing it would leave them in none.
    const auto may_remove = [&](const Card<SiteGroup>& c) {
        const int used = sites_in_group(ctx.editor->plan(), c.item.id);
        if (used > 0) ctx.message(tr(K::document_group_in_use_title), fmt(K::document_group_in_use, used));
        return used == 0;
    };
    draw_cards(ctx, kGroups, title, fields, may_remove);
    add_card_button(ctx, kGroups, [&] {
        SiteGroup g;
        g.id = ctx.editor->new_id("g");
        return g;
    });
}

//-----------------------------------------------------------------------------
// [SECTION] duties
//-----------------------------------------------------------------------------
const CardList<Duty> kDuties{
    "doc.duties", &Plan::duties, &Editor::set_item<Duty>, &Editor::insert_item<Duty>, &Editor::erase_item<Duty>, &Editor::move_item<Duty>,
    K::document_undo_duty, K::document_undo_move_duty, K::document_undo_remove_duty, K::document_undo_add_duty,
    K::document_add_duty, "unit"};

void draw_duties_open(UiContext& ctx) {
    note(tr(K::document_duties_note));
    const auto title = [](const Card<Duty>& c) { return fmt(K::document_duty_n, static_cast<int>(c.i + 1)); };
    const auto fields = [](Card<Duty>& c) {
        c.text(tr(K::document_duty_unit), "unit", &c.item.unit, tr(K::document_duty_unit_hint));
        c.multiline(tr(K::document_duty_lead_in), tr(K::document_duty_lead_in_tip), "lead_in", &c.item.lead_in, 2);
        label(tr(K::document_duty_items));
        ImGui::BeginGroup();
        switch (edit_lines(c.ctx, c.field("items"), &c.item.items, tr(K::document_duty_item_hint),
                           tr(K::document_add_duty_item), "-")) {
        case ListEdit::Typed: c.changed("items", K::document_undo_duty); break;
        case ListEdit::Structure: c.changed(nullptr, K::document_undo_duty_items); break;
        case ListEdit::None: break;
        }
        ImGui::EndGroup();
        c.text(tr(K::document_duty_note), "note", &c.item.note, tr(K::document_duty_note_hint));
    };
    draw_cards(ctx, kDuties, title, fields);
    add_card_button(ctx, kDuties, [] { return Duty{}; });
}

//-----------------------------------------------------------------------------
// [SECTION] budget
//-----------------------------------------------------------------------------
const CardList<BudgetLine> kBudget{
    "doc.budget", &Plan::budget, &Editor::set_item<BudgetLine>, &Editor::insert_item<BudgetLine>, &Editor::erase_item<BudgetLine>,
    &Editor::move_item<BudgetLine>, K::document_undo_budget, K::document_undo_move_budget,
    K::document_undo_remove_budget, K::document_undo_add_budget, K::document_add_budget, "text"};

// The amount in đồng ("1.500.000"), blank when there is none.
void budget_amount_field(Card<BudgetLine>& c) {
    std::string typed;
    label(tr(K::document_budget_amount), tr(K::document_budget_amount_tip));
    if (grouped_parsed(c.ctx, c.field("amount"), c.item.amount > 0 ? format_number_vi(c.item.amount) : std::string(),
                       &typed, parse_amount_ok, K::document_amount_error, tr(K::document_amount_hint), 200,
                       tr(K::document_dong))) {
        long long v = 0;
        parse_amount(typed, &v);
        c.item.amount = v;
        c.changed("amount", K::document_undo_budget_amount);
    }
}

void draw_budget_open(UiContext& ctx) {
    note(tr(K::document_budget_note));
    const auto title = [](const Card<BudgetLine>& c) { return fmt(K::document_budget_n, static_cast<int>(c.i + 1)); };
    const auto fields = [](Card<BudgetLine>& c) {
        c.multiline(tr(K::document_budget_text), tr(K::document_budget_text_tip), "text",
                    &c.item.text, 2, tr(K::document_budget_text_hint));
        c.text(tr(K::document_budget_scope), "scope", &c.item.scope, tr(K::document_budget_scope_hint));
        c.text(tr(K::document_budget_source), "source", &c.item.source, tr(K::document_budget_source_hint));
        budget_amount_field(c);
    };
    draw_cards(ctx, kBudget, title, fields);
    long long total = 0;
    for (const BudgetLine& b : ctx.editor->plan().budget) total += b.amount;
    if (total > 0) {
        ImGui::PushFont(fonts().bold);
        const std::string t = fmt(K::document_budget_total, format_dong(total).c_str());
        ImGui::TextUnformatted(t.c_str());
        ImGui::PopFont();
        widgets::register_last_item("doc.budget.total");
    }
    add_card_button(ctx, kBudget, [] { return BudgetLine{}; });
}

//-----------------------------------------------------------------------------
// [SECTION] contacts
//-----------------------------------------------------------------------------
const CardList<Contact> kContacts{
    "doc.contacts", &Plan::contacts, &Editor::set_item<Contact>, &Editor::insert_item<Contact>, &Editor::erase_item<Contact>,
    &Editor::move_item<Contact>, K::document_undo_contact, K::document_undo_move_contact,
    K::document_undo_remove_contact, K::document_undo_add_contact, K::document_add_contact, "purpose"};

void draw_contacts_open(UiContext& ctx) {
    note(tr(K::document_contacts_note));
    const auto title = [](const Card<Contact>& c) { return fmt(K::document_contact_n, static_cast<int>(c.i + 1)); };
    const auto fields = [](Card<Contact>& c) {
        c.text(tr(K::document_contact_purpose), "purpose", &c.item.purpose, tr(K::document_contact_purpose_hint));
        c.text(tr(K::document_contact_name), "name", &c.item.name, "Bà Phan Thị Hương");
        c.text(tr(K::document_contact_role), "role", &c.item.role, tr(K::document_contact_role_hint));
        c.text(tr(K::document_contact_phone), "phone", &c.item.phone, "0367 850 603", 180);
        between("Email");
        c.text(nullptr, "email", &c.item.email, nullptr, ImGui::GetContentRegionAvail().x - 8);
    };
    draw_cards(ctx, kContacts, title, fields);
    add_card_button(ctx, kContacts, [] { return Contact{}; });
}

}  // namespace

void draw_document_work(UiContext& ctx) {
    const Plan& plan = ctx.editor->plan();
    const auto count = [](const auto& v) { return static_cast<int>(v.size()); };
    section_apart(ctx, "event", tr(K::document_sec_event), -1, draw_event_open);
    section_apart(ctx, "groups", tr(K::document_sec_groups), count(plan.site_groups), draw_groups_open);
    section_apart(ctx, "duties", tr(K::document_sec_duties), count(plan.duties), draw_duties_open);
    section_apart(ctx, "budget", tr(K::document_sec_budget), count(plan.budget), draw_budget_open);
    section_apart(ctx, "contacts", tr(K::document_sec_contacts), count(plan.contacts), draw_contacts_open);
}

}  // namespace dc::ui
