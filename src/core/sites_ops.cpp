// sites_ops.cpp — see sites_ops.h.
//
// [SECTION] Headcount limits, invitations, duplicate names
// [SECTION] Connection-test schedule
// [SECTION] Several windows and lanes
// [SECTION] Clashes
// [SECTION] Totals
// [SECTION] Editing
#include "core/sites_ops.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>

#include "core/datetime.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Headcount limits, invitations, duplicate names
//-----------------------------------------------------------------------------

namespace {
const SiteGroup* group_of(const Plan& plan, const Site& s) {
    if (s.group_id.empty()) return nullptr;
    for (const SiteGroup& g : plan.site_groups)
        if (g.id == s.group_id) return &g;
    return nullptr;
}

std::string trim_copy(std::string_view v) {
    std::size_t a = 0, b = v.size();
    while (a < b && (v[a] == ' ' || v[a] == '\t')) ++a;
    while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\t')) --b;
    return std::string(v.substr(a, b - a));
}

// Drops the whole words `lead` (compared folded) from the front of s.
bool drop_prefix(std::string& s, std::string_view lead) {
    const std::size_t words = 1 + static_cast<std::size_t>(std::count(lead.begin(), lead.end(), ' '));
    std::size_t end = 0;
    for (std::size_t k = 0; k < words; ++k) {
        if (k > 0) {
            if (end >= s.size()) return false;
            ++end;   // the space between two words
        }
        end = std::min(s.find(' ', end), s.size());
    }
    if (fold_for_search(std::string_view(s).substr(0, end)) != fold_for_search(lead)) return false;
    s = trim_copy(std::string_view(s).substr(end));
    return true;
}
}  // namespace

int headcount_limit_for(const Plan& plan, const Site& s) {
    if (s.central && plan.event.central_headcount_limit > 0) return plan.event.central_headcount_limit;
    if (const SiteGroup* g = group_of(plan, s); g && g->headcount_limit > 0) return g->headcount_limit;
    return plan.event.headcount_limit;
}

bool invited_to_speak(const Plan& plan, const Site& s) {
    if (s.invited_to_speak) return true;
    const SiteGroup* g = group_of(plan, s);
    return g && g->invited_to_speak;
}

std::vector<std::string> invited_site_ids(const Plan& plan) {
    std::vector<std::string> out;
    for (const Site& s : plan.sites)
        if (!s.central && invited_to_speak(plan, s)) out.push_back(s.id);
    return out;
}

std::vector<std::vector<std::size_t>> duplicate_site_names(const Plan& plan) {
    // Key: group id + folded name; a map keeps the first index of each key.
    std::map<std::pair<std::string, std::string>, std::size_t> set_of;
    std::vector<std::vector<std::size_t>> sets;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const Site& s = plan.sites[i];
        const std::string name = fold_for_search(trim_copy(s.name));
        if (name.empty()) continue;
        auto [it, fresh] = set_of.emplace(std::make_pair(s.group_id, name), sets.size());
        if (fresh) sets.push_back({i});
        else sets[it->second].push_back(i);
    }
    sets.erase(std::remove_if(sets.begin(), sets.end(), [](const auto& v) { return v.size() < 2; }), sets.end());
    return sets;
}

std::string distinguishing_name(const Plan& plan, std::size_t i) {
    if (i >= plan.sites.size()) return {};
    const Site& s = plan.sites[i];
    const SiteGroup* g = group_of(plan, s);
    if (!g) return {};
    // "Điểm cầu tại các trường Tiểu học" → "trường Tiểu học": the words that
    // say what kind of site it is, without the list's own wording.
    std::string word = trim_copy(g->name);
    for (bool again = true; again;) {
        again = false;
        for (const char* lead : {"Điểm cầu", "tại", "các", "những"}) again = drop_prefix(word, lead) || again;
        // "17 phòng GDĐT": a count is not part of the kind.
        std::size_t d = 0;
        while (d < word.size() && word[d] >= '0' && word[d] <= '9') ++d;
        if (d > 0 && d < word.size() && word[d] == ' ') { word = trim_copy(std::string_view(word).substr(d)); again = true; }
    }
    if (word.empty()) return {};
    std::string rest = word;
    if (drop_prefix(rest, "trường")) word = "Trường " + rest;
    else if (!fold_for_search(word).empty() && std::string_view(word).substr(0, 1) != "T" &&
             (search_match(word, "tieu hoc") || search_match(word, "mam non") || search_match(word, "thcs") ||
              search_match(word, "thpt") || search_match(word, "trung hoc")))
        word = "Trường " + word;   // "Tiểu học" alone names a level, not a site
    const std::string name = trim_copy(s.name);
    if (search_match(name, word)) return {};
    return word + " " + name;
}

std::vector<std::pair<std::size_t, std::string>> duplicate_renames(const Plan& plan) {
    // A name used twice anywhere: within a group (flagged) or across groups
    // (the group tells them apart, but only once its word is in the name).
    std::map<std::string, std::vector<std::size_t>> by_name;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const std::string n = fold_for_search(trim_copy(plan.sites[i].name));
        if (!n.empty()) by_name[n].push_back(i);
    }
    std::vector<std::pair<std::size_t, std::string>> out;
    for (const auto& [name, list] : by_name) {
        if (list.size() < 2) continue;
        for (std::size_t i : list)
            if (std::string n = distinguishing_name(plan, i); !n.empty()) out.emplace_back(i, std::move(n));
    }
    std::sort(out.begin(), out.end());
    return out;
}

