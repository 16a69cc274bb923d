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

# Deployment checks, before the tests: every Bicep file compiles without warnings, and the host publishes (what azd
# deploys). A failure does not stop the tests, but fails the run and is counted in the summary as a failed test.
pre_test_failures=()
pre_test_check() {
  local name="$1"
  shift
  local output
  echo "test.sh: $name..."
  if ! output=$("$@" 2>&1); then
    printf '%s\n' "$output" >&2
    echo "test.sh: FAILED: $name (output above)." >&2
    pre_test_failures+=("$name")
  fi
}
publish_dir=$(mktemp -d)
pre_test_check "Bicep compilation (tools/bicep/build.sh)" tools/bicep/build.sh
pre_test_check "dotnet publish src/CampaignOrchestrator.Host" \
  dotnet publish src/CampaignOrchestrator.Host --configuration Release --output "$publish_dir"
rm -rf "$publish_dir"

# The Azure Storage backend's tests run against Azurite, pinned in tools/azurite: install it when missing, start it on
# free loopback ports, pass its connection string to the tests, and stop it by PID however the run ends.
azurite_dir="tools/azurite"
if [ ! -d "$azurite_dir/node_modules/azurite" ]; then
  if ! npm_output=$(npm ci --prefix "$azurite_dir" --loglevel=error --no-audit --no-fund 2>&1); then
    printf '%s\n' "$npm_output" >&2
    echo "test.sh: 'npm ci --prefix $azurite_dir' failed (output above)." >&2
    exit 1
  fi
fi

# A random port nothing answers on (bash alone, so a clean machine needs nothing more).
free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

azurite_location=$(mktemp -d)
azurite_pid=""
stop_azurite() {
  if [ -n "$azurite_pid" ] && kill -0 "$azurite_pid" 2>/dev/null; then
    # SIGTERM does not always stop Azurite: give it 10 seconds, then SIGKILL that PID.
    kill -TERM "$azurite_pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$azurite_pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
  rm -rf "$azurite_location"
}
trap stop_azurite EXIT

blob_port=$(free_port); queue_port=$(free_port); table_port=$(free_port)
node "$azurite_dir/node_modules/azurite/dist/src/azurite.js" --silent --skipApiVersionCheck --location "$azurite_location" \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" >"$azurite_location.log" 2>&1 &
azurite_pid=$!
for port in "$blob_port" "$queue_port" "$table_port"; do
  for attempt in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      break
    fi
    if ! kill -0 "$azurite_pid" 2>/dev/null || [ "$attempt" -eq 300 ]; then
      cat "$azurite_location.log" >&2 || true
      echo "test.sh: Azurite did not start listening on 127.0.0.1:$port." >&2
      exit 1
    fi
    sleep 0.2
  done
done
rm -f "$azurite_location.log"
account_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$account_key;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"

status=0
dotnet test CampaignOrchestrator.sln \
  --configuration Release \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  --results-directory "$results_dir" \
  --blame-hang-timeout 10m \
  "$@" || status=$?

# A failed deployment check becomes a failed test in its own TRX file, so `.ci/summarize` counts it.
if [ "${#pre_test_failures[@]}" -gt 0 ]; then
  status=1
  {
    echo '<?xml version="1.0" encoding="utf-8"?>'
    echo '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">'
    echo '  <ResultSummary outcome="Failed">'
    echo "    <Counters total=\"${#pre_test_failures[@]}\" executed=\"${#pre_test_failures[@]}\" passed=\"0\" failed=\"${#pre_test_failures[@]}\" />"
    echo '  </ResultSummary>'
    echo '</TestRun>'
  } >"$results_dir/pre-test-checks.trx"
  for name in "${pre_test_failures[@]}"; do
    echo "test.sh: FAILED before the tests: $name" >&2
  done
fi

./.ci/summarize "$results_dir" || true
exit "$status"
