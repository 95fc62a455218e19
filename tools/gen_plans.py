#!/usr/bin/env python3
"""Writes large and hostile plan files at the reader's limits
(src/core/plan_file.h PlanFileLimits, docs/plan-format.md "Limits"), for the
benchmark (bench/hostile.sh) and for trying `diemcau check` on them.

    python3 tools/gen_plans.py [DIR]      (default: build/bench/hostile)

Every file is compact JSON (no indentation) under the 20 MB file limit, and
every nesting is within the 64-level limit, so the reader must decode each one
to the end — and either read it or refuse it with a message — in time:

  a-300k-keys.json          one JSON object with 300,000 keys (not a plan: refused)
  b-site-100k-members.json  a valid plan whose one site carries 100,000 unknown members
  c-300k-top-members.json   a valid plan with 300,000 unknown top-level members
  d-lists-at-limits.json    5,000 sites, 5,000 agenda slots of 100 items, 20,000 tasks,
                            5,000 body blocks, 200 site groups, 2,000 of each other list
  e-deep-63.json            10,000 unknown members nested 63 levels deep (counting the
                            file's own object), in the plan, a site and a task's deadline

Only the standard library; deterministic (the same bytes on every run).
"""
import json
import os
import sys

MAX_BYTES = 20 * 1024 * 1024   # PlanFileLimits::max_bytes
MAX_DEPTH = 64                 # PlanFileLimits::max_depth (63 used: deep but allowed)


def base_plan():
    """A small valid plan: the members every shape starts from."""
    return {
        "format": "diem-cau-plan", "version": 2,
        "header": {"kind": "ke-hoach", "issuing_body": "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "number": "1905",
                   "code": "KH-SGDĐT", "place": "Gia Lai", "date": "2021-08-28",
                   "title": "Tổ chức Hội nghị trực tuyến tổng kết năm học", "addressees": ["Các phòng GDĐT"]},
        "event": {"name": "Hội nghị tổng kết năm học 2020-2021",
                  "days": [{"date": "2021-08-31", "start": "07:30", "end": "11:30"}]},
        "body": [{"kind": "heading", "level": 1, "text": "Mục đích, yêu cầu"}, {"kind": "insert", "insert": "agenda"}],
        "sites": [{"id": "s1", "central": True, "name": "Hội trường Sở GDĐT", "headcount": 60},
                  {"id": "s2", "name": "Phòng GDĐT huyện Chư Păh", "headcount": 25}],
        "agenda": [{"id": "a1", "start": "07:30", "end": "08:00", "items": [{"content": "Đón tiếp đại biểu"}]}],
        "tasks": [{"id": "t1", "content": "Gửi giấy mời", "deadline": {"qualifier": "before", "date": "2021-08-25"},
                   "lead": "Văn phòng"}],
    }


