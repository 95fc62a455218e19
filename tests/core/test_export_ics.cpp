// test_export_ics.cpp — the calendar export (src/core/export_ics.h).
// Unit checks of escaping, folding and the events; the real parsers (ical.js,
// python3-icalendar) read the same files in tests/exports/run.sh.
//
// [SECTION] helpers · [SECTION] escaping and folding · [SECTION] events · [SECTION] UIDs · [SECTION] hostile
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "../print/seed_plans.h"
#include "core/export_ics.h"

using namespace dc;
namespace td = dc::testdata;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

namespace {

constexpr std::int64_t kNow = 1630000000;   // 2021-08-26T17:46:40Z

std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < ics.size()) {
        std::size_t e = ics.find("\r\n", pos);
        if (e == std::string::npos) { out.push_back(ics.substr(pos)); break; }
        out.push_back(ics.substr(pos, e - pos));
        pos = e + 2;
    }
    return out;
}

// RFC 5545 §3.1 unfolding: CRLF followed by one space or tab is removed.
std::vector<std::string> content_lines(const std::string& ics) {
    std::vector<std::string> out;
    for (const auto& l : physical_lines(ics)) {
        if (!l.empty() && (l[0] == ' ' || l[0] == '\t') && !out.empty()) out.back() += l.substr(1);
        else out.push_back(l);
    }
    return out;
}

