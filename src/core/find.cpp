// find.cpp — see find.h.
//
// The plan is walked through its plan-file form (plan_file.h to_json) rather
// than field by field: the places then match the checks' and the file's by
// construction, and a field added to the model is searched without touching
// this file.
#include "core/find.h"

#include <algorithm>

#include "core/plan_file.h"
#include "core/text.h"

namespace dc {
namespace {

// Members that hold ids, enums, dates, times or numbers written as text.
bool skipped(const std::string& key, const std::string& path) {
    static const char* const kSkip[] = {"id", "format", "group_id", "test_status", "qualifier", "insert", "date",
                                        "start", "end", "done_on", "test_date", "test_start", "test_end"};
    for (const char* k : kSkip)
        if (key == k) return true;
    // "kind" is an enum everywhere but in sites and site groups, where it is free text ("Trường THPT").
    if (key == "kind") return path.rfind("sites[", 0) != 0 && path.rfind("site_groups[", 0) != 0;
    return false;
}

struct Walker {
    std::string_view query;
    std::size_t max_hits;
    FindResult* out;

    void text(const std::string& path, const std::string& s) {
        std::size_t b = 0, e = 0;
        if (!search_span(s, query, &b, &e)) return;
        ++out->total;
        if (out->hits.size() < max_hits) out->hits.push_back(FindHit{path, s, b, e});
    }
    void walk(const nlohmann::ordered_json& j, const std::string& path) {
        if (j.is_string()) {
            text(path, j.get_ref<const std::string&>());
        } else if (j.is_array()) {
            std::size_t i = 0;
            for (const auto& v : j) walk(v, path + "[" + std::to_string(i++) + "]");
        } else if (j.is_object()) {
            for (auto it = j.begin(); it != j.end(); ++it) {
                if (skipped(it.key(), path)) continue;
                walk(it.value(), path.empty() ? it.key() : path + "." + it.key());
            }
        }
    }
};

// Code point starts of `s`, and s.size() at the end.
std::vector<std::size_t> boundaries(std::string_view s) {
    std::vector<std::size_t> b;
    b.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) b.push_back(i);
    b.push_back(s.size());
    return b;
}

}  // namespace

bool search_span(std::string_view haystack, std::string_view needle, std::size_t* begin, std::size_t* end) {
    if (needle.find_first_not_of(" \t\r\n") == std::string_view::npos) return false;
    if (!search_match(haystack, needle)) return false;
    // Matching a prefix only grows with the prefix, and matching a suffix of
    // that prefix only shrinks as it starts later: two binary searches over
    // code point boundaries (a tone mark never splits from its letter in NFC
    // text, and a split one only makes the range one letter longer).
    const std::vector<std::size_t> b = boundaries(haystack);
    std::size_t lo = 0, hi = b.size() - 1;   // smallest k with a match in [0, b[k])
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (search_match(haystack.substr(0, b[mid]), needle)) hi = mid; else lo = mid + 1;
    }
    const std::size_t e = b[lo];
    std::size_t s_lo = 0, s_hi = lo;   // largest k with a match in [b[k], e)
    while (s_lo < s_hi) {
        const std::size_t mid = (s_lo + s_hi + 1) / 2;
        if (search_match(haystack.substr(b[mid], e - b[mid]), needle)) s_lo = mid; else s_hi = mid - 1;
    }
    *begin = b[s_lo];
    *end = e;
    return true;
}

FindResult find_in_plan(const Plan& plan, std::string_view query, std::size_t max_hits) {
    FindResult r;
    const std::size_t a = query.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos) return r;
    query = query.substr(a, query.find_last_not_of(" \t\r\n") + 1 - a);   // "pleiku " finds "Pleiku."
    Walker w{query, max_hits, &r};
    w.walk(to_json(plan), "");
    return r;
}

}  // namespace dc
