// i18n.cpp — the string tables and their lookup (see i18n.h).
#include "ui/shell/i18n.h"

#include <array>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "core/code_text.h"


namespace dc::ui {

namespace {
constexpr int kCount = static_cast<int>(K::count_);
using Table = std::array<const char*, kCount>;

// Vietnamese: the first column of every DC_TR line, indexed by key, in two
// parts.  The texts the first screen shows (ui/shell/first_keys.inc) are data;
// the rest are compiled as code (core/code_text.h) and read into the table on
// the first lookup of one of them.  The web build's split puts that reader
// where the code that runs it goes: the second part, fetched after the first
// frame, so ≈ 30 KB of text for the other views is not in the first download.
// A lookup of a later text before the second part is here fetches it on the
// spot (web/glue.js): a stale list costs time, never a wrong text.
// tools/split_wasm.mjs records which texts the first screen looked up and
// says when the list needs changing (and writes the list it saw).
constexpr const char* kViAll[kCount] = {
#define DC_TR(key, vi, en) vi,
#include "ui/shell/all_strings.inc"
#undef DC_TR
};

constexpr std::array<bool, kCount> first_screen_keys() {
    std::array<bool, kCount> f{};
    const K keys[] = {
#define DC_FIRST(key) K::key,
#include "ui/shell/first_keys.inc"
#undef DC_FIRST
    };
    for (K k : keys) f[static_cast<std::size_t>(k)] = true;
    return f;
}
constexpr std::array<bool, kCount> kFirst = first_screen_keys();

constexpr std::size_t length(const char* s) {
    std::size_t n = 0;
    while (s[n]) ++n;
    return n;
}
constexpr std::size_t later_bytes() {
    std::size_t n = 1;   // the array's final NUL
    for (int i = 0; i < kCount; ++i)
        if (!kFirst[static_cast<std::size_t>(i)]) n += length(kViAll[i]) + 1;
    return n;
}

// The later texts, in key order, each ended by a NUL: only the compiler reads this.
constexpr std::size_t kLaterBytes = later_bytes();
constexpr std::array<char, kLaterBytes> later_texts() {
    std::array<char, kLaterBytes> out{};
    std::size_t at = 0;
    for (int i = 0; i < kCount; ++i) {
        if (kFirst[static_cast<std::size_t>(i)]) continue;
        for (const char* p = kViAll[i]; *p; ++p) out[at++] = *p;
        out[at++] = '\0';
    }
    return out;
}
struct LaterTexts {
    static constexpr std::array<char, kLaterBytes> text = later_texts();
};

constexpr Table first_table() {
    Table t{};
    for (int i = 0; i < kCount; ++i)
        if (kFirst[static_cast<std::size_t>(i)]) t[static_cast<std::size_t>(i)] = kViAll[i];
    return t;
}
Table g_vi = first_table();
bool g_vi_whole = false;

// Fills the table's later entries from the texts compiled as code.  The split
// places this function by whether the first screen ran it, so it must stay a
// function of its own: it is called through a pointer the optimizers cannot
// see through (Binaryen's inliner, run at the web link, ignores noinline and
// would fold a function called once into table_entry(), the first screen's).
void read_later_vietnamese() {
    static const std::string texts = code_text_of<LaterTexts>();
    std::size_t at = 0;
    for (int i = 0; i < kCount; ++i) {
        if (kFirst[static_cast<std::size_t>(i)]) continue;
        g_vi[static_cast<std::size_t>(i)] = texts.c_str() + at;
        at = texts.find('\0', at) + 1;
    }
    g_vi_whole = true;
}
void (*volatile g_read_later)() = read_later_vietnamese;

// FNV-1a over every Vietnamese text and its NUL, worked out by the compiler.
constexpr std::uint64_t vietnamese_hash() {
    std::uint64_t h = 14695981039346656037ull;
    for (int i = 0; i < kCount; ++i) {
        for (const char* p = kViAll[i]; *p; ++p) h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
        h = (h ^ 0u) * 1099511628211ull;
    }
    return h;
}

// Which keys were looked up (tools/split_wasm.mjs lists the first screen's).
std::array<bool, kCount> g_used{};

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
    const auto at = static_cast<std::size_t>(i);
    g_used[at] = true;
    if (lang == Lang::En) return en_table()[at];
    if (!g_vi_whole && !kFirst[at]) g_read_later();
    return g_vi[at];
}

std::uint64_t vietnamese_signature() {
    static constexpr std::uint64_t h = vietnamese_hash();
    return h;
}

std::string keys_looked_up() {
    std::string out;
    for (int i = 0; i < kCount; ++i) {
        if (!g_used[static_cast<std::size_t>(i)]) continue;
        if (!out.empty()) out += ',';
        out += std::to_string(i);
    }
    return out;
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
