// text.cpp — UTF-8 and Vietnamese text (see text.h).
//
// [SECTION] UTF-8        — decoding with U+FFFD for bad bytes, encoding, validation
// [SECTION] Normalisation — NFD / NFC from the generated tables in nfc_table.inc
// [SECTION] Case         — upper_vi / lower_vi
// [SECTION] Search       — fold_for_search (tone placement "hòa"/"hoà", strip marks), search_match
// [SECTION] Collation    — compare_vi (Vietnamese alphabet, tones after base letters)
// [SECTION] Legacy TCVN3 — text pasted from .VnTime documents
// [SECTION] Slugs and numbers
//
// Why hand-written: ICU or utf8proc compiled to WebAssembly cost 300 KB and
// more, while Vietnamese needs only Latin composition, simple case mapping and
// its own alphabet order.  The normalisation data is generated from Python's
// unicodedata by tools/gen_nfc.py (never edited by hand) and the tests compare
// this code with Python on every covered character.
//
// LIMITATION of nfc()/nfd(): canonical decompositions and compositions are
// known for characters below U+3000 (Latin, Greek, Cyrillic, combining marks,
// Indic scripts, symbols).  Hangul syllables, kana voicing marks, CJK
// compatibility ideographs and other characters at or above U+3000 pass through
// unchanged.  Combining classes are known for all of Unicode, so canonical
// ordering of marks is always right.
#include "core/text.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace dc {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] UTF-8
//-----------------------------------------------------------------------------

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one scalar value at s[i]; advances i.  Returns -1 for an invalid
// sequence (then i has advanced past the maximal invalid prefix, at least 1 byte,
// the "substitution of maximal subparts" practice of Unicode §3.9).
long decode_one(std::string_view s, std::size_t& i) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    unsigned char c = p[i];
    if (c < 0x80) { ++i; return c; }
    int len;
    char32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3; cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;        // no overlongs
        if (c == 0xED) hi = 0x9F;        // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4; cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;        // no overlongs
        if (c == 0xF4) hi = 0x8F;        // nothing above U+10FFFF
    } else { ++i; return -1; }
    std::size_t j = i + 1;
    for (int k = 1; k < len; ++k, ++j) {
        if (j >= n) { i = j; return -1; }
        unsigned char t = p[j];
        if (t < lo || t > hi) { i = j; return -1; }
        lo = 0x80; hi = 0xBF;
        cp = (cp << 6) | (t & 0x3F);
    }
    i = j;
    return static_cast<long>(cp);
}


std::u32string decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        long cp = decode_one(s, i);
        out += cp < 0 ? kReplacement : static_cast<char32_t>(cp);
    }
    return out;
}

std::string encode(const std::u32string& s) {
    std::string out;
    out.reserve(s.size() + s.size() / 2);
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

bool all_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

//-----------------------------------------------------------------------------
// [SECTION] Normalisation
//-----------------------------------------------------------------------------

struct DecompEntry { char32_t cp, first, second; };
struct CompEntry { char32_t first, second, composite; };
struct CccRange { char32_t lo, hi; unsigned char ccc; };

#include "core/nfc_table.inc"

int ccc_of(char32_t c) {
    if (c < 0x300) return 0;
    auto it = std::upper_bound(std::begin(kCcc), std::end(kCcc), c,
                               [](char32_t v, const CccRange& r) { return v < r.lo; });
    if (it == std::begin(kCcc)) return 0;
    --it;
    return c <= it->hi ? it->ccc : 0;
}

const DecompEntry* find_decomp(char32_t c) {
    if (c < 0xC0) return nullptr;
    auto it = std::lower_bound(std::begin(kDecomp), std::end(kDecomp), c,
                               [](const DecompEntry& e, char32_t v) { return e.cp < v; });
    return (it != std::end(kDecomp) && it->cp == c) ? it : nullptr;
}

char32_t find_comp(char32_t a, char32_t b) {
    auto it = std::lower_bound(std::begin(kComp), std::end(kComp), std::make_pair(a, b),
                               [](const CompEntry& e, const std::pair<char32_t, char32_t>& v) {
                                   return e.first != v.first ? e.first < v.first : e.second < v.second;
                               });
    return (it != std::end(kComp) && it->first == a && it->second == b) ? it->composite : 0;
}

void decompose_into(char32_t c, std::u32string& out) {
    const DecompEntry* e = find_decomp(c);
    if (!e) { out += c; return; }
    decompose_into(e->first, out);          // depth ≤ 4 in Unicode data
    if (e->second) decompose_into(e->second, out);
}

// Full canonical decomposition followed by canonical ordering (stable sort of
// each run of non-starters by combining class).
std::u32string nfd32(const std::u32string& in) {
    std::u32string out;
    out.reserve(in.size() + 8);
    for (char32_t c : in) decompose_into(c, out);
    for (std::size_t i = 0; i < out.size();) {
        if (ccc_of(out[i]) == 0) { ++i; continue; }
        std::size_t j = i;
        while (j < out.size() && ccc_of(out[j]) != 0) ++j;
        if (j - i > 1)
            std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(i), out.begin() + static_cast<std::ptrdiff_t>(j),
                             [](char32_t a, char32_t b) { return ccc_of(a) < ccc_of(b); });
        i = j;
    }
    return out;
}

