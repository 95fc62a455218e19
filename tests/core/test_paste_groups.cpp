// test_paste_groups.cpp — pasted site lists that say which group each site is
// in: a group column copied from Excel (tabs), heading lines between the rows
// ("Khối THCS", "Mầm non:", "II. CẤP HỌC TIỂU HỌC"), both at once, and lists
// with no groups at all.  Groups the plan has are reused whatever their
// wording; the others are created once, in one undo step with the sites.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "core/paste.h"
#include "core/sites_ops.h"
#include "core/templates.h"

using namespace dc;

namespace {
// A district's plan with its hall and two of the three levels as groups.
Plan district() {
    Plan p = load_template("ke-hoach-1905");
    p.site_groups.clear();
    p.sites.resize(1);
    p.sites[0].central = true;
    p.sites[0].name = "Hội trường Phòng GDĐT";
    SiteGroup mn;
    mn.id = "mn";
    mn.name = "Điểm cầu các trường Mầm non";
    SiteGroup th;
    th.id = "th";
    th.name = "Các trường Tiểu học";
    p.site_groups = {mn, th};
    return p;
}

const SiteGroup* group_named(const Plan& p, const std::string& id) {
    for (const SiteGroup& g : p.site_groups)
        if (g.id == id) return &g;
    return nullptr;
}

// Pastes, applies, and checks what every paste keeps: each pasted site is
// added once, in a group exactly when the paste gave it one, one undo step
// that also takes back the new groups.  Returns site name → group name.
std::multimap<std::string, std::string> paste_and_check(Editor& ed, const std::string& text, std::size_t expect_sites,
                                                        std::size_t expect_new_groups) {
    const Plan before = ed.plan();
    PasteTable t = parse_tsv(text);
    REQUIRE(t.ok);
    SiteColumns c = guess_site_columns(t);
    SitePastePreview p = preview_sites(t, c, ed.plan());
    REQUIRE(p.sites.size() == expect_sites);
    REQUIRE(p.groups.size() == p.sites.size());
    CHECK(p.new_groups.size() == expect_new_groups);
    for (const std::string& h : p.new_groups) CHECK(find_paste_group(ed.plan(), h) == nullptr);
    const std::size_t undo_before = ed.history().undo_steps;
    CHECK(apply_site_paste(ed, p) == expect_sites);
    CHECK(ed.history().undo_steps == undo_before + 1);
    const Plan& after = ed.plan();
    REQUIRE(after.sites.size() == before.sites.size() + expect_sites);
    CHECK(after.site_groups.size() == before.site_groups.size() + expect_new_groups);
    std::multimap<std::string, std::string> out;
    for (std::size_t k = 0; k < expect_sites; ++k) {
        const Site& s = after.sites[before.sites.size() + k];
        CHECK(s.name == p.sites[k].name);
        if (p.groups[k].empty()) {
            CHECK(s.group_id.empty());
            out.emplace(s.name, "");
        } else {
            const SiteGroup* g = group_named(after, s.group_id);
            REQUIRE(g != nullptr);
            CHECK(g->name == p.groups[k]);
            out.emplace(s.name, g->name);
        }
    }
    ed.undo();
    CHECK(same(ed.plan(), before));
    ed.redo();
    return out;
}
}  // namespace

TEST_CASE("paste groups: heading lines between the rows", "[paste][sites][groups]") {
    Editor ed(district());
    {
        // "Ban Mai" at three levels is three schools; the two "Phú La" in one group are one name twice.
        PasteTable t = parse_tsv("Mầm non:\nBan Mai\nKhối Tiểu học\nBan Mai\nPhú La\nPhú La\nKhối THCS\nBan Mai\n");
        SitePastePreview p = preview_sites(t, guess_site_columns(t), ed.plan());
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems[0].row == 6);
        CHECK_FALSE(p.problems[0].skipped);
        // Without groups the same names are all said.
        t = parse_tsv("Ban Mai\nBan Mai\nPhú La\nPhú La\nBan Mai\n");
        CHECK(preview_sites(t, guess_site_columns(t), ed.plan()).problems.size() == 3);
    }
    // One name a line, as typed or copied from Word; the existing groups are
    // found from other wordings ("Mầm non:" = "Điểm cầu các trường Mầm non").
    auto got = paste_and_check(ed,
                               "Mầm non:\nBan Mai\nHoa Sen\n\nKhối Tiểu học\nBan Mai\nPhú La\nPhú La\n"
                               "Khối THCS\nBan Mai\nLê Quý Đôn\n",
                               7, 1);
    CHECK(got.count("Ban Mai") == 3);
    std::set<std::string> ban_mai_groups;
    for (auto [a, b] = got.equal_range("Ban Mai"); a != b; ++a) ban_mai_groups.insert(a->second);
    CHECK(ban_mai_groups == std::set<std::string>{"Điểm cầu các trường Mầm non", "Các trường Tiểu học", "Khối THCS"});
    CHECK(got.find("Lê Quý Đôn")->second == "Khối THCS");
    // Same name in the same group is the duplicate rule's business, across groups it is not.
    const auto dups = duplicate_site_names(ed.plan());
    REQUIRE(dups.size() == 1);
    CHECK(ed.plan().sites[dups[0][0]].name == "Phú La");

    // Numbered headings in capitals, a list label, a later heading reusing the group just made.
    got = paste_and_check(ed, "I. KHỐI THCS\nNguyễn Trãi\nII. Cấp học Trung học phổ thông\nTHPT Quang Trung\n"
                              "khối thcs:\nLê Lợi\n",
                          3, 1);
    CHECK(got.find("Nguyễn Trãi")->second == "Khối THCS");   // the group made by the first paste
    CHECK(got.find("Lê Lợi")->second == "Khối THCS");
    CHECK(got.find("THPT Quang Trung")->second == "Cấp học Trung học phổ thông");
}

