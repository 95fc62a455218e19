// text.h — UTF-8 and Vietnamese text: validation, NFC, case, search folding,
// collation, ASCII slugs, number formatting.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace dc {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
// On failure *bad_offset (if given) receives the byte offset of the first bad sequence.
bool valid_utf8(std::string_view s, std::size_t* bad_offset = nullptr);

// Unicode NFC of well-formed UTF-8.  Invalid sequences are replaced by U+FFFD.
std::string nfc(std::string_view s);
// Unicode NFD (canonical decomposition + ordering); same coverage as nfc().
std::string nfd(std::string_view s);

// Upper case for Vietnamese and Latin text ("Sở giáo dục" → "SỞ GIÁO DỤC").
std::string upper_vi(std::string_view s);
std::string lower_vi(std::string_view s);

// Key for searching: lower case, NFC, and "oà"/"òa"-style tone placement
// differences folded, so "hòa" and "hoà" are equal; with strip_marks also
// removes every diacritic and maps đ→d ("Đắk" → "dak").
std::string fold_for_search(std::string_view s, bool strip_marks = false);

// Vietnamese collation: a ă â b c d đ e ê … o ô ơ … u ư …, tones compared after
// the base letters (no tone < huyền < hỏi < ngã < sắc < nặng).  <0, 0, >0.
int compare_vi(std::string_view a, std::string_view b);

// ASCII slug for file names: "Hội nghị tổng kết" → "hoi-nghi-tong-ket".
std::string slug_ascii(std::string_view s, std::size_t max_len = 60);

// Numbers as Vietnamese documents write them: "1.500.000"; "1.500.000 đồng".
std::string format_number_vi(std::int64_t n);
std::string format_dong(std::int64_t n);

}  // namespace dc
