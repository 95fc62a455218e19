// test_issuer.cpp — the signer's title and the number's code follow the issuing body.
//
// [SECTION] Kinds and codes — Sở, Phòng, schools, UBND, centres, names typed loosely
// [SECTION] Following       — defaults follow, what was typed by hand stays
#include <catch2/catch.hpp>

#include "core/issuer.h"
#include "core/templates.h"

using namespace dc;

//-----------------------------------------------------------------------------
// [SECTION] Kinds and codes
//-----------------------------------------------------------------------------
namespace {
struct Case {
    const char* name;
    IssuerKind kind;
    const char* kh_code;   // the code of a Kế hoạch
    const char* head;      // the head's title ("" for an unknown body)
    const char* deputy;
};
}  // namespace

TEST_CASE("issuer: the kind, code and signer of varied issuing bodies", "[issuer]") {
    const Case cases[] = {
        {"SỞ GIÁO DỤC VÀ ĐÀO TẠO", IssuerKind::So, "KH-SGDĐT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
        {"Sở Giáo dục và Đào tạo", IssuerKind::So, "KH-SGDĐT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
        {"so giao duc va dao tao", IssuerKind::So, "KH-SGDĐT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
        {"SỞ GD&ĐT", IssuerKind::So, "KH-SGDĐT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
        {"SỞ Y TẾ", IssuerKind::So, "KH-SYT", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
        {"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", IssuerKind::Phong, "KH-PGDĐT", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"},
        {"Phòng GD&ĐT huyện Đak Đoa", IssuerKind::Phong, "KH-PGDĐT", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"},
        {"phong gddt dak doa", IssuerKind::Phong, "KH-PGDĐT", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"},
        {"PHÒNG VĂN HÓA - XÃ HỘI", IssuerKind::Phong, "KH-PVHXH", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"},
        {"TRƯỜNG TIỂU HỌC KIM ĐỒNG", IssuerKind::School, "KH-THKĐ", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"Trường TH số 2 Ia Blang", IssuerKind::School, "KH-TH2IB", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"TRƯỜNG THCS NGUYỄN DU", IssuerKind::School, "KH-THCSND", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"truong trung hoc co so nguyen du", IssuerKind::School, "KH-THCSND", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"TRƯỜNG THPT CHUYÊN HÙNG VƯƠNG", IssuerKind::School, "KH-THPTCHV", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"Trường TH&THCS Lê Lợi", IssuerKind::School, "KH-THTHCSLL", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"TRƯỜNG MẦM NON HOA SEN", IssuerKind::School, "KH-MNHS", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"},
        {"UBND HUYỆN CHƯ PĂH", IssuerKind::Ubnd, "KH-UBND", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"},
        {"ỦY BAN NHÂN DÂN XÃ IA KHƯƠL", IssuerKind::Ubnd, "KH-UBND", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"},
        {"uy ban nhan dan phuong hoi thuong", IssuerKind::Ubnd, "KH-UBND", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"},
        {"TRUNG TÂM GDNN-GDTX HUYỆN ĐAK ĐOA", IssuerKind::Centre, "KH-TTGGHĐĐ", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
        {"BAN QUẢN LÝ DỰ ÁN", IssuerKind::Unknown, "KH-BQLDA", "", ""},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const IssuerDefaults d = issuer_defaults(c.name);
        CHECK(d.kind == c.kind);
        CHECK(issuer_kind(c.name) == c.kind);
        CHECK(default_number_code(DocKind::KeHoach, c.name) == c.kh_code);
        if (c.kind == IssuerKind::Unknown) {
            CHECK(d.forms.empty());
            continue;
        }
        REQUIRE(d.forms.size() >= 2);
        CHECK(d.forms[0].authority.empty());
        CHECK(d.forms[0].title == c.head);
        CHECK(d.forms[0].deputy_title.empty());
        CHECK(d.forms[1].authority == "KT.");
        CHECK(d.forms[1].title == c.head);
        CHECK(d.forms[1].deputy_title == c.deputy);
        // Only an Ủy ban signs "TM." (for the whole body).
        const bool tm = d.forms.size() == 3 && d.forms[2].authority == "TM.";
        CHECK(tm == (c.kind == IssuerKind::Ubnd));
    }
}

TEST_CASE("issuer: the code's kind part follows the kind of document", "[issuer]") {
    const char* so = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    CHECK(default_number_code(DocKind::KeHoach, so) == "KH-SGDĐT");
    CHECK(default_number_code(DocKind::ChuongTrinh, so) == "CTr-SGDĐT");
    CHECK(default_number_code(DocKind::ThongBao, so) == "TB-SGDĐT");
    CHECK(default_number_code(DocKind::GiayMoi, "PHÒNG GDĐT") == "GM-PGDĐT");
    // A công văn has no kind part: "1939/SGDĐT-GDTrHCTTX" (the unit part is typed by hand).
    CHECK(default_number_code(DocKind::CongVan, so) == "SGDĐT");
    CHECK(default_number_code(DocKind::KeHoach, "").empty());
    CHECK(default_number_code(DocKind::KeHoach, "   ").empty());
    CHECK(issuer_kind("") == IssuerKind::Unknown);
}

TEST_CASE("issuer: the built-in templates already agree with their issuing body", "[issuer]") {
    // The seeds were written by a Sở: its code and title are what the rules give.
    const Plan kh = load_template("ke-hoach-1905");
    CHECK(default_number_code(kh.header.kind, kh.header.issuing_body) == kh.header.code);
    CHECK(issuer_defaults(kh.header.issuing_body).forms[0].title == kh.signer.title);
}

//-----------------------------------------------------------------------------
// [SECTION] Following
//-----------------------------------------------------------------------------
namespace {
Header header_of(const char* body, const char* code, DocKind kind = DocKind::KeHoach) {
    Header h;
    h.kind = kind;
    h.issuing_body = body;
    h.code = code;
    return h;
}
Signer signer_of(const char* authority, const char* title, const char* deputy = "", const char* name = "Lê Văn A") {
    Signer s;
    s.authority = authority;
    s.title = title;
    s.deputy_title = deputy;
    s.name = name;
    return s;
}
}  // namespace

TEST_CASE("issuer: a Sở plan changed to a Phòng takes its code and titles", "[issuer]") {
    const Header before = header_of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "KH-SGDĐT");
    Header after = before;
    after.issuing_body = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    SECTION("the head signs") {
        const IssuerFollow f = follow_issuer(before, after, signer_of("", "GIÁM ĐỐC"));
        CHECK(f.header.code == "KH-PGDĐT");
        CHECK(f.code_followed);
        CHECK(f.signer.title == "TRƯỞNG PHÒNG");
        CHECK(f.signer.authority.empty());
        CHECK(f.signer.name == "Lê Văn A");   // the person is never guessed
        CHECK(f.signer_followed);
    }
    SECTION("a deputy signs for the head") {
        const IssuerFollow f = follow_issuer(before, after, signer_of("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"));
        CHECK(f.signer.authority == "KT.");
        CHECK(f.signer.title == "TRƯỞNG PHÒNG");
        CHECK(f.signer.deputy_title == "PHÓ TRƯỞNG PHÒNG");
    }
    SECTION("an empty title and code are filled") {
        const IssuerFollow f = follow_issuer(header_of("", ""), header_of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", ""), signer_of("", ""));
        CHECK(f.header.code == "KH-PGDĐT");
        CHECK(f.signer.title == "TRƯỞNG PHÒNG");
    }
}

TEST_CASE("issuer: what was typed by hand stays", "[issuer]") {
    const Header before = header_of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "KH-SGDĐT-VP");   // not the default
    Header after = before;
    after.issuing_body = "TRƯỜNG THPT PLEIKU";
    const IssuerFollow f = follow_issuer(before, after, signer_of("TL.", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"));
    CHECK(f.header.code == "KH-SGDĐT-VP");
    CHECK_FALSE(f.code_followed);
    // TL. keeps its own second line; the head it signs for follows.
    CHECK(f.signer.title == "HIỆU TRƯỞNG");
    CHECK(f.signer.deputy_title == "CHÁNH VĂN PHÒNG");

    const IssuerFollow g = follow_issuer(before, after, signer_of("", "Q. GIÁM ĐỐC SỞ"));
    CHECK(g.signer.title == "Q. GIÁM ĐỐC SỞ");
    CHECK_FALSE(g.signer_followed);

    // A code changed in the same edit as the body is the user's.
    Header both = after;
    both.code = "KH-THPTPK";
    CHECK(follow_issuer(header_of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "KH-SGDĐT"), both, Signer{}).header.code == "KH-THPTPK");
}

TEST_CASE("issuer: typing a school's name letter by letter keeps the code following", "[issuer]") {
    // Each keystroke is one header edit; the code must be the latest name's default at every step.
    const std::string name = "TRƯỜNG THCS NGUYỄN DU";
    Header h = header_of("PHÒNG GDĐT", "KH-PGDĐT");
    Signer s = signer_of("KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG");
    // Clear the field, then type the new name one character (code point) at a time.
    Header cleared = h;
    cleared.issuing_body.clear();
    IssuerFollow f = follow_issuer(h, cleared, s);
    h = f.header;
    s = f.signer;
    CHECK(h.code.empty());
    for (std::size_t i = 1; i <= name.size(); ++i) {
        if (i < name.size() && (static_cast<unsigned char>(name[i]) & 0xC0) == 0x80) continue;   // mid-character
        Header next = h;
        next.issuing_body = name.substr(0, i);
        f = follow_issuer(h, next, s);
        h = f.header;
        s = f.signer;
        CHECK(h.code == default_number_code(DocKind::KeHoach, h.issuing_body));
    }
    CHECK(h.code == "KH-THCSND");
    CHECK(s.authority == "KT.");
    CHECK(s.title == "HIỆU TRƯỞNG");
    CHECK(s.deputy_title == "PHÓ HIỆU TRƯỞNG");
}

TEST_CASE("issuer: UBND signs TM. or KT.; another body leaves the TM. form", "[issuer]") {
    Header before = header_of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "KH-PGDĐT");
    Header after = before;
    after.issuing_body = "UBND XÃ IA HRUNG";
    IssuerFollow f = follow_issuer(before, after, signer_of("", "TRƯỞNG PHÒNG"));
    CHECK(f.header.code == "KH-UBND");
    CHECK(f.signer.title == "CHỦ TỊCH");

    // Back from a UBND signing "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" to a school: the head signs.
    f = follow_issuer(header_of("UBND XÃ IA HRUNG", "KH-UBND"), header_of("TRƯỜNG MẦM NON SƠN CA", "KH-UBND"),
                      signer_of("TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"));
    CHECK(f.header.code == "KH-MNSC");
    CHECK(f.signer.authority.empty());
    CHECK(f.signer.title == "HIỆU TRƯỞNG");
    CHECK(f.signer.deputy_title.empty());
}

TEST_CASE("issuer: the kind of document changes the code's kind part only when it was the default", "[issuer]") {
    const Header before = header_of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "KH-SGDĐT");
    Header after = before;
    after.kind = DocKind::CongVan;
    CHECK(follow_issuer(before, after, Signer{}).header.code == "SGDĐT");
    after.kind = DocKind::GiayMoi;
    CHECK(follow_issuer(before, after, Signer{}).header.code == "GM-SGDĐT");
    const Header typed = header_of("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT-GDTrHCTTX", DocKind::CongVan);
    Header to_kh = typed;
    to_kh.kind = DocKind::KeHoach;
    CHECK(follow_issuer(typed, to_kh, Signer{}).header.code == "SGDĐT-GDTrHCTTX");
    // Same body and kind (e.g. the number typed): nothing moves.
    Header num = before;
    num.number = "12";
    const IssuerFollow f = follow_issuer(before, num, signer_of("", "Q. GIÁM ĐỐC"));
    CHECK(f.header.code == "KH-SGDĐT");
    CHECK(f.signer.title == "Q. GIÁM ĐỐC");
}
