#!/usr/bin/env python3
"""Writes tests/fuzz/corpus_paste: clipboard text as Excel, Word and Google
Sheets put it there, the seeds of the fuzz_paste target
(tests/fuzz/fuzz_paste.cpp).  Re-run after changing the cases:
    python3 tests/fuzz/make_corpus_paste.py
Each file is raw bytes (UTF-8, tabs, CRLF as the source program writes them).
"""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus_paste")

TASKS_HEADER = ["STT", "Nội dung công việc", "Thời gian hoàn thành", "Chủ trì", "Phối hợp", "Ghi chú"]
TASKS = [
    ["1", "Xây dựng kế hoạch tổ chức hội nghị", "Trước ngày 20/8/2021", "Văn phòng Sở", "Phòng GDTrH", ""],
    ["2", "Gửi giấy mời, giấy triệu tập đến các điểm cầu", "Trước ngày 25/8/2021", "Văn phòng Sở", "", "Gửi qua hệ thống quản lý văn bản"],
    ["3", "Kiểm tra đường truyền tại các điểm cầu", "Ngày 30/8/2021", "Phòng KHTC", "Viettel Gia Lai; VNPT Gia Lai", ""],
    ["4", "Chuẩn bị tài liệu hội nghị", "", "Phòng GDMN", "Phòng GDTH; Phòng GDTrH", "In 200 bộ"],
    ["5", "Trang trí hội trường", "Trong ngày 30/8/2021", "Văn phòng Sở", "", "x"],
]
SITES_HEADER = ["STT", "Tên điểm cầu", "Địa chỉ", "Người liên hệ", "Điện thoại", "Số người dự"]
SITES = [
    ["1", "Điểm cầu Sở GDĐT (điểm cầu chính)", "02 Hoàng Hoa Thám, Pleiku", "Nguyễn Văn An", "0269 3824 123", "60"],
    ["2", "Phòng GDĐT huyện Chư Păh", "TT Phú Hòa, Chư Păh", "Trần Thị Bình", "0905 123 456", "25"],
    ["3", "Phòng GDĐT huyện Đak Đoa", "TT Đak Đoa", "", "0914.555.777", ""],
    ["4", "Phòng GDĐT thị xã Ayun Pa", "", "Rơ Mah Hiền", "", "khoảng 20"],
    ["5", "Trường THPT Hùng Vương", "Pleiku", "Lê Văn Cường", "(0269) 382 4567", "15"],
]


def tsv(rows, eol="\r\n"):
    return eol.join("\t".join(r) for r in rows) + eol


def quoted(s):
    return '"' + s.replace('"', '""') + '"'


