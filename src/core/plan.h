// plan.h — the plan model of Điểm Cầu.
//
// A Plan is everything one official document about an online multi-site
// conference says (Kế hoạch 1905/KH-SGDĐT and the K12 Online công văn are the
// two seeds), plus the working state the planner tracks around it (task ticks,
// connection-test results).  Plain data: no ImGui, no Emscripten, no I/O.
//
// Conventions
//  - Every string is UTF-8 in NFC (the plan file reader and every edit entry
//    point normalise).
//  - Times of day are minutes after midnight (0..1439); kNoTime means unset.
//  - Dates are civil dates in Vietnam (UTC+7, no DST).  A zero field means
//    "left blank", as in the công văn whose day is not filled in.
//  - Ids are short strings unique within their list ("s3", "t12"); they never
//    change once given, so exports (calendar UIDs) and comparisons stay stable.
//  - `extra` keeps JSON members this version does not know, so a file written
//    by a newer version survives a round trip here unchanged.
//
// [SECTION] Values     — Date, DocKind, TestStatus, Deadline
// [SECTION] Document   — Header, Signer, Recipient, Block
// [SECTION] Event      — EventDay, TechSession, Event
// [SECTION] Sites      — SiteGroup, Site
// [SECTION] Agenda     — AgendaItem, Turn, Slot
// [SECTION] Work       — Task, Duty, BudgetLine, Contact
// [SECTION] Plan
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dc {

using Extra = nlohmann::ordered_json;   // object of unknown members, or null
constexpr int kNoTime = -1;

//-----------------------------------------------------------------------------
// [SECTION] Values
//-----------------------------------------------------------------------------

struct Date {
    int y = 0;   // year, 0 = blank
    int m = 0;   // 1..12, 0 = blank
    int d = 0;   // 1..31, 0 = blank (a công văn often leaves the day blank)
    bool empty() const { return y == 0 && m == 0 && d == 0; }
    bool complete() const { return y != 0 && m != 0 && d != 0; }
    friend bool operator==(const Date& a, const Date& b) { return a.y == b.y && a.m == b.m && a.d == b.d; }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) {
        if (a.y != b.y) return a.y < b.y;
        if (a.m != b.m) return a.m < b.m;
        return a.d < b.d;
    }
};

// Kind of document; decides the printed layout and the number's code.
enum class DocKind {
    KeHoach,      // Kế hoạch (KH)      — seed 002
    CongVan,      // Công văn           — seed 000, "V/v …" subject, "Kính gửi"
    ChuongTrinh,  // Chương trình (CTr)
    ThongBao,     // Thông báo (TB)
    GiayMoi,      // Giấy mời (GM)
};

// Result of a site's connection test (glossary: Chưa thử · Đạt · Lỗi hình · Lỗi tiếng · Mất kết nối).
enum class TestStatus { NotTested, Ok, NoPicture, NoSound, LostConnection };

// How a deadline is written: "Trước ngày 26/8/2021", "Trong ngày 30/8/2021",
// "Chậm nhất ngày …", or just "26/8/2021".
enum class DeadlineQualifier { Before, On, NoLaterThan, Plain };

struct Deadline {
    DeadlineQualifier qualifier = DeadlineQualifier::Before;
    bool relative = false;    // true: days_before_event counts back from the first event day, and moves with it
    Date date;                // used when !relative; empty = no deadline
    int days_before_event = 0;// used when relative (0 = the event day, 5 = five days before)
    Extra extra;              // added by the plan-file helper: unknown members of the deadline object survive a round trip
};

//-----------------------------------------------------------------------------
// [SECTION] Document
//-----------------------------------------------------------------------------

