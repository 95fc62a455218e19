// test_site_reply.cpp — site requests and replies: encoding, finding replies
// in chat text, merge rules, hostile replies, sizes.
#include <catch2/catch.hpp>

#include <string>

#include "core/editor.h"
#include "core/plan_fields.h"
#include "core/plan_file.h"
#include "core/site_reply.h"
#include "core/templates.h"
#include "core/text.h"
#include "core/zip.h"

using namespace dc;

namespace {
constexpr std::int64_t kSent = 1630000000;     // 26/8/2021, when the requests went out

// Every site of `p` gets a key and the plan an identity, as the UI does before
// the first request.
Plan keyed(Plan p, const char* uid = "plan-uid-1") {
    p.uid = uid;
    std::uint64_t seed = 7;
    for (Site& s : p.sites) {
        s.reply_key = make_key(++seed);
        s.request_sent_at = kSent;
    }
    return p;
}

// A Phòng GDĐT plan for its schools: no programme numbering, two days, `n`
// school sites with long names, a KT. signer, one discussion with 3 turns.
Plan phong_plan(int n) {
    Plan p = blank_plan();
    p.header.parent_body = "UBND HUYỆN ĐAK ĐOA";
    p.header.issuing_body = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    p.header.title = "Hội nghị trực tuyến triển khai nhiệm vụ năm học 2021-2022";
    p.signer = Signer{"KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn Bình", {}};
    p.event.name = p.header.title;
    p.event.days = {EventDay{{2021, 9, 6}, 7 * 60 + 30, 11 * 60, {}}, EventDay{{2021, 9, 7}, 14 * 60, 17 * 60, {}}};
    p.event.headcount_limit = 15;
    for (int i = 0; i < n; ++i) {
        Site s;
        s.id = "s" + std::to_string(i + 1);
        s.central = i == 0;
        s.name = i == 0 ? "Phòng họp Phòng GDĐT" : "Trường Tiểu học và Trung học cơ sở số " + std::to_string(i) +
                                                         " xã Hà Bầu, huyện Đak Đoa";
        s.test_date = {2021, 9, 3};
        s.test_start = 8 * 60 + (i % 30) * 5;
        s.test_end = s.test_start + 5;
        p.sites.push_back(s);
    }
    for (int i = 0; i < 8; ++i) {
        Slot sl;
        sl.id = "a" + std::to_string(i + 1);
        sl.day = i / 4;
        sl.start = 7 * 60 + 30 + 30 * i;
        sl.end = sl.start + 30;
        sl.items.push_back(AgendaItem{"Báo cáo kết quả thực hiện nhiệm vụ năm học, phương hướng nhiệm vụ trọng tâm phần " +
                                          std::to_string(i + 1) + " và thảo luận các giải pháp",
                                      "Lãnh đạo Phòng GDĐT", {}});
        if (i == 5) {
            sl.kind = SlotKind::Discussion;
            for (int t = 2; t <= 4 && t <= n; ++t) sl.turns.push_back(Turn{"s" + std::to_string(t), 7, {}});
        }
        p.agenda.push_back(sl);
    }
    return p;
}

SiteReply reply_for(const Plan& p, std::size_t site, std::int64_t answered) {
    SiteReply r;
    r.plan_uid = p.uid;
    r.site_id = p.sites[site].id;
    r.site_key = p.sites[site].reply_key;
    r.issued_at = kSent;
    r.answered_at = answered;
    r.site_name = p.sites[site].name;
    r.answer.attendees = {{"Nguyễn Thị Hoa", "Trưởng phòng", {}}, {"Lê Văn Đức", "Chuyên viên", {}}};
    r.answer.headcount = 2;
    r.answer.contact_name = "Nguyễn Thị Hoa";
    r.answer.contact_phone = "0905 123 456";
    r.answer.technician = "Trần Quốc Việt";
    r.answer.technician_phone = "0367 850 603";
    r.answer.equipment_ready = true;
    r.answer.test_status = TestStatus::Ok;
    r.answer.note = "Phòng họp tầng 2.\nCó máy phát điện dự phòng.";
    return r;
}

std::string token_of(const std::string& message) {
    const auto at = message.find("DCR1.");
    return message.substr(at, message.find('\n', at) - at);
}
}  // namespace

