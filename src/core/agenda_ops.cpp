// agenda_ops.cpp — see agenda_ops.h.
//
// [SECTION] Snapping and pure slot arithmetic
// [SECTION] Helpers
// [SECTION] Editor operations
// [SECTION] Speaking turns
// [SECTION] Totals
#include "core/agenda_ops.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "core/sites_ops.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Snapping and pure slot arithmetic
//-----------------------------------------------------------------------------

namespace {
int floor_div(int a, int b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int clamp_int(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
}  // namespace

int snap_minutes(int minutes, int step) {
    if (step <= 1) return minutes;
    // floor((m + step/2) / step) * step: nearest multiple, ties upwards, and the
    // same rule on both sides of zero (plain integer division would round -3
    // toward zero and make dragging up feel different from dragging down).
    return floor_div(minutes + step / 2, step) * step;
}

bool is_point(const Slot& s) { return s.end == kNoTime || s.end == s.start; }
int slot_length(const Slot& s) {
    if (s.start == kNoTime || is_point(s)) return 0;
    return std::max(0, s.end - s.start);
}

Slot moved_slot(const Slot& s, int delta, int step) {
    if (s.start == kNoTime) return s;
    Slot r = s;
    const int len = slot_length(s);
    r.start = clamp_int(snap_minutes(s.start + delta, step), 0, kDayMinutes - len);
    if (s.end != kNoTime) r.end = r.start + len;
    return r;
}

Slot resized_start(const Slot& s, int new_start, int step) {
    if (s.start == kNoTime) return s;
    if (is_point(s)) return moved_slot(s, new_start - s.start, step);
    Slot r = s;
    r.start = clamp_int(snap_minutes(new_start, step), 0, s.end - kMinSlotMinutes);
    return r;
}

Slot resized_end(const Slot& s, int new_end, int step) {
    if (s.start == kNoTime) return s;
    if (is_point(s)) return moved_slot(s, new_end - s.start, step);
    Slot r = s;
    r.end = clamp_int(snap_minutes(new_end, step), s.start + kMinSlotMinutes, kDayMinutes);
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

namespace {
bool slot_order(const Slot& a, const Slot& b) { return std::tie(a.day, a.start) < std::tie(b.day, b.start); }

// Shifted by `minutes`, or false if the slot would leave the day.
bool shift_slot(Slot& s, int minutes) {
    if (s.start == kNoTime) return true;
    const int ns = s.start + minutes;
    const int ne = s.end == kNoTime ? ns : s.end + minutes;
    if (ns < 0 || ne > kDayMinutes) return false;
    s.start = ns;
    if (s.end != kNoTime) s.end = ne;
    return true;
}

std::string slot_label(const char* what, std::size_t i) { return std::string(what) + " " + std::to_string(i + 1); }
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Editor operations
//-----------------------------------------------------------------------------

std::size_t move_slot_by(Editor& ed, std::size_t i, int delta, int step) {
    return ed.set_slot(i, moved_slot(ed.plan().agenda.at(i), delta, step), slot_label("Dời mục chương trình", i));
}

std::size_t resize_slot_start(Editor& ed, std::size_t i, int new_start, int step) {
    return ed.set_slot(i, resized_start(ed.plan().agenda.at(i), new_start, step),
                       slot_label("Đổi giờ bắt đầu mục chương trình", i));
}

std::size_t resize_slot_end(Editor& ed, std::size_t i, int new_end, int step) {
    return ed.set_slot(i, resized_end(ed.plan().agenda.at(i), new_end, step),
                       slot_label("Đổi giờ kết thúc mục chương trình", i));
}

bool shift_after(Editor& ed, std::size_t i, int minutes, bool include_self) {
    std::vector<Slot> ag = ed.plan().agenda;
    if (i >= ag.size()) return false;
    if (minutes == 0) return false;
    const int day = ag[i].day;
    for (std::size_t k = include_self ? i : i + 1; k < ag.size(); ++k)
        if (ag[k].day == day && !shift_slot(ag[k], minutes)) return false;
    std::stable_sort(ag.begin(), ag.end(), slot_order);
    return ed.replace_agenda(std::move(ag), (minutes > 0 ? "Lùi các mục sau " : "Đưa sớm các mục sau ") +
                                                std::to_string(std::abs(minutes)) + " phút");
}

bool close_gaps(Editor& ed, int day) {
    std::vector<Slot> ag = ed.plan().agenda;
    int cursor = kNoTime;
    for (auto& s : ag) {
        if (s.day != day || s.start == kNoTime) continue;
        if (cursor != kNoTime && !shift_slot(s, cursor - s.start)) return false;
        cursor = is_point(s) ? s.start : s.end;
    }
    std::stable_sort(ag.begin(), ag.end(), slot_order);
    return ed.replace_agenda(std::move(ag), "Xếp liền các mục chương trình");
}

bool set_conference_start(Editor& ed, int day, int new_start) {
    const Plan& p = ed.plan();
    if (day < 0 || new_start < 0 || new_start >= kDayMinutes) return false;
    int old = kNoTime;
    if (static_cast<std::size_t>(day) < p.event.days.size()) old = p.event.days[day].start;
    if (old == kNoTime)   // no start written: the first slot of the day stands for it
        for (auto& s : p.agenda)
            if (s.day == day && s.start != kNoTime) { old = s.start; break; }
    const int delta = old == kNoTime ? 0 : new_start - old;

    std::vector<Slot> ag = p.agenda;
    for (auto& s : ag)
        if (s.day == day && !shift_slot(s, delta)) return false;
    Event ev = p.event;
    if (static_cast<std::size_t>(day) < ev.days.size()) {
        EventDay& d = ev.days[day];
        if (d.end != kNoTime && d.end + delta > kDayMinutes) return false;
        d.start = new_start;
        if (d.end != kNoTime) d.end += delta;
    }
    std::stable_sort(ag.begin(), ag.end(), slot_order);
    Editor::Group g(ed, "Đổi giờ bắt đầu hội nghị");
    ed.set_event(std::move(ev));
    ed.replace_agenda(std::move(ag), {});
    return true;
}

std::size_t add_slot_at(Editor& ed, int day, int time, int step) {
    const auto& ag = ed.plan().agenda;
    int t = clamp_int(snap_minutes(time, step), 0, kDayMinutes - 15);
    // Inside a slot: start at its end (repeat: slots may follow each other).
    for (bool moved = true; moved;) {
        moved = false;
        for (auto& s : ag)
            if (s.day == day && !is_point(s) && s.start != kNoTime && s.start <= t && t < s.end) {
                t = s.end;
                moved = true;
            }
    }
    t = std::min(t, kDayMinutes - 15);
    int next = kDayMinutes;
    for (auto& s : ag)
        if (s.day == day && s.start != kNoTime && s.start > t) next = std::min(next, s.start);
    const int room = next - t;
    const int len = room >= 30 ? 30 : room >= 15 ? room : 15;

    Editor::Group g(ed, "Thêm mục chương trình");
    Slot s;
    s.id = ed.new_id("a");
    s.day = day;
    s.start = t;
    s.end = std::min(t + len, kDayMinutes);
    s.items.push_back(AgendaItem{});
    return ed.insert_slot(std::move(s));
}

std::size_t duplicate_slot(Editor& ed, std::size_t i) {
    Slot s = ed.plan().agenda.at(i);
    Editor::Group g(ed, slot_label("Nhân bản mục chương trình", i));
    s.id = ed.new_id("a");
    if (!is_point(s) && s.start != kNoTime) {
        const int len = slot_length(s);
        s.start = std::min(s.end, kDayMinutes - len);
        s.end = s.start + len;
    }
    return ed.insert_slot(std::move(s));
}

//-----------------------------------------------------------------------------
// [SECTION] Speaking turns
//-----------------------------------------------------------------------------

std::vector<Turn> equal_turns(const std::vector<std::string>& site_ids, int total_minutes) {
    std::vector<Turn> out;
    if (site_ids.empty()) return out;
    const int n = static_cast<int>(site_ids.size());
    const int total = std::max(0, total_minutes);
    const int base = total / n, extra = total % n;
    for (int k = 0; k < n; ++k) out.push_back(Turn{site_ids[k], base + (k < extra ? 1 : 0), {}});
    return out;
}

TurnCheck check_turns(const Plan& plan, const Slot& slot, const std::vector<std::string>& invited_in) {
    TurnCheck c;
    c.slot_minutes = slot_length(slot);
    std::set<std::string> known;
    for (auto& s : plan.sites) known.insert(s.id);
    // Only sites marked "Được mời phát biểu" (or in a group so marked) are
    // expected to speak: a plan that marks none expects nobody in particular.
    const std::vector<std::string> invited = invited_in.empty() ? invited_site_ids(plan) : invited_in;
    const bool any_invited = !invited.empty();
    const std::set<std::string> invited_set(invited.begin(), invited.end());
    std::map<std::string, int> count;
    for (auto& t : slot.turns) {
        c.turn_minutes += t.minutes;
        if (++count[t.site_id] == 2) c.repeated.push_back(t.site_id);
        if (!known.count(t.site_id)) c.unknown_sites.push_back(t.site_id);
        else if (any_invited && !invited_set.count(t.site_id) && count[t.site_id] == 1)
            c.uninvited_with_turn.push_back(t.site_id);
    }
    for (auto& id : invited)
        if (!count.count(id)) c.invited_without_turn.push_back(id);
    c.overrun = std::max(0, c.turn_minutes - c.slot_minutes);
    return c;
}

void allocate_turns(Editor& ed, std::size_t i, const std::vector<std::string>& site_ids) {
    Slot s = ed.plan().agenda.at(i);
    s.turns = equal_turns(site_ids, slot_length(s));
    ed.set_slot(i, std::move(s), slot_label("Chia lượt phát biểu mục chương trình", i));
}

//-----------------------------------------------------------------------------
// [SECTION] Totals
//-----------------------------------------------------------------------------

AgendaTotals agenda_totals(const Plan& plan, int day) {
    AgendaTotals t;
    std::vector<std::pair<int, int>> spans;
    for (auto& s : plan.agenda) {
        if (s.day != day) continue;
        ++t.slots;
        if (s.start == kNoTime) continue;
        const int end = is_point(s) ? s.start : s.end;
        t.start = t.start == kNoTime ? s.start : std::min(t.start, s.start);
        t.end = t.end == kNoTime ? end : std::max(t.end, end);
        const auto k = static_cast<std::size_t>(s.kind);
        if (k < t.minutes_by_kind.size()) t.minutes_by_kind[k] += slot_length(s);
        spans.emplace_back(s.start, end);
    }
    if (t.start == kNoTime) return t;
    t.span = t.end - t.start;
    std::sort(spans.begin(), spans.end());
    int covered_to = spans.front().first;
    for (auto& [a, b] : spans) {
        if (a > covered_to) t.gap_minutes += a - covered_to;
        covered_to = std::max(covered_to, b);
    }
    return t;
}

}  // namespace dc
