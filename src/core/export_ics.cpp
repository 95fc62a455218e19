// export_ics.cpp — iCalendar export (contract and choices in export_ics.h).
//
// [SECTION] Text       — escaping, folding, UID parts
// [SECTION] Times      — DATE / DATE-TIME values, DTSTAMP, SEQUENCE
// [SECTION] Writer     — one calendar object, property by property
// [SECTION] Components — conference days, slots, tech sessions, tests, tasks
#include "core/export_ics.h"

#include <chrono>
#include <cstdio>
#include <optional>

#include "core/datetime.h"
#include "core/exporters.h"
#include "core/export_html.h"
#include "core/text.h"

namespace dc {

using namespace exportwords;

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

std::string ics_escape_text(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\r':
                if (i + 1 < s.size() && s[i + 1] == '\n') ++i;   // CRLF is one line break
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            case '\t': out += '\t'; break;
            default:
                // RFC 5545 TEXT excludes CONTROL characters other than HTAB; a
                // stray one (pasted from Word) would make strict parsers reject the file.
                if (c < 0x20 || c == 0x7f) break;
                out += static_cast<char>(c);
        }
    }
    return out;
}

std::string ics_fold_line(std::string_view line) {
    // §3.1: lines SHOULD NOT exceed 75 octets excluding the CRLF; a fold is
    // CRLF followed by one space, which counts toward the next line's 75.
    // Cutting inside a UTF-8 sequence would give both lines invalid UTF-8,
    // so the cut moves back to the start of the sequence.
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    std::size_t pos = 0;
    std::size_t room = 75;
    while (line.size() - pos > room) {
        std::size_t cut = pos + room;
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        room = 74;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

namespace {

// Ids come from files and could hold anything; in a UID they must stay plain.
std::string uid_part(std::string_view id) {
    std::string out;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                  c == '_' || c == '.';
        if (ok) {
            out += c;
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
            out += buf;
        }
    }
    return out.empty() ? std::string("_") : out;
}

std::uint32_t fnv1a(std::string_view s) {
    std::uint32_t h = 2166136261u;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

}  // namespace

std::string plan_key(const Plan& plan) {
    if (plan.extra.is_object()) {
        auto it = plan.extra.find("uid");
        if (it != plan.extra.end() && it->is_string()) {
            std::string k;
            for (char c : it->get<std::string>()) {
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
                if (ok && k.size() < 64) k += c;
            }
            if (!k.empty()) return k;
        }
    }
    std::string slug = slug_ascii(plan.header.code, 24);
    if (slug.empty()) slug = "plan";
    std::uint32_t h = fnv1a(plan.header.issuing_body + '\x1f' + plan.header.code + '\x1f' + plan.event.name);
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(h));
    return slug + "-" + hex;
}

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Times
//-----------------------------------------------------------------------------

std::string two(int v) {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", v);
    return b;
}

std::string ics_date(const Date& d) {
    char b[16];
    std::snprintf(b, sizeof b, "%04d%02d%02d", d.y, d.m, d.d);
    return b;
}

// A local date-time; minutes past 23:59 (an end written "24h00") roll to the next day.
std::string ics_local(const Date& d, int minutes) {
    Date day = d;
    if (minutes >= 24 * 60) {
        day = add_days(d, minutes / (24 * 60));
        minutes %= 24 * 60;
    }
    return ics_date(day) + "T" + two(minutes / 60) + two(minutes % 60) + "00";
}

std::int64_t now_seconds(const IcsOptions& o) {
    if (o.now_utc >= 0) return o.now_utc;
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string ics_utc(std::int64_t t) {
    std::int64_t days = t / 86400, rem = t % 86400;
    if (rem < 0) { rem += 86400; --days; }
    Date d = from_days(days);
    int r = static_cast<int>(rem);
    return ics_date(d) + "T" + two(r / 3600) + two(r / 60 % 60) + two(r % 60) + "Z";
}

//-----------------------------------------------------------------------------
// [SECTION] Writer
//-----------------------------------------------------------------------------

constexpr const char* kTzid = "Asia/Ho_Chi_Minh";

struct Writer {
    std::string out;
    std::string stamp;      // DTSTAMP value
    std::string sequence;   // SEQUENCE value
    std::string key;        // plan key for UIDs
    int reminder = 30;

    // A property whose value is already in iCalendar syntax.
    void raw(std::string_view name_and_params, std::string_view value) {
        std::string line(name_and_params);
        line += ':';
        line.append(value);
        out += ics_fold_line(line);
    }
    void text(std::string_view name, std::string_view value) {
        if (!value.empty()) raw(name, ics_escape_text(value));
    }
    void begin_event(const std::string& uid) {
        raw("BEGIN", "VEVENT");
        raw("UID", uid + "@" + key + ".diemcau");
        raw("DTSTAMP", stamp);
        raw("SEQUENCE", sequence);
    }
    // Timed: start and (when known and later) end, local Vietnam time.
    void times(const Date& d, int start, int end) {
        raw(std::string("DTSTART;TZID=") + kTzid, ics_local(d, start));
        if (end != kNoTime && end >= start) raw(std::string("DTEND;TZID=") + kTzid, ics_local(d, end));
    }
    void alarm(std::string_view trigger, std::string_view description) {
        raw("BEGIN", "VALARM");
        raw("ACTION", "DISPLAY");
        raw("TRIGGER", trigger);
        text("DESCRIPTION", description.empty() ? std::string_view("Nhắc việc") : description);
        raw("END", "VALARM");
    }
    void timed_alarm(std::string_view description) {
        if (reminder > 0) alarm("-PT" + std::to_string(reminder) + "M", description);
    }
    void end_event() { raw("END", "VEVENT"); }
};

// "line1\nline2" from the non-empty parts.
std::string lines(std::initializer_list<std::string> parts) {
    std::string s;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!s.empty()) s += '\n';
        s += p;
    }
    return s;
}

