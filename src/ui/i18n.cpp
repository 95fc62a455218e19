// i18n.cpp — the string tables and their lookup (see i18n.h).
#include "ui/i18n.h"

#include <array>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "core/later_data.h"
#include "ui/split.h"

namespace dc::ui {

namespace {
struct Entry { K key; const char* text; };

#define DC_TR(k, text) {K::k, text},
const Entry kVi[] = {
#include "ui/strings/shell_vi.inc"
#include "ui/strings/agenda_vi.inc"
#include "ui/strings/tasks_vi.inc"
#include "ui/strings/sites_vi.inc"
#include "ui/strings/document_vi.inc"
#include "ui/strings/files_vi.inc"
#include "ui/strings/offline_vi.inc"
#include "ui/strings/checks_vi.inc"
};
#undef DC_TR

// English is read only once the user chooses it, so its texts are one marked
// block (later_data.h) that the web build's split moves to the second part
// (≈ 8 KB gzip less before the first frame): the texts in file order, each
// ended by NUL, and their keys in the same order.
#define DC_TR(k, text) text "\0"
const char kEnRaw[] = DC_LATER_BEGIN("English interface text")
#include "ui/strings/shell_en.inc"
#include "ui/strings/agenda_en.inc"
#include "ui/strings/tasks_en.inc"
#include "ui/strings/sites_en.inc"
#include "ui/strings/document_en.inc"
#include "ui/strings/files_en.inc"
#include "ui/strings/offline_en.inc"
#include "ui/strings/checks_en.inc"
    DC_LATER_END;
#undef DC_TR
#define DC_TR(k, text) K::k,
const K kEnKeys[] = {
#include "ui/strings/shell_en.inc"
#include "ui/strings/agenda_en.inc"
#include "ui/strings/tasks_en.inc"
#include "ui/strings/sites_en.inc"
#include "ui/strings/document_en.inc"
#include "ui/strings/files_en.inc"
#include "ui/strings/offline_en.inc"
#include "ui/strings/checks_en.inc"
};
#undef DC_TR

constexpr int kCount = static_cast<int>(K::count_);
using Table = std::array<const char*, kCount>;

Table build_vi() {
    Table t{};
    for (const Entry& e : kVi) t[static_cast<int>(e.key)] = e.text;
    return t;
}
Table build_en() {
    Table t{};
    const std::string_view all = later_text(kEnRaw);
    std::size_t at = 0;
    for (K key : kEnKeys) {
        if (at >= all.size()) break;
        t[static_cast<int>(key)] = all.data() + at;
        at += std::strlen(all.data() + at) + 1;
    }
    return t;
}
const Table& vi_table() {
    static const Table t = build_vi();
    return t;
}
// The English table is built (and its text read) only when English is first
// asked for, by a function of its own (call_apart: not inlined into the lookup,
// which the first screen runs) — so that it, and the text, can be in the
// second part.
const Table* g_en = nullptr;
void load_en() {
    static const Table t = build_en();
    g_en = &t;
}
const Table& en_table() {
    if (!g_en) call_apart(load_en);
    return *g_en;
}
const Table& table(Lang lang) { return lang == Lang::En ? en_table() : vi_table(); }

// The keys' names, for the tests' messages (core_tests).  Not in the web
// build: ≈ 900 names, 4 KB of the first download, and never shown there
// (tests/core/test_i18n.cpp checks that no entry is missing).
#ifndef __EMSCRIPTEN__
const char* const kNames[] = {
#define DC_I18N_NAME(k) #k,
    DC_I18N_KEYS(DC_I18N_NAME)
#undef DC_I18N_NAME
};
#endif

Lang g_lang = Lang::Vi;
}  // namespace

const char* table_entry(K key, Lang lang) {
    const int i = static_cast<int>(key);
    if (i < 0 || i >= kCount) return nullptr;
    return table(lang)[i];
}

const char* key_name(K key) {
#ifdef __EMSCRIPTEN__
    (void)key;
    return "?";
#else
    const int i = static_cast<int>(key);
    return (i >= 0 && i < kCount) ? kNames[i] : "?";
#endif
}

const char* tr(K key, Lang lang) {
    const char* s = table_entry(key, lang);
    if (s && *s) return s;
    s = table_entry(key, lang == Lang::Vi ? Lang::En : Lang::Vi);
    if (s && *s) return s;
    return key_name(key);
}

const char* tr(K key) { return tr(key, g_lang); }

std::string fmt(K key, ...) {
    const char* pattern = tr(key);
    char buf[1024];
    va_list ap;
    va_start(ap, key);
    const int n = std::vsnprintf(buf, sizeof buf, pattern, ap);
    va_end(ap);
    if (n < 0) return pattern;
    if (static_cast<std::size_t>(n) < sizeof buf) return std::string(buf, static_cast<std::size_t>(n));
    std::string big(static_cast<std::size_t>(n) + 1, '\0');
    va_start(ap, key);
    std::vsnprintf(big.data(), big.size(), pattern, ap);
    va_end(ap);
    big.resize(static_cast<std::size_t>(n));
    return big;
}

Lang language() { return g_lang; }
void set_language(Lang lang) { g_lang = lang; }
const char* language_code(Lang lang) { return lang == Lang::En ? "en" : "vi"; }

}  // namespace dc::ui
