#!/usr/bin/env python3
"""move_data.py — moves read-only data that only the second part's code reads
from the first part of a split program (diemcau.wasm) to the second
(diemcau.deferred.wasm).

    move_data.py PRIMARY DEFERRED [--imgui-draw PATH/imgui_draw.cpp]

Why: Binaryen's wasm-split moves functions, not data; every string and table
stays in the first part even when only a function of the second part reads it.
The largest are ImGui's built-in font (ProggyClean, 12 KB, never drawn: the
app ships Noto Sans), the English interface strings, the print stylesheet and
the docx parts.  No tool in Debian does this, hence this script.

Which bytes: our own data marks itself with DC_LATER_BEGIN / DC_LATER_END
(src/core/later_data.h) around its bytes; ImGui's font is found by its text in
imgui_draw.cpp.  A region is moved only if no function of the first part and
no data outside the moved regions refers to it: every `i32.const` and every
load/store `offset=` in the first part's code (read with Binaryen's wasm-dis)
and every 4-byte word of its data are checked (see referenced()).  A region that fails the check
stays where it is (with a warning): slower first download, same behaviour.

How: the bytes are zeroed in the first part's data segment (zeros cost nothing
once compressed) and an active data segment that writes them to the same
address is appended to the second part, which imports the first part's memory.
Instantiating the second part therefore puts them in place before any of its
functions can run, and only its functions read them.
"""
import re
import subprocess
import sys

BEGIN = b"\x01<dc-later>"
END = b"</dc-later>\x01"


def leb(b, i, signed=False):
    """LEB128 at b[i]: (value, index after it)."""
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            if signed and x & 0x40:
                r -= 1 << s
            return r, i


def leb_u(b, i):
    return leb(b, i)


def leb_s(b, i):
    return leb(b, i, signed=True)


def enc_u(n):
    out = bytearray()
    while True:
        x = n & 0x7F
        n >>= 7
        if n:
            out.append(x | 0x80)
        else:
            out.append(x)
            return bytes(out)


def enc_s(n):
    out = bytearray()
    while True:
        x = n & 0x7F
        n >>= 7
        done = (n == 0 and not x & 0x40) or (n == -1 and x & 0x40)
        out.append(x if done else x | 0x80)
        if done:
            return bytes(out)


def sections(b):
    """[(id, start of header, start of payload, end)]"""
    assert b[:4] == b"\0asm", "not a WebAssembly module"
    out, i = [], 8
    while i < len(b):
        sid, st = b[i], i
        n, p = leb_u(b, i + 1)
        out.append((sid, st, p, p + n))
        i = p + n
    return out


def data_segments(b):
    """Active segments of memory 0: [(address, file offset of the bytes, size)]"""
    segs = []
    for sid, _, p, end in sections(b):
        if sid != 11:
            continue
        count, i = leb_u(b, p)
        for _ in range(count):
            flag, i = leb_u(b, i)
            if flag == 2:
                _, i = leb_u(b, i)
            addr = None
            if flag in (0, 2):
                assert b[i] == 0x41, "data segment offset is not i32.const"
                addr, i = leb_s(b, i + 1)
                assert b[i] == 0x0B
                i += 1
            size, i = leb_u(b, i)
            if addr is not None:
                segs.append((addr, i, size))
            i += size
        assert i == end
    return segs


def find_regions(b, segs, imgui_draw):
    """[(name, address, file offset, size)] of the data to move."""
    regions = []
    for addr, off, size in segs:
        chunk = b[off:off + size]
        pos = 0
        while True:
            s = chunk.find(BEGIN, pos)
            if s < 0:
                break
            e = chunk.find(END, s)
            assert e > 0, f"unterminated DC_LATER_BEGIN at address {addr + s}"
            e += len(END)
            label = chunk[s + len(BEGIN):chunk.find(b"\0", s)].decode("utf-8", "replace")
            regions.append((label or "marked data", addr + s, off + s, e - s))
            pos = e
    if imgui_draw:
        # ImGui 1.86's ProggyClean, as base85 text: found by its first line.
        src = open(imgui_draw, encoding="utf-8", errors="replace").read()
        m = re.search(r'proggy_clean_ttf_compressed_data_base85\[(\d+) \+ 1\] =\s*\n\s*"([^"\\]{40})', src)
        if m:
            size, head = int(m.group(1)) + 1, m.group(2).encode()
            hits = [(addr + c, off + c) for addr, off, sz in segs
                    for c in [b[off:off + sz].find(head)] if c >= 0]
            if len(hits) == 1:
                regions.append(("ImGui's built-in font (ProggyClean)", hits[0][0], hits[0][1], size))
            else:
                print(f"move_data: ImGui's built-in font found {len(hits)} times; left in place")
    return regions


