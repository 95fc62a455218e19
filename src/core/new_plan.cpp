// new_plan.cpp — a new plan from the guided start (see new_plan.h).
//
// The outlines follow the seeds: a Kế hoạch's "I. Mục đích, yêu cầu" …
// "V. Tổ chức thực hiện" (seed 002), a công văn's numbered clauses 1.–6.
// (seed 000), and a Giấy mời's short list of time, form, place, participants
// and programme.  Section headings carry no placeholder text: what is not
// written yet is named by the checks ("body.section-empty"), never printed.
#include "core/new_plan.h"

#include "core/body_facts.h"
#include "core/issuer.h"
#include "core/text.h"

namespace dc {

namespace {

struct Outline {
    std::vector<Block>& body;
    void heading(int level, const char* text, const char* fact = "") {
        Block b;
        b.kind = BlockKind::Heading;
        b.level = level;
        b.text = text;
        b.fact = fact;
        body.push_back(std::move(b));
    }
    void insert(InsertWhat what) {
        Block b;
        b.kind = BlockKind::Insert;
        b.insert = what;
        body.push_back(std::move(b));
    }
};

// Seed 002: I.–V. (and the budget, which the blank plan has as VI.).
void ke_hoach_outline(Outline o) {
    o.heading(1, "Mục đích, yêu cầu");
    o.heading(2, "Mục đích:");
    o.heading(2, "Yêu cầu:");
    o.heading(1, "Thời gian, hình thức, địa điểm tổ chức Hội nghị");
    o.heading(2, "Thời gian", kFactTime);
    o.heading(2, "Hình thức", kFactForm);
    o.heading(2, "Địa điểm", kFactPlace);
    o.heading(1, "Thành phần tham dự Hội nghị tại các điểm cầu");
    o.insert(InsertWhat::Participants);
    o.heading(1, "Nội dung, chương trình Hội nghị");
    o.heading(2, "Nội dung:");
    o.heading(2, "Chương trình (dự kiến):");
    o.insert(InsertWhat::Agenda);
    o.heading(1, "Tổ chức thực hiện");
    o.insert(InsertWhat::Duties);
    o.heading(2, "Tiến độ công việc và phân công thực hiện");
    o.insert(InsertWhat::Tasks);
    o.heading(1, "Kinh phí");
    o.insert(InsertWhat::Budget);
}

// Seed 000: clauses "1." – "6." with lettered points (levels 2 and 3).
void cong_van_outline(Outline o) {
    o.heading(2, "Mục đích");
    o.heading(2, "Nội dung");
    o.heading(2, "Hình thức tổ chức Hội nghị");
    o.heading(3, "Hình thức", kFactForm);
    o.heading(3, "Các điểm cầu", kFactPlace);
    o.heading(2, "Thời gian và thành phần dự Hội nghị");
    o.heading(3, "Thời gian", kFactTime);
    o.heading(3, "Thành phần:");
    o.insert(InsertWhat::Participants);
    o.heading(2, "Kinh phí tổ chức Hội nghị");
    o.insert(InsertWhat::Budget);
    o.heading(2, "Tổ chức thực hiện");
    o.insert(InsertWhat::Duties);
}

void giay_moi_outline(Outline o) {
    o.heading(2, "Thời gian", kFactTime);
    o.heading(2, "Hình thức", kFactForm);
    o.heading(2, "Địa điểm", kFactPlace);
    o.heading(2, "Thành phần:");
    o.insert(InsertWhat::Participants);
    o.heading(2, "Chương trình:");
    o.insert(InsertWhat::Agenda);
}

std::string trimmed(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

// "các trường THCS" → "Các trường THCS": an addressee or recipient line starts with a capital.
std::string capitalised(const std::string& s) {
    if (s.empty()) return s;
    const unsigned char c = static_cast<unsigned char>(s[0]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return upper_vi(s.substr(0, n)) + s.substr(n);
}

void add_sites(const NewPlanChoices& c, Plan& p) {
    int id = 1;
    Site central;
    central.id = "s" + std::to_string(id++);
    central.central = true;
    central.name = trimmed(c.central_site);
    p.sites.push_back(std::move(central));
    for (const std::string& kind : c.site_kinds) {
        const std::string k = trimmed(kind);
        if (k.empty()) continue;
        SiteGroup g;
        g.id = "g" + std::to_string(id++);
        g.name = "Điểm cầu tại " + k;
        p.site_groups.push_back(std::move(g));
        Recipient r;
        r.name = capitalised(k);
        r.purpose = "thực hiện";
        p.recipients.push_back(std::move(r));
        if (c.kind == DocKind::CongVan) p.header.addressees.push_back(capitalised(k));
    }
    p.next_id = id;
}

}  // namespace

Plan new_plan(const NewPlanChoices& c) {
    Plan p;
    Header& h = p.header;
    h.kind = c.kind;
    h.parent_body = upper_vi(trimmed(c.parent_body));
    h.issuing_body = upper_vi(trimmed(c.issuing_body));
    h.code = default_number_code(h.kind, h.issuing_body);
    h.place = trimmed(c.place);
    h.date = c.issued;
    h.title = trimmed(c.title);

    p.event.name = h.title;
    p.event.format = "Hội nghị trực tuyến";
    p.event.platform = trimmed(c.platform);
    EventDay day;
    day.date = c.date;
    day.start = c.start;
    day.end = c.end;
    p.event.days.push_back(day);

    Outline o{p.body};
    if (c.kind == DocKind::CongVan) cong_van_outline(o);
    else if (c.kind == DocKind::GiayMoi) giay_moi_outline(o);
    else ke_hoach_outline(o);

    add_sites(c, p);
    p.archive = "VT";
    const IssuerDefaults d = issuer_defaults(h.issuing_body);
    if (!d.forms.empty()) p.signer.title = d.forms[0].title;
    return p;
}

}  // namespace dc
