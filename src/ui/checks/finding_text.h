// finding_text.h — a check's finding (core/validate.h: code, place, values)
// worded as a sentence in Vietnamese or English, from the strings table
// (src/ui/checks/strings.inc, keys find_*).  Used by the checks view, the
// agenda's findings list and the `diemcau check` command-line tool.
//
// No ImGui here: compiled into core_tests and the command-line tool as well.
#pragma once
#include <string>

#include "core/validate.h"
#include "ui/shell/i18n.h"

namespace dc::ui {

// The finding as a sentence ("Khung giờ 09h00 - 10h00 trùng với …").  A code
// without words (a newer core than this table) gives "Kiểm tra “code”."
std::string finding_text(const Finding& f, Lang lang);
inline std::string finding_text(const Finding& f) { return finding_text(f, language()); }

// True when `code` has its words in the table (tests/core/test_validate.cpp
// checks this for every code of finding_codes()).
bool finding_has_words(const std::string& code);

// "lỗi" / "cảnh báo" / "ghi chú"; "error" / "warning" / "note".
const char* severity_word(Finding::Severity s, Lang lang);

}  // namespace dc::ui
