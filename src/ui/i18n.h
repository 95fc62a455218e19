// i18n.h — every user-facing string, looked up by key, one table per language
// (strings_vi.inc: Vietnamese, the default; strings_en.inc: English).
//
// Keys are an enum (a typo is a compile error); each table lists
// `{key, "text"}` pairs, so a key missing from one table is found by
// tests/core/test_i18n.cpp rather than shown as an empty label.  Texts that
// take values use printf conversions (%s, %d) and both languages must use the
// same ones in the same order (the test checks that too).
//
// No ImGui here: the tables are compiled into core_tests as well.
#pragma once
#include <string>

namespace dc::ui {

#define DC_I18N_KEYS(X)                                                          \
    X(app_name) X(app_tagline)                                                   \
    X(nav_document) X(nav_agenda) X(nav_tasks) X(nav_sites) X(nav_checks)       \
    X(nav_export) X(nav_heading)                                                 \
    X(btn_undo) X(btn_redo) X(btn_open) X(btn_save) X(btn_print) X(btn_share)   \
    X(btn_dismiss) X(btn_close) X(btn_ok)                                        \
    X(tip_undo) X(tip_undo_nothing) X(tip_redo) X(tip_redo_nothing)             \
    X(tip_open) X(tip_save) X(tip_print) X(tip_share) X(tip_language)           \
    X(lang_vi) X(lang_en)                                                        \
    X(save_browser_at) X(save_browser_never) X(save_file_never) X(save_file_at)  \
    X(save_browser_failed)                                                       \
    X(plan_untitled) X(plan_no_date) X(plan_event_on)                           \
    X(status_today) X(status_no_findings) X(status_findings)                     \
    X(first_run_line)                                                            \
    X(doc_heading) X(doc_title_label) X(doc_title_hint) X(doc_empty)            \
    X(agenda_heading) X(agenda_empty)                                            \
    X(tasks_heading) X(tasks_empty)                                              \
    X(sites_heading) X(sites_empty)                                              \
    X(checks_heading) X(checks_empty)                                            \
    X(export_heading) X(export_empty)                                            \
    X(panel_coming)                                                              \
    X(toast_opened) X(toast_open_failed) X(toast_saved) X(toast_paste_long)     \
    X(toast_share_copied) X(toast_print_none)                                   \
    X(edit_title)

enum class K : int {
#define DC_I18N_ENUM(k) k,
    DC_I18N_KEYS(DC_I18N_ENUM)
#undef DC_I18N_ENUM
    count_
};

enum class Lang { Vi = 0, En = 1 };

// The text of `key` in the current language (never null; a missing entry
// falls back to the other language, then to the key's name).
const char* tr(K key);
const char* tr(K key, Lang lang);
// The entry as written in `lang`'s table, or nullptr when it is missing.
const char* table_entry(K key, Lang lang);
const char* key_name(K key);
// printf-style formatting of a translated pattern: fmt(K::status_today, "thứ Hai, 23/11/2026").
std::string fmt(K key, ...);

Lang language();
void set_language(Lang lang);
const char* language_code(Lang lang);   // "vi", "en"

}  // namespace dc::ui
