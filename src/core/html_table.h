// html_table.h — the first table of clipboard HTML (Word, LibreOffice, Google
// Docs and Excel put one next to the tab-separated text) as a PasteTable.
//
// Merged cells survive only in the HTML: a cell spanning rows leaves the cells
// below it empty (so a programme's time written once for three items reads as
// one slot with three items), a cell spanning columns leaves the cells to its
// right empty.  Paragraphs and <br> inside a cell become line breaks.
#pragma once
#include <string_view>

#include "core/paste.h"

namespace dc {

// !ok (with a message) when the HTML holds no table or is over the limits.
PasteTable parse_html_table(std::string_view html, const PasteLimits& limits = {});

}  // namespace dc
