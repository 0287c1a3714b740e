package tabular

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostileCSVs are the text files of the hostile set.
var hostileCSVs = []hostileFile{
	{"one-line-20MB.csv", func(t testing.TB, p string) {
		body := append([]byte("Order ID,Amount\n"), bytes.Repeat([]byte{','}, 20<<20)...)
		if err := os.WriteFile(p, body, 0o600); err != nil {
			t.Fatal(err)
		}
	}, "limit_columns", "columns"},
	{"columns-10000.csv", func(t testing.TB, p string) {
		body := strings.Repeat("Column,", 9999) + "Column\n" + strings.Repeat("1,", 9999) + "1\n"
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}, "limit_columns", "columns"},
}

// BenchmarkHostileFiles times the refusal of each hostile file (the zip
// bombs and the CSVs above), one sub-benchmark per file so that each can be
// run alone under /usr/bin/time -v for its peak memory:
//
//	go test -c -o /tmp/tabular.test ./backend/tabular/
//	/usr/bin/time -v /tmp/tabular.test -test.run '^$' -test.bench 'HostileFiles/sheet-2GB' -test.benchtime 1x
func BenchmarkHostileFiles(b *testing.B) {
	dir := b.TempDir()
	for _, h := range append(append([]hostileFile{}, hostileWorkbooks...), hostileCSVs...) {
		p := filepath.Join(dir, h.name)
		b.Run(strings.TrimSuffix(h.name, filepath.Ext(h.name)), func(b *testing.B) {
			h.build(b, p)
			st, _ := os.Stat(p)
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				r, err := Open(p, Options{})
				if err == nil {
					for r.Next() {
					}
					err = r.Err()
					r.Close()
				}
				if !isRefusal(err) {
					b.Fatalf("%s not refused: %v", h.name, err)
				}
			}
			b.StopTimer()
			b.ReportMetric(time.Since(start).Seconds()/float64(b.N), "refuse-s")
			b.ReportMetric(float64(st.Size())/(1<<20), "file-MB")
			b.ReportMetric(float64(vmHWM())/(1<<20), "VmHWM-MB")
		})
	}
}

// vmHWM is the process's peak resident memory (Linux), 0 elsewhere.
func vmHWM() uint64 {
	body, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(body), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb uint64
			for _, c := range strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")) {
				kb = kb*10 + uint64(c-'0')
			}
			return kb << 10
		}
	}
	return 0
}
