package scorecard

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// The benchmark shop: 1,000,000 order lines over 24 months (about 7,000
// orders a week, well above the 2,000 a week of the busiest seller Afterloop
// is designed for)
// imported through the real importer, plus 100,000 tickets, 50,000 reviews,
// 40,000 returns and 20,000 comments spread over the same months.
const (
	benchLines    = 1_000_000
	benchTickets  = 100_000
	benchReviews  = 50_000
	benchReturns  = 40_000
	benchComments = 20_000
	benchZone     = "America/Los_Angeles"
	benchVersion  = 1 // bump when the generated data changes
)

// benchNow is fixed so the cached database stays valid between runs.
var benchNow = time.Date(2026, 3, 15, 18, 0, 0, 0, time.UTC)

// benchStore opens the benchmark database: $AFTERLOOP_SCORECARD_BENCH_DB if
// set, else a file in the temp folder named by schema and data version. It
// is generated on first use (about two minutes) and reused after.
func benchStore(b *testing.B) (*store.Store, *time.Location) {
	b.Helper()
	loc, err := time.LoadLocation(benchZone)
	if err != nil {
		b.Fatal(err)
	}
	path := os.Getenv("AFTERLOOP_SCORECARD_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("afterloop-bench-scorecard-1m-%s-v%d.db", schemaHash(b), benchVersion))
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
	return st, loc
}

// schemaHash names the schema by its migrations' names and contents, so a
// changed or newly merged migration gets a fresh database instead of one
// whose version number already claims it.
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

// generateBenchDB writes the database next to path and renames it into
// place when complete, so an interrupted run never leaves a half database.
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
	if err := st.RunInTx(ctx, func(tx *sql.Tx) error { return fillFeedback(ctx, tx) }); err != nil {
		st.Close()
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// fillFeedback adds returns, tickets, reviews and comments at random times
// over the orders' span, tied to real orders and SKUs.
func fillFeedback(ctx context.Context, tx *sql.Tx) error {
	r := rand.New(rand.NewPCG(7, 7))
	var from, to int64
	if err := tx.QueryRowContext(ctx, "SELECT MIN(created_at), MAX(created_at) FROM orders").Scan(&from, &to); err != nil {
		return err
	}
	var maxLine int64
	if err := tx.QueryRowContext(ctx, "SELECT MAX(id) FROM order_lines").Scan(&maxLine); err != nil {
		return err
	}
	skus := []string{}
	rows, err := tx.QueryContext(ctx, "SELECT key FROM products")
	if err != nil {
		return err
	}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return err
		}
		skus = append(skus, k)
	}
	rows.Close()
	at := func() int64 { return from + r.Int64N(to-from) }
	statuses := []string{"Refunded", "Refunded", "Refunded", "Refund rejected", "Cancelled"}
	for i := 0; i < benchReturns; i++ {
		status := statuses[r.IntN(len(statuses))]
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO returns(platform, external_id, order_external_id, order_id, product_key, status_raw, counts_as_refund, reason)
			SELECT 'tiktok', ?, o.external_id, o.id, l.product_key, ?, ?, ? FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = ?`,
			fmt.Sprintf("R%07d", i), status, status == "Refunded", []string{"Damaged", "Missing parts", "Not as described"}[r.IntN(3)],
			1+r.Int64N(maxLine)); err != nil {
			return err
		}
	}
	var subs []string
	for _, c := range domain.SupportTaxonomy {
		for _, s := range c.Subcategories {
			subs = append(subs, s.Key)
		}
	}
	ticket, err := tx.PrepareContext(ctx, `INSERT INTO tickets(channel, category, subcategory, sku, opened_at, first_response_at, created_at, updated_at)
		VALUES ('tiktok_chat', ?, ?, ?, ?, ?, 0, 0)`)
	if err != nil {
		return err
	}
	defer ticket.Close()
	for i := 0; i < benchTickets; i++ {
		sub := subs[r.IntN(len(subs))]
		c, _, _ := domain.FindSubcategory(sub)
		opened := at()
		var answered any
		if r.IntN(10) > 0 {
			answered = opened + r.Int64N(36*3600)
		}
		if _, err := ticket.ExecContext(ctx, c.Key, sub, skus[r.IntN(len(skus))], opened, answered); err != nil {
			return err
		}
	}
	words := strings.Fields("great works as described arrived fast the strap broke after a week color is lovely smaller than expected would buy again")
	review, err := tx.PrepareContext(ctx, `INSERT INTO reviews(sku, rating, body, word_count, posted_at, import_key, created_at) VALUES (?, ?, ?, ?, ?, ?, 0)`)
	if err != nil {
		return err
	}
	defer review.Close()
	for i := 0; i < benchReviews; i++ {
		n := r.IntN(30)
		body := make([]string, n)
		for j := range body {
			body[j] = words[r.IntN(len(words))]
		}
		text := strings.Join(body, " ")
		if _, err := review.ExecContext(ctx, skus[r.IntN(len(skus))], 1+r.IntN(5), text, domain.CountWords(text), at(), fmt.Sprintf("bench-%d", i)); err != nil {
			return err
		}
	}
	comment, err := tx.PrepareContext(ctx, `INSERT INTO public_comments(video, author, body, posted_at, negative, subcategory, created_at, updated_at)
		VALUES (?, 'viewer', 'comment', ?, ?, ?, 0, 0)`)
	if err != nil {
		return err
	}
	defer comment.Close()
	for i := 0; i < benchComments; i++ {
		if _, err := comment.ExecContext(ctx, fmt.Sprintf("Video %d", r.IntN(40)), at(), r.IntN(4) == 0, subs[r.IntN(len(subs))]); err != nil {
			return err
		}
	}
	return nil
}
