// test_datetime.cpp — calendar facts, weekdays, Decree 30 date line, agenda
// times, and every accepted (and rejected) input form.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/datetime.h"

using namespace dc;

TEST_CASE("calendar arithmetic", "[datetime]") {
    CHECK(is_leap_year(2020));
    CHECK_FALSE(is_leap_year(2021));
    CHECK_FALSE(is_leap_year(1900));
    CHECK(is_leap_year(2000));
    CHECK(days_in_month(2021, 2) == 28);
    CHECK(days_in_month(2020, 2) == 29);
    CHECK(days_in_month(2021, 8) == 31);
    CHECK(days_in_month(2021, 13) == 0);
    CHECK(valid_date({2021, 8, 31}));
    CHECK_FALSE(valid_date({2021, 2, 31}));
    CHECK_FALSE(valid_date({2021, 2, 29}));
    CHECK(valid_date({2020, 2, 29}));
    CHECK_FALSE(valid_date({2021, 10, 0}));          // blank day is not a complete date
    CHECK_FALSE(valid_date({}));
    CHECK(to_days({1970, 1, 1}) == 0);
    CHECK(from_days(to_days({2021, 8, 31})) == Date{2021, 8, 31});
    CHECK(add_days({2021, 8, 31}, 1) == Date{2021, 9, 1});
    CHECK(add_days({2021, 8, 31}, -5) == Date{2021, 8, 26});
    CHECK(add_days({2020, 2, 28}, 1) == Date{2020, 2, 29});
    CHECK(add_days({2021, 12, 31}, 1) == Date{2022, 1, 1});
    CHECK(add_days({2021, 10, 0}, 3) == Date{2021, 10, 0});   // blank stays blank
    CHECK(days_between({2021, 8, 26}, {2021, 8, 31}) == 5);
    CHECK(days_between({2021, 8, 31}, {2021, 8, 26}) == -5);
}

TEST_CASE("weekdays of the seed documents are computed, not typed", "[datetime][weekday]") {
    CHECK(weekday_vi({2021, 8, 28}) == "thứ Bảy");
    CHECK(weekday_vi({2021, 8, 31}) == "thứ Ba");
    CHECK(weekday_vi({2021, 10, 27}) == "thứ Tư");
    CHECK(weekday_vi({2021, 8, 29}) == "Chủ nhật");
    CHECK(weekday_vi({2021, 8, 30}) == "thứ Hai");
    CHECK(weekday_vi({2021, 9, 2}) == "thứ Năm");
    CHECK(weekday_vi({2021, 9, 3}) == "thứ Sáu");
    CHECK(weekday({2021, 8, 31}) == 2);
    CHECK(weekday_en({2021, 8, 31}) == "Tuesday");
    CHECK(weekday({2021, 2, 31}) == -1);
    CHECK(weekday_vi({2021, 10, 0}) == "");
}

TEST_CASE("body dates and ISO dates", "[datetime][format]") {
    CHECK(format_date({2021, 8, 31}) == "31/8/2021");
    CHECK(format_date({2020, 1, 5}) == "5/1/2020");
    CHECK(format_date({2021, 10, 0}) == "…/10/2021");
    CHECK(format_date_iso({2021, 8, 31}) == "2021-08-31");
}

TEST_CASE("date line follows the Decree 30 padding rules", "[datetime][format]") {
    CHECK(format_date_line("Gia Lai", {2021, 8, 28}) == "Gia Lai, ngày 28 tháng 8 năm 2021");
    CHECK(format_date_line("Hà Nội", {2020, 1, 5}) == "Hà Nội, ngày 05 tháng 01 năm 2020");
    CHECK(format_date_line("Huế", {2022, 2, 9}) == "Huế, ngày 09 tháng 02 năm 2022");
    CHECK(format_date_line("Huế", {2022, 3, 10}) == "Huế, ngày 10 tháng 3 năm 2022");
    CHECK(format_date_line("Huế", {2022, 12, 1}) == "Huế, ngày 01 tháng 12 năm 2022");
    CHECK(format_date_line("Gia Lai", {2021, 10, 0}) == "Gia Lai, ngày    tháng 10 năm 2021");
    CHECK(format_date_line("Gia Lai", {2021, 0, 0}) == "Gia Lai, ngày    tháng    năm 2021");
    CHECK(format_date_line("", {2021, 8, 28}) == "ngày 28 tháng 8 năm 2021");
    CHECK(format_date_words({2021, 8, 31}) == "ngày 31 tháng 8 năm 2021");
}

