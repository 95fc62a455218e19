#!/usr/bin/env bash
# run.sh — print test: every printable document of both templates (and of a
# hostile plan) → HTML (render_docs, built from the core) → PDF (Chromium's
# page.pdf) → checked with poppler (pdftotext, pdfinfo); the Kế hoạch PDFs are
# also rendered to PNG.  Output in test-output/print/.
#
#   tests/print/run.sh            (from the repository root; BUILD_DIR to reuse a native build dir)
#
# Needs: cmake, a C++17 compiler, nlohmann-json3-dev, node + npm playwright-core,
# /usr/bin/chromium, poppler-utils, soffice, and a Times-compatible serif covering
# Vietnamese (fonts-liberation2; fonts-noto-core's Noto Serif also works).
# The print corpus (tests/fixtures/print/*.json) is printed as well and held
# to layout rules (tests/print/layout_rules.mjs); PRINT_WORD=1 also turns each
# corpus plan's Word export into PDF with LibreOffice (soffice, from
# libreoffice-writer-nogui) and checks it the same way.
# Prints "N passed, M failed"; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${BUILD_DIR:-build/native-print}
OUT=test-output/print

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$BUILD_DIR" --target dccore -j2 >/dev/null
# render_docs is a test tool, not part of the product build: compiled here
# against the core library rather than added to the shared CMakeLists.
# (only when stale, so a second `build-wasm.sh test` rebuilds nothing)
if [ ! -x "$BUILD_DIR/render_docs" ] || [ "$BUILD_DIR/render_docs" -ot "$BUILD_DIR/libdccore.a" ] \
   || [ "$BUILD_DIR/render_docs" -ot tests/print/render_docs.cpp ] || [ "$BUILD_DIR/render_docs" -ot tests/print/seed_plans.h ]; then
  c++ -std=c++17 -O1 -Isrc -Itests/print tests/print/render_docs.cpp "$BUILD_DIR/libdccore.a" \
    -o "$BUILD_DIR/render_docs"
fi

mkdir -p "$OUT"
rm -rf "$OUT"/*.html "$OUT"/*.pdf "$OUT"/*.png "$OUT"/*.docx "$OUT"/word "$OUT"/manifest.json
"$BUILD_DIR/render_docs" "$OUT"

if ! node -e "require.resolve('playwright-core')" 2>/dev/null; then
  echo "print test: npm package playwright-core is missing (npm install --no-save playwright-core)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
node tests/print/print_test.mjs "$OUT"
