// paste.h — rows pasted from Excel, Word or Google Sheets turned into tasks or
// bridge points, with a preview; nothing changes until the caller applies.
//
// Flow for the UI:
//   PasteTable t = parse_tsv(clipboard_text);            // refuse / error message?
//   TaskColumns c = guess_task_columns(t);               // the user may change c.fields
//   TaskPastePreview p = preview_tasks(t, c);            // rows, per-row problems
//   apply_task_paste(editor, p, insert_at);              // ONE undo step
// (the same for sites with SiteColumns / preview_sites / apply_site_paste).
//
// [SECTION] Tab-separated text
// [SECTION] Tasks
// [SECTION] Sites
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/editor.h"
#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Tab-separated text
//-----------------------------------------------------------------------------
// What one paste may hold (docs/plan-format.md, "Paste limits").  Far above
// any real table (a department's task list has tens of rows, K12 Online's
// site list 3,000), and small enough that every step — parsing, guessing the
// columns, each preview, whatever the columns are mapped to — answers within
// a second natively (tests/core/test_paste.cpp checks the worst shapes).
// Bigger text is refused whole, with a message naming the limit.
struct PasteLimits {
    std::size_t max_bytes = 1u << 20;    // 1 MiB of text
    std::size_t max_rows = 5000;
    std::size_t max_columns = 32;        // wider rows keep their first 32 cells (real tables: ≤ 12)
};
// A deadline cell longer than this is not read as a deadline (no date phrase
// is that long): the row gets a "cannot read the deadline" problem instead.
constexpr std::size_t kPasteMaxDeadlineBytes = 200;

struct PasteTable {
    bool ok = false;
    std::vector<std::vector<std::string>> rows;   // NFC, cells as pasted (quotes removed); rows may be ragged
    std::size_t columns = 0;                      // widest row
    std::string error_vi;                         // when !ok: why, in a sentence
    std::string error_en;
};
// Excel/Sheets clipboard text: cells split by tabs, rows by CRLF, LF or CR; a
// cell starting with '"' is quoted ("" inside is one quote, and tabs and line
// breaks inside stay in the cell).  A leading BOM, and trailing empty lines and
// empty rows, are dropped.  Too big → !ok with a clear message, nothing parsed.
PasteTable parse_tsv(std::string_view text, const PasteLimits& limits = {});

// A problem with one pasted row; row/column are 1-based as the user sees the
// pasted block (the header row, if any, is row 1).  column 0 = the whole row.
struct PasteProblem {
    std::size_t row = 0;
    std::size_t column = 0;
    bool skipped = false;        // the row will not be added
    std::string message_vi;
    std::string message_en;
};

//-----------------------------------------------------------------------------
// [SECTION] Tasks
//-----------------------------------------------------------------------------
enum class TaskField { Ignore, Stt, Content, Deadline, Lead, Cooperating, Note, Done };
const char* task_field_vi(TaskField f);   // "Nội dung công việc", "Thời gian hoàn thành", "Chủ trì", …
const char* task_field_en(TaskField f);

struct TaskColumns {
    bool header = false;                  // row 1 is a header (not imported)
    std::vector<TaskField> fields;        // one per column of the table
};
// Header row recognised by its words ("STT", "Nội dung công việc", "Thời gian
// hoàn thành", "Chủ trì", "Phối hợp", "Ghi chú", English too); otherwise the
// columns are guessed from their contents (numbers → STT, deadlines →
// Deadline, the longest text → Content, the next texts → Lead, Co-operating, Note).
TaskColumns guess_task_columns(const PasteTable& t);

struct TaskPastePreview {
    std::vector<Task> tasks;              // ready to insert (ids assigned on apply)
    std::vector<std::size_t> source_rows; // 1-based row of each task
    std::vector<PasteProblem> problems;
    std::size_t skipped = 0;
};
TaskPastePreview preview_tasks(const PasteTable& t, const TaskColumns& c);

// Inserts the preview's tasks at `at` (clamped) with fresh ids; ONE undo step.
// Returns how many were added.
std::size_t apply_task_paste(Editor& ed, const TaskPastePreview& p, std::size_t at);

//-----------------------------------------------------------------------------
// [SECTION] Sites
//-----------------------------------------------------------------------------
enum class SiteField { Ignore, Stt, Name, Kind, Room, Address, Chair, Headcount, ContactName, ContactPhone, Technician, Notes,
                       Group };   // Group: the site group ("Khối", "Cấp học", "Nhóm"), created when the plan has none of that name
const char* site_field_vi(SiteField f);
const char* site_field_en(SiteField f);

struct SiteColumns {
    bool header = false;
    std::vector<SiteField> fields;
};
// One column → names.  Several → by header words, else by contents: numbers
// in the first column → STT, phone-like → phone, a column of school levels
// ("Mầm non", "Tiểu học", "THCS") → group, then name, address, contact.
// Group heading lines (site_group_heading) are left out of the guess.
SiteColumns guess_site_columns(const PasteTable& t);

// A row that names a group for the rows below it rather than a site: its only
// cell ends with ':' ("Mầm non:") or starts with a group word ("Khối THCS",
// "Nhóm 2", "Cấp học Tiểu học", "Cụm 3"), after an optional "I." / "A." / "1)"
// label.  Returns the group's name ("Mầm non", "Khối THCS"), or "" when the row
// is not a heading.
std::string site_group_heading(const std::vector<std::string>& row);
// The group of `plan` that the pasted name means, compared without case,
// diacritics and the list's own words ("Khối THCS", "Các trường THCS" and
// "Điểm cầu các trường THCS" are one group); null when there is none.
const SiteGroup* find_paste_group(const Plan& plan, const std::string& name);

struct SitePastePreview {
    std::vector<Site> sites;              // group_id set when the group exists in the plan
    std::vector<std::size_t> source_rows;
    std::vector<std::string> groups;      // per site: its group's name as shown ("" = no group)
    std::vector<std::string> new_groups;  // groups the paste will create, in first-use order
    std::size_t headings = 0;             // group heading lines read
    std::vector<PasteProblem> problems;   // also names already in the plan (not skipped)
    std::size_t skipped = 0;
};
SitePastePreview preview_sites(const PasteTable& t, const SiteColumns& c, const Plan& plan);

// Appends the preview's sites (never above the central site) with fresh ids,
// creating the preview's new groups first; ONE undo step.
std::size_t apply_site_paste(Editor& ed, const SitePastePreview& p);

}  // namespace dc
