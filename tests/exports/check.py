#!/usr/bin/python3
"""check.py — every export of both templates and a hostile plan, read by real consumers.

Run through tests/exports/run.sh (which builds the tools).  For each plan it writes
every export format, then:
  ICS   python3-icalendar and npm ical.js parse it; the events, UIDs and times are
        those computed here independently from the plan file (08:00 +07:00 = 01:00Z);
        physical lines <= 75 octets, CRLF only;
  CSV   Python's csv module round-trips every cell's text (Vietnamese and hostile)
        exactly (bar the neutralising apostrophe); LibreOffice Calc converts it and
        holds no formula (a control file without neutralising proves the check can
        see one);
  DOCX  LibreOffice Writer converts it to PDF; pdftotext shows the headings and text;
  HTML  the readable copy parses with html.parser (visible text, only expected tags,
        no event handlers), Chromium with JavaScript disabled shows the plan, and
        the C++ extract_plan_from_copy gives back the plan file byte for byte;
  CALLS the technicians' call sheet of a one-site school and a 120-school district
        (3 groups, 2 lanes, 2 days), read with html.parser and held to its rules.
Prints "N passed, N failed"; exits 1 on any failure.

[SECTION] harness · [SECTION] plans · [SECTION] exports · [SECTION] ICS · [SECTION] CSV
[SECTION] DOCX · [SECTION] HTML copy · [SECTION] call sheet · [SECTION] main
"""
import copy
import csv
import datetime as dt
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# ---------------------------------------------------------------------------
# [SECTION] harness
# ---------------------------------------------------------------------------
PASSED, FAILED = 0, 0


def check(name, ok, detail=""):
    global PASSED, FAILED
    if ok:
        PASSED += 1
    else:
        FAILED += 1
        d = str(detail)
        print("FAIL %s%s" % (name, (": " + d[:600]) if d else ""), flush=True)
    return ok


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


VN = dt.timezone(dt.timedelta(hours=7))

# ---------------------------------------------------------------------------
# [SECTION] plans
# ---------------------------------------------------------------------------
BIG = "Dài " + "x" * 10000 + " hết"
HOSTILE = [
    "<script>alert(1)</script>",
    "=1+1",
    "+SUM(A1)",
    "-2",
    "@x",
    "dòng 1\r\ndòng 2\rdòng 3\ndòng 4",
    "phẩy, chấm phẩy; hai chấm: và \"ngoặc kép\"",
    "gạch \\ ngược \\n \\, \\; không phải thoát",
    BIG,
    "Tiếng Việt: Đắk Lắk, Hòa Bình, Thừa Thiên Huế — “trích” ‘dẫn’ …",
    "=HYPERLINK(\"http://example.invalid\";\"bấm\")",
    "\t=tab",
]


