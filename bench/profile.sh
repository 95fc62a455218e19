#!/usr/bin/env bash
# profile.sh — a CPU profile of the app's frames with the large plan, with
# function names: the benchmark's web build (bash bench/run.sh) with the
# named wasm from bash bench/wasm_size.sh, then bench/profile.mjs.
#   bash bench/profile.sh [VIEW=agenda|tasks|sites|document|checks|export|library|none] [TOP=25]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST="${BENCH_DIST:-$ROOT/build/dist-bench}"
SIZE="$ROOT/build/bench/size"
P="$ROOT/build/bench/profdist"
[ -f "$SIZE/diemcau.wasm" ] && [ "$SIZE/diemcau.wasm" -nt "$DIST/diemcau.wasm" ] || bash "$ROOT/bench/wasm_size.sh" 0 >/dev/null
rm -rf "$P"; mkdir -p "$P"
cp -r "$DIST"/. "$P"/
cp "$SIZE/diemcau.js" "$SIZE/diemcau.wasm" "$P"/
rm -f "$P/sw.js"     # no service worker: always the files above
node "$ROOT/bench/profile.mjs" "$P" "$ROOT/build/bench/large-plan.json" "${1:-agenda}" "${2:-25}"
