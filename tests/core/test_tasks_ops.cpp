// test_tasks_ops.cpp — deadline resolution, formatting and parsing; status on
// the Kế hoạch template at 29/8/2021; ticking; sorting and "my unit" filtering.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/datetime.h"
#include "core/tasks_ops.h"
#include "core/templates.h"
#include "ui/tasks/task_words.h"

using namespace dc;
using dc::ui::Lang;

namespace {
// The tasks view's words (src/ui/tasks/task_words.h) in each language.
std::string vi_deadline(const Deadline& d, const Plan& p) { return dc::ui::deadline_words(d, p, Lang::Vi); }
std::string en_deadline(const Deadline& d, const Plan& p) { return dc::ui::deadline_words(d, p, Lang::En); }
std::string status_label_vi(TaskStatus s) { return dc::ui::status_label(s, Lang::Vi); }
std::string status_label_en(TaskStatus s) { return dc::ui::status_label(s, Lang::En); }
std::string status_text_vi(const Task& t, const TaskState& st) { return dc::ui::status_text(t, st, Lang::Vi); }
std::string status_text_en(const Task& t, const TaskState& st) { return dc::ui::status_text(t, st, Lang::En); }
}  // namespace

namespace {
Plan kh() { return load_template("ke-hoach-1905"); }
Deadline abs_dl(DeadlineQualifier q, Date d) {
    Deadline x;
    x.qualifier = q;
    x.date = d;
    return x;
}
Deadline rel_dl(DeadlineQualifier q, int n) {
    Deadline x;
    x.qualifier = q;
    x.relative = true;
    x.days_before_event = n;
    return x;
}
}  // namespace

TEST_CASE("tasks: the template's deadlines as written", "[tasks][deadline]") {
    const Plan p = kh();
    REQUIRE(p.tasks.size() == 7);
    const char* expected[] = {"Trước ngày 26/8/2021", "Trước ngày 28/8/2021", "Trước ngày 28/8/2021",
                              "Trước ngày 28/8/2021", "Trước ngày 30/8/2021", "Trước ngày 30/8/2021",
                              "Trong ngày 30/8/2021"};
    for (int i = 0; i < 7; ++i) CHECK(vi_deadline(p.tasks[i].deadline, p) == expected[i]);
    CHECK(en_deadline(p.tasks[6].deadline, p) == "On 30/8/2021");
}

TEST_CASE("tasks: status on 29/8/2021 (Trước ngày 30/8 is due today, Trong ngày 30/8 due soon)", "[tasks][status]") {
    const Plan p = kh();
    const Date today{2021, 8, 29};
    const TaskState s0 = task_state(p.tasks[0], p, today);   // Trước ngày 26/8: last day 25/8
    CHECK(s0.status == TaskStatus::Overdue);
    CHECK(s0.days_late == 4);
    CHECK(s0.last_day == Date{2021, 8, 25});
    for (int i : {1, 2, 3}) {                                 // Trước ngày 28/8: last day 27/8
        const TaskState s = task_state(p.tasks[i], p, today);
        CHECK(s.status == TaskStatus::Overdue);
        CHECK(s.days_late == 2);
    }
    for (int i : {4, 5}) {                                    // Trước ngày 30/8: last day 29/8
        const TaskState s = task_state(p.tasks[i], p, today);
        CHECK(s.status == TaskStatus::DueToday);
        CHECK(s.days_left == 0);
    }
    const TaskState s6 = task_state(p.tasks[6], p, today);   // Trong ngày 30/8: last day 30/8
    CHECK(s6.status == TaskStatus::DueSoon);
    CHECK(s6.days_left == 1);

    CHECK(status_label_vi(s0.status) == std::string("Quá hạn"));
    CHECK(status_text_vi(p.tasks[0], s0) == "Quá hạn 4 ngày");
    CHECK(status_text_en(p.tasks[0], s0) == "4 days late");
    CHECK(status_label_vi(TaskStatus::DueToday) == std::string("Đến hạn hôm nay"));
    CHECK(status_label_vi(TaskStatus::DueSoon) == std::string("Sắp đến hạn"));
    CHECK(status_label_vi(TaskStatus::Later) == std::string("Chưa đến hạn"));
    CHECK(status_label_vi(TaskStatus::Done) == std::string("Đã xong"));
    CHECK(status_label_en(TaskStatus::DueSoon) == std::string("Due soon"));

    const TaskCounts c = count_tasks(p, today);
    CHECK(c.total == 7);
    CHECK(c.overdue == 4);
    CHECK(c.due_today == 2);
    CHECK(c.due_soon == 1);
    CHECK(c.later == 0);
    CHECK(c.done == 0);

    // Earlier in the month everything is later; status "Later" with days left.
    const TaskState early = task_state(p.tasks[6], p, Date{2021, 8, 20});
    CHECK(early.status == TaskStatus::Later);
    CHECK(early.days_left == 10);
    CHECK(status_text_vi(p.tasks[6], early) == "Còn 10 ngày");
}