def hostile_plan(base):
    """The Kế hoạch template with hostile text in every kind of field the exports show."""
    p = copy.deepcopy(base)
    H = HOSTILE
    p["header"]["title"] = "Tiêu đề " + H[0] + " " + H[6]
    p["header"]["intro"] = H[5] + " " + H[7]
    p["header"]["closing"] = "Kết " + H[0]
    p["event"]["name"] = "Hội nghị " + H[6] + " " + H[0] + " " + H[7]
    for i, t in enumerate(p["tasks"]):
        t["content"] = H[i % len(H)]
        t["lead"] = H[(i + 1) % len(H)]
        t["note"] = H[(i + 2) % len(H)]
        t["cooperating"] = [H[(i + 3) % len(H)], "Văn phòng"]
    extra = copy.deepcopy(p["tasks"][0])
    for k, h in enumerate(H[len(p["tasks"]):]):
        t = copy.deepcopy(extra)
        t["id"] = "tx%d" % k
        t["content"], t["lead"], t["note"] = h, H[k], H[(k + 5) % len(H)]
        p["tasks"].append(t)
    for i, s in enumerate(p["agenda"]):
        for j, it in enumerate(s["items"]):
            it["content"] = H[(i + j) % len(H)]
            it["performer"] = H[(i + j + 4) % len(H)]
    for i, s in enumerate(p["sites"]):
        s["name"] = H[i % len(H)] + " " + str(i)
        s["address"] = H[(i + 6) % len(H)]
        s["notes"] = H[(i + 3) % len(H)]
        s["contact_name"] = H[(i + 9) % len(H)]
        s["contact_phone"] = "=0900 " + str(i)
        if i < 6:   # give some sites a test slot so the calendar has them
            s["test_date"] = "2021-08-30"
            s["test_start"] = "%02d:%02d" % (14 + i // 4, (i % 4) * 15)
            s["test_end"] = "%02d:%02d" % (14 + (i + 1) // 4, ((i + 1) % 4) * 15)
    for g in p.get("site_groups", []):
        g["participants"] = "- " + H[0] + "\n- " + H[1] + "\n" + H[5]
    for b in p["body"]:
        if b.get("kind") == "paragraph":
            b["text"] = H[0] + " " + H[6]
    p["body"].append({"kind": "paragraph", "text": BIG})
    p["recipients"][0]["name"] = H[0]
    p["signer"]["name"] = "Lê " + H[0]
    return p


# ---------------------------------------------------------------------------
# [SECTION] exports
# ---------------------------------------------------------------------------
FORMATS = ["json", "ics", "csv-tasks", "csv-sites", "csv-agenda", "docx", "html-copy",
           "html-plan", "html-agenda", "html-tasks", "html-sites", "html-site-sheets", "html-call-sheet"]
EXT = {"json": "json", "ics": "ics", "docx": "docx"}


def export_all(tool, plan_path, out_dir, stem):
    files = {}
    for f in FORMATS:
        r = run(tool + [f, plan_path])
        ext = EXT.get(f, "csv" if f.startswith("csv") else "html")
        path = os.path.join(out_dir, "%s.%s.%s" % (stem, f, ext))
        ok = check("%s: export %s exits 0 with output" % (stem, f), r.returncode == 0 and len(r.stdout) > 0,
                   r.stderr.decode("utf-8", "replace"))
        if ok:
            with open(path, "wb") as fh:
                fh.write(r.stdout)
            files[f] = path
    return files


# ---------------------------------------------------------------------------
# [SECTION] ICS
# ---------------------------------------------------------------------------
def pdate(s):
    if not s or "?" in s:
        return None
    try:
        y, m, d = (int(x) for x in s.split("-"))
        return dt.date(y, m, d)
    except ValueError:
        return None


def pmin(s):
    if not s:
        return None
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def at(d, minutes):
    return (dt.datetime(d.year, d.month, d.day, tzinfo=VN) + dt.timedelta(minutes=minutes)).astimezone(dt.timezone.utc)


def ics_text(s):
    """What a TEXT value reads as after the exporter: line breaks as LF, control characters gone."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in s if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))


def expected_events(p):
    """uid-prefix -> dict(start=UTC datetime | date, end=UTC datetime | date | None, summary=str|None)."""
    exp = {}
    days = p["event"]["days"]
    for i, d in enumerate(days):
        date = pdate(d["date"])
        if not date:
            continue
        start, end = pmin(d.get("start")), pmin(d.get("end"))
        slots = [s for s in p["agenda"] if s.get("day", 0) == i and pmin(s.get("start")) is not None]
        if start is None and slots:
            start = min(pmin(s["start"]) for s in slots)
        if end is None and slots:
            end = max(pmin(s.get("end")) if pmin(s.get("end")) is not None else pmin(s["start"]) for s in slots)
        if start is None:
            exp["event-day%d" % (i + 1)] = dict(start=date, end=date + dt.timedelta(days=1), summary=None)
        else:
            exp["event-day%d" % (i + 1)] = dict(start=at(date, start), end=at(date, end) if end is not None and end >= start else None, summary=None)
    for s in p["agenda"]:
        day = s.get("day", 0)
        if day >= len(days):
            continue
        date, start, end = pdate(days[day]["date"]), pmin(s.get("start")), pmin(s.get("end"))
        if not date or start is None:
            continue
        summary = "; ".join(ics_text(it["content"]) for it in s["items"])
        exp["slot-" + s["id"]] = dict(start=at(date, start), end=at(date, end) if end is not None and end >= start else None,
                                      summary=summary or None)
    for t in p["event"].get("tech_sessions", []):
        date, start, end = pdate(t.get("date")), pmin(t.get("start")), pmin(t.get("end"))
        if date and start is not None:
            exp["tech-" + t["id"]] = dict(start=at(date, start), end=at(date, end) if end is not None and end >= start else None, summary=None)
        elif date:
            exp["tech-" + t["id"]] = dict(start=date, end=date + dt.timedelta(days=1), summary=t.get("label") or None)
    for s in p["sites"]:
        date, start, end = pdate(s.get("test_date")), pmin(s.get("test_start")), pmin(s.get("test_end"))
        if date and start is not None:
            exp["test-" + s["id"]] = dict(start=at(date, start), end=at(date, end) if end is not None and end >= start else None,
                                          summary="Kiểm tra kết nối: " + ics_text(s["name"] or s.get("kind") or s["id"]))
    day0 = pdate(days[0]["date"]) if days else None
    for t in p["tasks"]:
        dl = t.get("deadline") or {}
        if dl.get("relative"):
            due = day0 - dt.timedelta(days=dl.get("days_before_event", 0)) if day0 else None
        else:
            due = pdate(dl.get("date"))
        # docs/plan-format.md, "Deadlines": "Trước ngày 10/8" (qualifier "before")
        # means done by the end of 9/8, and the calendar shows that last day.
        if due and dl.get("qualifier", "before") == "before":
            due -= dt.timedelta(days=1)
        if due:
            exp["task-" + t["id"]] = dict(start=due, end=due + dt.timedelta(days=1),
                                          summary=("[Đã xong] Hạn: " if t.get("done") else "Hạn: ") + ics_text(t["content"]))
    return exp


def check_ics_format(stem, raw):
    check("%s: ics ends every line with CRLF" % stem, b"\n" not in raw.replace(b"\r\n", b""))
    lines = raw.split(b"\r\n")
    too_long = [len(l) for l in lines if len(l) > 75]
    check("%s: ics physical lines <= 75 octets" % stem, not too_long, too_long[:5])
    bad = []
    for l in lines:
        try:
            (l[1:] if l.startswith(b" ") else l).decode("utf-8")
        except UnicodeDecodeError:
            bad.append(l[:40])
    check("%s: ics folding never splits a UTF-8 sequence" % stem, not bad, bad[:3])


def check_ics_python(stem, path, p):
    import icalendar
    raw = open(path, "rb").read()
    check_ics_format(stem, raw)
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as e:  # noqa: BLE001 — any parser failure is the finding
        check("%s: python3-icalendar parses the ics" % stem, False, e)
        return
    check("%s: python3-icalendar parses the ics" % stem, True)
    check("%s: ics has VTIMEZONE Asia/Ho_Chi_Minh" % stem,
          any(str(c.get("TZID")) == "Asia/Ho_Chi_Minh" for c in cal.walk("VTIMEZONE")))
    exp = expected_events(p)
    got = {}
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("UID"))
        got[uid.split("@")[0]] = ev
        check("%s: UID %s has the plan key" % (stem, uid[:40]), "@" in uid and uid.endswith(".diemcau"))
        check("%s: %s has DTSTAMP in UTC" % (stem, uid[:30]), ev.decoded("DTSTAMP").tzinfo is not None)
    check("%s: python3-icalendar sees exactly the expected events" % stem, set(got) == set(exp),
          "missing %s extra %s" % (sorted(set(exp) - set(got))[:8], sorted(set(got) - set(exp))[:8]))
    for key, e in exp.items():
        ev = got.get(key)
        if ev is None:
            continue
        s = ev.decoded("DTSTART")
        if isinstance(e["start"], dt.datetime):
            check("%s: %s starts %s (py)" % (stem, key, e["start"].isoformat()),
                  isinstance(s, dt.datetime) and s.tzinfo is not None and s.astimezone(dt.timezone.utc) == e["start"], s)
        else:
            check("%s: %s all-day on %s (py)" % (stem, key, e["start"]), not isinstance(s, dt.datetime) and s == e["start"], s)
        if e["end"] is not None:
            en = ev.decoded("DTEND") if ev.get("DTEND") is not None else None
            ok = en is not None and ((en.astimezone(dt.timezone.utc) == e["end"]) if isinstance(en, dt.datetime) else en == e["end"])
            check("%s: %s ends %s (py)" % (stem, key, e["end"]), ok, en)
        if e["summary"] is not None:
            want, got_s = e["summary"], str(ev.get("SUMMARY"))
            if "\\" in want:
                # python3-icalendar 4.0.3 (bookworm) unescapes TEXT in several
                # passes, so an escaped backslash before n , ; decodes wrongly
                # (collective/icalendar#1008, fixed upstream in 2025).  The exact
                # text is checked with ical.js below; here only up to the first backslash.
                want, got_s = want.split("\\")[0], got_s.split("\\")[0]
            check("%s: %s summary (py)" % (stem, key), got_s == want, repr(got_s[:120]) + " vs " + repr(want[:120]))
    return exp


def check_ics_icaljs(stem, path, p, icaljs):
    r = icaljs.get(path)
    if not check("%s: ical.js parses the ics" % stem, r is not None and r["ok"], r and r.get("error")):
        return
    exp = expected_events(p)
    got = {e["uid"].split("@")[0]: e for e in r["events"]}
    check("%s: ical.js sees exactly the expected events" % stem, set(got) == set(exp),
          "missing %s extra %s" % (sorted(set(exp) - set(got))[:8], sorted(set(got) - set(exp))[:8]))
    check("%s: ical.js: UIDs unique" % stem, len(got) == len(r["events"]))
    for key, e in exp.items():
        ev = got.get(key)
        if ev is None:
            continue
        if isinstance(e["start"], dt.datetime):
            want = e["start"].strftime("%Y-%m-%dT%H:%M:%S.000Z")
            check("%s: %s starts %s (ical.js)" % (stem, key, want), ev["start"] == want and ev["tzid"] == "Asia/Ho_Chi_Minh", ev["start"])
        else:
            check("%s: %s all-day %s (ical.js)" % (stem, key, e["start"]), ev["allDay"] and ev["start"] == e["start"].isoformat(), ev["start"])
        if e["end"] is not None and isinstance(e["end"], dt.datetime):
            check("%s: %s ends (ical.js)" % (stem, key), ev["end"] == e["end"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), ev["end"])
        if e["summary"] is not None:
            check("%s: %s summary (ical.js)" % (stem, key), ev["summary"] == e["summary"], repr(ev["summary"][:120]))
        if key.startswith("task-"):
            done = ev["summary"].startswith("[Đã xong]")
            check("%s: %s reminder only while not done" % (stem, key), ev["alarms"] == (0 if done else 1), ev["alarms"])


# ---------------------------------------------------------------------------
# [SECTION] CSV
# ---------------------------------------------------------------------------
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def read_csv(path):
    raw = open(path, "rb").read()
    check("%s: starts with a UTF-8 BOM" % os.path.basename(path), raw.startswith(b"\xef\xbb\xbf"))
    check("%s: records end with CRLF" % os.path.basename(path), raw.endswith(b"\r\n"))
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.reader(fh))


def unneutralise(cell):
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1] in FORMULA_START else cell


def check_csv(stem, files, p):
    site_name = lambda s: s["name"] or s.get("kind") or s["id"]  # noqa: E731
    specs = {
        "csv-tasks": ("Nội dung công việc", [[t["content"], t["lead"], t["note"]] for t in p["tasks"]], [1, 4, 8],
                      ["STT", "Nội dung công việc", "Thời gian hoàn thành", "Hạn (năm-tháng-ngày)", "Chủ trì", "Phối hợp", "Đã xong", "Ngày xong", "Ghi chú", "Mã"]),
        "csv-sites": ("Điểm cầu", [[s["name"], s["address"], s["notes"], s["contact_name"], s["contact_phone"]] for s in p["sites"]],
                      [1, 6, 17, 10, 11], None),
        "csv-agenda": ("Nội dung", [[it["content"], it["performer"]] for s in p["agenda"] for it in (s["items"] or [{"content": "", "performer": ""}])],
                       [6, 7], None),
    }
    tables = {}
    for fmt, (col, want_rows, cols, header) in specs.items():
        path = files.get(fmt)
        if not path:
            continue
        rows = read_csv(path)
        tables[fmt] = rows
        check("%s: %s header in Vietnamese" % (stem, fmt), rows and col in rows[0], rows[:1])
        if header:
            check("%s: %s header row exact" % (stem, fmt), rows[0] == header, rows[0])
        check("%s: %s row count" % (stem, fmt), len(rows) == len(want_rows) + 1, (len(rows), len(want_rows)))
        mism = []
        for r, want in zip(rows[1:], want_rows):
            check("%s: %s rows have the header's width" % (stem, fmt), len(r) == len(rows[0]), len(r))
            for c, w in zip(cols, want):
                if unneutralise(r[c]) != w:
                    mism.append((r[c][:60], w[:60]))
            starts = [c for c in r if c.startswith(FORMULA_START)]
            if starts:
                mism.append(("formula-start", starts[0][:40]))
        check("%s: %s round-trips every cell's text (csv module)" % (stem, fmt), not mism, mism[:4])
    return tables


def libreoffice(args, timeout=300):
    profile = tempfile.mkdtemp(prefix="dc-lo-")
    try:
        return run(["libreoffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore"] + args, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


def odf_text(el):
    """Text of an ODF paragraph: <text:s c="n"/> spaces, <text:tab/>, <text:line-break/> included."""
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1]
        if tag == "s":
            out.append(" " * int(ch.get("{%s}c" % NS["text"], "1")))
        elif tag == "tab":
            out.append("\t")
        elif tag == "line-break":
            out.append("\n")
        else:
            out.append(odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def fods_cells(path):
    """(texts of every cell, count of cells holding a formula) of a flat ODS file."""
    tree = ET.parse(path)
    texts, formulas = [], 0
    for cell in tree.iter("{%s}table-cell" % NS["table"]):
        if cell.get("{%s}formula" % NS["table"]) is not None:
            formulas += 1
        paras = [odf_text(p) for p in cell.findall("text:p", NS)]
        if paras:
            texts.append("\n".join(paras))
    return texts, formulas


def check_csv_libreoffice(out_dir, csv_jobs):
    """csv_jobs: list of (stem, fmt, path, rows-from-csv-module)."""
    lo_dir = os.path.join(out_dir, "lo-csv")
    os.makedirs(lo_dir, exist_ok=True)
    # Control: the same hostile cells without neutralising must show up as formulas,
    # otherwise "no formula" below would prove nothing.
    control = os.path.join(out_dir, "control-unneutralised.csv")
    with open(control, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write('"=1+1","+SUM(A1)","-2","text"\r\n')
    paths = [j[2] for j in csv_jobs] + [control]
    r = libreoffice(["--infilter=CSV:44,34,76,1", "--convert-to", "fods", "--outdir", lo_dir] + paths)
    check("LibreOffice converts the CSV files", r.returncode == 0, r.stderr.decode("utf-8", "replace")[-400:])
    ctrl = os.path.join(lo_dir, "control-unneutralised.fods")
    if check("LibreOffice converted the control CSV", os.path.exists(ctrl)):
        _, f = fods_cells(ctrl)
        check("control: LibreOffice does evaluate an un-neutralised =1+1 (the check can see formulas)", f >= 1, f)
    for stem, fmt, path, rows in csv_jobs:
        out = os.path.join(lo_dir, os.path.splitext(os.path.basename(path))[0] + ".fods")
        if not check("%s: LibreOffice converted %s" % (stem, fmt), os.path.exists(out)):
            continue
        texts, formulas = fods_cells(out)
        check("%s: %s in LibreOffice holds no formula" % (stem, fmt), formulas == 0, formulas)
        # Every non-empty cell the csv module read is a cell LibreOffice shows
        # (LibreOffice hides the neutralising apostrophe, as Excel does).
        # A line break inside a cell is a new line in the spreadsheet whatever
        # its bytes were (CRLF, CR or LF), so both sides compare with LF.
        lf = lambda c: c.replace("\r\n", "\n").replace("\r", "\n")  # noqa: E731
        lo = set(lf(t) for t in texts)
        missing = [c[:60] for row in rows for c in row if c and lf(c) not in lo and lf(unneutralise(c)) not in lo]
        check("%s: %s cells in LibreOffice equal the csv module's (Vietnamese intact)" % (stem, fmt), not missing, missing[:4])


# ---------------------------------------------------------------------------
# [SECTION] DOCX
# ---------------------------------------------------------------------------
def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def check_docx(out_dir, jobs):
    """jobs: list of (stem, path, plan)."""
    pdf_dir = os.path.join(out_dir, "lo-pdf")
    os.makedirs(pdf_dir, exist_ok=True)
    r = libreoffice(["--convert-to", "pdf", "--outdir", pdf_dir] + [j[1] for j in jobs])
    check("LibreOffice converts the .docx files to PDF", r.returncode == 0, r.stderr.decode("utf-8", "replace")[-400:])
    for stem, path, p in jobs:
        pdf = os.path.join(pdf_dir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        if not check("%s: docx → PDF exists" % stem, os.path.exists(pdf) and os.path.getsize(pdf) > 1000):
            continue
        t = run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"])
        text = squash(t.stdout.decode("utf-8", "replace"))
        info = run(["pdfinfo", pdf]).stdout.decode()
        check("%s: PDF is A4" % stem, "595.3" in info and "841.8" in info, info)
        h = p["header"]
        want = [h["issuing_body"].upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nơi nhận:"]
        want.append({"ke-hoach": "KẾ HOẠCH", "cong-van": "Kính gửi:"}.get(h.get("kind"), ""))
        # Level-1 headings: their first words, upper-cased as printed.
        for b in p["body"]:
            if b.get("kind") == "heading" and b.get("level") == 1:
                want.append(" ".join(b["text"].upper().split()[:3]))
        if p["signer"].get("name"):
            want.append(squash(p["signer"]["name"])[:30])
        for s in p["agenda"][:3]:
            for it in s["items"][:1]:
                want.append(" ".join(it["content"].split()[:3]))
        for w in want:
            if w:
                check("%s: PDF of the docx shows %r" % (stem, w[:50]), squash(w) in text, text[:200])
        nfd = [c for c in text if 0x300 <= ord(c) <= 0x36F]
        check("%s: PDF text has no stray combining marks (fonts covered Vietnamese)" % stem, not nfd, len(nfd))


# ---------------------------------------------------------------------------
# [SECTION] HTML copy
# ---------------------------------------------------------------------------
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "main", "header", "section", "div", "span", "h1", "h2",
                "h3", "h4", "h5", "br", "b", "i", "em", "strong", "p", "ol", "ul", "li", "details", "summary", "footer", "script"}


class TextParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.tags, self.bad, self.scripts, self.skip = [], [], [], [], 0
        self.cur_script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in ALLOWED_TAGS:
            self.bad.append(tag)
        for k, _ in attrs:
            if k.lower().startswith("on") or k.lower() in ("src", "href"):
                self.bad.append("%s[%s]" % (tag, k))
        if tag == "script":
            self.cur_script = (dict(attrs), [])
        if tag in ("style", "script", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "script" and self.cur_script:
            self.scripts.append((self.cur_script[0], "".join(self.cur_script[1])))
            self.cur_script = None
        if tag in ("style", "script", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if self.cur_script is not None:
            self.cur_script[1].append(data)
        elif not self.skip:
            self.text.append(data)


def visible(s):
    """Plan text as the copy shows it: whitespace collapsed (the page uses pre-line)."""
    return squash(s)


def check_copy(stem, path, json_path, p, extract_tool, chromium):
    raw = open(path, encoding="utf-8").read()
    tp = TextParser()
    tp.feed(raw)
    tp.close()
    text = squash(" ".join(tp.text))
    check("%s: copy has only expected tags, no handlers/sources" % stem, not tp.bad, tp.bad[:5])
    check("%s: copy has exactly one script element, JSON, never executed" % stem,
          len(tp.scripts) == 1 and tp.scripts[0][0].get("type") == "application/json", [s[0] for s in tp.scripts])
    plan_json = open(json_path, encoding="utf-8").read()
    if tp.scripts:
        try:
            embedded = json.loads(tp.scripts[0][1])
            check("%s: embedded JSON (html.parser) equals the plan file" % stem, embedded == json.loads(plan_json))
        except ValueError as e:
            check("%s: embedded JSON parses" % stem, False, e)
    r = run(extract_tool + ["extract", path])
    check("%s: extract_plan_from_copy gives the plan file byte for byte" % stem,
          r.returncode == 0 and r.stdout == plan_json.encode("utf-8"), r.stderr[-200:])
    wants = [p["event"]["name"], "Chương trình" if p["agenda"] else "Hội nghị"]
    wants += [it["content"] for s in p["agenda"] for it in s["items"]]
    wants += [t["content"] for t in p["tasks"]]
    wants += [s["name"] for s in p["sites"] if s["name"]]
    missing = [w[:60] for w in wants if visible(w) not in text]
    check("%s: copy text (html.parser) shows event, programme, tasks, sites" % stem, not missing, missing[:4])
    c = chromium.get(path)
    if check("%s: Chromium (JavaScript off) opens the copy" % stem, c is not None and c.get("ok")):
        ctext = squash(c["textContent"] or "")
        missing = [w[:60] for w in wants if visible(w) not in ctext]
        check("%s: Chromium shows the plan's text" % stem, not missing, missing[:4])
        inner = c["text"]
        check("%s: Chromium renders the sections visibly" % stem,
              all(h in inner for h in (["Hội nghị"] + (["Chương trình"] if p["agenda"] else []) +
                                        (["Tiến độ công việc"] if p["tasks"] else []) + (["Điểm cầu"] if p["sites"] else []))), inner[:300])
        check("%s: no dialog (no script ran)" % stem, c["dialogs"] == 0)
        check("%s: fits a 390 px phone without sideways scrolling" % stem, c["width"] is not None and c["width"] <= 400, c["width"])


# ---------------------------------------------------------------------------
# [SECTION] call sheet
# ---------------------------------------------------------------------------
def call_sheet_plans(base):
    """Two plans shaped like real ones: a school's one bridge point, and a district
    with a central hall and 120 schools in three groups (levels), tested by two
    central technicians over two days, some still without a slot, names that
    need escaping, "Ban Mai" at every level."""
    def site(i, name, group="", kind="", central=False):
        s = copy.deepcopy(base["sites"][1])
        s.update(id="cs%d" % i, name=name, group_id=group, kind=kind, central=central, test_date="", test_start="",
                 test_end="", test_lane="", contact_name="Cô %d" % i, contact_phone="09%08d" % i)
        return s

    one = copy.deepcopy(base)
    one["site_groups"] = []
    one["sites"] = [site(0, "Phòng họp Trường Tiểu học Lê Văn Tám", kind="Trường Tiểu học")]
    one["sites"][0].update(test_date="2023-10-11", test_start="15:00", test_end="15:20")

    big = copy.deepcopy(base)
    levels = [("mn", "Trường Mầm non"), ("th", "Trường Tiểu học <cấp 1>"), ("cs", "Trường THCS & \"liên cấp\"")]
    big["site_groups"] = [dict(copy.deepcopy(base["site_groups"][1]), id=g, name=n) for g, n in levels]
    big["sites"] = [site(999, "Hội trường Phòng GDĐT", central=True)]
    for i in range(120):
        g = levels[i % 3][0]
        name = "Ban Mai" if i < 3 else ("Trường <b>%d</b> & 'Hoa Sen'" % i if i % 17 == 0 else "Trường số %d" % i)
        s = site(i, name, group=g)
        if i % 40 != 39:   # three schools still without a slot
            k = (i * 37) % 120   # listed out of time order on purpose
            day, slot = divmod(k // 2, 30)
            start = 8 * 60 + slot * 10 if day == 0 else 14 * 60 + slot * 10
            s.update(test_date="2026-08-%02d" % (14 + day), test_start="%02d:%02d" % divmod(start, 60),
                     test_end="%02d:%02d" % divmod(start + 10, 60), test_lane="Kỹ thuật %d" % (1 + k % 2))
        big["sites"].append(s)
    return {"callsheet-1": one, "callsheet-120": big}


class CallSheetParser(html.parser.HTMLParser):
    """The body rows of the call sheet's table (cells as text), its day lines, header cells, other text."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self.head, self.text, self.tags = [], [], [], []
        self.in_calls = self.in_body = self.in_head = False
        self.cell, self.row = None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "table" and "calls" in (a.get("class") or ""):
            self.in_calls = True
        if self.in_calls and tag == "thead":
            self.in_head = True
        if self.in_calls and tag == "tbody":
            self.in_body = True
        if self.in_body and tag == "tr":
            self.row = {"day": a.get("class") == "day", "cells": []}
        if self.in_calls and tag in ("td", "th"):
            self.cell = []
        if tag in ("br", "div") and self.cell is not None:
            self.cell.append(" ")   # a line break inside a cell reads as a space

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            t = squash("".join(self.cell))
            if self.in_head:
                self.head.append(t)
            elif self.row is not None:
                self.row["cells"].append(t)
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        if tag == "thead":
            self.in_head = False
        if tag == "tbody":
            self.in_body = False
        if tag == "table":
            self.in_calls = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.text.append(data)


def lane_key(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.casefold()) if not unicodedata.combining(c))


def check_call_sheet(stem, path, p):
    """The rules every call sheet keeps: every invited site (all but the central
    one) either on the sheet exactly once or counted as without a slot; rows
    by date, time, lane; the group (else the kind) beside the name; day lines;
    the header row in <thead>; names escaped."""
    raw = open(path, encoding="utf-8").read()
    cp = CallSheetParser()
    cp.feed(raw)
    cp.close()
    check("%s: call sheet has the columns STT, Giờ, kỹ thuật viên, Điểm cầu, Nhóm, Liên hệ, Kết quả" % stem,
          cp.head == ["STT", "Giờ", "Kỹ thuật viên trung tâm", "Điểm cầu", "Nhóm", "Liên hệ tại điểm cầu", "Kết quả"],
          cp.head)
    check("%s: call sheet has no script, image or handler" % stem,
          "script" not in cp.tags and "img" not in cp.tags and not re.search(r"<[^>]+\son\w+=", raw))
    groups = {g["id"]: g["name"] for g in p["site_groups"]}
    slotted = [s for s in p["sites"] if pdate(s["test_date"]) and pmin(s["test_start"]) is not None]
    calls = [r for r in cp.rows if not r["day"]]
    days = [r["cells"][0] for r in cp.rows if r["day"]]
    printed = [r["cells"][3] for r in calls]
    want = sorted(squash(s["name"]) for s in slotted)
    check("%s: every site with a slot on the sheet exactly once (%d rows)" % (stem, len(calls)),
          sorted(printed) == want, [n for n in want if printed.count(n) != 1][:5])
    invited = [s for s in p["sites"] if not s["central"]]
    without = [s for s in invited if s not in slotted]
    if without and slotted:
        check("%s: the %d invited sites without a slot are counted" % (stem, len(without)),
              "Còn %d điểm cầu chưa có lịch" % len(without) in squash(" ".join(cp.text)))
    check("%s: numbered 1..n" % stem, [r["cells"][0] for r in calls] == [str(k + 1) for k in range(len(calls))])
    by_name = {}
    for s in slotted:
        by_name.setdefault(squash(s["name"]), []).append(s)
    order, groups_ok, day_ok = [], True, True
    current_day = None
    for r in cp.rows:
        if r["day"]:
            current_day = r["cells"][0]
            continue
        cands = by_name.get(r["cells"][3], [])
        # Same-named schools ("Ban Mai" at each level) told apart by their group cell.
        s = next((c for c in cands if squash(groups.get(c["group_id"]) or c["kind"]) == r["cells"][4]), None)
        if s is None:
            groups_ok = False
            continue
        cands.remove(s)
        d = pdate(s["test_date"])
        day_ok &= current_day is not None and "%d/%d/%d" % (d.day, d.month, d.year) in current_day
        order.append((d, pmin(s["test_start"]), lane_key(s["test_lane"])))
    check("%s: each row shows its site's group (else its kind)" % stem, groups_ok)
    check("%s: rows under the day line of their date, one day line per date" % stem,
          day_ok and len(days) == len({s["test_date"] for s in slotted}), days)
    check("%s: rows sorted by date, time, then lane" % stem, order == sorted(order))
    for s in p["sites"]:
        if "<" in s["name"] and s in slotted:
            check("%s: the name %r is printed as text (escaped in the file, whole in the cell)" % (stem, s["name"]),
                  s["name"] not in raw and squash(s["name"]) in printed)
            break

# ---------------------------------------------------------------------------
# [SECTION] main
# ---------------------------------------------------------------------------
def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--export", required=True, help="command prefix: CMD FORMAT PLAN.json")
    ap.add_argument("--tool", required=True, help="export_tool (for extract)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    export_cmd = a.export.split()
    tool = [a.tool]
    os.makedirs(a.out, exist_ok=True)

    templates = {}
    for name in ("ke-hoach-1905", "cong-van-k12"):
        templates[name] = os.path.join(ROOT, "assets", "templates", name + ".json")
    hostile_path = os.path.join(a.out, "hostile.json")
    with open(templates["ke-hoach-1905"], encoding="utf-8") as fh:
        base = json.load(fh)
    with open(hostile_path, "w", encoding="utf-8") as fh:
        json.dump(hostile_plan(base), fh, ensure_ascii=False, indent=2)
    plans = dict(templates, hostile=hostile_path)

    exported = {}
    for stem, path in plans.items():
        files = export_all(export_cmd, path, a.out, stem)
        if "json" not in files:
            continue
        # Expectations come from the plan as the app holds it (the json export),
        # so normalisation by the reader (NFC, line ends) is not mistaken for loss.
        with open(files["json"], encoding="utf-8") as fh:
            exported[stem] = (files, json.load(fh))
    if "hostile" in exported:
        p = exported["hostile"][1]
        check("hostile: the plan holds the 10,000-character text", any(t["content"] == BIG for t in p["tasks"]))

    ics_files = [f["ics"] for f, _ in exported.values() if "ics" in f]
    copy_files = [f["html-copy"] for f, _ in exported.values() if "html-copy" in f]
    node = run(["node", os.path.join(HERE, "consumers.mjs"), "ics"] + ics_files, cwd=ROOT)
    icaljs = json.loads(node.stdout or b"{}") if node.returncode == 0 else {}
    check("ical.js runs", node.returncode == 0, node.stderr.decode()[-400:])
    node = run(["node", os.path.join(HERE, "consumers.mjs"), "html"] + copy_files, cwd=ROOT, timeout=300)
    chromium = json.loads(node.stdout or b"{}") if node.returncode == 0 else {}
    check("Chromium runs", node.returncode == 0, node.stderr.decode()[-400:])

    csv_jobs, docx_jobs = [], []
    for stem, (files, p) in exported.items():
        if "ics" in files:
            check_ics_python(stem, files["ics"], p)
            check_ics_icaljs(stem, files["ics"], p, icaljs)
        tables = check_csv(stem, files, p)
        for fmt, rows in tables.items():
            csv_jobs.append((stem, fmt, files[fmt], rows))
        if "docx" in files:
            docx_jobs.append((stem, files["docx"], p))
        if "html-copy" in files:
            check_copy(stem, files["html-copy"], files["json"], p, tool, chromium)
        for f in ("html-plan", "html-agenda", "html-tasks", "html-sites", "html-site-sheets", "html-call-sheet"):
            if f in files:
                check("%s: %s has no script element" % (stem, f), b"<script" not in open(files[f], "rb").read())

    if "ke-hoach-1905" in exported:   # the explicit example from the brief
        exp = expected_events(exported["ke-hoach-1905"][1])
        check("ke-hoach-1905: slot a2 expected at 08:00 +07:00 = 01:00Z",
              exp.get("slot-a2", {}).get("start") == dt.datetime(2021, 8, 31, 1, 0, tzinfo=dt.timezone.utc))
    # The call sheet, through the command's alias, on plans shaped for it.
    for stem, cp in call_sheet_plans(base).items():
        src = os.path.join(a.out, stem + ".json")
        with open(src, "w", encoding="utf-8") as fh:
            json.dump(cp, fh, ensure_ascii=False, indent=1)
        r = run(export_cmd + ["call-sheet", src])
        out = os.path.join(a.out, stem + ".html-call-sheet.html")
        if check("%s: export call-sheet exits 0 with output" % stem, r.returncode == 0 and r.stdout,
                 r.stderr.decode("utf-8", "replace")):
            with open(out, "wb") as fh:
                fh.write(r.stdout)
            check_call_sheet(stem, out, cp)
    for stem, (files, p) in exported.items():
        if "html-call-sheet" in files:
            check_call_sheet(stem, files["html-call-sheet"], p)

    if csv_jobs:
        check_csv_libreoffice(a.out, csv_jobs)
    if docx_jobs:
        check_docx(a.out, docx_jobs)

    print("%d passed, %d failed" % (PASSED, FAILED))
    return 1 if FAILED else 0


if __name__ == "__main__":
    sys.exit(main())