TEST_CASE("site reply: a request round-trips and fits a chat message for typical plans", "[replies]") {
    for (Plan p : {keyed(load_template("ke-hoach-1905")), keyed(load_template("cong-van-k12")), keyed(phong_plan(120))}) {
        INFO(p.header.issuing_body);
        REQUIRE(p.sites.size() > 2);
        const std::size_t site = 2;
        const SiteRequest r = make_request(p, site, kSent, Date{2021, 8, 26});
        const std::string token = encode_request(r);
        const std::string link = "https://so-gddt.example.vn/diemcau/#dcq=" + token;
        CHECK(link.size() <= 2000);
        const DecodedRequest d = decode_request(link);
        REQUIRE(d.error == TokenError::None);
        REQUIRE(d.request);
        const SiteRequest& q = *d.request;
        CHECK(q.plan_uid == p.uid);
        CHECK(q.site_id == p.sites[site].id);
        CHECK(q.site_key == p.sites[site].reply_key);
        CHECK(q.site_name == p.sites[site].name);
        CHECK(q.platform == p.event.platform);   // the site's sheet names where the conference is held
        CHECK(q.test_date == p.sites[site].test_date);
        CHECK(q.test_start == p.sites[site].test_start);
        CHECK(q.days.size() == p.event.days.size());
        CHECK(q.reply_by == Date{2021, 8, 26});
        CHECK(q.headcount_limit == p.event.headcount_limit);
        // Own turns are never cut from the programme.
        int turns = 0, kept = 0;
        for (const Slot& s : p.agenda)
            for (const Turn& t : s.turns) turns += t.site_id == p.sites[site].id;
        for (const RequestSlot& s : q.programme) kept += s.turn_minutes > 0;
        CHECK(kept == turns);
        CHECK(q.has_turn == (turns > 0));
    }
}

TEST_CASE("site reply: an over-long programme is cut but keeps the site's turn", "[replies]") {
    Plan p = keyed(phong_plan(10));
    for (int i = 0; i < 60; ++i) {
        Slot s = p.agenda[0];
        s.id = "x" + std::to_string(i);
        s.start = 13 * 60 + i;
        p.agenda.push_back(s);
    }
    const std::string token = encode_request(make_request(p, 2, kSent, {}));
    CHECK(token.size() <= 1700);
    const DecodedRequest d = decode_request(token);
    REQUIRE(d.request);
    CHECK(d.request->programme.size() < p.agenda.size());
    CHECK(d.request->has_turn);
    bool turn = false;
    for (const RequestSlot& s : d.request->programme) turn = turn || s.turn_minutes == 7;
    CHECK(turn);
}

TEST_CASE("site reply: a reply round-trips; 10 attendees stay short", "[replies]") {
    const Plan p = keyed(phong_plan(18));
    SiteReply r = reply_for(p, 3, kSent + 3600);
    r.answer.attendees.clear();
    for (int i = 0; i < 10; ++i)
        r.answer.attendees.push_back({"Nguyễn Thị Thanh Hương " + std::to_string(i), "Phó Hiệu trưởng", {}});
    r.answer.headcount = 10;
    r.answer.speaker = "Lê Văn Đức";
    r.answer.talk_title = "Kinh nghiệm dạy học trực tuyến ở trường vùng khó";
    const std::string token = encode_reply(r);
    INFO("reply token with 10 attendees: " << token.size() << " characters");
    CHECK(token.size() < 1500);
    const std::string message = reply_message(r);
    std::size_t chars = 0;   // chat apps count characters, not UTF-8 bytes
    for (unsigned char c : message) chars += (c & 0xC0) != 0x80;
    INFO("whole message: " << chars << " characters");
    CHECK(chars < 2000);
    const DecodedReply d = decode_reply(token);
    REQUIRE(d.error == TokenError::None);
    CHECK(d.reply->answer.attendees.size() == 10);
    CHECK(same_answer(d.reply->answer, r.answer));
    CHECK(d.reply->answered_at == r.answered_at);
    CHECK(d.reply->site_key == r.site_key);
    // The message is readable: the people in the group see who and how many.
    CHECK(message.find("Số người dự: 10") != std::string::npos);
    CHECK(message.find("Lê Văn Đức") != std::string::npos);
}

