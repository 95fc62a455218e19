// test_plan_diff.cpp — comparing two versions of a plan and taking the other
// version's progress (src/core/plan_diff.h).  Built on the Kế hoạch 1905
// template, edited the way a colleague would (tick a task, move a slot, …).
#include <catch2/catch.hpp>

#include <string>

#include "core/editor.h"
#include "core/plan_diff.h"
#include "core/plan_file.h"
#include "core/templates.h"

using namespace dc;

namespace {
Plan base() { return load_template(kDefaultTemplate); }

const DiffEntry* find(const PlanDiff& d, DiffKind k, const std::string& id = {}) {
    for (const DiffEntry& e : d.entries)
        if (e.kind == k && (id.empty() || e.id == id)) return &e;
    return nullptr;
}
}  // namespace

TEST_CASE("The same plan compares identical", "[plan_diff]") {
    const Plan a = base();
    REQUIRE(a.tasks.size() >= 3);
    REQUIRE(a.agenda.size() >= 2);
    const PlanDiff d = diff_plans(a, a);
    CHECK(d.identical);
    CHECK(d.same_plan);
    CHECK(d.entries.empty());
    CHECK(d.other_parts.empty());
    CHECK(d.ticks_to_take == 0);
    CHECK(d.statuses_to_take == 0);
    // A round trip through the file changes nothing either.
    ImportResult r = read_plan(write_plan(a));
    REQUIRE(r.ok());
    CHECK(diff_plans(a, *r.plan).identical);
}

TEST_CASE("Identity: same kind and title; numbers must agree when both have one", "[plan_diff]") {
    Plan a = base(), b = base();
    b.header.title = "  " + a.header.title + " ";
    CHECK(same_plan_identity(a, b));
    b.header.title = a.header.title + " (sửa)";
    CHECK_FALSE(same_plan_identity(a, b));
    b = base();
    b.header.number = "9999";
    if (!a.header.number.empty()) CHECK_FALSE(same_plan_identity(a, b));
    b.header.number.clear();
    CHECK(same_plan_identity(a, b));   // a blank number does not make it another plan
    b = base();
    b.header.kind = a.header.kind == DocKind::CongVan ? DocKind::KeHoach : DocKind::CongVan;
    CHECK_FALSE(same_plan_identity(a, b));
    Plan other = load_template("blank");
    CHECK_FALSE(same_plan_identity(a, other));
}

TEST_CASE("A colleague's edits are listed by kind, matched by id", "[plan_diff]") {
    const Plan mine = base();
    Plan theirs = mine;
    // Tick task 0, untick nothing (all start unticked), move slot 1 by 15 minutes,
    // change task 1's deadline, add a task, remove the last task, a site status.
    theirs.tasks[0].done = true;
    theirs.tasks[0].done_on = Date{2021, 8, 27};
    theirs.agenda[1].start += 15;
    theirs.agenda[1].end += 15;
    theirs.tasks[1].deadline.relative = false;
    theirs.tasks[1].deadline.date = Date{2021, 8, 20};
    const std::string removed_id = theirs.tasks.back().id;
    theirs.tasks.pop_back();
    Task added;
    added.id = "t-new";
    added.content = "Chuẩn bị micro dự phòng";
    theirs.tasks.push_back(added);
    REQUIRE(!theirs.sites.empty());
    theirs.sites[0].test_status = TestStatus::NoSound;
    theirs.sites[0].notes = "Loa rè";

    const PlanDiff d = diff_plans(mine, theirs);
    CHECK(d.same_plan);
    CHECK_FALSE(d.identical);
    const DiffEntry* ticked = find(d, DiffKind::TaskTicked, mine.tasks[0].id);
    REQUIRE(ticked);
    CHECK(ticked->after == "27/8/2021");
    const DiffEntry* moved = find(d, DiffKind::SlotMoved, mine.agenda[1].id);
    REQUIRE(moved);
    CHECK(moved->before != moved->after);
    CHECK_FALSE(find(d, DiffKind::SlotChanged, mine.agenda[1].id));   // only the time moved
    const DiffEntry* dl = find(d, DiffKind::TaskDeadlineChanged, mine.tasks[1].id);
    REQUIRE(dl);
    CHECK(dl->after.find("20/8/2021") != std::string::npos);
    CHECK(find(d, DiffKind::TaskRemoved, removed_id));
    const DiffEntry* add = find(d, DiffKind::TaskAdded, "t-new");
    REQUIRE(add);
    CHECK(add->label == "Chuẩn bị micro dự phòng");
    const DiffEntry* st = find(d, DiffKind::SiteStatusChanged, mine.sites[0].id);
    REQUIRE(st);
    CHECK(st->status_before == TestStatus::NotTested);
    CHECK(st->status_after == TestStatus::NoSound);
    CHECK(find(d, DiffKind::SiteChanged, mine.sites[0].id));   // the note
    CHECK_FALSE(find(d, DiffKind::SiteTestChanged));
    CHECK(d.ticks_to_take == 1);
    CHECK(d.statuses_to_take == 1);
    CHECK(d.other_parts.empty());
    CHECK_FALSE(find(d, DiffKind::TitleChanged));
}

