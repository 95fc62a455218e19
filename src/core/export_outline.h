// export_outline.h — the words and numbering of the plan document, shared by
// the printed page (export_html.cpp) and Word (export_docx.cpp), so that the
// two say the same thing and differ only in markup.
//
// Numbering follows Nghị định 30/2020 as plan.h's heading levels define it:
// level 1 "I." (CAPITALS, bold), level 2 "1." (bold), level 3 "a)", deeper
// "-".  A công văn simply starts at level 2 (seed 000: 1. / a) / -), a Kế
// hoạch at level 1 (seed 002: I. / 1. / -); the kind does not change it.
// Lists end their lines the official way: ";" after each, "." after the last.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc::outline {

// ASCII spaces, tabs and CRs off both ends.
std::string_view trim(std::string_view s);
bool starts_with(std::string_view s, std::string_view p);
bool ends_with(std::string_view s, std::string_view p);

// The non-empty lines of a multi-line field, without a leading "- ", "– ",
// "+ " (or a bare "-", "–") the user may have typed: the document adds its own.
std::vector<std::string> dash_lines(std::string_view s);

std::string roman(int n);    // 4 → "IV"
std::string letter(int n);   // Vietnamese alphabet order, đ after d, no f j w z: 6 → "e"

enum class NumStyle { Roman, Arabic, Letter, Dash };

// A numbered clause's parts, before markup.
struct Clause {
    NumStyle style;
    std::string label;   // "II.", "3.", "b)", "-"
    std::string text;    // CAPITALS for a Roman section
    bool colon;          // a run-in text follows and the text does not end in ":" already
};

struct Numbering {
    int count[8] = {};
    int current = 0;   // level of the last heading (0 = none yet)

    static NumStyle style(int level);
    // Advances the counter of `level` (and restarts those below it); returns its label.
    std::string next(int level);
    // The next clause at `level` with its text, and whether a run-in text follows.
    Clause clause(int level, std::string_view text, bool run_in);
    // Generated lists (participants, duties, budget lines) take the level below the last heading.
    int child_level() const;
};

// ";" after each line of a list but the last, "." (or ";" when !final_dot)
// after the last; end punctuation the user typed (; . : ,) is kept.
std::vector<std::string> punctuated(const std::vector<std::string>& items, bool final_dot = true);
// Text without the ";" or "." typed at its end, for lists that add their own.
std::string without_end_stop(std::string_view s);
// ";" or "." after line i of n.
const char* list_end(std::size_t i, std::size_t n);

// The body ------------------------------------------------------------------

// What the walk of the body asks of a document format: the markup of each
// kind of block, and the generated lists and tables that Insert blocks stand
// for.  Numbering is the walk's; clause() and the numbered lists advance it.
class BodyWriter {
public:
    // The format's generated lists, one per InsertWhat that is not a table.
    struct Lists {
        std::string (*sites)(const Plan&);
        std::string (*participants)(const Plan&, Numbering&);
        std::string (*duties)(const Plan&, Numbering&);
        std::string (*budget)(const Plan&, Numbering&);
        std::string (*contacts)(const Plan&);
        std::string (*tech_sessions)(const Plan&);
    };
    explicit BodyWriter(const Lists& l) : lists(l) {}
    virtual ~BodyWriter() = default;
    virtual std::string clause(Numbering& n, int level, std::string_view text, std::string_view run_in) = 0;
    virtual std::string paragraph(std::string_view text) = 0;
    virtual std::string bullets(const std::vector<std::string>& lines) = 0;   // one dash line each
    virtual std::string note(std::string_view text) = 0;                       // italic
    virtual std::string agenda_table() = 0;
    virtual std::string task_table() = 0;
    const Lists lists;
};

// The body outline (Plan::body) in the writer's markup, headings numbered and
// generated lists in their place.  Sections with nothing to print are left out.
std::string write_body(const Plan& p, BodyWriter& w);
// Whether a generated list or table has nothing to show for this plan.
bool insert_empty(const Plan& p, InsertWhat what);
// Indices in Plan::body of the headings left out because nothing under them
// prints (sorted).  The checks name them before printing.
std::vector<std::size_t> empty_sections(const Plan& p);

// Inserts ------------------------------------------------------------------

// Up to this many sites (besides the central one) are named in the text; a
// longer list goes to the appendix "Danh sách điểm cầu" (Phụ lục).
constexpr std::size_t kSitesInline = 10;
// True when the plan prints its sites in an appendix after the signature.
bool sites_appendix(const Plan& p);

// "Các Điểm cầu bao gồm:" — one name per kind of bridge point (site group),
// or per site when the plan has no groups (by kind when they are many).
std::vector<std::string> site_list_names(const Plan& p);

// One entry of "Thành phần tham dự": a site group; without groups, the
// central site and then the other sites as one entry; its lines are "Chủ trì: …" (a site's chair) and then the
// lines of its participants field.
struct ParticipantEntry {
    std::string name;
    std::vector<std::string> lines;
    std::string rules;   // the group's rules, a paragraph after its lines
};
std::vector<ParticipantEntry> participant_entries(const Plan& p);

// A duty's note in parentheses (kept as typed when it has them).
std::string in_parentheses(std::string_view note);

// A budget line's text, or one made of its scope and source ("Kinh phí … chi từ …").
std::string budget_line_text(const BudgetLine& b);
// The same with its amount, when stated, inside the sentence: "… (45.000.000 đồng)."
std::string budget_line_with_amount(const BudgetLine& b);
struct BudgetSum {
    std::int64_t total = 0;
    int with_amount = 0;   // a total is printed when more than one line states an amount
};
BudgetSum budget_sum(const Plan& p);

// "Thông tin kết nối kỹ thuật liên hệ Bà Phan Thị Hương, Chuyên viên Văn phòng
// Sở GDĐT, điện thoại: 0367 850 603."
std::string contact_text(const Contact& c);
// "Kết nối kỹ thuật: Từ 08h00 đến 11h00 ngày 27/10/2021."
std::string tech_session_text(const TechSession& t);

// Closing ------------------------------------------------------------------

// The closing paragraph without the "./." that ends the body (the caller adds it).
std::string closing_text(const Header& hd);
// "Nơi nhận" lines without their end stops: each recipient ("Như trên (để
// thực hiện)"), then "Lưu: VT, VP".
std::vector<std::string> recipient_lines(const Plan& p);
// An issuing body's name in CAPITALS with its two-syllable words bound by
// no-break spaces, so that it wraps only between words.
std::string header_name(std::string_view upper);
// "KT. GIÁM ĐỐC": the signer's authority and title in CAPITALS.
std::string signer_title(const Signer& sg);

}  // namespace dc::outline
