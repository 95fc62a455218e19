// validate.cpp — checks on a whole plan (see validate.h).
//
// [SECTION] Codes        — every finding code, its severity and meaning
// [SECTION] Helpers      — places, labels, the findings collector
// [SECTION] Header       — required fields, number, date of issue, signer
// [SECTION] Event        — days, hours, technical sessions
// [SECTION] Sites        — central site, headcounts, connection-test clashes
// [SECTION] Agenda       — end before start, overlaps, gaps, outside the event's hours
// [SECTION] References   — group and site ids that point nowhere, speaking turns that overrun
// [SECTION] Tasks        — lead unit, deadlines after the event
// [SECTION] Print        — sections the print leaves out, budget lines nowhere printed
// [SECTION] Weekdays     — "thứ Ba, ngày 31/8/2021" that disagrees with the calendar
// [SECTION] validate()
//
// [SECTION] Codes
//   Each code with its severity and its values, in order (FindingValue kinds:
//   Text, Quote, Number, Day, Weekday, Site, Session, Task; "[Day]" = only when
//   the event has several days).  The words are in src/ui/checks/strings.inc,
//   key "find_" + the code with '.' and '-' as '_'.
//   Error   header.issuing-body-empty, header.place-empty, event.no-days,
//           event.day-missing, site.no-central, signer… (no values)
//           header.title-empty (Number 1 = công văn, 0 = other kinds)
//           header.date-invalid (Day; day 0 = the month is wrong)
//           event.day-invalid (Day)   event.end-before-start (Text end, Text start)
//           tech.date-invalid (Session, Day)   tech.end-before-start (Session, Text end, Text start)
//           site.many-central (Site, Site first central)   site.headcount-negative (Site)
//           site.headcount-over-limit (Site, Number headcount, Number limit): the site's own
//             limit (central, group, else general; sites_ops.h headcount_limit_for)
//           site.test-date-invalid (Site, Day)   site.test-end-before-start (Site, Text end, Text start)
//           agenda.bad-day (Text slot, Number day, Number days)   agenda.end-before-start (Text slot)
//           agenda.overlap (Text slot, Text earlier slot, [Day])
//           task.deadline-invalid (Task, Day)
//           text.weekday-mismatch (Text quote, Day, Weekday true, Text weekday written)
//   Warning header.number-blank (not a công văn), header.code-empty, signer.title-empty,
//           event.no-start (no values)
//           header.date-after-event (Day issue, Day first event day)
//           header.date-incomplete (Day)   tech.after-event (Session, Day, Day last event day)
//           site.name-empty (Site)   site.test-after-event (Site, Day test, Day first event day)
//           site.test-clash-central (Site, Text hours, Day, Site, Text hours, Day)
//           site.test-clash-technician (Text technician, Site, Text hours, Day, Site, Text hours, Day)
//           site.unknown-group (Site, Text group id)
//           site.duplicate-name (Site, Site first of the same name): same name in the same group
//           agenda.no-time ([Quote first content])   agenda.outside-hours (Text slot, Text hours, [Day])
//           agenda.gap (Text from, Text to, Text slot before, Text slot after, [Day])
//           agenda.unknown-site (Text slot, Number turn, Text site id)
//           agenda.turns-overrun (Text slot, Number minutes long, Number minutes needed)
//           task.no-lead, task.content-empty (Task)
//           task.deadline-after-event (Task, Number days after) relative, (Task, Day, Day last event day) absolute
//           text.invalid-date (Day)
//           body.section-empty (Quote heading): left out of the print, nothing under it
//           budget.no-lines (Quote heading): a Kinh phí section left out, the plan has no budget lines
//           budget.not-printed (Number lines): budget lines, but no budget insert in the body
//           body.fact-differs (Quote heading, Text facts it does not name, joined by ", "): a run-in
//             text written from the event (core/body_facts.h), then by hand, that no longer says the event's facts
//   Info    header.number-blank (công văn: the văn thư fills it in), signer.name-empty (no values)
//           header.date-day-blank (Day: all blank, or only the day)
#include "core/validate.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/body_facts.h"
#include "core/datetime.h"
#include "core/deadline.h"
#include "core/export_outline.h"
#include "core/sites_ops.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {

using Sev = Finding::Severity;

using V = FindingValue;

struct Collector {
    std::vector<Finding> out;
    void add(Sev s, std::string place, const char* code, std::vector<V> values = {}) {
        out.push_back(Finding{s, std::move(place), code, std::move(values)});
    }
};

std::string at(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

bool blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

// At most `max` characters of s (never splitting a UTF-8 sequence), with "…".
std::string shorten(std::string_view s, std::size_t max = 48) {
    std::size_t chars = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (chars == max) return std::string(s.substr(0, i)) + "…";
            ++chars;
        }
    }
    return std::string(s);
}

// "09h30 - 10h30 (Tham luận, thảo luận)": times and the user's words, the same
// in both languages.
std::string slot_label(const Slot& s) {
    std::string out = format_time_range(s.start, s.end);
    if (!s.items.empty() && !blank(s.items[0].content)) out += " (" + shorten(s.items[0].content, 40) + ")";
    return out;
}

