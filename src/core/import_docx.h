// import_docx.h — a Word document (.docx from Word, LibreOffice or WPS) read
// into a new plan.
//
// The document's main part (word/document.xml) is taken out of the ZIP
// (unzip.h: bounded, checked) and read with tinyxml2 (Debian's
// libtinyxml2-dev: a small, kept DOM parser; the part is at most a few MB, so
// a DOM is fine).  Its paragraphs become lines and its tables become
// tab-separated rows, and that text goes through import_text, so a .docx is
// recognised exactly as the same document's text is.
//
// Tables: a row whose cells hold one paragraph each becomes one line, cells
// joined by tabs (the programme and task tables); merged cells keep their
// column (a cell spanning n columns is followed by n-1 empty ones, a
// vertically merged continuation is an empty cell — "one more item of the
// slot above").  A row whose cells hold several paragraphs (the borderless
// layout tables of the header block, of Kính gửi and of Nơi nhận beside the
// signature) is read as the same document's text reads: the k-th paragraphs
// of its cells in turn (issuing body, motto; Số, place and date; subject),
// except Nơi nhận, whose list reads whole before the signer.
//
// Not read: headers and footers, footnotes, comments, text boxes, and Word's
// automatic list numbering (a list numbered by Word rather than typed keeps
// its text but not its "1." — such headings come in as paragraphs).
#pragma once
#include <string>
#include <string_view>

#include "core/import_text.h"

namespace dc {

struct DocxText {
    bool ok = false;
    std::string text;                  // lines as import_text reads them
    std::size_t paragraphs = 0, tables = 0;
    std::string error_vi, error_en;
};

// The document's text (no recognising).
DocxText docx_text(std::string_view bytes);

// docx_text, then import_text; a file that is not a readable .docx gets
// ok = false and a message naming what is wrong.
TextImport import_docx(std::string_view bytes);

}  // namespace dc
