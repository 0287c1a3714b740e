package health

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// Benchmarks on a 1,000,000-line shop (24 months, the large demo generator
// the scorecard benchmarks use, imported through the real importer) plus
// 40,000 returns, 50,000 reviews and 100,000 TikTok chats; run with
//
//	go test -run '^$' -bench Health -benchtime 10x ./backend/health/
//
// Targets: every metric as of one day under 200 ms, with the 12-week lines
// under 500 ms. The "cached-" runs are what the Shop health screen sees
// once the records are read (the app reads them after start-up and keeps
// them until the next commit); "cache-fill" is that one read. The database is generated once (a few minutes) and cached
// in the temp folder ($AFTERLOOP_HEALTH_BENCH_DB overrides the path).
func BenchmarkHealth(b *testing.B) {
	st, loc, now := benchStore(b)
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

const benchLines = 1_000_000

var benchNow = time.Date(2026, 3, 15, 18, 0, 0, 0, time.UTC)

func benchStore(b *testing.B) (*store.Store, *time.Location, time.Time) {
	b.Helper()
	loc, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		b.Fatal(err)
	}
	path := os.Getenv("AFTERLOOP_HEALTH_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("afterloop-bench-health-1m-%s-v1.db", schemaHash(b)))
	}
	if _, err := os.Stat(path); err != nil {
		started := time.Now()
		if err := generateBenchDB(b, path, loc); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %s in %s", path, time.Since(started).Round(time.Second))
	}
	st, err := store.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st, loc, benchNow
}

// schemaHash names the schema by its migrations, so a changed schema gets a
// fresh database.
func schemaHash(b *testing.B) string {
	files, err := filepath.Glob("../store/migrations/*.sql")
	if err != nil {
		b.Fatal(err)
	}
	h := sha256.New()
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		h.Write([]byte(filepath.Base(f)))
		h.Write(body)
	}
	return hex.EncodeToString(h.Sum(nil))[:10]
}

func generateBenchDB(b *testing.B, path string, loc *time.Location) error {
	ctx := context.Background()
	tmp := path + ".tmp"
	os.Remove(tmp)
	files, err := demo.GenerateLarge(b.TempDir(), demo.DefaultShop(), demo.Config{Now: benchNow, Location: loc, Months: 24,
		OrdersPerDay: 1000, Seed: 7}, benchLines)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, tmp, nil)
	if err != nil {
		return err
	}
	if _, err := importer.New(st).Import(ctx, files.Orders, importer.Options{Kind: domain.KindOrders, Location: loc}); err != nil {
		st.Close()
		return err
	}
	if err := st.RunInTx(ctx, func(tx *sql.Tx) error { return fillBench(ctx, tx) }); err != nil {
		st.Close()
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// fillBench adds returns and reviews on random delivered orders and TikTok
// chats at random times over the orders' span.
func fillBench(ctx context.Context, tx *sql.Tx) error {
	r := rand.New(rand.NewPCG(7, 11))
	var from, to, maxOrder int64
	if err := tx.QueryRowContext(ctx, "SELECT MIN(created_at), MAX(created_at), MAX(id) FROM orders").Scan(&from, &to, &maxOrder); err != nil {
		return err
	}
	reasons := []string{"Damaged item", "Missing parts", "Not as described", "Changed mind", "No longer needed", "Box smelled odd"}
	for i := 0; i < 40_000; i++ {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO returns(platform, external_id, order_external_id, order_id, product_key, reason, requested_at)
			SELECT 'tiktok', ?, o.external_id, o.id, l.product_key, ?, o.delivered_at + ? FROM orders o JOIN order_lines l ON l.order_id = o.id
			WHERE o.id = ? AND o.delivered_at IS NOT NULL LIMIT 1`,
			fmt.Sprintf("R%07d", i), reasons[r.IntN(len(reasons))], r.Int64N(10*86400), 1+r.Int64N(maxOrder)); err != nil {
			return err
		}
	}
	for i := 0; i < 50_000; i++ {
		if _, err := tx.ExecContext(ctx, `INSERT INTO reviews(order_external_id, order_id, sku, rating, posted_at, import_key, created_at)
			SELECT o.external_id, o.id, l.product_key, ?, o.delivered_at + ?, ?, 0 FROM orders o JOIN order_lines l ON l.order_id = o.id
			WHERE o.id = ? AND o.delivered_at IS NOT NULL LIMIT 1`,
			1+r.IntN(5), r.Int64N(14*86400), fmt.Sprintf("bench-%d", i), 1+r.Int64N(maxOrder)); err != nil {
			return err
		}
	}
	chat, err := tx.PrepareContext(ctx, `INSERT INTO tickets(channel, opened_at, first_response_at, created_at, updated_at)
		VALUES ('tiktok_chat', ?, ?, 0, 0)`)
	if err != nil {
		return err
	}
	defer chat.Close()
	for i := 0; i < 100_000; i++ {
		opened := from + r.Int64N(to-from)
		var answered any
		if r.IntN(10) > 0 {
			answered = opened + r.Int64N(36*3600)
		}
		if _, err := chat.ExecContext(ctx, opened, answered); err != nil {
			return err
		}
	}
	return nil
}
