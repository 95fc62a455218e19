// export_docx.h — the full plan as a Word document (.docx, Office Open XML),
// so staff can keep editing in Word or LibreOffice Writer.
//
// The content follows the printable plan (export_html.h): the two-column
// header block, document type and subject, legal basis, introduction, the
// numbered outline with its generated tables and lists (programme, tasks,
// participants, duties, budget, contacts, technical sessions, sites), the
// closing paragraph ending "./.", then Nơi nhận and the signature side by side.
// Layout per Nghị định 30/2020: A4, margins 20/20/30/15 mm, Times New Roman
// 14 pt body (13 pt tables, 12/11 pt Nơi nhận), justified, first-line indent 1 cm.
//
// The package is the minimum Word and LibreOffice need: [Content_Types].xml,
// _rels/.rels, word/document.xml (+ its .rels), word/styles.xml,
// word/header1.xml (the page number, not shown on page 1) and
// docProps/core.xml (title), in a stored ZIP (zip.h says why stored).
#pragma once
#include <string>

#include "core/plan.h"

namespace dc {

// The .docx bytes (binary).
std::string export_docx(const Plan& plan);

// XML text escaping for element content and attribute values (& < > " ');
// characters XML 1.0 forbids (C0 controls other than tab/LF/CR) are dropped.
std::string xml_escape(std::string_view s);

}  // namespace dc
