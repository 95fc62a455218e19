// test_deadline.cpp — the one deadline rule (core/deadline.h): every qualifier,
// absolute and relative, blank and impossible dates, month and year
// boundaries; the same last day in the statuses, the calendar and the
// spreadsheet, and the calendar's date as a real iCalendar reader sees it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "core/deadline.h"
#include "core/export_csv.h"
#include "core/export_ics.h"
#include "core/tasks_ops.h"

using namespace dc;

namespace {

Plan event_on(Date d) {
    Plan p;
    if (!d.empty()) p.event.days.push_back({d, 8 * 60, 11 * 60, {}});
    return p;
}
Deadline absolute(DeadlineQualifier q, Date d) {
    Deadline dl;
    dl.qualifier = q;
    dl.date = d;
    return dl;
}
Deadline relative(DeadlineQualifier q, int days_before) {
    Deadline dl;
    dl.qualifier = q;
    dl.relative = true;
    dl.days_before_event = days_before;
    return dl;
}

}  // namespace

TEST_CASE("deadline: each qualifier's last day, absolute", "[deadline]") {
    const Plan p = event_on({2023, 8, 20});
    const Date d{2023, 8, 10};
    CHECK(deadline_date(absolute(DeadlineQualifier::Before, d), p) == d);
    CHECK(deadline_last_day(absolute(DeadlineQualifier::Before, d), p) == Date{2023, 8, 9});
    CHECK(deadline_last_day(absolute(DeadlineQualifier::On, d), p) == d);
    CHECK(deadline_last_day(absolute(DeadlineQualifier::NoLaterThan, d), p) == d);
    CHECK(deadline_last_day(absolute(DeadlineQualifier::Plain, d), p) == d);
    CHECK(deadline_print_text(absolute(DeadlineQualifier::Before, d), p) == "Trước ngày 10/8/2023");
    CHECK(deadline_print_text(absolute(DeadlineQualifier::On, d), p) == "Trong ngày 10/8/2023");
    CHECK(deadline_print_text(absolute(DeadlineQualifier::NoLaterThan, d), p) == "Chậm nhất ngày 10/8/2023");
    CHECK(deadline_print_text(absolute(DeadlineQualifier::Plain, d), p) == "10/8/2023");
}

TEST_CASE("deadline: month and year boundaries", "[deadline]") {
    const Plan p = event_on({2024, 3, 5});
    CHECK(deadline_last_day(absolute(DeadlineQualifier::Before, {2023, 9, 1}), p) == Date{2023, 8, 31});
    CHECK(deadline_last_day(absolute(DeadlineQualifier::Before, {2024, 1, 1}), p) == Date{2023, 12, 31});
    CHECK(deadline_last_day(absolute(DeadlineQualifier::Before, {2024, 3, 1}), p) == Date{2024, 2, 29});   // leap year
    CHECK(deadline_last_day(absolute(DeadlineQualifier::Before, {2023, 3, 1}), p) == Date{2023, 2, 28});
    CHECK(deadline_last_day(absolute(DeadlineQualifier::On, {2024, 1, 1}), p) == Date{2024, 1, 1});
    // Relative: counted back from the first event day across a month and a year.
    CHECK(deadline_date(relative(DeadlineQualifier::Plain, 5), p) == Date{2024, 2, 29});
    CHECK(deadline_last_day(relative(DeadlineQualifier::Before, 5), p) == Date{2024, 2, 28});
    const Plan jan = event_on({2024, 1, 3});
    CHECK(deadline_last_day(relative(DeadlineQualifier::NoLaterThan, 3), jan) == Date{2023, 12, 31});
    CHECK(deadline_last_day(relative(DeadlineQualifier::Before, 2), jan) == Date{2023, 12, 31});
    CHECK(deadline_print_text(relative(DeadlineQualifier::Before, 2), jan) == "Trước ngày 1/1/2024");
    // Relative deadlines always print with a qualifier, even when set to Plain.
    for (int days : {0, 1, 7}) {
        const std::string t = deadline_print_text(relative(DeadlineQualifier::Plain, days), jan);
        CHECK((t.rfind("Chậm nhất ngày ", 0) == 0 || t.rfind("Trong ngày ", 0) == 0));
        CHECK((t.rfind("Trong ngày ", 0) == 0) == (days == 0));
    }
}

