// shift.cpp — see shift.h.
//
// [SECTION] Dates inside texts
// [SECTION] Whole plan
#include "core/shift.h"

#include <cctype>
#include <set>

#include "core/datetime.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Dates inside texts
//-----------------------------------------------------------------------------

namespace {
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Weekday names indexed 0 = Sunday (29/8/2021 was a Sunday).
std::string weekday_name(int k) { return weekday_vi(add_days(Date{2021, 8, 29}, k)); }

// Is `s` a weekday name (any case, any tone placement)?
bool is_weekday(const std::string& s) {
    const std::string f = fold_for_search(s);
    for (int k = 0; k < 7; ++k)
        if (f == fold_for_search(weekday_name(k))) return true;
    return false;
}

// The new weekday name written in the case of the old one ("Thứ Tư" / "thứ Tư").
std::string weekday_like(const std::string& old, const Date& d) {
    std::string w = weekday_vi(d);
    const bool upper_first = !old.empty() && std::isupper(static_cast<unsigned char>(old[0]));
    if (!w.empty()) w[0] = static_cast<char>(upper_first ? std::toupper(static_cast<unsigned char>(w[0]))
                                                           : std::tolower(static_cast<unsigned char>(w[0])));
    return w;
}

std::string pad_like(int v, std::size_t width) {
    std::string s = std::to_string(v);
    while (s.size() < width) s = "0" + s;
    return s;
}

// Reads d{1,2} sep m{1,2} sep yyyy at i; sets the end and the parts.
bool read_date(const std::string& t, std::size_t i, std::size_t& end, Date& d, char& sep, std::size_t& dw,
               std::size_t& mw) {
    auto number = [&](std::size_t& k, std::size_t minw, std::size_t maxw, int& v) {
        std::size_t s = k;
        v = 0;
        while (k < t.size() && digit(t[k]) && k - s < maxw) v = v * 10 + (t[k++] - '0');
        return k - s >= minw && !(k < t.size() && digit(t[k]));
    };
    std::size_t k = i;
    int dd, mm, yy;
    if (!number(k, 1, 2, dd)) return false;
    dw = k - i;
    if (k >= t.size() || (t[k] != '/' && t[k] != '.' && t[k] != '-')) return false;
    sep = t[k++];
    const std::size_t ms = k;
    if (!number(k, 1, 2, mm)) return false;
    mw = k - ms;
    if (k >= t.size() || t[k] != sep) return false;
    ++k;
    if (!number(k, 4, 4, yy)) return false;
    d = Date{yy, mm, dd};
    end = k;
    return valid_date(d);
}
}  // namespace

int shift_dates_in_text(std::string& t, int days, const std::function<bool(const Date&)>& moves) {
    int count = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!digit(t[i]) || (i > 0 && (digit(t[i - 1]) || t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == '-')))
            continue;
        std::size_t end, dw, mw;
        Date d;
        char sep;
        if (!read_date(t, i, end, d, sep, dw, mw) || !moves(d)) continue;
        const Date nd = add_days(d, days);
        // Zero padding as written: "05/01/2022" stays padded, "27/10/2021" → "4/11/2021".
        const bool dpad = dw == 2 && t[i] == '0', mpad = mw == 2 && t[i + dw + 1] == '0';
        const std::string text_date =
            pad_like(nd.d, dpad ? 2 : 1) + sep + pad_like(nd.m, mpad ? 2 : 1) + sep + std::to_string(nd.y);

        // "… 27/10/2021 (thứ Tư)": weekday in parentheses right after.
        std::size_t k = end;
        while (k < t.size() && t[k] == ' ') ++k;
        if (k < t.size() && t[k] == '(') {
            const std::size_t close = t.find(')', k);
            if (close != std::string::npos && close - k <= 24) {
                const std::string inner = t.substr(k + 1, close - k - 1);
                if (is_weekday(inner)) t.replace(k + 1, inner.size(), weekday_like(inner, nd));
            }
        }
        t.replace(i, end - i, text_date);
        std::size_t next = i + text_date.size();

        // "thứ Ba, ngày 31/8/2021" / "thứ Ba ngày …": weekday right before.
        std::size_t p = i;
        for (const char* w : {"ngày ", "Ngày "}) {
            const std::size_t n = std::string(w).size();
            if (p >= n && t.compare(p - n, n, w) == 0) {
                p -= n;
                break;
            }
        }
        while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == ',')) --p;
        for (int wk = 0; wk < 7; ++wk) {
            const std::string name = weekday_name(wk);   // 2–3 words: "thứ Hai", "Chủ nhật"
            if (p < name.size()) continue;
            const std::string before = t.substr(p - name.size(), name.size());
            if (fold_for_search(before) == fold_for_search(name)) {
                const std::string repl = weekday_like(before, nd);
                t.replace(p - name.size(), name.size(), repl);
                next += repl.size() - name.size();
                break;
            }
        }
        ++count;
        i = next - 1;
    }
    return count;
}

