#!/usr/bin/env bash
# README's test command: builds everything, runs every test project, and prints the failures, the figures
# the tests measure (ranking quality, related precision...) and the totals. The full log is kept in
# artifacts/test-output.log; screenshots and reports of the browser tests are under artifacts/ too.
set -uo pipefail
cd "$(dirname "$0")"
mkdir -p artifacts
dotnet build HarrisHouse.Search.sln -c Release --nologo -v quiet || exit 1
# One test project at a time: the fault, load and browser tests measure timing-sensitive behaviour, and
# on a two-core machine four suites at once starve each other.
dotnet test HarrisHouse.Search.sln -c Release --no-build --nologo -m:1 --logger "console;verbosity=detailed" \
  > artifacts/test-output.log 2>&1
status=$?
# A failed Assert.All lists each failing item on an "Error:" line; repeats of the same line are shown once.
# A failure's whole message (up to its stack trace, at most 40 lines) is printed, so that CI's log explains it.
awk '
  /^[[:space:]]+Error Message:/ { message = 1; lines = 0; print; next }
  /^[[:space:]]+Stack Trace:/ { message = 0 }
  message { if (++lines <= 40) print; next }
  /^[[:space:]]+Error:/ { if (seen[$0]++) next }
  /^ (hybrid|lexical|semantic|crisis) |\[FAIL\]|Assert\.|^[[:space:]]+(Expected|Actual|Error:)|^ [A-Z].*: .*[0-9]|Skipped |Total tests|Passed:|Failed:|Skipped:|Test Run/ { print }
' artifacts/test-output.log || true
[ $status -eq 0 ] && echo "All tests passed." || echo "Tests FAILED (exit $status); see artifacts/test-output.log"
exit $status
