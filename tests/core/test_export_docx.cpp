// test_export_docx.cpp — the ZIP writer and the Word export (src/core/zip.h,
// src/core/export_docx.h).  The archive is read back with an independent
// reader written from the ZIP specification; the XML is checked for balance
// and escaping.  LibreOffice converts the same files to PDF in tests/exports/run.sh.
//
// [SECTION] helpers · [SECTION] CRC and ZIP · [SECTION] XML · [SECTION] document
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "../print/seed_plans.h"
#include "core/export_docx.h"
#include "core/zip.h"

using namespace dc;
namespace td = dc::testdata;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

namespace {

std::uint32_t rd16(const std::string& s, std::size_t at) {
    return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}
std::uint32_t rd32(const std::string& s, std::size_t at) { return rd16(s, at) | rd16(s, at + 2) << 16; }

// Reads a stored ZIP through its central directory (as unzip and LibreOffice
// do), checking each local header agrees and each CRC matches.
std::map<std::string, std::string> read_zip(const std::string& z) {
    std::map<std::string, std::string> files;
    REQUIRE(z.size() >= 22);
    std::size_t eocd = z.size() - 22;
    REQUIRE(rd32(z, eocd) == 0x06054b50u);
    std::uint32_t n = rd16(z, eocd + 10);
    std::uint32_t cd_size = rd32(z, eocd + 12), cd = rd32(z, eocd + 16);
    REQUIRE(cd + cd_size == eocd);
    std::size_t at = cd;
    for (std::uint32_t i = 0; i < n; ++i) {
        REQUIRE(rd32(z, at) == 0x02014b50u);
        std::uint32_t method = rd16(z, at + 10), crc = rd32(z, at + 16), size = rd32(z, at + 20);
        std::uint32_t name_len = rd16(z, at + 28), extra_len = rd16(z, at + 30), comment_len = rd16(z, at + 32);
        std::uint32_t local = rd32(z, at + 42);
        std::string name = z.substr(at + 46, name_len);
        CHECK(method == 0);
        REQUIRE(rd32(z, local) == 0x04034b50u);
        CHECK(rd32(z, local + 14) == crc);
        CHECK(rd32(z, local + 22) == size);
        std::uint32_t lname = rd16(z, local + 26), lextra = rd16(z, local + 28);
        CHECK(z.substr(local + 30, lname) == name);
        std::string data = z.substr(local + 30 + lname + lextra, size);
        CHECK(crc32(data) == crc);
        files[name] = data;
        at += 46 + name_len + extra_len + comment_len;
    }
    return files;
}

// Element balance of an XML document without a DTD: every start tag closed in
// order, no stray '<' or '&' in text.  Returns "" or a description of the fault.
std::string xml_balance(const std::string& x) {
    std::vector<std::string> stack;
    std::size_t i = 0;
    if (x.compare(0, 5, "<?xml") == 0) i = x.find("?>") + 2;
    while (i < x.size()) {
        if (x[i] == '&') {
            std::size_t semi = x.find(';', i);
            std::string ent = x.substr(i, semi - i + 1);
            if (ent != "&amp;" && ent != "&lt;" && ent != "&gt;" && ent != "&quot;" && ent != "&apos;")
                return "bad entity " + ent;
            i = semi + 1;
            continue;
        }
        if (x[i] != '<') { ++i; continue; }
        std::size_t end = x.find('>', i);
        if (end == std::string::npos) return "unterminated tag";
        std::string tag = x.substr(i + 1, end - i - 1);
        if (tag.find('<') != std::string::npos) return "'<' inside a tag";
        if (!tag.empty() && tag[0] == '/') {
            if (stack.empty() || stack.back() != tag.substr(1)) return "mismatched </" + tag.substr(1) + ">";
            stack.pop_back();
        } else if (!tag.empty() && tag.back() != '/') {
            stack.push_back(tag.substr(0, tag.find(' ')));
        }
        i = end + 1;
    }
    return stack.empty() ? "" : "unclosed <" + stack.back() + ">";
}

// The text of a WordprocessingML document: the contents of <w:t> elements, unescaped.
std::string docx_text(const std::string& xml) {
    std::string out;
    std::size_t i = 0;
    while ((i = xml.find("<w:t", i)) != std::string::npos) {
        std::size_t gt = xml.find('>', i);
        if (xml[gt - 1] == '/' || (xml[i + 4] != '>' && xml[i + 4] != ' ')) { i = gt; continue; }
        std::size_t end = xml.find("</w:t>", gt);
        std::string t = xml.substr(gt + 1, end - gt - 1);
        for (auto [e, c] : std::vector<std::pair<std::string, std::string>>{
                 {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}}) {
            std::size_t k = 0;
            while ((k = t.find(e, k)) != std::string::npos) { t.replace(k, e.size(), c); k += c.size(); }
        }
        // A no-break space (bound words of the header) reads as a space.
        for (std::size_t k = 0; (k = t.find("\xC2\xA0", k)) != std::string::npos;) t.replace(k, 2, " ");
        out += t + "\n";
        i = end;
    }
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] CRC and ZIP
//-----------------------------------------------------------------------------

TEST_CASE("CRC-32 matches the standard check values", "[zip]") {
    CHECK(crc32("") == 0u);
    CHECK(crc32("123456789") == 0xCBF43926u);   // the CRC-32/ISO-HDLC check value
    CHECK(crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
    CHECK(crc32(std::string("\0\xff", 2)) != crc32(std::string("\xff\0", 2)));
}

TEST_CASE("ZIP: stored entries read back through the central directory", "[zip]") {
    std::string binary;
    for (int i = 0; i < 256; ++i) binary += static_cast<char>(i);
    std::vector<ZipEntry> in = {{"[Content_Types].xml", "<Types/>"}, {"a/b/c.txt", "Tiếng Việt"},
                                {"empty", ""}, {"bin", binary}};
    std::string z = zip_store(in);
    auto files = read_zip(z);
    REQUIRE(files.size() == in.size());
    for (const auto& e : in) CHECK(files[e.name] == e.data);
    CHECK(z == zip_store(in));   // deterministic
    CHECK(z.compare(0, 4, "PK\x03\x04") == 0);
}

//-----------------------------------------------------------------------------
// [SECTION] XML
//-----------------------------------------------------------------------------

TEST_CASE("XML escaping", "[docx]") {
    CHECK(xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
    CHECK(xml_escape(std::string("x\x01y\x1fz\tw\n")) == "xyz\tw\n");   // forbidden controls dropped
    CHECK(xml_escape("Độc lập") == "Độc lập");
}

//-----------------------------------------------------------------------------
// [SECTION] document
//-----------------------------------------------------------------------------

TEST_CASE("DOCX package parts and the Kế hoạch's content", "[docx]") {
    auto files = read_zip(export_docx(td::seed_002()));
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                             "word/styles.xml", "word/header1.xml", "docProps/core.xml"}) {
        INFO(part);
        REQUIRE(files.count(part) == 1);
        CHECK(xml_balance(files[part]) == "");
    }
    const std::string& doc = files["word/document.xml"];
    std::string text = docx_text(doc);
    for (const char* s : {"UBND TỈNH GIA LAI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                          "Độc lập - Tự do - Hạnh phúc", "Số: 1905/KH-SGDĐT", "Gia Lai, ngày 28 tháng 8 năm 2021",
                          "KẾ HOẠCH", "I. ", "MỤC ĐÍCH, YÊU CẦU", "Thời gian", "Nội dung", "Thực hiện",
                          "08h00 - 09h30", "Phát biểu khai mạc Hội nghị", "STT", "Nội dung công việc",
                          "Trước ngày 26/8/2021", "Nơi nhận:", "- Lưu: VT, VP.", "GIÁM ĐỐC", "Lê Duy Định"}) {
        INFO(s);
        CHECK(text.find(s) != std::string::npos);
    }
    CHECK(text.find("./.") != std::string::npos);
    // Page setup: A4 with the decree's margins; Times New Roman 14 pt by default.
    CHECK(doc.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
    CHECK(doc.find("w:left=\"1701\"") != std::string::npos);
    CHECK(files["word/styles.xml"].find("w:ascii=\"Times New Roman\"") != std::string::npos);
    CHECK(files["word/styles.xml"].find("<w:sz w:val=\"28\"/>") != std::string::npos);
}

TEST_CASE("DOCX of the công văn: V/v and Kính gửi", "[docx]") {
    auto files = read_zip(export_docx(td::seed_000()));
    std::string text = docx_text(files["word/document.xml"]);
    CHECK(text.find("V/v tổ chức Hội nghị trực tuyến") != std::string::npos);
    CHECK(text.find("Kính gửi:") != std::string::npos);
    CHECK(text.find("- Các phòng giáo dục và đào tạo;") != std::string::npos);
    CHECK(text.find("Kết nối kỹ thuật: Từ 08h00 đến 11h00 ngày 27/10/2021.") != std::string::npos);
    CHECK(text.find("KẾ HOẠCH") == std::string::npos);
}

TEST_CASE("DOCX of hostile text stays well-formed and shows the text literally", "[docx]") {
    Plan p = td::hostile();
    p.tasks[0].content = std::string("ctl\x01\x02 ]]> <w:p> &amp; ") + std::string(10000, 'z');
    auto files = read_zip(export_docx(p));
    const std::string& doc = files["word/document.xml"];
    CHECK(xml_balance(doc) == "");
    CHECK(xml_balance(files["docProps/core.xml"]) == "");
    std::string text = docx_text(doc);
    CHECK(text.find("Đăng ký <script>alert(1)</script>") != std::string::npos);
    CHECK(text.find("ctl ]]> <w:p> &amp; zzz") != std::string::npos);
    CHECK(doc.find("<script>") == std::string::npos);
}
