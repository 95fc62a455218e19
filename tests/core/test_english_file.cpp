// test_english_file.cpp — the English texts as a file (ui/shell/english_file.h):
// what the generator writes reads back as the same table, and a file for
// other keys or texts, or cut short, is refused and changes nothing.
#include <catch2/catch.hpp>

#include <string>

#include "ui/shell/english_file.h"
#include "ui/shell/i18n.h"

using dc::ui::EnglishRead;
using dc::ui::K;
using dc::ui::Lang;

TEST_CASE("the English file reads back as the same table", "[i18n][english_file]") {
    const std::string file = dc::ui::english_file_write();
    REQUIRE(file.rfind("DCEN1 ", 0) == 0);
    CHECK(dc::ui::english_file_read(file) == EnglishRead::Loaded);
    CHECK(dc::ui::english_ready());
    CHECK(dc::ui::english_file_write() == file);   // every text where it was
    CHECK(std::string(dc::ui::tr(K::nav_agenda, Lang::En)) == "Agenda");
}

TEST_CASE("a stale or damaged English file is refused", "[i18n][english_file]") {
    const std::string file = dc::ui::english_file_write();
    const std::size_t eol = file.find('\n');
    REQUIRE(eol != std::string::npos);

    std::string other_sig = file;
    other_sig[eol - 1] = other_sig[eol - 1] == '0' ? '1' : '0';   // another build's signature
    CHECK(dc::ui::english_file_read(other_sig) == EnglishRead::Refused);

    std::string other_count = file;
    other_count.insert(6, "1");                                   // another number of keys
    CHECK(dc::ui::english_file_read(other_count) == EnglishRead::Refused);

    CHECK(dc::ui::english_file_read(file.substr(0, file.size() - 1)) == EnglishRead::Refused);   // cut short
    CHECK(dc::ui::english_file_read(file + "extra") == EnglishRead::Refused);
    CHECK(dc::ui::english_file_read("") == EnglishRead::Refused);

    // Refusals left the table as it was.
    CHECK(dc::ui::english_file_write() == file);
}

TEST_CASE("the signature follows the Vietnamese texts", "[i18n][english_file]") {
    CHECK(dc::ui::strings_signature() == dc::ui::strings_signature());
    CHECK(dc::ui::strings_signature() != 14695981039346656037ull);   // not the empty hash
}
