// fuzz_paste.cpp — libFuzzer target for the paste parsers (src/core/paste.h).
//
// Any clipboard text must give either a table or a refusal with a message —
// never a crash, a sanitizer report, a hang or runaway memory — and every
// public step after it (column guessing, the task and site previews, applying
// them as one undo step) must keep its promises whatever the columns are
// mapped to.  Each input is parsed twice: with the default limits and with
// tiny ones (so the refusal paths run too).  Seeds: tests/fuzz/corpus_paste
// (tables as Word, Excel and Sheets put them on the clipboard).  The same
// bytes are also read as a programme (the agenda paste), as clipboard HTML,
// and as a whole document's text (core/import_text.h), and as a Word file:
// the bytes themselves (a broken or mutated .docx from the seeds), and the
// bytes as the word/document.xml of a well-formed archive (the XML reader).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/editor.h"
#include "core/html_table.h"
#include "core/import_docx.h"
#include "core/import_text.h"
#include "core/paste.h"
#include "core/paste_programme.h"
#include "core/plan.h"
#include "core/zip.h"

namespace {

void check(bool ok) {
    if (!ok) std::abort();
}

bool problems_ok(const std::vector<dc::PasteProblem>& ps, std::size_t rows) {
    for (const auto& p : ps)
        if (p.row < 1 || p.row > rows || p.message_vi.empty() || p.message_en.empty()) return false;
    return true;
}

// A column mapping chosen by the input's own bytes: the user may map any
// column to any field, several columns to one, or none to the text.
template <class F>
std::vector<F> fields_from(std::string_view bytes, std::size_t columns, int n_fields) {
    std::vector<F> f(columns);
    for (std::size_t k = 0; k < columns; ++k)
        f[k] = static_cast<F>(bytes.empty() ? 0 : static_cast<unsigned char>(bytes[(k * 7) % bytes.size()]) % n_fields);
    return f;
}

void table_steps(const dc::PasteTable& t, std::string_view bytes) {
    // Tasks: the guess, then a mapping from the bytes, each previewed and applied.
    dc::TaskColumns tc = dc::guess_task_columns(t);
    check(tc.fields.size() == t.columns);
    for (int round = 0; round < 2; ++round) {
        if (round == 1) {
            tc.fields = fields_from<dc::TaskField>(bytes, t.columns, 8);
            tc.header = !bytes.empty() && (bytes[0] & 1);
        }
        dc::TaskPastePreview p = dc::preview_tasks(t, tc);
        check(p.tasks.size() == p.source_rows.size());
        check(p.tasks.size() + p.skipped <= t.rows.size());
        for (std::size_t r : p.source_rows) check(r >= 1 && r <= t.rows.size());
        check(problems_ok(p.problems, t.rows.size()));
        dc::Editor ed;
        const std::size_t before = ed.plan().tasks.size();
        check(dc::apply_task_paste(ed, p, 1000000) == p.tasks.size());
        check(ed.plan().tasks.size() == before + p.tasks.size());
    }
    // Sites: against a plan that already has two (duplicate names are reported, not skipped).
    dc::Plan plan;
    plan.sites.resize(2);
    plan.sites[0].id = "s1";
    plan.sites[0].central = true;
    plan.sites[0].name = "Hội trường Sở GDĐT";
    plan.sites[1].id = "s2";
    plan.sites[1].name = "Điểm cầu Chư Păh";
    dc::SiteColumns sc = dc::guess_site_columns(t);
    check(sc.fields.size() == t.columns);
    for (int round = 0; round < 2; ++round) {
        if (round == 1) {
            sc.fields = fields_from<dc::SiteField>(bytes, t.columns, 13);
            sc.header = !bytes.empty() && (bytes[0] & 2);
        }
        dc::SitePastePreview p = dc::preview_sites(t, sc, plan);
        check(p.sites.size() == p.source_rows.size());
        check(p.sites.size() + p.skipped <= t.rows.size());
        for (std::size_t r : p.source_rows) check(r >= 1 && r <= t.rows.size());
        check(problems_ok(p.problems, t.rows.size()));
        for (const auto& s : p.sites) check(!s.name.empty());
        dc::Editor ed(plan);
        check(dc::apply_site_paste(ed, p) == p.sites.size());
        check(ed.plan().sites.size() == plan.sites.size() + p.sites.size());
    }
}

// The programme paste: every slot has a time and an item, comes from a real
// row, and applying adds exactly the slots shown, replacing or not.
void programme_steps(const dc::PasteTable& t, std::string_view bytes) {
    dc::ProgrammeColumns pc = dc::guess_programme_columns(t);
    check(pc.fields.size() == t.columns && pc.header_rows <= t.rows.size());
    for (int round = 0; round < 2; ++round) {
        if (round == 1) {
            pc.fields = fields_from<dc::ProgrammeField>(bytes, t.columns, 5);
            pc.header_rows = bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]) % 4;
        }
        const dc::ProgrammePreview p = dc::preview_programme(t, pc, 0);
        check(p.slots.size() == p.source_rows.size());
        for (std::size_t r : p.source_rows) check(r >= 1 && r <= t.rows.size());
        for (const auto& s : p.slots) check(!s.items.empty() && s.start >= 0 && s.end >= s.start && s.end < 24 * 60);
        for (const auto& pr : p.problems) check(pr.row <= t.rows.size() && !pr.message_vi.empty() && !pr.message_en.empty());
        dc::Editor ed;
        check(dc::apply_programme_paste(ed, p, round == 1) == p.slots.size());
        check(ed.plan().agenda.size() == p.slots.size());
    }
}

