package importer

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/store"
	"afterloop/backend/tabular"
)

// BenchmarkImportXLSX100k compares, in one run, (a) a bare excelize Rows()
// loop over a 100k-line export with (b) the whole import into a fresh
// database, and reports b/a, the table reader's own read time and the
// process's peak memory.
//
//	go test -run '^$' -bench ImportXLSX100k -benchtime 1x ./backend/importer/
func BenchmarkImportXLSX100k(b *testing.B) {
	path := benchFile(b)
	var loopSecs, importSecs, readSecs float64
	peak := &peakMemory{}
	peak.start()
	defer peak.stop()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// The bare loop runs before and after the import and is averaged, so
		// neither side profits from a warmer machine.
		start := time.Now()
		rowsLoop(b, path)
		loopSecs += time.Since(start).Seconds() / 2

		dir := b.TempDir()
		st, err := store.Open(context.Background(), filepath.Join(dir, "bench.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		start = time.Now()
		res, err := New(st).Import(context.Background(), path, Options{})
		importSecs += time.Since(start).Seconds()
		st.Close()
		if err != nil {
			b.Fatal(err)
		}
		if res.Lines != 100000 || res.Orders != benchOrders || res.Skipped != 0 {
			b.Fatalf("imported %+v", res.ImportBatch)
		}
		start = time.Now()
		rowsLoop(b, path)
		loopSecs += time.Since(start).Seconds() / 2

		start = time.Now()
		tableLoop(b, path)
		readSecs += time.Since(start).Seconds()
	}
	b.StopTimer()
	n := float64(b.N)
	b.ReportMetric(loopSecs/n, "rows-loop-s")
	b.ReportMetric(importSecs/n, "import-s")
	b.ReportMetric(readSecs/n, "table-read-s")
	b.ReportMetric(importSecs/loopSecs, "ratio")
	b.ReportMetric(float64(peak.max())/(1<<20), "peak-MB")
	b.ReportMetric(float64(vmHWM())/(1<<20), "VmHWM-MB")
}

// rowsLoop is the baseline: excelize's streaming iterator and nothing else.
func rowsLoop(b *testing.B, path string) int {
	b.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(f.GetSheetList()[0])
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	cells := 0
	for rows.Next() {
		cols, err := rows.Columns()
		if err != nil {
			b.Fatal(err)
		}
		cells += len(cols)
	}
	return cells
}

// tableLoop reads the same file through the importers' table reader alone.
func tableLoop(b *testing.B, path string) int {
	b.Helper()
	r, err := tabular.Open(path, tabular.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer r.Close()
	cells := 0
	for r.Next() {
		cells += len(r.Cells())
	}
	if err := r.Err(); err != nil {
		b.Fatal(err)
	}
	return cells
}

// peakMemory samples the Go runtime's memory obtained from the OS.
type peakMemory struct {
	peak atomic.Uint64
	quit chan struct{}
}

func (p *peakMemory) start() {
	p.quit = make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if used := ms.HeapInuse + ms.StackInuse; used > p.peak.Load() {
				p.peak.Store(used)
			}
			select {
			case <-p.quit:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
}

func (p *peakMemory) stop()       { close(p.quit) }
func (p *peakMemory) max() uint64 { return p.peak.Load() }

// vmHWM is the process's peak resident memory (Linux), 0 elsewhere.
func vmHWM() uint64 {
	body, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(body), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
