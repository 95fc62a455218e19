// zip.cpp — stored-entry ZIP writer (why hand-written: see zip.h).
// Layout per PKWARE APPNOTE 6.3: [local header + name + data]… central
// directory … end-of-central-directory record.  All numbers little-endian.
#include "core/zip.h"

#include <array>

namespace dc {

namespace {

const std::array<std::uint32_t, 256>& crc_table() {
    static const std::array<std::uint32_t, 256> t = [] {
        std::array<std::uint32_t, 256> a{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            a[n] = c;
        }
        return a;
    }();
    return t;
}

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// DOS date/time of 1980-01-01 00:00: date = ((1980-1980) << 9) | (1 << 5) | 1, time = 0.
constexpr std::uint32_t kDosDate = (1u << 5) | 1u;
constexpr std::uint32_t kDosTime = 0;

}  // namespace

std::uint32_t crc32(std::string_view data) {
    const auto& t = crc_table();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : data) c = t[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string zip_store(const std::vector<ZipEntry>& entries) {
    std::string out, central;
    for (const ZipEntry& e : entries) {
        std::uint32_t offset = static_cast<std::uint32_t>(out.size());
        std::uint32_t crc = crc32(e.data);
        std::uint32_t size = static_cast<std::uint32_t>(e.data.size());
        auto common = [&](std::string& o) {
            put16(o, 20);          // version needed to extract: 2.0
            put16(o, 0x0800);      // flags: bit 11 = names are UTF-8
            put16(o, 0);           // method: stored
            put16(o, kDosTime);
            put16(o, kDosDate);
            put32(o, crc);
            put32(o, size);        // compressed size
            put32(o, size);        // uncompressed size
            put16(o, static_cast<std::uint32_t>(e.name.size()));
            put16(o, 0);           // extra field length
        };
        put32(out, 0x04034b50);    // local file header
        common(out);
        out += e.name;
        out += e.data;

        put32(central, 0x02014b50);   // central directory header
        put16(central, 20);           // version made by: 2.0, MS-DOS attributes
        common(central);
        put16(central, 0);            // comment length
        put16(central, 0);            // disk number start
        put16(central, 0);            // internal attributes
        put32(central, 0);            // external attributes
        put32(central, offset);
        central += e.name;
    }
    std::uint32_t cd_offset = static_cast<std::uint32_t>(out.size());
    std::uint32_t cd_size = static_cast<std::uint32_t>(central.size());
    out += central;
    put32(out, 0x06054b50);           // end of central directory
    put16(out, 0);                    // this disk
    put16(out, 0);                    // disk with the central directory
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put32(out, cd_size);
    put32(out, cd_offset);
    put16(out, 0);                    // comment length
    return out;
}

}  // namespace dc
