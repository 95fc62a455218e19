// test_code_text.cpp — code_text() (core/code_text.h): the text a function
// writes word by word is exactly the array's text, for every length around a
// word's boundary, with NULs and non-ASCII bytes inside; and the built-in
// templates (cmake/templates.cmake: the first as data, the others as code)
// are their files byte for byte.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/code_text.h"
#include "core/templates.h"

namespace {
constexpr char kEmpty[] = "";
constexpr char kOne[] = "a";
constexpr char kSeven[] = "1234567";
constexpr char kEight[] = "12345678";
constexpr char kNine[] = "123456789";
constexpr char kVietnamese[] = "Kế hoạch — Điểm Cầu\n";
constexpr char kWithNuls[] = "one\0two\0";
}  // namespace

TEST_CASE("code_text gives exactly the array's text", "[code_text]") {
    CHECK(dc::code_text<kEmpty, sizeof kEmpty>().empty());
    CHECK(dc::code_text<kOne, sizeof kOne>() == "a");
    CHECK(dc::code_text<kSeven, sizeof kSeven>() == "1234567");
    CHECK(dc::code_text<kEight, sizeof kEight>() == "12345678");
    CHECK(dc::code_text<kNine, sizeof kNine>() == "123456789");
    CHECK(dc::code_text<kVietnamese, sizeof kVietnamese>() == std::string(kVietnamese));
    CHECK(dc::code_text<kWithNuls, sizeof kWithNuls>() == std::string("one\0two\0", 8));
}

TEST_CASE("every built-in template reads whole, as code or as data", "[code_text][templates]") {
    for (const auto& t : dc::builtin_templates()) {
        if (t.id == dc::kBlankTemplate) continue;
        const auto bytes = dc::template_file(t.id);
        REQUIRE(bytes);
        std::ifstream in(std::string(DC_SOURCE_DIR) + "/assets/templates/" + t.id + ".json", std::ios::binary);
        REQUIRE(in);
        std::ostringstream file;
        file << in.rdbuf();
        CHECK(*bytes == file.str());   // byte for byte, first byte to last
    }
}
