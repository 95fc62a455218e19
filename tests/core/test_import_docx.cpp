// test_import_docx.cpp — .docx import: the app's own .docx export of every
// built-in template reads back as the template (agenda, tasks, header,
// recipients, signer); the ZIP reader's limits and messages on broken files,
// zip bombs, a picture called .docx and a password-protected part.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/export_docx.h"
#include "core/import_docx.h"
#include "core/templates.h"
#include "core/unzip.h"
#include "core/zip.h"

using namespace dc;

namespace {

// `empty_form`: the blank template prints KẾ HOẠCH with no subject under it
// and a signature with no Nơi nhận beside it.  Read back, the next line (the
// programme table's header) is taken for the subject and the lone title is
// not known as a signer: the two known gaps, left out for that template only.
void check_same_plan(const Plan& want, const Plan& got, bool empty_form = false) {
    const Header& a = want.header;
    const Header& b = got.header;
    CHECK(b.parent_body == a.parent_body);
    CHECK(b.issuing_body == a.issuing_body);
    CHECK(b.number == a.number);
    CHECK(b.code == a.code);
    CHECK(b.place == a.place);
    CHECK(b.date == a.date);
    CHECK(b.kind == a.kind);
    if (!empty_form) CHECK(b.title == a.title);
    CHECK(b.addressees == a.addressees);
    CHECK(b.legal_basis == a.legal_basis);
    CHECK(b.intro == a.intro);
    CHECK(b.closing == a.closing);
    REQUIRE(got.agenda.size() == want.agenda.size());
    for (std::size_t i = 0; i < want.agenda.size(); ++i) {
        INFO("agenda slot " << i);
        CHECK(got.agenda[i].start == want.agenda[i].start);
        CHECK(got.agenda[i].end == want.agenda[i].end);
        REQUIRE(got.agenda[i].items.size() == want.agenda[i].items.size());
        for (std::size_t k = 0; k < want.agenda[i].items.size(); ++k) {
            CHECK(got.agenda[i].items[k].content == want.agenda[i].items[k].content);
            CHECK(got.agenda[i].items[k].performer == want.agenda[i].items[k].performer);
        }
    }
    REQUIRE(got.tasks.size() == want.tasks.size());
    for (std::size_t i = 0; i < want.tasks.size(); ++i) {
        INFO("task " << i);
        CHECK(got.tasks[i].content == want.tasks[i].content);
        CHECK(got.tasks[i].lead == want.tasks[i].lead);
        CHECK(got.tasks[i].cooperating == want.tasks[i].cooperating);
        CHECK(got.tasks[i].deadline.date == want.tasks[i].deadline.date);
    }
    REQUIRE(got.recipients.size() == want.recipients.size());
    for (std::size_t i = 0; i < want.recipients.size(); ++i) {
        CHECK(got.recipients[i].name == want.recipients[i].name);
        CHECK(got.recipients[i].purpose == want.recipients[i].purpose);
    }
    CHECK(got.archive == want.archive);
    CHECK(got.signer.authority == want.signer.authority);
    if (!empty_form) CHECK(got.signer.title == want.signer.title);
    CHECK(got.signer.deputy_title == want.signer.deputy_title);
    CHECK(got.signer.name == want.signer.name);
}

// Raw deflate (as a ZIP stores it) of `data`.
std::string deflate_raw(const std::string& data) {
    z_stream z{};
    REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&z, data.size()), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A stored archive whose one entry is rewritten as deflated, with the sizes
// and CRC the test chooses (a lying header is what a zip bomb or a damaged
// file looks like).
std::string deflated_zip(const std::string& name, const std::string& data, std::uint32_t stated_size,
                         std::uint32_t flags = 0x0800) {
    const std::string packed = deflate_raw(data);
    std::string z = zip_store({{name, packed}});
    auto put16 = [&](std::size_t at, std::uint32_t v) {
        z[at] = static_cast<char>(v & 0xFF);
        z[at + 1] = static_cast<char>((v >> 8) & 0xFF);
    };
    auto put32 = [&](std::size_t at, std::uint32_t v) { put16(at, v & 0xFFFF); put16(at + 2, v >> 16); };
    const std::size_t cd = 30 + name.size() + packed.size();
    for (std::size_t hdr : {std::size_t{0}, cd}) {
        const std::size_t base = hdr == 0 ? 4 : 6;   // a central header has "version made by" first
        put16(hdr + base + 2, flags);
        put16(hdr + base + 4, 8);
        put32(hdr + base + 10, crc32(data));
        put32(hdr + base + 18, stated_size);
    }
    return z;
}

}  // namespace

TEST_CASE("import docx: the .docx export of every built-in template reads back as the template", "[import][docx]") {
    const auto templates = builtin_templates();
    REQUIRE(templates.size() >= 2);
    for (const auto& t : templates) {
        INFO("template " << t.id);
        const Plan want = load_template(t.id);
        const TextImport r = import_docx(export_docx(want));
        REQUIRE(r.ok);
        check_same_plan(want, r.plan, t.id == "blank");
    }
}

