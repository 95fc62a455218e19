// test_import_text.cpp — whole documents read from text (tests/fixtures/import):
// the two seeds against the templates entered by hand from them, a Phòng
// công văn with a "Về việc" subject, a 4-column programme and Word's
// two-column closing (KT. signer), a Sở kế hoạch with blank number and date,
// Căn cứ lines, a task table with other headings and a TL. signer; nothing
// dropped; text that is no document is refused with a message.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "core/datetime.h"
#include "core/import_text.h"
#include "core/templates.h"

using namespace dc;

namespace {
std::string fixture(const std::string& name) {
    std::ifstream in(std::string(DC_SOURCE_DIR) + "/tests/fixtures/import/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
std::size_t count_facts(const TextImport& r, const std::string& code) {
    return static_cast<std::size_t>(std::count_if(r.facts.begin(), r.facts.end(), [&](const ImportFact& f) { return f.code == code; }));
}
std::size_t headings(const Plan& p, int level) {
    return static_cast<std::size_t>(std::count_if(p.body.begin(), p.body.end(), [&](const Block& b) {
        return b.kind == BlockKind::Heading && b.level == level;
    }));
}
// Every word of the text shows up in what the import reports (nothing dropped),
// except the national motto and the "Nơi nhận" label, which the printed layout
// writes itself.
void check_nothing_dropped(const std::string& text, const TextImport& r) {
    std::string all;
    for (const auto& f : r.facts) all += f.value + "\n";
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.rfind("CỘNG HÒA", 0) == 0 || line.rfind("Độc lập", 0) == 0) continue;
        std::string spaced = line;
        for (const char* label : {"Nơi nhận:", "Kính gửi:", "Lưu:"}) {
            const std::size_t at = spaced.find(label);
            if (at != std::string::npos) spaced.erase(at, std::string(label).size());
        }
        for (char& ch : spaced) if (std::string("\t/-,.;:()").find(ch) != std::string::npos) ch = ' ';
        std::istringstream w(spaced);
        std::string word;
        while (w >> word) {
            if (word.size() < 4 || word == "Số") continue;
            INFO("line: " << line);
            CHECK(all.find(word) != std::string::npos);
        }
    }
}
}  // namespace

TEST_CASE("import text: seed Kế hoạch 1905 gives the template's header, agenda, tasks, closing", "[import][text]") {
    const std::string text = fixture("seed-002-ke-hoach.txt");
    const TextImport r = import_text(text);
    REQUIRE(r.ok);
    const Plan kh = load_template("ke-hoach-1905");
    const Header& h = r.plan.header;
    CHECK(h.kind == DocKind::KeHoach);
    CHECK(h.number == kh.header.number);
    CHECK(h.code == kh.header.code);
    CHECK(h.place == kh.header.place);
    CHECK(h.date == kh.header.date);
    CHECK(h.title == kh.header.title);
    CHECK(h.intro == kh.header.intro);
    CHECK(h.closing == kh.header.closing);
    CHECK(headings(r.plan, 1) == headings(kh, 1));
    REQUIRE(r.plan.agenda.size() == kh.agenda.size());
    for (std::size_t i = 0; i < kh.agenda.size(); ++i) {
        CHECK(r.plan.agenda[i].start == kh.agenda[i].start);
        CHECK(r.plan.agenda[i].end == kh.agenda[i].end);
        REQUIRE(r.plan.agenda[i].items.size() == kh.agenda[i].items.size());
        for (std::size_t k = 0; k < kh.agenda[i].items.size(); ++k) {
            CHECK(r.plan.agenda[i].items[k].content == kh.agenda[i].items[k].content);
            CHECK(r.plan.agenda[i].items[k].performer == kh.agenda[i].items[k].performer);
        }
    }
    REQUIRE(r.plan.tasks.size() == kh.tasks.size());
    for (std::size_t i = 0; i < kh.tasks.size(); ++i) {
        CHECK(r.plan.tasks[i].content == kh.tasks[i].content);
        CHECK(r.plan.tasks[i].lead == kh.tasks[i].lead);
        CHECK(r.plan.tasks[i].deadline.date == kh.tasks[i].deadline.date);
    }
    REQUIRE(r.plan.recipients.size() == kh.recipients.size());
    for (std::size_t i = 0; i < kh.recipients.size(); ++i) {
        CHECK(r.plan.recipients[i].name == kh.recipients[i].name);
        CHECK(r.plan.recipients[i].purpose == kh.recipients[i].purpose);
    }
    CHECK(r.plan.archive == kh.archive);
    CHECK(r.plan.signer.authority == kh.signer.authority);
    CHECK(r.plan.signer.title == kh.signer.title);
    CHECK(r.plan.signer.name == kh.signer.name);
    check_nothing_dropped(text, r);
}