TEST_CASE("tasks: other qualifiers and no deadline", "[tasks][status]") {
    Plan p = kh();
    Task t;
    t.deadline = abs_dl(DeadlineQualifier::NoLaterThan, {2021, 8, 30});
    CHECK(task_state(t, p, {2021, 8, 30}).status == TaskStatus::DueToday);
    CHECK(task_state(t, p, {2021, 8, 31}).status == TaskStatus::Overdue);
    t.deadline = abs_dl(DeadlineQualifier::Plain, {2021, 8, 30});
    CHECK(task_state(t, p, {2021, 8, 29}).status == TaskStatus::DueSoon);
    t.deadline = Deadline{};   // empty date
    const TaskState st = task_state(t, p, {2021, 8, 29});
    CHECK(st.status == TaskStatus::Later);
    CHECK_FALSE(st.has_due);
    CHECK(status_text_vi(t, st) == "Chưa có thời hạn");
    CHECK(vi_deadline(t.deadline, p).empty());
    t.done = true;
    t.done_on = {2021, 8, 28};
    CHECK(task_state(t, p, {2021, 8, 29}).status == TaskStatus::Done);
    CHECK(status_text_vi(t, task_state(t, p, {2021, 8, 29})) == "Đã xong 28/8/2021");
}

TEST_CASE("tasks: relative deadlines resolve from the first event day and move with it", "[tasks][deadline]") {
    Plan p = kh();   // event 31/8/2021
    Deadline d = rel_dl(DeadlineQualifier::Plain, 5);
    CHECK(deadline_date(d, p) == Date{2021, 8, 26});
    CHECK(vi_deadline(d, p) == "26/8/2021 (5 ngày trước hội nghị)");
    CHECK(en_deadline(d, p) == "26/8/2021 (5 days before the conference)");
    d.qualifier = DeadlineQualifier::Before;
    CHECK(vi_deadline(d, p) == "Trước ngày 26/8/2021 (5 ngày trước hội nghị)");
    CHECK(deadline_last_day(d, p) == Date{2021, 8, 25});
    p.event.days[0].date = {2021, 9, 3};
    CHECK(deadline_date(d, p) == Date{2021, 8, 29});
    p.event.days.clear();
    CHECK_FALSE(deadline_date(d, p).has_value());
    CHECK(vi_deadline(d, p) == "5 ngày trước hội nghị");
    CHECK(vi_deadline(rel_dl(DeadlineQualifier::Plain, 0), p) == "ngày hội nghị");
}

