// later_data.h — marks read-only text that only the second part of the web
// build reads, so that tools/move_data.py can move it there.
//
// The web build is split in two (tools/split_wasm.mjs): the functions the
// first screen runs, and the rest, fetched after the first frame.  Binaryen's
// wasm-split moves functions only; data stays in the first part whoever reads
// it.  Text wrapped like this
//
//     const char kCssRaw[] = DC_LATER_BEGIN("print stylesheet") R"(...)" DC_LATER_END;
//     std::string_view css = later_text(kCssRaw);
//
// is found by its markers after the split and moved to the second part if no
// code or data of the first part refers to it (otherwise it stays, with a
// warning in the build).  Natively, and in an unsplit build, the markers are
// just skipped: later_text() returns the text between them.
//
// Only for text whose readers are not on the first screen (exports, print,
// English): the first part's code never reads it, so it is in place before any
// reader runs (instantiating the second part writes it).
#pragma once
#include <cstring>
#include <string_view>

#define DC_LATER_BEGIN(label) "\x01<dc-later>" label "\0"
#define DC_LATER_END "</dc-later>\x01"

namespace dc {

// The text between the markers of `raw` (a char array wrapped as above).
template <std::size_t N>
std::string_view later_text(const char (&raw)[N]) {
    const char* p = raw + std::strlen(raw) + 1;   // past "\x01<dc-later>label\0"
    const std::size_t end = N - 1 - (sizeof DC_LATER_END - 1);
    return std::string_view(p, end - static_cast<std::size_t>(p - raw));
}

}  // namespace dc
