#!/usr/bin/env bash
# Runs every test project (unit, integration on real SQLite files, end-to-end in headless Chromium), then the
# integration suite (Sac.Web.Tests) again on PostgreSQL, and prints "N passed, N failed, N skipped" per run and in all.
# The PostgreSQL run needs SAC_TEST_POSTGRES (see .ci/postgres); without it, its tests are reported skipped with the reason.
# Extra arguments go to `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")"
.ci/install-prerequisites || exit 1
results=$(mktemp -d)

dotnet test Sac.sln --logger trx --results-directory "$results/sqlite" "$@"
rc=$?
SAC_TEST_DATABASE=PostgreSql dotnet test tests/Sac.Web.Tests --logger trx --results-directory "$results/postgresql" "$@"
rc=$(( rc || $? ))

python3 - "$results" <<'PY'
import glob, re, sys
def totals(folder):
    found = {'passed': 0, 'failed': 0, 'skipped': 0}
    for trx in glob.glob(folder + '/*.trx'):
        counters = re.search(r'<Counters [^>]*', open(trx, encoding='utf-8-sig').read())
        value = lambda key: int(re.search(key + r'="(\d+)"', counters[0])[1]) if counters else 0
        found['passed'] += value('passed')
        found['failed'] += value('failed')
        # A skipped test is counted in total but not in executed.
        found['skipped'] += value('total') - value('executed')
    return found
def line(t): return f"{t['passed']} passed, {t['failed']} failed, {t['skipped']} skipped"
runs = {name: totals(f'{sys.argv[1]}/{name}') for name in ('sqlite', 'postgresql')}
for name, t in runs.items(): print(f"{name}: {line(t)}")
print(line({key: sum(t[key] for t in runs.values()) for key in runs['sqlite']}))
PY
exit $rc
