// export_csv.h — the tasks, the sites and the programme as spreadsheets (.csv)
// that Excel and LibreOffice Calc open with the Vietnamese intact.
//
// Format (RFC 4180 plus what Excel needs):
//   - UTF-8 with a byte-order mark: without it Excel on Windows reads the file
//     as the ANSI code page and shows "Ná»™i dung";
//   - comma-separated, CRLF after every record, EVERY field in double quotes
//     (a quote inside doubled), so commas, semicolons and line breaks inside a
//     cell never split it; line breaks inside a cell are kept as typed;
//   - header row in Vietnamese;
//   - formula injection: a cell whose text starts with = + - @, a tab or a CR
//     gets a leading apostrophe, so Excel/Calc show it as text and never run
//     it (OWASP "CSV injection").  This also applies to harmless text such as
//     "- Chủ trì: …" or "-2": the price is one visible apostrophe, the
//     alternative is guessing which leading dash is safe.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

// STT, Nội dung công việc, Thời gian hoàn thành, Hạn (năm-tháng-ngày), Chủ trì,
// Phối hợp, Đã xong, Ngày xong, Ghi chú, Mã — one row per task, in STT order.
std::string export_csv_tasks(const Plan& plan);

// STT, Điểm cầu, Trung tâm, Loại, Nhóm, Phòng, Địa chỉ, Chủ trì, Thành phần, Số
// người, Người liên hệ, Điện thoại, Kỹ thuật viên, Tài khoản, Ngày kiểm tra, Giờ
// kiểm tra, Kết quả kiểm tra, Ghi chú, Mã — one row per site.
std::string export_csv_sites(const Plan& plan);

// STT, Ngày, Thứ, Thời gian, Bắt đầu, Kết thúc, Nội dung, Thực hiện, Loại, Lượt
// phát biểu, Mã — one row per agenda item; the items of one slot share its STT.
std::string export_csv_agenda(const Plan& plan);

// Building blocks, public for the unit tests.
std::string csv_neutralise(std::string_view cell);           // leading ' before = + - @ \t \r
std::string csv_field(std::string_view cell);                 // neutralised, quoted, quotes doubled
std::string csv_record(const std::vector<std::string>& cells); // fields joined by ',' + CRLF

}  // namespace dc