TEST_CASE("import text: seed công văn — blank number and day, V/v subject, Kính gửi, Căn cứ", "[import][text]") {
    const std::string text = fixture("seed-000-cong-van.txt");
    const TextImport r = import_text(text);
    REQUIRE(r.ok);
    const Plan cv = load_template("cong-van-k12");
    const Header& h = r.plan.header;
    CHECK(h.kind == DocKind::CongVan);
    CHECK(h.number.empty());
    CHECK(h.code == "SGDDĐT-GDTrHCTTX");   // as the document writes it (the template corrected the typo)
    CHECK(h.place == cv.header.place);
    CHECK(h.date.d == 0);
    CHECK(h.date.m == 10);
    CHECK(h.date.y == 2021);
    CHECK(h.title == cv.header.title);
    CHECK(h.addressees == cv.header.addressees);
    REQUIRE(h.legal_basis.size() == 2);
    CHECK(h.legal_basis[0] == cv.header.legal_basis[0]);
    CHECK(h.intro.rfind("Sở GDĐT tổ chức Hội nghị trực tuyến", 0) == 0);
    REQUIRE(r.plan.recipients.size() == cv.recipients.size());
    for (std::size_t i = 0; i < cv.recipients.size(); ++i) {
        CHECK(r.plan.recipients[i].name == cv.recipients[i].name);
        CHECK(r.plan.recipients[i].purpose == cv.recipients[i].purpose);
    }
    CHECK(r.plan.archive == cv.archive);
    CHECK(r.plan.signer.title == cv.signer.title);
    CHECK(r.plan.signer.name == cv.signer.name);
    check_nothing_dropped(text, r);
}