TEST_CASE("tasks: parsing deadlines as people type them", "[tasks][parse]") {
    struct Case { const char* text; DeadlineQualifier q; bool rel; Date date; int n; };
    const Case cases[] = {
        {"Trước ngày 26/8/2021", DeadlineQualifier::Before, false, {2021, 8, 26}, 0},
        {"trước ngày 26/08/2021", DeadlineQualifier::Before, false, {2021, 8, 26}, 0},
        {"TRƯỚC NGÀY 26/8/2021.", DeadlineQualifier::Before, false, {2021, 8, 26}, 0},
        {"Trong ngày 30/8/2021", DeadlineQualifier::On, false, {2021, 8, 30}, 0},
        {"Chậm nhất ngày 30/8/2021", DeadlineQualifier::NoLaterThan, false, {2021, 8, 30}, 0},
        {"Chậm nhất là ngày 30/8/2021", DeadlineQualifier::NoLaterThan, false, {2021, 8, 30}, 0},
        {"Cham nhat ngay 30/8/2021", DeadlineQualifier::NoLaterThan, false, {2021, 8, 30}, 0},
        {"Trước ngày 26 tháng 8 năm 2021", DeadlineQualifier::Before, false, {2021, 8, 26}, 0},
        {"ngày 26 tháng 8 năm 2021", DeadlineQualifier::Plain, false, {2021, 8, 26}, 0},
        {"26/8/2021", DeadlineQualifier::Plain, false, {2021, 8, 26}, 0},
        {"2021-08-26", DeadlineQualifier::Plain, false, {2021, 8, 26}, 0},
        {"5 ngày trước hội nghị", DeadlineQualifier::Plain, true, {}, 5},
        {"5 ngày trước khi hội nghị", DeadlineQualifier::Plain, true, {}, 5},
        {"T-5", DeadlineQualifier::Plain, true, {}, 5},
        {"t - 3", DeadlineQualifier::Plain, true, {}, 3},
        {"T\xE2\x80\x93" "2", DeadlineQualifier::Plain, true, {}, 2},   // en dash
        {"Trước ngày T-5", DeadlineQualifier::Before, true, {}, 5},
        {"Ngày hội nghị", DeadlineQualifier::Plain, true, {}, 0},
        {"before 26/8/2021", DeadlineQualifier::Before, false, {2021, 8, 26}, 0},
        {"by 30/8/2021", DeadlineQualifier::NoLaterThan, false, {2021, 8, 30}, 0},
        {"5 days before the conference", DeadlineQualifier::Plain, true, {}, 5},
        // NFD input ("Trước" with a decomposed ơ + sắc)
        {"Tru\xCC\x9B\xCC\x81" "o\xCC\x9B\xCC\x81" "c nga\xCC\x80y 26/8/2021", DeadlineQualifier::Before, false, {2021, 8, 26}, 0},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        DeadlineParse r = parse_deadline(c.text);
        REQUIRE(r.deadline.has_value());
        CHECK(r.deadline->qualifier == c.q);
        CHECK(r.deadline->relative == c.rel);
        if (c.rel) CHECK(r.deadline->days_before_event == c.n);
        else CHECK(r.deadline->date == c.date);
    }
    for (const char* bad : {"Trước ngày 31/2/2021", "sớm nhất có thể", "Trước ngày", "T-x"}) {
        INFO(bad);
        DeadlineParse r = parse_deadline(bad);
        CHECK_FALSE(r.deadline.has_value());
        CHECK(r.unread == bad);
        CHECK(dc::ui::deadline_parse_error(r, Lang::Vi).find(bad) != std::string::npos);
        CHECK(dc::ui::deadline_parse_error(r, Lang::En).find(bad) != std::string::npos);
    }
    DeadlineParse empty = parse_deadline("   ");
    REQUIRE(empty.deadline.has_value());
    CHECK(empty.deadline->date.empty());
}

