// unzip.h — reads one named entry out of a ZIP archive (a .docx), with limits
// so that a hostile or broken file gets a message instead of eating memory.
//
// Inflating is zlib's (Debian's zlib1g-dev, natively).  Only the container is
// read here: the central directory (PKWARE APPNOTE 6.3, 4.3.12/4.3.16) names
// the entries, their method (0 stored, 8 deflate), sizes and offsets.  zlib
// has no reader for the ZIP container itself (minizip is a separate library
// that Debian ships but that does not bound the output it writes), and the
// directory is three fixed-layout records, so it is read by hand.
//
// Limits (a "zip bomb" is a small file that inflates to gigabytes): the
// archive's size, the number of entries, the entry's declared and actual
// uncompressed size, and the ratio of uncompressed to compressed size.
// Inflating stops as soon as the output would pass the declared size or the
// limit; the CRC-32 is checked.  No ZIP64, no encryption (both refused).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dc {

struct UnzipLimits {
    std::size_t max_archive_bytes = 20u << 20;   // a 20-page .docx is well under 1 MB
    std::size_t max_entries = 2000;
    std::size_t max_entry_bytes = 32u << 20;     // one part, inflated
    std::size_t max_ratio = 200;                 // inflated / compressed, once past 1 MB
};

struct UnzipResult {
    bool ok = false;
    std::string data;                  // the entry's bytes
    std::vector<std::string> names;    // every entry's name (also on failure, when the directory was read)
    std::string error_vi, error_en;    // why not, naming the file part
};

// True when the bytes start like a ZIP archive ("PK\3\4", or an empty one).
bool looks_like_zip(std::string_view bytes);

UnzipResult unzip_entry(std::string_view archive, std::string_view name, const UnzipLimits& limits = {});

}  // namespace dc