TEST_CASE("import text: Phòng công văn — Về việc, 4-column programme, Word's two-column closing, KT.", "[import][text]") {
    const std::string text = fixture("phong-cong-van-kt-4col.txt");
    const TextImport r = import_text(text);
    REQUIRE(r.ok);
    const Header& h = r.plan.header;
    CHECK(h.parent_body == "UBND HUYỆN ĐAK ĐOA");
    CHECK(h.issuing_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    CHECK(h.number == "215");
    CHECK(h.code == "PGDĐT-CM");
    CHECK(h.place == "Đak Đoa");
    CHECK(h.date == Date{2024, 3, 5});
    CHECK(h.kind == DocKind::CongVan);
    CHECK(h.title == "tổ chức Hội nghị trực tuyến sơ kết học kỳ I năm học 2023-2024");
    CHECK(h.addressees == std::vector<std::string>{"Hiệu trưởng các trường MN, TH, THCS trên địa bàn huyện"});
    CHECK(headings(r.plan, 2) == 4);
    REQUIRE(r.plan.agenda.size() == 5);
    CHECK(r.plan.agenda[0].start == 13 * 60 + 30);
    CHECK(r.plan.agenda[2].items.size() == 2);
    CHECK(r.plan.agenda[2].items[1].performer == "Hiệu trưởng");
    CHECK(r.plan.agenda[3].kind == SlotKind::Break);
    CHECK(r.plan.agenda[4].start == r.plan.agenda[4].end);
    CHECK(h.closing == "Đề nghị Hiệu trưởng các trường triển khai thực hiện");
    REQUIRE(r.plan.recipients.size() == 2);
    CHECK(r.plan.recipients[0].name == "Như trên");
    CHECK(r.plan.recipients[1].purpose == "báo cáo");
    CHECK(r.plan.archive == "VT, CM");
    CHECK(r.plan.signer.authority == "KT.");
    CHECK(r.plan.signer.title == "TRƯỞNG PHÒNG");
    CHECK(r.plan.signer.deputy_title == "PHÓ TRƯỞNG PHÒNG");
    CHECK(r.plan.signer.name == "Nguyễn Thị Hạnh");
    check_nothing_dropped(text, r);
}

TEST_CASE("import text: Sở kế hoạch — blank number and date, Căn cứ, task table with other headings, TL.", "[import][text]") {
    const std::string text = fixture("so-ke-hoach-tl-tasks.txt");
    const TextImport r = import_text(text);
    REQUIRE(r.ok);
    const Header& h = r.plan.header;
    CHECK(h.number.empty());
    CHECK(h.code == "KH-SGDĐT");
    CHECK(h.date == Date{2025, 0, 0});
    CHECK(h.title == "Tổ chức tập huấn trực tuyến chuyển đổi số cho cán bộ quản lý năm 2025");
    CHECK(h.legal_basis.size() == 2);
    CHECK(h.intro == "Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:");
    CHECK(headings(r.plan, 1) == 3);
    CHECK(headings(r.plan, 2) == 3);
    CHECK(headings(r.plan, 3) == 2);
    CHECK(count_facts(r, "section") == 8);
    REQUIRE(r.plan.tasks.size() == 3);
    CHECK(r.plan.tasks[0].content == "Xây dựng tài liệu tập huấn");
    CHECK(r.plan.tasks[0].lead == "Phòng GDTrH");
    CHECK(r.plan.tasks[0].deadline.date == Date{2025, 4, 5});
    CHECK(r.plan.tasks[2].cooperating == std::vector<std::string>{"Viettel Kon Tum"});
    CHECK(r.left_as_text == 1);   // the one line no pattern knows, kept in the body
    CHECK(std::any_of(r.plan.body.begin(), r.plan.body.end(), [](const Block& b) {
        return b.kind == BlockKind::Paragraph && b.text == "Dòng này không thuộc mẫu nào nhưng phải được giữ lại.";
    }));
    CHECK(r.plan.recipients.size() == 3);
    CHECK(r.plan.signer.authority == "TL.");
    CHECK(r.plan.signer.title == "GIÁM ĐỐC");
    CHECK(r.plan.signer.deputy_title == "CHÁNH VĂN PHÒNG");
    CHECK(r.plan.signer.name == "Trần Văn Bình");
    CHECK(count_facts(r, "task_row") == 3);
    CHECK(count_facts(r, "table_header") == 1);
    check_nothing_dropped(text, r);
}

TEST_CASE("import text: text that is no document, or too big, is refused with a message", "[import][text]") {
    for (const std::string& t : {std::string(), std::string("\n\n  \n"), std::string(" \t \r\n")}) {
        const TextImport r = import_text(t);
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.error_vi.empty());
        CHECK_FALSE(r.error_en.empty());
    }
    const TextImport big = import_text(std::string(kImportMaxTextBytes + 1, 'a'));
    CHECK_FALSE(big.ok);
    CHECK(big.error_vi.find("4 MB") != std::string::npos);
    // Very long lines (a paragraph with no line break, a pasted blob) are read, not crashed on.
    const std::string long_line = "Số: 12/" + std::string(1u << 20, 'x') + "\nGia Lai, ngày " + std::string(200000, '1') + "\n" +
                                  "I. " + std::string(1u << 20, 'y') + "\n";
    const TextImport lr = import_text(long_line);
    CHECK(lr.ok);
    CHECK(lr.left_as_text >= 1);
    // Any other text is kept whole as paragraphs: nothing dropped.
    const TextImport shop = import_text("Mua 2 kg gạo\nGọi điện cho chị Lan\n");
    REQUIRE(shop.ok);
    CHECK(shop.left_as_text + (shop.plan.header.intro.empty() ? 0 : 1) == 2);
}
