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
constexpr int kCount = static_cast<int>(K::count_);
using Table = std::array<const char*, kCount>;

// Vietnamese: the first column of every DC_TR line, indexed by key.
const Table kVi = {{
#define DC_TR(key, vi, en) vi,
#include "ui/strings/all.inc"
#undef DC_TR
}};

// English is read only once the user chooses it, so its texts are one marked
// block (later_data.h) that the web build's split moves to the second part
// (≈ 8 KB gzip less before the first frame): the second column of every
// DC_TR line, in key order, each ended by NUL.
const char kEnRaw[] = DC_LATER_BEGIN("English interface text")
#define DC_TR(key, vi, en) en "\0"
#include "ui/strings/all.inc"
#undef DC_TR
    DC_LATER_END;

// One text per key, in key order: the i-th NUL-ended text is key i's.
Table build_en() {
    Table t{};
    const std::string_view all = later_text(kEnRaw);
    std::size_t at = 0;
    for (int i = 0; i < kCount && at < all.size(); ++i) {
        t[static_cast<std::size_t>(i)] = all.data() + at;
        at += std::strlen(all.data() + at) + 1;
    }
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
const Table& table(Lang lang) { return lang == Lang::En ? en_table() : kVi; }

// The keys' names, for the tests' messages (core_tests).  Not in the web
// build: ≈ 900 names, 4 KB of the first download, and never shown there
// (tests/core/test_i18n.cpp checks that no entry is missing).
#ifndef __EMSCRIPTEN__
const char* const kNames[] = {
#define DC_TR(key, vi, en) #key,
#include "ui/strings/all.inc"
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
