#!/usr/bin/env bash
# Performance figures for the closing notes (not part of `make test`):
#  1. import of a generated 100,000-line TikTok .xlsx vs a plain excelize Rows() loop;
#  2. app start to interactive window with 1,000,000 order lines in the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash build/scripts/setup.sh >/dev/null
export PATH="$(go env GOPATH)/bin:$PATH"
BENCH=${AFTERLOOP_BENCH_DIR:-/tmp/afterloop-bench}
mkdir -p "$BENCH"

echo "== import benchmark (100,000 lines)"
go test -run '^$' -bench 'ImportXLSX100k' -benchtime 1x -timeout 30m ./backend/importer/

echo "== start-up with 1,000,000 order lines"
DB="$BENCH/1m.db"
if [ ! -f "$DB" ]; then
  go build -o "$BENCH/afterloop-cli" ./backend/cmd/afterloop-cli
  "$BENCH/afterloop-cli" --db "$DB" demo --lines 1000000
fi
"$BENCH/afterloop-cli" --db "$DB" stats
[ -x build/bin/afterloop ] || wails build -tags webkit2_41 -o afterloop >/dev/null
for i in 1 2 3; do
  start=$(date +%s%N)
  out=$(AFTERLOOP_DB="$DB" AFTERLOOP_EXIT_WHEN_READY=1 xvfb-run -a build/bin/afterloop 2>/dev/null | grep startup-ms || true)
  end=$(date +%s%N)
  echo "run $i: ${out:-no ready signal}; process wall time $(( (end - start) / 1000000 )) ms (includes Xvfb start)"
done
