#!/usr/bin/env bash
# README's test command: installs what the tests need, then runs every test project with TRX results
# under artifacts/test-results (read by .ci/run to count passes and failures).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); it is not on PATH." >&2
  exit 2
fi
# sqlite3 is only a convenience for looking into the store; the tests use Microsoft.Data.Sqlite.

results="${TEST_RESULTS_DIR:-artifacts/test-results}"
rm -rf "$results"
mkdir -p "$results"

dotnet build Actors.sln -c Release -nologo -v quiet
status=0
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done
exit $status
