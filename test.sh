#!/usr/bin/env bash
# Runs every test of the repository, as CI does: ./test.sh
# Installs what the tests need beyond the .NET SDK, then prints one closing line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

# The HTML report's browser tests need Debian's chromium; install it where we can (CI runs as root).
if ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  command -v chromium >/dev/null || { apt-get update && apt-get install -y --no-install-recommends chromium; }
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test JudgeBuild.sln -c Release --logger "trx" --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