// Canonical composition (Unicode §3.11): a mark joins the last starter unless
// a mark of the same or zero class stands between them ("blocked").
std::u32string compose32(std::u32string s) {
    if (s.empty()) return s;
    std::size_t starter = 0;
    bool have_starter = ccc_of(s[0]) == 0;
    int last_ccc = have_starter ? 0 : 256;
    std::size_t w = 1;   // write position; s[0] always kept
    for (std::size_t r = 1; r < s.size(); ++r) {
        char32_t c = s[r];
        int cc = ccc_of(c);
        if (have_starter) {
            bool blocked = (w - 1 != starter) && (last_ccc == 0 || last_ccc >= cc);
            if (!blocked) {
                if (char32_t comp = find_comp(s[starter], c)) {
                    s[starter] = comp;
                    continue;          // c consumed; last_ccc unchanged
                }
            }
        }
        if (cc == 0) { starter = w; have_starter = true; }
        last_ccc = cc;
        s[w++] = c;
    }
    s.resize(w);
    return s;
}

//-----------------------------------------------------------------------------
// [SECTION] Vietnamese letters (on decomposed text)
//-----------------------------------------------------------------------------

constexpr char32_t kGrave = 0x300, kAcute = 0x301, kCircumflex = 0x302, kTilde = 0x303,
                   kBreve = 0x306, kHook = 0x309, kHorn = 0x31B, kDotBelow = 0x323;

bool is_tone_mark(char32_t c) {
    return c == kGrave || c == kAcute || c == kTilde || c == kHook || c == kDotBelow;
}

// Simple case pairs outside ASCII that have no canonical decomposition
// (letters with decompositions are cased through their base letter).
struct CasePair { char32_t upper, lower; };
constexpr CasePair kCasePairs[] = {
    {0x00C6, 0x00E6}, {0x00D0, 0x00F0}, {0x00D8, 0x00F8}, {0x00DE, 0x00FE},
    {0x0110, 0x0111}, {0x0126, 0x0127}, {0x0141, 0x0142}, {0x014A, 0x014B},
    {0x0152, 0x0153}, {0x0166, 0x0167}, {0x0181, 0x0253}, {0x0189, 0x0256},
};

char32_t to_lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    for (const auto& p : kCasePairs) if (p.upper == c) return p.lower;
    if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F)) return c + 32;  // Greek, Cyrillic
    return c;
}
char32_t to_upper(char32_t c) {
    if (c >= 'a' && c <= 'z') return c - 32;
    for (const auto& p : kCasePairs) if (p.lower == c) return p.upper;
    if ((c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) || (c >= 0x430 && c <= 0x44F)) return c - 32;
    return c;
}

// The Vietnamese alphabet in order, with the Latin letters it lacks (f j w z)
// in their usual places so foreign names still sort sensibly.
// a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z
int letter_rank(char32_t base, char32_t modifier) {
    switch (base) {
        case 'a': return modifier == kBreve ? 1 : modifier == kCircumflex ? 2 : 0;
        case 'b': return 3;
        case 'c': return 4;
        case 'd': return 5;
        case 0x111: return 6;  // đ
        case 'e': return modifier == kCircumflex ? 8 : 7;
        case 'f': return 9;
        case 'g': return 10;
        case 'h': return 11;
        case 'i': return 12;
        case 'j': return 13;
        case 'k': return 14;
        case 'l': return 15;
        case 'm': return 16;
        case 'n': return 17;
        case 'o': return modifier == kCircumflex ? 19 : modifier == kHorn ? 20 : 18;
        case 'p': return 21;
        case 'q': return 22;
        case 'r': return 23;
        case 's': return 24;
        case 't': return 25;
        case 'u': return modifier == kHorn ? 27 : 26;
        case 'v': return 28;
        case 'w': return 29;
        case 'x': return 30;
        case 'y': return 31;
        case 'z': return 32;
        default: return -1;
    }
}

