// export_ics.h — the plan as an iCalendar file (RFC 5545) for Google Calendar,
// Outlook, Apple Calendar and phones.
//
// What goes in
//   - the conference, one VEVENT per event day;
//   - each agenda slot with a start time (SUMMARY = the items' contents,
//     DESCRIPTION = contents with performers and speaking turns);
//   - each technical session (kết nối, kiểm tra, tổng duyệt); all-day when
//     the document gives its day but no hour;
//   - each site's connection-test slot;
//   - each task with a deadline, as an all-day VEVENT with a VALARM at 08:00
//     the day before.  All-day events rather than VTODOs because Google
//     Calendar and Outlook drop VTODOs on import, and these are the calendars
//     Vietnamese offices use.  A task already done gets "[Đã xong]" and no alarm.
//   Anything without a complete date is left out, and so are agenda slots and
//   site tests without a start time: a calendar cannot place them.
//
// Times: local times with TZID=Asia/Ho_Chi_Minh and a VTIMEZONE (UTC+7, no
//   DST) rather than UTC "…Z" times, so the file says what the document says
//   (08h00) and calendars show the event in Vietnam time even on a laptop set
//   to another zone.  Both ways are RFC-valid; RFC 5545 §3.6.5 requires the
//   VTIMEZONE for every TZID used, which is why one is always written.
//
// UIDs: "<item>@<plan-key>", e.g. "slot-a2@kh-sgddt-3f09a1c2.diemcau".  Item ids
//   never change (plan.h), so exporting again and importing updates the
//   entries instead of duplicating them.  The plan key is plan_key() below.
//   SEQUENCE grows with export time (minutes since 2020-01-01 UTC), so a
//   calendar that compares revisions takes the newer export.
//
// Text: TEXT values escaped (\\ \; \, \n), control characters dropped, lines
//   folded at 75 octets without splitting a UTF-8 sequence, CRLF line endings.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/plan.h"

namespace dc {

struct IcsOptions {
    // Creation time written as DTSTAMP, in seconds since 1970-01-01 UTC.
    // Negative = the current time.  Tests pass a fixed value so output is reproducible.
    std::int64_t now_utc = -1;
    // Minutes before a timed event to remind (0 = no reminder on events).
    int event_reminder_minutes = 30;
};

std::string export_ics(const Plan& plan, const IcsOptions& options = {});

// Key that identifies the plan inside UIDs, stable across edits:
//   - plan.extra["uid"] when it is a string (the app may store a random id
//     there when a plan is created: then nothing the user edits changes it),
//     reduced to [a-z0-9._-];
//   - otherwise derived from what identifies the document and rarely changes:
//     the code ("KH-SGDĐT"), the issuing body and the event's name, as
//     "<slug of code>-<8 hex digits of their FNV-1a hash>".  The number is left
//     out on purpose: the văn thư fills it in at signing, which would otherwise
//     duplicate every entry imported from the draft; the event date is left
//     out so a rescheduled conference moves instead of duplicating.
std::string plan_key(const Plan& plan);

// Building blocks, public for the unit tests.
std::string ics_escape_text(std::string_view s);      // RFC 5545 §3.3.11
std::string ics_fold_line(std::string_view line);     // §3.1: CRLF + space every ≤75 octets; adds the final CRLF

}  // namespace dc
