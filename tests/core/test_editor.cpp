// test_editor.cpp — undo/redo, groups, merging, the history bound, apply_bulk,
// NFC at the entry points, speed of single edits on the large plan, and the
// biggest bulk edit: shifting the whole plan to a new date (shift.h).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <utility>
#include <stdexcept>
#include <string>

#include "../../bench/large_plan.h"
#include "core/datetime.h"
#include "core/editor.h"
#include "core/plan_file.h"
#include "core/shift.h"
#include "core/templates.h"
#include "core/validate.h"
#include "ui/shell/i18n.h"

using namespace dc;

namespace {
Plan kh() { return load_template("ke-hoach-1905"); }
}  // namespace

TEST_CASE("editor: a field edit is undone and redone; revision moves every time", "[editor]") {
    Editor ed(kh());
    const Plan orig = ed.plan();
    REQUIRE_FALSE(ed.can_undo());
    auto r0 = ed.revision();

    Task t = ed.plan().tasks.at(2);
    t.content = "Gửi giấy mời Hội nghị (sửa)";
    ed.set_item(2, t);
    CHECK(ed.plan().tasks[2].content == "Gửi giấy mời Hội nghị (sửa)");
    // No label given: the step carries facts, which the UI words.
    CHECK(ed.undo_label().empty());
    CHECK(ed.undo_step().action == Editor::StepAction::Edit);
    CHECK(ed.undo_step().target == Editor::StepTarget::Tasks);
    CHECK(ed.undo_step().index == 2);
    for (auto [lang, words] : {std::pair{ui::Lang::Vi, "Sửa công việc 3"}, std::pair{ui::Lang::En, "Edit task 3"}}) {
        char buf[64];
        std::snprintf(buf, sizeof buf, ui::tr(ui::K::step_edit_n, lang), ui::tr(ui::K::step_task, lang), 3);
        CHECK(std::string(buf) == words);
    }
    CHECK(ed.revision() > r0);

    auto r1 = ed.revision();
    REQUIRE(ed.undo());
    CHECK(ed.revision() > r1);
    CHECK(same(ed.plan(), orig));
    CHECK(ed.redo_step().target == Editor::StepTarget::Tasks);
    CHECK(ed.redo_step().index == 2);
    REQUIRE(ed.redo());
    CHECK(ed.plan().tasks[2].content == "Gửi giấy mời Hội nghị (sửa)");
    CHECK_FALSE(ed.redo());

    // An edit that changes nothing is not a step.
    auto steps = ed.history().undo_steps;
    ed.set_item(2, ed.plan().tasks[2]);
    CHECK(ed.history().undo_steps == steps);
}

TEST_CASE("editor: a new edit after undo drops the redo stack", "[editor]") {
    Editor ed(kh());
    Signer s = ed.plan().signer;
    s.name = "Nguyễn Văn A";
    ed.set_signer(s);
    ed.undo();
    REQUIRE(ed.can_redo());
    ed.set_archive("VT, VP, GDTrH");
    CHECK_FALSE(ed.can_redo());
    CHECK(ed.plan().signer.name == "Lê Duy Định");
}

TEST_CASE("editor: strings entering through edits are NFC", "[editor][nfc]") {
    Editor ed(kh());
    Task t = ed.plan().tasks[0];
    t.content = "Ho\xCC\x80" "a";             // "Hòa": o + combining grave (NFD)
    t.lead = "Va\xCC\x86n pho\xCC\x80ng";     // "Văn phòng" decomposed
    ed.set_item(0, t);
    CHECK(ed.plan().tasks[0].content == "H\xC3\xB2" "a");
    CHECK(ed.plan().tasks[0].lead == "Văn phòng");
    Header h = ed.plan().header;
    h.title = "Tie\xCC\xA3\xCC\x82n";         // e + dot below + circumflex (NFD order)
    ed.set_header(h);
    CHECK(ed.plan().header.title == "Tiện");
}