TEST_CASE("Title, date and unitemised parts", "[plan_diff]") {
    const Plan mine = base();
    Plan theirs = mine;
    theirs.header.title += " (bản sửa)";
    REQUIRE(!theirs.event.days.empty());
    theirs.event.days[0].date = Date{2021, 9, 1};
    theirs.archive = "VT";
    REQUIRE(!theirs.body.empty());
    theirs.body[0].text += ".";
    const PlanDiff d = diff_plans(mine, theirs);
    CHECK_FALSE(d.same_plan);
    REQUIRE(find(d, DiffKind::TitleChanged));
    const DiffEntry* date = find(d, DiffKind::EventDateChanged);
    REQUIRE(date);
    CHECK(date->after == "1/9/2021");
    CHECK(d.other_parts == std::vector<std::string>{"body", "archive"});   // header/event: only title/date changed
}

TEST_CASE("Taking progress copies ticks and statuses only, as one undo step", "[plan_diff]") {
    const Plan mine = base();
    Plan theirs = mine;
    theirs.tasks[0].done = true;
    theirs.tasks[0].done_on = Date{2021, 8, 27};
    theirs.tasks[2].content = "Nội dung khác";        // must not be taken
    theirs.sites[0].test_status = TestStatus::Ok;
    theirs.sites[0].name = "Tên khác";                // must not be taken
    theirs.agenda[0].start += 30;                     // must not be taken

    Editor ed(mine);
    Plan target = ed.plan();
    CHECK(take_progress(target, theirs) == 2);
    CHECK(take_progress(target, theirs) == 0);        // already taken
    {
        Editor::Group g(ed, "Lấy tiến độ từ tệp");
        ed.replace_tasks(target.tasks, "");
        ed.replace_sites(target.sites, "");
    }
    CHECK(ed.plan().tasks[0].done);
    CHECK(ed.plan().tasks[0].done_on == (Date{2021, 8, 27}));
    CHECK(ed.plan().tasks[2].content == mine.tasks[2].content);
    CHECK(ed.plan().sites[0].test_status == TestStatus::Ok);
    CHECK(ed.plan().sites[0].name == mine.sites[0].name);
    CHECK(ed.plan().agenda[0].start == mine.agenda[0].start);
    const PlanDiff after = diff_plans(ed.plan(), theirs);
    CHECK(after.ticks_to_take == 0);
    CHECK(after.statuses_to_take == 0);
    REQUIRE(ed.undo());
    CHECK(same(ed.plan(), mine));
    CHECK_FALSE(ed.can_undo());

    // Unticking travels too, and only ticks when statuses are not wanted.
    Plan ticked = mine;
    ticked.tasks[1].done = true;
    ticked.tasks[1].done_on = Date{2021, 8, 25};
    ticked.sites[0].test_status = TestStatus::LostConnection;
    Plan t2 = ticked;
    CHECK(take_progress(t2, mine, true, false) == 1);
    CHECK_FALSE(t2.tasks[1].done);
    CHECK(t2.tasks[1].done_on.empty());
    CHECK(t2.sites[0].test_status == TestStatus::LostConnection);
}

TEST_CASE("Duplicate and missing ids do not confuse the comparison", "[plan_diff]") {
    Plan mine = base();
    Plan theirs = mine;
    theirs.tasks.push_back(theirs.tasks[0]);   // same id twice in the other file
    const PlanDiff d = diff_plans(mine, theirs);
    CHECK(d.count(DiffKind::TaskAdded) == 0);   // its id exists in mine
    CHECK_FALSE(d.identical);
    Plan empty = load_template("blank");
    const PlanDiff e = diff_plans(mine, empty);
    CHECK(e.count(DiffKind::TaskRemoved) == static_cast<int>(mine.tasks.size()));
    CHECK(e.count(DiffKind::SlotRemoved) == static_cast<int>(mine.agenda.size()));
}