TEST_CASE("tasks: the input text reads back to the same deadline", "[tasks][parse]") {
    for (const Deadline& d : {abs_dl(DeadlineQualifier::Before, {2021, 8, 26}), abs_dl(DeadlineQualifier::On, {2021, 8, 30}),
                              abs_dl(DeadlineQualifier::NoLaterThan, {2021, 1, 5}), abs_dl(DeadlineQualifier::Plain, {2021, 12, 31}),
                              rel_dl(DeadlineQualifier::Plain, 5), rel_dl(DeadlineQualifier::Plain, 0),
                              rel_dl(DeadlineQualifier::Before, 5), rel_dl(DeadlineQualifier::On, 2),
                              rel_dl(DeadlineQualifier::NoLaterThan, 10)}) {
        const std::string text = deadline_input_text(d);
        INFO(text);
        DeadlineParse r = parse_deadline(text);
        REQUIRE(r.deadline.has_value());
        CHECK(same(*r.deadline, d));
    }
    CHECK(deadline_input_text(rel_dl(DeadlineQualifier::Plain, 5)) == "5 ngày trước hội nghị");
    CHECK(deadline_input_text(rel_dl(DeadlineQualifier::Before, 5)) == "Trước ngày T-5");
}

TEST_CASE("tasks: tick records today, untick clears; one undo step each", "[tasks][tick]") {
    Editor ed(kh());
    set_task_done(ed, 2, true, {2021, 8, 27});
    CHECK(ed.plan().tasks[2].done);
    CHECK(ed.plan().tasks[2].done_on == Date{2021, 8, 27});
    CHECK(ed.undo_label() == "Đánh dấu đã xong công việc 3");
    CHECK(count_tasks(ed.plan(), {2021, 8, 29}).done == 1);
    set_task_done(ed, 2, false, {2021, 8, 28});
    CHECK_FALSE(ed.plan().tasks[2].done);
    CHECK(ed.plan().tasks[2].done_on.empty());
    ed.undo();
    CHECK(ed.plan().tasks[2].done_on == Date{2021, 8, 27});
    ed.undo();
    CHECK_FALSE(ed.plan().tasks[2].done);

    const std::size_t at = add_task(ed, 1);
    CHECK(at == 1);
    CHECK(ed.plan().tasks.size() == 8);
    CHECK_FALSE(ed.plan().tasks[1].id.empty());
    ed.undo();
    CHECK(ed.plan().tasks.size() == 7);
}

TEST_CASE("tasks: sort by status and filter by unit", "[tasks][view]") {
    const Plan p = kh();
    const Date today{2021, 8, 29};
    auto v = task_view(p, today, {}, TaskSort::Status);
    REQUIRE(v.size() == 7);
    CHECK(v[0] == 0);   // overdue 4 days first (earliest last day)
    CHECK(v[4] == 4);   // then due today
    CHECK(v[6] == 6);   // then due soon

    TaskFilter mine;
    mine.unit = "văn phòng";   // case-folded match; "Viettel Gia Lai; Văn phòng" counts
    v = task_view(p, today, mine);
    CHECK(v == std::vector<std::size_t>{1, 2, 4, 5, 6});
    mine.unit = "Văn Phòng";
    CHECK(task_view(p, today, mine).size() == 5);
    mine.unit = "van phong";   // typed without marks: matches any marks
    CHECK(task_view(p, today, mine).size() == 5);
    mine.unit = "vân phòng";   // typed with (other) marks: must match them
    CHECK(task_view(p, today, mine).empty());
    mine.unit = "Viettel; Văn phòng";   // a cooperating list as the lead: not one unit
    CHECK(task_view(p, today, mine).empty());

    TaskFilter due;
    due.statuses = status_bit(TaskStatus::DueToday) | status_bit(TaskStatus::DueSoon);
    CHECK(task_view(p, today, due) == std::vector<std::size_t>{4, 5, 6});

    TaskFilter text;
    text.text = "giấy mời";
    CHECK(task_view(p, today, text) == std::vector<std::size_t>{2});

    auto units = task_units(p);
    CHECK(std::find(units.begin(), units.end(), "Văn phòng") != units.end());
    CHECK(std::find(units.begin(), units.end(), "Viettel Gia Lai") != units.end());
}
