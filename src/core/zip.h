// zip.h — a minimal ZIP writer (stored entries, no compression) for .docx.
//
// Why hand-written: the web build cannot use zlib (Emscripten's zlib port
// cannot be built on these machines: ports are downloaded, and nothing outside
// Debian and npm can be), and a .docx needs only a ZIP container — OOXML
// readers (Word, LibreOffice) accept the "stored" method (APPNOTE 4.4.5,
// method 0).  A stored ZIP is a few headers and a CRC-32 per file.  The cost
// is size: a plan's .docx is ~3-4× larger than a deflated one (tens of KB).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dc {

struct ZipEntry {
    std::string name;   // path inside the archive, '/' separated, ASCII
    std::string data;   // bytes
};

// CRC-32 as ZIP and PNG use it (IEEE 802.3, reflected, polynomial 0xEDB88320).
std::uint32_t crc32(std::string_view data);

// The archive bytes: local headers + data, central directory, end record.
// Every entry carries a fixed timestamp (1980-01-01 00:00, the DOS epoch) so
// the same input always gives the same bytes.  No ZIP64: entries and the
// archive must stay below 4 GiB (a plan's document is far below).
std::string zip_store(const std::vector<ZipEntry>& entries);

}  // namespace dc