TEST_CASE("agenda and formal times", "[datetime][format]") {
    CHECK(format_time(450) == "07h30");
    CHECK(format_time(0) == "00h00");
    CHECK(format_time(23 * 60 + 59) == "23h59");
    CHECK(format_time(kNoTime) == "");
    CHECK(format_time(24 * 60) == "");
    CHECK(format_time_range(450, 480) == "07h30 - 08h00");
    CHECK(format_time_range(690, 690) == "11h30");
    CHECK(format_time_range(690, kNoTime) == "11h30");
    CHECK(format_time_formal(480) == "08 giờ 00 phút");
    CHECK(format_time_formal(14 * 60 + 5) == "14 giờ 05 phút");
}

TEST_CASE("parse_time accepts every form the documents use", "[datetime][parse]") {
    struct { const char* in; int minutes; } ok[] = {
        {"8:00", 480}, {"08:00", 480}, {"08h00", 480}, {"8h", 480}, {"8H00", 480}, {"7h30’", 450},
        {"7h30'", 450}, {"08h00'", 480}, {"8 giờ", 480}, {"8 giờ 30", 510}, {"8 giờ 30 phút", 510},
        {"08 giờ 00 phút", 480}, {"8 GIỜ 5 PHÚT", 485}, {"8 gi\xC6\xA1\xCC\x80", 480} /* NFD giờ */,
        {"  14h00  ", 840}, {"0h00", 0}, {"23h59", 1439}, {"lúc 14h00", 840}, {"8g30", 510},
        {"14h00\xC2\xA0", 840}};
    for (const auto& c : ok) {
        INFO(c.in);
        auto t = parse_time(c.in);
        REQUIRE(t);
        CHECK(*t == c.minutes);
    }
}

TEST_CASE("parse_time reads a part of the day after the time", "[datetime][parse]") {
    CHECK(parse_time("2 giờ chiều") == 14 * 60);
    CHECK(parse_time("2h30 chiều") == 14 * 60 + 30);
    CHECK(parse_time("14h chiều") == 14 * 60);
    CHECK(parse_time("8 giờ sáng") == 8 * 60);
    CHECK(parse_time("12 giờ trưa") == 12 * 60);
    CHECK(parse_time("1h trưa") == 13 * 60);
    CHECK(parse_time("7h30 tối") == 19 * 60 + 30);
    CHECK_FALSE(parse_time("15h sáng"));
    CHECK_FALSE(parse_time("9h chiều"));
    CHECK_FALSE(parse_time("3h tối"));
    using R = std::pair<int, int>;
    CHECK(parse_time_range("2h - 5h chiều") == R{14 * 60, 17 * 60});
    CHECK(parse_time_range("8h sáng - 2h chiều") == R{8 * 60, 14 * 60});
    CHECK(parse_time_range("11h - 1h chiều") == R{11 * 60, 13 * 60});
    CHECK(parse_time_range("từ 2 giờ chiều đến 5 giờ chiều") == R{14 * 60, 17 * 60});
}

TEST_CASE("parse_time rejects impossible and ambiguous times", "[datetime][parse]") {
    for (const char* bad : {"25h00", "24h00", "8h61", "8:60", "8", "", "h30", "8h5", "8:5", "8h300", "123h00",
                            "8h00 sáng mai", "tám giờ", "-1h00", "8h00-"}) {
        INFO(bad);
        CHECK_FALSE(parse_time(bad));
    }
}

