#!/usr/bin/python3
"""Validates plan files against docs/plan.schema.json with a real validator
(Debian's python3-jsonschema, JSON Schema draft 2020-12).

  must pass:  assets/templates/*.json, tests/fixtures/plans/valid/*.json,
              and any extra files given on the command line
  must fail:  the corpus files listed in MUST_FAIL (bad files whose problem a
              schema can express), so the schema is shown not to be vacuous

Prints one line per file and "N passed, N failed"; exit status 1 on any failure.
Run:  /usr/bin/python3 tests/schema/check_schema.py [more.json ...]
(/usr/bin/python3: the python3 first on PATH may not see Debian's modules.)
"""
import glob, json, os, sys

from jsonschema import Draft202012Validator

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Corpus cases the schema itself must reject (the others need checks a schema
# cannot make: 31/2, end before start, unique ids, depth, size, bad UTF-8).
MUST_FAIL = [
    "04-top-level-array", "05-wrong-format-name", "06-missing-version", "07-version-string",
    "08-version-zero", "09-missing-header", "10-header-kind-unknown", "12-header-date-vn-form",
    "13-event-month-13", "14-event-start-25h", "16-agenda-minute-75", "21-task-qualifier-unknown",
    "22-task-missing-id", "24-site-headcount-negative", "25-site-headcount-string",
    "26-site-central-yes", "27-site-status-unknown", "29-sites-is-object", "30-budget-amount-decimal",
    "35-too-many-items", "36-nul-in-string", "38-time-vn-form", "39-addressee-number",
    "40-block-missing-kind", "41-heading-level-4", "42-next-id-zero", "43-turn-minutes-huge",
    "47-header-is-string", "48-v2-deadline-as-text", "49-tech-session-kind-unknown",
    "50-headcount-limit-huge",
]


def main():
    with open(os.path.join(ROOT, "docs", "plan.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)

    must_pass = sorted(glob.glob(os.path.join(ROOT, "assets", "templates", "*.json")))
    must_pass += sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "plans", "valid", "*.json")))
    must_pass += sys.argv[1:]
    must_fail = [os.path.join(ROOT, "tests", "fuzz", "corpus", n + ".json") for n in MUST_FAIL]

    passed = failed = 0
    for path in must_pass:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        rel = os.path.relpath(path, ROOT)
        if errors:
            failed += 1
            print("FAIL  %s" % rel)
            for e in errors[:10]:
                print("      %s: %s" % ("/".join(map(str, e.absolute_path)) or "(root)", e.message[:200]))
        else:
            passed += 1
            print("ok    %s" % rel)
    for path in must_fail:
        rel = os.path.relpath(path, ROOT)
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        if validator.is_valid(doc):
            failed += 1
            print("FAIL  %s (the schema accepts a file it must reject)" % rel)
        else:
            passed += 1
            print("ok    %s (rejected, as it must be)" % rel)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
