#!/bin/sh
# Plan file reading/writing, natively and as WebAssembly under node.
#   bench/plan_io.sh [RUNS]              import/export of the large plan (1,000 agenda
#                                        items, 5,000 tasks, 2,000 sites; bench/large_plan.h),
#                                        default 9 runs; prints the medians.
#                                        Targets: import ≤ 150 ms, export ≤ 100 ms in wasm.
#   bench/plan_io.sh --files FILE...     the time read_plan takes to answer each file (read it,
#                                        or refuse it with a message), natively and in wasm,
#                                        with the budgets native ≤ 1 s, wasm ≤ 3 s and PASS/FAIL.
#                                        A read still running after PLAN_IO_STOP_S seconds (30)
#                                        is stopped and reported as such (FAIL).  PLAN_IO_JSON=path also
#                                        writes the figures as JSON (bench/run.sh adds them to its table).
#   bench/plan_io.sh --hostile           --files on the files of tools/gen_plans.py (written
#                                        to build/bench/hostile/ first).
# Builds into build/bench/ with the same flags as the app's release build (-O2).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/build/bench"
mkdir -p "$OUT"
SRC="$ROOT/bench/plan_io.cpp $ROOT/src/core/plan_file.cpp $ROOT/src/core/text.cpp $ROOT/src/core/datetime.cpp"
NATIVE_BUDGET_MS=1000
WASM_BUDGET_MS=3000
STOP_S=${PLAN_IO_STOP_S:-30}

build_native() {
  # shellcheck disable=SC2086
  g++ -std=c++17 -O2 -I"$ROOT/src" -I"$ROOT/bench" $SRC -o "$OUT/plan_io"
}

build_wasm() {
  # Debian's emcc needs Debian's node modules (toolchain.md pitfall 1), and must
  # not see /usr/include (pitfall 2): headers come through a folder of symlinks.
  export NODE_PATH=/usr/share/nodejs
  mkdir -p "$OUT/sysinclude"
  for h in nlohmann date; do
    [ -e "$OUT/sysinclude/$h" ] || ln -sfn "/usr/include/$h" "$OUT/sysinclude/$h"
  done
  # NODERAWFS: --read opens the machine's files directly.
  # shellcheck disable=SC2086
  em++ -std=c++17 -O2 -I"$ROOT/src" -I"$ROOT/bench" -isystem "$OUT/sysinclude" $SRC \
    -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node -sNODERAWFS=1 \
    -o "$OUT/plan_io.js"
  # The repository's package.json says "type": "module"; emcc's output is CommonJS.
  echo '{"type": "commonjs"}' >"$OUT/package.json"
}

# One read, stopped after STOP_S seconds: prints "MS ANSWER" or "stopped".
read_with_budget() {  # command...
  if line=$(timeout "$STOP_S" "$@" 2>&1 | grep '^answer ' | head -1) && [ -n "$line" ]; then
    echo "${line#answer }"
  else
    echo "stopped"
  fi
}

verdict() {  # ms budget
  awk -v ms="$1" -v b="$2" 'BEGIN { print (ms != "" && ms + 0 <= b + 0) ? "PASS" : "FAIL" }'
}

json_str() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }

files() {
  echo "== reading each file: native (g++ -O2) and WebAssembly (em++ -O2, node $(node --version)); budgets native ≤ $((NATIVE_BUDGET_MS / 1000)) s, wasm ≤ $((WASM_BUDGET_MS / 1000)) s"
  build_native
  build_wasm
  printf '%-28s %8s  %-22s %-22s %s\n' file MB "native ms, <= $NATIVE_BUDGET_MS" "wasm ms, <= $WASM_BUDGET_MS" answer
  met=0 missed=0 json=""
  for f in "$@"; do
    name=$(basename "$f")
    mb=$(awk -v b="$(wc -c <"$f")" 'BEGIN { printf "%.2f", b / 1e6 }')
    n=$(read_with_budget "$OUT/plan_io" --read "$f")
    w=$(read_with_budget node "$OUT/plan_io.js" --read "$f")
    if [ "$n" = stopped ]; then nms=""; ncell="> $((STOP_S * 1000)) stopped"; else nms=${n%% *}; ncell=$nms; fi
    if [ "$w" = stopped ]; then wms=""; wcell="> $((STOP_S * 1000)) stopped"; else wms=${w%% *}; wcell=$wms; fi
    nv=$(verdict "$nms" $NATIVE_BUDGET_MS); wv=$(verdict "$wms" $WASM_BUDGET_MS)
    answer=${n#* }; [ "$n" = stopped ] && answer=${w#* }; [ "$n" = stopped ] && [ "$w" = stopped ] && answer="(no answer in time)"
    printf '%-28s %8s  %-22s %-22s %s\n' "$name" "$mb" "$ncell $nv" "$wcell $wv" "$answer"
    for v in $nv $wv; do if [ "$v" = PASS ]; then met=$((met + 1)); else missed=$((missed + 1)); fi; done
    json="$json${json:+,}{\"file\":\"$(json_str "$name")\",\"mb\":$mb,\"native_ms\":${nms:-null},\"wasm_ms\":${wms:-null},\"native_budget_ms\":$NATIVE_BUDGET_MS,\"wasm_budget_ms\":$WASM_BUDGET_MS,\"native_stopped_after_ms\":$([ -z "$nms" ] && echo $((STOP_S * 1000)) || echo null),\"wasm_stopped_after_ms\":$([ -z "$wms" ] && echo $((STOP_S * 1000)) || echo null),\"answer\":\"$(json_str "$answer")\"}"
  done
  echo "$met budgets met, $missed missed"
  if [ -n "${PLAN_IO_JSON:-}" ]; then echo "[$json]" >"$PLAN_IO_JSON"; fi
}

case "${1:-}" in
  --files) shift; files "$@" ;;
  --hostile)
    python3 "$ROOT/tools/gen_plans.py" "$OUT/hostile" >/dev/null
    files "$OUT"/hostile/*.json ;;
  *)
    RUNS=${1:-9}
    echo "== native (g++ -O2)"
    build_native
    "$OUT/plan_io" "$RUNS"
    echo "== WebAssembly (em++ -O2, node $(node --version))"
    build_wasm
    node "$OUT/plan_io.js" "$RUNS" ;;
esac
