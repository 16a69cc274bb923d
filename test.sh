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

# The host tests drive the host with the official durable-functions npm client (tests/CampaignOrchestrator.Host.Tests/NodeClient):
# install it from the committed lockfile when it is missing.
node_client="tools/durable-functions-client"
if [ ! -d "$node_client/node_modules" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "test.sh: npm not found: install Node.js 18 or later, then run: npm ci --prefix $node_client" >&2
    exit 1
  fi
  if ! npm_output=$(npm ci --prefix "$node_client" --loglevel=error --no-audit --no-fund 2>&1); then
    printf '%s\n' "$npm_output" >&2
    echo "test.sh: 'npm ci --prefix $node_client' failed (output above)." >&2
    exit 1
  fi
fi

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