struct Header {
    DocKind kind = DocKind::KeHoach;
    std::string parent_body;    // "UBND TỈNH GIA LAI" (optional, printed above the issuing body)
    std::string issuing_body;   // "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    std::string number;         // "1905"; empty when left blank for the văn thư to fill in
    std::string code;           // "KH-SGDĐT", "SGDĐT-GDTrHCTTX" (printed "Số: 1905/KH-SGDĐT")
    std::string place;          // "Gia Lai" (date line "Gia Lai, ngày 28 tháng 8 năm 2021")
    Date date;                  // date of issue; parts may be blank
    std::string title;          // KH: the line under "KẾ HOẠCH"; công văn: the subject without "V/v "
    std::vector<std::string> addressees;   // "Kính gửi:" lines, without the leading "- " and trailing ";"
    std::vector<std::string> legal_basis;  // "Căn cứ …" lines, without the trailing ";" / "."
    std::string intro;          // the opening paragraph ("Thực hiện chỉ đạo … cụ thể như sau:")
    std::string closing;        // the closing paragraph ("Trên đây là Kế hoạch … thực hiện"), printed before "./."
    std::string version_label;  // "Dự thảo lần 2 — 24/8/2021"; printed in the footer when not empty
    Extra extra;
};

struct Signer {
    std::string authority;      // "", "KT.", "TL.", "TM." — printed before the title
    std::string title;          // "GIÁM ĐỐC"
    std::string deputy_title;   // "PHÓ GIÁM ĐỐC" when signing for (KT.) the head; else empty
    std::string name;           // "Lê Duy Định"
    Extra extra;
};

struct Recipient {
    std::string name;           // "UBND tỉnh"
    std::string purpose;        // "báo cáo", "phối hợp", "thực hiện"; empty = none (printed in parentheses)
    bool sent = false;          // the document went out to this recipient
    Extra extra;
};

// The body of the document is an outline.  Headings are numbered on print
// (level 1 "I.", level 2 "1.", level 3 "a)"); an Insert block is where a
// table or list generated from the structured data stands.
enum class BlockKind { Heading, Paragraph, Bullet, Note, Insert };
enum class InsertWhat { Agenda, Tasks, Sites, Participants, Duties, Budget, Contacts, TechSessions };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 1;              // Heading: 1..3; others: ignored
    std::string text;           // Heading: "Mục đích, yêu cầu"; for a heading with run-in text use `text` + ": " + `body`
    std::string body;           // Heading only: run-in text after the heading ("Yêu cầu: Đảm bảo …")
    InsertWhat insert = InsertWhat::Agenda; // Insert only
    Extra extra;
};

//-----------------------------------------------------------------------------
// [SECTION] Event
//-----------------------------------------------------------------------------

struct EventDay {
    Date date;                  // 31/8/2021
    int start = kNoTime;        // 08h00
    int end = kNoTime;          // 11h30; kNoTime when the document leaves it open
    Extra extra;
};

// Technical sessions around the conference (the công văn: connection 08h00–11h00
// and rehearsal at 14h00 on 27/10/2021).
enum class TechKind { Connection, ConnectionTest, Rehearsal };

struct TechSession {
    std::string id;
    TechKind kind = TechKind::Connection;
    Date date;
    int start = kNoTime;
    int end = kNoTime;          // may be unset ("14h00", open-ended)
    std::string label;          // "Kết nối kỹ thuật"
    Extra extra;
};

struct Event {
    std::string name;           // "Hội nghị trực tuyến tổng kết năm học 2020-2021, …"
    std::vector<EventDay> days; // one or more; days[0] is the conference day relative deadlines count from
    std::string duration_text;  // "1/2 ngày" as written
    std::string format;         // "Hội nghị trực tuyến"
    std::string platform;       // "K12 Online", "Zoom"; empty if not named
    int headcount_limit = 0;    // at most this many people per site; 0 = no limit
    std::string headcount_rule; // "Số lượng người tham dự … Tập trung không quá 10 người."
    std::vector<TechSession> tech_sessions;
    Extra extra;
};

//-----------------------------------------------------------------------------
// [SECTION] Sites
//-----------------------------------------------------------------------------

// A kind of site with shared rules: the công văn lists participants per kind
// and a special rule for schools used as quarantine sites.
struct SiteGroup {
    std::string id;
    std::string name;           // "Điểm cầu tại 17 phòng GDĐT"
    std::string participants;   // composition text, one line per "- " item
    std::string rules;          // special rules ("Riêng các trường … được trưng dụng làm khu cách ly …")
    std::string budget;         // how the group's costs are paid, if stated per kind
    Extra extra;
};

