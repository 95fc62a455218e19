#!/usr/bin/env bash
# build.sh — builds the benchmark's bare baseline page (main.cpp + pre.js):
# Dear ImGui + SDL2 + WebGL2, the app's fonts, its shell (web/index.html), and
# its exact compile and link flags, read from the app's own web build tree
# (less the split into two parts: the bare page ships whole).
#   bash bench/baseline/build.sh WASM_BUILD APP_DIST OUT_DIR
# WASM_BUILD: the app's emcmake build tree (its libimgui.a is linked as is,
# so ImGui is compiled once, with the app's flags); APP_DIST: the app's
# dist/ (fonts are copied from it); OUT_DIR: the baseline's site.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WB=$1 APP_DIST=$2 OUT=$3
SDL="$ROOT/.deps/sdl2-wasm"
export NODE_PATH=/usr/share/nodejs    # Debian's emcc needs Debian's acorn
[ -f "$WB/libimgui.a" ] || { echo "baseline: $WB/libimgui.a missing (build the app first)" >&2; exit 1; }
mkdir -p "$OUT/fonts"
WB=$(cd "$WB" && pwd) APP_DIST=$(cd "$APP_DIST" && pwd) OUT=$(cd "$OUT" && pwd)

# The app's ImGui compile line (defines, includes, flags) compiles main.cpp.
flags() { sed -n "s/^$1 = //p" "$WB/CMakeFiles/imgui.dir/flags.make"; }
# The app's link line without its objects, libraries, output and --pre-js.
LINK_FLAGS=$(/usr/bin/python3 - "$WB/CMakeFiles/diemcau_web.dir/link.txt" <<'PY'
import shlex, sys
toks = shlex.split(open(sys.argv[1]).read())[1:]
out, skip = [], False
for t in toks:
    if skip: skip = False; continue
    if t in ('-o', '--pre-js', '--post-js', '--js-library'): skip = True; continue
    if t.startswith('@') or t.endswith(('.a', '.o', '.obj')): continue
    # The app's split (tools/split_wasm.mjs) is not applied: the bare page is
    # measured whole, as Emscripten links it.
    if t in ('-sSPLIT_MODULE', '--profiling-funcs'): continue
    out.append(shlex.quote(t))
print(' '.join(out))
PY
)
stamp="$(cat "$HERE/main.cpp" "$HERE/pre.js" "$WB/CMakeFiles/imgui.dir/flags.make" | sha256sum | cut -c1-16) $LINK_FLAGS"
if [ ! -f "$OUT/diemcau.wasm" ] || [ "$(cat "$OUT/.stamp" 2>/dev/null)" != "$stamp" ] || [ "$WB/libimgui.a" -nt "$OUT/diemcau.wasm" ]; then
  # shellcheck disable=SC2046,SC2086
  (cd "$WB" && eval em++ $(flags CXX_DEFINES) $(flags CXX_INCLUDES) $(flags CXX_FLAGS) -c "$HERE/main.cpp" -o "$OUT/main.o")
  # shellcheck disable=SC2086
  eval em++ $LINK_FLAGS --pre-js "$HERE/pre.js" "$OUT/main.o" "$WB/libimgui.a" "$SDL/libSDL2.a" -o "$OUT/diemcau.js"
  rm -f "$OUT/main.o"
  echo "$stamp" > "$OUT/.stamp"
fi
# Same shell page and font files as the app (the shell loads diemcau.js).
cp "$ROOT/web/index.html" "$OUT/index.html"
for f in NotoSans-Regular.ttf NotoSans-Bold.ttf NotoSansSymbols2.ttf NotoSansMath.ttf; do
  cp "$APP_DIST/fonts/$f" "$OUT/fonts/$f"
done
