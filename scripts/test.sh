#!/usr/bin/env bash
# README's test command: installs what the tests need when it is missing, then runs every test project with TRX
# results under artifacts/test-results (read by .ci/run to count passes and failures) and the screens' Vitest
# suite with JUnit XML beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (https://dot.net); it is not on PATH." >&2
  exit 2
fi
bash scripts/test-prerequisites.sh

results="${TEST_RESULTS_DIR:-artifacts/test-results}"
rm -rf "$results"
mkdir -p "$results"
results="$(cd "$results" && pwd)"

dotnet build Actors.sln -c Release -nologo -v quiet
status=0
for project in tests/*.Tests/*.csproj; do
  name="$(basename "$project" .csproj)"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done
# The screens' own logic (TypeScript, Vitest); node_modules was installed by the silo's build.
(cd dashboard-web && npx vitest run --reporter=default --reporter=junit \
  --outputFile.junit="$results/dashboard-web.junit.xml") || status=1
exit $status
