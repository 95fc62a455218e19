// unzip.cpp — one entry out of a ZIP archive, bounded (see unzip.h).
#include "core/unzip.h"

#include <zlib.h>

#include <cstdint>

#include "core/zip.h"

namespace dc {

namespace {

std::uint32_t get16(std::string_view s, std::size_t at) {
    return static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8);
}
std::uint32_t get32(std::string_view s, std::size_t at) {
    return get16(s, at) | (get16(s, at + 2) << 16);
}

UnzipResult fail(UnzipResult r, std::string vi, std::string en) {
    r.ok = false;
    r.error_vi = std::move(vi);
    r.error_en = std::move(en);
    return r;
}

std::string mb(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

// Raw deflate (no zlib header, as ZIP stores it) into at most `cap` bytes.
// Returns false with the reason when the stream is broken or too long.
bool inflate_bounded(std::string_view in, std::size_t cap, std::string& out, bool& too_long) {
    too_long = false;
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    out.assign(cap, '\0');
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(cap);
    int rc = inflate(&z, Z_FINISH);
    bool good = rc == Z_STREAM_END;
    if (!good && z.avail_out == 0) {
        // Output full before the stream's end: one more byte would pass the cap.
        unsigned char probe;
        z.next_out = &probe;
        z.avail_out = 1;
        rc = inflate(&z, Z_FINISH);
        too_long = rc == Z_STREAM_END ? z.avail_out == 0 : (rc == Z_OK || rc == Z_BUF_ERROR) && z.avail_out == 0;
    }
    out.resize(z.total_out > cap ? cap : z.total_out);
    inflateEnd(&z);
    return good;
}

// The end-of-central-directory record: within the last 64 KB + 22 bytes
// (its comment is at most 65535 bytes).
std::size_t find_end_record(std::string_view a) {
    if (a.size() < 22) return std::string_view::npos;
    const std::size_t lowest = a.size() > 22 + 65535 ? a.size() - 22 - 65535 : 0;
    for (std::size_t at = a.size() - 22;; --at) {
        if (get32(a, at) == 0x06054b50u) return at;
        if (at == lowest) break;
    }
    return std::string_view::npos;
}

}  // namespace

bool looks_like_zip(std::string_view b) {
    return b.size() >= 4 && b[0] == 'P' && b[1] == 'K' &&
           ((b[2] == 3 && b[3] == 4) || (b[2] == 5 && b[3] == 6));
}

UnzipResult unzip_entry(std::string_view a, std::string_view want, const UnzipLimits& lim) {
    UnzipResult r;
    const std::string part(want);
    if (a.size() > lim.max_archive_bytes)
        return fail(r, "Tệp quá lớn (" + mb(a.size()) + "; tối đa " + mb(lim.max_archive_bytes) + ").",
                    "The file is too big (" + mb(a.size()) + "; at most " + mb(lim.max_archive_bytes) + ").");
    const std::size_t end = find_end_record(a);
    if (!looks_like_zip(a) || end == std::string_view::npos)
        return fail(r, "Tệp không phải tệp .docx (không phải tệp nén ZIP, hoặc bị cắt cụt).",
                    "The file is not a .docx (not a ZIP archive, or cut short).");
    const std::size_t count = get16(a, end + 10);
    const std::size_t cd_size = get32(a, end + 12), cd_at = get32(a, end + 16);
    if (count == 0xFFFF || cd_at == 0xFFFFFFFFu)
        return fail(r, "Tệp nén dùng định dạng ZIP64, không đọc được.", "The archive uses ZIP64, which is not read.");
    if (count > lim.max_entries)
        return fail(r, "Tệp nén có quá nhiều phần (" + std::to_string(count) + ").",
                    "The archive has too many entries (" + std::to_string(count) + ").");
    if (cd_at > end || cd_size > end - cd_at)
        return fail(r, "Tệp .docx bị hỏng: mục lục của tệp nén nằm ngoài tệp.",
                    "The .docx is damaged: the archive's directory lies outside the file.");
    std::size_t at = cd_at;
    bool found = false;
    std::uint32_t method = 0, flags = 0, crc = 0;
    std::size_t csize = 0, usize = 0, local = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (at + 46 > end || get32(a, at) != 0x02014b50u)
            return fail(r, "Tệp .docx bị hỏng: mục lục của tệp nén không đọc được.",
                        "The .docx is damaged: the archive's directory cannot be read.");
        const std::size_t nlen = get16(a, at + 28), xlen = get16(a, at + 30), clen = get16(a, at + 32);
        if (at + 46 + nlen > end)
            return fail(r, "Tệp .docx bị hỏng: tên một phần vượt ra ngoài mục lục.",
                        "The .docx is damaged: an entry name runs past the directory.");
        std::string name(a.substr(at + 46, nlen));
        if (!found && name == part) {
            found = true;
            flags = get16(a, at + 8);
            method = get16(a, at + 10);
            crc = get32(a, at + 16);
            csize = get32(a, at + 20);
            usize = get32(a, at + 24);
            local = get32(a, at + 42);
        }
        r.names.push_back(std::move(name));
        at += 46 + nlen + xlen + clen;
    }
    if (!found)
        return fail(r, "Tệp nén không có phần “" + part + "” (không phải văn bản Word?).",
                    "The archive has no part \"" + part + "\" (not a Word document?).");
    if (flags & 1u)
        return fail(r, "Tệp .docx được đặt mật khẩu; hãy bỏ mật khẩu trong Word rồi mở lại.",
                    "The .docx is password-protected; remove the password in Word and open it again.");
    if (method != 0 && method != 8)
        return fail(r, "Phần “" + part + "” nén theo cách không đọc được (mã " + std::to_string(method) + ").",
                    "The part \"" + part + "\" uses a compression method that is not read (" + std::to_string(method) + ").");
    if (usize > lim.max_entry_bytes || (usize > (1u << 20) && usize / (csize ? csize : 1) > lim.max_ratio))
        return fail(r, "Phần “" + part + "” giải nén ra quá lớn (" + mb(usize) + "): tệp có thể là “bom nén”.",
                    "The part \"" + part + "\" inflates too large (" + mb(usize) + "): possibly a zip bomb.");
    if (local + 30 > a.size() || get32(a, local) != 0x04034b50u)
        return fail(r, "Tệp .docx bị hỏng: không tìm thấy phần “" + part + "”.",
                    "The .docx is damaged: the part \"" + part + "\" is not where the directory says.");
    const std::size_t data_at = local + 30 + get16(a, local + 26) + get16(a, local + 28);
    if (data_at > a.size() || csize > a.size() - data_at)
        return fail(r, "Tệp .docx bị cắt cụt (phần “" + part + "” không đủ dữ liệu).",
                    "The .docx is cut short (the part \"" + part + "\" is incomplete).");
    const std::string_view packed = a.substr(data_at, csize);
    if (method == 0) {
        if (csize != usize)
            return fail(r, "Tệp .docx bị hỏng: kích thước phần “" + part + "” không khớp.",
                        "The .docx is damaged: the size of \"" + part + "\" does not match.");
        r.data.assign(packed);
    } else {
        bool too_long = false;
        if (!inflate_bounded(packed, usize, r.data, too_long))
            return too_long ? fail(r, "Phần “" + part + "” giải nén ra nhiều hơn khai báo: tệp có thể là “bom nén”.",
                                   "The part \"" + part + "\" inflates past its stated size: possibly a zip bomb.")
                            : fail(r, "Tệp .docx bị hỏng: không giải nén được phần “" + part + "”.",
                                   "The .docx is damaged: the part \"" + part + "\" cannot be inflated.");
    }
    if (r.data.size() != usize || crc32(r.data) != crc)
        return fail(r, "Tệp .docx bị hỏng: phần “" + part + "” sai mã kiểm tra (CRC).",
                    "The .docx is damaged: the part \"" + part + "\" fails its checksum (CRC).");
    r.ok = true;
    return r;
}

}  // namespace dc