// Dictionary order of tones: ngang < huyền < hỏi < ngã < sắc < nặng.
int tone_rank(char32_t mark) {
    switch (mark) {
        case kGrave: return 1;
        case kHook: return 2;
        case kTilde: return 3;
        case kAcute: return 4;
        case kDotBelow: return 5;
        default: return 0;
    }
}

bool is_letter_base(char32_t c) {
    char32_t l = to_lower(c);
    return (l >= 'a' && l <= 'z') || l == 0x111 || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && ccc_of(c) == 0 && c < 0x2000);
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Public: UTF-8 and normalisation
//-----------------------------------------------------------------------------

bool valid_utf8(std::string_view s, std::size_t* bad_offset) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t at = i;
        if (decode_one(s, i) < 0) {
            if (bad_offset) *bad_offset = at;
            return false;
        }
    }
    return true;
}

std::string nfc(std::string_view s) {
    if (all_ascii(s)) return std::string(s);   // the common case costs one scan
    return encode(compose32(nfd32(decode(s))));
}

std::string nfd(std::string_view s) {
    if (all_ascii(s)) return std::string(s);
    return encode(nfd32(decode(s)));
}

//-----------------------------------------------------------------------------
// [SECTION] Case
//-----------------------------------------------------------------------------

std::string upper_vi(std::string_view s) {
    std::u32string t = nfd32(decode(s));
    for (auto& c : t) c = to_upper(c);
    return encode(compose32(std::move(t)));
}

std::string lower_vi(std::string_view s) {
    std::u32string t = nfd32(decode(s));
    for (auto& c : t) c = to_lower(c);
    return encode(compose32(std::move(t)));
}

//-----------------------------------------------------------------------------
// [SECTION] Search
//-----------------------------------------------------------------------------

// Old ("hòa", "thủy") and new ("hoà", "thuỷ") tone placement differ only in
// the open syllables oa, oe, uy; the key moves the tone to the second vowel so
// both spellings give the same key ("hoà", "thuỷ").
std::string fold_for_search(std::string_view s, bool strip_marks) {
    std::u32string t = nfd32(decode(s));
    for (auto& c : t) c = to_lower(c);
    if (strip_marks) {
        std::u32string out;
        out.reserve(t.size());
        for (char32_t c : t) {
            if (ccc_of(c) != 0) continue;
            out += (c == 0x111 ? U'd' : c);
        }
        return encode(out);
    }
    // t is decomposed: base letter, then its marks in canonical order.
    for (std::size_t i = 0; i < t.size(); ++i) {
        char32_t base = t[i];
        if (base != 'o' && base != 'u') continue;
        std::size_t j = i + 1;
        std::size_t tone_at = std::u32string::npos;
        bool other_mark = false;
        for (; j < t.size() && ccc_of(t[j]) != 0; ++j) {
            if (is_tone_mark(t[j])) tone_at = j; else other_mark = true;
        }
        if (tone_at == std::u32string::npos || other_mark || j >= t.size()) continue;
        char32_t next = t[j];
        bool pair = (base == 'o' && (next == 'a' || next == 'e')) || (base == 'u' && next == 'y');
        if (!pair) continue;
        std::size_t k = j + 1;
        bool next_has_tone = false, next_has_mark = false;
        for (; k < t.size() && ccc_of(t[k]) != 0; ++k) {
            next_has_mark = true;
            if (is_tone_mark(t[k])) next_has_tone = true;
        }
        // "oă"/"uyê" style letters or a tone already on the second vowel: leave it.
        if (next_has_tone || next_has_mark) continue;
        // Only an open syllable: "hoàng" keeps its tone where both styles put it.
        if (k < t.size() && is_letter_base(t[k])) continue;
        char32_t tone = t[tone_at];
        t.erase(tone_at, 1);
        t.insert(j, 1, tone);   // j shifted left by one: now just after `next`
    }
    return encode(compose32(std::move(t)));
}

bool search_match(std::string_view haystack, std::string_view needle) {
    std::string plain = fold_for_search(needle, true);
    bool has_marks = plain != lower_vi(needle);
    if (!has_marks) return fold_for_search(haystack, true).find(plain) != std::string::npos;
    return fold_for_search(haystack).find(fold_for_search(needle)) != std::string::npos;
}

//-----------------------------------------------------------------------------
// [SECTION] Collation
//-----------------------------------------------------------------------------

