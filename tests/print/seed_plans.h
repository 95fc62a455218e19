// seed_plans.h — the two seed documents (Kế hoạch 1905/KH-SGDĐT and the K12 Online công văn) as Plans, built
// in C++ so the print tests do not depend on the template reader.  Used by
// tests/core/test_export_html.cpp and tests/print/render_docs.cpp.
//
// Facts the seeds leave implicit are filled in as the seeds' README says:
// the 002 conference ends at 11h30; the 17 district bridge points of Gia Lai
// (2021) are named here so the site documents have rows to print.
//
// [SECTION] helpers · [SECTION] seed 002 (Kế hoạch) · [SECTION] seed 000 (Công văn) · [SECTION] hostile
#pragma once
#include <string>
#include <vector>

#include "core/plan.h"

namespace dc::testdata {

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

inline Block heading(int level, std::string text, std::string body = {}) {
    Block b; b.kind = BlockKind::Heading; b.level = level; b.text = std::move(text); b.body = std::move(body);
    return b;
}
inline Block para(std::string text) { Block b; b.kind = BlockKind::Paragraph; b.text = std::move(text); return b; }
inline Block bullet(std::string text) { Block b; b.kind = BlockKind::Bullet; b.text = std::move(text); return b; }
inline Block insert(InsertWhat w) { Block b; b.kind = BlockKind::Insert; b.insert = w; return b; }
inline int hm(int h, int m) { return h * 60 + m; }

inline Slot slot(std::string id, int start, int end, std::vector<AgendaItem> items, SlotKind k = SlotKind::Normal) {
    Slot s; s.id = std::move(id); s.start = start; s.end = end; s.items = std::move(items); s.kind = k;
    return s;
}
inline Task task(std::string id, std::string content, Date d, std::string lead,
                 DeadlineQualifier q = DeadlineQualifier::Before) {
    Task t; t.id = std::move(id); t.content = std::move(content); t.deadline.date = d; t.deadline.qualifier = q;
    t.lead = std::move(lead);
    return t;
}
inline Recipient recipient(std::string name, std::string purpose = {}) {
    Recipient r; r.name = std::move(name); r.purpose = std::move(purpose); return r;
}

//-----------------------------------------------------------------------------
// [SECTION] seed 002 — Kế hoạch số 1905/KH-SGDĐT, 28/8/2021
//-----------------------------------------------------------------------------

inline const std::vector<std::string>& gia_lai_districts() {
    static const std::vector<std::string> d = {"thành phố Pleiku", "thị xã An Khê", "thị xã Ayun Pa", "huyện Kbang",
        "huyện Đak Đoa", "huyện Chư Păh", "huyện Ia Grai", "huyện Mang Yang", "huyện Kông Chro", "huyện Đức Cơ",
        "huyện Chư Prông", "huyện Chư Sê", "huyện Đak Pơ", "huyện Ia Pa", "huyện Krông Pa", "huyện Phú Thiện",
        "huyện Chư Pưh"};
    return d;
}

inline Plan seed_002() {
    Plan p;
    Header& h = p.header;
    h.kind = DocKind::KeHoach;
    h.parent_body = "UBND TỈNH GIA LAI";
    h.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    h.number = "1905";
    h.code = "KH-SGDĐT";
    h.place = "Gia Lai";
    h.date = {2021, 8, 28};
    h.title = "Tổ chức Hội nghị trực tuyến tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học 2021-2022";
    h.intro = "Thực hiện chỉ đạo của Bộ Giáo dục và Đào tạo về triển khai nhiệm vụ năm học 2020-2021; ý kiến chỉ đạo "
              "của Ủy ban nhân tỉnh tại văn bản số 1224/UBND-KGVX ngày 28/8/2021 về việc tổ chức Hội nghị Tổng kết và "
              "Tuyên dương khen thưởng năm học 2020-2021, Sở Giáo dục và Đào tạo (GDĐT) tổ chức Hội nghị trực tuyến "
              "tổng kết năm học 2020 - 2021, triển khai nhiệm vụ năm học 2021 – 2022 và Tuyên dương khen thưởng (sau "
              "đây gọi tắt là Hội nghị), cụ thể như sau:";
    h.closing = "Trên đây là Kế hoạch tổ chức Hội nghị tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học "
                "2021-2022 của ngành Giáo dục tỉnh Gia Lai. Đề nghị các phòng chuyên môn, nghiệp vụ thuộc Sở, các "
                "phòng giáo dục và đào tạo, các đơn vị trực thuộc Sở, các trung tâm Giáo dục nghề nghiệp-Giáo dục "
                "thường xuyên huyện căn cứ vào chức năng, nhiệm vụ của đơn vị và Kế hoạch trên để triển khai thực hiện.";

    Event& e = p.event;
    e.name = "Hội nghị trực tuyến tổng kết năm học 2020-2021, triển khai nhiệm vụ năm học 2021-2022";
    EventDay d0; d0.date = {2021, 8, 31}; d0.start = hm(8, 0); d0.end = hm(11, 30);
    e.days = {d0};
    e.duration_text = "1/2 ngày";
    e.format = "Hội nghị trực tuyến";
    e.headcount_limit = 10;
    e.headcount_rule = "Số lượng người tham dự Hội nghị tại các điểm cầu tuân thủ quy định về phòng, chống dịch "
                       "Covid-19, nguyên tắc 5K. **Tập trung không quá 10 người.**";

    p.body = {
        heading(1, "Mục đích, yêu cầu"),
        heading(2, "Mục đích:"),
        bullet("Đánh giá tình hình thực hiện nhiệm vụ, những kết quả nổi bật và tồn tại, hạn chế, nguyên nhân, bài học "
               "kinh nghiệm năm học 2020-2021;"),
        bullet("Triển khai nhiệm vụ trọng tâm năm học 2021-2022 đến các cơ quan, đơn vị, cơ sở giáo dục trên địa bàn "
               "toàn tỉnh."),
        heading(2, "Yêu cầu", "Đảm bảo Hội nghị được tổ chức trang trọng, thiết thực, tiết kiệm, hiệu quả và an toàn "
                              "trong bối cảnh dịch Covid-19 diễn biến phức tạp."),
        heading(1, "Thời gian, hình thức, địa điểm tổ chức Hội nghị"),
        heading(2, "Thời gian", "1/2 ngày, bắt đầu từ 08h00 ngày 31/8/2021."),
        heading(2, "Hình thức", "Hội nghị trực tuyến với điểm cầu trung tâm tại Hội trường A, Sở Giáo dục và Đào tạo, "
                                "56 Trần Hưng Đạo, thành phố Pleiku, tỉnh Gia Lai kết nối với 17 điểm cầu tại huyện, "
                                "thị xã, thành phố."),
        heading(1, "Thành phần tham dự Hội nghị tại các điểm cầu"),
        insert(InsertWhat::Participants),
        heading(1, "Nội dung, chương trình Hội nghị"),
        heading(2, "Nội dung:"),
        bullet("Đánh giá kết quả thực hiện nhiệm vụ năm học 2020-2021 theo Chỉ thị số 666/CT-BGDĐT ngày 24/8/2020 của "
               "Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học 2020-2021;"),
        bullet("Triển khai nhiệm vụ trọng tâm năm học 2021-2022 của ngành giáo dục."),
        bullet("Trao tặng danh hiệu Chiến sĩ thi đua cấp tỉnh đã có thành tích xuất sắc trong phong trào thi đua yêu "
               "nước từ năm học 2017-2018 đến năm học 2019-2020; trao tặng Cờ thi đua cho tập thể, đã hoàn thành xuất "
               "sắc toàn diện nhiệm vụ công tác, dẫn đầu phong trào thi đua yêu nước năm 2020 (trao tặng đại diện cá "
               "nhân và tập thể có thông báo riêng)."),
        heading(2, "Chương trình (dự kiến):"),
        insert(InsertWhat::Agenda),
        heading(1, "Tổ chức thực hiện"),
        insert(InsertWhat::Duties),
        heading(2, "Tiến độ công việc và phân công thực hiện"),
        insert(InsertWhat::Tasks),
        heading(1, "Kinh phí"),
        insert(InsertWhat::Budget),
    };

    SiteGroup g1; g1.id = "g1"; g1.name = "Điểm cầu trung tâm tại Hội trường A, Sở Giáo dục và Đào tạo";
    g1.participants = "- Chủ trì: Lãnh đạo UBND tỉnh; Giám đốc Sở GDĐT;\n- Các Phó Giám đốc Sở GDĐT;\n"
                      "- Chủ tịch Công đoàn ngành Giáo dục tỉnh;\n- Lãnh đạo Văn phòng UBND tỉnh;\n"
                      "- Chánh Văn phòng, Trưởng phòng chuyên môn, nghiệp vụ Sở;\n"
                      "- Đại diện tập thể, cá nhân được tuyên dương, khen thưởng (không tham dự Hội nghị, chỉ tham gia "
                      "nhận thưởng).";
    SiteGroup g2; g2.id = "g2"; g2.name = "Điểm cầu tại 17 huyện, thị xã, thành phố";
    g2.participants = "- Chủ trì: Lãnh đạo UBND huyện, thị xã, thành phố;\n"
                      "- Lãnh đạo phòng GDĐT huyện, thị xã, thành phố;\n"
                      "- Đại diện Hiệu trưởng trường (Mầm non, Tiểu học, THCS) và Giám đốc Trung tâm Giáo dục nghề "
                      "nghiệp-Giáo dục thường xuyên huyện do phòng GDĐT huyện, thị xã, thành phố mời.\n"
                      "- Đại diện Hiệu trưởng trường THPT do Sở GDĐT mời;\n"
                      "- Đại diện các đơn vị được phân công báo cáo tham luận trong Hội nghị (nếu có).";
    p.site_groups = {g1, g2};

    Site c; c.id = "s1"; c.central = true; c.group_id = "g1"; c.kind = "Sở GDĐT";
    c.name = "Hội trường A, Sở Giáo dục và Đào tạo"; c.address = "56 Trần Hưng Đạo, thành phố Pleiku, tỉnh Gia Lai";
    c.chair = "Lãnh đạo UBND tỉnh; Giám đốc Sở GDĐT"; c.headcount = 10; c.technician = "Viettel Gia Lai";
    c.test_date = {2021, 8, 30}; c.test_start = hm(14, 0); c.test_end = hm(14, 15);
    p.sites.push_back(c);
    int n = 2;
    for (const auto& d : gia_lai_districts()) {
        Site s; s.id = "s" + std::to_string(n); s.group_id = "g2"; s.kind = "Phòng GDĐT";
        s.name = "Phòng GDĐT " + d;
        s.chair = "Lãnh đạo UBND " + d;
        s.headcount = 8;
        s.technician = "Viettel Gia Lai";
        s.test_date = {2021, 8, 30};
        s.test_start = hm(14, 15) + (n - 2) * 10;
        s.test_end = s.test_start + 10;
        p.sites.push_back(s);
        ++n;
    }

    p.agenda = {
        slot("a1", hm(7, 30), hm(8, 0), {{"Đăng ký đại biểu", "Văn phòng Sở GDĐT", {}}}, SlotKind::Registration),
        slot("a2", hm(8, 0), hm(9, 30),
             {{"Tuyên bố lý do, giới thiệu đại biểu", "Chánh Văn phòng Sở GDĐT", {}},
              {"Phát biểu khai mạc Hội nghị", "Giám đốc Sở GDĐT Lê Duy Định", {}},
              {"Trình bày Báo cáo Tổng kết năm học 2020-2021, phương hướng nhiệm vụ năm học 2021-2022",
               "Lãnh đạo Sở GDĐT", {}}}),
        slot("a3", hm(9, 30), hm(10, 30), {{"Tham luận, thảo luận", "Các đại biểu", {}}}, SlotKind::Discussion),
        slot("a4", hm(10, 30), hm(11, 15), {{"Công bố kết quả khen thưởng năm học 2020-2021", "Văn phòng Sở GDĐT", {}}},
             SlotKind::Ceremony),
        slot("a5", hm(11, 15), hm(11, 30), {{"Phát biểu chỉ đạo của lãnh đạo cấp trên", "Lãnh đạo UBND tỉnh", {}}}),
        slot("a6", hm(11, 30), hm(11, 30), {{"Bế mạc Hội nghị", "Giám đốc Sở GDĐT Lê Duy Định", {}}}),
    };

    Duty vp; vp.unit = "Văn phòng";
    vp.items = {"Chủ trì, phối hợp với các phòng chuyên môn nghiệp vụ thuộc Sở xây dựng Báo cáo tổng kết năm học "
                "2020-2021, phương hướng nhiệm vụ năm học 2021-2022; phối hợp với các đơn vị chuẩn bị các tham luận "
                "trình bày tại Hội nghị;",
                "Xây dựng giấy mời đại biểu dự Hội nghị tại các điểm cầu;",
                "Phối hợp với Viettel Gia Lai chuẩn bị điều kiện vật chất, kỹ thuật tại các điểm cầu;",
                "Dự toán và quyết toán kinh phí tổ chức Hội nghị."};
    Duty cm; cm.unit = "Các phòng chuyên môn nghiệp vụ thuộc Sở GDĐT";
    cm.items = {"Xây dựng Báo cáo tổng kết năm học 2020-2021, phương hướng nhiệm vụ năm học 2021-2022 với nội dung "
                "đánh giá những kết quả đạt được và hạn chế về lĩnh vực phụ trách theo chỉ đạo của lãnh đạo Sở GDĐT.",
                "Đề xuất nội dung tham luận, thảo luận của các đơn vị tại Hội nghị;"};
    cm.note = "(Báo cáo tổng kết về đề xuất nội dung tham luận gửi về Văn phòng qua địa chỉ E-mail: "
              "vanphong.sogialai@moet.edu.vn)";
    p.duties = {vp, cm};

    p.tasks = {
        task("t1", "Xây dựng Báo cáo tổng kết năm học 2020-2021 và phương hướng, nhiệm vụ năm học 2021-2022",
             {2021, 8, 26}, "Các phòng CMNV Sở"),
        task("t2", "Xây dựng công văn đề nghị UBND các huyện, thị xã, thành phố phối hợp, chỉ đạo, tổ chức Hội nghị",
             {2021, 8, 28}, "Văn phòng"),
        task("t3", "Gửi giấy mời, giấy triệu tập Hội nghị", {2021, 8, 28}, "Văn phòng"),
        task("t4", "Báo cáo tham luận các đơn vị gửi về Văn phòng tổng hợp", {2021, 8, 28}, "Các đơn vị được phân công"),
        task("t5", "Hợp rà soát các công việc chuẩn bị tổ chức Hội nghị", {2021, 8, 30}, "Văn phòng"),
        task("t6", "Gửi tài liệu Hội nghị về các điểm cầu cho đại biểu", {2021, 8, 30}, "Văn phòng"),
        task("t7", "Kiểm tra kết nối đường truyền tại 18 điểm cầu", {}, "Viettel Gia Lai; Văn phòng",
             DeadlineQualifier::On),
    };
    // Task 7 is tied to the event (T-1), so its printed date is computed: 30/8/2021.
    p.tasks[6].deadline.relative = true;
    p.tasks[6].deadline.days_before_event = 1;
    p.tasks[0].done = true;
    p.tasks[0].done_on = {2021, 8, 25};

    BudgetLine b;
    b.text = "Nguồn kinh phí được chi từ nguồn kinh phí sự nghiệp được cấp cho ngành Giáo dục trong năm 2021 và các "
             "nguồn hỗ trợ khác (nếu có).";
    b.source = "nguồn kinh phí sự nghiệp được cấp cho ngành Giáo dục trong năm 2021";
    p.budget = {b};

    p.recipients = {recipient("UBND tỉnh", "báo cáo"), recipient("Bộ Giáo dục và Đào tạo", "báo cáo"),
                    recipient("UBND các huyện, TX, TP", "phối hợp"), recipient("Viettel Gia Lai", "phối hợp"),
                    recipient("Các phòng GDĐT huyện, TX, TP"), recipient("Các đơn vị trực thuộc Sở"),
                    recipient("Các trung tâm GDNN-GDTC huyện"), recipient("Các phòng CMNV Sở"),
                    recipient("Đăng Website Sở")};
    p.archive = "VT, VP";
    p.signer.title = "GIÁM ĐỐC";
    p.signer.name = "Lê Duy Định";
    return p;
}

//-----------------------------------------------------------------------------
// [SECTION] seed 000 — Công văn (number and day left blank), 10/2021
//-----------------------------------------------------------------------------

inline Plan seed_000() {
    Plan p;
    Header& h = p.header;
    h.kind = DocKind::CongVan;
    h.parent_body = "UBND TỈNH GIA LAI";
    h.issuing_body = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    h.number = "";
    h.code = "SGDĐT-GDTrHCTTX";
    h.place = "Gia Lai";
    h.date = {2021, 10, 0};
    h.title = "tổ chức Hội nghị trực tuyến về công tác quản lý, sử dụng phòng học bộ môn và thiết bị dạy học";
    h.addressees = {"Các phòng giáo dục và đào tạo", "Các trung tâm GDNN-GDTX", "Trung tâm GDTX tỉnh",
                    "Các trường phổ thông trực thuộc Sở"};
    h.legal_basis = {"Căn cứ Thông tư số 14/2020/TT-BGDĐT ngày 26/5/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) "
                     "ban hành quy định phòng học bộ môn của cơ sở giáo dục phổ thông",
                     "Căn cứ Công văn số 1939/SGDĐT-GDTrHCTTX ngày 31/8/2021 của Sở GDĐT về việc tăng cường quản lý, sử "
                     "dụng phòng học bộ môn và thiết bị dạy học"};
    h.intro = "Sở GDĐT tổ chức Hội nghị trực tuyến về công tác quản lý, sử dụng phòng học bộ môn và thiết bị dạy học "
              "năm học 2021-2022 và những năm học tiếp theo, cụ thể như sau:";
    h.closing = "Yêu cầu các phòng GDĐT, các trường phổ thông trực thuộc Sở, các trung tâm GDNN-GDTX và Trung tâm GDTX "
                "tỉnh triệu tập đúng, đủ thành phần và kịp thời phối hợp với đơn vị liên quan đảm bảo các điều kiện cần "
                "thiết để triển khai hiệu quả Hội nghị trực tuyến. Trong quá trình triển khai thực hiện, nếu có vướng "
                "mắc, đề nghị liên hệ về Sở GDĐT (qua Phòng Giáo dục Trung học, Giáo dục Chính trị và Giáo dục Thường "
                "xuyên) để kịp thời hướng dẫn.";

    Event& e = p.event;
    e.name = "Hội nghị trực tuyến về công tác quản lý, sử dụng phòng học bộ môn và thiết bị dạy học";
    EventDay d0; d0.date = {2021, 10, 27}; d0.start = hm(14, 0); d0.end = hm(17, 0);
    e.days = {d0};
    e.format = "Hội nghị trực tuyến";
    e.platform = "K12 Online";
    TechSession t1; t1.id = "k1"; t1.kind = TechKind::Connection; t1.date = {2021, 10, 27};
    t1.start = hm(8, 0); t1.end = hm(11, 0); t1.label = "Kết nối kỹ thuật";
    TechSession t2; t2.id = "k2"; t2.kind = TechKind::Rehearsal; t2.date = {2021, 10, 27};
    t2.start = hm(14, 0); t2.label = "Tổng duyệt kỹ thuật và Hội nghị chính thức";
    e.tech_sessions = {t1, t2};

    // Levels as plan.h defines them (and as assets/templates/cong-van-k12.json
    // has them): a công văn's "1." is level 2, its "a)" level 3.
    p.body = {
        heading(2, "Mục đích"),
        para("Đánh giá tình hình quản lý, sử dụng phòng học bộ môn và thiết bị dạy học năm học 2021-2022 và đề ra giải "
             "pháp cho những năm học tiếp theo."),
        heading(2, "Nội dung"),
        heading(3, "Đánh giá tình hình quản lý, sử dụng phòng học bộ môn và thiết bị dạy học năm học 2021-2022."),
        heading(3, "Triển khai một số nhiệm vụ trọng tâm và giải pháp tăng cường công tác quản lý, sử dụng phòng học "
                   "bộ môn và thiết bị dạy học năm học 2021-2022 và các năm học tiếp theo tại các cơ sở giáo dục."),
        heading(2, "Hình thức tổ chức Hội nghị"),
        heading(3, "Hội nghị trực tuyến thực hiện trên nền tảng K12 Online."),
        heading(3, "Các Điểm cầu bao gồm:"),
        insert(InsertWhat::Sites),
        heading(3, "Thời gian kết nối, tổng duyệt kỹ thuật:"),
        insert(InsertWhat::TechSessions),
        heading(2, "Thời gian và thành phần dự Hội nghị"),
        heading(3, "Thời gian", "14h00-17h00 ngày 27/10/2021 (thứ Tư)."),
        heading(3, "Thành phần:"),
        insert(InsertWhat::Participants),
        heading(2, "Kinh phí tổ chức Hội nghị"),
        insert(InsertWhat::Budget),
        heading(2, "Tổ chức thực hiện"),
        insert(InsertWhat::Duties),
    };

    auto group = [](std::string id, std::string name, std::string part, std::string rules = {}) {
        SiteGroup g; g.id = std::move(id); g.name = std::move(name); g.participants = std::move(part);
        g.rules = std::move(rules);
        return g;
    };
    p.site_groups = {
        group("g1", "Điểm cầu chính tại Sở GDĐT",
              "Lãnh đạo Sở GDĐT; đại diện lãnh đạo các phòng chuyên môn, nghiệp vụ thuộc Sở: Phòng GDMN&GDTH, "
              "Thanh tra Sở, KHTC; lãnh đạo và chuyên viên của Phòng Giáo dục Trung học, Giáo dục Chính trị và Giáo "
              "dục Thường xuyên."),
        group("g2", "Điểm cầu tại các phòng GDĐT",
              "Gồm lãnh đạo Phòng GDĐT và chuyên viên phụ trách các cấp học MN, TH, THCS thuộc Phòng GDĐT; đại diện "
              "một số Hiệu trưởng Trường MN, TH, THCS do các phòng GDĐT triệu tập."),
        group("g3", "Điểm cầu tại các trường phổ thông trực thuộc Sở",
              "Gồm: Hiệu trưởng, các Phó Hiệu trưởng; Giáo viên, nhân viên phụ trách phòng học bộ môn, thiết bị dạy "
              "học do Hiệu trưởng triệu tập.",
              "Riêng các trường phổ thông trực thuộc Sở được trưng dụng làm khu cách ly, chủ động liên hệ với Phòng "
              "GDĐT hoặc Trung tâm GDNN-GDTX trên địa bàn và cử đại diện cán bộ quản lý tham dự."),
        group("g4", "Điểm cầu tại Trung tâm GDTX tỉnh",
              "Gồm Giám đốc, Phó Giám đốc, giáo viên, nhân viên phụ trách phòng học bộ môn, thiết bị dạy học do Giám "
              "đốc triệu tập."),
        group("g5", "Điểm cầu tại Trung tâm GDNN-GDTX",
              "Gồm Giám đốc, Phó Giám đốc, giáo viên, nhân viên phụ trách phòng học bộ môn, thiết bị dạy học do Giám "
              "đốc triệu tập."),
    };
    Site c; c.id = "s1"; c.central = true; c.group_id = "g1"; c.kind = "Sở GDĐT"; c.name = "Điểm cầu chính tại Sở GDĐT";
    c.address = "56 Trần Hưng Đạo, thành phố Pleiku, tỉnh Gia Lai";
    c.contact_name = "Bà Phan Thị Hương"; c.contact_phone = "0367 850 603";
    c.test_date = {2021, 10, 27}; c.test_start = hm(8, 0); c.test_end = hm(8, 30);
    c.test_status = TestStatus::Ok;
    Site s2; s2.id = "s2"; s2.group_id = "g2"; s2.kind = "Phòng GDĐT"; s2.name = "Phòng GDĐT thành phố Pleiku";
    s2.test_date = {2021, 10, 27}; s2.test_start = hm(8, 30); s2.test_end = hm(9, 0);
    s2.test_status = TestStatus::NoSound;
    Site s3; s3.id = "s3"; s3.group_id = "g3"; s3.kind = "Trường THPT"; s3.name = "Trường THPT Pleiku";
    Site s4; s4.id = "s4"; s4.group_id = "g4"; s4.kind = "Trung tâm GDTX"; s4.name = "Trung tâm GDTX tỉnh";
    p.sites = {c, s2, s3, s4};

    BudgetLine b1; b1.scope = "tại Điểm cầu Sở GDĐT";
    b1.text = "Kinh phí tổ chức Hội nghị tại Điểm cầu Sở GDĐT chi từ nguồn kinh phí sự nghiệp ngành Giáo dục được cấp "
              "năm 2021.";
    BudgetLine b2;
    b2.text = "Kinh phí tổ chức Hội nghị tại Điểm cầu các phòng GDĐT, Điểm cầu các trường phổ thông trực thuộc Sở, "
              "Điểm cầu Trung tâm GDNN-GDTX chi từ nguồn kinh phí được cấp cho các đơn vị trong năm 2021.";
    p.budget = {b1, b2};

    Duty d1; d1.unit = "Các phòng GDĐT, Trung tâm GDNN-GDTX";
    d1.items = {"Chủ động, phối hợp với Sở GDĐT để kết nối Hội nghị trực tuyến.",
                "Thực hiện đầy đủ các biện pháp phòng, chống dịch Covid-19 theo quy định của ngành Y tế.",
                "Chuẩn bị tài liệu Hội nghị phát cho các đại biểu (tài liệu sẽ được gửi qua nhóm Zalo)."};
    Duty d2; d2.unit = "Các trường phổ thông trực thuộc Sở";
    d2.lead_in = "Chủ động, phối hợp với Sở GDĐT chuẩn bị các điều kiện để tham gia Hội nghị theo quy định; thực hiện "
                 "đầy đủ các biện pháp phòng, chống dịch Covid-19 theo quy định của ngành Y tế.";
    Duty d3; d3.unit = "Đề nghị Văn phòng:";
    d3.items = {"Phối hợp với Phòng GDTrHCTTX để tổ chức Điểm cầu tại Sở GDĐT;",
                "Phối hợp kết nối Hội nghị tại Điểm cầu ở các phòng GDĐT, các trường phổ thông trực thuộc Sở, Trung "
                "tâm GDTX tỉnh, Trung tâm GDNN-GDTX.",
                "Thông tin kết nối kỹ thuật liên hệ Bà Phan Thị Hương, Chuyên viên Văn phòng Sở GDĐT, điện thoại: "
                "0367 850 603."};
    Duty d4; d4.unit = "Đề nghị các phòng: GDMN&GDTH, Thanh tra Sở, KHTC";
    d4.lead_in = "phối hợp với Phòng GDTrHCTTX chuẩn bị các điều kiện và nội dung liên quan đến công tác quản lý, sử "
                 "dụng phòng học bộ môn và thiết bị dạy học để tổ chức hội nghị.";
    p.duties = {d1, d2, d3, d4};

    Contact ct; ct.name = "Bà Phan Thị Hương"; ct.role = "Chuyên viên Văn phòng Sở GDĐT"; ct.phone = "0367 850 603";
    ct.purpose = "Thông tin kết nối kỹ thuật";
    p.contacts = {ct};

    p.recipients = {recipient("Như trên", "thực hiện"), recipient("UBND tỉnh", "báo cáo"),
                    recipient("Giám đốc và Phó Giám đốc Sở", "báo cáo"), recipient("Các phòng CMNV thuộc Sở"),
                    recipient("Đăng Website Sở")};
    p.archive = "VT, GDTrHCTTX";
    p.signer.title = "GIÁM ĐỐC";
    p.signer.name = "Lê Duy Định";
    return p;
}

//-----------------------------------------------------------------------------
// [SECTION] hostile — seed 002 with markup in every kind of field
//-----------------------------------------------------------------------------

inline const char* kHostileScript = "<script>alert(1)</script>";
inline const char* kHostileImg = "\"><img src=x onerror=alert(1)>";
inline const char* kHostileStyle = "</style><script>alert(2)</script>";

inline Plan hostile() {
    Plan p = seed_002();
    const std::string s = kHostileScript, i = kHostileImg, st = kHostileStyle;
    p.header.title = "Tiêu đề " + s;
    p.header.intro = "Mở đầu " + i + " & ' \" " + st;
    p.header.version_label = "Dự thảo " + st + " \\\" ; } body { display:none }";
    p.header.place = "Gia Lai" + i;
    p.header.code = "KH-" + s;
    p.body.insert(p.body.begin() + 1, para("Đoạn " + st));
    p.body.insert(p.body.begin() + 1, bullet("Ý " + i));
    p.agenda[0].items[0].content = "Đăng ký " + s;
    p.agenda[1].items[1].performer = "Giám đốc " + i;
    p.tasks[2].content = "Gửi giấy mời " + i;
    p.tasks[3].lead = "Văn phòng " + st;
    p.sites[1].name = "Điểm cầu " + s;
    p.sites[1].contact_phone = "0900" + i;
    p.site_groups[1].participants = "- Thành phần " + st + "\n- " + s;
    p.duties[0].items[0] = "Nhiệm vụ " + s;
    p.recipients[0].name = "UBND " + i;
    p.signer.name = "Lê " + s;
    p.archive = "VT, " + st;
    return p;
}

}  // namespace dc::testdata
