#!/usr/bin/env bash
# wasm_size.sh — where the app's WebAssembly bytes go: sections, and code by
# origin (Dear ImGui, SDL2, nlohmann/json, libc++/libc, the app's core and UI)
# with the largest functions.  Re-links the benchmark's web build once with
# --profiling-funcs (keeps a "name" section; the code is optimised as the
# shipped file's) and reads function body sizes from the code section.
#   bash bench/wasm_size.sh [TOP=30]       (after bash bench/run.sh)
# With a split build it then shows the two shipped parts (tools/split_wasm.mjs):
# what the first frame waits for, and what comes after.
# Section sizes cross-checked with Debian's wabt: wasm-objdump -h.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WB="${BENCH_WASM_BUILD:-$ROOT/build/wasm-bench}"
OUT="$ROOT/build/bench/size"
TOP=${1:-30}
export NODE_PATH=/usr/share/nodejs
mkdir -p "$OUT"
[ -f "$WB/CMakeFiles/diemcau_web.dir/link.txt" ] || { echo "run bash bench/run.sh first" >&2; exit 1; }
# The app's link line with another output and a symbol map.
CMD=$(/usr/bin/python3 - "$WB/CMakeFiles/diemcau_web.dir/link.txt" "$OUT/diemcau.js" <<'PY'
import shlex, sys
toks = shlex.split(open(sys.argv[1]).read())
i = toks.index('-o'); toks[i + 1] = sys.argv[2]
print(' '.join(shlex.quote(t) for t in toks + ['--profiling-funcs']))
PY
)
(cd "$WB" && eval "$CMD")
# A split build (cmake/webapp.cmake DC_SPLIT) leaves the whole program as .orig
# beside an instrumented copy: the whole program is what is measured first.
WASM="$OUT/diemcau.wasm"; [ -f "$WASM.orig" ] && WASM="$WASM.orig"
SHIP="$WB/../dist-bench"
wasm-objdump -h "$WASM" | sed -n '/Sections:/,$p'
echo "shipped: $(stat -c %s "$SHIP/diemcau.wasm" 2>/dev/null || echo '?') bytes; this copy: $(stat -c %s "$WASM") bytes (with names)"
echo; echo "==== the whole program ===="
/usr/bin/python3 "$ROOT/bench/wasm_size.py" "$WASM" "$TOP"
# The two shipped parts (tools/split_wasm.mjs), named by the split's symbol maps.
if [ -f "$SHIP/diemcau.deferred.wasm" ] && [ -f "$WB/split/primary.symbols" ]; then
  echo; echo "==== first part: dist/diemcau.wasm (before the first frame), gzip $(gzip -9c "$SHIP/diemcau.wasm" | wc -c) bytes ===="
  /usr/bin/python3 "$ROOT/bench/wasm_size.py" "$SHIP/diemcau.wasm" "$TOP" "$WB/split/primary.symbols"
  echo; echo "==== second part: dist/diemcau.deferred.wasm (after the first frame), gzip $(gzip -9c "$SHIP/diemcau.deferred.wasm" | wc -c) bytes ===="
  /usr/bin/python3 "$ROOT/bench/wasm_size.py" "$SHIP/diemcau.deferred.wasm" 10 "$WB/split/deferred.symbols"
fi
