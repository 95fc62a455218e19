#!/usr/bin/env bash
# build-wasm.sh — set up, build, serve and test Điểm Cầu.
#
#   bash build-wasm.sh serve   set up, build, and serve the planner on http://127.0.0.1:PORT/
#   bash build-wasm.sh test    set up, build, and run every test suite; ends with "N passed, N failed"
#   bash build-wasm.sh setup   only install what is missing (Debian packages, Debian sources, npm)
#   bash build-wasm.sh build   only build: dist/ (web) and build/native (core, diemcau, core_tests, diemcau-app)
#   bash build-wasm.sh web     only the web build (DC_DIST=dir DC_WASM_BUILD=dir for a private copy)
#
# Everything comes from Debian's packages and the npm registry; nothing else is
# downloaded.  Emscripten's ports (-sUSE_SDL=2) cannot be fetched here, so SDL2
# and Dear ImGui are built from Debian's *source* packages, kept in .deps/.
#
# [SECTION] settings
# [SECTION] setup      — apt packages, deb-src, Debian sources, SDL2, zlib and tinyxml2 for wasm, sysinclude, npm
# [SECTION] build      — web build into dist/ (one cmake graph), native build
# [SECTION] serve
# [SECTION] test       — ctest (Catch2 case counts), fuzz smokes, browser tests, summary line
set -euo pipefail

#-----------------------------------------------------------------------------
# [SECTION] settings
#-----------------------------------------------------------------------------
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
DEPS="$ROOT/.deps"
# DC_DIST / DC_WASM_BUILD: a private web build (several people building in one tree)
DIST="${DC_DIST:-$ROOT/dist}"
WASM_BUILD="${DC_WASM_BUILD:-$ROOT/build/wasm}"
NATIVE_BUILD="$ROOT/build/native"
FUZZ_BUILD="$ROOT/build/fuzz"        # clang + libFuzzer (test only)
OPT="${DC_OPT:--Os}"                 # optimisation of the web build (-Os default; DC_OPT=-O1 for quick development builds)
SDL_OPT="-Os -flto"                  # SDL2 for wasm is built once, always with this (-flto: bitcode, optimised with the app at link)
IMGUI_VERSION=1.86
SDL_VERSION=2.26.5
# emcc (Debian's 3.1.6) needs Debian's node modules (acorn); the machine's node may not be Debian's.
export NODE_PATH=/usr/share/nodejs
# Debian's fonttools lives in Debian's python; the python3 on PATH may be another one.
PY=/usr/bin/python3

APT_PACKAGES=(
  emscripten cmake make             # emscripten does not pull in cmake/make
  chromium fonts-noto-core          # browser for tests; the font we subset
  catch2 nlohmann-json3-dev libhowardhinnant-date-dev
  zlib1g-dev libtinyxml2-dev python3-docx   # .docx import (native; their sources for wasm) and its corpus script
  fonttools dpkg-dev xz-utils       # pyftsubset; apt-get source and unpacking
  libsdl2-dev clang-14 libclang-rt-14-dev   # native SDL2; fuzzing (libFuzzer) with clang
  libgl-dev libgl1-mesa-dri xvfb xauth      # the native app (diemcau-app): desktop OpenGL, and its smoke test on a virtual display
  poppler-utils python3-jsonschema python3-icalendar brotli   # real consumers in tests
  libreoffice-writer-nogui libreoffice-calc-nogui   # soffice --headless --convert-to (docx, csv checks)
  fonts-liberation2                 # metric-compatible Times New Roman for the print checks
  wabt binaryen                     # wasm size breakdown in bench/
  python3                           # the static file server
)

