// shift.h — move the whole plan to a new conference date as ONE undo step.
//
// What moves by the same number of days as the first event day:
//   - every event day and technical session (connection, test, rehearsal);
//   - every absolute task deadline (relative ones follow the event by themselves);
//   - every site's connection-test date;
//   - dates written in free text ("ngày 31/8/2021", "27/10/2021 (thứ Tư)") that
//     equal one of the dates above before the move, with a weekday written
//     next to them ("(thứ Tư)", "thứ Ba, ngày …") recomputed;
//   - the document's own date only when asked (it is the day the document is
//     signed, not a date of the event).
// What never moves: done dates (history), legal-basis lines (they cite other
// documents by their own dates), dates in free text that are not event dates.
#pragma once
#include <functional>
#include <string>

#include "core/editor.h"
#include "core/plan.h"

namespace dc {

struct ShiftOptions {
    bool header_date = false;    // also move header.date
    bool texts = true;           // also rewrite event dates written in free text
};

struct ShiftReport {
    int days = 0;                // how far the plan moved (negative = earlier)
    int event_days = 0;
    int tech_sessions = 0;
    int deadlines = 0;
    int site_tests = 0;
    int text_dates = 0;          // dates rewritten inside texts
    bool header_date = false;
    std::string summary_vi;      // "Đã dời kế hoạch 3 ngày: 1 ngày hội nghị, 7 thời hạn, …"
    std::string summary_en;
};

// Pure: the plan moved so its first event day is `new_first_day`.  Returns
// false (and leaves *out alone) when the plan has no complete first event
// date or the new date is not a valid date.
bool shifted_plan(const Plan& plan, const Date& new_first_day, const ShiftOptions& opt, Plan* out,
                  ShiftReport* report = nullptr);

// Through the Editor, one undo step ("Dời kế hoạch sang ngày 3/9/2021").
bool shift_plan_to(Editor& ed, const Date& new_first_day, const ShiftOptions& opt = {}, ShiftReport* report = nullptr);

// Rewrites d/m/yyyy dates in `text` by `days` when `moves(date)` says so;
// returns how many were rewritten.  Keeps the separator and zero-padding as
// written; recomputes an adjacent weekday.  (Exposed for tests and the UI.)
int shift_dates_in_text(std::string& text, int days, const std::function<bool(const Date&)>& moves);

}  // namespace dc
