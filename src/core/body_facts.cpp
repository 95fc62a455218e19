// body_facts.cpp — run-in text written from the event (see body_facts.h).
//
// [SECTION] Writing — the three texts, in the document's Vietnamese
// [SECTION] Reading — does a text written by hand still name the facts?
#include "core/body_facts.h"

#include <cctype>

#include "core/datetime.h"
#include "core/text.h"

namespace dc {

namespace {

bool blank(std::string_view s) {
    for (unsigned char c : s)
        if (!std::isspace(c)) return false;
    return true;
}

std::string trimmed(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

const Site* central_site(const Plan& p) {
    for (const Site& s : p.sites)
        if (s.central) return &s;
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

// "1/2 ngày, bắt đầu từ 08h00 ngày 31/8/2021." (seed 002); without a duration
// and with an end: "từ 08h00 đến 11h30 ngày 31/8/2021."; several days: "…, đến ngày 2/9/2021."
std::string time_text(const Plan& p) {
    const Event& e = p.event;
    if (e.days.empty()) return {};
    const EventDay& d0 = e.days.front();
    const std::string duration = trimmed(e.duration_text);
    std::string when;
    if (d0.start != kNoTime) {
        if (duration.empty() && d0.end != kNoTime && d0.end != d0.start)
            when = "từ " + format_time(d0.start) + " đến " + format_time(d0.end);
        else
            when = "bắt đầu từ " + format_time(d0.start);
    }
    if (d0.date.complete()) when += (when.empty() ? "" : " ") + std::string("ngày ") + format_date(d0.date);
    const Date& last = e.days.back().date;
    if (e.days.size() > 1 && last.complete() && last != d0.date) when += " đến ngày " + format_date(last);
    if (when.empty()) return duration.empty() ? std::string() : duration + ".";
    return (duration.empty() ? "" : duration + ", ") + when + ".";
}

// "Hội nghị trực tuyến trên nền tảng K12 Online."
std::string form_text(const Plan& p) {
    std::string format = trimmed(p.event.format);
    if (format.empty()) format = "Hội nghị trực tuyến";
    const std::string platform = trimmed(p.event.platform);
    return format + (platform.empty() ? "" : " trên nền tảng " + platform) + ".";
}

// A group's name as the sentence needs it: "Điểm cầu tại các phòng GDĐT" → "các phòng GDĐT".
std::string group_place(const std::string& name) {
    const std::string n = trimmed(name);
    for (const char* prefix : {"điểm cầu tại ", "điểm cầu "}) {
        const std::string pre = prefix;
        if (n.size() > pre.size() && lower_vi(n.substr(0, pre.size())) == pre) return n.substr(pre.size());
    }
    return n;
}

// "điểm cầu trung tâm tại Hội trường A, Sở GDĐT, 56 Trần Hưng Đạo; kết nối với
// 17 điểm cầu tại các phòng GDĐT, các trường THPT."
std::string place_text(const Plan& p) {
    std::string out;
    if (const Site* c = central_site(p); c && !blank(c->name)) {
        out = "điểm cầu trung tâm tại " + trimmed(c->name);
        if (!blank(c->address)) out += ", " + trimmed(c->address);
    }
    long long others = 0;
    for (const Site& s : p.sites) others += s.central ? 0 : 1;
    std::string where;
    for (const SiteGroup& g : p.site_groups) {
        if (blank(g.name)) continue;
        where += (where.empty() ? "" : ", ") + group_place(g.name);
    }
    std::string linked;
    if (others > 0) linked = format_number_vi(others) + " điểm cầu" + (where.empty() ? "" : " tại " + where);
    else if (!where.empty()) linked = "các điểm cầu tại " + where;
    if (!linked.empty()) out += (out.empty() ? "" : "; ") + std::string("kết nối với ") + linked;
    return out.empty() ? out : out + ".";
}

//-----------------------------------------------------------------------------
// [SECTION] Reading
//-----------------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// `v` occurs in `text` not glued to other digits: "8h00" is not read inside
// "18h00", nor "8h" inside "8h30" or "8 giờ" inside "8 giờ 30".
bool contains_bounded(const std::string& text, const std::string& v) {
    for (std::size_t at = text.find(v); at != std::string::npos; at = text.find(v, at + 1)) {
        if (at > 0 && is_digit(text[at - 1])) continue;
        std::size_t end = at + v.size();
        if (end < text.size() && is_digit(text[end])) continue;
        if (!is_digit(v.back())) {   // "8h" / "8 giờ": minutes may follow after a space
            while (end < text.size() && text[end] == ' ') ++end;
            if (end < text.size() && is_digit(text[end])) continue;
        }
        return true;
    }
    return false;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A date as it may be written: 31/8/2021, 31/08/2021, 05/9/2021, 5/9/2021, "ngày 5 tháng 9 năm 2021".
bool names_date(const std::string& text, const Date& d) {
    for (const std::string& day : {std::to_string(d.d), two(d.d)})
        for (const std::string& month : {std::to_string(d.m), two(d.m)})
            for (const char* sep : {"/", "-", "."})
                if (contains_bounded(text, day + sep + month + sep + std::to_string(d.y))) return true;
    const std::string words = "ngày " + std::to_string(d.d) + " tháng " + std::to_string(d.m) + " năm " + std::to_string(d.y);
    const std::string words2 = "ngày " + two(d.d) + " tháng " + std::to_string(d.m) + " năm " + std::to_string(d.y);
    const std::string lower = lower_vi(text);
    return lower.find(words) != std::string::npos || lower.find(words2) != std::string::npos;
}

// A time as it may be written: 08h00, 8h00, 8:00, 08 giờ 00, 8 giờ; 8h when on the hour.
bool names_time(const std::string& text, int minutes) {
    const int h = minutes / 60, m = minutes % 60;
    const std::string lower = lower_vi(text);
    for (const std::string& hh : {std::to_string(h), two(h)}) {
        for (const std::string& v : {hh + "h" + two(m), hh + ":" + two(m), hh + " giờ " + two(m), hh + "h " + two(m)})
            if (contains_bounded(lower, v)) return true;
        if (m != 0 && contains_bounded(lower, hh + " giờ " + std::to_string(m))) return true;
        if (m == 0)
            for (const std::string& v : {hh + "h", hh + " giờ", hh + "giờ"})
                if (contains_bounded(lower, v)) return true;
    }
    return false;
}

}  // namespace

bool known_fact(std::string_view fact) { return fact == kFactTime || fact == kFactForm || fact == kFactPlace; }

std::string fact_text(const Plan& p, std::string_view fact) {
    if (fact == kFactTime) return time_text(p);
    if (fact == kFactForm) return form_text(p);
    if (fact == kFactPlace) return place_text(p);
    return {};
}

bool follows_facts(const Block& b) {
    return b.kind == BlockKind::Heading && known_fact(b.fact) && blank(b.body);
}

std::string heading_body(const Plan& p, const Block& b) {
    return follows_facts(b) ? fact_text(p, b.fact) : b.body;
}

std::vector<std::string> fact_disagreement(const Plan& p, const Block& b) {
    std::vector<std::string> missing;
    if (b.kind != BlockKind::Heading || !known_fact(b.fact) || follows_facts(b)) return missing;
    const std::string& text = b.body;
    if (b.fact == kFactTime && !p.event.days.empty()) {
        const EventDay& d0 = p.event.days.front();
        if (d0.start != kNoTime && !names_time(text, d0.start)) missing.push_back(format_time(d0.start));
        if (d0.date.complete() && !names_date(text, d0.date)) missing.push_back(format_date(d0.date));
    } else if (b.fact == kFactForm) {
        const std::string platform = trimmed(p.event.platform);
        if (!platform.empty() && !search_match(text, platform)) missing.push_back(platform);
    } else if (b.fact == kFactPlace) {
        const Site* c = central_site(p);
        if (c && !blank(c->name) && !search_match(text, trimmed(c->name))) missing.push_back(trimmed(c->name));
    }
    return missing;
}

}  // namespace dc