struct Site {
    std::string id;
    bool central = false;       // the điểm cầu trung tâm; exactly one per plan is expected
    std::string group_id;       // SiteGroup.id or empty
    std::string kind;           // free text: "Sở GDĐT", "Phòng GDĐT", "Trường THPT", "Trung tâm GDNN-GDTX"
    std::string name;           // "Hội trường A, Sở Giáo dục và Đào tạo"
    std::string room;
    std::string address;        // "56 Trần Hưng Đạo, thành phố Pleiku, tỉnh Gia Lai"
    std::string chair;          // "Lãnh đạo UBND tỉnh; Giám đốc Sở GDĐT"
    std::string participants;   // own composition text (overrides the group's when not empty)
    int headcount = 0;          // planned attendees
    std::string contact_name;
    std::string contact_phone;
    std::string technician;     // who runs the site's equipment (clash check on test slots)
    std::string account;        // platform account
    Date test_date;             // connection-test slot
    int test_start = kNoTime;
    int test_end = kNoTime;
    TestStatus test_status = TestStatus::NotTested;
    std::string notes;
    Extra extra;
};

//-----------------------------------------------------------------------------
// [SECTION] Agenda
//-----------------------------------------------------------------------------

struct AgendaItem {
    std::string content;        // "Phát biểu khai mạc Hội nghị"
    std::string performer;      // "Giám đốc Sở GDĐT Lê Duy Định"
    Extra extra;
};

// A speaking turn inside a discussion slot.
struct Turn {
    std::string site_id;
    int minutes = 0;
    Extra extra;
};

enum class SlotKind { Normal, Break, Registration, Discussion, Ceremony };

struct Slot {
    std::string id;
    int day = 0;                // index into Event::days
    int start = kNoTime;        // 08h00
    int end = kNoTime;          // 09h30; equal to start for a point in time ("11h30 Bế mạc")
    SlotKind kind = SlotKind::Normal;
    std::vector<AgendaItem> items;   // one or more (08h00 - 09h30 holds three)
    std::vector<Turn> turns;         // speaking order, in order
    Extra extra;
};

//-----------------------------------------------------------------------------
// [SECTION] Work
//-----------------------------------------------------------------------------

struct Task {
    std::string id;
    std::string content;        // "Gửi giấy mời, giấy triệu tập Hội nghị"
    Deadline deadline;
    std::string lead;           // chủ trì: "Văn phòng"
    std::vector<std::string> cooperating;  // phối hợp
    bool done = false;
    Date done_on;               // set when ticked, cleared when unticked
    std::string note;
    Extra extra;
};

// Tổ chức thực hiện: what one unit must do.
struct Duty {
    std::string unit;           // "Văn phòng", "Các phòng GDĐT, Trung tâm GDNN-GDTX"
    std::string lead_in;        // run-in text after the unit ("Chủ động, phối hợp với Sở GDĐT …"); may be empty
    std::vector<std::string> items;  // "- …" lines
    std::string note;           // a parenthesised note after the items
    Extra extra;
};

struct BudgetLine {
    std::string scope;          // which sites or activity it pays for; may be empty
    std::string source;         // "nguồn kinh phí sự nghiệp ngành Giáo dục được cấp năm 2021"
    std::string text;           // the line as the document words it
    std::int64_t amount = 0;    // đồng; 0 = not stated
    Extra extra;
};

struct Contact {
    std::string name;           // "Bà Phan Thị Hương"
    std::string role;           // "Chuyên viên Văn phòng Sở GDĐT"
    std::string phone;          // "0367 850 603"
    std::string email;
    std::string purpose;        // "Thông tin kết nối kỹ thuật"
    Extra extra;
};

//-----------------------------------------------------------------------------
// [SECTION] Plan
//-----------------------------------------------------------------------------

struct Plan {
    Header header;
    Event event;
    std::vector<Block> body;
    std::vector<SiteGroup> site_groups;
    std::vector<Site> sites;         // the central site first
    std::vector<Slot> agenda;        // sorted by (day, start)
    std::vector<Task> tasks;         // in STT order
    std::vector<Duty> duties;
    std::vector<BudgetLine> budget;
    std::vector<Contact> contacts;
    std::vector<Recipient> recipients;
    std::string archive;             // "Lưu: VT, VP." → stored as "VT, VP"
    Signer signer;
    int next_id = 1;                 // source of new ids
    Extra extra;                     // unknown top-level members
};

}  // namespace dc
