// english_file.h — the English interface texts as a file: written by
// tools/gen_english.cpp at build time (dist/data/en.strings), read by the web
// build, which leaves English out of its program (i18n.cpp, DC_EN_FROM_FILE):
// 40 KB of text a Vietnamese user never reads stays out of the first download.
//
// The file:  "DCEN1 <number of keys> <signature, 16 hex digits>\n"
//            then one text per key, in key order (enum K), each ended by NUL.
// The signature (strings_signature) is taken over the keys' Vietnamese texts,
// which both the writer and the reader have: a file written for another
// build's keys or texts (a stale copy in some cache) is refused, and the app
// stays in Vietnamese rather than show texts on the wrong keys.
//
// Only i18n.h's API is used (table_entry, K::count_), so the file does not
// depend on how the tables are written in src/ui/<area>/strings.inc.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace dc::ui {

std::uint64_t strings_signature();

// The file for this build's English table (where English is compiled in).
std::string english_file_write();

enum class EnglishRead { Loaded, Refused };
// Checks the file and hands its texts to i18n (set_english_texts); keeps a copy.
EnglishRead english_file_read(std::string_view bytes);

// The web build's English: still coming, here, or not to be had (fetch
// failed or file refused: the interface stays Vietnamese).
enum class EnglishState { Loading, Ready, Failed };
EnglishState english_state();

}  // namespace dc::ui
