// test_later_data.cpp — later_text(): the text between DC_LATER_BEGIN and
// DC_LATER_END (core/later_data.h), which the web build's split moves to the
// second part; natively the markers are simply skipped.
#include <catch2/catch.hpp>

#include <string>

#include "core/later_data.h"
#include "core/templates.h"

namespace {
const char kPlain[] = DC_LATER_BEGIN("a label") "body { margin: 0 }" DC_LATER_END;
const char kWithNuls[] = DC_LATER_BEGIN("several texts") "one\0two\0" DC_LATER_END;
const char kEmpty[] = DC_LATER_BEGIN("") DC_LATER_END;
}  // namespace

TEST_CASE("later_text gives exactly the text between the markers", "[later_data]") {
    CHECK(dc::later_text(kPlain) == "body { margin: 0 }");
    const std::string_view several = dc::later_text(kWithNuls);
    CHECK(several == std::string_view("one\0two\0", 8));
    CHECK(dc::later_text(kEmpty).empty());
}

TEST_CASE("every built-in template reads from its first byte, marked or not", "[later_data][templates]") {
    // All templates but the default are wrapped in markers (cmake/templates.cmake).
    for (const auto& t : dc::builtin_templates()) {
        const auto bytes = dc::template_file(t.id);
        if (t.id == dc::kBlankTemplate) continue;
        REQUIRE(bytes);
        CHECK(bytes->substr(0, 1) == "{");
        CHECK(bytes->find("dc-later") == std::string_view::npos);
        CHECK(bytes->back() == '\n');
    }
}
