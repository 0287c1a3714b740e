package service

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

// benchNow is fixed so the cached database stays valid between runs.
var benchNow = time.Date(2026, 3, 15, 18, 0, 0, 0, time.UTC)

// timelineBenchStore opens (making it once, cached in the temp folder) a
// database with about 100,000 demo orders over three months, all recent
// enough to be scanned, with the demo products' content: the worst case for
// the due queue, since every order is computed.
func timelineBenchStore(b *testing.B) *Shop {
	b.Helper()
	path := filepath.Join(os.TempDir(), "afterloop-bench-timeline-100k.db")
	fresh := false
	if _, err := os.Stat(path); err != nil {
		fresh = true
		dir := b.TempDir()
		files, err := demo.GenerateLarge(dir, demo.DefaultShop(), demo.Config{Now: benchNow, Location: time.UTC, Months: 3, OrdersPerDay: 1000, Seed: 5}, 134_000)
		if err != nil {
			b.Fatal(err)
		}
		tmp := path + ".tmp"
		os.Remove(tmp)
		st, err := store.Open(context.Background(), tmp, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := importer.New(st).Import(context.Background(), files.Orders, importer.Options{Kind: domain.KindOrders, Location: time.UTC}); err != nil {
			b.Fatal(err)
		}
		if err := saveDemoContent(context.Background(), &Shop{Store: st}, demo.DefaultShop()); err != nil {
			b.Fatal(err)
		}
		st.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
	}
	st, err := store.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if fresh {
		stats, _ := st.GetStats(context.Background())
		b.Logf("made %s: %d orders, %d lines", path, stats.Orders, stats.OrderLines)
	}
	return &Shop{Store: st}
}

// BenchmarkDueQueue100k is the due-queue computation over 100,000 orders:
// the scan of orders, lines, content and actions, the six stages of every
// order, the sort, and the first page of 100 rendered and policy-checked
// messages (what the queue screen asks for). "all-rendered" renders every
// due message (the CLI's `timeline due --json`); "counts" is the badge.
func BenchmarkDueQueue100k(b *testing.B) {
	shop := timelineBenchStore(b)
	svc := NewTimelineService(shop, &platform.Recorder{})
	svc.now = func() time.Time { return benchNow }
	b.Run("queue-page", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			page, err := svc.Queue(TabDue, QueueFilter{})
			if err != nil {
				b.Fatal(err)
			}
			if i == 0 {
				b.ReportMetric(float64(page.Total), "due")
			}
		}
	})
	b.Run("counts", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := svc.StageCounts(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("all-rendered", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := DueMessages(context.Background(), shop, benchNow); err != nil {
				b.Fatal(err)
			}
		}
	})
}