TEST_CASE("editor: 250 steps back and forth restore every state", "[editor][history]") {
    Editor ed(kh());
    const Plan orig = ed.plan();
    for (int k = 0; k < 250; ++k) {
        Task t = ed.plan().tasks[k % 7];
        t.note = "ghi chú " + std::to_string(k);
        ed.set_item(k % 7, t);
    }
    const Plan last = ed.plan();
    CHECK(ed.history().undo_steps == 250);
    int n = 0;
    while (ed.undo()) ++n;
    CHECK(n == 250);
    CHECK(same(ed.plan(), orig));
    while (ed.redo()) --n;
    CHECK(n == 0);
    CHECK(same(ed.plan(), last));
}

TEST_CASE("editor: the step limit drops the oldest steps", "[editor][history]") {
    Editor ed(kh());
    ed.set_history_limits(200, Editor::kDefaultMaxBytes);
    for (int k = 0; k < 250; ++k) ed.set_archive("VT, VP " + std::to_string(k));
    CHECK(ed.history().undo_steps == 200);
    while (ed.undo()) {}
    CHECK(ed.plan().archive == "VT, VP 49");   // steps 0..49 are gone: 200 back from 249
}

TEST_CASE("editor: typing into one field merges into one step until focus leaves", "[editor][merge]") {
    Editor ed(kh());
    const std::string before = ed.plan().tasks[1].content;
    std::string typed;
    for (const char* piece : {"G", "ử", "i", " ", "g", "i", "ấ", "y"}) {
        typed += piece;
        Task t = ed.plan().tasks[1];
        t.content = typed;
        ed.set_item(1, t, "Sửa nội dung công việc 2", "task.t2.content");
    }
    CHECK(ed.history().undo_steps == 1);
    CHECK(ed.undo_label() == "Sửa nội dung công việc 2");
    ed.break_merge();
    Task t = ed.plan().tasks[1];
    t.content += " mời";
    ed.set_item(1, t, "Sửa nội dung công việc 2", "task.t2.content");
    CHECK(ed.history().undo_steps == 2);

    ed.undo();
    CHECK(ed.plan().tasks[1].content == "Gửi giấy");
    ed.undo();
    CHECK(ed.plan().tasks[1].content == before);

    // A different key never merges.
    Task a = ed.plan().tasks[1];
    a.note = "x";
    ed.set_item(1, a, {}, "task.t2.note");
    a.lead = "Thanh tra Sở";
    ed.set_item(1, a, {}, "task.t2.lead");
    CHECK(ed.history().undo_steps == 2);
}

TEST_CASE("editor: a group is one step; an exception inside leaves nothing", "[editor][group]") {
    Editor ed(kh());
    const Plan orig = ed.plan();
    {
        Editor::Group g(ed, "Thêm ba công việc");
        for (int k = 0; k < 3; ++k) {
            Task t;
            t.id = ed.new_id("t");
            t.content = "Việc mới " + std::to_string(k);
            ed.insert_item(ed.plan().tasks.size(), t);
        }
    }
    CHECK(ed.plan().tasks.size() == orig.tasks.size() + 3);
    CHECK(ed.history().undo_steps == 1);
    CHECK(ed.undo_label() == "Thêm ba công việc");
    ed.undo();
    CHECK(same(ed.plan(), orig));   // next_id restored too
    ed.redo();
    CHECK(ed.plan().tasks.size() == orig.tasks.size() + 3);

    const Plan mid = ed.plan();
    {
        // All or nothing is the caller's choice: a refusal inside the group, then cancel().
        ed.begin("Hỏng giữa chừng");
        const auto refused = ed.refusals();
        ed.erase_item<Task>(0);
        ed.erase_item<Task>(999);   // refused
        if (ed.refusals() != refused) ed.cancel();
        else ed.end();
    }
    CHECK(same(ed.plan(), mid));
    CHECK(ed.history().undo_steps == 1);
    CHECK_FALSE(ed.in_group());
}

TEST_CASE("editor: new ids skip ids in use", "[editor][ids]") {
    Plan p = kh();
    p.next_id = 1;   // a hand-written file with a stale counter
    Editor ed(p);
    const std::string id = ed.new_id("t");
    for (auto& t : ed.plan().tasks) CHECK(t.id != id);
    for (auto& s : ed.plan().agenda) CHECK(s.id != id);
}

