package service

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// fileText is every text value in the database, lower-cased.
func fileText(t *testing.T, shop *Shop) string {
	t.Helper()
	db := shop.Store.DB()
	rows, err := db.Query("SELECT name FROM sqlite_master WHERE type = 'table'")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tb := range tables {
		r, err := db.Query(fmt.Sprintf("SELECT * FROM %q", tb))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			r.Scan(ptrs...)
			fmt.Fprintln(&b, vals...)
		}
		r.Close()
	}
	return strings.ToLower(b.String())
}

func counts(t *testing.T, shop *Shop) string {
	t.Helper()
	var out []string
	for _, q := range []string{"orders", "order_lines", "customers", "tickets", "ticket_events", "reviews", "public_comments", "returns",
		"(SELECT 1 FROM reviews WHERE rating <= 2)", "(SELECT 1 FROM public_comments WHERE negative = 1)"} {
		var n int
		shop.Store.DB().QueryRow("SELECT count(*) FROM " + q).Scan(&n)
		out = append(out, fmt.Sprintf("%s=%d", q, n))
	}
	return strings.Join(out, " ")
}

func TestEraseBuyerRemovesTheirWordsAndKeepsTheCounts(t *testing.T) {
	ctx := context.Background()
	shop := newShop(t)
	now := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	if _, err := LoadDemo(ctx, shop, importer.New(shop.Store), now, nil); err != nil {
		t.Fatal(err)
	}
	// A buyer with an order that has a ticket and a review.
	var key, name, username string
	err := shop.Store.DB().QueryRow(`SELECT c.buyer_key, c.display_name, o.buyer_username FROM customers c
		JOIN orders o ON o.customer_id = c.id JOIN tickets tk ON tk.order_id = o.id JOIN reviews r ON r.order_external_id = o.external_id
		WHERE c.display_name != '' AND o.buyer_username != '' LIMIT 1`).Scan(&key, &name, &username)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := shop.Store.SaveComment(ctx, domain.PublicComment{Video: "Unboxing", Author: username, Body: "mine came broken, " + name,
		PostedAt: now.Unix(), Negative: true}, now); err != nil {
		t.Fatal(err)
	}
	before := counts(t, shop)
	if !strings.Contains(fileText(t, shop), strings.ToLower(username)) {
		t.Fatal("setup: the username is not in the file")
	}
	e, err := shop.Store.EraseBuyer(ctx, key, "test", now)
	if err != nil {
		t.Fatal(err)
	}
	if e.Orders == 0 || e.Tickets == 0 || e.Reviews == 0 || e.Comments == 0 {
		t.Fatalf("erased %+v", e)
	}
	text := fileText(t, shop)
	for _, personal := range []string{name, username} {
		if strings.Contains(text, strings.ToLower(personal)) {
			t.Errorf("%q is still in the database", personal)
		}
	}
	if after := counts(t, shop); after != before {
		t.Fatalf("counts changed:\n%s\n%s", before, after)
	}
	log, _ := shop.Store.Erasures(ctx)
	if len(log) != 1 || log[0].BuyerKey != store.KeyFingerprint(key) || log[0].By != "test" || log[0].At != now.Unix() {
		t.Fatalf("erasure log %+v", log)
	}
	page, _ := shop.Store.QueryOrders(ctx, store.OrderQuery{Search: username})
	if page.Total != 0 {
		t.Fatalf("searching for %q still finds %d orders", username, page.Total)
	}
}

// An erased buyer stays erased when an older export brings them back: the
// import erases them again in its own transaction and says so.
func TestErasedBuyerStaysErasedWhenImportedAgain(t *testing.T) {
	ctx := context.Background()
	shop := newShop(t)
	now := time.Date(2026, 3, 18, 14, 0, 0, 0, time.UTC)
	im := importer.New(shop.Store)
	const file = "../importer/testdata/SYNTHETIC_tiktok_orders_us_style.csv"
	first, err := im.Import(ctx, file, importer.Options{Kind: domain.KindOrders, Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	var key, username string
	if err := shop.Store.DB().QueryRow(`SELECT c.buyer_key, o.buyer_username FROM customers c JOIN orders o ON o.customer_id = c.id
		WHERE o.buyer_username != '' LIMIT 1`).Scan(&key, &username); err != nil {
		t.Fatal(err)
	}
	if _, err := shop.Store.EraseBuyer(ctx, key, "test", now); err != nil {
		t.Fatal(err)
	}
	// The import is undone and the same export imported again: the buyer's
	// orders come back from the file.
	if _, err := im.Undo(ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	again, err := im.Import(ctx, file, importer.Options{Kind: domain.KindOrders, Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	if again.ErasedAgain != 1 {
		t.Fatalf("the import reports %d buyers erased again, want 1", again.ErasedAgain)
	}
	if again.Orders != first.Orders {
		t.Fatalf("the orders of the erased buyer were not imported: %d orders, want %d", again.Orders, first.Orders)
	}
	if text := fileText(t, shop); strings.Contains(text, strings.ToLower(username)) {
		t.Fatalf("%q is in the database again after the re-import", username)
	}
	// A buyer never erased is imported as always.
	var others int
	shop.Store.DB().QueryRow("SELECT count(*) FROM orders WHERE buyer_username != ''").Scan(&others)
	if others == 0 {
		t.Fatal("every buyer lost their username")
	}
}
