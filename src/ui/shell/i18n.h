// i18n.h — every user-facing string, looked up by key: one table per area
// (src/ui/<area>/strings.inc), each entry `DC_TR(key, "Vietnamese", "English")`
// with both languages side by side, so a translator sees them together and a
// key is written once (the enum below and the tables in i18n.cpp are both
// generated from those lines).
//
// Keys are an enum (a typo is a compile error).  An entry left empty ("") in
// one language is found by tests/core/test_i18n.cpp rather than shown as an
// empty label.  Texts that take values use printf conversions (%s, %d) and
// both languages must use the same ones in the same order (the test checks
// that too).
//
// No ImGui here: the tables are compiled into core_tests and the diemcau
// command-line tool as well.
#pragma once
#include <cstdint>
#include <string>

namespace dc::ui {

// The keys, from every area's table (ui/shell/all_strings.inc lists the areas).
enum class K : int {
#define DC_TR(key, vi, en) key,
#include "ui/shell/all_strings.inc"
#undef DC_TR
    count_
};

enum class Lang { Vi = 0, En = 1 };

// The text of `key` in the current language (never null; a missing entry
// falls back to the other language, then to the key's name — "?" in the web
// build, which leaves the names out).
const char* tr(K key);
const char* tr(K key, Lang lang);
// The entry as written in `lang`'s table, or nullptr when it is missing.
const char* table_entry(K key, Lang lang);
const char* key_name(K key);
// A hash of every key's Vietnamese text (the English file is checked against it).
std::uint64_t vietnamese_signature();
// The keys looked up so far, as their numbers in key order ("0,3,17"):
// tools/split_wasm.mjs reads which texts the first screen shows.
std::string keys_looked_up();
// printf-style formatting of a translated pattern: fmt(K::status_today, "thứ Hai, 23/11/2026").
std::string fmt(K key, ...);
// The same in a given language (a finding or status worded for the command line or a test).
std::string fmt_in(Lang lang, K key, ...);

// English's texts are compiled in, except in the web build, which fetches them
// (ui/shell/english_file.h): until they are here, English entries are missing and
// tr() shows Vietnamese.
bool english_ready();
// Replaces the English table (the web build's, from its file): one text per
// key in key order, which must outlive the program; false (nothing changed)
// when the count is not the number of keys.
bool set_english_texts(const char* const* texts, int count);

Lang language();
void set_language(Lang lang);
const char* language_code(Lang lang);   // "vi", "en"

}  // namespace dc::ui
