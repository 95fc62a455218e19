// i18n.cpp — the string tables and their lookup (see i18n.h).
#include "ui/shell/i18n.h"

#include <array>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string_view>


namespace dc::ui {

namespace {
constexpr int kCount = static_cast<int>(K::count_);
using Table = std::array<const char*, kCount>;

// Vietnamese: the first column of every DC_TR line, indexed by key.
const Table kVi = {{
#define DC_TR(key, vi, en) vi,
#include "ui/shell/all_strings.inc"
#undef DC_TR
}};

// English.  Natively (core_tests, the command-line tool, tools/gen_english.cpp)
// it is the second column of every DC_TR line, compiled in like Vietnamese.
// The web build (DC_EN_FROM_FILE) leaves its texts out of the program:
// tools/gen_english.cpp writes them to dist/data/en.strings (ui/shell/english_file.h),
// fetched after the first frame — or before main() when English was chosen —
// and set_english_texts() fills the table.  Until then English entries are
// missing and tr() shows Vietnamese.
Table build_en() {
#ifndef DC_EN_FROM_FILE
    return Table{{
#define DC_TR(key, vi, en) en,
#include "ui/shell/all_strings.inc"
#undef DC_TR
    }};
#else
    return Table{};
#endif
}
Table& en_table() {
    static Table t = build_en();
    return t;
}
#ifdef DC_EN_FROM_FILE
bool g_en_ready = false;   // until set_english_texts()
#else
bool g_en_ready = true;
#endif
const Table& table(Lang lang) { return lang == Lang::En ? en_table() : kVi; }

// The keys' names, for the tests' messages (core_tests).  Not in the web
// build: ≈ 900 names, 4 KB of the first download, and never shown there
// (tests/core/test_i18n.cpp checks that no entry is missing).
#ifndef __EMSCRIPTEN__
const char* const kNames[] = {
#define DC_TR(key, vi, en) #key,
#include "ui/shell/all_strings.inc"
#undef DC_TR
};
#endif

Lang g_lang = Lang::Vi;
}  // namespace

const char* table_entry(K key, Lang lang) {
    const int i = static_cast<int>(key);
    if (i < 0 || i >= kCount) return nullptr;
    return table(lang)[static_cast<std::size_t>(i)];
}

bool english_ready() { return g_en_ready; }

bool set_english_texts(const char* const* texts, int count) {
    if (count != kCount) return false;
    Table& t = en_table();
    for (int i = 0; i < kCount; ++i) t[i] = texts[i];
    g_en_ready = true;
    return true;
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

namespace {
// printf of `pattern`; a second pass only when the text is longer than the buffer.
std::string vformat(const char* pattern, va_list ap) {
    char buf[1024];
    va_list again;
    va_copy(again, ap);
    const int n = std::vsnprintf(buf, sizeof buf, pattern, ap);
    if (n < 0) { va_end(again); return pattern; }
    if (static_cast<std::size_t>(n) < sizeof buf) { va_end(again); return std::string(buf, static_cast<std::size_t>(n)); }
    std::string big(static_cast<std::size_t>(n) + 1, '\0');
    std::vsnprintf(big.data(), big.size(), pattern, again);
    va_end(again);
    big.resize(static_cast<std::size_t>(n));
    return big;
}
}  // namespace

std::string fmt(K key, ...) {
    va_list ap;
    va_start(ap, key);
    std::string s = vformat(tr(key), ap);
    va_end(ap);
    return s;
}

std::string fmt_in(Lang lang, K key, ...) {
    va_list ap;
    va_start(ap, key);
    std::string s = vformat(tr(key, lang), ap);
    va_end(ap);
    return s;
}

Lang language() { return g_lang; }
void set_language(Lang lang) { g_lang = lang; }
const char* language_code(Lang lang) { return lang == Lang::En ? "en" : "vi"; }

}  // namespace dc::ui