std::string labelled(std::string_view label, std::string_view value) {
    return value.empty() ? std::string() : std::string(label) + ": " + std::string(value);
}

//-----------------------------------------------------------------------------
// [SECTION] Components
//-----------------------------------------------------------------------------

std::string document_line(const Plan& p) {
    const Header& h = p.header;
    if (h.number.empty() && h.code.empty()) return {};
    std::string s = kind_name(h.kind);
    std::string num = format_number_line(h);   // "Số: 1905/KH-SGDĐT"
    if (num.rfind("Số: ", 0) == 0) num = num.substr(std::string("Số: ").size());
    while (!num.empty() && num.front() == ' ') num.erase(0, 1);
    s += " số " + num;
    if (valid_date(h.date)) s += " ngày " + format_date(h.date);
    return s;
}

std::string location_of(const Plan& p) {
    if (const Site* c = central_site(p)) {
        std::string s = site_label(*c);
        if (!c->address.empty()) s += ", " + c->address;
        return s;
    }
    return p.event.platform;
}

void conference_days(Writer& w, const Plan& p) {
    const Event& e = p.event;
    std::string title = event_title(p);
    for (std::size_t i = 0; i < e.days.size(); ++i) {
        const EventDay& day = e.days[i];
        if (!valid_date(day.date)) continue;
        // Start and end as written; when open, the programme of that day fills them in.
        int start = day.start, end = day.end;
        for (const Slot& s : p.agenda) {
            if (s.day != static_cast<int>(i) || s.start == kNoTime) continue;
            if (day.start == kNoTime && (start == kNoTime || s.start < start)) start = s.start;
            int se = s.end != kNoTime ? s.end : s.start;
            if (day.end == kNoTime && (end == kNoTime || se > end)) end = se;
        }
        w.begin_event("event-day" + std::to_string(i + 1));
        if (start == kNoTime) {
            w.raw("DTSTART;VALUE=DATE", ics_date(day.date));
            w.raw("DTEND;VALUE=DATE", ics_date(add_days(day.date, 1)));
        } else {
            w.times(day.date, start, end);
        }
        std::string summary = title;
        if (e.days.size() > 1) summary += " (ngày " + std::to_string(i + 1) + "/" + std::to_string(e.days.size()) + ")";
        w.text("SUMMARY", summary);
        w.text("LOCATION", location_of(p));
        std::string n_sites = p.sites.empty() ? std::string() : std::to_string(p.sites.size()) + " điểm cầu";
        w.text("DESCRIPTION", lines({labelled("Hình thức", e.format), labelled("Nền tảng", e.platform), n_sites,
                                     document_line(p), labelled("Tổ chức", p.header.issuing_body)}));
        w.text("CATEGORIES", "Hội nghị");
        if (start != kNoTime) w.timed_alarm(summary);
        w.end_event();
    }
}

