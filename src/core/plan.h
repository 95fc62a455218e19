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
// [SECTION] Field lists — how each struct names its fields once
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
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

namespace dc {

using Extra = nlohmann::ordered_json;   // object of unknown members, or null
constexpr int kNoTime = -1;
constexpr int kMaxCount = 1000000;      // headcounts, minutes, ids: generous sanity bound for files
constexpr long long kMaxSeconds = 32503680000LL;  // timestamps: up to the year 3000

//-----------------------------------------------------------------------------
// [SECTION] Field lists
//-----------------------------------------------------------------------------
// Every struct below that a file holds lists its fields once, in a static
// `fields()` beside its members, in the order the plan file writes them (the
// `extra` member is implied and always last).  Equality and NFC normalisation
// (plan_fields.h), the history's size estimate (editor.cpp), the plan file's
// writer and reader (plan_file.cpp) and the comparison of two versions
// (plan_diff.cpp) walk that list, so a field named there is compared, kept,
// saved and read everywhere.  A field added to a struct but not to its list
// stops the build: plan_fields.h counts each struct's members against it.

// What the reader checks beyond the C++ type (the writer uses kTime too).
enum FieldFlag : unsigned {
    kRequired   = 1u << 0,   // the file must have this member
    kId         = 1u << 1,   // required, not empty, unique within its list
    kTime       = 1u << 2,   // int minutes after midnight, written "08:00"; kNoTime is ""
    kEndTime    = 1u << 3,   // a kTime ending the range the previous kTime field starts
    kBlankParts = 1u << 4,   // a Date whose parts may be left blank ("2021-10-??")
    kDayIndex   = 1u << 5,   // int index into Event::days
    kOmitEmpty  = 1u << 6,   // written only when not the default (empty, false, 0): fields most plans never
                             // use stay out of every file and every link; read as usual
};

template <class S, class M>
struct Field {
    const char* name;                      // member name in the plan file
    M S::*member;
    unsigned flags = 0;                    // FieldFlag bits
    long long lo = 0, hi = 0;              // whole numbers: the range a file may hold
    bool (*present)(const S&) = nullptr;   // read and written only when true; nullptr = always
};

template <class S, class M>
constexpr Field<S, M> field(const char* name, M S::*m, unsigned flags = 0) {
    return {name, m, flags, 0, 0, nullptr};
}
template <class S, class M>
constexpr Field<S, M> count_field(const char* name, M S::*m, long long lo, long long hi, unsigned flags = 0) {
    return {name, m, flags, lo, hi, nullptr};
}
template <class S, class M>
constexpr Field<S, M> field_if(const char* name, M S::*m, bool (*present)(const S&), unsigned flags = 0,
                               long long lo = 0, long long hi = 0) {
    return {name, m, flags, lo, hi, present};
}

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
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("qualifier", &Deadline::qualifier), field("relative", &Deadline::relative),
            field("date", &Deadline::date), count_field("days_before_event", &Deadline::days_before_event, -3660, 3660));
    }
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
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("kind", &Header::kind, kRequired), field("parent_body", &Header::parent_body),
            field("issuing_body", &Header::issuing_body), field("number", &Header::number),
            field("code", &Header::code), field("place", &Header::place),
            field("date", &Header::date, kBlankParts), field("title", &Header::title),
            field("addressees", &Header::addressees), field("legal_basis", &Header::legal_basis),
            field("intro", &Header::intro), field("closing", &Header::closing),
            field("version_label", &Header::version_label));
    }
};

struct Signer {
    std::string authority;      // "", "KT.", "TL.", "TM." — printed before the title
    std::string title;          // "GIÁM ĐỐC"
    std::string deputy_title;   // "PHÓ GIÁM ĐỐC" when signing for (KT.) the head; else empty
    std::string name;           // "Lê Duy Định"
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("authority", &Signer::authority), field("title", &Signer::title),
            field("deputy_title", &Signer::deputy_title), field("name", &Signer::name));
    }
};

struct Recipient {
    std::string name;           // "UBND tỉnh"
    std::string purpose;        // "báo cáo", "phối hợp", "thực hiện"; empty = none (printed in parentheses)
    bool sent = false;          // the document went out to this recipient
    bool acknowledged = false;  // the recipient confirmed receiving it
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("name", &Recipient::name), field("purpose", &Recipient::purpose),
            field("sent", &Recipient::sent), field("acknowledged", &Recipient::acknowledged, kOmitEmpty));
    }
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
    // Heading only: the event's fact its run-in text is written from while `body` is
    // empty ("time", "form", "place": core/body_facts.h); "" = none.
    std::string fact;
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("kind", &Block::kind, kRequired),
            // Only the members that mean something for the block's kind.
            field_if("level", &Block::level, +[](const Block& b) { return b.kind == BlockKind::Heading; }, 0, 1, 3),
            field_if("insert", &Block::insert, +[](const Block& b) { return b.kind == BlockKind::Insert; }, kRequired),
            field("text", &Block::text),
            field_if("body", &Block::body, +[](const Block& b) { return b.kind == BlockKind::Heading; }),
            field("fact", &Block::fact, kOmitEmpty));
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Event
//-----------------------------------------------------------------------------