namespace {

// One collation element per base character: primary (what letter), secondary
// (tone), tertiary (case).
struct CollElem { std::uint32_t primary; int tone; int upper; };

std::vector<CollElem> collation_elements(std::string_view s) {
    std::u32string t = nfd32(decode(s));
    std::vector<CollElem> out;
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size();) {
        char32_t base = t[i];
        std::size_t j = i + 1;
        char32_t modifier = 0;
        int tone = 0;
        for (; j < t.size() && ccc_of(t[j]) != 0; ++j) {
            if (int tr = tone_rank(t[j])) tone = tr;
            else if (!modifier) modifier = t[j];
        }
        if (ccc_of(base) != 0) { i = j; continue; }   // stray mark at the start: ignore
        char32_t lower = to_lower(base);
        int upper = lower != base ? 1 : 0;
        std::uint32_t primary;
        // Classes: spaces and punctuation < digits < letters < everything else;
        // so "Đà Nẵng" comes before "Đak Đoa" (a shorter word first).
        int rank = letter_rank(lower, modifier);
        if (rank >= 0) {
            // A mark the Vietnamese alphabet does not use (å, ç, ü) sorts the
            // letter just after the plain one; ă â ê ô ơ ư have their own rank.
            bool own_letter = rank != letter_rank(lower, 0);
            std::uint32_t extra = (modifier && !own_letter) ? (modifier - 0x2FFu) : 0;
            primary = 0x300000u + static_cast<std::uint32_t>(rank) * 0x400u + extra;
        }
        else if (lower >= '0' && lower <= '9') primary = 0x200000u + (lower - '0');
        else if (lower == ' ' || lower == '\t' || lower == '\n' || lower == 0xA0) primary = 0x100000u;   // all spaces equal
        else if (lower < 0x80 || (lower >= 0x2000 && lower <= 0x206F)) primary = 0x100001u + lower;      // punctuation
        else primary = 0x400000u + lower;
        out.push_back({primary, tone, upper});
        i = j;
    }
    return out;
}

}  // namespace

// The key lists, level by level, what compare_vi compares: primary weights
// (3 bytes each), then tones, then case, then the NFC bytes; a 0 byte ends
// each level so a shorter sequence sorts first ("Đà" < "Đà Nẵng").
std::string sort_key_vi(std::string_view s) {
    auto elems = collation_elements(s);
    std::string key;
    key.reserve(elems.size() * 5 + s.size() + 3);
    for (const auto& e : elems) {
        key += static_cast<char>((e.primary >> 16) & 0xFF);   // ≥ 0x10: never 0
        key += static_cast<char>((e.primary >> 8) & 0xFF);
        key += static_cast<char>(e.primary & 0xFF);
    }
    key += '\0';
    for (const auto& e : elems) key += static_cast<char>(1 + e.tone);
    key += '\0';
    for (const auto& e : elems) key += static_cast<char>(1 + e.upper);
    key += '\0';
    key += nfc(s);   // only equal text compares equal: a total order for sorting
    return key;
}

