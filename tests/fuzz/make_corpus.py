#!/usr/bin/env python3
"""Writes tests/fuzz/corpus: bad plan files, each with the error it must give.

Each case is NN-name.json (the file) and NN-name.expected:
    code <error code>            e.g. bad-time
    place <JSON path or ->       e.g. agenda[1].end ("-" = the file as a whole)
    vi <words in message_vi>     substring that must appear
    en <words in message_en>
The Catch2 test (tests/core/test_plan_file.cpp) checks every pair; the fuzz
target (tests/fuzz/fuzz_plan_file.cpp) starts from these files.  Re-run this
script after changing the cases:  python3 tests/fuzz/make_corpus.py
"""
import copy, json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")

BASE = {
    "format": "diem-cau-plan", "version": 2,
    "header": {"kind": "ke-hoach", "issuing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "number": "12", "code": "KH-SGDĐT",
               "place": "Gia Lai", "date": "2021-08-28", "title": "Hội nghị thử", "addressees": ["Các phòng GDĐT"]},
    "event": {"name": "Hội nghị thử", "days": [{"date": "2021-08-31", "start": "08:00", "end": "11:30"}],
              "tech_sessions": [{"id": "k1", "kind": "connection", "date": "2021-08-30", "start": "08:00", "end": "11:00"}]},
    "body": [{"kind": "heading", "level": 1, "text": "Mục đích"}, {"kind": "insert", "insert": "agenda"}],
    "sites": [{"id": "s1", "central": True, "name": "Hội trường A", "headcount": 10,
               "test_date": "2021-08-30", "test_start": "08:00", "test_end": "08:30"},
              {"id": "s2", "name": "Điểm cầu Chư Păh", "test_start": "09:00", "test_end": "09:30"}],
    "agenda": [{"id": "a1", "start": "07:30", "end": "08:00", "items": [{"content": "Đăng ký đại biểu"}]},
               {"id": "a2", "start": "08:00", "end": "09:30", "items": [{"content": "Khai mạc"}],
                "turns": [{"site_id": "s2", "minutes": 5}]},
               {"id": "a3", "start": "09:30", "end": "10:30", "items": [{"content": "Thảo luận"}]}],
    "tasks": [{"id": "t1", "content": "Gửi giấy mời", "deadline": {"qualifier": "before", "date": "2021-08-28"},
               "lead": "Văn phòng"},
              {"id": "t2", "content": "Kiểm tra kết nối", "deadline": {"qualifier": "on", "date": "2021-08-30"},
               "lead": "Viettel Gia Lai"}],
    "budget": [{"text": "Kinh phí sự nghiệp", "amount": 1500000}],
    "recipients": [{"name": "UBND tỉnh", "purpose": "báo cáo"}],
    "signer": {"title": "GIÁM ĐỐC", "name": "Lê Duy Định"},
}

def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

def mutate(f):
    p = copy.deepcopy(BASE)
    f(p)
    return dump(p)

def setp(path, value):
    def f(p):
        cur = p
        for k in path[:-1]:
            cur = cur[k]
        cur[path[-1]] = value
    return f

def delp(path):
    def f(p):
        cur = p
        for k in path[:-1]:
            cur = cur[k]
        del cur[path[-1]]
    return f

V1 = {"format": "diem-cau-plan", "version": 1, "header": {"kind": "ke-hoach"},
      "event": {"date": "2021-02-30", "start": "08:00"}, "tasks": []}

deep = b'{"format": "diem-cau-plan", "version": 2, "header": {"kind": "ke-hoach"}, "event": {}, "x": ' + \
       b"[" * 100 + b"]" * 100 + b"}\n"

