// test_i18n.cpp — every interface string exists in both languages, with the
// same printf conversions in the same order, as valid NFC UTF-8.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "core/text.h"
#include "ui/shell/i18n.h"

using dc::ui::K;
using dc::ui::Lang;

namespace {
// The printf conversions of a pattern ("%s", "%d", "%.1f"…), "%%" skipped.
std::vector<std::string> conversions(const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') continue;
        if (i + 1 < s.size() && s[i + 1] == '%') { ++i; continue; }
        std::size_t j = i + 1;
        while (j < s.size() && std::string("0123456789.-+ #l").find(s[j]) != std::string::npos) ++j;
        if (j < s.size()) out.push_back(s.substr(i, j - i + 1));
        i = j;
    }
    return out;
}
}  // namespace

TEST_CASE("i18n: every key has a text in Vietnamese and in English", "[i18n]") {
    const int n = static_cast<int>(K::count_);
    REQUIRE(n > 0);
    std::vector<std::string> missing;
    for (int i = 0; i < n; ++i) {
        const K k = static_cast<K>(i);
        for (Lang l : {Lang::Vi, Lang::En}) {
            const char* s = dc::ui::table_entry(k, l);
            if (!s || !*s) missing.push_back(std::string(dc::ui::key_name(k)) + (l == Lang::Vi ? " (vi)" : " (en)"));
        }
    }
    INFO("missing: " << [&] { std::string m; for (auto& s : missing) m += s + ", "; return m; }());
    CHECK(missing.empty());
}

TEST_CASE("i18n: both languages take the same values in the same order", "[i18n]") {
    for (int i = 0; i < static_cast<int>(K::count_); ++i) {
        const K k = static_cast<K>(i);
        const char* vi = dc::ui::table_entry(k, Lang::Vi);
        const char* en = dc::ui::table_entry(k, Lang::En);
        if (!vi || !en) continue;   // reported by the test above
        INFO(dc::ui::key_name(k) << ": \"" << vi << "\" vs \"" << en << "\"");
        CHECK(conversions(vi) == conversions(en));
    }
}

TEST_CASE("i18n: texts are NFC UTF-8 and Vietnamese is the default", "[i18n]") {
    for (int i = 0; i < static_cast<int>(K::count_); ++i) {
        const K k = static_cast<K>(i);
        for (Lang l : {Lang::Vi, Lang::En}) {
            const char* s = dc::ui::table_entry(k, l);
            if (!s) continue;
            INFO(dc::ui::key_name(k));
            CHECK(dc::nfc(s) == std::string(s));
        }
    }
    CHECK(dc::ui::language() == Lang::Vi);
    CHECK(std::string(dc::ui::tr(K::nav_tasks)) == "Công việc");
    CHECK(std::string(dc::ui::tr(K::nav_tasks, Lang::En)) != "Công việc");
}

// The Vietnamese table is kept in two parts (i18n.cpp): the texts the first
// screen shows as data, the rest compiled as code and read in on the first
// lookup of one.  Read back, the whole table must be the column the compiler
// saw, text for text and in key order: its hash, taken here at run time over
// what table_entry() returns, must be the one the compiler took over the
// strings.inc lines.
TEST_CASE("i18n: the texts read in later are the strings.inc column, in key order", "[i18n]") {
    std::uint64_t h = 14695981039346656037ull;
    for (int i = 0; i < static_cast<int>(K::count_); ++i) {
        const char* s = dc::ui::table_entry(static_cast<K>(i), Lang::Vi);
        REQUIRE(s != nullptr);
        for (const char* p = s; *p; ++p) h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
        h = (h ^ 0u) * 1099511628211ull;
    }
    CHECK(h == dc::ui::vietnamese_signature());
    // A text of a view the first screen does not show (the sites' replies tab).
    CHECK(std::string(dc::ui::tr(K::replies_tab, Lang::Vi)) == "Hỏi các điểm cầu");
}
