// i18n.h — every user-facing string, looked up by key, one table per language
// (src/ui/strings/<area>_vi.inc: Vietnamese, the default; <area>_en.inc: English;
// keys in <area>_keys.h).
//
// Keys are an enum (a typo is a compile error); each table lists
// `DC_TR(key, "text")` entries, so a key missing from one table is found by
// tests/core/test_i18n.cpp rather than shown as an empty label.  Texts that
// take values use printf conversions (%s, %d) and both languages must use the
// same ones in the same order (the test checks that too).
//
// No ImGui here: the tables are compiled into core_tests as well.
#pragma once
#include <string>

namespace dc::ui {

#include "ui/strings/shell_keys.h"
#include "ui/strings/agenda_keys.h"
#include "ui/strings/tasks_keys.h"
#include "ui/strings/sites_keys.h"
#include "ui/strings/document_keys.h"
#include "ui/strings/files_keys.h"
#include "ui/strings/offline_keys.h"
#include "ui/strings/checks_keys.h"

// Every key, area by area (one file per area in src/ui/strings/ so that work on
// different panels does not touch the same lines).
#define DC_I18N_KEYS(X) DC_KEYS_SHELL(X) DC_KEYS_AGENDA(X) DC_KEYS_TASKS(X) DC_KEYS_SITES(X) DC_KEYS_DOCUMENT(X) DC_KEYS_FILES(X) DC_KEYS_OFFLINE(X) DC_KEYS_CHECKS(X)

enum class K : int {
#define DC_I18N_ENUM(k) k,
    DC_I18N_KEYS(DC_I18N_ENUM)
#undef DC_I18N_ENUM
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
// printf-style formatting of a translated pattern: fmt(K::status_today, "thứ Hai, 23/11/2026").
std::string fmt(K key, ...);

// English's texts are compiled in, except in the web build, which fetches them
// (ui/english_file.h): until they are here, English entries are missing and
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