TEST_CASE("site reply: replies found in chat text with noise", "[replies][chat]") {
    const Plan p = keyed(load_template("ke-hoach-1905"));
    const std::string m1 = reply_message(reply_for(p, 1, kSent + 100));
    const std::string m2 = reply_message(reply_for(p, 2, kSent + 200));
    const std::string m3 = reply_message(reply_for(p, 3, kSent + 300));
    const std::string t2 = token_of(m2), t3 = token_of(m3);

    // Chat apps wrap long words: a line break every 37 characters, a quote
    // mark and a no-break space at the start of each continued line.
    std::string wrapped;
    for (std::size_t i = 0; i < t2.size(); i += 37) wrapped += t2.substr(i, 37) + "\n> \xC2\xA0";
    // Emoji and a zero-width space inside the token, as a reaction or a paste adds.
    std::string emoji = t3.substr(0, 50) + "\xF0\x9F\x91\x8D\xE2\x80\x8B" + t3.substr(50);

    const std::string chat = "[08:01] Văn phòng Sở: Các đơn vị gửi lại trước 26/8 nhé 🙏\n"
                             "[08:05] Phòng GDĐT Chư Sê: Dạ vâng ạ\n" + m1 +
                             "\n[08:07] Trường THPT Pleiku: Đã nhận.\n"
                             "« " + wrapped + " »\n"
                             "Tin nhắn đã được chuyển tiếp: " + emoji + " 👍👍\n"
                             "[08:09] Ai có mã DCR1. của Đak Pơ không?\n";
    const std::vector<FoundReply> found = find_replies(chat);
    REQUIRE(found.size() == 4);
    int ok = 0;
    for (const FoundReply& f : found) ok += f.reply.has_value();
    CHECK(ok == 3);
    CHECK(found[0].reply->site_id == p.sites[1].id);
    CHECK(found[1].reply->site_id == p.sites[2].id);
    CHECK(found[2].reply->site_id == p.sites[3].id);
    CHECK(found[3].error == TokenError::Damaged);   // the bare prefix in a question
    CHECK(found[1].reply->answer.note == "Phòng họp tầng 2.\nCó máy phát điện dự phòng.");
}

TEST_CASE("site reply: merge takes own site's answerable fields only, as one undo step", "[replies][merge]") {
    Editor ed(keyed(load_template("ke-hoach-1905")));
    const Plan before = ed.plan();
    SiteReply r = reply_for(before, 4, kSent + 500);
    const std::vector<FoundReply> found = find_replies(reply_message(r));
    const auto preview = preview_replies(ed.plan(), found);
    REQUIRE(preview.size() == 1);
    CHECK(preview[0].verdict == ReplyVerdict::Take);
    CHECK(preview[0].site == 4);
    bool phone = false;
    for (const AnswerChange& c : preview[0].changes)
        phone = phone || (c.field == "technician_phone" && c.after == "0367 850 603");
    CHECK(phone);
    REQUIRE(ed.replace_sites(merged_sites(ed.plan(), found, preview), "replies"));
    const Plan& after = ed.plan();
    for (std::size_t i = 0; i < after.sites.size(); ++i) {
        if (i == 4) continue;
        CHECK(same(after.sites[i], before.sites[i]));
    }
    const Site& s = after.sites[4];
    CHECK(s.attendees.size() == 2);
    CHECK(s.technician_phone == "0367 850 603");
    CHECK(s.test_status == TestStatus::Ok);
    CHECK(s.replied_at == kSent + 500);
    // Not answerable: name, room, test slot, central flag, the office's notes.
    CHECK(s.name == before.sites[4].name);
    CHECK(s.test_start == before.sites[4].test_start);
    CHECK(s.notes == before.sites[4].notes);
    CHECK(same_list(after.agenda, before.agenda));
    CHECK(same(after.header, before.header));
    // The answer survives the plan file.
    const ImportResult reread = read_plan(write_plan(after));
    REQUIRE(reread.ok());
    CHECK(same(reread.plan->sites[4], s));
    REQUIRE(ed.undo());
    CHECK(same(ed.plan(), before));
}

TEST_CASE("site reply: the newer reply wins; older, duplicate and superseded are refused", "[replies][merge]") {
    Plan p = keyed(load_template("ke-hoach-1905"));
    SiteReply first = reply_for(p, 5, kSent + 100);
    SiteReply second = reply_for(p, 5, kSent + 900);
    second.answer.contact_phone = "0912 000 111";
    // Newer first in the text, then the older one, then a quote of the newer one.
    const std::string chat = reply_message(second) + "\n" + reply_message(first) + "\n> " + reply_message(second);
    auto found = find_replies(chat);
    auto preview = preview_replies(p, found);
    REQUIRE(preview.size() == 3);
    CHECK(preview[0].verdict == ReplyVerdict::Take);
    CHECK(preview[1].verdict == ReplyVerdict::Superseded);
    CHECK(preview[2].verdict == ReplyVerdict::Duplicate);
    p.sites = merged_sites(p, found, preview);
    CHECK(p.sites[5].contact_phone == "0912 000 111");

    // Later, the older reply pasted again: refused, nothing changes.
    found = find_replies(reply_message(first));
    preview = preview_replies(p, found);
    CHECK(preview[0].verdict == ReplyVerdict::Older);
    const auto again = merged_sites(p, found, preview);
    CHECK(same(again[5], p.sites[5]));
    // The same reply twice: refused as older (already taken).
    preview = preview_replies(p, find_replies(reply_message(second)));
    CHECK(preview[0].verdict == ReplyVerdict::Older);
    // A site that changes its answer later replaces it.
    SiteReply third = reply_for(p, 5, kSent + 5000);
    third.answer.headcount = 7;
    found = find_replies(reply_message(third));
    preview = preview_replies(p, found);
    CHECK(preview[0].verdict == ReplyVerdict::Take);
    CHECK(merged_sites(p, found, preview)[5].headcount == 7);
}