int rename_duplicates(Editor& ed) {
    const auto renames = duplicate_renames(ed.plan());
    if (renames.empty()) return 0;
    std::vector<Site> sites = ed.plan().sites;
    for (const auto& [i, n] : renames) sites[i].name = n;
    ed.replace_sites(std::move(sites), "Thêm tên nhóm vào tên điểm cầu trùng");
    return static_cast<int>(renames.size());
}

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
// [SECTION] Several windows and lanes
//-----------------------------------------------------------------------------

namespace {
// Busy intervals of one lane (or one site technician) on one day, kept sorted
// by start: finding the first free start is a walk from the window's start.
using Busy = std::vector<std::pair<int, int>>;

// The first start ≥ from where [start, start+len) leaves `gap` minutes to
// every busy interval of `b`; kNoTime when none ends by `until`.
int first_free(const Busy& b, int from, int len, int gap, int until) {
    int t = from;
    for (const auto& [bs, be] : b) {
        if (be + gap <= t) continue;
        if (t + len + gap <= bs) break;
        t = std::max(t, be + gap);
    }
    return t + len <= until ? t : kNoTime;
}

void add_busy(Busy& b, int start, int end) {
    b.insert(std::upper_bound(b.begin(), b.end(), std::make_pair(start, end)), {start, end});
}

bool busy_overlaps(const Busy& b, int start, int end) {
    for (const auto& [bs, be] : b)
        if (bs < end && start < be) return true;
    return false;
}

int slot_minutes(const TestRequest& r, const Site& s) {
    for (const auto& [g, m] : r.group_minutes)
        if (g == s.group_id && m > 0) return m;
    return r.minutes;
}
}  // namespace

LaneSchedule plan_test_lanes(const Plan& plan, const TestRequest& r) {
    LaneSchedule out;
    if (r.windows.empty()) { out.problem = LaneSchedule::NoWindow; return out; }
    for (std::size_t k = 0; k < r.windows.size(); ++k) {
        const TestSpan& w = r.windows[k];
        if (!valid_date(w.date) || w.start == kNoTime || w.end == kNoTime || w.end <= w.start || w.start < 0 ||
            w.end > 24 * 60) {
            out.problem = LaneSchedule::BadWindow;
            out.problem_window = k;
            return out;
        }
    }
    if (r.minutes < 1 || r.gap < 0) { out.problem = LaneSchedule::BadMinutes; return out; }

    const std::size_t lanes = std::max<std::size_t>(1, r.lanes.size());
    auto lane_of = [&](const std::string& name) -> std::size_t {
        // An existing test with no lane, or one no longer named, holds the first lane.
        for (std::size_t l = 0; l < r.lanes.size(); ++l)
            if (fold_for_search(r.lanes[l]) == fold_for_search(name)) return l;
        return 0;
    };
    std::map<std::pair<std::size_t, std::int64_t>, Busy> lane_busy;       // (lane, day)
    std::map<std::pair<std::string, std::int64_t>, Busy> tech_busy;       // (site technician, day)
    std::vector<std::size_t> who;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const Site& s = plan.sites[i];
        const bool has_slot = valid_date(s.test_date) && s.test_start != kNoTime;
        const bool wanted = !s.central || r.include_central;
        if (has_slot && (r.only_unscheduled || !wanted)) {
            // Kept: its time holds its lane and its technician.
            const int end = s.test_end != kNoTime && s.test_end > s.test_start ? s.test_end : s.test_start + 1;
            add_busy(lane_busy[{lane_of(s.test_lane), to_days(s.test_date)}], s.test_start, end);
            const std::string tech = fold_for_search(trim_copy(s.technician));
            if (!tech.empty()) add_busy(tech_busy[{tech, to_days(s.test_date)}], s.test_start, end);
            if (wanted) ++out.kept;
            continue;
        }
        if (wanted) who.push_back(i);
    }
    // The central site first when it gets a slot of its own, then list order.
    std::stable_partition(who.begin(), who.end(), [&](std::size_t i) { return plan.sites[i].central; });
    out.needed = static_cast<int>(who.size());

    for (std::size_t i : who) {
        const Site& s = plan.sites[i];
        const int len = slot_minutes(r, s);
        const std::string tech = fold_for_search(trim_copy(s.technician));
        bool placed = false;
        for (const TestSpan& w : r.windows) {
            const std::int64_t day = to_days(w.date);
            int best = kNoTime;
            std::size_t best_lane = 0;
            for (std::size_t l = 0; l < lanes; ++l) {
                const Busy& lb = lane_busy[{l, day}];
                int t = first_free(lb, w.start, len, r.gap, w.end);
                // The site's own technician must be free as well: step past his tests.
                const Busy* tb = tech.empty() ? nullptr : &tech_busy[{tech, day}];
                while (t != kNoTime && tb && busy_overlaps(*tb, t, t + len)) {
                    int next = t;
                    for (const auto& [bs, be] : *tb)
                        if (bs < t + len && t < be) next = std::max(next, be);
                    t = first_free(lb, next, len, r.gap, w.end);
                }
                if (t != kNoTime && (best == kNoTime || t < best)) { best = t; best_lane = l; }
            }
            if (best == kNoTime) continue;
            add_busy(lane_busy[{best_lane, day}], best, best + len);
            if (!tech.empty()) add_busy(tech_busy[{tech, day}], best, best + len);
            out.slots.push_back(LaneSlot{s.id, i, w.date, best, best + len, static_cast<int>(best_lane)});
            placed = true;
            break;
        }
        if (!placed) out.unplaced.push_back(i);
    }
    std::sort(out.slots.begin(), out.slots.end(), [](const LaneSlot& a, const LaneSlot& b) {
        return std::make_tuple(to_days(a.date), a.start, a.lane, a.site_index) <
               std::make_tuple(to_days(b.date), b.start, b.lane, b.site_index);
    });
    std::sort(out.unplaced.begin(), out.unplaced.end());
    return out;
}

