#!/bin/sh
# Exit codes and basic output of the `diemcau` command-line tool.
#   tests/cli/diemcau_exit_codes.sh path/to/diemcau
# Registered with ctest as `diemcau_cli` by cmake/fuzz.cmake.  Prints
# "N passed, N failed"; exit status 1 on any failure.
set -u
BIN=${1:?usage: $0 path/to/diemcau}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

# expect CODE DESCRIPTION -- COMMAND…
expect() {
  want=$1; what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" = "$want" ]; then
    pass=$((pass + 1)); echo "ok    $what (exit $got)"
  else
    fail=$((fail + 1)); echo "FAIL  $what: exit $got, expected $want"; sed 's/^/      /' "$TMP/out" "$TMP/err" | head -20
  fi
}
# contains FILE TEXT DESCRIPTION
contains() {
  if grep -qF -- "$2" "$1"; then
    pass=$((pass + 1)); echo "ok    $3"
  else
    fail=$((fail + 1)); echo "FAIL  $3: \"$2\" not in output"; sed 's/^/      /' "$1" | head -20
  fi
}

# Templates: listed, printed byte-identical to the asset files, and clean.
expect 0 "template --list" -- "$BIN" template --list
contains "$TMP/out" "ke-hoach-1905" "the list names the Kế hoạch template"
contains "$TMP/out" "cong-van-k12" "the list names the công văn template"
for t in ke-hoach-1905 cong-van-k12; do
  expect 0 "template $t" -- "$BIN" template "$t"
  cp "$TMP/out" "$TMP/$t.json"
  if cmp -s "$TMP/$t.json" "$ROOT/assets/templates/$t.json"; then
    pass=$((pass + 1)); echo "ok    template $t prints the asset file byte for byte"
  else
    fail=$((fail + 1)); echo "FAIL  template $t differs from assets/templates/$t.json"
  fi
done
expect 0 "template blank" -- "$BIN" template blank
expect 64 "unknown template" -- "$BIN" template khong-co
expect 64 "template without a name" -- "$BIN" template

# check: 0 clean, 1 error findings, 2 unreadable.
expect 0 "check the Kế hoạch template" -- "$BIN" check "$TMP/ke-hoach-1905.json"
expect 0 "check the công văn template" -- "$BIN" check "$TMP/cong-van-k12.json"
# A district hall of 75 as the central site, 10 per site in general: an error
# until the plan gives the central site its own limit of 80, then clean.
sed '0,/"headcount": 0,/s//"headcount": 75,/' "$TMP/ke-hoach-1905.json" >"$TMP/hall.json"
expect 1 "check a 75-seat central hall against the general limit of 10" -- "$BIN" --lang en check "$TMP/hall.json"
contains "$TMP/out" "error: sites[0].headcount" "the over-limit finding names the central site"
sed 's/"central_headcount_limit": 0,/"central_headcount_limit": 80,/' "$TMP/hall.json" >"$TMP/hall80.json"
expect 0 "check the same plan with the central site's own limit of 80" -- "$BIN" check "$TMP/hall80.json"
# Two agenda slots that overlap: readable, with an error-level finding.
sed 's/"start": "09:30"/"start": "09:00"/' "$TMP/ke-hoach-1905.json" >"$TMP/overlap.json"
expect 1 "check a plan with overlapping agenda slots" -- "$BIN" --lang en check "$TMP/overlap.json"
contains "$TMP/out" "error: agenda[2].start" "the finding names its place"
expect 2 "check a file with an impossible time" -- "$BIN" check "$ROOT/tests/fuzz/corpus/14-event-start-25h.json"
contains "$TMP/out" "event.days[0].start: giờ “25:00” không tồn tại" "the error is in Vietnamese by default and names the place"
expect 2 "check, in English" -- "$BIN" --lang en check "$ROOT/tests/fuzz/corpus/14-event-start-25h.json"
contains "$TMP/out" "the time “25:00” does not exist" "the English message"
expect 2 "check invalid JSON" -- "$BIN" check "$ROOT/tests/fuzz/corpus/01-trailing-comma.json"
contains "$TMP/out" "dòng 4, cột 1" "syntax errors give line and column"
expect 2 "check a missing file" -- "$BIN" check "$TMP/khong-co.json"
expect 0 "check standard input" -- sh -c "\"$BIN\" check - < \"$TMP/ke-hoach-1905.json\""
# Over the size limit: refused from the file size, without reading it.
truncate -s 21M "$TMP/huge.json"
expect 2 "check a 21 MB file" -- "$BIN" --lang en check "$TMP/huge.json"
contains "$TMP/out" "too large" "the size error"
expect 64 "check without a file" -- "$BIN" check

