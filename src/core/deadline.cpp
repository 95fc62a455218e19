// deadline.cpp — see deadline.h for what each qualifier means.
#include "core/deadline.h"

#include "core/datetime.h"

namespace dc {

std::optional<Date> deadline_date(const Deadline& d, const Plan& plan) {
    if (d.relative) {
        if (plan.event.days.empty() || !valid_date(plan.event.days[0].date)) return std::nullopt;
        return add_days(plan.event.days[0].date, -d.days_before_event);
    }
    if (!valid_date(d.date)) return std::nullopt;
    return d.date;
}

std::optional<Date> deadline_last_day(const Deadline& d, const Plan& plan) {
    auto date = deadline_date(d, plan);
    if (!date) return std::nullopt;
    return d.qualifier == DeadlineQualifier::Before ? add_days(*date, -1) : *date;
}

std::string deadline_print_text(const Deadline& d, const Plan& plan) {
    auto date = deadline_date(d, plan);
    if (!date) {
        if (!d.relative) return std::string();
        return d.days_before_event == 0 ? std::string("Trong ngày Hội nghị")
                                        : std::to_string(d.days_before_event) + " ngày trước Hội nghị";
    }
    const std::string ds = format_date(*date);
    // A date counted from the event is never printed bare (a bare date gives
    // the reader no rule): "Trong ngày" on the event day, else "Chậm nhất
    // ngày", which keeps the same last day as Plain (deadline_last_day).
    DeadlineQualifier q = d.qualifier;
    if (d.relative && q == DeadlineQualifier::Plain)
        q = d.days_before_event > 0 ? DeadlineQualifier::NoLaterThan : DeadlineQualifier::On;
    switch (q) {
        case DeadlineQualifier::Before: return "Trước ngày " + ds;
        case DeadlineQualifier::On: return "Trong ngày " + ds;
        case DeadlineQualifier::NoLaterThan: return "Chậm nhất ngày " + ds;
        case DeadlineQualifier::Plain: return ds;
    }
    return ds;
}

}  // namespace dc
