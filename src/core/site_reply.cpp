// site_reply.cpp — see site_reply.h.
//
// [SECTION] Base64url and tokens
// [SECTION] Answers
// [SECTION] Reading checked values
// [SECTION] Requests
// [SECTION] Replies
// [SECTION] Finding replies in chat text
// [SECTION] Preview and merge
// [SECTION] Reply message
#include "core/site_reply.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "core/datetime.h"
#include "core/plan_file.h"
#include "core/text.h"
#include "core/zip.h"

namespace dc {

namespace {
using json = nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Base64url and tokens
//-----------------------------------------------------------------------------
// Hand-written: 30 lines, and no Debian library reachable from both the native
// and the wasm build offers base64url without padding.
const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int b64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

std::string b64_encode(std::string_view in) {
    std::string out;
    out.reserve(in.size() * 4 / 3 + 3);
    std::uint32_t acc = 0;
    int bits = 0;
    for (unsigned char c : in) {
        acc = (acc << 8) | c;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kB64[(acc >> bits) & 63];
        }
    }
    if (bits > 0) out += kB64[(acc << (6 - bits)) & 63];
    return out;
}

std::optional<std::string> b64_decode(std::string_view in) {
    if (in.size() % 4 == 1) return std::nullopt;   // no whole byte in a lone sixth
    std::string out;
    out.reserve(in.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (char c : in) {
        const int v = b64_value(c);
        if (v < 0) return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    return out;
}

std::string hex8(std::uint32_t v) {
    char buf[9];
    std::snprintf(buf, sizeof buf, "%08x", v);
    return buf;
}

std::string make_token(const char* prefix, const json& j) {
    const std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
    return std::string(prefix) + b64_encode(text) + "." + hex8(crc32(text));
}

// "<payload>.<crc>" after the prefix → the JSON object, or why not.
TokenError open_token(std::string_view body, json& out) {
    if (body.size() > kMaxTokenChars) return TokenError::TooLarge;
    const std::size_t dot = body.rfind('.');
    if (dot == std::string_view::npos || body.size() - dot - 1 != 8) return TokenError::Damaged;
    const auto text = b64_decode(body.substr(0, dot));
    if (!text) return TokenError::Damaged;
    std::string crc(body.substr(dot + 1));
    std::transform(crc.begin(), crc.end(), crc.begin(), [](char c) { return static_cast<char>(c | 0x20); });
    if (crc != hex8(crc32(*text))) return TokenError::Damaged;
    out = json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (!out.is_object()) return TokenError::NotJson;
    const auto v = out.find("v");
    if (v == out.end() || !v->is_number_integer()) return TokenError::BadValue;
    if (v->get<long long>() != 1) return v->get<long long>() > 1 ? TokenError::NewerVersion : TokenError::BadValue;
    return TokenError::None;
}

//-----------------------------------------------------------------------------
// [SECTION] Answers
//-----------------------------------------------------------------------------
const char* const kStatusNames[] = {"not-tested", "ok", "no-picture", "no-sound", "lost-connection"};

int date_number(const Date& d) { return d.y * 10000 + d.m * 100 + d.d; }
Date number_date(long long n) { return Date{static_cast<int>(n / 10000), static_cast<int>(n / 100 % 100), static_cast<int>(n % 100)}; }

void put_text(json& j, const char* key, const std::string& v) {
    if (!v.empty()) j[key] = v;
}

json answer_json(const SiteAnswer& a) {
    json j = json::object();
    if (!a.attendees.empty()) {
        json list = json::array();
        for (const Attendee& p : a.attendees) list.push_back(json::array({p.name, p.position}));
        j["at"] = list;
    }
    if (a.headcount) j["hc"] = a.headcount;
    put_text(j, "cn", a.contact_name);
    put_text(j, "cp", a.contact_phone);
    put_text(j, "tn", a.technician);
    put_text(j, "tp", a.technician_phone);
    if (a.equipment_ready) j["er"] = 1;
    if (a.test_status != TestStatus::NotTested) j["ts"] = kStatusNames[static_cast<int>(a.test_status)];
    put_text(j, "sp", a.speaker);
    put_text(j, "tt", a.talk_title);
    put_text(j, "no", a.note);
    return j;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading checked values
//-----------------------------------------------------------------------------
// The web build cannot catch exceptions, so nothing here calls json::get on a
// value whose type was not checked first.
struct Reader {
    const json& j;
    TokenError error = TokenError::None;

    void fail(TokenError e) {
        if (error == TokenError::None) error = e;
    }
    // Text: valid UTF-8, no control characters but line breaks in the note,
    // at most `limit` characters; stored in NFC.
    std::string text(const json& v, std::size_t limit, bool multiline = false) {
        if (!v.is_string()) {
            fail(TokenError::BadValue);
            return {};
        }
        const std::string& s = v.get_ref<const std::string&>();
        if (s.size() > limit * 4 || !valid_utf8(s)) {
            fail(s.size() > limit * 4 ? TokenError::TooLarge : TokenError::BadValue);
            return {};
        }
        for (unsigned char c : s)
            if ((c < 0x20 && !(multiline && (c == '\n' || c == '\t'))) || c == 0x7F) {
                fail(TokenError::BadValue);
                return {};
            }
        std::string n = nfc(s);
        std::size_t chars = 0;
        for (unsigned char c : n) chars += (c & 0xC0) != 0x80;
        if (chars > limit) {
            fail(TokenError::TooLarge);
            return {};
        }
        return n;
    }
    std::string text(const char* key, std::size_t limit = kMaxReplyText, bool multiline = false) {
        const auto it = j.find(key);
        return it == j.end() ? std::string() : text(*it, limit, multiline);
    }
    long long number(const char* key, long long lo, long long hi, long long dflt = 0) {
        const auto it = j.find(key);
        if (it == j.end()) return dflt;
        if (!it->is_number_integer() || it->get<long long>() < lo || it->get<long long>() > hi) {
            fail(TokenError::BadValue);
            return dflt;
        }
        return it->get<long long>();
    }
    int time(const char* key) { return static_cast<int>(number(key, kNoTime, 1439, kNoTime)); }
    Date date(const char* key) { return number_date(number(key, 0, 99991231, 0)); }
};

SiteAnswer read_answer(const json& j, TokenError& error) {
    SiteAnswer a;
    if (!j.is_object()) {
        error = TokenError::BadValue;
        return a;
    }
    Reader r{j};
    if (const auto it = j.find("at"); it != j.end()) {
        if (!it->is_array()) r.fail(TokenError::BadValue);
        else if (it->size() > kMaxAttendees) r.fail(TokenError::TooLarge);
        else
            for (const json& p : *it) {
                if (!p.is_array() || p.size() != 2) {
                    r.fail(TokenError::BadValue);
                    break;
                }
                a.attendees.push_back(Attendee{r.text(p[0], kMaxReplyText), r.text(p[1], kMaxReplyText), {}});
            }
    }
    a.headcount = static_cast<int>(r.number("hc", 0, kMaxCount));
    a.contact_name = r.text("cn");
    a.contact_phone = r.text("cp");
    a.technician = r.text("tn");
    a.technician_phone = r.text("tp");
    a.equipment_ready = r.number("er", 0, 1) == 1;
    if (const auto it = j.find("ts"); it != j.end()) {
        const std::string s = it->is_string() ? it->get<std::string>() : std::string();
        bool known = false;
        for (int i = 0; i < 5; ++i)
            if (s == kStatusNames[i]) {
                a.test_status = static_cast<TestStatus>(i);
                known = true;
            }
        if (!known) r.fail(TokenError::BadValue);
    }
    a.speaker = r.text("sp");
    a.talk_title = r.text("tt");
    a.note = r.text("no", kMaxReplyNote, true);
    error = r.error;
    return a;
}

// Identity members shared by requests and replies.
bool read_identity(Reader& r, std::string& uid, std::string& site, std::string& key, std::int64_t& issued) {
    uid = r.text("p", 64);
    site = r.text("s", 64);
    key = r.text("k", 64);
    issued = r.number("t", 0, kMaxSeconds);
    if (uid.empty() || site.empty()) r.fail(TokenError::BadValue);
    return r.error == TokenError::None;
}

// The encoded text after `prefix` in `text`, up to the first character a
// token cannot hold (links end at whitespace or a quote).
std::string_view token_after(std::string_view text, std::string_view prefix) {
    const std::size_t at = text.find(prefix);
    if (at == std::string_view::npos) return {};
    std::size_t end = at + prefix.size();
    while (end < text.size() && (b64_value(text[end]) >= 0 || text[end] == '.')) ++end;
    return text.substr(at + prefix.size(), end - at - prefix.size());
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Answers (public)
//-----------------------------------------------------------------------------
SiteAnswer answer_of(const Site& s) {
    SiteAnswer a;
    a.attendees = s.attendees;
    for (Attendee& p : a.attendees) p.extra = nullptr;
    a.headcount = s.headcount;
    a.contact_name = s.contact_name;
    a.contact_phone = s.contact_phone;
    a.technician = s.technician;
    a.technician_phone = s.technician_phone;
    a.equipment_ready = s.equipment_ready;
    a.test_status = s.test_status;
    a.speaker = s.speaker;
    a.talk_title = s.talk_title;
    a.note = s.reply_note;
    return a;
}

void apply_answer(Site& s, const SiteAnswer& a) {
    s.attendees = a.attendees;
    s.headcount = a.headcount;
    s.contact_name = a.contact_name;
    s.contact_phone = a.contact_phone;
    s.technician = a.technician;
    s.technician_phone = a.technician_phone;
    s.equipment_ready = a.equipment_ready;
    s.test_status = a.test_status;
    s.speaker = a.speaker;
    s.talk_title = a.talk_title;
    s.reply_note = a.note;
}

bool same_answer(const SiteAnswer& a, const SiteAnswer& b) { return answer_json(a) == answer_json(b); }

std::string make_key(std::uint64_t seed) {
    // splitmix64: spreads a clock-and-counter seed over all 64 bits.
    std::string raw;
    for (int round = 0; round < 2; ++round) {
        seed += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        for (int i = 0; i < 8; ++i) raw += static_cast<char>((z >> (8 * i)) & 0xFF);
    }
    return b64_encode(raw).substr(0, 12);
}

//-----------------------------------------------------------------------------
// [SECTION] Requests
//-----------------------------------------------------------------------------
SiteRequest make_request(const Plan& plan, std::size_t site, std::int64_t now, Date reply_by) {
    SiteRequest r;
    if (site >= plan.sites.size()) return r;
    const Site& s = plan.sites[site];
    r.plan_uid = plan.uid;
    r.site_id = s.id;
    r.site_key = s.reply_key;
    r.issued_at = now;
    r.from = plan.header.issuing_body;
    r.event_name = plan.event.name.empty() ? plan.header.title : plan.event.name;
    r.platform = plan.event.platform;
    for (const EventDay& d : plan.event.days) r.days.push_back(d.date);
    if (!plan.event.days.empty()) r.event_start = plan.event.days[0].start;
    r.site_name = s.name;
    r.test_date = s.test_date;
    r.test_start = s.test_start;
    r.test_end = s.test_end;
    r.headcount_limit = plan.event.headcount_limit;
    r.reply_by = reply_by;
    for (const Slot& slot : plan.agenda) {
        RequestSlot line{slot.day, slot.start, slot.end, {}, 0};
        if (!slot.items.empty()) line.text = clip_text(slot.items[0].content, 80);
        for (const Turn& t : slot.turns)
            if (t.site_id == s.id) line.turn_minutes = std::max(1, t.minutes);
        r.has_turn = r.has_turn || line.turn_minutes > 0;
        r.programme.push_back(std::move(line));
    }
    r.current = answer_of(s);
    return r;
}

namespace {
json request_json(const SiteRequest& r) {
    json j = {{"v", 1}, {"p", r.plan_uid}, {"s", r.site_id}, {"k", r.site_key}, {"t", r.issued_at}};
    put_text(j, "f", r.from);
    put_text(j, "e", r.event_name);
    put_text(j, "pl", r.platform);
    json days = json::array();
    for (const Date& d : r.days) days.push_back(date_number(d));
    j["d"] = days;
    if (r.event_start != kNoTime) j["es"] = r.event_start;
    put_text(j, "n", r.site_name);
    if (!r.test_date.empty()) j["td"] = date_number(r.test_date);
    if (r.test_start != kNoTime) j["ts"] = r.test_start;
    if (r.test_end != kNoTime) j["te"] = r.test_end;
    if (r.headcount_limit) j["hl"] = r.headcount_limit;
    if (!r.reply_by.empty()) j["rb"] = date_number(r.reply_by);
    if (r.has_turn) j["ht"] = 1;
    json g = json::array();
    for (const RequestSlot& s : r.programme) {
        json line = json::array({s.day, s.start, s.end, s.text});
        if (s.turn_minutes) line.push_back(s.turn_minutes);
        g.push_back(line);
    }
    j["g"] = g;
    const json a = answer_json(r.current);
    if (!a.empty()) j["a"] = a;
    return j;
}
}  // namespace

std::string encode_request(const SiteRequest& r, std::size_t max_chars) {
    std::string token = make_token("DCQ1.", request_json(r));
    if (token.size() <= max_chars) return token;
    // Too long for one chat message: shorter programme lines, then fewer lines
    // (never the site's own turns), so the site still sees its part.
    SiteRequest cut = r;
    for (RequestSlot& s : cut.programme) s.text = clip_text(s.text, 40);
    token = make_token("DCQ1.", request_json(cut));
    while (token.size() > max_chars) {
        auto it = std::find_if(cut.programme.rbegin(), cut.programme.rend(),
                               [](const RequestSlot& s) { return s.turn_minutes == 0; });
        if (it == cut.programme.rend()) break;
        cut.programme.erase(std::next(it).base());
        token = make_token("DCQ1.", request_json(cut));
    }
    return token;
}

DecodedRequest decode_request(std::string_view text) {
    DecodedRequest out;
    const std::string_view body = token_after(text, "DCQ1.");
    json j;
    out.error = body.empty() ? TokenError::Damaged : open_token(body, j);
    if (out.error != TokenError::None) return out;
    SiteRequest r;
    Reader rd{j};
    read_identity(rd, r.plan_uid, r.site_id, r.site_key, r.issued_at);
    r.from = rd.text("f");
    r.event_name = rd.text("e", kMaxReplyNote);
    r.platform = rd.text("pl");
    if (const auto d = j.find("d"); d != j.end() && d->is_array() && d->size() <= 366)
        for (const json& x : *d)
            if (x.is_number_integer()) r.days.push_back(number_date(x.get<long long>()));
    r.event_start = rd.time("es");
    r.site_name = rd.text("n", kMaxReplyNote);
    r.test_date = rd.date("td");
    r.test_start = rd.time("ts");
    r.test_end = rd.time("te");
    r.headcount_limit = static_cast<int>(rd.number("hl", 0, kMaxCount));
    r.reply_by = rd.date("rb");
    r.has_turn = rd.number("ht", 0, 1) == 1;
    if (const auto g = j.find("g"); g != j.end() && g->is_array() && g->size() <= 2000) {
        for (const json& x : *g) {
            if (!x.is_array() || x.size() < 4 || !x[0].is_number_integer() || !x[1].is_number_integer() ||
                !x[2].is_number_integer()) {
                rd.fail(TokenError::BadValue);
                break;
            }
            RequestSlot s;
            s.day = static_cast<int>(std::clamp<long long>(x[0].get<long long>(), 0, 366));
            s.start = static_cast<int>(std::clamp<long long>(x[1].get<long long>(), kNoTime, 1439));
            s.end = static_cast<int>(std::clamp<long long>(x[2].get<long long>(), kNoTime, 1439));
            s.text = rd.text(x[3], kMaxReplyNote);
            if (x.size() > 4 && x[4].is_number_integer())
                s.turn_minutes = static_cast<int>(std::clamp<long long>(x[4].get<long long>(), 0, 1440));
            r.programme.push_back(std::move(s));
        }
    }
    if (const auto a = j.find("a"); a != j.end()) {
        TokenError e = TokenError::None;
        r.current = read_answer(*a, e);
        if (e != TokenError::None) rd.fail(e);
    }
    out.error = rd.error;
    if (out.error == TokenError::None) out.request = std::move(r);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Replies
//-----------------------------------------------------------------------------
std::string encode_reply(const SiteReply& r) {
    json j = {{"v", 1}, {"p", r.plan_uid}, {"s", r.site_id}, {"k", r.site_key}, {"t", r.issued_at},
              {"r", r.answered_at}};
    put_text(j, "n", clip_text(r.site_name, 60));
    j["a"] = answer_json(r.answer);
    return make_token("DCR1.", j);
}

DecodedReply decode_reply(std::string_view token) {
    DecodedReply out;
    const std::string_view body = token_after(token, "DCR1.");
    json j;
    out.error = body.empty() ? TokenError::Damaged : open_token(body, j);
    if (out.error != TokenError::None) return out;
    SiteReply r;
    Reader rd{j};
    read_identity(rd, r.plan_uid, r.site_id, r.site_key, r.issued_at);
    r.answered_at = rd.number("r", 1, kMaxSeconds);
    if (j.find("r") == j.end()) rd.fail(TokenError::BadValue);
    r.site_name = rd.text("n", kMaxReplyNote);
    const auto a = j.find("a");
    if (a == j.end()) {
        rd.fail(TokenError::BadValue);
    } else {
        TokenError e = TokenError::None;
        r.answer = read_answer(*a, e);
        if (e != TokenError::None) rd.fail(e);
    }
    out.error = rd.error;
    if (out.error == TokenError::None) out.reply = std::move(r);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Finding replies in chat text
//-----------------------------------------------------------------------------
namespace {
// Bytes of the UTF-8 sequence starting with lead byte c (1 for a stray byte).
std::size_t utf8_len(unsigned char c) {
    if (c >= 0xF0 && c < 0xF8) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

// The token's characters from `pos` on, with what chat apps put inside a long
// word left out: whitespace, "> " quote marks, and any non-ASCII character
// (no-break and zero-width spaces, emoji).  Ends after the 8 checksum digits,
// or at any other ASCII character.
std::string gather_token(std::string_view t, std::size_t pos) {
    std::string body;
    std::size_t crc_digits = 0;
    bool in_crc = false;
    while (pos < t.size() && body.size() <= kMaxTokenChars) {
        const unsigned char c = static_cast<unsigned char>(t[pos]);
        if (c >= 0x80) {
            pos += utf8_len(c);
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '>') {
            ++pos;
            continue;
        }
        if (c == '.' && !in_crc) {
            in_crc = true;
        } else if (b64_value(static_cast<char>(c)) < 0) {
            break;
        } else if (in_crc && ++crc_digits == 8) {
            body += static_cast<char>(c);
            break;
        }
        body += static_cast<char>(c);
        ++pos;
    }
    return body;
}
}  // namespace

std::vector<FoundReply> find_replies(std::string_view text, std::size_t max_found) {
    std::vector<FoundReply> out;
    std::size_t at = 0;
    while (out.size() < max_found && (at = text.find("DCR1.", at)) != std::string_view::npos) {
        const std::string body = gather_token(text, at + 5);
        FoundReply f;
        f.offset = at;
        DecodedReply d = decode_reply("DCR1." + body);
        f.reply = std::move(d.reply);
        f.error = d.error;
        out.push_back(std::move(f));
        // A damaged token may have swallowed the start of the next one: look
        // again right after this prefix rather than after what it gathered.
        at += 5;
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Preview and merge
//-----------------------------------------------------------------------------
namespace {
std::string attendees_text(const std::vector<Attendee>& v) {
    std::string s;
    for (const Attendee& p : v) {
        if (!s.empty()) s += "; ";
        s += p.name;
        if (!p.position.empty()) s += " (" + p.position + ")";
    }
    return s;
}

std::vector<AnswerChange> changes_between(const SiteAnswer& a, const SiteAnswer& b) {
    std::vector<AnswerChange> out;
    auto text = [&](const char* name, const std::string& x, const std::string& y) {
        if (x != y) out.push_back({name, x, y});
    };
    text("attendees", attendees_text(a.attendees), attendees_text(b.attendees));
    if (a.headcount != b.headcount) out.push_back({"headcount", std::to_string(a.headcount), std::to_string(b.headcount)});
    text("contact_name", a.contact_name, b.contact_name);
    text("contact_phone", a.contact_phone, b.contact_phone);
    text("technician", a.technician, b.technician);
    text("technician_phone", a.technician_phone, b.technician_phone);
    if (a.equipment_ready != b.equipment_ready)
        out.push_back({"equipment_ready", a.equipment_ready ? "1" : "0", b.equipment_ready ? "1" : "0"});
    if (a.test_status != b.test_status)
        out.push_back({"test_status", to_string(a.test_status), to_string(b.test_status)});
    text("speaker", a.speaker, b.speaker);
    text("talk_title", a.talk_title, b.talk_title);
    text("reply_note", a.note, b.note);
    return out;
}

// The verdict of one reply against the plan alone (not the rest of the batch).
ReplyVerdict judge(const Plan& plan, const SiteReply& r, std::size_t& site) {
    if (plan.uid.empty() || r.plan_uid != plan.uid) return ReplyVerdict::OtherPlan;
    const auto it = std::find_if(plan.sites.begin(), plan.sites.end(), [&](const Site& s) { return s.id == r.site_id; });
    if (it == plan.sites.end()) return ReplyVerdict::UnknownSite;
    site = static_cast<std::size_t>(it - plan.sites.begin());
    if (it->reply_key.empty() || r.site_key != it->reply_key) return ReplyVerdict::WrongKey;
    if (r.answered_at <= it->replied_at) return ReplyVerdict::Older;
    return ReplyVerdict::Take;
}
}  // namespace

std::vector<ReplyPreview> preview_replies(const Plan& plan, const std::vector<FoundReply>& found) {
    std::vector<ReplyPreview> out;
    std::map<std::size_t, std::size_t> newest;   // site index → index in out of its newest Take
    for (std::size_t i = 0; i < found.size(); ++i) {
        ReplyPreview p;
        p.found_index = i;
        p.error = found[i].error;
        if (!found[i].reply) {
            out.push_back(std::move(p));
            continue;
        }
        const SiteReply& r = *found[i].reply;
        p.site_id = r.site_id;
        p.site_name = r.site_name;
        p.answered_at = r.answered_at;
        p.verdict = judge(plan, r, p.site);
        if (p.verdict == ReplyVerdict::Take) {
            const auto it = newest.find(p.site);
            if (it != newest.end()) {
                ReplyPreview& other = out[it->second];
                const bool this_newer = r.answered_at > other.answered_at;
                (this_newer ? other : p).verdict =
                    r.answered_at == other.answered_at ? ReplyVerdict::Duplicate : ReplyVerdict::Superseded;
                if (this_newer) it->second = out.size();
            } else {
                newest[p.site] = out.size();
            }
        }
        out.push_back(std::move(p));
    }
    for (ReplyPreview& p : out)
        if (p.verdict == ReplyVerdict::Take)
            p.changes = changes_between(answer_of(plan.sites[p.site]), found[p.found_index].reply->answer);
    return out;
}

std::vector<Site> merged_sites(const Plan& plan, const std::vector<FoundReply>& found,
                               const std::vector<ReplyPreview>& preview) {
    std::vector<Site> sites = plan.sites;
    for (const ReplyPreview& p : preview) {
        if (p.verdict != ReplyVerdict::Take || p.found_index >= found.size() || p.site >= sites.size()) continue;
        const SiteReply& r = *found[p.found_index].reply;
        if (sites[p.site].id != r.site_id) continue;   // a preview made for another plan
        apply_answer(sites[p.site], r.answer);
        sites[p.site].replied_at = r.answered_at;
    }
    return sites;
}

//-----------------------------------------------------------------------------
// [SECTION] Reply message
//-----------------------------------------------------------------------------
// Vietnamese whatever the planner's language: it is read by the people in the
// department's chat group, like the printed documents.
std::string reply_message(const SiteReply& r) {
    const SiteAnswer& a = r.answer;
    static const char* const kStatus[] = {"chưa thử", "đạt", "lỗi hình", "lỗi tiếng", "mất kết nối"};
    std::string m = "Điểm cầu " + clip_text(r.site_name, 60) + " trả lời:\n";
    m += "- Số người dự: " + std::to_string(a.headcount);
    if (!a.attendees.empty()) m += " (" + clip_text(attendees_text(a.attendees), 80) + ")";
    m += "\n";
    if (!a.contact_name.empty() || !a.contact_phone.empty())
        m += "- Liên hệ: " + a.contact_name + (a.contact_phone.empty() ? "" : " — " + a.contact_phone) + "\n";
    if (!a.technician.empty() || !a.technician_phone.empty())
        m += "- Kỹ thuật: " + a.technician + (a.technician_phone.empty() ? "" : " — " + a.technician_phone) + "\n";
    m += std::string("- Phòng họp, thiết bị: ") + (a.equipment_ready ? "đã sẵn sàng" : "chưa sẵn sàng") + "\n";
    m += std::string("- Thử kết nối: ") + kStatus[static_cast<int>(a.test_status)] + "\n";
    if (!a.speaker.empty() || !a.talk_title.empty())
        m += "- Phát biểu: " + a.speaker + (a.talk_title.empty() ? "" : " — " + clip_text(a.talk_title, 100)) + "\n";
    if (!a.note.empty()) {
        std::string note = clip_text(a.note, 160);
        std::replace(note.begin(), note.end(), '\n', ' ');
        m += "- Ghi chú: " + note + "\n";
    }
    m += "Mã trả lời (dán nguyên cho văn phòng, không sửa):\n";
    m += encode_reply(r);
    m += "\n";
    return m;
}

}  // namespace dc
