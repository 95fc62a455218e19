#!/bin/sh
# Import/export benchmark of the large plan (1,000 agenda items, 5,000 tasks,
# 300 sites; bench/large_plan.h), natively and as WebAssembly under node.
#   bench/plan_io.sh [RUNS]        (default 9 runs; prints the medians)
# Targets (issue 3): import ≤ 150 ms and export ≤ 100 ms in WebAssembly.
# Builds into build/bench/ with the same flags as the app's release build (-O2).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/build/bench"
RUNS=${1:-9}
mkdir -p "$OUT"
SRC="$ROOT/bench/plan_io.cpp $ROOT/src/core/plan_file.cpp $ROOT/src/core/text.cpp $ROOT/src/core/datetime.cpp"

echo "== native (g++ -O2)"
# shellcheck disable=SC2086
g++ -std=c++17 -O2 -I"$ROOT/src" -I"$ROOT/bench" $SRC -o "$OUT/plan_io"
"$OUT/plan_io" "$RUNS"

echo "== WebAssembly (em++ -O2, node $(node --version))"
# Debian's emcc needs Debian's node modules (toolchain.md pitfall 1), and must
# not see /usr/include (pitfall 2): headers come through a folder of symlinks.
export NODE_PATH=/usr/share/nodejs
mkdir -p "$OUT/sysinclude"
for h in nlohmann date; do
  [ -e "$OUT/sysinclude/$h" ] || ln -sfn "/usr/include/$h" "$OUT/sysinclude/$h"
done
# shellcheck disable=SC2086
em++ -std=c++17 -O2 -I"$ROOT/src" -I"$ROOT/bench" -isystem "$OUT/sysinclude" $SRC \
  -sALLOW_MEMORY_GROWTH=1 -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node -o "$OUT/plan_io.js"
# The repository's package.json says "type": "module"; emcc's output is CommonJS.
echo '{"type": "commonjs"}' >"$OUT/package.json"
node "$OUT/plan_io.js" "$RUNS"
