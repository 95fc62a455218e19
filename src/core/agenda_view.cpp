// agenda_view.cpp — see agenda_view.h.
#include "core/agenda_view.h"

#include <algorithm>

#include "core/agenda_ops.h"   // kDayMinutes

namespace dc {

int agenda_day_count(const Plan& plan) {
    int n = static_cast<int>(plan.event.days.size());
    for (const Slot& s : plan.agenda) n = std::max(n, s.day + 1);
    return std::max(n, 1);
}

std::vector<std::size_t> tech_sessions_on_day(const Plan& plan, int day) {
    std::vector<std::size_t> out;
    if (day < 0 || day >= static_cast<int>(plan.event.days.size())) return out;
    const Date& d = plan.event.days[static_cast<std::size_t>(day)].date;
    if (!d.complete()) return out;
    for (std::size_t i = 0; i < plan.event.tech_sessions.size(); ++i) {
        const TechSession& t = plan.event.tech_sessions[i];
        if (t.date == d && t.start != kNoTime) out.push_back(i);
    }
    return out;
}

AxisRange agenda_axis_range(const Plan& plan, int day, int margin) {
    int lo = kDayMinutes, hi = -1;
    auto take = [&](int a, int b) {
        if (a == kNoTime) return;
        if (b == kNoTime || b < a) b = a;
        lo = std::min(lo, a);
        hi = std::max(hi, b);
    };
    for (const Slot& s : plan.agenda)
        if (s.day == day) take(s.start, s.end);
    if (day >= 0 && day < static_cast<int>(plan.event.days.size())) {
        const EventDay& d = plan.event.days[static_cast<std::size_t>(day)];
        take(d.start, d.end);
    }
    for (std::size_t i : tech_sessions_on_day(plan, day)) {
        const TechSession& t = plan.event.tech_sessions[i];
        // An open-ended session ("Tổng duyệt lúc 14h00") gets half an hour on the axis.
        take(t.start, t.end == kNoTime ? t.start + 30 : t.end);
    }
    AxisRange r;
    if (hi < 0) return r;
    lo = std::max(0, lo - margin);
    hi = std::min(kDayMinutes, hi + margin);
    r.start = lo / 60 * 60;
    r.end = std::min(kDayMinutes, (hi + 59) / 60 * 60);
    if (r.end - r.start < 60) r.end = std::min(kDayMinutes, r.start + 60);
    if (r.end - r.start < 60) r.start = r.end - 60;
    return r;
}

std::vector<SlotLane> agenda_lanes(const Plan& plan, int day, int point_minutes) {
    struct Span { std::size_t idx; int a, b; };
    std::vector<Span> spans;
    for (std::size_t i = 0; i < plan.agenda.size(); ++i) {
        const Slot& s = plan.agenda[i];
        if (s.day != day || s.start == kNoTime) continue;
        int b = (s.end == kNoTime || s.end <= s.start) ? s.start + std::max(1, point_minutes) : s.end;
        spans.push_back({i, s.start, b});
    }
    std::stable_sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) { return x.a < y.a; });
    std::vector<SlotLane> out;
    out.reserve(spans.size());
    std::size_t cluster_begin = 0;
    int cluster_end = -1;
    std::vector<int> lane_end;   // per lane: where its last span ends
    auto close_cluster = [&](std::size_t upto) {
        const int lanes = static_cast<int>(lane_end.size());
        for (std::size_t k = cluster_begin; k < upto; ++k) out[k].lanes = std::max(1, lanes);
        lane_end.clear();
        cluster_begin = upto;
    };
    for (const Span& sp : spans) {
        if (sp.a >= cluster_end && !out.empty()) close_cluster(out.size());
        int lane = -1;
        for (std::size_t l = 0; l < lane_end.size(); ++l)
            if (lane_end[l] <= sp.a) { lane = static_cast<int>(l); break; }
        if (lane < 0) { lane = static_cast<int>(lane_end.size()); lane_end.push_back(sp.b); }
        else lane_end[static_cast<std::size_t>(lane)] = sp.b;
        out.push_back({sp.idx, lane, 1});
        cluster_end = std::max(cluster_end, sp.b);
    }
    close_cluster(out.size());
    return out;
}

int finding_slot_index(const std::string& place) {
    static const std::string prefix = "agenda[";
    if (place.compare(0, prefix.size(), prefix) != 0) return -1;
    std::size_t i = prefix.size();
    if (i >= place.size() || place[i] < '0' || place[i] > '9') return -1;
    long v = 0;
    while (i < place.size() && place[i] >= '0' && place[i] <= '9') {
        v = v * 10 + (place[i] - '0');
        if (v > 100000000) return -1;
        ++i;
    }
    if (i >= place.size() || place[i] != ']') return -1;
    return static_cast<int>(v);
}

int neighbour_slot(const Plan& plan, int day, int from, int direction) {
    // The agenda is sorted by (day, start): neighbours in the vector are
    // neighbours in time.
    const int n = static_cast<int>(plan.agenda.size());
    if (from < 0 || from >= n) {
        if (direction >= 0) {
            for (int i = 0; i < n; ++i) if (plan.agenda[static_cast<std::size_t>(i)].day == day) return i;
        } else {
            for (int i = n - 1; i >= 0; --i) if (plan.agenda[static_cast<std::size_t>(i)].day == day) return i;
        }
        return -1;
    }
    for (int i = from + (direction >= 0 ? 1 : -1); i >= 0 && i < n; i += direction >= 0 ? 1 : -1)
        if (plan.agenda[static_cast<std::size_t>(i)].day == day) return i;
    return -1;
}

}  // namespace dc