CASES = {
    # Excel: CRLF, a final CRLF, blank cells kept as empty cells
    "01-excel-tasks-header.tsv": tsv([TASKS_HEADER] + TASKS),
    # Google Sheets: LF only, no header, no final newline
    "02-sheets-tasks-no-header.tsv": tsv(TASKS, "\n").rstrip("\n"),
    # Excel with Alt+Enter inside a cell and quotes in the text: quoted cells
    "03-excel-quoted-multiline.tsv": tsv([
        TASKS_HEADER[:4],
        ["1", quoted("Gửi giấy mời,\r\ngiấy triệu tập"), "Trước ngày 28/8/2021", "Văn phòng"],
        ["2", quoted('Ghi "Lưu: VT" và\tký'), "Trong ngày 30/8/2021", quoted("Phòng A\nPhòng B")],
    ]),
    # Word: a table copied from a document, trailing tabs, blank rows between blocks, NBSP padding
    "04-word-table-blank-rows.tsv": tsv([
        ["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", ""],
        ["I", "CÔNG TÁC CHUẨN BỊ", "", "", ""],
        ["1", "\u00a0Họp Ban tổ chức\u00a0", "08 giờ 00 ngày 25/8/2021", "Giám đốc Sở", ""],
        ["", "", "", "", ""],
        ["II", "TỔ CHỨC HỘI NGHỊ", "", "", ""],
        ["2", "Khai mạc", "07 giờ 30", "", ""],
        [""], [""],
    ]),
    # Site lists: a table with header, and one name per line
    "05-excel-sites-header.tsv": tsv([SITES_HEADER] + SITES),
    "06-sites-names-only.tsv": tsv([[s[1]] for s in SITES], "\n"),
    # A leading BOM, lone CRs (old Mac exports), ragged rows
    "07-bom-cr-ragged.tsv": "\ufeff" + "Tên điểm cầu\tĐiện thoại\rPhòng GDĐT Ia Grai\r"
                            + "Phòng GDĐT Kbang\t0269 3834 001\textra\r\r",
    # An unterminated quote that swallows the rest
    "08-unterminated-quote.tsv": tsv([TASKS_HEADER[:3], ["1", '"Chuẩn bị hội trường', "30/8/2021"],
                                       ["2", "Kiểm tra âm thanh", "31/8/2021"]]),
    # Text in TCVN3 (.VnTime) look-alikes and decomposed (NFD) Vietnamese
    "09-tcvn3-and-nfd.tsv": tsv([["1", "Céng hßa X· héi chñ nghÜa ViÖt Nam", "Tr\u01b0\u1edbc ng\u00e0y 1/9"],
                                 ["2", "Ho\u0300a Bi\u0300nh", "Thu\u031b\u0301 hai"]]),
    # Very long lines: one long cell (Word paragraph pasted into a cell) and a wide row
    "10-long-cell.tsv": tsv([TASKS_HEADER[:3],
                             ["1", "Đề nghị các đơn vị chuẩn bị đầy đủ thiết bị, " * 600, "Trước ngày 28/8/2021"]]),
    "11-wide-row.tsv": tsv([["Cột %d" % i for i in range(80)], [str(i) for i in range(80)]]),
    # Relative deadlines, done marks, several co-operating units
    "12-deadlines-done.tsv": tsv([
        ["Nội dung công việc", "Thời hạn", "Đã xong", "Phối hợp"],
        ["Gửi kế hoạch", "Trước hội nghị 3 ngày", "✓", "Phòng A; Phòng B\nPhòng C"],
        ["Báo cáo kết quả", "Sau hội nghị 1 tuần", "x", ""],
        ["Tổng hợp ý kiến", "Trong tháng 9/2021", "chưa", ""],
        ["Họp rút kinh nghiệm", "25:00 32/13/2021", "", ""],
    ]),
    # Nothing but blank lines and tabs
    "13-blank.tsv": "\t\t\r\n\r\n \t \n",
    # A programme with TT, typographic times and an item row with no time (the agenda paste)
    "14-programme-4col.tsv": tsv([
        ["TT", "Thời gian", "Nội dung", "Thực hiện"],
        ["1", "7h30\u2019 \u2013 8h00\u2019", "Đón tiếp đại biểu", "Văn phòng"],
        ["2", "8 giờ 30 - 9 giờ", "Khai mạc", "Giám đốc Sở"],
        ["3", "", "Báo cáo", "Phó Giám đốc"],
        ["4", "8g30-9g", "Thảo luận", ""],
        ["5", "11h30", "Bế mạc", "Giám đốc Sở"],
    ]),
    # Word's clipboard HTML for a programme: a merged time cell, entities, comments, nested table
    "15-word-programme.html": (
        "<html><head><style>p{margin:0}</style></head><body><!--StartFragment-->"
        "<table border=1><tr><td><b>Thời gian</b></td><td>Nội dung</td><td>Thực hiện</td></tr>"
        "<tr><td rowspan=2>8h00&#8217; &#8211; 9h30&#8217;</td><td><p>Khai mạc</p><p>Hội nghị</p></td><td>Sở</td></tr>"
        "<tr><td>Báo cáo &amp; thảo luận</td><td colspan=2>Phòng</td></tr>"
        "<tr><td>11h30</td><td><table><tr><td>x</td></tr></table></td><td>&nbsp;</td></tr>"
        "</table><!--EndFragment--></body></html>"),
}


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, text in sorted(CASES.items()):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(text.encode("utf-8"))
    print("wrote %d files to %s" % (len(CASES), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
