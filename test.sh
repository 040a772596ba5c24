#!/usr/bin/env bash
# Runs every test project (unit, integration on real SQLite files, end-to-end in headless Chromium)
# and prints one "N passed, N failed, N skipped" line. Extra arguments go to `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")"
.ci/install-prerequisites || exit 1
results=$(mktemp -d)
dotnet test Sac.sln --logger trx --results-directory "$results" "$@"
rc=$?
python3 - "$results" <<'PY'
import glob, re, sys
totals = {'passed': 0, 'failed': 0, 'notExecuted': 0}
for trx in glob.glob(sys.argv[1] + '/*.trx'):
    counters = re.search(r'<Counters [^>]*', open(trx, encoding='utf-8-sig').read())
    for key in totals:
        found = re.search(key + r'="(\d+)"', counters[0]) if counters else None
        totals[key] += int(found[1]) if found else 0
print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['notExecuted']} skipped")
PY
exit $rc