// The values a finding names (validate.h, FindingValue).
V as_text(std::string t) { V v; v.kind = V::Text; v.text = std::move(t); return v; }
V quote(std::string_view t) { V v; v.kind = V::Quote; v.text = shorten(t); return v; }
V number(long long n) { V v; v.kind = V::Number; v.number = static_cast<int>(n); return v; }
V day(const Date& d) { V v; v.kind = V::Day; v.date = d; return v; }
V slot(const Slot& s) { return as_text(slot_label(s)); }
V time_of(int minutes) { return as_text(format_time(minutes)); }
V site(const Site& s, std::size_t i) {
    V v;
    v.kind = V::Site;
    v.text = blank(s.name) ? std::string() : s.name;
    v.number = static_cast<int>(i + 1);
    return v;
}
V session(const TechSession& t) { V v; v.kind = V::Session; v.text = blank(t.label) ? std::string() : shorten(t.label); return v; }
V task(const Task& t, std::size_t i) {
    V v;
    v.kind = V::Task;
    v.number = static_cast<int>(i + 1);
    v.text = blank(t.content) ? std::string() : shorten(t.content);
    return v;
}

// The last day of the event (the check "after the event" compares with it).
std::optional<Date> last_event_day(const Plan& p) {
    std::optional<Date> last;
    for (const auto& d : p.event.days)
        if (valid_date(d.date) && (!last || *last < d.date)) last = d.date;
    return last;
}
std::optional<Date> first_event_day(const Plan& p) {
    std::optional<Date> first;
    for (const auto& d : p.event.days)
        if (valid_date(d.date) && (!first || d.date < *first)) first = d.date;
    return first;
}

//-----------------------------------------------------------------------------
// [SECTION] Header
//-----------------------------------------------------------------------------

void check_header(const Plan& p, Collector& c) {
    const Header& h = p.header;
    if (blank(h.issuing_body))
        c.add(Sev::Error, "header.issuing_body", "header.issuing-body-empty");
    if (blank(h.place))
        c.add(Sev::Error, "header.place", "header.place-empty");
    if (blank(h.title))
        c.add(Sev::Error, "header.title", "header.title-empty", {number(h.kind == DocKind::CongVan ? 1 : 0)});
    if (blank(h.number)) {
        if (h.kind == DocKind::CongVan)
            c.add(Sev::Info, "header.number", "header.number-blank");   // the văn thư fills it in on issue
        else
            c.add(Sev::Warning, "header.number", "header.number-blank");
    }
    if (blank(h.code))
        c.add(Sev::Warning, "header.code", "header.code-empty");

    const Date& d = h.date;
    if (d.complete()) {
        if (!valid_date(d)) {
            c.add(Sev::Error, "header.date", "header.date-invalid", {day(d)});
        } else if (auto first = first_event_day(p); first && *first < d) {
            c.add(Sev::Warning, "header.date", "header.date-after-event", {day(d), day(*first)});
        }
    } else if (d.empty() || (d.d == 0 && d.m != 0 && d.y != 0)) {
        bool bad_month = d.m < 0 || d.m > 12;
        if (bad_month)
            c.add(Sev::Error, "header.date", "header.date-invalid", {day(d)});   // day 0: the month is wrong
        else
            c.add(Sev::Info, "header.date", "header.date-day-blank", {day(d)});   // filled in on signing
    } else {
        c.add(Sev::Warning, "header.date", "header.date-incomplete", {day(d)});
    }

    if (blank(p.signer.title))
        c.add(Sev::Warning, "signer.title", "signer.title-empty");
    if (blank(p.signer.name))
        c.add(Sev::Info, "signer.name", "signer.name-empty");
}

//-----------------------------------------------------------------------------
// [SECTION] Event
//-----------------------------------------------------------------------------