TEST_CASE("editor: the agenda stays sorted by (day, start)", "[editor][agenda]") {
    Editor ed(kh());
    const auto& ag = ed.plan().agenda;
    REQUIRE(ag.size() >= 5);
    Slot s = ag[0];              // 07h30 registration → move to 10h40
    const std::string id = s.id;
    s.start = 10 * 60 + 40;
    s.end = 10 * 60 + 50;
    std::size_t at = ed.set_slot(0, s);
    CHECK(ag[at].id == id);
    for (std::size_t i = 1; i < ag.size(); ++i)
        CHECK(std::make_pair(ag[i - 1].day, ag[i - 1].start) <= std::make_pair(ag[i].day, ag[i].start));
    CHECK(ed.history().undo_steps == 1);   // the set and the move are one step
    ed.undo();
    CHECK(ag[0].id == id);

    Slot n;
    n.id = ed.new_id("s");
    n.start = 9 * 60 + 30;       // same start as "Tham luận": goes after it
    n.end = 9 * 60 + 40;
    std::size_t k = ed.insert_slot(n);
    CHECK(ag[k].id == n.id);
    CHECK(ag[k - 1].start == 9 * 60 + 30);
}

TEST_CASE("editor: state_id marks the saved state across undo/redo", "[editor]") {
    Editor ed(kh());
    const auto saved = ed.state_id();
    ed.set_archive("VT");
    CHECK(ed.state_id() != saved);
    ed.undo();
    CHECK(ed.state_id() == saved);
    ed.redo();
    const auto after = ed.state_id();
    ed.set_archive("VT, VP");   // a different branch never reuses an id
    ed.undo();
    ed.set_archive("VT, KH");
    CHECK(ed.state_id() != after);
}

TEST_CASE("editor: replace_plan is one undoable step", "[editor]") {
    Editor ed(kh());
    const Plan a = ed.plan();
    ed.replace_plan(load_template("cong-van-k12"));
    CHECK(ed.plan().header.kind == DocKind::CongVan);
    ed.undo();
    CHECK(same(ed.plan(), a));
}

TEST_CASE("editor: apply_bulk records only the differences, undo restores", "[editor][bulk]") {
    Editor ed(bench::large_plan());
    const Plan orig = ed.plan();
    Plan target = orig;
    // Paste-like: 40 new tasks at the end, and 3 tasks edited in the middle.
    for (int k = 0; k < 40; ++k) {
        Task t;
        t.id = take_new_id(target, "t");
        t.content = "Dán dòng " + std::to_string(k);
        target.tasks.push_back(t);
    }
    for (int k : {100, 2000, 4000}) target.tasks[k].done = !target.tasks[k].done;
    target.event.days[0].start = 8 * 60;

    REQUIRE(ed.apply_bulk("Dán 40 công việc", target));
    CHECK(same(ed.plan(), target));
    CHECK(ed.history().undo_steps == 1);
    // 43 tasks + the event, not 5,000 tasks: well under 100 kB.
    CHECK(ed.history().bytes < 100 * 1024);
    ed.undo();
    CHECK(same(ed.plan(), orig));
    ed.redo();
    CHECK(same(ed.plan(), target));
    CHECK_FALSE(ed.apply_bulk("Không đổi", target));

    // Removing rows from the middle.
    Plan fewer = ed.plan();
    fewer.tasks.erase(fewer.tasks.begin() + 10, fewer.tasks.begin() + 20);
    REQUIRE(ed.apply_bulk("Xoá 10 công việc", fewer));
    CHECK(same(ed.plan(), fewer));
    ed.undo();
    CHECK(same(ed.plan(), target));
}

