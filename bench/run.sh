#!/usr/bin/env bash
# run.sh — Điểm Cầu's performance benchmark, one command:
#   bash bench/run.sh            (BENCH_RUNS=n for n cold/warm starts per case, default 5)
# Builds what it needs — the web app (a private copy in build/dist-bench), the
# bare baseline page (bench/baseline/), the large plan (bench/gen_large_plan) —
# then bench/bench.mjs measures both pages in headless Chromium and prints the
# table of figures with budgets.  Results also go to build/bench/results.{txt,json}.
# It reports; it is not part of `build-wasm.sh test`.
# The large and hostile plan files of tools/gen_plans.py are read natively and
# in wasm under node first (bench/plan_io.sh --hostile; their rows join the table).
#   BENCH_ONLY=hostile bash bench/run.sh   only those files (no web build, no browser)
# Then a 20-page .docx is imported natively and in wasm (bench/import_docx.sh;
# its row joins the table).  BENCH_ONLY=import: the files and that, no browser.
#   BENCH_ONLY=cold,large …                (development) only these browser parts, as JSON
# Size breakdown of the wasm by function: bash bench/wasm_size.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/build/bench"
DIST="${BENCH_DIST:-$ROOT/build/dist-bench}"
WB="${BENCH_WASM_BUILD:-$ROOT/build/wasm-bench}"
mkdir -p "$OUT"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

bash build-wasm.sh setup                               # no-op when everything is there
say "large and hostile plan files (tools/gen_plans.py): read natively and in wasm"
PLAN_IO_JSON="$OUT/hostile.json" sh "$ROOT/bench/plan_io.sh" --hostile | tee "$OUT/hostile.txt" >&2
if [ "${BENCH_ONLY:-}" = hostile ]; then cat "$OUT/hostile.txt"; exit 0; fi
say "import of a 20-page .docx (the app's Word export): natively and in wasm"
IMPORT_DOCX_JSON="$OUT/import-docx.json" sh "$ROOT/bench/import_docx.sh" | tee "$OUT/import-docx.txt" >&2 || true
if [ "${BENCH_ONLY:-}" = import ]; then cat "$OUT/import-docx.txt"; exit 0; fi
say "app: web build → ${DIST#"$ROOT"/}"
DC_DIST="$DIST" DC_WASM_BUILD="$WB" bash build-wasm.sh web >"$OUT/web-build.log" 2>&1 \
  || { tail -30 "$OUT/web-build.log" >&2; exit 1; }
say "baseline page → build/bench/baseline"
bash "$ROOT/bench/baseline/build.sh" "$WB" "$DIST" "$OUT/baseline"
PLAN="$OUT/large-plan.json"
if [ ! -s "$PLAN" ] || [ "$ROOT/bench/large_plan.h" -nt "$PLAN" ] || [ "$ROOT/src/core/plan_file.cpp" -nt "$PLAN" ]; then
  say "large plan → build/bench/large-plan.json"
  sh "$ROOT/bench/gen_large_plan" "$PLAN" >/dev/null
fi
say "machine: $(nproc) CPUs, $(uptime | sed 's/.*load/load/')"
BENCH_HOSTILE="$OUT/hostile.json" BENCH_IMPORT_DOCX="$OUT/import-docx.json" node "$ROOT/bench/bench.mjs" "$DIST" "$OUT/baseline" "$PLAN" "$OUT/results.json" | tee "$OUT/results.txt"
