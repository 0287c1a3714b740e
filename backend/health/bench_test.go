package health

import (
	"context"
	"testing"

	"afterloop/backend/internal/benchdb"
)

// Benchmarks on the 1,000,000-line benchmark shop (benchdb); run with
//
//	go test -run '^$' -bench Health -benchtime 10x ./backend/health/
//
// Targets: every metric as of one day under 200 ms, with the 12-week lines
// under 500 ms. The "cached-" runs are what the Shop health screen sees
// once the records are read (the app reads them after start-up and keeps
// them until the next commit); "cache-fill" is that one read.
func BenchmarkHealth(b *testing.B) {
	st, loc, now := benchdb.Open(b)
	ctx := context.Background()
	day := DayOf(now.In(loc))
	b.Run("one-day", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			r, err := Build(ctx, st, loc, day, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if i == 0 {
				b.ReportMetric(float64(r.Metrics[0].Denominator), "delivered/60d")
			}
		}
	})
	b.Run("one-day-with-levers", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := Build(ctx, st, loc, day, Options{Levers: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("12-week-lines", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := Build(ctx, st, loc, day, Options{Trends: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cache-fill", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := NewCache(st).Build(ctx, loc, day, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	c := NewCache(st)
	if _, err := c.Build(ctx, loc, day, Options{}); err != nil {
		b.Fatal(err)
	}
	for _, run := range []struct {
		name string
		opts Options
	}{{"cached-one-day", Options{}}, {"cached-12-week-lines", Options{Trends: true}},
		{"cached-screen", Options{Trends: true, Levers: true}}} {
		b.Run(run.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := c.Build(ctx, loc, day, run.opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("cached-drill-all", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, d := range Catalog {
				if _, err := c.Drill(ctx, loc, day, d.Key); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("screen", func(b *testing.B) {
		// What the Shop health screen asks for: lines and levers.
		for i := 0; i < b.N; i++ {
			if _, err := Build(ctx, st, loc, day, Options{Trends: true, Levers: true}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