TEST_CASE("editor: single edits on the large plan are fast and the history stays small", "[editor][perf]") {
    Editor ed(bench::large_plan());
    const std::size_t n = 300;
    auto t0 = std::chrono::steady_clock::now();
    for (std::size_t k = 0; k < n; ++k) {
        Task t = ed.plan().tasks[(k * 17) % 5000];
        t.note = "ghi chú " + std::to_string(k);
        ed.set_item((k * 17) % 5000, std::move(t));
    }
    for (std::size_t k = 0; k < 50; ++k) {   // agenda edits that re-sort
        Slot s = ed.plan().agenda[500];
        s.start += 1;
        s.end += 1;
        ed.set_slot(500, s);
    }
    auto t1 = std::chrono::steady_clock::now();
    const double per_edit_ms = std::chrono::duration<double, std::milli>(t1 - t0).count() / (n + 50);
    WARN("per edit: " << per_edit_ms << " ms");   // speed is bench/'s job, not a test's
    // Default limit 500 steps; 350 recorded, each a task or slot twice: < 1 MB.
    CHECK(ed.history().undo_steps == 350);
    INFO("history bytes: " << ed.history().bytes);
    CHECK(ed.history().bytes < 1024 * 1024);

    // The byte bound: with a 64 kB budget the oldest steps are dropped.
    ed.set_history_limits(Editor::kDefaultMaxSteps, 64 * 1024);
    CHECK(ed.history().bytes <= 64 * 1024);
    CHECK(ed.history().undo_steps > 10);
}

TEST_CASE("editor: out-of-range indices are refused, change nothing and never throw", "[editor]") {
    Editor ed(kh());
    const auto rev = ed.revision();
    const std::string before = write_plan(ed.plan());
    CHECK(ed.take_refusal().empty());
    CHECK_NOTHROW(ed.erase_item<Site>(500));
    CHECK(ed.take_refusal().find("erase") != std::string::npos);
    CHECK(ed.take_refusal().empty());                 // taken once
    CHECK_NOTHROW(ed.set_slot(500, Slot{}));
    CHECK_NOTHROW(ed.move_item<Recipient>(0, 500));
    CHECK_NOTHROW(ed.insert_item(ed.plan().tasks.size() + 1, Task{}));
    CHECK_NOTHROW(ed.set_item(ed.plan().tasks.size(), Task{}));
    CHECK(ed.refusals() == 5);
    CHECK(ed.revision() == rev);
    CHECK_FALSE(ed.can_undo());
    CHECK(write_plan(ed.plan()) == before);
    // Inside a group: the refused part is left out, the rest is one step.
    {
        Editor::Group g(ed, "nhóm");
        ed.erase_item<Site>(500);
        Task t;
        t.content = "Việc mới";
        ed.insert_item(0, t);
    }
    CHECK(ed.plan().tasks.at(0).content == "Việc mới");
    REQUIRE(ed.undo());
    CHECK(write_plan(ed.plan()) == before);
}

TEST_CASE("shift: dates in free text move with a recomputed weekday; others stay", "[shift][text]") {
    const auto moves = [](const Date& d) { return d == Date{2021, 10, 27}; };
    std::string s = "14h00-17h00 ngày 27/10/2021 (thứ Tư); văn bản ngày 26/10/2021; 1939/SGDĐT ngày 31/8/2021";
    CHECK(shift_dates_in_text(s, 8, moves) == 1);   // 4/11/2021 is a Thursday
    CHECK(s == "14h00-17h00 ngày 4/11/2021 (thứ Năm); văn bản ngày 26/10/2021; 1939/SGDĐT ngày 31/8/2021");
    s = "Thứ Tư, ngày 27/10/2021 và 27.10.2021 và 27-10-2021";
    CHECK(shift_dates_in_text(s, -21, moves) == 3);   // 6/10/2021: thứ Tư again; padding kept as written
    CHECK(s == "Thứ Tư, ngày 6/10/2021 và 6.10.2021 và 6-10-2021");
    s = "vào thứ Tư ngày 27/10/2021.";
    CHECK(shift_dates_in_text(s, 4, moves) == 1);
    CHECK(s == "vào chủ nhật ngày 31/10/2021.");   // the case of the first letter follows the old word
    s = "27/10/2021";
    const auto first = [](const Date& d) { return d == Date{2021, 10, 27}; };
    shift_dates_in_text(s, -22, first);
    CHECK(s == "5/10/2021");
    s = "05/01/2022";
    shift_dates_in_text(s, 1, [](const Date&) { return true; });
    CHECK(s == "06/01/2022");   // two-digit fields stay two digits
    s = "Thông tư 14/2020/TT-BGDĐT; 2020-2021; 131/8/2021; 31/8/20215";
    CHECK(shift_dates_in_text(s, 1, [](const Date&) { return true; }) == 0);
}

