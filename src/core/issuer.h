// issuer.h — what follows from the issuing body: the signer's title, its
// KT./TM. forms, and the code in the document's number.
//
// A Sở signs "GIÁM ĐỐC" and numbers "1905/KH-SGDĐT"; a Phòng GDĐT signs
// "TRƯỞNG PHÒNG" and numbers "…/KH-PGDĐT"; a school signs "HIỆU TRƯỞNG" and
// numbers with its level and initials ("…/KH-THCSND" for Trường THCS Nguyễn
// Du); an Ủy ban nhân dân signs "CHỦ TỊCH" (or "TM. ỦY BAN NHÂN DÂN") and
// numbers "…/KH-UBND".  The issuing body is read from the header's name as
// typed: capitals or not, with or without diacritics ("Phong GD&DT Dak Doa").
// Facts only: the interface decides when to apply them (follow_issuer()).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

enum class IssuerKind {
    Unknown,   // not recognised: the code is made of the name's initials, the signer is left as it is
    So,        // Sở Giáo dục và Đào tạo (or another Sở)
    Phong,     // Phòng GDĐT (or another Phòng)
    School,    // Trường …
    Ubnd,      // Ủy ban nhân dân (tỉnh, huyện, xã, phường)
    Centre,    // Trung tâm … (GDNN-GDTX): signed by its Giám đốc
};

// One way to sign: "GIÁM ĐỐC"; "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH".
struct SignerForm {
    std::string authority;      // "", "KT.", "TM."
    std::string title;
    std::string deputy_title;   // the line under the title; empty for the head's own signature
};

struct IssuerDefaults {
    IssuerKind kind = IssuerKind::Unknown;
    std::string body_code;            // "SGDĐT", "PGDĐT", "THCSND", "UBND"; initials for Unknown; "" for an empty name
    std::vector<SignerForm> forms;    // the head's own form first, then KT. (and TM. for a UBND); empty for Unknown
};

IssuerKind issuer_kind(std::string_view issuing_body);
IssuerDefaults issuer_defaults(std::string_view issuing_body);

// The code in "Số: …/<code>": "KH-SGDĐT" for a Kế hoạch, "CTr-…", "TB-…",
// "GM-…"; a công văn has no kind part, only the body's ("SGDĐT"; the drafting
// unit after it is typed by hand).  Empty when the body's name is empty.
std::string default_number_code(DocKind kind, std::string_view issuing_body);

// A header edit (`before` → `after`) with the signer as it is: the code and
// the signer's title follow a new issuing body or kind of document while they
// are still what the previous one implied (or empty, or a known head title):
// what was typed by hand stays.  Returns the header and signer to store.
struct IssuerFollow {
    Header header;
    Signer signer;
    bool code_followed = false;
    bool signer_followed = false;
};
IssuerFollow follow_issuer(const Header& before, const Header& after, const Signer& signer);

}  // namespace dc
