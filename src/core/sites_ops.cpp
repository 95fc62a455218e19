// sites_ops.cpp — see sites_ops.h.
//
// [SECTION] Connection-test schedule
// [SECTION] Clashes
// [SECTION] Totals
// [SECTION] Editing
#include "core/sites_ops.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "core/datetime.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Connection-test schedule
//-----------------------------------------------------------------------------

TestSchedule plan_connection_tests(const Plan& plan, const TestWindow& w) {
    TestSchedule s;
    std::vector<std::size_t> who;
    // The central site first (if it gets a slot at all), then the list order.
    for (std::size_t i = 0; i < plan.sites.size(); ++i)
        if (plan.sites[i].central && w.include_central) who.push_back(i);
    for (std::size_t i = 0; i < plan.sites.size(); ++i)
        if (!plan.sites[i].central) who.push_back(i);
    s.needed = static_cast<int>(who.size());

    const std::string window = format_time(w.start) + " - " + format_time(w.end);
    if (!valid_date(w.date)) {
        s.message_vi = "Chưa chọn ngày kiểm tra kết nối.";
        s.message_en = "Choose the date of the connection tests.";
        return s;
    }
    if (w.start == kNoTime || w.end == kNoTime || w.end <= w.start || w.start < 0 || w.end > 24 * 60) {
        s.message_vi = "Khung giờ kiểm tra không hợp lệ: giờ kết thúc phải sau giờ bắt đầu.";
        s.message_en = "The test window is not valid: it must end after it starts.";
        return s;
    }
    if (w.minutes < 1 || w.gap < 0) {
        s.message_vi = "Thời lượng mỗi lượt kiểm tra phải từ 1 phút trở lên.";
        s.message_en = "Each test must last at least 1 minute.";
        return s;
    }
    // n tests need n*minutes + (n-1)*gap ≤ window.
    s.fitting = (w.end - w.start + w.gap) / (w.minutes + w.gap);
    const int n = std::min(s.needed, s.fitting);
    for (int k = 0; k < n; ++k) {
        TestAssignment a;
        a.site_index = who[k];
        a.site_id = plan.sites[who[k]].id;
        a.start = w.start + k * (w.minutes + w.gap);
        a.end = a.start + w.minutes;
        s.slots.push_back(std::move(a));
    }
    s.ok = s.needed <= s.fitting;
    if (!s.ok) {
        const int need_minutes = s.needed * w.minutes + (s.needed - 1) * w.gap;
        s.message_vi = "Khung giờ " + window + " chỉ đủ cho " + std::to_string(s.fitting) + " trong " +
                       std::to_string(s.needed) + " điểm cầu (mỗi lượt " + std::to_string(w.minutes) +
                       " phút); cần " + std::to_string(need_minutes) + " phút, đến " +
                       format_time(std::min(w.start + need_minutes, 24 * 60)) + ".";
        s.message_en = "The window " + window + " fits only " + std::to_string(s.fitting) + " of " +
                       std::to_string(s.needed) + " bridge points (" + std::to_string(w.minutes) +
                       " minutes each); it needs " + std::to_string(need_minutes) + " minutes, until " +
                       format_time(std::min(w.start + need_minutes, 24 * 60)) + ".";
    }
    return s;
}