// Every text document of the corpus also exists as a .docx written by Word's
// rules (make_docx.py: paragraphs, tables): both read to the same plan, fact
// for fact, so the text tests' key-field checks hold for the .docx too.
TEST_CASE("import docx: each corpus .docx imports as its text does", "[import][docx]") {
    const std::filesystem::path dir = std::filesystem::path(DC_SOURCE_DIR) / "tests/fixtures/import";
    std::size_t pairs = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() != ".txt") continue;
        std::filesystem::path docx = e.path();
        docx.replace_extension(".docx");
        INFO("document " << docx.filename().string());
        REQUIRE(std::filesystem::exists(docx));
        const TextImport t = import_text(read_bytes(e.path()));
        const TextImport d = import_docx(read_bytes(docx));
        REQUIRE(t.ok);
        REQUIRE(d.ok);
        REQUIRE(d.facts.size() == t.facts.size());
        for (std::size_t i = 0; i < t.facts.size(); ++i) {
            CHECK(d.facts[i].code == t.facts[i].code);
            CHECK(d.facts[i].value == t.facts[i].value);
        }
        CHECK(d.left_as_text == t.left_as_text);
        check_same_plan(t.plan, d.plan);
        CHECK(d.plan.body.size() == t.plan.body.size());
        ++pairs;
    }
    CHECK(pairs >= 4);
}

// The same documents re-saved by LibreOffice Writer (its own XML; README.md there).
TEST_CASE("import docx: .docx files re-saved by LibreOffice read the same", "[import][docx]") {
    const std::filesystem::path dir = std::filesystem::path(DC_SOURCE_DIR) / "tests/fixtures/import";
    for (const char* id : {"ke-hoach-1905", "cong-van-k12"}) {
        INFO("template " << id);
        const TextImport r = import_docx(read_bytes(dir / "libreoffice" / (std::string(id) + "-app-export-libreoffice.docx")));
        REQUIRE(r.ok);
        check_same_plan(load_template(id), r.plan);
    }
    const TextImport t = import_text(read_bytes(dir / "seed-002-ke-hoach.txt"));
    const TextImport d = import_docx(read_bytes(dir / "libreoffice" / "seed-002-ke-hoach-libreoffice.docx"));
    REQUIRE(d.ok);
    check_same_plan(t.plan, d.plan);
    CHECK(d.left_as_text == t.left_as_text);
}

TEST_CASE("import docx: tables become tab-separated rows; merged cells keep their column", "[import][docx]") {
    const std::string doc =
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>"
        "<w:p><w:r><w:t>Ch</w:t></w:r><w:r><w:t xml:space=\"preserve\">ương trình &amp; </w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>TT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Thời gian</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Buổi sáng</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "<w:p><w:r><w:t>x</w:t><w:tab/><w:t>y</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>"
        "</w:body></w:document>";
    const DocxText d = docx_text(zip_store({{"word/document.xml", doc}}));
    REQUIRE(d.ok);
    CHECK(d.text == "Chương trình & \nTT\tThời gian\tNội dung\nBuổi sáng\t\ta b\nx\ty\n");
    CHECK(d.tables == 1);
}

TEST_CASE("import docx: broken files, zip bombs, pictures and other files get a message", "[import][docx]") {
    auto refused = [](const std::string& bytes, const char* word_vi) {
        const TextImport r = import_docx(bytes);
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.error_en.empty());
        INFO("message: " << r.error_vi);
        CHECK(r.error_vi.find(word_vi) != std::string::npos);
    };
    const std::string good = export_docx(load_template(builtin_templates().front().id));
    refused("", "không phải tệp .docx");
    refused("\x89PNG\r\n\x1a\n" + std::string(2000, 'x'), "không phải tệp .docx");   // a picture called .docx
    refused("PK\x03\x04junk", "không phải tệp .docx");                               // no directory
    refused(good.substr(0, good.size() / 2), "không phải tệp .docx");                // cut in half: no end record
    refused(zip_store({{"image.png", "x"}}), "word/document.xml");                    // a zip, not a Word document
    refused(zip_store({{"word/document.xml", "<w:document><w:body><w:p>"}}), "XML");
    std::string flipped = good;                                                       // one byte of the part changed
    flipped[good.find("<w:body>") + 3] ^= 0x20;
    refused(flipped, "CRC");
    refused(std::string(21u << 20, 'P').replace(0, 4, "PK\x03\x04"), "quá lớn");     // a 21 MB file

    // Zip bombs: 40 MB of one letter deflates to ~40 KB.
    const std::string bomb(40u << 20, 'a');
    refused(deflated_zip("word/document.xml", bomb, static_cast<std::uint32_t>(bomb.size())), "quá lớn");
    // …and one that states a small size but inflates past it: stopped at the stated size.
    refused(deflated_zip("word/document.xml", bomb, 1000), "nhiều hơn khai báo");
    refused(deflated_zip("word/document.xml", "<w:document/>", 13, 0x0801), "mật khẩu");

    // A well-formed deflated part reads (Word deflates every part).
    const std::string doc = "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p></w:body></w:document>";
    const UnzipResult u = unzip_entry(deflated_zip("word/document.xml", doc, static_cast<std::uint32_t>(doc.size())),
                                      "word/document.xml");
    REQUIRE(u.ok);
    CHECK(u.data == doc);
    // Too many entries.
    std::vector<ZipEntry> many(30, ZipEntry{"a", "b"});
    UnzipLimits few;
    few.max_entries = 10;
    CHECK_FALSE(unzip_entry(zip_store(many), "a", few).ok);
}