void check_event(const Plan& p, Collector& c) {
    const Event& e = p.event;
    if (e.days.empty())
        c.add(Sev::Error, "event.days", "event.no-days");
    for (std::size_t i = 0; i < e.days.size(); ++i) {
        const EventDay& d = e.days[i];
        std::string place = "event." + at("days", i);
        if (d.date.empty())
            c.add(Sev::Error, place + ".date", "event.day-missing");
        else if (!valid_date(d.date))
            c.add(Sev::Error, place + ".date", "event.day-invalid", {day(d.date)});
        if (d.start == kNoTime)
            c.add(Sev::Warning, place + ".start", "event.no-start");
        else if (d.end != kNoTime && d.end < d.start)
            c.add(Sev::Error, place + ".end", "event.end-before-start", {time_of(d.end), time_of(d.start)});
    }
    auto last = last_event_day(p);
    for (std::size_t i = 0; i < e.tech_sessions.size(); ++i) {
        const TechSession& t = e.tech_sessions[i];
        std::string place = "event." + at("tech_sessions", i);
        if (!t.date.empty() && !valid_date(t.date))
            c.add(Sev::Error, place + ".date", "tech.date-invalid", {session(t), day(t.date)});
        else if (last && valid_date(t.date) && *last < t.date)
            c.add(Sev::Warning, place + ".date", "tech.after-event", {session(t), day(t.date), day(*last)});
        if (t.start != kNoTime && t.end != kNoTime && t.end < t.start)
            c.add(Sev::Error, place + ".end", "tech.end-before-start", {session(t), time_of(t.end), time_of(t.start)});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Sites
//-----------------------------------------------------------------------------

void check_sites(const Plan& p, Collector& c) {
    const auto& sites = p.sites;
    std::optional<std::size_t> central;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (!sites[i].central) continue;
        if (!central) { central = i; continue; }
        c.add(Sev::Error, at("sites", i) + ".central", "site.many-central", {site(sites[i], i), site(sites[*central], *central)});
    }
    if (!central)
        c.add(Sev::Error, "sites", "site.no-central");

    auto first = first_event_day(p);
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const Site& s = sites[i];
        std::string place = at("sites", i);
        if (blank(s.name))
            c.add(Sev::Warning, place + ".name", "site.name-empty", {site(s, i)});
        if (s.headcount < 0)
            c.add(Sev::Error, place + ".headcount", "site.headcount-negative", {site(s, i)});
        else if (const int limit = headcount_limit_for(p, s); limit > 0 && s.headcount > limit)
            c.add(Sev::Error, place + ".headcount", "site.headcount-over-limit", {site(s, i), number(s.headcount), number(limit)});
        if (!s.test_date.empty() && !valid_date(s.test_date))
            c.add(Sev::Error, place + ".test_date", "site.test-date-invalid", {site(s, i), day(s.test_date)});
        else if (first && valid_date(s.test_date) && *first < s.test_date)
            c.add(Sev::Warning, place + ".test_date", "site.test-after-event", {site(s, i), day(s.test_date), day(*first)});
        if (s.test_start != kNoTime && s.test_end != kNoTime && s.test_end < s.test_start)
            c.add(Sev::Error, place + ".test_end", "site.test-end-before-start",
                  {site(s, i), time_of(s.test_end), time_of(s.test_start)});
    }

    // Connection tests: every test involves the central site, so any two that
    // overlap clash; two tests run by the same technician clash too.  A test
    // without an end occupies its starting minute.  Sort and sweep: O(n log n).
    struct Test { std::size_t site; std::int64_t day; int start, end; std::string tech, lane; };
    std::vector<Test> tests;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const Site& s = sites[i];
        if (!valid_date(s.test_date) || s.test_start == kNoTime) continue;
        int end = (s.test_end != kNoTime && s.test_end > s.test_start) ? s.test_end : s.test_start + 1;
        tests.push_back({i, to_days(s.test_date), s.test_start, end, blank(s.technician) ? std::string() : fold_for_search(s.technician),
                         fold_for_search(s.test_lane)});
    }
    // A test as three values: the site, its hours, its day.
    auto test_values = [&](const Test& t, std::vector<V>& out) {
        const Site& s = sites[t.site];
        out.push_back(site(s, t.site));
        out.push_back(as_text(format_time_range(s.test_start, s.test_end)));
        out.push_back(day(s.test_date));
    };
    auto clash_central = [&](const Test& t, const Test& r) {
        std::vector<V> v;
        test_values(t, v);
        test_values(r, v);
        c.add(Sev::Warning, at("sites", t.site) + ".test_start", "site.test-clash-central", std::move(v));
    };
    auto clash_technician = [&](const Test& t, const Test& r) {
        std::vector<V> v{as_text(sites[t.site].technician)};
        test_values(t, v);
        test_values(r, v);
        c.add(Sev::Warning, at("sites", t.site) + ".test_start", "site.test-clash-technician", std::move(v));
    };
    // Sort by (group, day, start) and compare each test with the earlier test of
    // its group that ends last: that finds every test that overlaps another.
    auto sweep = [](std::vector<Test>& list, const auto& group, const auto& report) {
        std::sort(list.begin(), list.end(), [&](const Test& a, const Test& b) {
            if (group(a) != group(b)) return group(a) < group(b);
            if (a.day != b.day) return a.day < b.day;
            if (a.start != b.start) return a.start < b.start;
            return a.site < b.site;
        });
        const Test* reach = nullptr;
        for (const Test& t : list) {
            bool same = reach && group(*reach) == group(t) && reach->day == t.day;
            if (same && t.start < reach->end) report(t, *reach);
            if (!same || t.end > reach->end) reach = &t;
        }
    };
    // Central site: one group per lane (each central technician makes his own
    // calls).  A clash between two tests of the same site technician is
    // reported once, by the technician sweep.
    sweep(tests, [](const Test& t) -> const std::string& { return t.lane; }, [&](const Test& t, const Test& r) {
        if (t.tech.empty() || t.tech != r.tech) clash_central(t, r);
    });
    std::vector<Test> with_tech;
    for (const auto& t : tests)
        if (!t.tech.empty()) with_tech.push_back(t);
    sweep(with_tech, [](const Test& t) -> const std::string& { return t.tech; }, clash_technician);

    // Two sites of one name in one group cannot be told apart in a list, a
    // speaker chooser or a call sheet.
    for (const auto& set : duplicate_site_names(p))
        for (std::size_t k = 1; k < set.size(); ++k)
            c.add(Sev::Warning, at("sites", set[k]) + ".name", "site.duplicate-name",
                  {site(sites[set[k]], set[k]), site(sites[set[0]], set[0])});
}

//-----------------------------------------------------------------------------
// [SECTION] Agenda
//-----------------------------------------------------------------------------

