// export_copy.h — the readable copy: one self-contained .html file that shows
// the plan on any phone or laptop without the app (no JavaScript, no external
// resources; a Content-Security-Policy forbids scripts) and carries the plan
// file inside, so the app can open it again.  This is what staff send into a
// Zalo group.
//
// The plan travels as the plan file's JSON (plan_file.h, write_plan) in
//     <script type="application/json" id="diem-cau-plan"> … </script>
// which browsers never execute.  So that plan text cannot end that element or
// open a comment, every '<', '>' and '&' in the JSON (they can only occur
// inside JSON strings) is written as \u003c, \u003e, \u0026, and U+2028/2029
// as \u2028/\u2029; the result is still valid JSON with the same value.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/plan.h"

namespace dc {

std::string export_html_copy(const Plan& plan);

// The plan file embedded in a readable copy, byte-identical to what
// write_plan wrote when the copy was made; nullopt when `html` has no
// (complete) embedded plan.  The caller passes the result to read_plan,
// which does all the checking.
std::optional<std::string> extract_plan_from_copy(std::string_view html);

}  // namespace dc
