package voc

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"afterloop/backend/domain"
)

// benchShop fills a database at the size Afterloop is designed for: about
// 1,000,000 order lines over 26 weeks on 60 SKUs, 3% refunded, 20,000
// tickets and 10,000 reviews.
func benchShop(b *testing.B) (*fixture, time.Time, domain.VocEntry) {
	b.Helper()
	f := newFixture(b, "America/New_York")
	now := f.at(2026, 5, 20, 12, 0, 0)
	start := now.AddDate(0, 0, -182)
	r := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	err := f.st.RunInTx(ctx, func(tx *sql.Tx) error {
		span := now.Unix() - start.Unix()
		for o := 1; o <= 800_000; o++ {
			created := start.Unix() + r.Int64N(span)
			if _, err := tx.ExecContext(ctx, `INSERT INTO orders(id, platform, external_id, status, created_at) VALUES (?, 'tiktok', ?, 'delivered', ?)`,
				o, fmt.Sprint(o), created); err != nil {
				return err
			}
			lines := 1 + r.IntN(2)*r.IntN(2) // ~1.25 lines per order
			for l := 1; l <= lines; l++ {
				qty := 0
				if r.IntN(100) < 3 {
					qty = 1
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO order_lines(order_id, line_no, product_key, return_quantity) VALUES (?, ?, ?, ?)`,
					o, l, fmt.Sprintf("SKU-%02d", r.IntN(60)), qty); err != nil {
					return err
				}
			}
			if o%40 == 0 {
				if _, err := tx.ExecContext(ctx, `INSERT INTO tickets(order_id, channel, subcategory, status, opened_at, created_at, updated_at)
					VALUES (?, 'tiktok_chat', 'missing_parts', 'new', ?, 0, 0)`, o, created+86400*3); err != nil {
					return err
				}
			}
			if o%80 == 0 {
				if _, err := tx.ExecContext(ctx, `INSERT INTO reviews(sku, rating, posted_at, created_at) VALUES (?, ?, ?, 0)`,
					fmt.Sprintf("SKU-%02d", r.IntN(60)), 1+r.IntN(5), created+86400*10); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	entry := f.entry(domain.VocEntry{Title: "Missing parts", SKUs: []string{"SKU-01", "SKU-02"}, Subcategory: domain.SubMissingParts,
		FixShippedOn: "2026-03-02"})
	return f, now, entry
}

// BenchmarkEntryPage is what opening one entry costs: its 26-week series
// with linked items and the impact panel.
func BenchmarkEntryPage(b *testing.B) {
	f, now, entry := benchShop(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		eng := f.engine(now)
		if _, err := eng.Weekly(f.ctx, entry, DefaultWeeks); err != nil {
			b.Fatal(err)
		}
		if _, err := eng.Impact(f.ctx, entry, 4); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuggest is the suggestions list over the same database.
func BenchmarkSuggest(b *testing.B) {
	f, now, _ := benchShop(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.engine(now).Suggest(f.ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLogTable is the table's frequency column for 30 entries.
func BenchmarkLogTable(b *testing.B) {
	f, now, first := benchShop(b)
	entries := []domain.VocEntry{first}
	for i := 1; i < 30; i++ {
		entries = append(entries, f.entry(domain.VocEntry{Title: fmt.Sprint("Entry ", i), SKUs: []string{fmt.Sprintf("SKU-%02d", i)},
			Subcategory: domain.SubMissingParts}))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.engine(now).Frequencies(f.ctx, entries); err != nil {
			b.Fatal(err)
		}
	}
}
