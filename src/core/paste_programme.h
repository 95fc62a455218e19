// paste_programme.h — a programme table pasted from Word, Excel, LibreOffice
// or Google Docs ("Thời gian | Nội dung | Thực hiện", with or without a TT
// column) turned into agenda slots, with a preview; nothing changes until the
// caller applies.
//
// Flow for the UI:
//   PasteTable t = programme_table(text, html);        // the HTML table when there is one
//   ProgrammeColumns c = guess_programme_columns(t);   // the user may change c.fields / c.header_rows
//   ProgrammePreview p = preview_programme(t, c, day);
//   apply_programme_paste(editor, p, replace);         // ONE undo step
//
// Rules: the header row (TT/STT, Thời gian, Nội dung, Thực hiện / Đơn vị thực
// hiện / Người thực hiện / Chủ trì / Trình bày) may follow a title row; times
// are read as documents write them (core/datetime.h parse_time_range: "07h30 -
// 08h00", "7h00’ -7h30’", "8 giờ 30 - 9 giờ", "8g30-9g", "8:00–8:30", a start
// alone); a row with an empty time cell is one more item of the slot above.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/editor.h"
#include "core/paste.h"
#include "core/plan.h"

namespace dc {

enum class ProgrammeField { Ignore, Stt, Time, Content, Performer };
const char* programme_field_vi(ProgrammeField f);   // "Thời gian", "Nội dung", "Thực hiện", …
const char* programme_field_en(ProgrammeField f);

// The HTML flavour's first table when the clipboard has one (merged cells
// survive only there), else the tab-separated text.
PasteTable programme_table(std::string_view text, std::string_view html, const PasteLimits& limits = {});

struct ProgrammeColumns {
    std::size_t header_rows = 0;          // rows above the items (a title, the header): not imported
    std::vector<ProgrammeField> fields;   // one per column of the table
};
// By the header row's words when one of the first three rows has them; else
// by contents (times → Time, small numbers → STT, the longest text → Content,
// the next → Performer).
ProgrammeColumns guess_programme_columns(const PasteTable& t);

struct ProgrammePreview {
    std::vector<Slot> slots;               // sorted by start; ids assigned on apply
    std::vector<std::size_t> source_rows;  // 1-based row of each slot's first item
    std::vector<PasteProblem> problems;    // rows not read (skipped) and why
    std::size_t skipped = 0;
};
// Slots for plan day `day`.  Problems: no time column; a time cell that is not
// a time; an item row with no slot above it; an end before the start.
ProgrammePreview preview_programme(const PasteTable& t, const ProgrammeColumns& c, int day = 0);

// replace: the slots of `day`s in the preview replace those days' slots;
// else they are added to the programme.  ONE undo step; returns slots added.
std::size_t apply_programme_paste(Editor& ed, const ProgrammePreview& p, bool replace);

}  // namespace dc
