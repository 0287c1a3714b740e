package service

import (
	"context"
	"os"
	"testing"

	"afterloop/backend/store"
)

// BenchmarkOrderQueries measures what the order table asks for while the
// seller scrolls and filters, on a large database named by AFTERLOOP_BENCH_DB
// (build/scripts/bench.sh makes one with 1,000,000 order lines).
func BenchmarkOrderQueries(b *testing.B) {
	path := os.Getenv("AFTERLOOP_BENCH_DB")
	if path == "" {
		b.Skip("set AFTERLOOP_BENCH_DB to a large database (see build/scripts/bench.sh)")
	}
	st, err := store.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	svc := NewOrderService(&Shop{Store: st})
	cases := map[string]OrderFilter{
		"first-page":       {Limit: 200},
		"deep-page":        {Offset: 300_000, Limit: 200},
		"status-filter":    {Statuses: []string{"delivered", "shipped"}, Limit: 200},
		"date-range":       {FromDay: "2026-03-01", ToDay: "2026-03-31", Limit: 200},
		"search-buyer":     {Search: "sunny", Limit: 200},
		"search-order":     {Search: "5781", Limit: 200},
		"sort-amount":      {Sort: "amount", Limit: 200},
		"sort-amount-deep": {Sort: "amount", Offset: 300_000, Limit: 200},
		"sort-status":      {Sort: "status", Oldest: true, Limit: 200},
		"sort-status-deep": {Sort: "status", Offset: 300_000, Limit: 200},
		"search-message":   {Search: "gift", Limit: 200},
	}
	for name, f := range cases {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := svc.Query(f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("status-counts-month", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := svc.StatusCounts(OrderFilter{FromDay: "2026-03-01", ToDay: "2026-03-31"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("status-counts", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := svc.StatusCounts(OrderFilter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