struct EventDay {
    Date date;                  // 31/8/2021
    int start = kNoTime;        // 08h00
    int end = kNoTime;          // 11h30; kNoTime when the document leaves it open
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("date", &EventDay::date), field("start", &EventDay::start, kTime),
            field("end", &EventDay::end, kTime | kEndTime));
    }
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
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("id", &TechSession::id, kId), field("kind", &TechSession::kind),
            field("date", &TechSession::date), field("start", &TechSession::start, kTime),
            field("end", &TechSession::end, kTime | kEndTime), field("label", &TechSession::label));
    }
};

struct Event {
    std::string name;           // "Hội nghị trực tuyến tổng kết năm học 2020-2021, …"
    std::vector<EventDay> days; // one or more; days[0] is the conference day relative deadlines count from
    std::string duration_text;  // "1/2 ngày" as written
    std::string format;         // "Hội nghị trực tuyến"
    std::string platform;       // "K12 Online", "Zoom"; empty if not named
    int headcount_limit = 0;    // at most this many people per site; 0 = no limit
    std::string headcount_rule; // "Số lượng người tham dự … Tập trung không quá 10 người."
    // The central site's own limit (a district hall of 80 seats against 10 per
    // school); 0 = the general limit above applies to it too.
    int central_headcount_limit = 0;
    std::string central_headcount_rule;
    std::vector<TechSession> tech_sessions;
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("name", &Event::name), field("days", &Event::days),
            field("duration_text", &Event::duration_text), field("format", &Event::format),
            field("platform", &Event::platform), count_field("headcount_limit", &Event::headcount_limit, 0, kMaxCount),
            field("headcount_rule", &Event::headcount_rule),
            count_field("central_headcount_limit", &Event::central_headcount_limit, 0, kMaxCount),
            field("central_headcount_rule", &Event::central_headcount_rule),
            field("tech_sessions", &Event::tech_sessions));
    }
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
    int headcount_limit = 0;    // at most this many people per site of the group; 0 = event.headcount_limit
    std::string headcount_rule; // the sentence stating the group's limit
    bool invited_to_speak = false;  // every site of the group is invited to speak ("Được mời phát biểu")
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("id", &SiteGroup::id, kId), field("name", &SiteGroup::name),
            field("participants", &SiteGroup::participants), field("rules", &SiteGroup::rules),
            field("budget", &SiteGroup::budget),
            count_field("headcount_limit", &SiteGroup::headcount_limit, 0, kMaxCount),
            field("headcount_rule", &SiteGroup::headcount_rule),
            field("invited_to_speak", &SiteGroup::invited_to_speak));
    }
};

// One person a site says will attend (its reply, core/site_reply.h).
struct Attendee {
    std::string name;           // "Nguyễn Thị Hoa"
    std::string position;       // "Phó Trưởng phòng"
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(field("name", &Attendee::name), field("position", &Attendee::position));
    }
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
    std::string test_lane;      // the central technician (lane) who makes the test call; "" = the only lane
    TestStatus test_status = TestStatus::NotTested;
    bool invited_to_speak = false;  // "Được mời phát biểu" (also true when its group is invited)
    std::string notes;
    // What the site answered to the central office's request (core/site_reply.h);
    // headcount, contact_*, technician and test_status above are answerable too.
    std::vector<Attendee> attendees;
    std::string technician_phone;
    bool equipment_ready = false;   // the site says its room and equipment are ready
    std::string speaker;        // who speaks in the site's turn
    std::string talk_title;     // the title of that talk
    std::string reply_note;     // the site's own note (notes above is the central office's)
    std::int64_t request_sent_at = 0;  // when the request went out: seconds since 1970 UTC; 0 = never
    std::int64_t replied_at = 0;       // when the reply taken was answered (site's clock); 0 = no reply
    std::string reply_key;      // random, in the site's request and its reply: a reply for another site is refused
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("id", &Site::id, kId), field("central", &Site::central), field("group_id", &Site::group_id),
            field("kind", &Site::kind), field("name", &Site::name), field("room", &Site::room),
            field("address", &Site::address), field("chair", &Site::chair),
            field("participants", &Site::participants), count_field("headcount", &Site::headcount, 0, kMaxCount),
            field("contact_name", &Site::contact_name), field("contact_phone", &Site::contact_phone),
            field("technician", &Site::technician), field("account", &Site::account),
            field("test_date", &Site::test_date), field("test_start", &Site::test_start, kTime),
            field("test_end", &Site::test_end, kTime | kEndTime), field("test_lane", &Site::test_lane),
            field("test_status", &Site::test_status),
            field("invited_to_speak", &Site::invited_to_speak), field("notes", &Site::notes),
            field("attendees", &Site::attendees, kOmitEmpty),
            field("technician_phone", &Site::technician_phone, kOmitEmpty),
            field("equipment_ready", &Site::equipment_ready, kOmitEmpty), field("speaker", &Site::speaker, kOmitEmpty),
            field("talk_title", &Site::talk_title, kOmitEmpty), field("reply_note", &Site::reply_note, kOmitEmpty),
            count_field("request_sent_at", &Site::request_sent_at, 0, kMaxSeconds, kOmitEmpty),
            count_field("replied_at", &Site::replied_at, 0, kMaxSeconds, kOmitEmpty),
            field("reply_key", &Site::reply_key, kOmitEmpty));
    }
};