void check_table(const dc::PasteTable& t, const dc::PasteLimits& limits) {
    if (!t.ok) {
        check(t.rows.empty() && t.columns == 0 && !t.error_vi.empty() && !t.error_en.empty());
        return;
    }
    check(!t.rows.empty() && t.rows.size() <= limits.max_rows);
    std::size_t widest = 0;
    for (const auto& r : t.rows) {
        check(r.size() <= limits.max_columns);
        widest = std::max(widest, r.size());
    }
    check(widest == t.columns);
}

void parse_and_check(std::string_view bytes, const dc::PasteLimits& limits) {
    const dc::PasteTable h = dc::parse_html_table(bytes, limits);
    check_table(h, limits);
    if (h.ok) programme_steps(h, bytes);
    dc::PasteTable t = dc::parse_tsv(bytes, limits);
    if (!t.ok) {   // refused: a message, nothing parsed
        check(t.rows.empty() && t.columns == 0);
        check(!t.error_vi.empty() && !t.error_en.empty());
        return;
    }
    check(!t.rows.empty() && t.rows.size() <= limits.max_rows);
    check(t.error_vi.empty() && t.error_en.empty());
    std::size_t widest = 0;
    for (const auto& r : t.rows) {
        check(r.size() <= limits.max_columns);
        widest = std::max(widest, r.size());
    }
    check(widest == t.columns);
    table_steps(t, bytes);
    programme_steps(t, bytes);
}

}  // namespace

// A document's text: a plan or a refusal with a message; every agenda slot has
// an item, and every line kept as text is among the facts reported.
void import_steps(std::string_view bytes) {
    const dc::TextImport r = dc::import_text(bytes);
    if (!r.ok) {
        check(!r.error_vi.empty() && !r.error_en.empty());
        return;
    }
    check(r.error_vi.empty() && r.error_en.empty() && !r.facts.empty());
    for (const auto& s : r.plan.agenda) check(!s.items.empty() && s.start >= 0 && s.end >= s.start);
    check(r.left_as_text <= r.facts.size());
}

// A .docx: a plan or a refusal with a message, never more text than the
// part holds words for.
void docx_steps(std::string_view bytes) {
    for (const std::string& file : {std::string(bytes), dc::zip_store({{"word/document.xml", std::string(bytes)}})}) {
        const dc::TextImport r = dc::import_docx(file);
        if (!r.ok) {
            check(!r.error_vi.empty() && !r.error_en.empty());
            continue;
        }
        check(!r.facts.empty());
        for (const auto& s : r.plan.agenda) check(!s.items.empty() && s.start >= 0 && s.end >= s.start);
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    import_steps(bytes);
    docx_steps(bytes);
    parse_and_check(bytes, dc::PasteLimits{});
    dc::PasteLimits tiny;
    tiny.max_bytes = 256;
    tiny.max_rows = 4;
    tiny.max_columns = 3;
    parse_and_check(bytes, tiny);
    return 0;
}
