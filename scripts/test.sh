#!/usr/bin/env bash
# The project's test command (README "Run the tests"; .ci/run calls exactly this).
# Installs the pinned Azurite and Debian's Chromium if missing, builds with warnings as errors, runs every test project,
# and ends with one "N passed, N failed, N skipped" line summed over all projects.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund
fi

# The web app's browser tests drive Debian's Chromium (Playwright for .NET uses it by path; Playwright's own
# browser download is never needed). WUHU_CHROMIUM may name another Chromium instead.
if [ -z "${WUHU_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

dotnet build Wuhu.Functions.sln -c Release -nologo -v:minimal

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Wuhu.Functions.sln -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-project lines ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ...").
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6 }
  END { printf "Total: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