void agenda_slots(Writer& w, const Plan& p) {
    for (const Slot& s : p.agenda) {
        if (s.day < 0 || s.day >= static_cast<int>(p.event.days.size())) continue;
        const Date& d = p.event.days[s.day].date;
        if (!valid_date(d) || s.start == kNoTime) continue;
        std::string summary, desc;
        for (const AgendaItem& it : s.items) {
            if (!summary.empty()) summary += "; ";
            summary += it.content;
            if (!desc.empty()) desc += '\n';
            desc += "- " + it.content;
            if (!it.performer.empty()) desc += " (" + it.performer + ")";
        }
        if (summary.empty()) summary = slot_kind_vi(s.kind);
        if (!s.turns.empty()) {
            desc += "\nLượt phát biểu:";
            for (const Turn& t : s.turns) {
                const Site* site = find_site(p, t.site_id);
                desc += "\n- " + (site ? site_label(*site) : t.site_id);
                if (t.minutes > 0) desc += " (" + std::to_string(t.minutes) + " phút)";
            }
        }
        w.begin_event("slot-" + uid_part(s.id));
        w.times(d, s.start, s.end);
        w.text("SUMMARY", summary);
        w.text("DESCRIPTION", lines({desc, event_title(p)}));
        w.text("LOCATION", location_of(p));
        w.text("CATEGORIES", "Chương trình");
        w.end_event();
    }
}

void tech_sessions(Writer& w, const Plan& p) {
    for (const TechSession& t : p.event.tech_sessions) {
        if (!valid_date(t.date)) continue;
        std::string summary = t.label.empty() ? tech_kind_vi(t.kind) : t.label;
        w.begin_event("tech-" + uid_part(t.id));
        if (t.start == kNoTime) {
            // A day given without an hour ("Kiểm tra kết nối … ngày 30/8/2021") is still worth a calendar day.
            w.raw("DTSTART;VALUE=DATE", ics_date(t.date));
            w.raw("DTEND;VALUE=DATE", ics_date(add_days(t.date, 1)));
        } else {
            w.times(t.date, t.start, t.end);
        }
        w.text("SUMMARY", summary);
        w.text("DESCRIPTION", lines({event_title(p), labelled("Nền tảng", p.event.platform)}));
        w.text("CATEGORIES", "Kỹ thuật");
        if (t.start != kNoTime) w.timed_alarm(summary);
        w.end_event();
    }
}

void connection_tests(Writer& w, const Plan& p) {
    for (const Site& s : p.sites) {
        if (!valid_date(s.test_date) || s.test_start == kNoTime) continue;
        std::string summary = "Kiểm tra kết nối: " + site_label(s);
        w.begin_event("test-" + uid_part(s.id));
        w.times(s.test_date, s.test_start, s.test_end);
        w.text("SUMMARY", summary);
        std::string contact = s.contact_name;
        if (!s.contact_phone.empty()) contact += (contact.empty() ? "" : ", ") + s.contact_phone;
        w.text("DESCRIPTION", lines({labelled("Kỹ thuật viên", s.technician), labelled("Liên hệ", contact),
                                     labelled("Tài khoản", s.account), labelled("Địa chỉ", s.address),
                                     "Kết quả: " + test_status_vi(s.test_status), labelled("Ghi chú", s.notes),
                                     event_title(p)}));
        w.text("LOCATION", s.address.empty() ? site_label(s) : site_label(s) + ", " + s.address);
        w.text("CATEGORIES", "Kiểm tra kết nối");
        if (s.test_status == TestStatus::NotTested) w.timed_alarm(summary);
        w.end_event();
    }
}

