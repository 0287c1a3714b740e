#!/usr/bin/env bash
# Runs the Playwright suite against `wails dev` under Xvfb with a throwaway
# database and file-dialog test seams. Screenshots land in
# frontend/test-results/screens.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$(go env GOPATH)/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

WORK=$(mktemp -d /tmp/afterloop-e2e.XXXXXX)
export AFTERLOOP_DB="$WORK/afterloop.db"
export AFTERLOOP_TEST_OPEN_FILE="$WORK/open-dialog.txt"
export AFTERLOOP_TEST_SAVE_FILE="$WORK/save-dialog.txt"
export AFTERLOOP_E2E_WORK="$WORK"
export TZ=UTC
# The app and the tests run on one fixed "now" (a Wednesday afternoon), so the
# demo shop, every "due today" and every week window are the same on any day.
export AFTERLOOP_NOW=${AFTERLOOP_NOW:-2026-03-18T14:00:00Z}
: > "$AFTERLOOP_TEST_OPEN_FILE"

# One wails dev at a time on this machine: port 34115 is fixed, so parallel
# runs (several checkouts) wait for each other instead of failing.
exec 9>/tmp/afterloop-e2e.lock
flock 9

if curl -s -o /dev/null http://localhost:34115; then
  echo "port 34115 is already in use: stop the other wails dev first" >&2
  exit 1
fi

LOG="$WORK/wails-dev.log"
setsid xvfb-run -a wails dev -tags webkit2_41 -loglevel Info >"$LOG" 2>&1 &
DEV_PID=$!
cleanup() {
  kill -INT -- "-$DEV_PID" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$DEV_PID" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$DEV_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "waiting for wails dev (log: $LOG)"
for i in $(seq 1 900); do
  if curl -s http://localhost:34115 | grep -q '<div id="app"'; then break; fi
  if ! kill -0 "$DEV_PID" 2>/dev/null; then echo "wails dev exited:"; tail -50 "$LOG"; exit 1; fi
  sleep 1
done
curl -s http://localhost:34115 | grep -q '<div id="app"' || { echo "wails dev did not start in 900 s"; tail -50 "$LOG"; exit 1; }
echo "wails dev is up after ${i}s"

# Arguments pick spec files (e.g. e2e/support.e2e.ts); none runs the whole suite.
set +e
(cd frontend && npx playwright test "$@") 2>&1 | tee "$WORK/playwright.log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  # CI shows only the end of the output: the app's log first, then the
  # names of the failed tests and Playwright's totals last.
  echo "--- wails dev log (tail)"
  tail -25 "$LOG"
  echo "--- failed browser tests"
  grep -E '^ +[0-9]+\) |^ +[0-9]+ (failed|flaky|passed|did not run)' "$WORK/playwright.log" || true
fi
exit "$status"
