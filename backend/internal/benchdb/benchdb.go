// Package benchdb makes the 1,000,000-line shop the benchmarks run on: 24
// months of the large demo generator imported through the real importer,
// plus 40,000 returns, 50,000 reviews and 100,000 TikTok chats. It is
// generated once (a few minutes) and kept in the temp folder under a name
// that changes with the schema; $AFTERLOOP_BENCH_DB overrides the path.
package benchdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// Lines is the number of order lines in the benchmark shop.
const Lines = 1_000_000

// Now is the benchmark shop's "now".
var Now = time.Date(2026, 3, 15, 18, 0, 0, 0, time.UTC)

// Open opens the benchmark shop (making it first if needed) and returns it
// with its zone and "now"; the store is closed when the benchmark ends.
func Open(b *testing.B) (*store.Store, *time.Location, time.Time) {
	b.Helper()
	path := Path(b)
	st, err := store.Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = st.Close() }) // the benchmark is over; nothing to save
	loc, _ := time.LoadLocation("America/Los_Angeles")
	return st, loc, Now
}

// Path returns the benchmark shop's file, making it first if needed.
func Path(b *testing.B) string {
	b.Helper()
	loc, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		b.Fatal(err)
	}
	path := os.Getenv("AFTERLOOP_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("afterloop-bench-1m-%s-v1.db", schemaHash(b)))
	}
	if _, err := os.Stat(path); err != nil {
		started := time.Now()
		if err := generateBenchDB(b, path, loc); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %s in %s", path, time.Since(started).Round(time.Second))
	}
	return path
}

// schemaHash names the schema by its migrations, so a changed schema gets a
// fresh database.
func schemaHash(b *testing.B) string {
	_, self, _, _ := runtime.Caller(0)
	files, err := filepath.Glob(filepath.Join(filepath.Dir(self), "..", "..", "store", "migrations", "*.sql"))
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
	_ = os.Remove(tmp) // a leftover temporary file is harmless
	files, err := demo.GenerateLarge(b.TempDir(), demo.DefaultShop(), demo.Config{Now: Now, Location: loc, Months: 24,
		OrdersPerDay: 1000, Seed: 7}, Lines)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, tmp, nil)
	if err != nil {
		return err
	}
	if _, err := importer.New(st).Import(ctx, files.Orders, importer.Options{Kind: domain.KindOrders, Location: loc}); err != nil {
		_ = st.Close() // already failing: the error returned matters more
		return err
	}
	if err := st.RunInTx(ctx, func(tx *sql.Tx) error { return fillBench(ctx, tx) }); err != nil {
		_ = st.Close() // already failing: the error returned matters more
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
	defer func() { _ = chat.Close() }() // read only, or already written and checked: closing loses nothing
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