CASES = [
    # name, bytes, code, place, vi words, en words
    ("trailing-comma", b'{\n  "format": "diem-cau-plan",\n  "version": 2,\n}\n', "invalid-json", "-", "dòng 4, cột 1", "line 4, column 1"),
    ("truncated", dump(BASE)[:200], "invalid-json", "-", "không phải JSON hợp lệ", "not valid JSON"),
    ("empty", b"", "invalid-json", "-", "Tệp rỗng", "file is empty"),
    ("top-level-array", b"[1, 2, 3]\n", "not-a-plan", "-", "không phải kế hoạch", "not a Điểm Cầu plan".replace("Điểm Cầu", "Điểm Cầu")),
    ("wrong-format-name", mutate(setp(["format"], "diem-cau")), "not-a-plan", "format", "diem-cau-plan", "diem-cau-plan"),
    ("missing-version", mutate(delp(["version"])), "missing", "version", "phiên bản", "version"),
    ("version-string", mutate(setp(["version"], "2")), "wrong-type", "version", "một chuỗi", "a string"),
    ("version-zero", mutate(setp(["version"], 0)), "unsupported-version", "version", "không tồn tại", "does not exist"),
    ("missing-header", mutate(delp(["header"])), "missing", "header", "thiếu", "missing"),
    ("header-kind-unknown", mutate(setp(["header", "kind"], "bien-ban")), "bad-value", "header.kind", "bien-ban", "not allowed"),
    ("header-date-31-feb", mutate(setp(["header", "date"], "2021-02-31")), "bad-date", "header.date", "không tồn tại", "does not exist"),
    ("header-date-vn-form", mutate(setp(["header", "date"], "31/8/2021")), "bad-date", "header.date", "không đúng dạng", "not in the form"),
    ("event-month-13", mutate(setp(["event", "days", 0, "date"], "2021-13-01")), "bad-date", "event.days[0].date", "không tồn tại", "does not exist"),
    ("event-start-25h", mutate(setp(["event", "days", 0, "start"], "25:00")), "bad-time", "event.days[0].start", "25:00", "does not exist"),
    ("event-end-before-start", mutate(setp(["event", "days", 0, "end"], "07:00")), "end-before-start", "event.days[0].end", "trước giờ bắt đầu", "before the start"),
    ("agenda-minute-75", mutate(setp(["agenda", 2, "end"], "08:75")), "bad-time", "agenda[2].end", "08:75", "does not exist"),
    ("agenda-end-before-start", mutate(setp(["agenda", 1, "end"], "07:45")), "end-before-start", "agenda[1].end", "07:45", "08:00"),
    ("agenda-end-without-start", mutate(delp(["agenda", 0, "start"])), "end-without-start", "agenda[0].end", "thiếu giờ bắt đầu", "no start time"),
    ("agenda-day-out-of-range", mutate(setp(["agenda", 0, "day"], 5)), "out-of-range", "agenda[0].day", "từ 0 đến 0", "from 0 to 0"),
    ("task-deadline-29-feb-2021", mutate(setp(["tasks", 1, "deadline", "date"], "2021-02-29")), "bad-date", "tasks[1].deadline.date", "không tồn tại", "does not exist"),
    ("task-qualifier-unknown", mutate(setp(["tasks", 0, "deadline", "qualifier"], "truoc")), "bad-value", "tasks[0].deadline.qualifier", "before", "use one of"),
    ("task-missing-id", mutate(delp(["tasks", 0, "id"])), "missing", "tasks[0].id", "thiếu", "missing"),
    ("task-duplicate-id", mutate(setp(["tasks", 1, "id"], "t1")), "duplicate-id", "tasks[1].id", "đã dùng", "already used"),
    ("site-headcount-negative", mutate(setp(["sites", 0, "headcount"], -5)), "out-of-range", "sites[0].headcount", "số phải từ 0", "must be from 0"),
    ("site-headcount-string", mutate(setp(["sites", 0, "headcount"], "10")), "wrong-type", "sites[0].headcount", "số nguyên", "whole number"),
    ("site-central-yes", mutate(setp(["sites", 0, "central"], "yes")), "wrong-type", "sites[0].central", "true hoặc false", "true or false"),
    ("site-status-unknown", mutate(setp(["sites", 0, "test_status"], "good")), "bad-value", "sites[0].test_status", "not-tested", "not allowed"),
    ("site-test-end-before-start", mutate(setp(["sites", 1, "test_end"], "08:59")), "end-before-start", "sites[1].test_end", "08:59", "before the start"),
    ("sites-is-object", mutate(setp(["sites"], {"s1": {}})), "wrong-type", "sites", "danh sách", "a list"),
    ("budget-amount-decimal", mutate(setp(["budget", 0, "amount"], 1.5)), "wrong-type", "budget[0].amount", "số thập phân", "decimal number"),
    ("invalid-utf8-byte", dump(BASE).replace("Hội nghị thử".encode(), b"H\xf4i ngh\xec", 1), "invalid-utf8", "-", "UTF-8", "UTF-8"),
    ("overlong-utf8", dump(BASE).replace(b'"Gia Lai"', b'"Gia\xc0\xafLai"', 1), "invalid-utf8", "-", "byte ở vị trí", "byte offset"),
    ("lone-surrogate", dump(BASE).replace(b'"Gia Lai"', b'"Gia \\ud800 Lai"', 1), "invalid-json", "-", "dòng", "line"),
    ("deep-nesting", deep, "too-deep", "-", "lồng quá sâu", "nested too deeply"),
    ("too-many-items", mutate(setp(["agenda", 0, "items"], [{"content": "x"}] * 101)), "too-many", "agenda[0].items", "vượt giới hạn 100", "limit of 100"),
    ("nul-in-string", mutate(setp(["header", "title"], "Hội\u0000nghị")), "bad-text", "header.title", "NUL", "NUL"),
    ("string-too-long", mutate(setp(["header", "intro"], "a" * (100 * 1024 + 1))), "too-long", "header.intro", "vượt giới hạn", "over the limit"),
    ("time-vn-form", mutate(setp(["event", "days", 0, "start"], "8h00")), "bad-time", "event.days[0].start", "không đúng dạng", "not in the form"),
    ("addressee-number", mutate(setp(["header", "addressees"], ["Các phòng GDĐT", 7])), "wrong-type", "header.addressees[1]", "một chuỗi", "a string"),
    ("block-missing-kind", mutate(setp(["body", 0], {"text": "Mục đích"})), "missing", "body[0].kind", "thiếu", "missing"),
    ("heading-level-4", mutate(setp(["body", 0, "level"], 4)), "out-of-range", "body[0].level", "từ 1 đến 3", "from 1 to 3"),
    ("next-id-zero", mutate(setp(["next_id"], 0)), "out-of-range", "next_id", "từ 1", "from 1"),
    ("turn-minutes-huge", mutate(setp(["agenda", 1, "turns", 0, "minutes"], 2000)), "out-of-range", "agenda[1].turns[0].minutes", "1440", "1440"),
    ("raw-control-char", dump(BASE).replace(b'"Gia Lai"', b'"Gia\x01Lai"', 1), "invalid-json", "-", "dòng", "line"),
    ("v1-bad-event-date", dump(V1), "bad-date", "event.days[0].date", "2021-02-30", "does not exist"),
    ("number-overflow", dump(BASE).replace(b'"amount": 1500000', b'"amount": 1e400', 1), "invalid-json", "-", "không phải JSON", "not valid JSON"),
    ("header-is-string", mutate(setp(["header"], "Kế hoạch")), "wrong-type", "header", "đối tượng", "an object"),
    ("v2-deadline-as-text", mutate(setp(["tasks", 0, "deadline"], "Trước ngày 26/8/2021")), "wrong-type", "tasks[0].deadline", "đối tượng", "an object"),
    ("tech-session-kind-unknown", mutate(setp(["event", "tech_sessions", 0, "kind"], "test")), "bad-value", "event.tech_sessions[0].kind", "connection", "not allowed"),
    ("headcount-limit-huge", mutate(setp(["event", "headcount_limit"], 18446744073709551615)), "out-of-range", "event.headcount_limit", "1000000", "1000000"),
    # Found by the fuzz smoke run: month "00" was read as a blank month ("??").
    ("event-month-00", mutate(setp(["event", "days", 0, "date"], "2021-00-31")), "bad-date", "event.days[0].date", "không tồn tại", "does not exist"),
]

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for i, (name, data, code, place, vi, en) in enumerate(CASES, 1):
        stem = os.path.join(OUT, "%02d-%s" % (i, name))
        with open(stem + ".json", "wb") as f:
            f.write(data)
        with open(stem + ".expected", "w", encoding="utf-8") as f:
            f.write("code %s\nplace %s\nvi %s\nen %s\n" % (code, place, vi, en))
    print("%d cases written to %s" % (len(CASES), OUT))
