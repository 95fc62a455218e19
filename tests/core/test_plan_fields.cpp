// test_plan_fields.cpp — the field lists of plan.h are the one description
// of each struct: a member left out of a list is caught, and every listed
// field is compared, normalised, written, read and reported by the version
// comparison.  The per-field checks walk the lists themselves, so a field
// added later is checked without touching this file.
#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

#include "core/editor.h"
#include "core/plan_diff.h"
#include "core/plan_fields.h"
#include "core/plan_file.h"
#include "core/templates.h"
#include "core/text.h"

using namespace dc;

namespace {

// A struct whose list forgets a member: what fields_complete() exists to catch.
struct Forgetful {
    std::string a;
    int b = 0;   // not listed
    Extra extra;
    static constexpr auto fields() { return std::make_tuple(field("a", &Forgetful::a)); }
};
struct Complete {
    std::string a;
    int b = 0;
    Extra extra;
    static constexpr auto fields() { return std::make_tuple(field("a", &Complete::a), field("b", &Complete::b)); }
};
static_assert(!fields_complete<Forgetful>(), "a member missing from fields() must be detected");
static_assert(fields_complete<Complete>(), "a complete list must pass");

// The template plan, with every list non-empty and every optional time set,
// so each field can take another valid value.
Plan full_plan() {
    Plan p = load_template("ke-hoach-1905");
    p.event.days.push_back(EventDay{Date{2021, 9, 1}, 8 * 60, 10 * 60, {}});
    TechSession& t = p.event.tech_sessions.at(0);
    t.start = 8 * 60;
    t.end = 9 * 60;
    Site& s = p.sites.at(0);
    s.test_date = Date{2021, 8, 30};
    s.test_start = 8 * 60;
    s.test_end = 8 * 60 + 30;
    p.agenda.at(0).turns.push_back(Turn{p.sites.at(1).id, 5, {}});
    if (p.site_groups.empty()) p.site_groups.push_back(SiteGroup{"g900", "Nhóm", "", "", "", {}});
    if (p.budget.empty()) p.budget.push_back(BudgetLine{"", "ngân sách", "Kinh phí", 1000, {}});
    if (p.contacts.empty()) p.contacts.push_back(Contact{"Bà A", "", "0900", "", "", {}});
    if (p.recipients.empty()) p.recipients.push_back(Recipient{"UBND tỉnh", "báo cáo", false, {}});
    if (p.duties.empty()) p.duties.push_back(Duty{"Văn phòng", "", {"Chuẩn bị"}, "", {}});
    p.next_id = 1000;
    return p;
}

std::size_t first_block(const Plan& p, BlockKind k) {
    for (std::size_t i = 0; i < p.body.size(); ++i)
        if (p.body[i].kind == k) return i;
    FAIL("the template has no block of this kind");
    return 0;
}

// Another valid value for a field; false for nested structs and lists of
// structs, whose own fields are checked through their own lists.
template <class F, class M>
bool change(const F& f, M& v) {
    if constexpr (std::is_same_v<M, std::string>) {
        v += " (đổi)";   // an id stays non-empty and unique
        return true;
    } else if constexpr (std::is_same_v<M, bool>) {
        v = !v;
        return true;
    } else if constexpr (std::is_enum_v<M>) {
        v = static_cast<M>(static_cast<int>(v) == 0 ? 1 : 0);
        return true;
    } else if constexpr (std::is_same_v<M, Date>) {
        v = v == Date{2022, 3, 4} ? Date{2022, 3, 5} : Date{2022, 3, 4};
        return true;
    } else if constexpr (std::is_integral_v<M>) {
        if (f.flags & kTime) v = (f.flags & kEndTime) ? (v == 1439 ? 1438 : 1439) : (v == 0 ? 1 : 0);
        else if (f.flags & kDayIndex) v = v == 0 ? 1 : 0;
        else v = v == f.hi ? f.hi - 1 : f.hi;
        return true;
    } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
        v.push_back("thêm");
        return true;
    } else {
        return false;
    }
}

// For each listed field of the struct `get` picks out of a plan: change it
// alone and check that equality, the comparison of versions and a write/read
// round trip all see the change.  Returns how many fields were checked.
// `skip`: fields not changed at all; `not_listed`: fields whose value is not in
// effect in `base` (the done date of an unticked task), which the comparison
// of versions rightly does not list — equality and the file still keep them.
template <class T, class Get>
int check_every_field(const Plan& base, Get get, std::initializer_list<const char*> skip = {},
                      std::initializer_list<const char*> not_listed = {}) {
    auto named = [](std::initializer_list<const char*> names, const char* name) {
        for (const char* s : names)
            if (std::string(s) == name) return true;
        return false;
    };
    int checked = 0;
    for_each_field<T>([&](const auto& f) {
        if (named(skip, f.name)) return;
        Plan p = base;
        T& x = get(p);
        if (f.present && !f.present(x)) return;
        if (!change(f, x.*f.member)) return;
        INFO("field " << f.name);
        CHECK_FALSE(same(base, p));
        const PlanDiff d = diff_plans(base, p);
        CHECK_FALSE(d.identical);
        if (!named(not_listed, f.name))
            CHECK((!d.entries.empty() || !d.other_parts.empty() || d.ticks_to_take > 0));
        ImportResult r = read_plan(write_plan(p));
        REQUIRE(r.errors.empty());
        CHECK(same(*r.plan, p));
        ++checked;
    });
    return checked;
}

}  // namespace