bool apply_test_lanes(Editor& ed, const LaneSchedule& s, const TestRequest& r) {
    if (s.problem != LaneSchedule::None || s.slots.empty()) return false;
    std::vector<Site> sites = ed.plan().sites;
    for (const LaneSlot& a : s.slots) {
        // By id: the list may have been reordered since the preview was made.
        auto it = std::find_if(sites.begin(), sites.end(), [&](const Site& x) { return x.id == a.site_id; });
        if (it == sites.end()) continue;
        it->test_date = a.date;
        it->test_start = a.start;
        it->test_end = a.end;
        it->test_lane = a.lane < static_cast<int>(r.lanes.size()) ? r.lanes[a.lane] : std::string();
    }
    Editor::Group g(ed, "Lập lịch kiểm tra kết nối cho " + std::to_string(s.slots.size()) + " điểm cầu");
    ed.replace_sites(std::move(sites), {});
    // The plan's connection-test session shows the first day's tests.
    Event ev = ed.plan().event;
    for (auto& t : ev.tech_sessions)
        if (t.kind == TechKind::ConnectionTest) {
            const CallRow* first = nullptr;
            int last_end = kNoTime;
            const auto sheet = call_sheet(ed.plan());
            for (const CallRow& c : sheet) {
                if (!first) first = &c;
                if (c.date == first->date) last_end = std::max(last_end == kNoTime ? c.end : last_end, c.end);
            }
            if (first) {
                t.date = first->date;
                t.start = first->start;
                t.end = last_end;
            }
            break;
        }
    ed.set_event(std::move(ev));
    return true;
}

std::vector<CallRow> call_sheet(const Plan& plan) {
    std::vector<CallRow> out;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const Site& s = plan.sites[i];
        if (!valid_date(s.test_date) || s.test_start == kNoTime) continue;
        out.push_back(CallRow{i, s.test_date, s.test_start, s.test_end, s.test_lane});
    }
    std::vector<std::string> lane_key(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) lane_key[k] = fold_for_search(out[k].lane);
    std::vector<std::size_t> order(out.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::make_tuple(to_days(out[a].date), out[a].start, std::cref(lane_key[a]), out[a].site_index) <
               std::make_tuple(to_days(out[b].date), out[b].start, std::cref(lane_key[b]), out[b].site_index);
    });
    std::vector<CallRow> sorted;
    sorted.reserve(out.size());
    for (std::size_t k : order) sorted.push_back(std::move(out[k]));
    return sorted;
}

//-----------------------------------------------------------------------------
// [SECTION] Clashes
//-----------------------------------------------------------------------------

std::vector<TestClash> test_clashes(const Plan& plan) {
    // Sweep over tests sorted by (date, start): only tests still running when a
    // later one starts can overlap it, so this is O(n log n + clashes).
    // Tests in two lanes (two central technicians) run side by side.
    struct T { std::string lane; std::int64_t day; int start, end; std::size_t i; };
    std::vector<T> ts;
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
        const Site& s = plan.sites[i];
        if (!valid_date(s.test_date) || s.test_start == kNoTime) continue;
        const int end = s.test_end == kNoTime || s.test_end < s.test_start ? s.test_start : s.test_end;
        ts.push_back({fold_for_search(s.test_lane), to_days(s.test_date), s.test_start, end, i});
    }
    std::sort(ts.begin(), ts.end(), [](const T& a, const T& b) {
        return std::tie(a.lane, a.day, a.start, a.i) < std::tie(b.lane, b.day, b.start, b.i);
    });
    std::vector<TestClash> out;
    std::vector<const T*> running;
    for (const T& t : ts) {
        running.erase(std::remove_if(running.begin(), running.end(),
                                     [&](const T* r) { return r->lane != t.lane || r->day != t.day || r->end <= t.start; }),
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
        const int limit = headcount_limit_for(plan, s);
        if (limit > 0 && s.headcount > limit) ++t.over_limit;
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
