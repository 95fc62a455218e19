// finding_text.cpp — findings worded from the strings table (see finding_text.h).
//
// Each code's sentence is one key, find_<code> ('.' and '-' as '_'), taking the
// finding's values in the order validate.cpp lists them; a few codes choose
// between two sentences on a value (a công văn's title, a month that does not
// exist, a slot that has content) or take an optional day (events of several
// days).  The values are worded here: a site without a name is "điểm cầu số 3",
// a date "31/8/2021", a weekday "thứ Ba" / "Tuesday (thứ Ba)".
#include "ui/checks/finding_text.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/datetime.h"

namespace dc::ui {

namespace {

using V = FindingValue;

// One value in words.  `start` = it opens the sentence (capital letter).
std::string word(const V& v, Lang lang, bool start = false) {
    switch (v.kind) {
        case V::Text: return v.text;
        case V::Quote: return fmt_in(lang, K::find_quoted, v.text.c_str());
        case V::Number: return std::to_string(v.number);
        case V::Day: return format_date(v.date);
        case V::Weekday: {
            const Date sunday{2023, 1, 1};   // any Sunday: the weekday's name comes from datetime.h
            const Date d = add_days(sunday, v.number);
            return lang == Lang::En ? weekday_en(d) + " (" + weekday_vi(d) + ")" : weekday_vi(d);
        }
        case V::Site:
            if (!v.text.empty()) return v.text;
            return fmt_in(lang, start ? K::find_site_no_cap : K::find_site_no, v.number);
        case V::Session:
            return v.text.empty() ? std::string(tr(K::find_session, lang)) : fmt_in(lang, K::find_quoted, v.text.c_str());
        case V::Task:
            return v.text.empty() ? fmt_in(lang, K::find_task_no, v.number)
                                  : fmt_in(lang, K::find_task_named, v.number, v.text.c_str());
    }
    return v.text;
}

// The wording of one finding: the key and the values as printf arguments.
struct Worded {
    K key;
    std::vector<std::string> s;   // the %s values, in order
    std::vector<int> d;           // the %d values, in order
    bool ok = true;
};

// " ngày 31/8/2021" when the finding has its optional day at `i`, else "".
std::string on_day(const Finding& f, std::size_t i, Lang lang) {
    return i < f.values.size() ? fmt_in(lang, K::find_on_day, format_date(f.values[i].date).c_str()) : std::string();
}

int num(const Finding& f, std::size_t i) { return i < f.values.size() ? f.values[i].number : 0; }

// The key for f, or false when the code has no words.
bool key_of(const Finding& f, K& key) {
    struct Entry { const char* code; K key; };
    static const Entry kKeys[] = {
        {"header.issuing-body-empty", K::find_header_issuing_body_empty},
        {"header.place-empty", K::find_header_place_empty},
        {"header.title-empty", K::find_header_title_empty},
        {"header.number-blank", K::find_header_number_blank},
        {"header.code-empty", K::find_header_code_empty},
        {"header.date-invalid", K::find_header_date_invalid},
        {"header.date-after-event", K::find_header_date_after_event},
        {"header.date-day-blank", K::find_header_date_day_blank},
        {"header.date-incomplete", K::find_header_date_incomplete},
        {"signer.title-empty", K::find_signer_title_empty},
        {"signer.name-empty", K::find_signer_name_empty},
        {"event.no-days", K::find_event_no_days},
        {"event.day-missing", K::find_event_day_missing},
        {"event.day-invalid", K::find_event_day_invalid},
        {"event.no-start", K::find_event_no_start},
        {"event.end-before-start", K::find_event_end_before_start},
        {"tech.date-invalid", K::find_tech_date_invalid},
        {"tech.after-event", K::find_tech_after_event},
        {"tech.end-before-start", K::find_tech_end_before_start},
        {"site.many-central", K::find_site_many_central},
        {"site.no-central", K::find_site_no_central},
        {"site.name-empty", K::find_site_name_empty},
        {"site.headcount-negative", K::find_site_headcount_negative},
        {"site.headcount-over-limit", K::find_site_headcount_over_limit},
        {"site.test-date-invalid", K::find_site_test_date_invalid},
        {"site.test-after-event", K::find_site_test_after_event},
        {"site.test-end-before-start", K::find_site_test_end_before_start},
        {"site.test-clash-central", K::find_site_test_clash_central},
        {"site.test-clash-technician", K::find_site_test_clash_technician},
        {"site.unknown-group", K::find_site_unknown_group},
        {"site.duplicate-name", K::find_site_duplicate_name},
        {"agenda.bad-day", K::find_agenda_bad_day},
        {"agenda.no-time", K::find_agenda_no_time},
        {"agenda.end-before-start", K::find_agenda_end_before_start},
        {"agenda.outside-hours", K::find_agenda_outside_hours},
        {"agenda.overlap", K::find_agenda_overlap},
        {"agenda.gap", K::find_agenda_gap},
        {"agenda.unknown-site", K::find_agenda_unknown_site},
        {"agenda.turns-overrun", K::find_agenda_turns_overrun},
        {"task.content-empty", K::find_task_content_empty},
        {"task.no-lead", K::find_task_no_lead},
        {"task.deadline-after-event", K::find_task_deadline_after_event},
        {"task.deadline-invalid", K::find_task_deadline_invalid},
        {"text.weekday-mismatch", K::find_text_weekday_mismatch},
        {"text.invalid-date", K::find_text_invalid_date},
        {"body.section-empty", K::find_body_section_empty},
        {"budget.no-lines", K::find_budget_no_lines},
        {"budget.not-printed", K::find_budget_not_printed},
        {"body.fact-differs", K::find_body_fact_differs},
    };
    for (const Entry& e : kKeys)
        if (f.code == e.code) { key = e.key; return true; }
    return false;
}

}  // namespace

bool finding_has_words(const std::string& code) {
    Finding f;
    f.code = code;
    K key;
    return key_of(f, key);
}

std::string finding_text(const Finding& f, Lang lang) {
    K key;
    if (!key_of(f, key)) return fmt_in(lang, K::find_unknown, f.code.c_str());
    const auto& v = f.values;
    auto w = [&](std::size_t i, bool start = false) { return i < v.size() ? word(v[i], lang, start) : std::string(); };
    auto c = [](const std::string& s) { return s.c_str(); };
    // The sentences that choose on a value or take an optional day; the rest
    // take their values in order, by how many %s they have.
    switch (key) {
        case K::find_header_title_empty:
            return tr(num(f, 0) ? K::find_header_title_empty_cong_van : key, lang);
        case K::find_header_number_blank:
            return tr(f.severity == Finding::Info ? K::find_header_number_blank_cong_van : key, lang);
        case K::find_header_date_invalid:
            if (!v.empty() && v[0].date.d == 0) return fmt_in(lang, K::find_header_date_invalid_month, v[0].date.m);
            return fmt_in(lang, key, c(w(0)));
        case K::find_header_date_day_blank:
            return tr(!v.empty() && v[0].date.empty() ? K::find_header_date_all_blank : key, lang);
        case K::find_site_headcount_over_limit:
            return fmt_in(lang, key, c(w(0, true)), num(f, 1), num(f, 2));
        case K::find_agenda_bad_day:
            return fmt_in(lang, key, c(w(0)), num(f, 1), num(f, 2));
        case K::find_agenda_no_time:
            return v.empty() ? std::string(tr(key, lang)) : fmt_in(lang, K::find_agenda_no_time_named, c(w(0)));
        case K::find_agenda_outside_hours:
            return fmt_in(lang, key, c(w(0)), c(w(1)), c(on_day(f, 2, lang)));
        case K::find_agenda_overlap:
            return fmt_in(lang, key, c(w(0)), c(w(1)), c(on_day(f, 2, lang)));
        case K::find_agenda_gap:
            return fmt_in(lang, key, c(w(0)), c(w(1)), c(on_day(f, 4, lang)), c(w(2)), c(w(3)));
        case K::find_agenda_unknown_site:
            return fmt_in(lang, key, c(w(0)), num(f, 1), c(w(2)));
        case K::find_agenda_turns_overrun:
            return fmt_in(lang, key, c(w(0)), num(f, 1), num(f, 2));
        case K::find_budget_not_printed:
            return fmt_in(lang, key, num(f, 0));
        case K::find_task_deadline_after_event:
            if (v.size() == 2) return fmt_in(lang, K::find_task_deadline_after_event_days, c(w(0, true)), num(f, 1));
            return fmt_in(lang, key, c(w(0, true)), c(w(1)), c(w(2)));
        default: break;
    }
    // Every value a %s, in order (the first opens the sentence when the
    // pattern starts with it).
    std::vector<std::string> s;
    const bool starts = std::strncmp(tr(key, lang), "%s", 2) == 0;
    for (std::size_t i = 0; i < v.size(); ++i) s.push_back(w(i, starts && i == 0));
    while (s.size() < 7) s.emplace_back();
    return fmt_in(lang, key, c(s[0]), c(s[1]), c(s[2]), c(s[3]), c(s[4]), c(s[5]), c(s[6]));
}

const char* severity_word(Finding::Severity s, Lang lang) {
    switch (s) {
        case Finding::Error: return tr(K::find_sev_error, lang);
        case Finding::Warning: return tr(K::find_sev_warning, lang);
        default: return tr(K::find_sev_note, lang);
    }
}

}  // namespace dc::ui
