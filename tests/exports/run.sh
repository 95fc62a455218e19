#!/usr/bin/env bash
# tests/exports/run.sh — real-consumer checks of every export (see check.py).
#
#   bash tests/exports/run.sh [BUILD_DIR]       (default build/native-exports)
#
# Needs: the native build's libdccore.a (built here if missing), node with the
# repo's npm packages (ical.js, playwright-core), Debian's chromium,
# python3-icalendar (/usr/bin/python3), poppler-utils, and LibreOffice
# (libreoffice-writer-nogui, libreoffice-calc-nogui).
# Prints "N passed, N failed" and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${1:-build/native-exports}"

if [ ! -f "$BUILD/CMakeCache.txt" ]; then cmake -S . -B "$BUILD" >/dev/null; fi
cmake --build "$BUILD" -j2 --target dccore >/dev/null
if grep -q '^diemcau:' "$BUILD/Makefile" 2>/dev/null; then cmake --build "$BUILD" -j2 --target diemcau >/dev/null || true; fi

# export_tool: extract_plan_from_copy for the copy check, and the export front
# end when the diemcau command-line tool is not built.
TOOL="$BUILD/export_tool"
if [ ! -x "$TOOL" ] || [ "$TOOL" -ot "$BUILD/libdccore.a" ] || [ "$TOOL" -ot tests/exports/export_tool.cpp ]; then
  c++ -std=c++17 -O1 -Isrc tests/exports/export_tool.cpp "$BUILD/libdccore.a" -o "$TOOL"
fi
if [ -x "$BUILD/diemcau" ]; then EXPORT="$BUILD/diemcau export"; else EXPORT="$TOOL"; fi

for need in node libreoffice pdftotext /usr/bin/chromium; do
  command -v "$need" >/dev/null || { echo "missing: $need (see the header of $0)"; echo "0 passed, 1 failed"; exit 1; }
done
[ -d node_modules/ical.js ] || npm install --no-audit --no-fund >/dev/null

OUT="$BUILD/exports-out"
echo "exports written by: $EXPORT (files kept in $OUT)"
rm -rf "$OUT"
exec /usr/bin/python3 tests/exports/check.py --export "$EXPORT" --tool "$TOOL" --out "$OUT"
