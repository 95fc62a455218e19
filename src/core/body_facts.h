// body_facts.h — run-in text of the body written from the event's facts.
//
// Section II of a plan ("Thời gian, hình thức, địa điểm") repeats what the
// event already says.  A heading whose `fact` is "time", "form" or "place"
// and whose own run-in text (`body`) is empty prints the text written here
// from the plan ("1/2 ngày, bắt đầu từ 08h00 ngày 31/8/2021."), so it follows
// every change of the event, like the inserted tables do.  Once the user
// writes the text by hand, `body` holds it and it stays as written;
// fact_disagreement() then says which of the event's facts it no longer names
// (validate.cpp turns that into the finding "body.fact-differs").
// A `fact` this version does not know is kept in the file and ignored.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

constexpr const char* kFactTime = "time";     // "1/2 ngày, bắt đầu từ 08h00 ngày 31/8/2021."
constexpr const char* kFactForm = "form";     // "Hội nghị trực tuyến trên nền tảng K12 Online."
constexpr const char* kFactPlace = "place";   // "điểm cầu trung tâm tại …, kết nối với 17 điểm cầu …"

bool known_fact(std::string_view fact);

// The text the event gives for `fact`; empty when the plan does not say enough yet.
std::string fact_text(const Plan& p, std::string_view fact);

// True when the heading prints the event's text (a known fact, nothing typed by hand).
bool follows_facts(const Block& b);

// A heading's run-in text as printed: written from the facts while it follows them, else as typed.
std::string heading_body(const Plan& p, const Block& b);

// For a heading written by hand over a fact: the event's facts its text does
// not name ("08h00", "31/8/2021", "K12 Online", the central site's name); empty
// when it agrees (dates and times in any of the accepted forms: "8h00",
// "08:00", "31/08/2021").
std::vector<std::string> fact_disagreement(const Plan& p, const Block& b);

}  // namespace dc