//-----------------------------------------------------------------------------
// [SECTION] Whole plan
//-----------------------------------------------------------------------------

bool shifted_plan(const Plan& plan, const Date& new_first_day, const ShiftOptions& opt, Plan* out,
                  ShiftReport* report) {
    if (plan.event.days.empty() || !valid_date(plan.event.days[0].date) || !valid_date(new_first_day)) return false;
    Plan p = plan;
    ShiftReport r;
    r.days = days_between(plan.event.days[0].date, new_first_day);
    const int n = r.days;

    std::set<std::int64_t> moving;   // event dates as they were, for the texts
    for (auto& d : p.event.days)
        if (valid_date(d.date)) {
            moving.insert(to_days(d.date));
            d.date = add_days(d.date, n);
            ++r.event_days;
        }
    for (auto& s : p.event.tech_sessions)
        if (valid_date(s.date)) {
            moving.insert(to_days(s.date));
            s.date = add_days(s.date, n);
            ++r.tech_sessions;
        }
    for (auto& t : p.tasks)
        if (!t.deadline.relative && valid_date(t.deadline.date)) {
            t.deadline.date = add_days(t.deadline.date, n);
            ++r.deadlines;
        }
    for (auto& s : p.sites)
        if (valid_date(s.test_date)) {
            s.test_date = add_days(s.test_date, n);
            ++r.site_tests;
        }
    if (opt.header_date && valid_date(p.header.date)) {
        p.header.date = add_days(p.header.date, n);
        r.header_date = true;
    }
    if (opt.texts && n != 0) {
        const auto moves = [&](const Date& d) { return moving.count(to_days(d)) > 0; };
        auto fix = [&](std::string& s) { r.text_dates += shift_dates_in_text(s, n, moves); };
        fix(p.header.title);
        fix(p.header.intro);
        fix(p.header.closing);
        fix(p.event.name);
        fix(p.event.headcount_rule);
        for (auto& s : p.event.tech_sessions) fix(s.label);
        for (auto& b : p.body) {
            fix(b.text);
            fix(b.body);
        }
        for (auto& g : p.site_groups) {
            fix(g.participants);
            fix(g.rules);
        }
        for (auto& s : p.agenda)
            for (auto& it : s.items) fix(it.content);
        for (auto& t : p.tasks) {
            fix(t.content);
            fix(t.note);
        }
        for (auto& d : p.duties) {
            fix(d.lead_in);
            for (auto& it : d.items) fix(it);
            fix(d.note);
        }
        for (auto& c : p.contacts) fix(c.purpose);
    }
    const std::string a = std::to_string(n < 0 ? -n : n);
    r.summary_vi = std::string(n < 0 ? "Đã đưa kế hoạch sớm " : "Đã dời kế hoạch ") + a + " ngày: " +
                   std::to_string(r.event_days) + " ngày hội nghị, " + std::to_string(r.tech_sessions) +
                   " buổi kỹ thuật, " + std::to_string(r.deadlines) + " thời hạn, " + std::to_string(r.site_tests) +
                   " lịch kiểm tra, " + std::to_string(r.text_dates) + " ngày ghi trong văn bản" +
                   (r.header_date ? ", ngày ban hành." : ".");
    r.summary_en = std::string("Moved the plan ") + a + (n < 0 ? " days earlier: " : " days later: ") +
                   std::to_string(r.event_days) + " event days, " + std::to_string(r.tech_sessions) +
                   " technical sessions, " + std::to_string(r.deadlines) + " deadlines, " +
                   std::to_string(r.site_tests) + " test slots, " + std::to_string(r.text_dates) +
                   " dates in texts" + (r.header_date ? ", the document date." : ".");
    *out = std::move(p);
    if (report) *report = r;
    return true;
}

bool shift_plan_to(Editor& ed, const Date& new_first_day, const ShiftOptions& opt, ShiftReport* report) {
    Plan moved;
    if (!shifted_plan(ed.plan(), new_first_day, opt, &moved, report)) return false;
    ed.apply_bulk("Dời kế hoạch sang ngày " + format_date(new_first_day), std::move(moved));
    return true;
}

}  // namespace dc
