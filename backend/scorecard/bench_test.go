package scorecard

import (
	"context"
	"io"
	"testing"
)

// Benchmarks on the 1,000,000-line shop (see benchdata_test.go); run with
//
//	go test -run '^$' -bench Scorecard -benchtime 10x ./backend/scorecard/
//
// Targets the scorecard must meet: one week under 150 ms, the 12-week trends
// under 500 ms, the Excel export under 2 s.
func BenchmarkScorecard(b *testing.B) {
	st, loc := benchStore(b)
	ctx := context.Background()
	week := LastComplete(benchNow, loc)
	shop := ShopInfo{Name: "Bench shop", Currency: "USD", Location: loc}
	b.Run("one-week", func(b *testing.B) {
		// What `afterloop-cli scorecard --json` computes.
		for i := 0; i < b.N; i++ {
			m, err := Compute(ctx, st, loc, []Week{week}, "USD")
			if err != nil {
				b.Fatal(err)
			}
			if i == 0 {
				b.ReportMetric(float64(m[0].EligibleLines), "lines/week")
			}
		}
	})
	b.Run("trends-12-weeks", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := Compute(ctx, st, loc, week.Weeks(TrendWeeks), "USD"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("week-view", func(b *testing.B) {
		// What the scorecard screen asks for: 12 weeks, targets, hints.
		for i := 0; i < b.N; i++ {
			if _, err := Build(ctx, st, shop, week); err != nil {
				b.Fatal(err)
			}
		}
	})
	cache := NewCache(st)
	if _, err := cache.Build(ctx, shop, week); err != nil {
		b.Fatal(err)
	}
	b.Run("week-view-cached", func(b *testing.B) {
		// The screen again with nothing committed since: the app's usual case
		// when switching back to a week, drilling down or exporting.
		for i := 0; i < b.N; i++ {
			if _, err := cache.Build(ctx, shop, week); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("week-view-next-week-cached", func(b *testing.B) {
		// Stepping one week back: eleven weeks kept, one computed.
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			c := NewCache(st)
			if _, err := c.Build(ctx, shop, week); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := c.Build(ctx, shop, week.Add(-1)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("excel-export-cached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v, err := cache.Build(ctx, shop, week)
			if err != nil {
				b.Fatal(err)
			}
			if err := WriteWorkbook(v, io.Discard, benchNow); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("excel-export", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			v, err := Build(ctx, st, shop, week)
			if err != nil {
				b.Fatal(err)
			}
			if err := WriteWorkbook(v, io.Discard, benchNow); err != nil {
				b.Fatal(err)
			}
		}
	})
}