void task_deadlines(Writer& w, const Plan& p) {
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        // On the last day the work may be done (core/deadline.h): "Trước ngày
        // 10/8" is on 9/8, as the task statuses count it; the description keeps
        // the document's words.
        std::optional<Date> due = deadline_last_day(t.deadline, p);
        if (!due) continue;
        std::string summary = (t.done ? "[Đã xong] Hạn: " : "Hạn: ") + t.content;
        std::string coop;
        for (const auto& c : t.cooperating) coop += (coop.empty() ? "" : "; ") + c;
        w.begin_event("task-" + uid_part(t.id));
        w.raw("DTSTART;VALUE=DATE", ics_date(*due));
        w.raw("DTEND;VALUE=DATE", ics_date(add_days(*due, 1)));
        w.raw("TRANSP", "TRANSPARENT");   // a deadline does not make anyone busy
        w.text("SUMMARY", summary);
        w.text("DESCRIPTION",
               lines({"STT " + std::to_string(i + 1) + ": " + t.content,
                      labelled("Thời gian hoàn thành", deadline_text(p, t.deadline)), labelled("Chủ trì", t.lead),
                      labelled("Phối hợp", coop),
                      t.done ? "Đã xong" + (valid_date(t.done_on) ? " ngày " + format_date(t.done_on) : "") : "",
                      labelled("Ghi chú", t.note), event_title(p)}));
        w.text("CATEGORIES", "Công việc");
        // All-day events start at local midnight: -PT16H is 08:00 the day before.
        if (!t.done) w.alarm("-PT16H", summary);
        w.end_event();
    }
}

}  // namespace

std::string export_ics(const Plan& plan, const IcsOptions& options) {
    Writer w;
    std::int64_t now = now_seconds(options);
    w.stamp = ics_utc(now);
    // Minutes since 2020-01-01T00:00Z: grows with every export, so a calendar
    // that keeps the highest SEQUENCE takes the newer file's version.
    std::int64_t seq = (now - 1577836800) / 60;
    w.sequence = std::to_string(seq < 0 ? 0 : seq);
    w.key = plan_key(plan);
    w.reminder = options.event_reminder_minutes;

    w.raw("BEGIN", "VCALENDAR");
    w.raw("VERSION", "2.0");
    w.raw("PRODID", "-//Diem Cau//Diem Cau planner//VI");
    w.raw("CALSCALE", "GREGORIAN");
    w.raw("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", event_title(plan));
    w.raw("X-WR-TIMEZONE", kTzid);
    // Vietnam has kept UTC+7 without daylight saving since 1975; one STANDARD
    // rule from 1970 covers every date a plan can hold.
    w.raw("BEGIN", "VTIMEZONE");
    w.raw("TZID", kTzid);
    w.raw("X-LIC-LOCATION", kTzid);
    w.raw("BEGIN", "STANDARD");
    w.raw("TZOFFSETFROM", "+0700");
    w.raw("TZOFFSETTO", "+0700");
    w.raw("TZNAME", "ICT");
    w.raw("DTSTART", "19700101T000000");
    w.raw("END", "STANDARD");
    w.raw("END", "VTIMEZONE");

    conference_days(w, plan);
    agenda_slots(w, plan);
    tech_sessions(w, plan);
    connection_tests(w, plan);
    task_deadlines(w, plan);

    w.raw("END", "VCALENDAR");
    return std::move(w.out);
}

}  // namespace dc