def dumps(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def with_members(obj_json, members):
    """obj_json (a JSON object's text) with more members appended (text of "k":v pairs)."""
    assert obj_json.endswith("}")
    return obj_json[:-1] + ("," if obj_json != "{}" else "") + ",".join(members) + "}"


def shape_a():
    return "{" + ",".join('"k%06d":%d' % (i, i % 10) for i in range(300000)) + "}"


def shape_b():
    plan = base_plan()
    site = dumps(plan["sites"][1])
    site = with_members(site, ['"x_%06d":%d' % (i, i % 10) for i in range(100000)])
    text = dumps(plan)
    old = dumps(plan["sites"][1])
    assert text.count(old) == 1
    return text.replace(old, site)


def shape_c():
    return with_members(dumps(base_plan()), ['"x_%06d":%d' % (i, i % 10) for i in range(300000)])


def shape_d():
    plan = base_plan()
    days = [{"date": "2021-08-%02d" % (23 + d), "start": "00:00", "end": "23:59"} for d in range(5)]
    plan["event"]["days"] = days
    plan["event"]["tech_sessions"] = [{"id": "k%d" % i, "kind": "connection-test", "date": "2021-08-22",
                                       "start": "08:00", "end": "09:00"} for i in range(1, 2001)]
    plan["site_groups"] = [{"id": "g%d" % i, "name": "Nhóm %d" % i} for i in range(1, 201)]
    plan["sites"] = [{"id": "s%d" % i, "central": i == 1, "group_id": "g%d" % (1 + i % 200),
                      "name": "Điểm cầu số %d" % i, "headcount": 20} for i in range(1, 5001)]
    # 5,000 slots over 5 days (1,000 a day, one minute each), 100 items each
    slots = []
    for i in range(5000):
        d, m = divmod(i, 1000)
        slots.append({"id": "a%d" % (i + 1), "day": d, "start": "%02d:%02d" % divmod(m, 60),
                      "end": "%02d:%02d" % divmod(m + 1, 60), "items": [{"content": "Mục %d" % k} for k in range(100)]})
    plan["agenda"] = slots
    plan["tasks"] = [{"id": "t%d" % i, "content": "Công việc số %d" % i,
                      "deadline": {"qualifier": "before", "date": "2021-08-25"}} for i in range(1, 20001)]
    plan["body"] = [{"kind": "paragraph", "text": "Đoạn %d" % i} for i in range(1, 5001)]
    plan["duties"] = [{"unit": "Đơn vị %d" % i} for i in range(2000)]
    plan["budget"] = [{"text": "Khoản %d" % i} for i in range(2000)]
    plan["contacts"] = [{"name": "Người %d" % i} for i in range(2000)]
    plan["recipients"] = [{"name": "Nơi nhận %d" % i} for i in range(2000)]
    return dumps(plan)


def nested(levels, leaf, i):
    """A value `levels` deep: arrays and objects alternating, around leaf."""
    s = leaf
    for k in range(levels):
        s = "[" + s + "]" if (k + i) % 2 else '{"n":' + s + "}"
    return s


def shape_e():
    plan = base_plan()
    # the file's object is level 1: a top-level member's value may add 62
    top = ['"x_deep_%05d":%s' % (i, nested(MAX_DEPTH - 2, str(i), i)) for i in range(10000)]
    text = with_members(dumps(plan), top)
    # inside a site: file 1, sites 2, site 3 → 60 more
    site = dumps(plan["sites"][1])
    text = text.replace(site, with_members(site, ['"x_deep":' + nested(MAX_DEPTH - 4, '"tận cùng"', 0)]), 1)
    # inside a task's deadline: file 1, tasks 2, task 3, deadline 4 → 59 more
    dl = dumps(plan["tasks"][0]["deadline"])
    text = text.replace(dl, with_members(dl, ['"x_deep":' + nested(MAX_DEPTH - 5, "true", 1)]), 1)
    return text


def depth(text):
    """Deepest nesting of [ and { outside strings (the reader's pre-scan)."""
    d = best = 0
    in_str = esc = False
    for c in text:
        if in_str:
            if esc:
                esc = False
            elif c == "\\":
                esc = True
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "[{":
            d += 1
            best = max(best, d)
        elif c in "]}":
            d -= 1
    return best


SHAPES = [
    ("a-300k-keys.json", shape_a),
    ("b-site-100k-members.json", shape_b),
    ("c-300k-top-members.json", shape_c),
    ("d-lists-at-limits.json", shape_d),
    ("e-deep-63.json", shape_e),
]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "bench", "hostile")
    os.makedirs(out, exist_ok=True)
    for name, make in SHAPES:
        data = (make() + "\n").encode("utf-8")
        json.loads(data)   # well-formed
        dep = depth(data.decode("utf-8"))
        if len(data) >= MAX_BYTES or dep >= MAX_DEPTH:
            sys.exit("%s: %d bytes, depth %d — over the reader's limits" % (name, len(data), dep))
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
        print("%-26s %6.2f MB  depth %d" % (name, len(data) / 1e6, dep))


if __name__ == "__main__":
    main()
