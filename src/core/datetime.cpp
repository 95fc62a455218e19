// datetime.cpp — dates, times and weekdays in Vietnamese official style (see datetime.h).
//
// [SECTION] Civil days   — Howard Hinnant's date library does the calendar arithmetic
// [SECTION] Weekdays
// [SECTION] Formatting   — body dates, the header date line, agenda times
// [SECTION] Scanning     — a tiny cursor over NFC, lower-cased text
// [SECTION] Parsing      — times, time ranges, dates
#include "core/datetime.h"

#include <date/date.h>

#include <cstdio>

#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Civil days
//-----------------------------------------------------------------------------

namespace {
date::year_month_day to_ymd(const Date& d) {
    return date::year{d.y} / date::month{static_cast<unsigned>(d.m)} / date::day{static_cast<unsigned>(d.d)};
}
}  // namespace

bool is_leap_year(int y) { return date::year{y}.is_leap(); }

int days_in_month(int y, int m) {
    if (m < 1 || m > 12) return 0;
    return static_cast<int>(static_cast<unsigned>(
        (date::year{y} / date::month{static_cast<unsigned>(m)} / date::last).day()));
}

bool valid_date(const Date& d) {
    // Years outside 1..9999 are typing mistakes in this domain, and keep the
    // arithmetic far from the library's limits.
    if (d.y < 1 || d.y > 9999 || d.m < 1 || d.m > 12 || d.d < 1) return false;
    return d.d <= days_in_month(d.y, d.m);
}

std::int64_t to_days(const Date& d) {
    return date::sys_days{to_ymd(d)}.time_since_epoch().count();
}

Date from_days(std::int64_t days) {
    date::year_month_day ymd{date::sys_days{date::days{days}}};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date add_days(const Date& d, int n) {
    if (!valid_date(d)) return d;    // a blank or impossible date stays as written
    return from_days(to_days(d) + n);
}

int days_between(const Date& from, const Date& to) {
    return static_cast<int>(to_days(to) - to_days(from));
}

//-----------------------------------------------------------------------------
// [SECTION] Weekdays
//-----------------------------------------------------------------------------

int weekday(const Date& d) {
    if (!valid_date(d)) return -1;
    return static_cast<int>(date::weekday{date::sys_days{to_ymd(d)}}.c_encoding());
}

std::string weekday_vi(const Date& d) {
    static const char* const kNames[] = {"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư",
                                         "thứ Năm", "thứ Sáu", "thứ Bảy"};
    int w = weekday(d);
    return w < 0 ? std::string() : kNames[w];
}

std::string weekday_en(const Date& d) {
    static const char* const kNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                         "Thursday", "Friday", "Saturday"};
    int w = weekday(d);
    return w < 0 ? std::string() : kNames[w];
}

//-----------------------------------------------------------------------------
// [SECTION] Formatting
//-----------------------------------------------------------------------------

namespace {
// Decree 30/2020 rule for the date line: the day is zero-padded below 10, the
// month only for 1 and 2 (so "tháng 01", "tháng 02", but "tháng 3").
std::string pad_day(int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", d);
    return buf;
}
std::string pad_month(int m) {
    char buf[16];
    std::snprintf(buf, sizeof buf, m <= 2 ? "%02d" : "%d", m);
    return buf;
}
// A blank part of the date line leaves room to write it by hand after signing.
const char kBlankPart[] = "  ";
}  // namespace

std::string format_date(const Date& d) {
    auto part = [](int v) { return v ? std::to_string(v) : std::string("…"); };
    return part(d.d) + "/" + part(d.m) + "/" + part(d.y);
}

std::string format_date_iso(const Date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
    return buf;
}

std::string format_date_words(const Date& d) {
    std::string out = "ngày ";
    out += d.d ? pad_day(d.d) : kBlankPart;
    out += " tháng ";
    out += d.m ? pad_month(d.m) : kBlankPart;
    out += " năm ";
    out += d.y ? std::to_string(d.y) : kBlankPart;
    return out;
}

std::string format_date_line(std::string_view place, const Date& d) {
    std::string out;
    if (!place.empty()) {
        out.append(place);
        out += ", ";
    }
    return out + format_date_words(d);
}

std::string format_time(int minutes) {
    if (minutes < 0 || minutes >= 24 * 60) return std::string();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02dh%02d", minutes / 60, minutes % 60);
    return buf;
}

std::string format_time_range(int start, int end) {
    if (end == kNoTime || end == start) return format_time(start);
    if (start == kNoTime) return format_time(end);
    return format_time(start) + " - " + format_time(end);
}

