// test_import_corpus.cpp — key fields of the corpus documents written for the
// tests (tests/fixtures/import), each read both from its text and from its
// .docx (make_docx.py): number and code, date, kind, title, sections, every
// agenda and task row, recipients and signer.
//   ubnd-giay-moi-3col       Phòng under a UBND huyện, GIẤY MỜI, 3-column programme with
//                            "7 giờ 30 - 8 giờ", "8g00-8g15", "8:15–9:30", "9h30’ – 9h45’",
//                            an empty time cell, Word's two-column closing
//   phong-ke-hoach-multiday  Phòng kế hoạch, 4-column programme (TT), task table with
//                            "Nội dung công việc / Thời gian hoàn thành / Chủ trì / Phối hợp", KT.
//   ubnd-xa-cong-van-tm      a UBND xã issuing itself, V/v subject over two lines, one-line
//                            Kính gửi, headcount rule in the text, TM. signer
//   so-giay-moi-tl-4col      Sở giấy mời, STT programme with "7h00’ -7h30’", "07h30 - 08h00",
//                            "8 giờ 30 - 9 giờ", an empty time cell, a start alone ("11h30"), TL.
//   phong-chuong-trinh       a CHƯƠNG TRÌNH with no sections: the table is the document
//   so-cong-van-pdf-breaks   a Sở công văn copied from a PDF: lines broken inside sentences,
//                            V/v before the place and date, Kính gửi as a list, KT.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "core/datetime.h"
#include "core/import_docx.h"
#include "core/import_text.h"

using namespace dc;

