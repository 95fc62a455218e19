// export_csv.cpp — spreadsheet exports (contract in export_csv.h).
//
// [SECTION] Fields  — neutralising, quoting, records
// [SECTION] Tables  — tasks, sites, agenda
#include "core/export_csv.h"

#include "core/datetime.h"
#include "core/exporters.h"

namespace dc {

using namespace exportwords;

//-----------------------------------------------------------------------------
// [SECTION] Fields
//-----------------------------------------------------------------------------

std::string csv_neutralise(std::string_view cell) {
    if (!cell.empty()) {
        char c = cell.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + std::string(cell);
    }
    return std::string(cell);
}

std::string csv_field(std::string_view cell) {
    std::string n = csv_neutralise(cell);
    std::string out;
    out.reserve(n.size() + 2);
    out += '"';
    for (char c : n) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_record(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += csv_field(cells[i]);
    }
    out += "\r\n";
    return out;
}

namespace {

constexpr const char* kBom = "\xEF\xBB\xBF";

std::string join(const std::vector<std::string>& v, std::string_view sep) {
    std::string s;
    for (const auto& x : v) {
        if (!s.empty()) s += sep;
        s += x;
    }
    return s;
}

std::string date_or_blank(const Date& d) { return d.empty() ? std::string() : format_date(d); }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Tables
//-----------------------------------------------------------------------------

std::string export_csv_tasks(const Plan& p) {
    std::string out = kBom;
    out += csv_record({"STT", "Nội dung công việc", "Thời gian hoàn thành", "Hạn (năm-tháng-ngày)", "Chủ trì",
                       "Phối hợp", "Đã xong", "Ngày xong", "Ghi chú", "Mã"});
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        // The sortable date is the last day (core/deadline.h), as in the statuses and the calendar.
        std::optional<Date> due = deadline_last_day(t.deadline, p);
        out += csv_record({std::to_string(i + 1), t.content, deadline_text(p, t.deadline),
                           due ? format_date_iso(*due) : std::string(), t.lead, join(t.cooperating, "; "),
                           t.done ? "Đã xong" : "Chưa xong", t.done ? date_or_blank(t.done_on) : std::string(),
                           t.note, t.id});
    }
    return out;
}

std::string export_csv_sites(const Plan& p) {
    std::string out = kBom;
    out += csv_record({"STT", "Điểm cầu", "Trung tâm", "Loại", "Nhóm", "Phòng", "Địa chỉ", "Chủ trì", "Thành phần",
                       "Số người", "Người liên hệ", "Điện thoại", "Kỹ thuật viên", "Tài khoản", "Ngày kiểm tra",
                       "Giờ kiểm tra", "Kết quả kiểm tra", "Ghi chú", "Mã"});
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        const SiteGroup* g = find_group(p, s.group_id);
        out += csv_record({std::to_string(i + 1), s.name, s.central ? "Có" : "", s.kind, g ? g->name : s.group_id,
                           s.room, s.address, s.chair, site_participants(p, s),
                           s.headcount > 0 ? std::to_string(s.headcount) : std::string(), s.contact_name,
                           s.contact_phone, s.technician, s.account, date_or_blank(s.test_date),
                           format_time_range(s.test_start, s.test_end), test_status_vi(s.test_status), s.notes,
                           s.id});
    }
    return out;
}

std::string export_csv_agenda(const Plan& p) {
    std::string out = kBom;
    out += csv_record({"STT", "Ngày", "Thứ", "Thời gian", "Bắt đầu", "Kết thúc", "Nội dung", "Thực hiện", "Loại",
                       "Lượt phát biểu", "Mã"});
    for (std::size_t i = 0; i < p.agenda.size(); ++i) {
        const Slot& s = p.agenda[i];
        Date d;
        if (s.day >= 0 && s.day < static_cast<int>(p.event.days.size())) d = p.event.days[s.day].date;
        std::string turns;
        for (const Turn& t : s.turns) {
            const Site* site = find_site(p, t.site_id);
            if (!turns.empty()) turns += '\n';
            turns += site ? site_label(*site) : t.site_id;
            if (t.minutes > 0) turns += " (" + std::to_string(t.minutes) + " phút)";
        }
        std::vector<AgendaItem> items = s.items;
        if (items.empty()) items.push_back({});   // a slot with no item still gets its row
        for (std::size_t k = 0; k < items.size(); ++k) {
            out += csv_record({std::to_string(i + 1), date_or_blank(d), valid_date(d) ? weekday_vi(d) : "",
                               format_time_range(s.start, s.end), format_time(s.start),
                               s.end != kNoTime && s.end != s.start ? format_time(s.end) : std::string(),
                               items[k].content, items[k].performer, slot_kind_vi(s.kind),
                               k == 0 ? turns : std::string(), s.id});
        }
    }
    return out;
}

}  // namespace dc