std::string format_time_formal(int minutes) {
    if (minutes < 0 || minutes >= 24 * 60) return std::string();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d giờ %02d phút", minutes / 60, minutes % 60);
    return buf;
}

//-----------------------------------------------------------------------------
// [SECTION] Scanning
//-----------------------------------------------------------------------------

namespace {

// Input is first normalised (NFC, lower case) so "8 GIỜ", "8 giờ" typed in NFD
// and "8H00" all look the same; then a cursor walks it.
struct Cursor {
    std::string s;
    std::size_t i = 0;

    bool at_end() const { return i >= s.size(); }
    bool starts(std::string_view w) const { return s.compare(i, w.size(), w) == 0; }
    bool eat(std::string_view w) {
        if (!starts(w)) return false;
        i += w.size();
        return true;
    }
    void skip_spaces() {
        for (;;) {
            if (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
            else if (eat("\xC2\xA0")) {}            // no-break space from Word
            else if (eat("\xE2\x80\xAF")) {}        // narrow no-break space
            else break;
        }
    }
    // 1..max_digits decimal digits; -1 if none.
    int number(int max_digits, int* count = nullptr) {
        int v = 0, n = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && n < max_digits) {
            v = v * 10 + (s[i] - '0');
            ++i;
            ++n;
        }
        if (i < s.size() && s[i] >= '0' && s[i] <= '9') return -1;   // too many digits
        if (count) *count = n;
        return n ? v : -1;
    }
};

Cursor make_cursor(std::string_view s) {
    Cursor c;
    c.s = lower_vi(nfc(s));
    c.skip_spaces();
    return c;
}

// Apostrophes written after minutes: "7h30’", "08h00'", "8h30′".
bool eat_minute_mark(Cursor& c) {
    return c.eat("'") || c.eat("\xE2\x80\x99") || c.eat("\xE2\x80\xB2");
}

// Parses one time at the cursor; leaves the cursor after it.
std::optional<int> time_at(Cursor& c) {
    int hour_digits = 0;
    int h = c.number(2, &hour_digits);
    if (h < 0) return std::nullopt;
    int m = 0;
    std::size_t save = c.i;
    c.skip_spaces();
    if (c.eat("giờ")) {                         // "8 giờ", "8 giờ 30", "8 giờ 30 phút"
        std::size_t after_gio = c.i;
        c.skip_spaces();
        int digits = 0;
        int mm = c.number(2, &digits);
        if (mm >= 0) {
            m = mm;
            std::size_t after_min = c.i;
            c.skip_spaces();
            if (!c.eat("phút")) c.i = after_min;
        } else {
            c.i = after_gio;
        }
    } else {
        c.i = save;
        if (c.eat("h") || c.eat("g")) {          // "08h00", "8h", "8g30"
            int digits = 0;
            std::size_t before = c.i;
            int mm = c.number(2, &digits);
            if (mm >= 0) {
                if (digits != 2) return std::nullopt;   // "8h5" is ambiguous
                m = mm;
                if (!eat_minute_mark(c)) {
                    std::size_t after_min = c.i;
                    c.skip_spaces();
                    if (!c.eat("phút") && !c.eat("p")) c.i = after_min;
                }
            } else {
                c.i = before;
            }
        } else if (c.eat(":")) {                 // "8:00"
            int digits = 0;
            int mm = c.number(2, &digits);
            if (mm < 0 || digits != 2) return std::nullopt;
            m = mm;
        } else {
            return std::nullopt;                  // a bare number is not a time
        }
    }
    if (h > 23 || m > 59) return std::nullopt;    // 25h00, 8h61
    return h * 60 + m;
}

// Part of the day written after a time: "2 giờ chiều" = 14h00, "12 giờ trưa",
// "7h tối".  Returns the time moved to 24-hour form, or nullopt when the pair
// is impossible ("15h sáng").  No word: the time unchanged.
enum class Period { None, Morning, Noon, Afternoon, Evening };

Period eat_period(Cursor& c) {
    std::size_t save = c.i;
    c.skip_spaces();
    if (c.eat("sáng")) return Period::Morning;
    if (c.eat("trưa")) return Period::Noon;
    if (c.eat("chiều")) return Period::Afternoon;
    if (c.eat("tối")) return Period::Evening;
    c.i = save;
    return Period::None;
}

std::optional<int> apply_period(int minutes, Period p) {
    int h = minutes / 60;
    switch (p) {
        case Period::None: return minutes;
        case Period::Morning: if (h > 12) return std::nullopt; return minutes;          // "12h sáng" is rare; keep 12h
        case Period::Noon: if (h >= 11 && h <= 12) return minutes;                      // "11h30 trưa", "12h trưa"
                           if (h >= 1 && h <= 2) return minutes + 12 * 60;              // "1h trưa" = 13h00
                           return std::nullopt;
        case Period::Afternoon: if (h >= 1 && h <= 6) return minutes + 12 * 60;         // "2 giờ chiều" = 14h00
                                if (h >= 12 && h <= 18) return minutes;                  // "14h chiều": already 24-hour
                                return std::nullopt;
        case Period::Evening: if (h >= 6 && h <= 11) return minutes + 12 * 60;           // "7h tối" = 19h00
                              if (h >= 18 && h <= 23) return minutes;
                              return std::nullopt;
    }
    return std::nullopt;
}

bool eat_range_separator(Cursor& c) {
    c.skip_spaces();
    bool ok = c.eat("-") || c.eat("\xE2\x80\x93") /* – */ || c.eat("\xE2\x80\x94") /* — */ ||
              c.eat("\xE2\x80\x90") /* ‐ */ || c.eat("\xE2\x80\x91") /* ‑ */ || c.eat("đến") ||
              c.eat("tới") || c.eat("~");
    c.skip_spaces();
    return ok;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Parsing
//-----------------------------------------------------------------------------

std::optional<int> parse_time(std::string_view s) {
    Cursor c = make_cursor(s);
    c.eat("lúc");
    c.skip_spaces();
    auto t = time_at(c);
    if (!t) return std::nullopt;
    t = apply_period(*t, eat_period(c));
    c.skip_spaces();
    if (!t || !c.at_end()) return std::nullopt;
    return t;
}

std::optional<std::pair<int, int>> parse_time_range(std::string_view s) {
    Cursor c = make_cursor(s);
    if (c.eat("từ")) c.skip_spaces();
    auto a = time_at(c);
    if (!a) return std::nullopt;
    Period pa = eat_period(c);
    c.skip_spaces();
    if (c.at_end()) {
        a = apply_period(*a, pa);
        if (!a) return std::nullopt;
        return std::make_pair(*a, *a);
    }
    if (!eat_range_separator(c)) return std::nullopt;
    auto b = time_at(c);
    if (!b) return std::nullopt;
    Period pb = eat_period(c);
    c.skip_spaces();
    if (!c.at_end()) return std::nullopt;
    b = apply_period(*b, pb);
    if (!b) return std::nullopt;
    // "2h - 5h chiều": a part of the day written once covers both ends, unless
    // that makes no sense for the start ("11h - 1h chiều" is 11h00 - 13h00).
    std::optional<int> start;
    if (pa == Period::None && pb != Period::None) {
        start = apply_period(*a, pb);
        if (!start || *start > *b) start = a;
    } else {
        start = apply_period(*a, pa);
    }
    a = start;
    if (!a || *b < *a) return std::nullopt;   // impossible, or end before start
    return std::make_pair(*a, *b);
}

std::optional<Date> parse_date(std::string_view s) {
    Cursor c = make_cursor(s);
    Date d;
    if (c.eat("ngày")) c.skip_spaces();
    int y4 = 0;
    std::size_t save = c.i;
    int first = c.number(4, &y4);
    if (first < 0) return std::nullopt;
    c.skip_spaces();
    if (c.eat("tháng")) {                          // "ngày 31 tháng 8 năm 2021"
        c.skip_spaces();
        int m = c.number(2);
        c.skip_spaces();
        if (m < 0 || !c.eat("năm")) return std::nullopt;
        c.skip_spaces();
        int digits = 0;
        int y = c.number(4, &digits);
        if (y < 0 || digits != 4) return std::nullopt;
        d = Date{y, m, first};
    } else if (y4 == 4) {                          // ISO "2021-08-31"
        c.i = save + 4;
        if (!c.eat("-")) return std::nullopt;
        int m = c.number(2);
        if (m < 0 || !c.eat("-")) return std::nullopt;
        int dd = c.number(2);
        if (dd < 0) return std::nullopt;
        d = Date{first, m, dd};
    } else {                                       // "31/8/2021", "31-8-2021", "31.8.2021"
        c.i = save + static_cast<std::size_t>(y4);
        if (y4 > 2 || c.at_end()) return std::nullopt;
        char sep = c.s[c.i];
        if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;
        ++c.i;
        int m = c.number(2);
        if (m < 0 || c.at_end() || c.s[c.i] != sep) return std::nullopt;
        ++c.i;
        int digits = 0;
        int y = c.number(4, &digits);
        if (y < 0 || digits != 4) return std::nullopt;
        d = Date{y, m, first};
    }
    c.skip_spaces();
    if (!c.at_end() || !valid_date(d)) return std::nullopt;   // 31/2, 29/2/2021
    return d;
}

}  // namespace dc