namespace {

std::string bytes(const std::string& name) {
    std::ifstream in(std::string(DC_SOURCE_DIR) + "/tests/fixtures/import/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The document read from its text and from its .docx.
std::vector<TextImport> both(const std::string& stem) {
    std::vector<TextImport> r{import_text(bytes(stem + ".txt")), import_docx(bytes(stem + ".docx"))};
    for (const auto& x : r) REQUIRE(x.ok);
    return r;
}

std::size_t count_facts(const TextImport& r, const char* code) {
    return static_cast<std::size_t>(
        std::count_if(r.facts.begin(), r.facts.end(), [&](const ImportFact& f) { return f.code == code; }));
}

struct Row { int start, end; const char* content; const char* performer; };

void check_agenda(const Plan& p, const std::vector<std::vector<Row>>& slots) {
    REQUIRE(p.agenda.size() == slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i) {
        INFO("slot " << i);
        CHECK(p.agenda[i].start == slots[i][0].start);
        CHECK(p.agenda[i].end == slots[i][0].end);
        REQUIRE(p.agenda[i].items.size() == slots[i].size());
        for (std::size_t k = 0; k < slots[i].size(); ++k) {
            CHECK(p.agenda[i].items[k].content == slots[i][k].content);
            CHECK(p.agenda[i].items[k].performer == slots[i][k].performer);
        }
    }
}

constexpr int hm(int h, int m) { return h * 60 + m; }

}  // namespace

TEST_CASE("import corpus: UBND huyện / Phòng giấy mời, 3-column programme, every time form", "[import][corpus]") {
    for (const TextImport& r : both("ubnd-giay-moi-3col")) {
        const Header& h = r.plan.header;
        CHECK_FALSE(r.plan.agenda_numbered);   // no TT column: the print adds none
        CHECK(h.parent_body == "UBND HUYỆN CHƯ PĂH");
        CHECK(h.issuing_body == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        CHECK(h.number == "48");
        CHECK(h.code == "GM-PGDĐT");
        CHECK(h.place == "Chư Păh");
        CHECK(h.date == Date{2024, 9, 18});
        CHECK(h.kind == DocKind::GiayMoi);
        CHECK(h.title == "Dự Hội nghị trực tuyến triển khai nhiệm vụ năm học 2024-2025");
        CHECK(count_facts(r, "section") == 3);
        check_agenda(r.plan, {
            {{hm(7, 30), hm(8, 0), "Đón tiếp đại biểu, kiểm tra kết nối", "Văn phòng"}},
            {{hm(8, 0), hm(8, 15), "Khai mạc hội nghị", "Trưởng phòng"}},
            {{hm(8, 15), hm(9, 30), "Triển khai nhiệm vụ năm học", "Phó Trưởng phòng"},
             {0, 0, "Thảo luận", "Các trường"}},
            {{hm(9, 30), hm(9, 45), "Nghỉ giải lao", ""}},
            {{hm(9, 45), hm(11, 0), "Tổng kết, bế mạc", "Trưởng phòng"}},
        });
        CHECK(r.plan.agenda[3].kind == SlotKind::Break);
        CHECK(r.plan.tasks.empty());
        REQUIRE(r.plan.recipients.size() == 1);
        CHECK(r.plan.recipients[0].name == "Như trên");
        CHECK(r.plan.archive == "VT");
        CHECK(r.plan.signer.authority.empty());
        CHECK(r.plan.signer.title == "TRƯỞNG PHÒNG");
        CHECK(r.plan.signer.name == "Lê Văn Sơn");
        CHECK(r.left_as_text == 0);
    }
}

TEST_CASE("import corpus: Phòng kế hoạch, 4-column programme, task table, KT.", "[import][corpus]") {
    for (const TextImport& r : both("phong-ke-hoach-multiday")) {
        const Header& h = r.plan.header;
        CHECK(r.plan.agenda_numbered);   // the programme's TT column prints again
        CHECK(h.parent_body == "UBND THÀNH PHỐ PLEIKU");
        CHECK(h.number == "102");
        CHECK(h.code == "KH-PGDĐT");
        CHECK(h.place == "Pleiku");
        CHECK(h.date == Date{2024, 11, 2});
        CHECK(h.kind == DocKind::KeHoach);
        CHECK(h.title == "Tổ chức bồi dưỡng trực tuyến giáo viên cốt cán năm 2024");
        CHECK(h.legal_basis.size() == 1);
        CHECK(h.intro == "Phòng GDĐT xây dựng Kế hoạch bồi dưỡng như sau:");
        CHECK(count_facts(r, "section") == 8);
        check_agenda(r.plan, {
            {{hm(7, 30), hm(8, 0), "Kết nối, điểm danh", "Tổ kỹ thuật"}},
            {{hm(8, 0), hm(10, 0), "Chuyên đề 1: Dạy học phát triển phẩm chất", "Báo cáo viên"}},
            {{hm(14, 0), hm(17, 0), "Chuyên đề 2: Kiểm tra, đánh giá", "Báo cáo viên"}},
        });
        REQUIRE(r.plan.tasks.size() == 2);
        CHECK(r.plan.tasks[0].content == "Gửi danh sách giáo viên");
        CHECK(r.plan.tasks[0].lead == "Các trường");
        CHECK(r.plan.tasks[0].cooperating.empty());
        CHECK(r.plan.tasks[0].deadline.date == Date{2024, 11, 15});
        CHECK(r.plan.tasks[1].content == "Chuẩn bị phòng họp trực tuyến");
        CHECK(r.plan.tasks[1].lead == "Bộ phận CNTT");
        CHECK(r.plan.tasks[1].cooperating == std::vector<std::string>{"Văn phòng"});
        CHECK(r.plan.tasks[1].deadline.date == Date{2024, 11, 19});
        REQUIRE(r.plan.recipients.size() == 2);
        CHECK(r.plan.recipients[0].name == "Sở GDĐT");
        CHECK(r.plan.recipients[0].purpose == "báo cáo");
        CHECK(r.plan.recipients[1].purpose == "thực hiện");
        CHECK(r.plan.archive == "VT, CM");
        CHECK(r.plan.signer.authority == "KT.");
        CHECK(r.plan.signer.title == "TRƯỞNG PHÒNG");
        CHECK(r.plan.signer.deputy_title == "PHÓ TRƯỞNG PHÒNG");
        CHECK(r.plan.signer.name == "Đỗ Thị Mai");
    }
}

TEST_CASE("import corpus: UBND xã công văn, V/v over two lines, TM. signer", "[import][corpus]") {
    for (const TextImport& r : both("ubnd-xa-cong-van-tm")) {
        const Header& h = r.plan.header;
        CHECK(h.parent_body == "ỦY BAN NHÂN DÂN");
        CHECK(h.issuing_body == "XÃ IA KHA");
        CHECK(h.number == "37");
        CHECK(h.code == "UBND-VX");
        CHECK(h.place == "Ia Kha");
        CHECK(h.date == Date{2025, 1, 9});
        CHECK(h.kind == DocKind::CongVan);
        CHECK(h.title == "tham dự Hội nghị trực tuyến sơ kết học kỳ I các trường trên địa bàn xã");
        CHECK(h.addressees == std::vector<std::string>{"Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn xã"});
        CHECK(count_facts(r, "section") == 3);
        CHECK(r.plan.agenda.empty());
        CHECK(r.plan.tasks.empty());
        REQUIRE(r.plan.recipients.size() == 2);
        CHECK(r.plan.recipients[1].name == "Phòng GDĐT huyện");
        CHECK(r.plan.recipients[1].purpose == "báo cáo");
        CHECK(r.plan.archive == "VT");
        CHECK(r.plan.signer.authority == "TM.");
        CHECK(r.plan.signer.title == "ỦY BAN NHÂN DÂN");
        CHECK(r.plan.signer.deputy_title == "CHỦ TỊCH");   // the signature's second line, as under KT.
        CHECK(r.plan.signer.name == "Rơ Châm H'Hoa");
    }
}

TEST_CASE("import corpus: Sở giấy mời, STT programme with typographic times, TL.", "[import][corpus]") {
    for (const TextImport& r : both("so-giay-moi-tl-4col")) {
        const Header& h = r.plan.header;
        CHECK(r.plan.agenda_numbered);   // an STT column counts as a TT column
        CHECK(h.parent_body == "UBND TỈNH GIA LAI");
        CHECK(h.issuing_body == "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        CHECK(h.number == "1210");
        CHECK(h.code == "GM-SGDĐT");
        CHECK(h.date == Date{2023, 6, 14});
        CHECK(h.kind == DocKind::GiayMoi);
        CHECK(h.title == "Họp trực tuyến triển khai công tác tuyển sinh vào lớp 10 năm học 2023-2024");
        CHECK(h.addressees.size() == 1);
        CHECK(count_facts(r, "section") == 3);
        check_agenda(r.plan, {
            {{hm(7, 0), hm(7, 30), "Kiểm tra kết nối", "Phòng KHTC"}},
            {{hm(7, 30), hm(8, 0), "Khai mạc, quán triệt yêu cầu", "Giám đốc Sở"}},
            {{hm(8, 30), hm(9, 0), "Hướng dẫn tuyển sinh", "Phòng GDTrH"}, {0, 0, "Giải đáp thắc mắc", "Phòng GDTrH"}},
            {{hm(11, 30), hm(11, 30), "Kết thúc", ""}},
        });
        REQUIRE(r.plan.recipients.size() == 2);
        CHECK(r.plan.recipients[1].name == "Giám đốc, các PGĐ Sở");
        CHECK(r.plan.archive == "VT, GDTrH");
        CHECK(r.plan.signer.authority == "TL.");
        CHECK(r.plan.signer.title == "GIÁM ĐỐC");
        CHECK(r.plan.signer.deputy_title == "TRƯỞNG PHÒNG GIÁO DỤC TRUNG HỌC");
        CHECK(r.plan.signer.name == "Nguyễn Văn Tâm");
    }
}

TEST_CASE("import corpus: Phòng chương trình, the programme table is the document", "[import][corpus]") {
    for (const TextImport& r : both("phong-chuong-trinh")) {
        const Header& h = r.plan.header;
        CHECK(h.number == "05");
        CHECK(h.code == "CTr-PGDĐT");
        CHECK(h.place == "Ia Grai");
        CHECK(h.date == Date{2025, 3, 10});
        CHECK(h.kind == DocKind::ChuongTrinh);
        CHECK(h.title == "Hội nghị trực tuyến chuyên đề dạy học STEM cấp tiểu học");
        CHECK(count_facts(r, "section") == 0);
        check_agenda(r.plan, {
            {{hm(13, 30), hm(14, 0), "Đón tiếp đại biểu", "Văn phòng"}},
            {{hm(14, 0), hm(14, 10), "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng"}},
            {{hm(14, 10), hm(15, 0), "Báo cáo chuyên đề", "Trường TH Nguyễn Du"}},
            {{hm(15, 0), hm(15, 15), "Giải lao", ""}},
            {{hm(15, 15), hm(16, 30), "Thảo luận", "Các điểm cầu"}},
            {{hm(16, 30), hm(17, 0), "Kết luận, bế mạc", "Trưởng phòng"}},
        });
        CHECK(r.plan.agenda[3].kind == SlotKind::Break);
        REQUIRE(r.plan.recipients.size() == 1);
        CHECK(r.plan.recipients[0].purpose == "thực hiện");
        CHECK(r.plan.signer.authority.empty());
        CHECK(r.plan.signer.title == "TRƯỞNG PHÒNG");
        CHECK(r.plan.signer.name == "Phạm Minh Đức");
        CHECK(r.left_as_text == 0);
    }
}

TEST_CASE("import corpus: Sở công văn copied from a PDF, lines broken inside sentences", "[import][corpus]") {
    for (const TextImport& r : both("so-cong-van-pdf-breaks")) {
        const Header& h = r.plan.header;
        CHECK(h.issuing_body == "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        CHECK(h.number == "2051");
        CHECK(h.code == "SGDĐT-GDTX");
        CHECK(h.place == "Kon Tum");
        CHECK(h.date == Date{2024, 7, 12});
        CHECK(h.kind == DocKind::CongVan);
        CHECK(h.title == "tham dự Hội nghị trực tuyến tổng kết công tác giáo dục thường xuyên");
        CHECK(h.addressees == std::vector<std::string>{"Các phòng giáo dục và đào tạo", "Trung tâm GDNN-GDTX các huyện"});
        REQUIRE(h.legal_basis.size() == 1);
        CHECK(h.legal_basis[0] == "Căn cứ Kế hoạch số 1102/KH-SGDĐT ngày 05/5/2024 của Sở GDĐT về tổ chức các "
                                  "hội nghị tổng kết năm học 2023-2024");
        CHECK(h.intro == "Sở GDĐT đề nghị các đơn vị tham dự Hội nghị trực tuyến tổng kết công tác giáo dục "
                         "thường xuyên năm học 2023-2024, cụ thể như sau:");
        CHECK(count_facts(r, "section") == 4);
        // The broken sentences are whole again: one paragraph each.
        CHECK(std::any_of(r.plan.body.begin(), r.plan.body.end(), [](const Block& b) {
            return b.text == "Lãnh đạo và chuyên viên phụ trách giáo dục thường xuyên; mỗi điểm cầu không quá 10 người.";
        }));
        CHECK(r.left_as_text == 1);
        CHECK(h.closing == "Đề nghị các đơn vị chuẩn bị điểm cầu và tham dự đầy đủ, đúng thành phần");
        REQUIRE(r.plan.recipients.size() == 2);
        CHECK(r.plan.recipients[1].purpose == "báo cáo");
        CHECK(r.plan.archive == "VT, GDTX");
        CHECK(r.plan.signer.authority == "KT.");
        CHECK(r.plan.signer.title == "GIÁM ĐỐC");
        CHECK(r.plan.signer.deputy_title == "PHÓ GIÁM ĐỐC");
        CHECK(r.plan.signer.name == "Y Ngọc");
    }
}