int compare_vi(std::string_view a, std::string_view b) {
    int c = sort_key_vi(a).compare(sort_key_vi(b));
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

//-----------------------------------------------------------------------------
// [SECTION] Legacy TCVN3
//-----------------------------------------------------------------------------

namespace {

// TCVN3 (ABC) byte → Vietnamese letter.  Bytes are seen as U+00A1..U+00FE
// after the font-encoded text went through Windows-1252/Latin-1.
struct Tcvn { char32_t from; const char* to; bool only_tcvn; };
// only_tcvn: the look-alike never appears in Vietnamese Unicode text.  TCVN3
// also uses á â ã è é ê ì í ò ó ô õ ù ú ý È É Ê Ì Ò Ó Ô Õ Ý (for other
// letters: "é" is "ộ"), and those prove nothing on their own.
constexpr Tcvn kTcvn3[] = {
    {0xB5, "à", true},  {0xB8, "á", true},  {0xB6, "ả", true},  {0xB7, "ã", true},  {0xB9, "ạ", true},
    {0xA8, "ă", true},  {0xBB, "ằ", true},  {0xBE, "ắ", true},  {0xBC, "ẳ", true},  {0xBD, "ẵ", true},  {0xC6, "ặ", true},
    {0xA9, "â", true},  {0xC7, "ầ", true},  {0xCA, "ấ", false}, {0xC8, "ẩ", false}, {0xC9, "ẫ", false}, {0xCB, "ậ", true},
    {0xAE, "đ", true},
    {0xCC, "è", false}, {0xD0, "é", true},  {0xCE, "ẻ", true},  {0xCF, "ẽ", true},  {0xD1, "ẹ", true},
    {0xAA, "ê", true},  {0xD2, "ề", false}, {0xD5, "ế", false}, {0xD3, "ể", false}, {0xD4, "ễ", false}, {0xD6, "ệ", true},
    {0xD7, "ì", true},  {0xDD, "í", false}, {0xD8, "ỉ", true},  {0xDC, "ĩ", true},  {0xDE, "ị", true},
    {0xDF, "ò", true},  {0xE3, "ó", false}, {0xE1, "ỏ", false}, {0xE2, "õ", false}, {0xE4, "ọ", true},
    {0xAB, "ô", true},  {0xE5, "ồ", true},  {0xE8, "ố", false}, {0xE6, "ổ", true},  {0xE7, "ỗ", true},  {0xE9, "ộ", false},
    {0xAC, "ơ", true},  {0xEA, "ờ", false}, {0xED, "ớ", false}, {0xEB, "ở", true},  {0xEC, "ỡ", false}, {0xEE, "ợ", true},
    {0xEF, "ù", true},  {0xF3, "ú", false}, {0xF1, "ủ", true},  {0xF2, "ũ", false}, {0xF4, "ụ", false},
    {0xAD, "ư", true},  {0xF5, "ừ", false}, {0xF8, "ứ", true},  {0xF6, "ử", true},  {0xF7, "ữ", true},  {0xF9, "ự", false},
    {0xFA, "ỳ", false}, {0xFD, "ý", false}, {0xFB, "ỷ", true},  {0xFC, "ỹ", true},  {0xFE, "ỵ", true},
    {0xA1, "Ă", true},  {0xA2, "Â", true},  {0xA7, "Đ", true},  {0xA3, "Ê", true},  {0xA4, "Ô", true},  {0xA5, "Ơ", true},
    {0xA6, "Ư", true},
};

const Tcvn* find_tcvn3(char32_t c) {
    if (c < 0xA1 || c > 0xFE) return nullptr;
    for (const auto& t : kTcvn3)
        if (t.from == c) return &t;
    return nullptr;
}

}  // namespace

bool looks_like_tcvn3(std::string_view s) {
    if (all_ascii(s)) return false;
    int markers = 0;
    for (char32_t c : decode(s)) {
        // A letter of the Vietnamese block (ă đ ơ ư ạ…ỹ) means real Unicode text.
        if (c == 0x103 || c == 0x111 || c == 0x1A1 || c == 0x1B0 || (c >= 0x1EA0 && c <= 0x1EF9)) return false;
        if (const Tcvn* t = find_tcvn3(c); t && t->only_tcvn) ++markers;
    }
    return markers >= 2;
}

std::string from_tcvn3(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 2);
    for (char32_t c : decode(s)) {
        if (const Tcvn* t = find_tcvn3(c)) out += t->to;
        else append_utf8(out, c);
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Slugs and numbers
//-----------------------------------------------------------------------------

std::string slug_ascii(std::string_view s, std::size_t max_len) {
    std::string folded = fold_for_search(s, true);
    std::string out;
    bool dash = false;
    for (unsigned char c : folded) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(c);
        } else {
            dash = true;   // any other byte (space, punctuation, non-Latin) separates words
        }
    }
    if (out.size() > max_len) {
        out.resize(max_len);
        // Cut at a word boundary when there is one, never leave a trailing dash.
        auto dash_at = out.rfind('-');
        if (dash_at != std::string::npos && dash_at > max_len / 2) out.resize(dash_at);
        while (!out.empty() && out.back() == '-') out.pop_back();
    }
    return out;
}

std::string format_number_vi(std::int64_t n) {
    // Work on the unsigned magnitude so INT64_MIN does not overflow.
    bool neg = n < 0;
    std::uint64_t v = neg ? (~static_cast<std::uint64_t>(n) + 1) : static_cast<std::uint64_t>(n);
    std::string digits = std::to_string(v);
    std::string out;
    int lead = static_cast<int>(digits.size() % 3);
    if (lead == 0) lead = 3;
    out.append(digits, 0, static_cast<std::size_t>(lead));
    for (std::size_t i = static_cast<std::size_t>(lead); i < digits.size(); i += 3) {
        out += '.';
        out.append(digits, i, 3);
    }
    return neg ? "-" + out : out;
}

std::string format_dong(std::int64_t n) {
    return format_number_vi(n) + " đồng";
}

std::string clip_text(std::string_view s, std::size_t max_chars) {
    std::size_t chars = 0, i = 0;
    for (; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;   // continuation byte
        if (chars == max_chars) break;
        ++chars;
    }
    if (i >= s.size()) return std::string(s);
    std::string out(s.substr(0, i));
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n' || out.back() == '\t')) out.pop_back();
    return out + "\xE2\x80\xA6";   // …
}

}  // namespace dc
