// plan_diff.cpp — see plan_diff.h.
#include "core/plan_diff.h"

#include <unordered_map>

#include "core/datetime.h"
#include "core/plan_fields.h"
#include "core/exporters.h"
#include "core/text.h"

namespace dc {

namespace {

std::string trimmed_key(const std::string& s) {
    std::size_t a = 0, b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n' || s[b - 1] == '\r')) --b;
    return lower_vi(nfc(s.substr(a, b - a)));
}

template <class T>
std::unordered_map<std::string, std::size_t> index_by_id(const std::vector<T>& v) {
    std::unordered_map<std::string, std::size_t> m;
    for (std::size_t i = 0; i < v.size(); ++i) m.emplace(v[i].id, i);   // first wins on a duplicate id
    return m;
}

std::string slot_label(const Slot& s) {
    for (const AgendaItem& it : s.items)
        if (!it.content.empty()) return it.content;
    return s.id;
}

std::string slot_when(const Plan& p, const Slot& s) {
    std::string t = format_time_range(s.start, s.end);
    if (p.event.days.size() > 1 || s.day != 0) {
        if (s.day >= 0 && static_cast<std::size_t>(s.day) < p.event.days.size() &&
            p.event.days[s.day].date.complete())
            t += ", " + format_date(p.event.days[s.day].date);
        else
            t += " (" + std::to_string(s.day + 1) + ")";
    }
    return t;
}

std::string test_when(const Site& s) {
    std::string t;
    if (!s.test_date.empty()) t = format_date(s.test_date);
    const std::string r = format_time_range(s.test_start, s.test_end);
    if (!r.empty()) t += (t.empty() ? "" : " ") + r;
    return t;
}

bool same_deadline_value(const Deadline& a, const Deadline& b) {
    if (a.qualifier != b.qualifier || a.relative != b.relative) return false;
    return a.relative ? a.days_before_event == b.days_before_event : a.date == b.date;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Identity
//-----------------------------------------------------------------------------
bool same_plan_identity(const Plan& a, const Plan& b) {
    if (a.header.kind != b.header.kind) return false;
    if (trimmed_key(a.header.title) != trimmed_key(b.header.title)) return false;
    const std::string na = trimmed_key(a.header.number), nb = trimmed_key(b.header.number);
    if (!na.empty() && !nb.empty() && na != nb) return false;
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Differences
//-----------------------------------------------------------------------------
int PlanDiff::count(DiffKind k) const {
    int n = 0;
    for (const DiffEntry& e : entries) n += e.kind == k;
    return n;
}

PlanDiff diff_plans(const Plan& mine, const Plan& theirs) {
    PlanDiff d;
    d.same_plan = same_plan_identity(mine, theirs);
    auto add = [&d](DiffKind k, std::string id, std::string label, std::string before = {}, std::string after = {}) {
        DiffEntry e;
        e.kind = k;
        e.id = std::move(id);
        e.label = std::move(label);
        e.before = std::move(before);
        e.after = std::move(after);
        d.entries.push_back(std::move(e));
        return &d.entries.back();
    };

    // Title and event date, then the rest of header/event as "other parts".
    if (mine.header.title != theirs.header.title)
        add(DiffKind::TitleChanged, "", "", mine.header.title, theirs.header.title);
    const Date d_mine = mine.event.days.empty() ? Date{} : mine.event.days[0].date;
    const Date d_theirs = theirs.event.days.empty() ? Date{} : theirs.event.days[0].date;
    if (d_mine != d_theirs) add(DiffKind::EventDateChanged, "", "", format_date(d_mine), format_date(d_theirs));
    // The lists of fields in plan.h decide what else counts: a field added
    // there is compared here without being named.
    if (!same_except(mine.header, theirs.header, {"title"})) d.other_parts.push_back("header");
    {
        Event ev = theirs.event;
        if (!ev.days.empty() && !mine.event.days.empty()) ev.days[0].date = mine.event.days[0].date;
        if (!same(mine.event, ev)) d.other_parts.push_back("event");
    }

    // Agenda.
    {
        const auto tm = index_by_id(theirs.agenda);
        const auto mm = index_by_id(mine.agenda);
        for (const Slot& s : mine.agenda) {
            auto it = tm.find(s.id);
            if (it == tm.end()) { add(DiffKind::SlotRemoved, s.id, slot_label(s), slot_when(mine, s)); continue; }
            const Slot& o = theirs.agenda[it->second];
            if (s.day != o.day || s.start != o.start || s.end != o.end)
                add(DiffKind::SlotMoved, s.id, slot_label(o), slot_when(mine, s), slot_when(theirs, o));
            if (!same_except(s, o, {"id", "day", "start", "end"}))
                add(DiffKind::SlotChanged, s.id, slot_label(o), slot_label(s), slot_label(o));
        }
        for (const Slot& o : theirs.agenda)
            if (!mm.count(o.id)) add(DiffKind::SlotAdded, o.id, slot_label(o), "", slot_when(theirs, o));
    }

    // Tasks.
    {
        const auto tm = index_by_id(theirs.tasks);
        const auto mm = index_by_id(mine.tasks);
        for (const Task& t : mine.tasks) {
            auto it = tm.find(t.id);
            if (it == tm.end()) { add(DiffKind::TaskRemoved, t.id, t.content); continue; }
            const Task& o = theirs.tasks[it->second];
            if (t.done != o.done) add(o.done ? DiffKind::TaskTicked : DiffKind::TaskUnticked, t.id, o.content,
                                      t.done ? format_date(t.done_on) : "", o.done ? format_date(o.done_on) : "");
            if (t.done != o.done || (t.done && t.done_on != o.done_on)) ++d.ticks_to_take;
            if (!same_deadline_value(t.deadline, o.deadline))
                add(DiffKind::TaskDeadlineChanged, t.id, o.content, exportwords::deadline_text(mine, t.deadline),
                    exportwords::deadline_text(theirs, o.deadline));
            // Ticks and the deadline's value are itemised above; unknown members
            // of the deadline count as a change of the task.
            if (!same_except(t, o, {"id", "done", "done_on", "deadline"}) || t.deadline.extra != o.deadline.extra)
                add(DiffKind::TaskChanged, t.id, o.content, t.content, o.content);
        }
        for (const Task& o : theirs.tasks)
            if (!mm.count(o.id)) add(DiffKind::TaskAdded, o.id, o.content, "", exportwords::deadline_text(theirs, o.deadline));
    }

    // Sites.
    {
        const auto tm = index_by_id(theirs.sites);
        const auto mm = index_by_id(mine.sites);
        for (const Site& s : mine.sites) {
            auto it = tm.find(s.id);
            if (it == tm.end()) { add(DiffKind::SiteRemoved, s.id, exportwords::site_label(s)); continue; }
            const Site& o = theirs.sites[it->second];
            if (s.test_status != o.test_status) {
                DiffEntry* e = add(DiffKind::SiteStatusChanged, s.id, exportwords::site_label(o));
                e->status_before = s.test_status;
                e->status_after = o.test_status;
                ++d.statuses_to_take;
            }
            if (s.test_date != o.test_date || s.test_start != o.test_start || s.test_end != o.test_end)
                add(DiffKind::SiteTestChanged, s.id, exportwords::site_label(o), test_when(s), test_when(o));
            if (!same_except(s, o, {"test_status", "test_date", "test_start", "test_end"})) add(DiffKind::SiteChanged, s.id, exportwords::site_label(o));
        }
        for (const Site& o : theirs.sites)
            if (!mm.count(o.id)) add(DiffKind::SiteAdded, o.id, exportwords::site_label(o));
    }

    // Parts not itemised.
    auto part = [&d](bool same_part, const char* name) {
        if (!same_part) d.other_parts.push_back(name);
    };
    part(same_list(mine.body, theirs.body), "body");
    part(same_list(mine.site_groups, theirs.site_groups), "site-groups");
    part(same_list(mine.duties, theirs.duties), "duties");
    part(same_list(mine.budget, theirs.budget), "budget");
    part(same_list(mine.contacts, theirs.contacts), "contacts");
    part(same_list(mine.recipients, theirs.recipients), "recipients");
    part(same(mine.signer, theirs.signer), "signer");
    part(mine.archive == theirs.archive, "archive");
    part(mine.agenda_numbered == theirs.agenda_numbered, "agenda-numbered");

    d.identical = same(mine, theirs);
    return d;
}

//-----------------------------------------------------------------------------
// [SECTION] Taking the other version's progress
//-----------------------------------------------------------------------------
int take_progress(Plan& mine, const Plan& theirs, bool ticks, bool statuses) {
    int n = 0;
    if (ticks) {
        const auto tm = index_by_id(theirs.tasks);
        for (Task& t : mine.tasks) {
            auto it = tm.find(t.id);
            if (it == tm.end()) continue;
            const Task& o = theirs.tasks[it->second];
            if (t.done == o.done && (!t.done || t.done_on == o.done_on)) continue;
            t.done = o.done;
            t.done_on = o.done ? o.done_on : Date{};
            ++n;
        }
    }
    if (statuses) {
        const auto tm = index_by_id(theirs.sites);
        for (Site& s : mine.sites) {
            auto it = tm.find(s.id);
            if (it == tm.end()) continue;
            const Site& o = theirs.sites[it->second];
            if (s.test_status == o.test_status) continue;
            s.test_status = o.test_status;
            ++n;
        }
    }
    return n;
}

}  // namespace dc
