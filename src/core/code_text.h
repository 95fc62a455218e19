// code_text.h — text compiled as code, so that the web build's split puts it
// where the code that reads it goes.
//
// The web build ships its program in two parts (tools/split_wasm.mjs): the
// functions the first screen runs, and the rest, fetched after the first frame.
// Binaryen's wasm-split moves functions, never data: a string constant stays
// in the first part whoever reads it.  Texts that only later code reads (the
// print and phone stylesheets, the docx parts, the built-in templates other
// than the first) are therefore not stored as data at all:
//
//     constexpr char kCss[] = R"(body { margin: 0 } ...)";   // never used at run time
//     std::string css = code_text<kCss, sizeof kCss>();
//
// code_text() is a function whose body writes the text 8 bytes at a time,
// each word an immediate (`i64.const` + `i64.store`), computed from the array
// at compile time.  The array itself is only read by the compiler, so no
// byte of it is emitted (internal linkage, never odr-used at run time), and
// the text is in whichever part holds the function: the split decides by
// what ran at start-up, like any other function.  Nothing is patched after
// the link, and nothing can be read before it is there — calling the function
// brings its part (web/glue.js, Module.loadSplitModule).
//
// Cost: ≈ 2 bytes of code per byte of text (more after compression than the
// text as data), so only for text a first visit does not need.  Natively it
// is the same code; tests/core/test_code_text.cpp checks it returns the text.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "code_text() builds little-endian words");

namespace dc {
namespace code_text_detail {

// Bytes [8i, 8i+8) of s (n bytes), little-endian; past the end: zeros.
constexpr std::uint64_t word(const char* s, std::size_t n, std::size_t i) {
    std::uint64_t w = 0;
    for (std::size_t b = 0; b < 8; ++b) {
        const std::size_t at = i * 8 + b;
        const std::uint64_t c = at < n ? static_cast<unsigned char>(s[at]) : 0u;
        w |= c << (8 * b);
    }
    return w;
}

inline void put(char* out, std::uint64_t w) { std::memcpy(out, &w, 8); }

// One store per word; integral_constant forces each word to be computed by
// the compiler, so the array is never read at run time.  (A braced list, not
// a fold expression: clang nests a fold of N terms N deep, past its limit of
// 256 for a few KB of text.)  T::text: a constexpr std::array<char, N> or
// CharArray's view, its final byte a NUL.
template <class T, std::size_t N, std::size_t... I>
void fill_of(char* out, std::index_sequence<I...>) {
    const int done[] = {(put(out + 8 * I, std::integral_constant<std::uint64_t, word(T::text.data(), N, I)>::value), 0)...};
    (void)done;
}

// A char array seen as code_text_of() sees a text: T::text.data() / .size().
template <const char* S, std::size_t Size>
struct CharArray {
    struct View {
        static constexpr const char* data() { return S; }
        static constexpr std::size_t size() { return Size; }
    };
    static constexpr View text{};
};

}  // namespace code_text_detail

// The text of T::text (a constexpr std::array<char, N>, its last byte a NUL not
// part of the text): for a text the compiler assembles, such as the interface
// texts a first screen does not show (ui/shell/i18n.cpp).  Kept out of line
// (noinline): it is the function the split places, and inlining it into a
// caller the first screen runs would bring the text into the first part.
template <class T>
[[gnu::noinline]] std::string code_text_of() {
    constexpr std::size_t size = T::text.size();
    static_assert(size >= 1, "a char array with its final NUL");
    constexpr std::size_t n = size - 1;
    constexpr std::size_t words = (n + 7) / 8;
    std::string out(words * 8, '\0');
    code_text_detail::fill_of<T, n>(out.data(), std::make_index_sequence<words>{});
    out.resize(n);
    return out;
}

// The text of S (a constexpr char array of `Size` bytes, its final NUL not
// part of the text), through code_text_of().
template <const char* S, std::size_t Size>
[[gnu::noinline]] std::string code_text() {
    return code_text_of<code_text_detail::CharArray<S, Size>>();
}

}  // namespace dc