TEST_CASE("site reply: refusals for another plan, an unknown site, a wrong key", "[replies][merge]") {
    const Plan p = keyed(load_template("ke-hoach-1905"));
    const Plan other = keyed(load_template("ke-hoach-1905"), "another-plan");
    SiteReply foreign = reply_for(other, 2, kSent + 10);
    SiteReply ghost = reply_for(p, 2, kSent + 10);
    ghost.site_id = "s999";
    SiteReply impostor = reply_for(p, 2, kSent + 10);   // site 2 answering as site 3
    impostor.site_id = p.sites[3].id;
    const auto found = find_replies(reply_message(foreign) + reply_message(ghost) + reply_message(impostor));
    const auto preview = preview_replies(p, found);
    REQUIRE(preview.size() == 3);
    CHECK(preview[0].verdict == ReplyVerdict::OtherPlan);
    CHECK(preview[1].verdict == ReplyVerdict::UnknownSite);
    CHECK(preview[2].verdict == ReplyVerdict::WrongKey);
    const auto sites = merged_sites(p, found, preview);
    for (std::size_t i = 0; i < sites.size(); ++i) CHECK(same(sites[i], p.sites[i]));
    // A plan that never sent requests takes nothing.
    Plan unsent = load_template("ke-hoach-1905");
    CHECK(preview_replies(unsent, found)[2].verdict == ReplyVerdict::OtherPlan);
}