TEST_CASE("fields: every struct's list names each of its members once", "[fields]") {
    // The static_asserts in plan_fields.h stop the build; these say it again
    // in the test report, with the counts.
    CHECK(member_count<Forgetful>() == 3);
    CHECK(listed_fields<Forgetful>() + 1 == 2);
    CHECK(member_count<Site>() == listed_fields<Site>() + 1);
    CHECK(member_count<Plan>() == listed_fields<Plan>() + 1);
    CHECK(member_count<Header>() == 14);
}

TEST_CASE("fields: a change to any listed field is compared, reported, written and read", "[fields]") {
    const Plan base = full_plan();
    {
        ImportResult r = read_plan(write_plan(base));
        REQUIRE(r.errors.empty());
        REQUIRE(same(*r.plan, base));
    }
    CHECK(check_every_field<Header>(base, [](Plan& p) -> Header& { return p.header; }) == 13);
    CHECK(check_every_field<Event>(base, [](Plan& p) -> Event& { return p.event; }) == 8);
    CHECK(check_every_field<EventDay>(base, [](Plan& p) -> EventDay& { return p.event.days.at(1); }) == 3);
    CHECK(check_every_field<TechSession>(base, [](Plan& p) -> TechSession& { return p.event.tech_sessions.at(0); }) == 6);
    CHECK(check_every_field<SiteGroup>(base, [](Plan& p) -> SiteGroup& { return p.site_groups.at(0); }) == 8);
    CHECK(check_every_field<Site>(base, [](Plan& p) -> Site& { return p.sites.at(0); }) == 29);
    CHECK(check_every_field<Slot>(base, [](Plan& p) -> Slot& { return p.agenda.at(0); }) == 5);
    CHECK(check_every_field<AgendaItem>(base, [](Plan& p) -> AgendaItem& { return p.agenda.at(0).items.at(0); }) == 2);
    CHECK(check_every_field<Turn>(base, [](Plan& p) -> Turn& { return p.agenda.at(0).turns.at(0); }) == 2);
    REQUIRE_FALSE(base.tasks.at(0).done);
    REQUIRE_FALSE(base.tasks.at(0).deadline.relative);
    CHECK(check_every_field<Task>(base, [](Plan& p) -> Task& { return p.tasks.at(0); }, {}, {"done_on"}) == 7);
    CHECK(check_every_field<Deadline>(base, [](Plan& p) -> Deadline& { return p.tasks.at(0).deadline; }, {},
                                      {"days_before_event"}) == 4);
    CHECK(check_every_field<Duty>(base, [](Plan& p) -> Duty& { return p.duties.at(0); }) == 4);
    CHECK(check_every_field<BudgetLine>(base, [](Plan& p) -> BudgetLine& { return p.budget.at(0); }) == 4);
    CHECK(check_every_field<Contact>(base, [](Plan& p) -> Contact& { return p.contacts.at(0); }) == 5);
    CHECK(check_every_field<Recipient>(base, [](Plan& p) -> Recipient& { return p.recipients.at(0); }) == 4);
    CHECK(check_every_field<Signer>(base, [](Plan& p) -> Signer& { return p.signer; }) == 4);
    // next_id and uid are bookkeeping, not content: equality and the file keep
    // them, the comparison of versions does not list them.
    CHECK(check_every_field<Plan>(base, [](Plan& p) -> Plan& { return p; }, {"next_id"}, {"uid"}) == 3);   // agenda_numbered, archive, uid
    // Blocks write only what their kind uses.  A heading's or an insert's kind
    // is left alone: turning it into a paragraph drops its level, run-in text
    // or insert by design; a paragraph's kind is changed instead.
    const std::size_t h = first_block(base, BlockKind::Heading), in = first_block(base, BlockKind::Insert),
                      para = first_block(base, BlockKind::Bullet);
    CHECK(check_every_field<Block>(base, [h](Plan& p) -> Block& { return p.body.at(h); }, {"kind"}) == 4);   // level, text, body, fact
    // `fact` is written for any kind when set (it means something for a heading only, and is kept on others).
    CHECK(check_every_field<Block>(base, [in](Plan& p) -> Block& { return p.body.at(in); }, {"kind"}) == 3);
    CHECK(check_every_field<Block>(base, [para](Plan& p) -> Block& { return p.body.at(para); }) == 3);
}

TEST_CASE("fields: normalize_nfc reaches every listed string", "[fields]") {
    const std::string nfd = "Ho\xCC\x80" "a";   // "Hòa" with a combining grave accent
    const std::string composed = nfc(nfd);
    REQUIRE(composed != nfd);
    Plan p = full_plan();
    int strings = 0;
    auto fill = [&](auto& x) {
        using T = std::decay_t<decltype(x)>;
        for_each_field<T>([&](const auto& f) {
            if constexpr (std::is_same_v<std::decay_t<decltype(x.*f.member)>, std::string>) {
                x.*f.member = nfd;
                ++strings;
            }
        });
    };
    fill(p.header);
    fill(p.sites.at(0));
    fill(p.tasks.at(0));
    fill(p.event.tech_sessions.at(0));
    fill(p.agenda.at(0).items.at(0));
    normalize_nfc(p);
    CHECK(strings == 9 + 19 + 4 + 2 + 2);   // sites: 14 of the office's, 5 of the site's reply
    const std::string w = write_plan(p);
    CHECK(w.find(nfd) == std::string::npos);
    CHECK(p.sites.at(0).technician == composed);
    CHECK(p.header.version_label == composed);
}