TEST_CASE("deadline: relative ones move with the event, after it too", "[deadline]") {
    Plan p = event_on({2021, 8, 31});
    const Deadline t5 = relative(DeadlineQualifier::Before, 5);
    CHECK(deadline_date(t5, p) == Date{2021, 8, 26});
    CHECK(deadline_last_day(t5, p) == Date{2021, 8, 25});
    p.event.days[0].date = {2021, 9, 7};
    CHECK(deadline_last_day(t5, p) == Date{2021, 9, 1});
    CHECK(deadline_last_day(relative(DeadlineQualifier::On, 0), p) == Date{2021, 9, 7});
    CHECK(deadline_last_day(relative(DeadlineQualifier::Plain, -2), p) == Date{2021, 9, 9});
}

TEST_CASE("deadline: blank and impossible dates are no deadline", "[deadline]") {
    const Plan p = event_on({2021, 8, 31});
    for (auto q : {DeadlineQualifier::Before, DeadlineQualifier::On, DeadlineQualifier::NoLaterThan, DeadlineQualifier::Plain}) {
        CHECK_FALSE(deadline_date(absolute(q, {}), p).has_value());
        CHECK_FALSE(deadline_last_day(absolute(q, {}), p).has_value());
        CHECK_FALSE(deadline_last_day(absolute(q, {2021, 2, 30}), p).has_value());
        CHECK_FALSE(deadline_last_day(absolute(q, {2021, 8, 0}), p).has_value());   // day left blank
        CHECK(deadline_print_text(absolute(q, {}), p).empty());
    }
    // A relative deadline without an event date (or with an impossible one).
    for (const Plan& none : {event_on({}), event_on({2021, 2, 30})}) {
        CHECK_FALSE(deadline_last_day(relative(DeadlineQualifier::Before, 5), none).has_value());
        CHECK(deadline_print_text(relative(DeadlineQualifier::Before, 5), none) == "5 ngày trước Hội nghị");
        CHECK(deadline_print_text(relative(DeadlineQualifier::On, 0), none) == "Trong ngày Hội nghị");
    }
}

TEST_CASE("deadline: statuses, spreadsheet and calendar agree on the last day", "[deadline][ics][csv]") {
    // "Trước ngày 10/8/2023": due today on 9/8, overdue on 10/8.
    Plan p = event_on({2023, 8, 20});
    Task t;
    t.id = "t1";
    t.content = "Gửi báo cáo";
    t.deadline = absolute(DeadlineQualifier::Before, {2023, 8, 10});
    p.tasks.push_back(t);
    CHECK(task_state(t, p, {2023, 8, 8}).status == TaskStatus::DueSoon);
    CHECK(task_state(t, p, {2023, 8, 9}).status == TaskStatus::DueToday);
    const TaskState late = task_state(t, p, {2023, 8, 10});
    CHECK(late.status == TaskStatus::Overdue);
    CHECK(late.days_late == 1);
    // "Chậm nhất ngày 10/8/2023": due today on 10/8.
    Task by = t;
    by.deadline.qualifier = DeadlineQualifier::NoLaterThan;
    CHECK(task_state(by, p, {2023, 8, 10}).status == TaskStatus::DueToday);

    CHECK(export_csv_tasks(p).find("\"Trước ngày 10/8/2023\",\"2023-08-09\"") != std::string::npos);

    // The calendar, read by Python's icalendar (Debian's python3-icalendar, hence
    // /usr/bin/python3 and not whatever python3 comes first), not by us.
    const std::string ics = export_ics(p);
    const std::string path = "deadline_test.ics";
    {
        std::ofstream f(path, std::ios::binary);
        f << ics;
    }
    const std::string out = "deadline_test.txt";
    const std::string cmd =
        "/usr/bin/python3 -c \"import sys, icalendar; c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()); "
        "[print(e.get('UID'), e.decoded('DTSTART').isoformat(), e.decoded('DTEND').isoformat(), "
        "'Trước ngày 10/8/2023' in str(e.get('DESCRIPTION'))) "
        "for e in c.walk('VEVENT') if str(e.get('UID')).startswith('task-')]\" " + path + " > " + out;
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::ifstream in(out);
    std::string uid, start, end, words;
    in >> uid >> start >> end >> words;
    CHECK(uid.rfind("task-t1", 0) == 0);
    CHECK(start == "2023-08-09");
    CHECK(end == "2023-08-10");
    CHECK(words == "True");   // the description keeps the document's words
    std::remove(path.c_str());
    std::remove(out.c_str());
}
