#!/usr/bin/env bash
# Runs every test in the solution: Core, Web (services, bUnit, HTTP) and the browser tests in
# Debian's Chromium. Installs Chromium first when it is missing (needs root or sudo).
# Ends with one line: "Tests: N passed, N failed, N skipped".
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Debian's Chromium for the browser tests..."
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null \
        || { echo "Could not install chromium; install it with: apt-get install -y chromium" >&2; exit 1; }
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet test Rejected.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary line per test assembly, e.g.
# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: 3 s - X.dll (net10.0)"
sum() { grep -Eo "$1: +[0-9]+" "$log" | grep -Eo '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(sum Passed)
failed=$(sum Failed)
skipped=$(sum Skipped)

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1 # the build or a test host failed before any test could report
fi

echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