TEST_CASE("site reply: hostile and damaged replies are refused, nothing lost", "[replies][hostile]") {
    const Plan p = keyed(load_template("ke-hoach-1905"));
    const std::string good = encode_reply(reply_for(p, 2, kSent + 10));

    SECTION("edited by hand: one character changed") {
        std::string bad = good;
        bad[20] = bad[20] == 'A' ? 'B' : 'A';
        CHECK(decode_reply(bad).error == TokenError::Damaged);
    }
    SECTION("cut short") { CHECK(decode_reply(good.substr(0, good.size() - 30)).error == TokenError::Damaged); }
    SECTION("checksum recomputed over a hostile body") {
        auto forge = [](const std::string& json_text) {
            // The encoder's own steps, on a body the planner would never write.
            SiteReply dummy;
            std::string t = encode_reply(dummy);
            (void)t;
            std::string b64;
            const char* a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            std::uint32_t acc = 0;
            int bits = 0;
            for (unsigned char c : json_text) {
                acc = (acc << 8) | c;
                bits += 8;
                while (bits >= 6) b64 += a[(acc >> (bits -= 6)) & 63];
            }
            if (bits) b64 += a[(acc << (6 - bits)) & 63];
            char crc[9];
            std::snprintf(crc, sizeof crc, "%08x", crc32(json_text));
            return "DCR1." + b64 + "." + crc;
        };
        const std::string head = "{\"v\":1,\"p\":\"plan-uid-1\",\"s\":\"s3\",\"k\":\"" + p.sites[2].reply_key +
                                 "\",\"t\":1,\"r\":1630000100,\"a\":";
        CHECK(decode_reply(forge(head + "{\"cn\":\"ok\"}}")).error == TokenError::None);   // the forge works
        CHECK(decode_reply(forge("[1,2,3]")).error == TokenError::NotJson);
        CHECK(decode_reply(forge("{\"v\":2}")).error == TokenError::NewerVersion);
        CHECK(decode_reply(forge(head + "{\"hc\":-5}}")).error == TokenError::BadValue);
        CHECK(decode_reply(forge(head + "{\"hc\":\"10\"}}")).error == TokenError::BadValue);
        CHECK(decode_reply(forge(head + "{\"ts\":\"perfect\"}}")).error == TokenError::BadValue);
        CHECK(decode_reply(forge(head + "{\"cn\":\"a\\u0000b\"}}")).error == TokenError::BadValue);
        CHECK(decode_reply(forge(head + "{\"cn\":\"" + std::string(300, 'x') + "\"}}")).error == TokenError::TooLarge);
        std::string many = head + "{\"at\":[";
        for (int i = 0; i < 201; ++i) many += std::string(i ? "," : "") + "[\"a\",\"b\"]";
        CHECK(decode_reply(forge(many + "]}}")).error == TokenError::TooLarge);
        CHECK(decode_reply(forge(head + "{\"at\":[[\"a\"]]}}")).error == TokenError::BadValue);
        // Members a reply may not carry (another site's fields, the plan's) are not read.
        const DecodedReply extra =
            decode_reply(forge(head + "{\"cn\":\"X\",\"name\":\"Hacked\",\"central\":true},\"header\":{}}"));
        REQUIRE(extra.reply);
        auto found = std::vector<FoundReply>{{0, extra.reply, TokenError::None}};
        const auto sites = merged_sites(p, found, preview_replies(p, found));
        CHECK(sites[2].name == p.sites[2].name);
        CHECK(sites[2].central == p.sites[2].central);
        CHECK(sites[2].contact_name == "X");
        // Text in NFC: decomposed input ("Hòa" as o + U+0300) is composed.
        const DecodedReply nfd_reply = decode_reply(forge(head + "{\"cn\":\"Ho\\u0300a\"}}"));
        REQUIRE(nfd_reply.reply);
        CHECK(nfd_reply.reply->answer.contact_name == nfc("Hòa"));
    }
    SECTION("a huge paste is bounded") {
        std::string flood;
        for (int i = 0; i < 20000; ++i) flood += "DCR1.AAAA ";
        const auto found = find_replies(flood, 1000);
        CHECK(found.size() == 1000);
        for (const FoundReply& f : found) CHECK_FALSE(f.reply);
        const std::string giant = "DCR1." + std::string(100000, 'A') + ".00000000";
        CHECK(find_replies(giant).at(0).error != TokenError::None);
    }
    SECTION("script in a reply stays text") {
        SiteReply r = reply_for(p, 2, kSent + 10);
        r.answer.note = "</script><script>alert(1)</script>";
        const DecodedReply d = decode_reply(encode_reply(r));
        REQUIRE(d.reply);
        CHECK(d.reply->answer.note == r.answer.note);   // kept as text; exports escape it
    }
}

TEST_CASE("site reply: requests refuse damage and show why", "[replies]") {
    const Plan p = keyed(phong_plan(18));
    const std::string token = encode_request(make_request(p, 1, kSent, {}));
    CHECK(decode_request("nothing here").error == TokenError::Damaged);
    std::string bad = token;
    bad[bad.size() / 2] = bad[bad.size() / 2] == 'x' ? 'y' : 'x';
    CHECK(decode_request(bad).error == TokenError::Damaged);
    CHECK(decode_request("#dcq=" + token).error == TokenError::None);
}

TEST_CASE("site reply: the plan's identity and the keys are given as one undo step", "[replies][merge]") {
    Editor ed(load_template("ke-hoach-1905"));
    Plan target = keyed(ed.plan());
    REQUIRE(ed.apply_bulk("send", target));
    CHECK(ed.plan().uid == "plan-uid-1");
    CHECK(ed.plan().sites[3].reply_key == target.sites[3].reply_key);
    REQUIRE(ed.undo());
    CHECK(ed.plan().uid.empty());
    CHECK(ed.plan().sites[3].reply_key.empty());
}

TEST_CASE("site reply: new plan fields are omitted when empty and read back", "[replies][file]") {
    const Plan plain = load_template("ke-hoach-1905");
    const std::string text = write_plan(plain);
    CHECK(text.find("\"attendees\"") == std::string::npos);
    CHECK(text.find("\"uid\"") == std::string::npos);
    CHECK(text.find("\"acknowledged\"") == std::string::npos);
    Plan p = keyed(plain);
    p.sites[1].attendees = {{"Nguyễn Thị Hoa", "Trưởng phòng", {}}};
    p.sites[1].equipment_ready = true;
    p.sites[1].replied_at = kSent + 1;
    p.recipients.push_back(Recipient{"UBND tỉnh", "báo cáo", true, true, {}});
    const ImportResult rr = read_plan(write_plan(p));
    REQUIRE(rr.ok());
    CHECK(same(*rr.plan, p));
}