# export
expect 0 "export json" -- "$BIN" export json "$TMP/ke-hoach-1905.json"
if cmp -s "$TMP/out" "$TMP/ke-hoach-1905.json"; then
  pass=$((pass + 1)); echo "ok    export json reproduces the file"
else
  fail=$((fail + 1)); echo "FAIL  export json changed the file"
fi
expect 2 "export an unreadable file" -- "$BIN" export json "$ROOT/tests/fuzz/corpus/03-empty.json"
expect 64 "export to an unknown format" -- "$BIN" export khong-co "$TMP/ke-hoach-1905.json"
expect 64 "export without a file" -- "$BIN" export json

# help and usage
expect 0 "--help" -- "$BIN" --help
contains "$TMP/out" "export ĐỊNH_DẠNG" "Vietnamese help"
contains "$TMP/out" "  json " "help lists the export formats"
expect 0 "--help --lang en" -- "$BIN" --lang en --help
contains "$TMP/out" "Exit codes" "English help"
expect 64 "no command" -- "$BIN"
expect 64 "unknown command" -- "$BIN" frob

# import: a document's text → a plan file the tool reads back; --report on stderr; 2 when unreadable
for f in "$ROOT"/tests/fixtures/import/*.txt "$ROOT"/tests/fixtures/import/*.docx; do
  b=$(basename "$f")
  expect 0 "import $b" -- "$BIN" import "$f"
  cp "$TMP/out" "$TMP/imported.json"
  "$BIN" check "$TMP/imported.json" >"$TMP/check" 2>&1
  if [ $? -le 1 ]; then pass=$((pass + 1)); echo "ok    import $b: the plan file reads back"
  else fail=$((fail + 1)); echo "FAIL  import $b: the plan file does not read back"; head -5 "$TMP/check"; fi
done
expect 0 "import --report" -- "$BIN" import --report "$ROOT/tests/fixtures/import/seed-002-ke-hoach.txt"
contains "$TMP/err" "Ký hiệu: KH-SGDĐT" "the report names the code"
contains "$TMP/err" "Người ký: GIÁM ĐỐC / Lê Duy Định" "the report names the signer"
contains "$TMP/out" '"number": "1905"' "the plan file has the number"
expect 0 "import from stdin" -- sh -c "\"$BIN\" import - < \"$ROOT/tests/fixtures/import/seed-000-cong-van.txt\""
contains "$TMP/out" '"code": "SGDDĐT-GDTrHCTTX"' "stdin: the code as written"
printf '\n \n' >"$TMP/blank.txt"
expect 2 "import: no document" -- "$BIN" import "$TMP/blank.txt"
contains "$TMP/err" "Không nhận ra văn bản" "says it is no document"
expect 2 "import: missing file" -- "$BIN" import "$TMP/nope.txt"
printf 'PK\003\004junk' >"$TMP/zip.txt"
expect 2 "import: a broken zip" -- "$BIN" import "$TMP/zip.txt"
contains "$TMP/err" "không phải tệp .docx" "says it is no .docx"
head -c 30000000 /dev/zero | tr '\0' 'P' | sed '1s/^PPPP/PK\x03\x04/' >"$TMP/big.docx"
expect 2 "import: a 30 MB .docx" -- "$BIN" import "$TMP/big.docx"
contains "$TMP/err" "quá lớn" "says it is too big"
expect 64 "import: no file" -- "$BIN" import

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