void check_agenda(const Plan& p, Collector& c) {
    const auto& slots = p.agenda;
    const auto& days = p.event.days;
    const bool many_days = days.size() > 1;
    struct Item { std::size_t idx; int day, start, end; };
    std::vector<Item> timed;
    timed.reserve(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const Slot& s = slots[i];
        std::string place = at("agenda", i);
        if (s.day < 0 || static_cast<std::size_t>(s.day) >= days.size()) {
            c.add(Sev::Error, place + ".day", "agenda.bad-day",
                  {slot(s), number(s.day + 1), number(static_cast<long long>(days.size()))});
            continue;
        }
        if (s.start == kNoTime) {
            // The slot's first content, when it has one, says which slot it is.
            if (s.items.empty() || blank(s.items[0].content))
                c.add(Sev::Warning, place + ".start", "agenda.no-time");
            else
                c.add(Sev::Warning, place + ".start", "agenda.no-time", {quote(s.items[0].content)});
            continue;
        }
        int end = s.end;
        if (end != kNoTime && end < s.start) {
            c.add(Sev::Error, place + ".end", "agenda.end-before-start", {slot(s)});
            end = s.start;
        }
        if (end == kNoTime) end = s.start;   // a point in time ("11h30 Bế mạc")
        timed.push_back({i, s.day, s.start, end});

        const EventDay& d = days[static_cast<std::size_t>(s.day)];
        // Registration may open before the conference starts (07h30 - 08h00).
        bool early = d.start != kNoTime && s.start < d.start && s.kind != SlotKind::Registration;
        bool late = d.end != kNoTime && (end > d.end || s.start > d.end);
        if (early || late) {
            std::string hours = format_time(d.start) + (d.end != kNoTime ? " - " + format_time(d.end) : std::string());
            // The day is named only when the event has several.
            std::vector<V> v{slot(s), as_text(hours)};
            if (many_days) v.push_back(day(d.date));
            c.add(Sev::Warning, place + (early ? ".start" : ".end"), "agenda.outside-hours", std::move(v));
        }
    }
    // Sort by (day, start) and sweep: each slot is compared with the earlier
    // slot that reaches furthest, which finds every overlap and every gap.
    std::sort(timed.begin(), timed.end(), [](const Item& a, const Item& b) {
        if (a.day != b.day) return a.day < b.day;
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end > b.end;
        return a.idx < b.idx;
    });
    const Item* reach = nullptr;
    for (const Item& t : timed) {
        if (reach && reach->day == t.day) {
            const Slot& s = slots[t.idx];
            const Slot& r = slots[reach->idx];
            bool point = t.end == t.start;
            bool overlap = point ? (t.start > reach->start && t.start < reach->end) ||
                                       (t.start == reach->start && reach->end > reach->start)
                                 : t.start < reach->end;
            // The day is named (last value) only when the event has several.
            if (overlap) {
                std::vector<V> v{slot(s), slot(r)};
                if (many_days) v.push_back(day(days[static_cast<std::size_t>(t.day)].date));
                c.add(Sev::Error, at("agenda", t.idx) + ".start", "agenda.overlap", std::move(v));
            } else if (t.start > reach->end) {
                std::vector<V> v{time_of(reach->end), time_of(t.start), slot(r), slot(s)};
                if (many_days) v.push_back(day(days[static_cast<std::size_t>(t.day)].date));
                c.add(Sev::Warning, at("agenda", t.idx) + ".start", "agenda.gap", std::move(v));
            }
        }
        if (!reach || reach->day != t.day || t.end > reach->end) reach = &t;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] References — ids that point nowhere after a delete, turns that overrun
//-----------------------------------------------------------------------------

void check_references(const Plan& p, Collector& c) {
    std::vector<std::string_view> groups, sites;
    for (const auto& g : p.site_groups) groups.push_back(g.id);
    for (const auto& s : p.sites) sites.push_back(s.id);
    std::sort(groups.begin(), groups.end());
    std::sort(sites.begin(), sites.end());
    auto known = [](const std::vector<std::string_view>& ids, std::string_view id) {
        return std::binary_search(ids.begin(), ids.end(), id);
    };
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        if (!s.group_id.empty() && !known(groups, s.group_id))
            c.add(Sev::Warning, at("sites", i) + ".group_id", "site.unknown-group", {site(s, i), as_text(s.group_id)});
    }
    for (std::size_t i = 0; i < p.agenda.size(); ++i) {
        const Slot& s = p.agenda[i];
        int total = 0;
        for (std::size_t k = 0; k < s.turns.size(); ++k) {
            const Turn& t = s.turns[k];
            total += std::max(0, t.minutes);
            if (!known(sites, t.site_id))
                c.add(Sev::Warning, at("agenda", i) + "." + at("turns", k) + ".site_id", "agenda.unknown-site",
                      {slot(s), number(static_cast<long long>(k + 1)), as_text(t.site_id)});
        }
        if (total > 0 && s.start != kNoTime && s.end != kNoTime && s.end > s.start && total > s.end - s.start)
            c.add(Sev::Warning, at("agenda", i) + ".turns", "agenda.turns-overrun",
                  {slot(s), number(s.end - s.start), number(total)});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Tasks
//-----------------------------------------------------------------------------

void check_tasks(const Plan& p, Collector& c) {
    auto last = last_event_day(p);
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        // Names and places are built only for a finding (5,000 tasks is a normal stress case).
        auto place_of = [&] { return at("tasks", i); };
        if (blank(t.content))
            c.add(Sev::Warning, place_of() + ".content", "task.content-empty", {task(t, i)});
        if (blank(t.lead))
            c.add(Sev::Warning, place_of() + ".lead", "task.no-lead", {task(t, i)});
        const Deadline& d = t.deadline;
        if (d.relative) {
            if (d.days_before_event < 0)
                c.add(Sev::Warning, place_of() + ".deadline", "task.deadline-after-event",
                      {task(t, i), number(-static_cast<long long>(d.days_before_event))});
        } else if (!d.date.empty()) {
            // "After the event" compares the deadline's last day (core/deadline.h):
            // "Trước ngày 1/9" for an event on 31/8 is in time.
            if (!valid_date(d.date))
                c.add(Sev::Error, place_of() + ".deadline", "task.deadline-invalid", {task(t, i), day(d.date)});
            else if (auto due = deadline_last_day(d, p); last && due && *last < *due)
                c.add(Sev::Warning, place_of() + ".deadline", "task.deadline-after-event",
                      {task(t, i), day(d.date), day(*last)});
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Print — sections the print leaves out, budget lines
//-----------------------------------------------------------------------------

// What the printed document would surprise its reader with: a numbered
// section with nothing under it is left off the paper (export_outline.h
// empty_sections), so the planner hears of it here first.  Only the
// outermost of nested empty headings is named.  A Kinh phí section left out
// because the plan has no budget lines is named as that instead (what a Văn
// phòng reviewer asks for), and budget lines that no section prints are named
// as well.  A plan with no Kinh phí section and no lines is not flagged: a
// school's own meeting often spends nothing.  Nor is a plan with nothing
// written under any heading yet.
void check_print(const Plan& p, Collector& c) {
    const std::vector<std::size_t> empty = outline::empty_sections(p);
    // A plan none of whose sections has anything yet (a blank plan being
    // started) is not about to be printed: naming every heading would only be noise.
    const auto headings = static_cast<std::size_t>(std::count_if(
        p.body.begin(), p.body.end(), [](const Block& b) { return b.kind == BlockKind::Heading; }));
    if (headings > 0 && empty.size() == headings) return;
    auto is_empty = [&](std::size_t i) { return std::binary_search(empty.begin(), empty.end(), i); };
    // The heading that encloses body[i] (the nearest one before it of a lower
    // level; for a non-heading block, of any level), or npos.
    auto enclosing = [&](std::size_t i) {
        const int level = p.body[i].kind == BlockKind::Heading ? p.body[i].level : 8;
        for (std::size_t j = i; j-- > 0;)
            if (p.body[j].kind == BlockKind::Heading && p.body[j].level < level) return j;
        return std::string::npos;
    };
    auto outermost = [&](std::size_t i) {
        for (std::size_t j = enclosing(i); j != std::string::npos && is_empty(j); j = enclosing(j)) i = j;
        return i;
    };
    std::vector<std::size_t> named;   // headings already named by a budget finding
    bool budget_insert = false;
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        const Block& b = p.body[i];
        if (b.kind != BlockKind::Insert || b.insert != InsertWhat::Budget) continue;
        budget_insert = true;
        const std::size_t h = enclosing(i);
        if (!p.budget.empty() || h == std::string::npos || !is_empty(h)) continue;
        c.add(Sev::Warning, at("body", h), "budget.no-lines", {quote(p.body[h].text)});
        named.push_back(outermost(h));
    }
    for (std::size_t i : empty) {
        if (outermost(i) != i || std::find(named.begin(), named.end(), i) != named.end()) continue;
        c.add(Sev::Warning, at("body", i), "body.section-empty", {quote(p.body[i].text)});
    }
    if (!budget_insert && !p.budget.empty())
        c.add(Sev::Warning, "budget", "budget.not-printed", {number(static_cast<long long>(p.budget.size()))});
}

// Section II written from the event, then by hand: it stays as written, and
// this names the event's facts the hand-written text no longer says.
void check_fact_texts(const Plan& p, Collector& c) {
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        const std::vector<std::string> missing = fact_disagreement(p, p.body[i]);
        if (missing.empty()) continue;
        std::string what;
        for (const std::string& m : missing) what += (what.empty() ? "" : ", ") + m;
        c.add(Sev::Warning, at("body", i) + ".body", "body.fact-differs", {quote(p.body[i].text), as_text(what)});
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Weekdays
//-----------------------------------------------------------------------------
// A weekday typed next to a date ("thứ Ba, ngày 31/8/2021", "ngày 27/10/2021
// (thứ Tư)") must agree with the calendar.  Only a weekday *next to* a date is
// read, and not after ordinal words ("lần thứ tư" = the fourth time), so
// ordinary text is never mistaken for a weekday.

struct Span { std::size_t begin, end; };
struct DateMention { Span span; Date date; };
struct WeekdayMention { Span span; int weekday; };

// Letters, digits and combining marks (Latin/Vietnamese range); punctuation
// such as – — ’ ” is above U+2000.
bool word_byte_at(const std::string& s, std::size_t i) {
    if (i >= s.size()) return false;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c >= 0xC3 && c <= 0xDF) return true;          // U+00C0..U+07FF: letters and marks
    if (c == 0xE1 && i + 1 < s.size()) {               // U+1E00..U+1EFF (Ạ…ỹ) and nearby
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        return d >= 0xB8 && d <= 0xBB;
    }
    return false;
}
// Start of the UTF-8 character before byte position i.
std::size_t prev_char(const std::string& s, std::size_t i) {
    if (i == 0) return 0;
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}
bool word_before(const std::string& s, std::size_t i) { return i > 0 && word_byte_at(s, prev_char(s, i)); }

// Lower case for NFC Latin/Vietnamese text that keeps every byte position
// (each letter it changes has upper and lower case of the same UTF-8 length),
// so spans found in the lowered text quote the original.  lower_vi() is the
// general function (full decomposition and recomposition); this one is a single
// byte pass, and the weekday scan runs over
// every text of the plan.  Text in NFD is not matched (plans are NFC).
void lower_same_length(std::string_view in, std::string& s) {
    s.assign(in.data(), in.size());   // reuses the caller's buffer
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') s[i] = static_cast<char>(c + 32);
            ++i;
        } else if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
            char32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            char32_t lo = cp;
            if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) lo = cp + 0x20;
            else if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && !(cp & 1)) lo = cp + 1;
            else if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && (cp & 1)) lo = cp + 1;
            else if (cp == 0x1A0 || cp == 0x1AF) lo = cp + 1;   // Ơ Ư
            if (lo != cp) {
                s[i] = static_cast<char>(0xC0 | (lo >> 6));
                s[i + 1] = static_cast<char>(0x80 | (lo & 0x3F));
            }
            i += 2;
        } else if (c == 0xE1 && i + 2 < s.size()) {
            char32_t cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                          (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
            if (((cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF)) && !(cp & 1)) {
                ++cp;   // same lead bytes: only the last byte changes
                s[i + 2] = static_cast<char>(0x80 | (cp & 0x3F));
            }
            i += 3;
        } else {
            ++i;
        }
    }

}