TEST_CASE("shift: the Kế hoạch moves to 7/9/2021 as one undo step", "[shift][bulk]") {
    Editor ed(kh());
    const Plan orig = ed.plan();
    ShiftReport r;
    REQUIRE(shift_plan_to(ed, Date{2021, 9, 7}, {}, &r));
    const Plan& p = ed.plan();
    CHECK(r.days == 7);
    CHECK(p.event.days[0].date == Date{2021, 9, 7});
    CHECK(p.event.tech_sessions[0].date == Date{2021, 9, 6});
    CHECK(p.tasks[0].deadline.date == Date{2021, 9, 2});
    CHECK(p.tasks[6].deadline.date == Date{2021, 9, 6});
    for (auto& s : p.sites) CHECK(s.test_date == Date{2021, 9, 6});
    CHECK(p.header.date == Date{2021, 8, 28});                     // the document date is its own
    CHECK(p.header.intro.find("ngày 28/8/2021") != std::string::npos);   // cites another document: unchanged
    bool found = false;
    for (auto& b : p.body) found = found || b.body.find("bắt đầu từ 08h00 ngày 7/9/2021") != std::string::npos;
    CHECK(found);
    CHECK(r.deadlines == 7);
    CHECK(r.site_tests == 18);
    CHECK(r.text_dates == 1);
    CHECK(r.summary_vi == "Đã dời kế hoạch 7 ngày: 1 ngày hội nghị, 1 buổi kỹ thuật, 7 thời hạn, 18 lịch kiểm tra, "
                          "1 ngày ghi trong văn bản.");
    CHECK(ed.history().undo_steps == 1);
    CHECK(ed.undo_label() == "Dời kế hoạch sang ngày 7/9/2021");
    ed.undo();
    CHECK(same(ed.plan(), orig));
    ed.redo();
    CHECK(ed.plan().event.days[0].date == Date{2021, 9, 7});

    ShiftOptions with_header;
    with_header.header_date = true;
    REQUIRE(shift_plan_to(ed, Date{2021, 9, 6}, with_header, &r));
    CHECK(r.days == -1);
    CHECK(ed.plan().header.date == Date{2021, 8, 27});

    Plan no_date = kh();
    no_date.event.days.clear();
    Editor e2(no_date);
    CHECK_FALSE(shift_plan_to(e2, Date{2021, 9, 7}));
    CHECK_FALSE(shift_plan_to(ed, Date{2021, 2, 30}));
}

TEST_CASE("shift: the công văn moves with its weekday; the validator agrees", "[shift][bulk]") {
    Editor ed(load_template("cong-van-k12"));
    REQUIRE(shift_plan_to(ed, Date{2021, 11, 4}));
    const Plan& p = ed.plan();
    for (auto& t : p.event.tech_sessions) CHECK(t.date == Date{2021, 11, 4});
    bool found = false;
    for (auto& b : p.body) found = found || b.body == "14h00-17h00 ngày 4/11/2021 (thứ Năm).";
    CHECK(found);
    // A real consumer: the checks compare weekdays written in texts with their dates.
    for (const Finding& f : validate(p)) {
        INFO(f.code << " at " << f.place);
        CHECK(f.code.find("weekday") == std::string::npos);
    }
}

TEST_CASE("shift: the large plan shifts as one step and the step is bounded", "[shift][perf]") {
    Editor ed(bench::large_plan());
    const Plan orig = ed.plan();
    auto t0 = std::chrono::steady_clock::now();
    REQUIRE(shift_plan_to(ed, Date{2021, 10, 1}));
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    INFO("shift of the large plan: " << ms << " ms, history " << ed.history().bytes << " bytes");
    CHECK(ed.history().undo_steps == 1);
    ed.undo();
    CHECK(same(ed.plan(), orig));
}