TEST_CASE("parse_time_range accepts dashes, đến and từ … đến …", "[datetime][parse]") {
    using R = std::pair<int, int>;
    CHECK(parse_time_range("07h30 - 08h00") == R{450, 480});
    CHECK(parse_time_range("14h00-17h00") == R{840, 1020});
    CHECK(parse_time_range("8h00 – 11h00") == R{480, 660});
    CHECK(parse_time_range("8h00—11h00") == R{480, 660});
    CHECK(parse_time_range("8h đến 11h") == R{480, 660});
    CHECK(parse_time_range("Từ 8h00 đến 11h00") == R{480, 660});
    CHECK(parse_time_range("từ 8 giờ 30 phút đến 11 giờ") == R{510, 660});
    CHECK(parse_time_range("8:00 - 9:30") == R{480, 570});
    CHECK(parse_time_range("11h30") == R{690, 690});
    CHECK_FALSE(parse_time_range("10h00 - 09h00"));     // end before start
    CHECK_FALSE(parse_time_range("08h00 - 25h00"));
    CHECK_FALSE(parse_time_range("08h00 -"));
    CHECK_FALSE(parse_time_range("08h00 09h00"));
    CHECK_FALSE(parse_time_range("từ đến"));
}

TEST_CASE("parse_date accepts padded and unpadded forms and checks the date exists", "[datetime][parse]") {
    CHECK(parse_date("31/8/2021") == Date{2021, 8, 31});
    CHECK(parse_date("05/01/2020") == Date{2020, 1, 5});
    CHECK(parse_date("5/1/2020") == Date{2020, 1, 5});
    CHECK(parse_date("31-8-2021") == Date{2021, 8, 31});
    CHECK(parse_date("31.8.2021") == Date{2021, 8, 31});
    CHECK(parse_date("2021-08-31") == Date{2021, 8, 31});
    CHECK(parse_date("ngày 31 tháng 8 năm 2021") == Date{2021, 8, 31});
    CHECK(parse_date("Ngày 05 tháng 01 năm 2020") == Date{2020, 1, 5});
    CHECK(parse_date("ngày 31/8/2021") == Date{2021, 8, 31});
    CHECK(parse_date("29/2/2020") == Date{2020, 2, 29});
    for (const char* bad : {"31/2/2021", "29/2/2021", "31/4/2021", "0/8/2021", "32/8/2021", "31/13/2021",
                            "31/8/21", "31/8", "", "31/8-2021", "2021-02-30", "ngày 31 tháng 8", "hôm nay",
                            "31/8/2021 abc", "99999/1/2021"}) {
        INFO(bad);
        CHECK_FALSE(parse_date(bad));
    }
}

TEST_CASE("parsers survive hostile input and only return real values", "[datetime][parse]") {
    std::mt19937 rng(27102021);
    const std::vector<std::string> pieces = {"8", "0", "1", "2", "3", "9", "h", "H", ":", "/", "-", ".", " ", "giờ", "phút",
                                             "đến", "từ", "–", "’", "ngày", "tháng", "năm", "2021", "sáng", "chiều",
                                             "\xFF", "\xE1\xBA", "25", "61", "99999999999"};
    for (int i = 0; i < 5000; ++i) {
        std::string s;
        for (int k = 0, n = static_cast<int>(rng() % 8); k < n; ++k) s += pieces[rng() % pieces.size()];
        INFO("input: " << s);
        if (auto t = parse_time(s)) REQUIRE((*t >= 0 && *t < 24 * 60));
        if (auto r = parse_time_range(s)) REQUIRE((r->first >= 0 && r->first <= r->second && r->second < 24 * 60));
        if (auto d = parse_date(s)) REQUIRE(valid_date(*d));
    }
}