// The first-byte test keeps the per-byte scans below from calling memcmp at
// every position (it was most of validate()'s time on a large plan).
bool starts_at(const std::string& s, std::size_t i, std::string_view w) {
    return i < s.size() && s[i] == w[0] && s.compare(i, w.size(), w) == 0;
}

std::size_t skip_spaces(const std::string& s, std::size_t i) {
    for (;;) {
        if (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
        else if (starts_at(s, i, "\xC2\xA0")) i += 2;
        else return i;
    }
}

int digits_at(const std::string& s, std::size_t& i, int max) {
    int v = 0, n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (++n > max) return -1;
        v = v * 10 + (s[i] - '0');
        ++i;
    }
    return n ? v : -1;
}

// Dates in lower-cased text: "31/8/2021", "31-8-2021", "31.8.2021", "31/8"
// (year from context), "ngày 31 tháng 8 năm 2021", "ngày 31 tháng 8".
void find_dates(const std::string& s, int default_year, std::vector<DateMention>& out, std::vector<DateMention>* impossible) {
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        if (ch != 'n' && (ch < '0' || ch > '9')) continue;   // fast path: most bytes start nothing
        if (starts_at(s, i, "ngày") && !word_before(s, i)) {
            std::size_t j = skip_spaces(s, i + std::string_view("ngày").size());
            int d = digits_at(s, j, 2);
            if (d < 0) continue;
            std::size_t k = skip_spaces(s, j);
            if (!starts_at(s, k, "tháng")) continue;
            k = skip_spaces(s, k + std::string_view("tháng").size());
            int m = digits_at(s, k, 2);
            if (m < 0) continue;
            std::size_t end = k;
            int y = default_year;
            bool explicit_year = false;
            std::size_t n = skip_spaces(s, k);
            if (starts_at(s, n, "năm")) {
                std::size_t q = skip_spaces(s, n + std::string_view("năm").size());
                int yy = digits_at(s, q, 4);
                if (yy >= 1000) { y = yy; end = q; explicit_year = true; }
            }
            Date date{y, m, d};
            if (y > 0 && valid_date(date)) out.push_back({{i, end}, date});
            else if (explicit_year && impossible) impossible->push_back({{i, end}, date});
            i = end - 1;
            continue;
        }
        if (s[i] < '0' || s[i] > '9' || word_before(s, i)) continue;
        std::size_t j = i;
        int d = digits_at(s, j, 2);
        if (d < 0 || j >= s.size() || (s[j] != '/' && s[j] != '-' && s[j] != '.')) {
            while (i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') ++i;
            continue;
        }
        char sep = s[j++];
        int m = digits_at(s, j, 2);
        if (m < 0) continue;
        int y = -1;
        bool explicit_year = false;
        std::size_t end = j;
        if (j < s.size() && s[j] == sep) {
            std::size_t q = j + 1;
            int yy = digits_at(s, q, 4);
            if (yy >= 1000 && q - (j + 1) == 4 && !word_byte_at(s, q)) { y = yy; end = q; explicit_year = true; }
            else { i = j; continue; }    // "14/2020/TT-…": a document number, not a date
        } else {
            // Without a year only "31/8" counts, and only if it is not part of a longer token.
            if (sep != '/' || word_byte_at(s, j) || (j < s.size() && s[j] == '/')) { i = j - 1; continue; }
            y = default_year;
        }
        Date date{y, m, d};
        if (y > 0 && valid_date(date)) out.push_back({{i, end}, date});
        else if (explicit_year && impossible) impossible->push_back({{i, end}, date});
        i = end - 1;
    }

}

