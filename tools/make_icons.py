#!/usr/bin/env python3
"""make_icons.py — draws the app icon (web/icons/icon-{192,512}.png and icon.svg).

Plain Python (zlib + struct): the machine's Python has no imaging library, and
the icon is a few shapes.  The drawing: a blue rounded square; a central
bridge point (large white dot) linked to four bridge points around it.
Run once; the PNGs are committed.  Usage: tools/make_icons.py [out_dir]
"""
import math
import os
import struct
import sys
import zlib

BLUE = (24, 95, 170)
WHITE = (255, 255, 255)
# Shapes in a 0..1 square.
CENTRE = (0.5, 0.5, 0.15)
SITES = [(0.24, 0.26), (0.76, 0.26), (0.24, 0.74), (0.76, 0.74)]
SITE_R = 0.085
LINE_W = 0.045
CORNER = 0.2


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def inside_rounded(x, y):
    cx = min(max(x, CORNER), 1 - CORNER)
    cy = min(max(y, CORNER), 1 - CORNER)
    return math.hypot(x - cx, y - cy) <= CORNER


def sample(x, y):
    """(r, g, b, a) of one point."""
    if not inside_rounded(x, y):
        return (0, 0, 0, 0)
    white = math.hypot(x - CENTRE[0], y - CENTRE[1]) <= CENTRE[2]
    for sx, sy in SITES:
        if white:
            break
        white = math.hypot(x - sx, y - sy) <= SITE_R or seg_dist(x, y, CENTRE[0], CENTRE[1], sx, sy) <= LINE_W / 2
    return (*(WHITE if white else BLUE), 255)


def png(size):
    """An indexed-colour PNG (palette + tRNS): every pixel is one of the few
    mixes of blue, white and transparent that 4×4 supersampling can give, so a
    palette holds them exactly and the file is a third of an RGBA one (these
    icons are part of a first visit's download)."""
    ss = 4  # supersampling for smooth edges
    palette = {}   # (r, g, b, a) -> index
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for a in range(ss):
                for b in range(ss):
                    r, g, bl, al = sample((i + (a + 0.5) / ss) / size, (j + (b + 0.5) / ss) / size)
                    acc[0] += r * al; acc[1] += g * al; acc[2] += bl * al; acc[3] += al
            n = ss * ss
            alpha = acc[3] / n
            if acc[3]:
                px = (round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha))
            else:
                px = (0, 0, 0, 0)
            row.append(palette.setdefault(px, len(palette)))
        rows.append(bytes(row))
    assert len(palette) <= 256, "more colours than a palette holds"
    raw = zlib.compress(b"".join(rows), 9)
    colours = sorted(palette, key=palette.get)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0))
            + chunk(b"PLTE", b"".join(bytes(c[:3]) for c in colours))
            + chunk(b"tRNS", bytes(c[3] for c in colours))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def svg():
    s = 100
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {s} {s}">',
             f'<rect width="{s}" height="{s}" rx="{CORNER * s:g}" fill="rgb{BLUE}"/>',
             f'<g stroke="#fff" stroke-width="{LINE_W * s:g}">']
    for x, y in SITES:
        parts.append(f'<line x1="{CENTRE[0] * s:g}" y1="{CENTRE[1] * s:g}" x2="{x * s:g}" y2="{y * s:g}"/>')
    parts.append('</g><g fill="#fff">')
    parts.append(f'<circle cx="{CENTRE[0] * s:g}" cy="{CENTRE[1] * s:g}" r="{CENTRE[2] * s:g}"/>')
    for x, y in SITES:
        parts.append(f'<circle cx="{x * s:g}" cy="{y * s:g}" r="{SITE_R * s:g}"/>')
    parts.append('</g></svg>\n')
    return "".join(parts)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "web", "icons")
    os.makedirs(out, exist_ok=True)
    for size in (192, 512):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(png(size))
    with open(os.path.join(out, "icon.svg"), "w") as f:
        f.write(svg())


if __name__ == "__main__":
    main()