bool valid_utf8_bytes(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (n < 0 || i + n >= s.size()) return false;
        for (int k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

// The VEVENT whose UID starts with `uid_prefix`, as its content lines.
std::vector<std::string> event_with_uid(const std::string& ics, const std::string& uid_prefix) {
    std::vector<std::string> cur;
    bool in = false;
    for (const auto& l : content_lines(ics)) {
        if (l == "BEGIN:VEVENT") { in = true; cur.clear(); }
        if (in) cur.push_back(l);
        if (l == "END:VEVENT") {
            in = false;
            for (const auto& c : cur)
                if (c.rfind("UID:" + uid_prefix, 0) == 0) return cur;
        }
    }
    return {};
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::string prop(const std::vector<std::string>& lines, const std::string& name) {
    for (const auto& l : lines)
        if (l.rfind(name + ":", 0) == 0 || l.rfind(name + ";", 0) == 0) return l;
    return {};
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] escaping and folding
//-----------------------------------------------------------------------------

TEST_CASE("ICS TEXT escaping follows RFC 5545 3.3.11", "[ics]") {
    CHECK(ics_escape_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(ics_escape_text("line1\nline2") == "line1\\nline2");
    CHECK(ics_escape_text("line1\r\nline2\rline3") == "line1\\nline2\\nline3");
    CHECK(ics_escape_text("tab\there") == "tab\there");
    CHECK(ics_escape_text(std::string("bell\x07") + "x\x7f" + "y") == "bellxy");   // controls dropped
    CHECK(ics_escape_text("Hội nghị: 08h00") == "Hội nghị: 08h00");              // ':' needs no escape
}

TEST_CASE("ICS folding keeps lines within 75 octets and never splits UTF-8", "[ics]") {
    SECTION("short line untouched") { CHECK(ics_fold_line("SUMMARY:x") == "SUMMARY:x\r\n"); }
    SECTION("exactly 75 octets is not folded") {
        std::string l(75, 'a');
        CHECK(ics_fold_line(l) == l + "\r\n");
    }
    SECTION("ASCII") {
        std::string l = "DESCRIPTION:" + std::string(300, 'x');
        std::string f = ics_fold_line(l);
        auto phys = physical_lines(f);
        for (const auto& p : phys) CHECK(p.size() <= 75);
        CHECK(phys[0].size() == 75);
        CHECK(content_lines(f)[0] == l);
    }
    SECTION("Vietnamese: cut moves to a sequence boundary") {
        // "ệ" is 3 octets; 40 of them after "SUMMARY:" force cuts that would fall mid-letter.
        std::string l = "SUMMARY:";
        for (int i = 0; i < 80; ++i) l += i % 3 ? "ệ" : "ư";
        std::string f = ics_fold_line(l);
        auto phys = physical_lines(f);
        REQUIRE(phys.size() > 2);
        for (std::size_t i = 0; i < phys.size(); ++i) {
            CHECK(phys[i].size() <= 75);
            std::string payload = i == 0 ? phys[i] : phys[i].substr(1);
            CHECK(valid_utf8_bytes(payload));
        }
        CHECK(content_lines(f)[0] == l);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] events
//-----------------------------------------------------------------------------

TEST_CASE("ICS of the Kế hoạch seed: calendar scaffold and time zone", "[ics]") {
    IcsOptions o;
    o.now_utc = kNow;
    std::string ics = export_ics(td::seed_002(), o);
    auto lines = content_lines(ics);
    REQUIRE(lines.size() > 10);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(ics.compare(ics.size() - 2, 2, "\r\n") == 0);
    CHECK(has(lines, "VERSION:2.0"));
    CHECK(has(lines, "CALSCALE:GREGORIAN"));
    CHECK(prop(lines, "PRODID").size() > 7);
    CHECK(has(lines, "BEGIN:VTIMEZONE"));
    CHECK(has(lines, "TZID:Asia/Ho_Chi_Minh"));
    CHECK(has(lines, "TZOFFSETTO:+0700"));
    // Every line ends with CRLF: no bare LF anywhere.
    for (std::size_t i = 0; i < ics.size(); ++i)
        if (ics[i] == '\n') REQUIRE((i > 0 && ics[i - 1] == '\r'));
    for (const auto& p : physical_lines(ics)) CHECK(p.size() <= 75);
    CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT") ==
          std::count(lines.begin(), lines.end(), "END:VEVENT"));
}

TEST_CASE("ICS conference day, slots, tests and task deadlines", "[ics]") {
    IcsOptions o;
    o.now_utc = kNow;
    Plan p = td::seed_002();
    std::string ics = export_ics(p, o);

    auto day = event_with_uid(ics, "event-day1@");
    REQUIRE(!day.empty());
    CHECK(has(day, "DTSTART;TZID=Asia/Ho_Chi_Minh:20210831T080000"));
    CHECK(has(day, "DTEND;TZID=Asia/Ho_Chi_Minh:20210831T113000"));
    CHECK(has(day, "DTSTAMP:20210826T174640Z"));
    CHECK(prop(day, "SUMMARY").find("Hội nghị trực tuyến tổng kết năm học 2020-2021") != std::string::npos);
    CHECK(prop(day, "LOCATION").find("Hội trường A") != std::string::npos);

    auto a2 = event_with_uid(ics, "slot-a2@");
    REQUIRE(!a2.empty());
    CHECK(has(a2, "DTSTART;TZID=Asia/Ho_Chi_Minh:20210831T080000"));
    CHECK(has(a2, "DTEND;TZID=Asia/Ho_Chi_Minh:20210831T093000"));
    // Summary = the three items' contents; description names the performers.
    std::string sum = prop(a2, "SUMMARY");
    CHECK(sum.find("Tuyên bố lý do\\, giới thiệu đại biểu\\; Phát biểu khai mạc Hội nghị") != std::string::npos);
    CHECK(prop(a2, "DESCRIPTION").find("(Giám đốc Sở GDĐT Lê Duy Định)") != std::string::npos);

    // "11h30 Bế mạc": a point in time, DTEND = DTSTART.
    auto a6 = event_with_uid(ics, "slot-a6@");
    CHECK(has(a6, "DTEND;TZID=Asia/Ho_Chi_Minh:20210831T113000"));

    auto test = event_with_uid(ics, "test-s1@");
    REQUIRE(!test.empty());
    CHECK(has(test, "DTSTART;TZID=Asia/Ho_Chi_Minh:20210830T140000"));
    CHECK(has(test, "DTEND;TZID=Asia/Ho_Chi_Minh:20210830T141500"));
    CHECK(prop(test, "SUMMARY") == "SUMMARY:Kiểm tra kết nối: Hội trường A\\, Sở Giáo dục và Đào tạo");

    // t2: "Trước ngày 28/8/2021", all-day on its last day, 27/8 (core/deadline.h),
    // with a reminder; the description keeps the document's words; t1 is done:
    // marked, no alarm.
    auto t2 = event_with_uid(ics, "task-t2@");
    REQUIRE(!t2.empty());
    CHECK(has(t2, "DTSTART;VALUE=DATE:20210827"));
    CHECK(has(t2, "DTEND;VALUE=DATE:20210828"));
    CHECK(has(t2, "BEGIN:VALARM"));
    CHECK(has(t2, "TRIGGER:-PT16H"));
    CHECK(prop(t2, "DESCRIPTION").find("Trước ngày 28/8/2021") != std::string::npos);
    auto t1 = event_with_uid(ics, "task-t1@");
    CHECK(prop(t1, "SUMMARY").rfind("SUMMARY:[Đã xong]", 0) == 0);
    CHECK_FALSE(has(t1, "BEGIN:VALARM"));
    // t7 is relative (T-1): resolved against the event day.
    auto t7 = event_with_uid(ics, "task-t7@");
    CHECK(has(t7, "DTSTART;VALUE=DATE:20210830"));
}

TEST_CASE("ICS of the công văn seed: tech sessions; blank items left out", "[ics]") {
    IcsOptions o;
    o.now_utc = kNow;
    Plan p = td::seed_000();
    std::string ics = export_ics(p, o);
    auto k1 = event_with_uid(ics, "tech-k1@");
    REQUIRE(!k1.empty());
    CHECK(has(k1, "DTSTART;TZID=Asia/Ho_Chi_Minh:20211027T080000"));
    CHECK(has(k1, "DTEND;TZID=Asia/Ho_Chi_Minh:20211027T110000"));
    auto k2 = event_with_uid(ics, "tech-k2@");
    CHECK(prop(k2, "DTEND").empty());   // open-ended "14h00": no DTEND, zero duration
    // Sites s3/s4 have no test slot; no agenda → no slot events.
    CHECK(event_with_uid(ics, "test-s3@").empty());
    CHECK(event_with_uid(ics, "slot-").empty());
    CHECK(!event_with_uid(ics, "test-s2@").empty());
}

TEST_CASE("ICS: an open end takes the programme's last slot; a day without times is all-day", "[ics]") {
    IcsOptions o;
    o.now_utc = kNow;
    Plan p = td::seed_002();
    p.event.days[0].end = kNoTime;
    auto day = event_with_uid(export_ics(p, o), "event-day1@");
    CHECK(has(day, "DTEND;TZID=Asia/Ho_Chi_Minh:20210831T113000"));
    p.event.days[0].start = kNoTime;
    p.agenda.clear();
    day = event_with_uid(export_ics(p, o), "event-day1@");
    CHECK(has(day, "DTSTART;VALUE=DATE:20210831"));
    CHECK(has(day, "DTEND;VALUE=DATE:20210901"));
}

//-----------------------------------------------------------------------------
// [SECTION] UIDs
//-----------------------------------------------------------------------------

TEST_CASE("ICS UIDs are stable across edits and exports", "[ics]") {
    Plan p = td::seed_002();
    std::string key = plan_key(p);
    CHECK(key.rfind("kh-sgddt-", 0) == 0);
    CHECK(key.size() == std::string("kh-sgddt-").size() + 8);

    Plan edited = p;
    edited.header.number = "1999";                 // the văn thư fills in the number
    edited.event.days[0].date = {2021, 9, 1};      // the conference moves
    edited.agenda[1].start += 15;
    edited.tasks[2].content += " (sửa)";
    CHECK(plan_key(edited) == key);

    IcsOptions a, b;
    a.now_utc = kNow;
    b.now_utc = kNow + 3600;
    auto e1 = event_with_uid(export_ics(p, a), "slot-a2@");
    auto e2 = event_with_uid(export_ics(edited, b), "slot-a2@");
    CHECK(prop(e1, "UID") == prop(e2, "UID"));
    // A later export carries a higher SEQUENCE, so calendars take it as the update.
    CHECK(std::stoll(prop(e2, "SEQUENCE").substr(9)) > std::stoll(prop(e1, "SEQUENCE").substr(9)));

    SECTION("a uid stored in the plan wins, reduced to safe characters") {
        Plan q = p;
        q.extra = nlohmann::json::object();
        q.extra["uid"] = "Plan-7F3A;\r\nX:y";
        CHECK(plan_key(q) == "plan-7f3axy");
    }
    SECTION("different documents get different keys") {
        Plan q = p;
        q.event.name = "Hội nghị khác";
        CHECK(plan_key(q) != key);
    }
    SECTION("hostile ids stay inside the UID") {
        Plan q = p;
        q.agenda[0].id = "a;b,c\r\nDTSTART:1";
        auto lines = content_lines(export_ics(q, a));
        CHECK(has(lines, "UID:slot-a%3Bb%2Cc%0D%0ADTSTART%3A1@" + key + ".diemcau"));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] hostile
//-----------------------------------------------------------------------------

TEST_CASE("ICS of hostile text: every content line stays one property", "[ics]") {
    Plan p = td::hostile();
    std::string big(10000, 'x');
    p.tasks[1].content = "=1+1, a;b \\ c\r\nDTSTART:19990101T000000\nEND:VEVENT " + big + " Tiếng Việt";
    p.agenda[2].items[0].content = "line\rbreak\tand\x01" "control";
    IcsOptions o;
    o.now_utc = kNow;
    std::string ics = export_ics(p, o);
    for (const auto& l : physical_lines(ics)) CHECK(l.size() <= 75);
    // After unfolding, every line is NAME[;params]:value — nothing injected a line.
    for (const auto& l : content_lines(ics)) {
        if (l.empty()) continue;
        std::size_t colon = l.find(':');
        REQUIRE(colon != std::string::npos);
        std::string name = l.substr(0, std::min(colon, l.find(';')));
        CHECK(std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; }));
    }
    auto t2 = event_with_uid(ics, "task-t2@");
    std::string sum = prop(t2, "SUMMARY");
    CHECK(sum.find("=1+1\\, a\\;b \\\\ c\\nDTSTART:19990101T000000\\nEND:VEVENT") != std::string::npos);
    CHECK(sum.find(big) != std::string::npos);
    CHECK(sum.find("Tiếng Việt") != std::string::npos);
    auto a3 = event_with_uid(ics, "slot-a3@");
    CHECK(prop(a3, "SUMMARY") == "SUMMARY:line\\nbreak\tandcontrol");
}

TEST_CASE("ICS: a tech session with a day but no hour is an all-day event without alarm", "[ics]") {
    Plan p = td::seed_000();
    p.event.tech_sessions[0].start = kNoTime;
    p.event.tech_sessions[0].end = kNoTime;
    IcsOptions o;
    o.now_utc = kNow;
    auto k1 = event_with_uid(export_ics(p, o), "tech-k1@");
    CHECK(has(k1, "DTSTART;VALUE=DATE:20211027"));
    CHECK(has(k1, "DTEND;VALUE=DATE:20211028"));
    CHECK_FALSE(has(k1, "BEGIN:VALARM"));
}
