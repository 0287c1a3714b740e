package importer

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"afterloop/backend/store"
)

// BenchmarkImportCSV1M imports a generated 1,000,000-line TikTok CSV export
// (57 columns, about 600,000 orders) into a fresh database and reports the
// time and the process's peak memory. Run it alone, so the peak is its own:
//
//	go test -run '^$' -bench ImportCSV1M -benchtime 1x -timeout 30m ./backend/importer/
func BenchmarkImportCSV1M(b *testing.B) {
	path := benchCSV(b, 600000)
	peak := &peakMemory{}
	peak.start()
	defer peak.stop()
	var secs float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		start := time.Now()
		res, err := New(st).Import(context.Background(), path, Options{})
		secs += time.Since(start).Seconds()
		st.Close()
		if err != nil {
			b.Fatal(err)
		}
		if res.Lines != 1000000 || res.Skipped != 0 {
			b.Fatalf("imported %+v", res.ImportBatch)
		}
	}
	b.StopTimer()
	b.ReportMetric(secs/float64(b.N), "import-s")
	b.ReportMetric(float64(peak.max())/(1<<20), "peak-MB")
	b.ReportMetric(float64(vmHWM())/(1<<20), "VmHWM-MB")
}

// benchCSV writes the CSV export once into the system temp folder (the
// same rows as the .xlsx benchmark file, as Seller Center's CSV writes
// them) and reuses it.
func benchCSV(b *testing.B, orders int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("afterloop-bench-tiktok-%d-orders-v1.csv", orders))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part"
	f, err := os.Create(tmp)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(strings.Join(tiktokHeaders57, ",") + "\r\n")
	shopTime := func(t time.Time) string { return t.Format("01/02/2006 3:04:05 PM") + "\t" }
	start := time.Date(2026, 3, 31, 23, 0, 0, 0, time.UTC)
	statuses := []string{"Completed", "Delivered", "Shipped", "Awaiting shipment", "Canceled"}
	cells := make([]string, 0, len(tiktokHeaders57))
	for o := 0; o < orders; o++ {
		lines := []int{1, 2, 2}[o%3]
		created := start.Add(-time.Duration(o) * 30 * time.Second)
		status := statuses[o%len(statuses)]
		for l := 0; l < lines; l++ {
			p := benchProducts[(o+l*3)%len(benchProducts)]
			qty := 1 + (o+l)%3
			price := 12.5 + float64((o+l)%7)
			delivered := ""
			if status == "Completed" || status == "Delivered" {
				delivered = shopTime(created.Add(72 * time.Hour))
			}
			cells = append(cells[:0],
				fmt.Sprintf("5769%014d\t", o), status, status, "", "Normal",
				fmt.Sprintf("1729%015d\t", (o+l*3)%len(benchProducts)), p.sku, p.name, `"`+p.variation+`"`, fmt.Sprint(qty), "0",
				fmt.Sprintf("%.2f", price), fmt.Sprintf("%.2f", price*float64(qty)), "0", "1", fmt.Sprintf("%.2f", price*float64(qty)-1), "0", "5.99",
				"0", "5.99", "0", "1.2", "0", fmt.Sprintf("$%.2f", 40.5+float64(o%50)), "$0.00",
				shopTime(created), shopTime(created.Add(20*time.Second)), shopTime(created.Add(20*time.Hour)),
				shopTime(created.Add(30*time.Hour)), delivered, "\t", "", "", "Fulfillment by seller",
				"Main WH", fmt.Sprintf("94001%017d", o), "Standard shipping", "USPS", "",
				fmt.Sprintf("buyer_%d", o%90000), "J*** D***", "(+1)555*****01", "90001", "United States",
				"California", "Los Angeles", "", "", `"1 Main St, Apt 2"`, "", "Credit card", "0.3", p.category,
				fmt.Sprintf("1150%015d\t", o), "", "Unchecked", "")
			w.WriteString(strings.Join(cells, ",") + "\r\n")
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}