//-----------------------------------------------------------------------------
// [SECTION] Agenda
//-----------------------------------------------------------------------------

struct AgendaItem {
    std::string content;        // "Phát biểu khai mạc Hội nghị"
    std::string performer;      // "Giám đốc Sở GDĐT Lê Duy Định"
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("content", &AgendaItem::content), field("performer", &AgendaItem::performer));
    }
};

// A speaking turn inside a discussion slot.
struct Turn {
    std::string site_id;
    int minutes = 0;
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("site_id", &Turn::site_id), count_field("minutes", &Turn::minutes, 0, 24 * 60));
    }
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
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("id", &Slot::id, kId), field("day", &Slot::day, kDayIndex), field("start", &Slot::start, kTime),
            field("end", &Slot::end, kTime | kEndTime), field("kind", &Slot::kind), field("items", &Slot::items),
            field("turns", &Slot::turns));
    }
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
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("id", &Task::id, kId), field("content", &Task::content), field("deadline", &Task::deadline),
            field("lead", &Task::lead), field("cooperating", &Task::cooperating), field("done", &Task::done),
            field("done_on", &Task::done_on), field("note", &Task::note));
    }
};

// Tổ chức thực hiện: what one unit must do.
struct Duty {
    std::string unit;           // "Văn phòng", "Các phòng GDĐT, Trung tâm GDNN-GDTX"
    std::string lead_in;        // run-in text after the unit ("Chủ động, phối hợp với Sở GDĐT …"); may be empty
    std::vector<std::string> items;  // "- …" lines
    std::string note;           // a parenthesised note after the items
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("unit", &Duty::unit), field("lead_in", &Duty::lead_in), field("items", &Duty::items),
            field("note", &Duty::note));
    }
};

struct BudgetLine {
    std::string scope;          // which sites or activity it pays for; may be empty
    std::string source;         // "nguồn kinh phí sự nghiệp ngành Giáo dục được cấp năm 2021"
    std::string text;           // the line as the document words it
    std::int64_t amount = 0;    // đồng; 0 = not stated
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("scope", &BudgetLine::scope), field("source", &BudgetLine::source),
            field("text", &BudgetLine::text),
            // Up to 10^15 đồng: well past any budget, and exact in a JavaScript number.
            count_field("amount", &BudgetLine::amount, 0, 1000000000000000LL));
    }
};

struct Contact {
    std::string name;           // "Bà Phan Thị Hương"
    std::string role;           // "Chuyên viên Văn phòng Sở GDĐT"
    std::string phone;          // "0367 850 603"
    std::string email;
    std::string purpose;        // "Thông tin kết nối kỹ thuật"
    Extra extra;
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("name", &Contact::name), field("role", &Contact::role), field("phone", &Contact::phone),
            field("email", &Contact::email), field("purpose", &Contact::purpose));
    }
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
    // The programme table has a "TT" column numbering its rows (1., 2., …), as
    // a plan whose programme is numbered prints it; off by default.
    bool agenda_numbered = false;
    std::vector<Task> tasks;         // in STT order
    std::vector<Duty> duties;
    std::vector<BudgetLine> budget;
    std::vector<Contact> contacts;
    std::vector<Recipient> recipients;
    std::string archive;             // "Lưu: VT, VP." → stored as "VT, VP"
    Signer signer;
    int next_id = 1;                 // source of new ids
    std::string uid;                 // random identity given when the first site request is made; replies carry it
    Extra extra;                     // unknown top-level members
    // File order; see [SECTION] Field lists.
    static constexpr auto fields() {
        return std::make_tuple(
            field("header", &Plan::header, kRequired), field("event", &Plan::event, kRequired),
            field("body", &Plan::body), field("site_groups", &Plan::site_groups), field("sites", &Plan::sites),
            field("agenda", &Plan::agenda), field("agenda_numbered", &Plan::agenda_numbered, kOmitEmpty),
            field("tasks", &Plan::tasks), field("duties", &Plan::duties),
            field("budget", &Plan::budget), field("contacts", &Plan::contacts),
            field("recipients", &Plan::recipients), field("archive", &Plan::archive),
            field("signer", &Plan::signer), count_field("next_id", &Plan::next_id, 1, 1000000000),
            field("uid", &Plan::uid, kOmitEmpty));
    }
};

}  // namespace dc
