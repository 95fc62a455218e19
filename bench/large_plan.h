// large_plan.h — the benchmark's large plan: 1,000 agenda items, 5,000 tasks,
// 2,000 sites (a province's schools: the sites table, the test schedule and
// the site sheets must stay smooth at that size).  Deterministic, with Vietnamese text on
// every string so the reader's NFC path is exercised, not its ASCII fast path.
#pragma once
#include <string>

#include "core/plan.h"

namespace bench {

inline dc::Plan large_plan() {
    using namespace dc;
    Plan p;
    p.header.kind = DocKind::KeHoach;
    p.header.parent_body = "UBND TỈNH GIA LAI";
    p.header.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    p.header.number = "1905";
    p.header.code = "KH-SGDĐT";
    p.header.place = "Gia Lai";
    p.header.date = Date{2021, 8, 28};
    p.header.title = "Tổ chức Hội nghị trực tuyến tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học 2021-2022";
    p.event.name = "Hội nghị trực tuyến nhiều ngày (dữ liệu thử hiệu năng)";
    // 20 days × 50 slots of 10 minutes (07h00 – 15h20) = 1,000 slots, one item each.
    const int kDays = 20, kSlotsPerDay = 50;
    for (int d = 0; d < kDays; ++d)
        p.event.days.push_back(EventDay{Date{2021, 9, 1 + d}, 7 * 60, 7 * 60 + kSlotsPerDay * 10, {}});
    p.event.format = "Hội nghị trực tuyến";
    p.event.platform = "K12 Online";
    p.event.headcount_limit = 30;
    int id = 1;
    for (int g = 0; g < 5; ++g)
        p.site_groups.push_back(SiteGroup{"g" + std::to_string(id++), "Nhóm điểm cầu số " + std::to_string(g + 1),
                                          "Lãnh đạo đơn vị;\nGiáo viên phụ trách thiết bị dạy học;\nKỹ thuật viên.",
                                          "Riêng các trường được trưng dụng làm khu cách ly cử đại diện tham dự.",
                                          "Chi từ nguồn kinh phí được cấp cho các đơn vị trong năm 2021.", {}});
    const int kSites = 2000;
    for (int s = 0; s < kSites; ++s) {
        Site site;
        site.id = "s" + std::to_string(id++);
        site.central = s == 0;
        site.group_id = "g" + std::to_string(1 + s % 5);
        site.kind = s == 0 ? "Sở GDĐT" : "Trường THPT";
        site.name = "Điểm cầu Trường THPT Nguyễn Bỉnh Khiêm số " + std::to_string(s + 1);
        site.room = "Phòng họp trực tuyến tầng " + std::to_string(1 + s % 4);
        site.address = std::to_string(10 + s) + " đường Trần Hưng Đạo, phường Tây Sơn, thành phố Pleiku, tỉnh Gia Lai";
        site.chair = "Hiệu trưởng Trường THPT số " + std::to_string(s + 1);
        site.headcount = 5 + s % 20;
        site.contact_name = "Ông Nguyễn Văn Đức";
        site.contact_phone = "0367 850 " + std::to_string(100 + s);
        site.technician = "Kỹ thuật viên " + std::to_string(1 + s % 12);
        site.account = "gialai" + std::to_string(s);
        site.test_date = Date{2021, 8, 30};
        site.test_start = 8 * 60 + (s % 24) * 20;
        site.test_end = site.test_start + 15;
        site.test_status = static_cast<TestStatus>(s % 5);
        site.notes = "Đường truyền cáp quang; dự phòng 4G.";
        p.sites.push_back(std::move(site));
    }
    for (int i = 0; i < kDays * kSlotsPerDay; ++i) {
        Slot sl;
        sl.id = "a" + std::to_string(id++);
        sl.day = i / kSlotsPerDay;
        sl.start = 7 * 60 + (i % kSlotsPerDay) * 10;
        sl.end = sl.start + 10;
        sl.kind = i % 10 == 0 ? SlotKind::Discussion : SlotKind::Normal;
        sl.items.push_back(AgendaItem{"Tham luận về công tác quản lý, sử dụng phòng học bộ môn, phần " + std::to_string(i + 1),
                                      "Lãnh đạo Sở GDĐT", {}});
        if (sl.kind == SlotKind::Discussion) sl.turns.push_back(Turn{"s" + std::to_string(7 + i % 300), 5, {}});
        p.agenda.push_back(std::move(sl));
    }
    for (int i = 0; i < 5000; ++i) {
        Task t;
        t.id = "t" + std::to_string(id++);
        t.content = "Gửi tài liệu Hội nghị về các điểm cầu cho đại biểu, đợt " + std::to_string(i + 1);
        t.deadline.qualifier = i % 3 == 0 ? DeadlineQualifier::On : DeadlineQualifier::Before;
        t.deadline.relative = i % 4 == 0;
        t.deadline.days_before_event = t.deadline.relative ? i % 10 : 0;
        t.deadline.date = t.deadline.relative ? Date{} : Date{2021, 8, 1 + i % 31};
        t.lead = i % 2 ? "Văn phòng" : "Các phòng chuyên môn, nghiệp vụ thuộc Sở";
        t.cooperating = {"Viettel Gia Lai", "Phòng Kế hoạch - Tài chính"};
        t.done = i % 5 == 0;
        if (t.done) t.done_on = Date{2021, 8, 20};
        t.note = i % 7 == 0 ? "Đã nhắc qua nhóm Zalo" : "";
        p.tasks.push_back(std::move(t));
    }
    p.recipients.push_back(Recipient{"UBND tỉnh", "báo cáo", false, {}});
    p.archive = "VT, VP";
    p.signer = Signer{"", "GIÁM ĐỐC", "", "Lê Duy Định", {}};
    p.next_id = id;
    return p;
}

}  // namespace bench