// Words after which "thứ …" is an ordinal, not a weekday.
bool ordinal_context(const std::string& s, std::size_t i) {
    static const char* const kWords[] = {"lần", "kỳ", "kì", "đợt", "khóa", "khoá", "phiên", "buổi", "tuần", "ngày",
                                         "người", "hạng", "vòng", "phần", "mục", "điều", "khoản", "quý", "đoạn",
                                         "tiết", "bước", "giải", "lớp", "năm", "tháng", "số"};
    std::size_t j = i;
    while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t')) --j;
    for (const char* w : kWords) {
        std::size_t n = std::char_traits<char>::length(w);
        if (j >= n && s.compare(j - n, n, w) == 0 && !word_before(s, j - n)) return true;
    }
    return false;
}

void find_weekdays(const std::string& s, std::vector<WeekdayMention>& out) {
    static const struct { const char* word; int wd; } kDays[] = {
        {"hai", 1}, {"ba", 2}, {"tư", 3}, {"năm", 4}, {"sáu", 5}, {"bảy", 6}, {"bẩy", 6},
        {"2", 1}, {"3", 2}, {"4", 3}, {"5", 4}, {"6", 5}, {"7", 6}};
    out.clear();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != 't' && s[i] != 'c') continue;            // fast path
        if (starts_at(s, i, "chủ nhật") && !word_before(s, i)) {
            std::size_t end = i + std::string_view("chủ nhật").size();
            if (!word_byte_at(s, end)) out.push_back({{i, end}, 0});
            continue;
        }
        if (!starts_at(s, i, "thứ") || word_before(s, i)) continue;
        std::size_t j = skip_spaces(s, i + std::string_view("thứ").size());
        if (j == i + std::string_view("thứ").size()) continue;   // "thứ" must be followed by a space
        for (const auto& d : kDays) {
            std::size_t n = std::char_traits<char>::length(d.word);
            if (starts_at(s, j, d.word) && !word_byte_at(s, j + n)) {
                if (!ordinal_context(s, i)) out.push_back({{i, j + n}, d.wd});
                break;
            }
        }
    }

}

