// find.h — "Tìm trong kế hoạch" (Ctrl/Cmd+F): every piece of text the user
// wrote in a plan, searched with the planner's search rule (text.h
// search_match: "pleiku" finds "Pleiku", "dak doa" finds "Đak Đoa", a query
// with diacritics must match them).
//
// Hits name their place the way the checks do (plan-file paths such as
// "tasks[4].lead", "agenda[2].items[0].content", "header.title"), so the UI
// jumps to them the same way.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

struct FindHit {
    std::string place;          // "sites[3].address"
    std::string text;           // the whole text of that field
    std::size_t begin = 0, end = 0;   // the matching bytes of `text` (UTF-8 boundaries)
};

struct FindResult {
    std::vector<FindHit> hits;  // in plan-file order, at most `max_hits`
    std::size_t total = 0;      // all matches, also those not returned
};

// Searches every text of the plan: the document (header, basis, body, duties,
// budget, contacts, recipients, signer), the event, site groups and sites, the
// agenda (items, performers, turns) and the tasks.  Ids, enums, dates and
// times are not searched.  A query of blanks only finds nothing.
FindResult find_in_plan(const Plan& plan, std::string_view query, std::size_t max_hits = 200);

// Where `needle` matches in `haystack` under search_match's rule: the
// shortest matching range, as byte offsets on code point boundaries.
bool search_span(std::string_view haystack, std::string_view needle, std::size_t* begin, std::size_t* end);

}  // namespace dc