bool apply_connection_tests(Editor& ed, const TestSchedule& s, const TestWindow& w, bool allow_partial) {
    if (s.slots.empty() || (!s.ok && !allow_partial)) return false;
    std::vector<Site> sites = ed.plan().sites;
    for (const TestAssignment& a : s.slots) {
        // By id: the list may have been reordered since the preview was made.
        auto it = std::find_if(sites.begin(), sites.end(), [&](const Site& x) { return x.id == a.site_id; });
        if (it == sites.end()) continue;
        it->test_date = w.date;
        it->test_start = a.start;
        it->test_end = a.end;
    }
    Editor::Group g(ed, "Lập lịch kiểm tra kết nối cho " + std::to_string(s.slots.size()) + " điểm cầu");
    ed.replace_sites(std::move(sites), {});
    Event ev = ed.plan().event;
    for (auto& t : ev.tech_sessions)
        if (t.kind == TechKind::ConnectionTest) {
            t.date = w.date;
            t.start = w.start;
            t.end = s.slots.back().end;
            break;
        }
    ed.set_event(std::move(ev));
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Clashes
//-----------------------------------------------------------------------------

std::vector<TestClash> test_clashes(const Plan& plan) {
    // Sweep over tests sorted by (date, start): only tests still running when a
    // later one starts can overlap it, so this is O(n log n + clashes).
    struct T { std::int64_t day; int start, end; std::size_t i; };
    std::vector<T> ts;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const Site& s = plan.sites[i];
        if (!valid_date(s.test_date) || s.test_start == kNoTime) continue;
        const int end = s.test_end == kNoTime || s.test_end < s.test_start ? s.test_start : s.test_end;
        ts.push_back({to_days(s.test_date), s.test_start, end, i});
    }
    std::sort(ts.begin(), ts.end(), [](const T& a, const T& b) {
        return std::tie(a.day, a.start, a.i) < std::tie(b.day, b.start, b.i);
    });
    std::vector<TestClash> out;
    std::vector<const T*> running;
    for (const T& t : ts) {
        running.erase(std::remove_if(running.begin(), running.end(),
                                     [&](const T* r) { return r->day != t.day || r->end <= t.start; }),
                      running.end());
        for (const T* r : running) {
            // Points (start == end) clash only with a test that contains them.
            const int overlap = std::min(r->end, t.end) - t.start;
            if (overlap <= 0 && !(t.start == t.end && t.start < r->end)) continue;
            TestClash c;
            c.a = std::min(r->i, t.i);
            c.b = std::max(r->i, t.i);
            c.overlap_minutes = std::max(0, overlap);
            const std::string& ta = plan.sites[c.a].technician;
            c.same_technician = !ta.empty() && ta == plan.sites[c.b].technician;
            out.push_back(c);
        }
        running.push_back(&t);
    }
    std::sort(out.begin(), out.end(), [](const TestClash& x, const TestClash& y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Totals
//-----------------------------------------------------------------------------

SiteTotals site_totals(const Plan& plan) {
    SiteTotals t;
    for (const Site& s : plan.sites) {
        ++t.sites;
        if (s.central) ++t.central;
        else ++t.remote;
        t.attendees += s.headcount;
        if (plan.event.headcount_limit > 0 && s.headcount > plan.event.headcount_limit) ++t.over_limit;
        switch (s.test_status) {
            case TestStatus::Ok: ++t.tested_ok; break;
            case TestStatus::NotTested: ++t.not_tested; break;
            default: ++t.with_problem; break;
        }
        if (s.test_start == kNoTime) ++t.without_slot;
    }
    return t;
}

//-----------------------------------------------------------------------------
// [SECTION] Editing
//-----------------------------------------------------------------------------

void set_central_site(Editor& ed, std::size_t i) {
    std::vector<Site> sites = ed.plan().sites;
    if (i >= sites.size()) return;
    for (std::size_t k = 0; k < sites.size(); ++k) sites[k].central = k == i;
    std::rotate(sites.begin(), sites.begin() + i, sites.begin() + i + 1);   // to the top, others keep order
    ed.replace_sites(std::move(sites), "Đặt điểm cầu trung tâm");
}

bool central_first(Editor& ed) {
    const auto& sites = ed.plan().sites;
    auto it = std::find_if(sites.begin(), sites.end(), [](const Site& s) { return s.central; });
    if (it == sites.end() || it == sites.begin()) return false;
    ed.move_item<Site>(static_cast<std::size_t>(it - sites.begin()), 0, "Đưa điểm cầu trung tâm lên đầu");
    return true;
}

std::size_t add_site(Editor& ed, std::size_t i, const std::string& name) {
    const auto& sites = ed.plan().sites;
    i = std::min(i, sites.size());
    if (i == 0 && !sites.empty() && sites[0].central) i = 1;
    Editor::Group g(ed, "Thêm điểm cầu");
    Site s;
    s.id = ed.new_id("s");
    s.name = name;
    ed.insert_item(i, std::move(s));
    return i;
}

}  // namespace dc