// Only punctuation that ties a weekday to its date may stand between them.
bool joined(const std::string& s, std::size_t from, std::size_t to, bool allow_ngay) {
    std::size_t i = skip_spaces(s, from);
    for (const char* p : {",", "(", "-", "\xE2\x80\x93", "\xE2\x80\x94"})
        if (starts_at(s, i, p)) { i = skip_spaces(s, i + std::char_traits<char>::length(p)); break; }
    if (allow_ngay && starts_at(s, i, "ngày") && i != to) i = skip_spaces(s, i + std::string_view("ngày").size());
    return i == to;
}

template <class Place>
void check_weekday_text(const Place& place, const std::string& text, const std::string& low,
                        const std::vector<DateMention>& dates, std::vector<WeekdayMention>& weekdays, Collector& c) {
    find_weekdays(low, weekdays);
    const std::string& show = text;   // lower_same_length keeps byte positions
    for (const auto& w : weekdays) {
        const DateMention* hit = nullptr;
        // "ngày 27/10/2021 (thứ Tư)": the date just before the weekday.
        auto after = std::upper_bound(dates.begin(), dates.end(), w.span.begin,
                                      [](std::size_t v, const DateMention& d) { return v < d.span.end; });
        if (after != dates.begin() && joined(low, std::prev(after)->span.end, w.span.begin, false)) hit = &*std::prev(after);
        // "thứ Ba, ngày 31/8/2021": the date just after.
        if (!hit) {
            auto next = std::lower_bound(dates.begin(), dates.end(), w.span.end,
                                         [](const DateMention& d, std::size_t v) { return d.span.begin < v; });
            if (next != dates.end() && joined(low, w.span.end, next->span.begin, true)) hit = &*next;
        }
        if (!hit || weekday(hit->date) == w.weekday) continue;
        std::size_t b = std::min(w.span.begin, hit->span.begin), e = std::max(w.span.end, hit->span.end);
        if (show[b] == '(' ) ++b;
        std::string quote = show.substr(b, e - b);
        std::string typed = show.substr(w.span.begin, w.span.end - w.span.begin);
        V wd;
        wd.kind = V::Weekday;
        wd.number = weekday(hit->date);
        c.add(Sev::Error, place(), "text.weekday-mismatch", {as_text(quote), day(hit->date), wd, as_text(typed)});
    }
}

// Dates that do not exist ("ngày 31/2/2021") written in a text.
template <class Place>
void check_impossible_dates(const Place& place, const std::vector<DateMention>& bad, Collector& c) {
    for (const auto& d : bad) {
        // "1/25/2021" is a foreign (month-first) date or a reference, not a slip.
        if (d.date.m > 12 || d.date.d > 31) continue;
        c.add(Sev::Warning, place(), "text.invalid-date", {day(d.date)});
    }
}

