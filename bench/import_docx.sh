#!/bin/sh
# Import of a 20-page Word document, natively and as WebAssembly under node.
#   bench/import_docx.sh [COPIES]   (default 10: the Kế hoạch template's body, programme
#                                   and tasks ten times, ≈ 20 pages)
# The .docx is written by the app's own Word export (bench/import_docx.cpp
# --write, linked with the native build's core: NATIVE_BUILD, default
# build/native, built here if needed); its pages are counted by LibreOffice (PDF) and
# pdfinfo when they are installed.  Then the import the web app runs when the
# file is opened (core/import_docx.h) is timed: natively (g++ -O2) and in wasm
# (em++ with the web build's flags, -Os -fno-exceptions, and the zlib and tinyxml2 that
# `build-wasm.sh setup` built for it).  Budget: ≤ 1 s in wasm.
#   IMPORT_DOCX_JSON=path also writes the figures as JSON (bench/run.sh adds them to its table).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/build/bench"
mkdir -p "$OUT"
COPIES=${1:-10}
BUDGET_MS=1000
DOCX_WASM="$ROOT/.deps/docx-wasm"
NATIVE_BUILD=${NATIVE_BUILD:-$ROOT/build/native}
# the native core (as `build-wasm.sh build` configures it): the writer links it
if [ ! -f "$NATIVE_BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$NATIVE_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$NATIVE_BUILD" -j2 --target dccore >/dev/null
[ -f "$DOCX_WASM/libz.a" ] || { echo "import_docx.sh: .deps/docx-wasm missing: bash build-wasm.sh setup" >&2; exit 2; }

# What the import links: the .docx reader, the text importer and what it calls.
IMPORT_SRC="src/core/import_docx.cpp src/core/unzip.cpp src/core/zip.cpp src/core/import_text.cpp
  src/core/paste.cpp src/core/paste_programme.cpp src/core/html_table.cpp src/core/tasks_ops.cpp
  src/core/text.cpp src/core/datetime.cpp src/core/deadline.cpp src/core/editor.cpp"

cd "$ROOT"
DOCX="$OUT/import-long.docx"
g++ -std=c++17 -O2 -DDC_BENCH_WRITE -Isrc bench/import_docx.cpp "$NATIVE_BUILD/libdccore.a" -lz -ltinyxml2 \
  -o "$OUT/import_docx_write"
"$OUT/import_docx_write" --write "$DOCX" "$COPIES" >&2
pages=""
if command -v soffice >/dev/null && command -v pdfinfo >/dev/null; then
  rm -f "$OUT/import-long.pdf"
  soffice --headless --convert-to pdf --outdir "$OUT" "$DOCX" >/dev/null 2>&1 || true
  [ -f "$OUT/import-long.pdf" ] && pages=$(pdfinfo "$OUT/import-long.pdf" | sed -n 's/^Pages: *//p')
fi

# shellcheck disable=SC2086
g++ -std=c++17 -O2 -Isrc bench/import_docx.cpp $IMPORT_SRC -lz -ltinyxml2 -o "$OUT/import_docx"
export NODE_PATH=/usr/share/nodejs   # Debian's emcc needs Debian's node modules (toolchain.md pitfall 1)
mkdir -p "$OUT/sysinclude"
for h in nlohmann date; do [ -e "$OUT/sysinclude/$h" ] || ln -sfn "/usr/include/$h" "$OUT/sysinclude/$h"; done
# shellcheck disable=SC2086
em++ -std=c++17 -Os -fno-exceptions -Isrc -isystem "$OUT/sysinclude" -isystem "$DOCX_WASM/include" \
  bench/import_docx.cpp $IMPORT_SRC "$DOCX_WASM/libz.a" "$DOCX_WASM/libtinyxml2.a" \
  -sALLOW_MEMORY_GROWTH=1 -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node -sNODERAWFS=1 -o "$OUT/import_docx.js"
echo '{"type": "commonjs"}' >"$OUT/package.json"   # the repository's package.json says "module"

n=$("$OUT/import_docx" --read "$DOCX")
w=$(node "$OUT/import_docx.js" --read "$DOCX")
kb=$(( $(wc -c <"$DOCX") / 1024 ))
nms=$(echo "$n" | sed -n 's/^answer \([0-9.]*\).*/\1/p')
wms=$(echo "$w" | sed -n 's/^answer \([0-9.]*\).*/\1/p')
what=$(echo "$w" | sed -n 's/^answer [0-9.]* //p')
verdict=$(awk -v ms="$wms" -v b=$BUDGET_MS 'BEGIN { print (ms != "" && ms + 0 <= b + 0) ? "PASS" : "FAIL" }')
echo "import of a ${pages:-?}-page .docx ($kb KB, the app's Word export): native ${nms:-?} ms, wasm (node $(node --version)) ${wms:-?} ms (budget ≤ $BUDGET_MS ms) $verdict — read: $what"
if [ -n "${IMPORT_DOCX_JSON:-}" ]; then
  printf '{"pages":%s,"kb":%s,"native_ms":%s,"wasm_ms":%s,"budget_ms":%s,"read":"%s"}\n' \
    "${pages:-null}" "$kb" "${nms:-null}" "${wms:-null}" "$BUDGET_MS" "$what" >"$IMPORT_DOCX_JSON"
fi
[ "$verdict" = PASS ]