log() { printf '\033[1m[build-wasm]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[build-wasm] %s\033[0m\n' "$*" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

#-----------------------------------------------------------------------------
# [SECTION] setup
#-----------------------------------------------------------------------------
APT_UPDATED=0
apt_update_once() {
  if [ "$APT_UPDATED" = 0 ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
}

missing_packages() {
  local p
  for p in "$@"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || echo "$p"
  done
}

setup_apt() {
  local missing
  missing=$(missing_packages "${APT_PACKAGES[@]}")
  # node and npm: the machine may already have a node from elsewhere (npm bundled);
  # only fall back to Debian's packages when there is none.
  command -v node >/dev/null || missing="$missing nodejs"
  command -v npm >/dev/null || missing="$missing npm"
  if [ -n "${missing// /}" ]; then
    log "installing Debian packages:" $missing
    apt_update_once
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

# Debian source packages need a deb-src entry; copy the machine's deb entries.
enable_deb_src() {
  if grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then return; fi
  log "enabling Debian source packages (deb-src)"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -E 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      | $SUDO tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' \
      | $SUDO tee /etc/apt/sources.list.d/debian-src.list >/dev/null
  else
    die "no Debian apt sources found to derive deb-src entries from"
  fi
  APT_UPDATED=0
}

setup_sources() {
  mkdir -p "$DEPS/src"
  if [ ! -f "$DEPS/src/imgui-$IMGUI_VERSION/imgui.cpp" ] || [ ! -f "$DEPS/src/SDL2-$SDL_VERSION/include/SDL.h" ]; then
    if ! ls "$DEPS"/imgui_"$IMGUI_VERSION"*.orig.tar.* >/dev/null 2>&1 \
       || ! ls "$DEPS"/libsdl2_"$SDL_VERSION"*.orig.tar.* >/dev/null 2>&1; then
      enable_deb_src
      apt_update_once
      log "fetching Debian sources of imgui $IMGUI_VERSION and libsdl2 $SDL_VERSION"
      (cd "$DEPS" && apt-get source --download-only imgui libsdl2 >/dev/null 2>&1) \
        || die "apt-get source imgui libsdl2 failed (is deb-src enabled and the network up?)"
    fi
    rm -rf "$DEPS/src/imgui-$IMGUI_VERSION" "$DEPS/src/SDL2-$SDL_VERSION"
    tar -xf "$(ls "$DEPS"/imgui_"$IMGUI_VERSION"*.orig.tar.* | head -1)" -C "$DEPS/src"
    tar -xf "$(ls "$DEPS"/libsdl2_"$SDL_VERSION"*.orig.tar.* | head -1)" -C "$DEPS/src"
    [ -f "$DEPS/src/imgui-$IMGUI_VERSION/imgui.cpp" ] || die "imgui $IMGUI_VERSION not found in the Debian source package"
    [ -f "$DEPS/src/SDL2-$SDL_VERSION/include/SDL.h" ] || die "SDL2 $SDL_VERSION not found in the Debian source package"
  fi
}

# SDL2 for wasm, from a plain list of sources.  SDL ships SDL_config_emscripten.h,
# so there is nothing to configure; `emcmake cmake` on SDL's own project would
# spend ~3 minutes running feature checks that are each a full emcc link.  Two
# emcc processes with ~70 files each amortise emcc's start-up: ≈20 s.
SDL_WASM="$DEPS/sdl2-wasm"
setup_sdl_wasm() {
  local stamp="$SDL_VERSION $SDL_OPT v1"
  if [ -f "$SDL_WASM/libSDL2.a" ] && [ "$(cat "$SDL_WASM/stamp" 2>/dev/null)" = "$stamp" ]; then return; fi
  log "building SDL2 $SDL_VERSION for WebAssembly (once; cached in .deps/sdl2-wasm)"
  local S="$DEPS/src/SDL2-$SDL_VERSION"
  # A rebuild (new flags) replaces libSDL2.a in one rename at the end: a web
  # build linking meanwhile sees the old archive or the new one, never none.
  rm -rf "$SDL_WASM/obj"; mkdir -p "$SDL_WASM/obj" "$SDL_WASM/include/SDL2"
  (cd "$S/src" && ls ./*.c atomic/*.c audio/*.c audio/disk/*.c audio/dummy/*.c audio/emscripten/*.c \
    cpuinfo/*.c dynapi/*.c events/*.c file/*.c filesystem/emscripten/*.c haptic/*.c haptic/dummy/*.c \
    hidapi/SDL_hidapi.c joystick/*.c joystick/emscripten/*.c joystick/virtual/*.c libm/*.c \
    loadso/dlopen/*.c locale/*.c locale/emscripten/*.c misc/*.c misc/emscripten/*.c power/*.c \
    power/emscripten/*.c render/*.c render/software/*.c render/opengles2/*.c sensor/*.c sensor/dummy/*.c \
    stdlib/*.c thread/*.c thread/generic/*.c timer/*.c timer/unix/*.c video/*.c video/emscripten/*.c \
    video/yuv2rgb/*.c) | sed "s|^\./||; s|^|$S/src/|" > "$SDL_WASM/sources.txt"
  # object files are named by basename: make sure no two sources share one
  if [ -n "$(xargs -n1 basename < "$SDL_WASM/sources.txt" | sort | uniq -d)" ]; then die "SDL source basenames collide"; fi
  # shellcheck disable=SC2086
  (cd "$SDL_WASM/obj" && xargs -P2 -n70 emcc $SDL_OPT -I"$S/include" -I"$S/src" -w -c < "$SDL_WASM/sources.txt")
  rm -f "$SDL_WASM/libSDL2.a.new"
  emar rcs "$SDL_WASM/libSDL2.a.new" "$SDL_WASM"/obj/*.o
  cp -u "$S"/include/*.h "$SDL_WASM/include/SDL2/"   # -u: a rebuild leaves the same headers alone
  mv -f "$SDL_WASM/libSDL2.a.new" "$SDL_WASM/libSDL2.a"
  rm -rf "$SDL_WASM/obj"
  echo "$stamp" > "$SDL_WASM/stamp"
}

# zlib and tinyxml2 for wasm (the .docx import: core/unzip.cpp inflates,
# core/import_docx.cpp reads word/document.xml), from Debian's source packages
# of the very versions the native build links (zlib1g-dev, libtinyxml2-dev), so
# both builds read a .docx with the same code.  A few files each: one emcc call
# per library, ≈15 s once; later runs only compare the stamps.
src_version() { dpkg-query -W -f='${source:Version}' "$1"; }   # 1:1.2.13.dfsg-1
upstream_of() { local v=${1#*:}; echo "${v%-*}"; }              # 1.2.13.dfsg
# Unpacks Debian's source of package $1 (source version $2) into .deps/src/$1-<upstream>.
fetch_debian_source() {  # source-package version → prints the unpacked folder
  local pkg=$1 ver=$2 up dir tarball
  up=$(upstream_of "$ver"); dir="$DEPS/src/$pkg-$up"
  if [ ! -f "$dir/.unpacked" ]; then
    if ! ls "$DEPS/${pkg}_$up.orig.tar."* >/dev/null 2>&1; then
      enable_deb_src
      apt_update_once
      log "fetching the Debian source of $pkg $ver"
      # the version pinned: a newer security upload's source may not be on the mirror
      (cd "$DEPS" && apt-get source --download-only "$pkg=$ver" >/dev/null 2>&1) \
        || die "apt-get source $pkg=$ver failed (is deb-src enabled and the network up?)"
    fi
    tarball=$(ls "$DEPS/${pkg}_$up.orig.tar."* | head -1)
    rm -rf "$dir"; mkdir -p "$dir"
    tar -xf "$tarball" -C "$dir" --strip-components=1
    touch "$dir/.unpacked"
  fi
  echo "$dir"
}
DOCX_WASM="$DEPS/docx-wasm"   # libz.a, libtinyxml2.a and their headers in include/
setup_docx_libs_wasm() {
  local zver xver stamp zdir xdir
  zver=$(src_version zlib1g-dev); xver=$(src_version libtinyxml2-dev)
  stamp="zlib $zver tinyxml2 $xver $SDL_OPT v2"
  if [ -f "$DOCX_WASM/libz.a" ] && [ -f "$DOCX_WASM/libtinyxml2.a" ] \
     && [ "$(cat "$DOCX_WASM/stamp" 2>/dev/null)" = "$stamp" ]; then return; fi
  zdir=$(fetch_debian_source zlib "$zver"); xdir=$(fetch_debian_source tinyxml2 "$xver")
  [ -f "$zdir/inflate.c" ] || die "zlib's inflate.c not found in $zdir"
  [ -f "$xdir/tinyxml2.cpp" ] || die "tinyxml2.cpp not found in $xdir"
  log "building zlib $zver and tinyxml2 $xver for WebAssembly (once; cached in .deps/docx-wasm)"
  rm -rf "$DOCX_WASM/obj"; mkdir -p "$DOCX_WASM/obj/z" "$DOCX_WASM/obj/x" "$DOCX_WASM/include"
  # zlib's library sources without gz* (file I/O the app never does); the link
  # takes only what is called (raw inflate).  NO_GZIP: no gzip headers, so no
  # crc32 and its 8 KB tables (core/zip.cpp checks the CRC); BUILDFIXED: the
  # fixed Huffman tables are built on first use instead of being 2 KB of data
  # in the first download (the split moves functions, never data).
  # shellcheck disable=SC2086
  (cd "$DOCX_WASM/obj/z" && emcc $SDL_OPT -DNO_GZIP -DBUILDFIXED -w -c "$zdir"/{adler32,compress,crc32,deflate,infback,inffast,inflate,inftrees,trees,uncompr,zutil}.c)
  # -fno-exceptions: the web build links nothing that throws (cmake/webapp.cmake)
  # shellcheck disable=SC2086
  (cd "$DOCX_WASM/obj/x" && em++ $SDL_OPT -fno-exceptions -w -c "$xdir/tinyxml2.cpp")
  rm -f "$DOCX_WASM"/*.a.new
  emar rcs "$DOCX_WASM/libz.a.new" "$DOCX_WASM"/obj/z/*.o
  emar rcs "$DOCX_WASM/libtinyxml2.a.new" "$DOCX_WASM"/obj/x/*.o
  cp -u "$zdir/zlib.h" "$zdir/zconf.h" "$xdir/tinyxml2.h" "$DOCX_WASM/include/"
  mv -f "$DOCX_WASM/libz.a.new" "$DOCX_WASM/libz.a"
  mv -f "$DOCX_WASM/libtinyxml2.a.new" "$DOCX_WASM/libtinyxml2.a"
  rm -rf "$DOCX_WASM/obj"
  echo "$stamp" > "$DOCX_WASM/stamp"
}

# Header-only Debian libraries reached by emcc through symlinks: never
# -I/usr/include, which mixes glibc headers into the wasm sysroot.
setup_sysinclude() {
  mkdir -p "$DEPS/sysinclude"
  local h
  for h in nlohmann catch2 date; do
    [ -e "$DEPS/sysinclude/$h" ] || ln -sfn "/usr/include/$h" "$DEPS/sysinclude/$h"
  done
}

setup_npm() {
  local want have
  want=$(sha256sum package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-16)
  have=$(cat node_modules/.dc-stamp 2>/dev/null || true)
  if [ "$want" = "$have" ] && [ -d node_modules/playwright-core ]; then return; fi
  log "installing npm packages (playwright-core drives Debian's chromium; no browser download)"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error
  else npm install --no-audit --no-fund --loglevel=error; fi
  sha256sum package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-16 > node_modules/.dc-stamp
}

cmd_setup() {
  local t0=$SECONDS
  setup_apt
  setup_sources
  setup_sdl_wasm
  setup_docx_libs_wasm
  setup_sysinclude
  setup_npm
  log "setup done in $((SECONDS - t0)) s"
}

#-----------------------------------------------------------------------------
# [SECTION] build
#-----------------------------------------------------------------------------
# The web build is one cmake build graph (cmake/webapp.cmake, cmake/site.cmake):
# the link, the font subsets, the English texts, the split (which runs the
# page in headless Chromium), the offline files and the one-file app are
# assembled in $WASM_BUILD/stage, and dist/ is replaced by it only when every
# step has succeeded.  `cmake --build build/wasm` alone does the same.
build_web() {
  log "web build ($OPT) → ${DIST#"$ROOT"/}/"
  # configure once, and again when DC_OPT or DC_DIST changed for this build dir
  if [ ! -f "$WASM_BUILD/CMakeCache.txt" ] \
     || ! grep -qxF "DC_OPT:STRING=$OPT" "$WASM_BUILD/CMakeCache.txt" \
     || ! grep -qxF "DC_DIST_DIR:PATH=$DIST" "$WASM_BUILD/CMakeCache.txt"; then
    emcmake cmake -S "$ROOT" -B "$WASM_BUILD" -DCMAKE_BUILD_TYPE=Release \
      -DDC_WASM_SYSINCLUDE="$DEPS/sysinclude" -DDC_DEPS_DIR="$DEPS" -DDC_OPT="$OPT" -DDC_DIST_DIR="$DIST" >/dev/null
  fi
  cmake --build "$WASM_BUILD" -j2
  log "$(wc -c < "$DIST/diem-cau.html") bytes: ${DIST#"$ROOT"/}/diem-cau.html (the one-file app)"
}

build_native() {
  log "native build → build/native (core, diemcau, core_tests, diemcau-app)"
  if [ ! -f "$NATIVE_BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$NATIVE_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  cmake --build "$NATIVE_BUILD" -j2
}

# The fuzz targets need clang's libFuzzer (cmake/fuzz.cmake): their own build
# dir, only those targets (the sanitizers make everything else slow to build).
build_fuzz() {
  command -v clang++-14 >/dev/null || return 0
  if [ ! -f "$FUZZ_BUILD/CMakeCache.txt" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$FUZZ_BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  cmake --build "$FUZZ_BUILD" -j2 --target fuzz_plan_file fuzz_paste >/dev/null || die "fuzz target build failed"
}

cmd_build() {
  build_web
  build_native
  local raw gz
  raw=$(du -cb "$DIST"/index.html "$DIST"/*.js "$DIST"/*.wasm "$DIST"/fonts/* | tail -1 | cut -f1)
  gz=$(cat "$DIST"/index.html "$DIST"/*.js "$DIST"/*.wasm "$DIST"/fonts/* | gzip -9 | wc -c)
  log "dist/: $((raw / 1024)) KB raw, $((gz / 1024)) KB gzip -9"
}

#-----------------------------------------------------------------------------
# [SECTION] serve
#-----------------------------------------------------------------------------
cmd_serve() {
  local port="${PORT:-8080}"
  # the first free port from $PORT on, so a second copy does not fail
  port=$("$PY" -c "
import socket
p = $port
while True:
    s = socket.socket()
    try:
        s.bind(('127.0.0.1', p)); s.close(); print(p); break
    except OSError:
        p += 1
")
  log "serving dist/ — open http://127.0.0.1:$port/ in your browser (Ctrl+C to stop)"
  exec "$PY" -m http.server "$port" --bind 127.0.0.1 --directory "$DIST"
}

#-----------------------------------------------------------------------------
# [SECTION] test
#-----------------------------------------------------------------------------
TOTAL_PASS=0
TOTAL_FAIL=0
SUITES=()
OUT_DIR="$ROOT/test-output"
record() {  # name passed failed
  TOTAL_PASS=$((TOTAL_PASS + $2)); TOTAL_FAIL=$((TOTAL_FAIL + $3))
  SUITES+=("$(printf '%-30s %5d passed, %d failed' "$1" "$2" "$3")")
}
# The last "N passed, M failed" line of a log, as "N M" (nothing when there is none).
# (no match is not an error: set -e and pipefail must not end the run here)
summary_of() { { grep -aoE '[0-9]+ passed, [0-9]+ failed' "$1" || true; } | tail -1 | sed -E 's/([0-9]+) passed, ([0-9]+) failed/\1 \2/'; }
show_failure() {  # log — the end of a failing suite's log, so the reason is on screen
  echo "---- $(basename "$1") (last lines; whole log in test-output/) ----" >&2
  tail -n 40 "$1" >&2
}

# Catch2: count test cases from its own summary ("All tests passed (N assertions
# in M test cases)" or "test cases: M | P passed | F failed").
run_catch2() {  # name binary
  local name=$1 bin=$2 log="$OUT_DIR/$1.log" p=0 f=0 line
  if [ ! -x "$bin" ]; then record "$name (binary missing)" 0 1; return; fi
  (cd "$ROOT" && "$bin") > "$log" 2>&1 || true
  line=$(grep -E '^(All tests passed|test cases:)' "$log" | tail -1 || true)
  if [[ $line =~ in\ ([0-9]+)\ test\ case ]]; then p=${BASH_REMATCH[1]}
  elif [[ $line =~ test\ cases:\ +([0-9]+)\ \|\ +([0-9]+)\ passed\ \|\ +([0-9]+)\ failed ]]; then
    p=${BASH_REMATCH[2]}; f=${BASH_REMATCH[3]}
  elif [[ $line =~ test\ cases:\ +([0-9]+)\ \|\ +([0-9]+)\ failed ]]; then f=${BASH_REMATCH[2]}
  else f=1; fi   # crashed before its summary
  [ "$f" = 0 ] || show_failure "$log"
  record "$name" "$p" "$f"
}

# One ctest test; counts the "N passed, M failed" it prints, else 1 test.
run_ctest() {  # build-dir test-name label
  local log="$OUT_DIR/ctest-$2.log" ok=0 sum
  (cd "$1" && ctest -R "^$2\$" -V) > "$log" 2>&1 && ok=1   # -V: the test's own "N passed, M failed"
  sum=$(summary_of "$log")
  if [ "$ok" = 1 ] && [ -n "$sum" ]; then record "$3" ${sum% *} ${sum#* }
  elif [ "$ok" = 1 ]; then record "$3" 1 0
  else
    show_failure "$log"
    if [ -n "$sum" ] && [ "${sum#* }" != 0 ]; then record "$3" ${sum% *} ${sum#* }; else record "$3" 0 1; fi
  fi
}

run_ctests() {
  # every native ctest other than core_tests (counted case by case above)
  local t
  for t in $(cd "$NATIVE_BUILD" && ctest -N 2>/dev/null | sed -n 's/^ *Test *#[0-9]*: //p'); do
    [ "$t" = core_tests ] && continue
    run_ctest "$NATIVE_BUILD" "$t" "ctest $t"
  done
  # the fuzz smoke runs live in the clang build (build_fuzz); each counts as one test
  if [ -x "$FUZZ_BUILD/fuzz_plan_file" ]; then run_ctest "$FUZZ_BUILD" fuzz_smoke "ctest fuzz_smoke"
  else record "ctest fuzz_smoke (not built: clang-14?)" 0 1; fi
  if [ -x "$FUZZ_BUILD/fuzz_paste" ]; then run_ctest "$FUZZ_BUILD" fuzz_paste_smoke "ctest fuzz_paste_smoke"
  else record "ctest fuzz_paste_smoke (not built: clang-14?)" 0 1; fi
}

# tests/*/run.sh: given the native build dir (as $1 and BUILD_DIR), each prints
# "N passed, M failed" last and exits non-zero on failure.
run_suite_scripts() {
  local r n log sum rc
  for r in "$ROOT"/tests/*/run.sh; do
    [ -f "$r" ] || continue
    n=$(basename "$(dirname "$r")"); log="$OUT_DIR/$n.log"
    rc=0; BUILD_DIR="$NATIVE_BUILD" bash "$r" "$NATIVE_BUILD" > "$log" 2>&1 || rc=$?
    sum=$(summary_of "$log")
    if [ -z "$sum" ]; then show_failure "$log"; record "$n (no summary, exit $rc)" 0 1; continue; fi
    set -- ${sum}
    if [ "$rc" != 0 ] && [ "$2" = 0 ]; then set -- "$1" 1; fi   # failed without saying so
    [ "$2" = 0 ] || show_failure "$log"
    record "$n" "$1" "$2"
  done
}

# node --test: count "# pass N" and "# fail N" + "# cancelled N" from its TAP summary.
run_node_tests() {  # name files...
  local name=$1; shift
  [ $# -gt 0 ] || return 0
  local log="$OUT_DIR/${name%% *}.log" p f c
  DC_DIST="$DIST" node --test --test-reporter=tap --test-concurrency=1 "$@" > "$log" 2>&1 || true
  p=$(sed -n 's/^# pass //p' "$log" | tail -1); f=$(sed -n 's/^# fail //p' "$log" | tail -1)
  c=$(sed -n 's/^# cancelled //p' "$log" | tail -1)
  p=${p:-0}; f=${f:-1}; f=$((f + ${c:-0}))
  if [ "$f" != 0 ]; then
    echo "---- $name: failing tests (whole log in test-output/${name%% *}.log) ----" >&2
    grep -E '^ *not ok|error:|Error|expected|actual' "$log" | head -60 >&2 || true
  fi
  record "$name" "$p" "$f"
}

cmd_test() {
  local t0=$SECONDS
  cmd_setup
  cmd_build
  build_fuzz
  mkdir -p "$OUT_DIR"
  log "running tests (logs in test-output/)"
  run_catch2 core_tests "$NATIVE_BUILD/core_tests"
  run_ctests
  run_suite_scripts
  local browser_tests=()
  mapfile -t browser_tests < <(ls "$ROOT"/tests/browser/*.test.mjs 2>/dev/null)
  run_node_tests "browser (${#browser_tests[@]} files)" "${browser_tests[@]}"
  echo
  log "suites (everything took $((SECONDS - t0)) s):"
  local s; for s in "${SUITES[@]}"; do echo "  $s"; done
  echo "$TOTAL_PASS passed, $TOTAL_FAIL failed"
  [ "$TOTAL_FAIL" = 0 ]
}

#-----------------------------------------------------------------------------
case "${1:-}" in
  setup) cmd_setup ;;
  build) cmd_build ;;
  web)   build_web ;;
  serve) cmd_setup; cmd_build; cmd_serve ;;
  test)  cmd_test ;;
  *) echo "usage: bash build-wasm.sh {serve|test|setup|build}" >&2; exit 2 ;;
esac
