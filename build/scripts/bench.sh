#!/usr/bin/env bash
# Performance figures for the closing notes (not part of `make test`):
#  1. import of a generated 100,000-line TikTok .xlsx vs a plain excelize Rows() loop, a
#     1,000,000-line CSV import, and the refusal of hostile files (zip bombs, huge lines),
#     each with its peak RSS from /usr/bin/time -v;
#  2. app start to interactive window with 1,000,000 order lines in the database;
#  and the query benchmarks of each area (cards, due queue, inbox, VoC, scorecard).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash build/scripts/setup.sh >/dev/null
export PATH="$(go env GOPATH)/bin:$PATH"
BENCH=${AFTERLOOP_BENCH_DIR:-/tmp/afterloop-bench}
mkdir -p "$BENCH"

echo "== insert cards: 1,000 merged cards on Letter, one card's layout"
go test -run '^$' -bench . -benchtime 5x ./backend/cards/

echo "== due queue at 100,000 orders"
go test -run '^$' -bench DueQueue100k -benchtime 10x -timeout 30m ./backend/service/

echo "== support inbox: filters and search over 100,000 tickets (target < 100 ms)"
go test -run '^$' -bench InboxQuery100k -benchtime 20x ./backend/store/

echo "== voice of customer: entry page, suggestions, log table on about 1,000,000 lines"
go test -run '^$' -bench . -benchtime 5x -timeout 30m ./backend/voc/

echo "== weekly scorecard: week, 12-week trends, Excel export (1M lines, 100k tickets, 50k reviews)"
go test -run '^$' -bench Scorecard -benchtime 10x -timeout 30m ./backend/scorecard/

echo "== import benchmark (100,000 lines): whole import vs plain excelize Rows() loop, same run"
go test -c -o "$BENCH/importer.test" ./backend/importer/
peak() { /usr/bin/time -v "$@" 2>&1 | grep -E '^Benchmark|Maximum resident|Elapsed \(wall'; }
peak "$BENCH/importer.test" -test.run '^$' -test.bench 'ImportXLSX100k' -test.benchtime 1x -test.timeout 30m

echo "== import of a 1,000,000-line TikTok CSV (target <= 12 s, peak RSS <= 300 MB)"
peak "$BENCH/importer.test" -test.run '^$' -test.bench 'ImportCSV1M' -test.benchtime 1x -test.timeout 30m

echo "== hostile files: each refused alone (target <= 5 s, peak RSS <= 300 MB)"
go test -c -o "$BENCH/tabular.test" ./backend/tabular/
for f in junk-part-1GB sheet-2GB sheet-lies-about-size shared-strings-lie unusual-and-large row-of-many-big-cells wide-row one-line-20MB columns-10000; do
  echo "-- $f"
  peak "$BENCH/tabular.test" -test.run '^$' -test.bench "HostileFiles/$f\$" -test.benchtime 1x
done

go build -o "$BENCH/afterloop-cli" ./backend/cmd/afterloop-cli
make_db() { # name lines
  [ -f "$BENCH/$1.db" ] || "$BENCH/afterloop-cli" --db "$BENCH/$1.db" demo --lines "$2"
  "$BENCH/afterloop-cli" --db "$BENCH/$1.db" stats | head -2
}

echo "== order table queries, about 100,000 orders (135,000 lines)"
make_db 100k 135000
AFTERLOOP_BENCH_DB="$BENCH/100k.db" go test -run '^$' -bench OrderQueries -benchtime 10x ./backend/service/

echo "== order table queries and start-up, 1,000,000 order lines"
make_db 1m 1000000
DB="$BENCH/1m.db"
AFTERLOOP_BENCH_DB="$DB" go test -run '^$' -bench OrderQueries -benchtime 5x ./backend/service/
[ -x build/bin/afterloop ] || wails build -tags webkit2_41 -o afterloop >/dev/null
for i in 1 2 3; do
  start=$(date +%s%N)
  out=$(AFTERLOOP_DB="$DB" AFTERLOOP_EXIT_WHEN_READY=1 xvfb-run -a build/bin/afterloop 2>/dev/null | grep startup-ms || true)
  end=$(date +%s%N)
  echo "run $i: ${out:-no ready signal}; process wall time $(( (end - start) / 1000000 )) ms (includes Xvfb start)"
done
