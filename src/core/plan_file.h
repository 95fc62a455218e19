// plan_file.h — reading and writing plan files (JSON).
//
// A plan file is UTF-8 JSON: {"format": "diem-cau-plan", "version": 2, ...}
// with 2-space indentation, a fixed member order and a trailing newline, so
// that export → import → export is byte-identical and files diff well.
// docs/plan-format.md describes every member; docs/plan.schema.json is the
// machine-readable form of the same contract.
//
// Reading never throws and never touches a plan the caller already has open:
// it returns either a Plan or a list of errors, each naming the place in the
// file ("agenda[2].end") and the problem in Vietnamese and English.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/plan.h"

namespace dc {

constexpr const char* kPlanFormatName = "diem-cau-plan";
constexpr int kPlanFormatVersion = 2;   // version 1: see docs/plan-format.md, "Migration"

// Limits the reader enforces before or while decoding; documented in
// docs/plan-format.md.  They are far above any real plan (K12 Online hosts at
// most 3,000 sites) and only stop hostile or broken files.
struct PlanFileLimits {
    std::size_t max_bytes = 20u * 1024u * 1024u;   // refused before parsing
    int max_depth = 64;                            // nesting of [ and {, checked before parsing
    std::size_t max_string_bytes = 100u * 1024u;   // any single string
    std::size_t max_sites = 5000;
    std::size_t max_site_groups = 200;
    std::size_t max_slots = 5000;
    std::size_t max_items_per_slot = 100;          // agenda items, and turns, per slot
    std::size_t max_tasks = 20000;
    std::size_t max_blocks = 5000;
    std::size_t max_other_list = 2000;             // duties, budget, contacts, recipients, days, tech sessions, lines
    std::size_t max_errors = 50;                   // the reader stops collecting after this many
    // JSON values of any kind (each string, number, list, object), counted while
    // parsing.  A plan with every list at its limit has about 1.5 million; the
    // cap bounds the memory a file of tiny values takes (20 MB of "0," is 10
    // million values, ≈ 450 MB once read).
    std::size_t max_values = 4'000'000;
};

// One problem (or, in ImportResult::notes, one remark) about a file.
struct ImportError {
    std::string code;        // stable key for tests and tools: "invalid-json", "bad-time", "end-before-start", …
    std::string place;       // JSON path: "agenda[2].end", "header.date"; "" for the file as a whole
    std::string message_vi;  // full sentence, names the place: "agenda[2].end: giờ “25:00” không tồn tại."
    std::string message_en;
    int line = 0;            // 1-based line/column in the file when known (syntax errors, bad bytes), else 0
    int column = 0;
};
using ImportNote = ImportError;

struct ImportResult {
    std::optional<Plan> plan;            // set only when errors is empty
    std::vector<ImportError> errors;
    std::vector<ImportNote> notes;       // not errors: "migrated from version 1", "kept 3 unknown members", …
    int source_version = 0;              // the version number the file declared (0 if unreadable)
    bool ok() const { return plan.has_value(); }
};

// Reads a plan file.  Checks size, nesting depth and UTF-8 before parsing,
// migrates older versions, normalises every string to NFC, and checks types,
// required members, dates, times, ranges and list sizes.
ImportResult read_plan(std::string_view bytes, const PlanFileLimits& limits = {});

// Writes a plan file (current version).  Deterministic: the same Plan always
// gives the same bytes.  Unknown members kept in `extra` are written after the
// known ones, in the order they were read.
std::string write_plan(const Plan& plan);

// The same document as a JSON value (what write_plan dumps).
nlohmann::ordered_json to_json(const Plan& plan);

// Stable names of enum values as they appear in files ("ke-hoach", "not-tested", …).
const char* to_string(DocKind v);
const char* to_string(TestStatus v);
const char* to_string(DeadlineQualifier v);
const char* to_string(BlockKind v);
const char* to_string(InsertWhat v);
const char* to_string(TechKind v);
const char* to_string(SlotKind v);

}  // namespace dc
