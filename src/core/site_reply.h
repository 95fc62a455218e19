// site_reply.h — collecting from the sites without a server.
//
// The central office sends each site a *request*: a link to the planner whose
// #fragment carries the site's part of the plan (its sheet) and a key.  The
// site fills a short form and sends back a *reply* as text in Zalo or e-mail:
// a readable summary plus one data token.  The central office pastes whatever
// chat text it has; find_replies() picks the tokens out of it, preview_replies()
// says per site what would change and what is refused, and merged_sites()
// gives the site list to hand to Editor::replace_sites (one undo step).
//
// Tokens (docs/site-replies.md has the full format and a JSON schema):
//     DCQ1.<base64url of compact JSON>.<crc32 of that JSON, 8 hex>   request
//     DCR1.<base64url of compact JSON>.<crc32, 8 hex>                 reply
// Base64url of compact JSON (no deflate): core has no inflate, and a typical
// site's request is well under the 2,000 characters a chat message allows
// (tests/core/test_site_reply.cpp measures it).
//
// [SECTION] Values
// [SECTION] Requests
// [SECTION] Replies
// [SECTION] Finding replies in chat text
// [SECTION] Preview and merge
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Values
//-----------------------------------------------------------------------------

// Why a token was not read.  The UI words each code (ui/replies/strings.inc).
enum class TokenError {
    None,
    Damaged,        // not base64url, checksum wrong, cut short: changed on the way or by hand
    NotJson,        // checksum right but not the JSON object the format says
    NewerVersion,   // made by a newer planner (format version above 1)
    BadValue,       // a member of the wrong type, a time out of range, invalid UTF-8
    TooLarge,       // more than kMaxTokenChars, or a text / list over its limit
};

// Limits a reply must keep (each text is cut nowhere: over the limit is refused).
constexpr std::size_t kMaxTokenChars = 64 * 1024;
constexpr std::size_t kMaxReplyText = 200;       // characters in a name, phone, title
constexpr std::size_t kMaxReplyNote = 1000;      // characters in the note
constexpr std::size_t kMaxAttendees = 200;

// What a site can answer: the answerable fields of Site, nothing else.
struct SiteAnswer {
    std::vector<Attendee> attendees;
    int headcount = 0;
    std::string contact_name, contact_phone;
    std::string technician, technician_phone;
    bool equipment_ready = false;
    TestStatus test_status = TestStatus::NotTested;
    std::string speaker, talk_title;
    std::string note;
};
SiteAnswer answer_of(const Site& s);
void apply_answer(Site& s, const SiteAnswer& a);
bool same_answer(const SiteAnswer& a, const SiteAnswer& b);

//-----------------------------------------------------------------------------
// [SECTION] Requests
//-----------------------------------------------------------------------------

struct RequestSlot {        // one line of the programme as the site sees it
    int day = 0, start = kNoTime, end = kNoTime;
    std::string text;       // the slot's first item, cut to 80 characters
    int turn_minutes = 0;   // > 0: the site speaks here, for this long
};

struct SiteRequest {
    std::string plan_uid, site_id, site_key;
    std::int64_t issued_at = 0;       // seconds since 1970 UTC
    std::string from;                 // the issuing body ("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    std::string event_name;
    std::string platform;             // "K12 Online", "Zoom"; empty when the plan names none
    std::vector<Date> days;
    int event_start = kNoTime;        // first day's start
    std::string site_name;
    Date test_date;
    int test_start = kNoTime, test_end = kNoTime;
    int headcount_limit = 0;          // 0 = none
    Date reply_by;                    // deadline; empty = none
    bool has_turn = false;            // the site has a speaking turn: ask for speaker and title
    std::vector<RequestSlot> programme;
    SiteAnswer current;               // what the plan already holds, so the form starts filled in
};

// The request for plan.sites[site] (its reply_key and plan.uid must be set:
// the UI sets them through the Editor first).  The programme is cut (performers,
// then the slots furthest from the site's turns) until the token fits
// max_chars; the site's own turns are always kept.
SiteRequest make_request(const Plan& plan, std::size_t site, std::int64_t now, Date reply_by);
std::string encode_request(const SiteRequest& r, std::size_t max_chars = 1700);
struct DecodedRequest {
    std::optional<SiteRequest> request;
    TokenError error = TokenError::None;
};
// The token alone, or a whole link / fragment holding "dcq=DCQ1.…".
DecodedRequest decode_request(std::string_view text);

// A random-looking key from a seed the caller gives (the UI: the clock and a
// counter); 12 base64url characters.  Not a secret against a determined
// attacker: it stops a site's reply from landing on another site by mistake
// and a reply made up without the request.
std::string make_key(std::uint64_t seed);

//-----------------------------------------------------------------------------
// [SECTION] Replies
//-----------------------------------------------------------------------------

struct SiteReply {
    std::string plan_uid, site_id, site_key;
    std::int64_t issued_at = 0;       // the request's
    std::int64_t answered_at = 0;     // the site's clock when it pressed "Gửi lại"
    std::string site_name;            // for the people reading the chat; not merged
    SiteAnswer answer;
};

std::string encode_reply(const SiteReply& r);
struct DecodedReply {
    std::optional<SiteReply> reply;
    TokenError error = TokenError::None;
};
DecodedReply decode_reply(std::string_view token);

//-----------------------------------------------------------------------------
// [SECTION] Finding replies in chat text
//-----------------------------------------------------------------------------
// A reply token may come back with line breaks a chat app inserted, "> "
// quote marks, non-breaking or zero-width spaces and emoji inside it; those are
// skipped.  Anything else ends it (then its checksum fails: Damaged).

struct FoundReply {
    std::size_t offset = 0;           // byte offset of "DCR1." in the text
    std::optional<SiteReply> reply;
    TokenError error = TokenError::None;
};
std::vector<FoundReply> find_replies(std::string_view chat_text, std::size_t max_found = 5000);

//-----------------------------------------------------------------------------
// [SECTION] Preview and merge
//-----------------------------------------------------------------------------

enum class ReplyVerdict {
    Take,           // changes the site (or confirms it: changes may be empty)
    Damaged,        // see FoundReply::error
    OtherPlan,      // plan_uid is not this plan's
    UnknownSite,    // no site with that id
    WrongKey,       // the site exists but the key is not the one its request carried
    Older,          // answered before (or at) the reply already taken
    Superseded,     // a newer reply of the same site is in the same batch
    Duplicate,      // the same reply appears again in the batch (a quote, a forward)
};

// A changed answerable field, as facts: code + old + new text.
struct AnswerChange {
    std::string field;    // "attendees", "headcount", "contact_phone", … (Site's member names)
    std::string before, after;
};

struct ReplyPreview {
    std::size_t found_index = 0;      // into the FoundReply list
    ReplyVerdict verdict = ReplyVerdict::Damaged;
    TokenError error = TokenError::None;   // for Damaged
    std::size_t site = 0;             // plan.sites index when the site was found
    std::string site_id, site_name;   // as the reply says (may name no site)
    std::int64_t answered_at = 0;
    std::vector<AnswerChange> changes;
};

std::vector<ReplyPreview> preview_replies(const Plan& plan, const std::vector<FoundReply>& found);
// The sites with every Take applied (answerable fields and replied_at only).
std::vector<Site> merged_sites(const Plan& plan, const std::vector<FoundReply>& found,
                               const std::vector<ReplyPreview>& preview);

// The summary lines a reply message opens with (Vietnamese: people in the
// chat group read it), then the token on its own line.
std::string reply_message(const SiteReply& r);

}  // namespace dc