// Every free text of the plan, with a function giving its place (built only
// when a finding needs it: a large plan has tens of thousands of texts).
template <class F>
void for_each_text(const Plan& p, F&& f) {
    const Header& h = p.header;
    f([&] { return std::string("header.title"); }, h.title);
    f([&] { return std::string("header.intro"); }, h.intro);
    f([&] { return std::string("header.closing"); }, h.closing);
    for (std::size_t i = 0; i < h.addressees.size(); ++i) f([&] { return "header." + at("addressees", i); }, h.addressees[i]);
    for (std::size_t i = 0; i < h.legal_basis.size(); ++i) f([&] { return "header." + at("legal_basis", i); }, h.legal_basis[i]);
    f([&] { return std::string("event.name"); }, p.event.name);
    f([&] { return std::string("event.duration_text"); }, p.event.duration_text);
    f([&] { return std::string("event.headcount_rule"); }, p.event.headcount_rule);
    for (std::size_t i = 0; i < p.event.tech_sessions.size(); ++i)
        f([&] { return "event." + at("tech_sessions", i) + ".label"; }, p.event.tech_sessions[i].label);
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        f([&] { return at("body", i) + ".text"; }, p.body[i].text);
        f([&] { return at("body", i) + ".body"; }, p.body[i].body);
    }
    for (std::size_t i = 0; i < p.site_groups.size(); ++i) {
        const auto& g = p.site_groups[i];
        f([&] { return at("site_groups", i) + ".participants"; }, g.participants);
        f([&] { return at("site_groups", i) + ".rules"; }, g.rules);
        f([&] { return at("site_groups", i) + ".budget"; }, g.budget);
    }
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        f([&] { return at("sites", i) + ".participants"; }, p.sites[i].participants);
        f([&] { return at("sites", i) + ".notes"; }, p.sites[i].notes);
    }
    for (std::size_t i = 0; i < p.agenda.size(); ++i)
        for (std::size_t k = 0; k < p.agenda[i].items.size(); ++k) {
            f([&] { return at("agenda", i) + "." + at("items", k) + ".content"; }, p.agenda[i].items[k].content);
            f([&] { return at("agenda", i) + "." + at("items", k) + ".performer"; }, p.agenda[i].items[k].performer);
        }
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        f([&] { return at("tasks", i) + ".content"; }, p.tasks[i].content);
        f([&] { return at("tasks", i) + ".note"; }, p.tasks[i].note);
    }
    for (std::size_t i = 0; i < p.duties.size(); ++i) {
        f([&] { return at("duties", i) + ".lead_in"; }, p.duties[i].lead_in);
        for (std::size_t k = 0; k < p.duties[i].items.size(); ++k) f([&] { return at("duties", i) + "." + at("items", k); }, p.duties[i].items[k]);
        f([&] { return at("duties", i) + ".note"; }, p.duties[i].note);
    }
    for (std::size_t i = 0; i < p.budget.size(); ++i) f([&] { return at("budget", i) + ".text"; }, p.budget[i].text);
    for (std::size_t i = 0; i < p.contacts.size(); ++i) f([&] { return at("contacts", i) + ".purpose"; }, p.contacts[i].purpose);
}

void check_texts(const Plan& p, Collector& c) {
    int year = 0;
    if (auto first = first_event_day(p)) year = first->y;
    else if (p.header.date.y > 0) year = p.header.date.y;
    // Buffers reused across texts: a large plan has tens of thousands of them,
    // and allocation is what costs most in WebAssembly.
    std::string low;
    std::vector<DateMention> dates, impossible;
    std::vector<WeekdayMention> weekdays;
    for_each_text(p, [&](const auto& place, const std::string& text) {
        // One cheap pass first: most texts have no date, and no "thứ"/"chủ".
        bool has_date = false, has_weekday = false;
        const std::size_t n = text.size();
        for (std::size_t i = 0; i < n; ++i) {
            const auto b = static_cast<unsigned char>(text[i]);
            if (b == '/') has_date = true;
            else if (b == 0xC3 && i + 1 < n && (text[i + 1] == '\xA1' || text[i + 1] == '\x81')) has_date = true;  // á Á (tháng)
            else if (b == 0xE1 && i + 2 < n && text[i + 1] == '\xBB' &&
                     static_cast<unsigned char>(text[i + 2]) >= 0xA6 && static_cast<unsigned char>(text[i + 2]) <= 0xA9)
                has_weekday = true;                                                                               // ủ Ủ ứ Ứ
        }
        if (!has_date) return;
        lower_same_length(text, low);
        impossible.clear();
        find_dates(low, year, dates, &impossible);
        if (has_weekday && !dates.empty()) check_weekday_text(place, text, low, dates, weekdays, c);
        check_impossible_dates(place, impossible, c);
    });
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] validate()
//-----------------------------------------------------------------------------

std::vector<Finding> validate(const Plan& plan) {
    Collector c;
    check_header(plan, c);
    check_event(plan, c);
    check_sites(plan, c);
    check_agenda(plan, c);
    check_references(plan, c);
    check_tasks(plan, c);
    check_print(plan, c);
    check_fact_texts(plan, c);
    check_texts(plan, c);
    std::stable_sort(c.out.begin(), c.out.end(),
                     [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    return std::move(c.out);
}

bool has_errors(const std::vector<Finding>& findings) {
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Finding::Error; });
}

const std::vector<const char*>& finding_codes() {
    static const std::vector<const char*> codes = {
        "header.issuing-body-empty", "header.place-empty", "header.title-empty", "header.number-blank",
        "header.code-empty", "header.date-invalid", "header.date-after-event", "header.date-day-blank",
        "header.date-incomplete", "signer.title-empty", "signer.name-empty",
        "event.no-days", "event.day-missing", "event.day-invalid", "event.no-start", "event.end-before-start",
        "tech.date-invalid", "tech.after-event", "tech.end-before-start",
        "site.many-central", "site.no-central", "site.name-empty", "site.headcount-negative",
        "site.headcount-over-limit", "site.test-date-invalid", "site.test-after-event", "site.test-end-before-start",
        "site.test-clash-central", "site.test-clash-technician", "site.unknown-group", "site.duplicate-name",
        "agenda.bad-day", "agenda.no-time", "agenda.end-before-start", "agenda.outside-hours", "agenda.overlap",
        "agenda.gap", "agenda.unknown-site", "agenda.turns-overrun",
        "task.content-empty", "task.no-lead", "task.deadline-after-event", "task.deadline-invalid",
        "text.weekday-mismatch", "text.invalid-date", "body.section-empty", "budget.no-lines", "budget.not-printed",
        "body.fact-differs",
    };
    return codes;
}

}  // namespace dc
