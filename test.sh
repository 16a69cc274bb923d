#!/usr/bin/env bash
# Runs every test project in the solution. Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Sandbox").
# Results (TRX) land in .test-results/; `.ci/run` reads the totals from there.
set -euo pipefail
cd "$(dirname "$0")"

results_dir="$PWD/.test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

status=0
dotnet test CampaignOrchestrator.sln \
  --configuration Release \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results_dir" \
  --blame-hang-timeout 10m \
  "$@" || status=$?

./.ci/summarize "$results_dir" || true
exit "$status"
