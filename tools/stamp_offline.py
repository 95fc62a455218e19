#!/usr/bin/env python3
"""stamp_offline.py — the offline side of dist/, after the web build.

  tools/stamp_offline.py DIST

Copies web/manifest.webmanifest, web/sw-register.js and web/icons/ into DIST,
computes the build id (SHA-256 of every file the app needs, first 12 hex
digits) and writes DIST/sw.js from web/sw.js with the build id and the file
list filled in.  Same inputs → same id, so an unchanged build does not make
browsers download the app again; any changed byte → a new cache name.
"""
import hashlib
import json
import os
import shutil
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WEB = os.path.join(ROOT, "web")


def app_files(dist):
    """Paths (relative to dist, '/' separators) the service worker caches."""
    out = ["index.html", "diemcau.js", "glue-later.js", "diemcau.wasm", "sw-register.js", "manifest.webmanifest"]
    if os.path.isfile(os.path.join(dist, "diemcau.deferred.wasm")):   # tools/split_wasm.mjs
        out.append("diemcau.deferred.wasm")
    for sub in ("fonts", "data", "icons"):   # data/: the English texts (src/ui/shell/english_file.h)
        d = os.path.join(dist, sub)
        if os.path.isdir(d):
            out += sorted(f"{sub}/{f}" for f in os.listdir(d) if not f.startswith("."))
    missing = [f for f in out if not os.path.isfile(os.path.join(dist, f))]
    if missing:
        sys.exit(f"stamp_offline: missing in {dist}: {', '.join(missing)}")
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    dist = os.path.abspath(sys.argv[1])
    for f in ("manifest.webmanifest", "sw-register.js"):
        shutil.copyfile(os.path.join(WEB, f), os.path.join(dist, f))
    os.makedirs(os.path.join(dist, "icons"), exist_ok=True)
    for f in os.listdir(os.path.join(WEB, "icons")):
        shutil.copyfile(os.path.join(WEB, "icons", f), os.path.join(dist, "icons", f))

    files = app_files(dist)
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b"\0")
        with open(os.path.join(dist, f), "rb") as fh:
            h.update(fh.read())
    with open(os.path.join(WEB, "sw.js"), "rb") as fh:
        template = fh.read().decode()
    h.update(template.encode())
    build = h.hexdigest()[:12]
    sw = template.replace("'__DC_BUILD__'", json.dumps(build)).replace("__DC_FILES__", json.dumps(["./"] + files))
    with open(os.path.join(dist, "sw.js"), "w") as fh:
        fh.write(sw)
    with open(os.path.join(dist, "build-id.txt"), "w") as fh:
        fh.write(build + "\n")
    print(build)


if __name__ == "__main__":
    main()
