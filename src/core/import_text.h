// import_text.h — a whole document's plain text (a .txt file, or text copied
// from Word, a PDF or a web page) read into a new plan.
//
// Recognised: the issuing bodies above "Số:", the number and code as written
// (blank number kept blank), the place and date line (blank day or month kept
// blank), the kind (KẾ HOẠCH, CHƯƠNG TRÌNH, GIẤY MỜI, THÔNG BÁO, or a công văn
// by its "V/v …" / "Về …" subject), the title, "Kính gửi" lines, "Căn cứ"
// lines, the opening paragraph, numbered sections (I., 1., a), -, +), the
// programme table (→ agenda) and the task table (→ tasks) when their rows are
// tab-separated, the closing paragraph, "Nơi nhận" with each purpose in
// brackets, "Lưu:", and the signer (KT. / TL. / TM. / Q., title, name).
// Nothing is dropped: every other line stays in the body as a paragraph, and
// the result lists what went where.
//
// Text copied from a PDF, broken inside sentences at the page's edge, is
// joined back where a line starts in lower case after one with no end
// punctuation (a break before a capitalised word stays a break).
//
// Not yet: the event's date, place, platform and technical windows, sites,
// participants and the headcount rule (they stay in the body as text); legacy
// TCVN3/VNI encodings; one signature holding two authorities (TM. … / KT. …).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

// What one part of the text became: a code the interface words, and the value
// as read ("number" "1905", "section" "I. Mục đích, yêu cầu", "text" "…").
struct ImportFact {
    std::string code;    // header, number, code, place, date, kind, title, addressee, legal_basis, intro,
                         // section, bullet, table_header, agenda_row, task_row, closing, recipient,
                         // archive, signer, text
    std::string value;
};

struct TextImport {
    bool ok = false;                 // false: nothing that looks like a document (see error_*)
    Plan plan;                       // a new plan: never the one open
    std::vector<ImportFact> facts;   // in the text's order
    std::size_t left_as_text = 0;    // lines kept as plain paragraphs
    std::string error_vi, error_en;
};

// At most this much text (bigger is refused with a message, nothing read).
constexpr std::size_t kImportMaxTextBytes = 4u << 20;

TextImport import_text(std::string_view text);

}  // namespace dc
