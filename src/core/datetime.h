// datetime.h — dates, times and weekdays as Vietnamese official documents
// write them (dd/mm/yyyy, "ngày … tháng … năm …", thứ Hai … Chủ nhật).  Vietnam is UTC+7 all year.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/plan.h"

namespace dc {

bool is_leap_year(int y);
int days_in_month(int y, int m);
bool valid_date(const Date& d);              // complete and exists (31/2 is not)
std::int64_t to_days(const Date& d);         // days since 1970-01-01 (complete dates only)
Date from_days(std::int64_t days);
Date add_days(const Date& d, int n);
int days_between(const Date& from, const Date& to);   // to - from

int weekday(const Date& d);                  // 0 = Sunday … 6 = Saturday
std::string weekday_vi(const Date& d);       // "Chủ nhật", "thứ Hai" … "thứ Bảy"
std::string weekday_en(const Date& d);       // "Sunday" …

std::string format_date(const Date& d);      // body text: "31/8/2021"; blank parts as "…"
std::string format_date_iso(const Date& d);  // "2021-08-31"
// Date line of the header: "Gia Lai, ngày 28 tháng 8 năm 2021"; day zero-padded
// below 10, month padded only for 1 and 2; a blank part leaves room to write by hand.
std::string format_date_line(std::string_view place, const Date& d);
std::string format_date_words(const Date& d);  // "ngày 31 tháng 8 năm 2021"

std::string format_time(int minutes);        // "08h00"; kNoTime → ""
std::string format_time_range(int start, int end);  // "07h30 - 08h00"; end unset or == start → "11h30"
std::string format_time_formal(int minutes); // "08 giờ 00 phút"

// Accepts "8:00", "08h00", "8h", "7h30’", "8 giờ", "8 giờ 30", "8 giờ 30 phút", "08h00'",
// and a part of the day after it ("2 giờ chiều" = 14h00, "7h tối", "12h trưa").
// Rejects 25h00, 8h61, "8h5" (ambiguous) and a bare number.
std::optional<int> parse_time(std::string_view s);
// Accepts "07h30 - 08h00", "14h00-17h00", "8h00 – 11h00", "8h00—11h00", "từ 8h00 đến 11h00",
// "2h - 5h chiều", and a single time (end = start).  An end before the start is rejected.
std::optional<std::pair<int, int>> parse_time_range(std::string_view s);
// Accepts "31/8/2021", "05/01/2020", "31-8-2021", "2021-08-31", "ngày 31 tháng 8 năm 2021"; checks the date exists.
std::optional<Date> parse_date(std::string_view s);

}  // namespace dc