TEST_CASE("paste groups: a column from Excel, with or without a header", "[paste][sites][groups]") {
    Editor ed(district());
    // Header words name the column.
    auto got = paste_and_check(ed,
                               "STT\tTên đơn vị\tCấp học\tĐiện thoại\r\n1\tTrường MN Sao Mai\tMầm non\t0912345678\r\n"
                               "2\tTrường TH Văn Yên\tTiểu học\t0987654321\r\n3\tTrường THCS Văn Khê\tTHCS\t0977111222\r\n",
                               3, 1);
    CHECK(got.find("Trường MN Sao Mai")->second == "Điểm cầu các trường Mầm non");
    CHECK(got.find("Trường TH Văn Yên")->second == "Các trường Tiểu học");
    CHECK(got.find("Trường THCS Văn Khê")->second == "THCS");

    // No header: a column of school levels is recognised by its contents.
    PasteTable t = parse_tsv("1\tTrường MN Hoa Sen\tMầm non\t0912000111\n2\tTrường TH Phú La\tTiểu học\t0912000222\n");
    SiteColumns c = guess_site_columns(t);
    CHECK(c.fields == std::vector<SiteField>{SiteField::Stt, SiteField::Name, SiteField::Group, SiteField::ContactPhone});

    // Headings above rows of a table: the headings do not spoil the guess of
    // the numbered column, and a group cell wins over the heading.
    t = parse_tsv("Khối Mầm non\t\t\n1\tMN Kiến Hưng\t0912000333\n2\tMN Hà Cầu\t0912000444\nKhối Tiểu học\t\t\n"
                  "3\tTH Yên Nghĩa\t0912000555\n");
    c = guess_site_columns(t);
    CHECK(c.fields == std::vector<SiteField>{SiteField::Stt, SiteField::Name, SiteField::ContactPhone});
    got = paste_and_check(ed,
                          "Khối Mầm non\t\t\n1\tMN Kiến Hưng\t0912000333\n2\tMN Hà Cầu\t0912000444\nKhối Tiểu học\t\t\n"
                          "3\tTH Yên Nghĩa\t0912000555\n",
                          3, 0);
    CHECK(got.find("MN Hà Cầu")->second == "Điểm cầu các trường Mầm non");
    CHECK(got.find("TH Yên Nghĩa")->second == "Các trường Tiểu học");
}

TEST_CASE("paste groups: lists with no groups stay as they were", "[paste][sites][groups]") {
    Editor ed(district());
    // Names that merely contain a group word, or end in a number, are sites, not headings.
    auto got = paste_and_check(ed,
                               "Trường Mầm non Ban Mai\nTrường Tiểu học Khối Phố 2\nUBND xã Cự Khê\nPhòng họp số 3\n"
                               "Trường THCS Nhóm Lửa\n",
                               5, 0);
    for (const auto& [name, group] : got) CHECK(group.empty());
    CHECK(site_group_heading({"Trường Mầm non Ban Mai"}).empty());
    CHECK(site_group_heading({"1", "Khối THCS"}).empty());   // two cells: a row, not a heading
    CHECK(site_group_heading({"12:"}).empty());
    CHECK(site_group_heading({"  Mầm non :  "}) == "Mầm non");
    CHECK(site_group_heading({"", "Cụm 3", ""}) == "Cụm 3");
    CHECK(site_group_heading({"A. Khối THCS"}) == "Khối THCS");

    // A paste of only headings adds nothing and creates no group.
    PasteTable t = parse_tsv("Khối Mầm non\nKhối THCS:\n");
    SitePastePreview p = preview_sites(t, guess_site_columns(t), ed.plan());
    CHECK(p.sites.empty());
    CHECK(p.headings == 2);
    CHECK(apply_site_paste(ed, p) == 0);
}