def referenced(primary_path, b, segs, regions):
    """For each region, what in the first part refers into it (empty: nothing).

    Code reaches an array through its address: an `i32.const` of its start (or
    of start + a constant index), or a load/store whose `offset=` is the
    address.  So a constant counts if it lies in the first HEAD bytes of a
    region, an offset anywhere in it, and a data word (a pointer held in a
    table) in its first HEAD bytes.  Not the whole region: ImGui's and SDL's
    flag constants and packed pixel tables (0x40000, 0x3F000, …) fall inside a
    12 KB region at ≈ 256 K by chance and are not pointers."""
    HEAD = 256
    text = subprocess.run(["wasm-dis", primary_path], check=True, capture_output=True,
                          text=True).stdout
    # The data segments' own addresses, "(data (i32.const N) …)", are not references.
    text = "\n".join(line for line in text.split("\n") if not line.startswith(" (data "))
    consts = [int(x) for x in re.findall(r"\(i32\.const (-?\d+)\)", text)]
    offsets = [int(x) for x in re.findall(r"offset=(\d+)", text)]
    refs = [[] for _ in regions]
    spans = [(r[1], r[1] + r[3]) for r in regions]

    def inside(v, head):
        return next((i for i, (a, e) in enumerate(spans)
                     if a <= v < (min(e, a + HEAD) if head else e)), None)

    for v in consts:
        i = inside(v, True)
        if i is not None:
            refs[i].append(f"code: i32.const {v}")
    for v in offsets:
        i = inside(v, False)
        if i is not None:
            refs[i].append(f"code: offset={v}")
    for addr, off, size in segs:
        for a in range((addr + 3) & ~3, addr + size - 3, 4):
            if inside(a, False) is not None:
                continue
            v = int.from_bytes(b[off + a - addr:off + a - addr + 4], "little")
            i = inside(v, True)
            if i is not None:
                refs[i].append(f"data at {a}")
    return refs


def append_segments(d, moved):
    """The second part with one more active data segment per moved region."""
    secs = sections(d)
    payload = b"".join(enc_u(0) + b"\x41" + enc_s(addr) + b"\x0b" + enc_u(len(data)) + data
                       for addr, data in moved)
    old = [s for s in secs if s[0] == 11]
    if old:
        sid, st, p, end = old[0]
        count, i = leb_u(d, p)
        body = enc_u(count + len(moved)) + d[i:end] + payload
        out = d[:st] + b"\x0b" + enc_u(len(body)) + body + d[end:]
    else:
        body = enc_u(len(moved)) + payload
        # after the code section (id 10), before any custom section that follows it
        code = [s for s in secs if s[0] == 10][0]
        out = d[:code[3]] + b"\x0b" + enc_u(len(body)) + body + d[code[3]:]
    dc = [s for s in sections(out) if s[0] == 12]
    if dc:   # DataCount must match the number of segments
        sid, st, p, end = dc[0]
        n, _ = leb_u(out, p)
        body = enc_u(n + len(moved))
        out = out[:st] + b"\x0c" + enc_u(len(body)) + body + out[end:]
    return out


def main(argv):
    args = argv[1:]
    imgui_draw = None
    if "--imgui-draw" in args:
        k = args.index("--imgui-draw")
        imgui_draw = args[k + 1]
        del args[k:k + 2]
    primary_path, deferred_path = args
    b = bytearray(open(primary_path, "rb").read())
    segs = data_segments(b)
    regions = find_regions(b, segs, imgui_draw)
    refs = referenced(primary_path, b, segs, regions)
    moved, total = [], 0
    for k, (name, addr, off, size) in enumerate(regions):
        if refs[k]:
            print(f"move_data: {name} ({size} bytes) is read by the first part "
                  f"({', '.join(refs[k][:3])}); left in place")
            continue
        moved.append((addr, bytes(b[off:off + size])))
        b[off:off + size] = bytes(size)
        total += size
    if not moved:
        print("move_data: nothing moved")
        return 0
    d = open(deferred_path, "rb").read()
    open(deferred_path, "wb").write(append_segments(d, moved))
    open(primary_path, "wb").write(bytes(b))
    names = ", ".join(f"{r[0]} {r[3]}" for k, r in enumerate(regions) if not refs[k])
    print(f"move_data: {total} bytes of data moved to the second part ({names})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
