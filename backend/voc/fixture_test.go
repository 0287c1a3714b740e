package voc

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// fixture is a real SQLite file with rows written the way the importers
// leave them (times as UTC seconds, line keys, counting returns).
type fixture struct {
	t      testing.TB
	ctx    context.Context
	st     *store.Store
	loc    *time.Location
	orders int
	rows   int
}

func newFixture(t testing.TB, zone string) *fixture {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "voc.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &fixture{t: t, ctx: context.Background(), st: st, loc: loc}
}

func (f *fixture) exec(q string, args ...any) int64 {
	f.t.Helper()
	res, err := f.st.WriteDB().ExecContext(f.ctx, q, args...)
	if err != nil {
		f.t.Fatalf("%v\n%s", err, q)
	}
	id, _ := res.LastInsertId()
	return id
}

// at is a shop-local wall-clock time.
func (f *fixture) at(y int, m time.Month, d, h, min, s int) time.Time {
	return time.Date(y, m, d, h, min, s, 0, f.loc)
}

// line is one order line: its key and whether the order export already
// shows it returned.
type line struct {
	sku       string
	returnQty int
}

// order adds an order created at created with the given lines and returns
// its ID.
func (f *fixture) order(created time.Time, status string, lines ...line) int64 {
	f.orders++
	id := f.exec(`INSERT INTO orders(platform, external_id, status, created_at) VALUES ('tiktok', ?, ?, ?)`,
		fmt.Sprintf("58%016d", f.orders), status, created.Unix())
	for i, l := range lines {
		f.exec(`INSERT INTO order_lines(order_id, line_no, product_key, return_quantity) VALUES (?, ?, ?, ?)`, id, i+1, l.sku, l.returnQty)
	}
	return id
}

// ret adds a return of sku on the order, requested at at.
func (f *fixture) ret(orderID int64, sku, reason, note string, at time.Time, counts bool) int64 {
	f.rows++
	c := 0
	if counts {
		c = 1
	}
	var order any
	if orderID != 0 {
		order = orderID
	}
	return f.exec(`INSERT INTO returns(platform, external_id, order_external_id, order_id, product_key, reason, buyer_note,
		counts_as_refund, requested_at) VALUES ('tiktok', ?, '', ?, ?, ?, ?, ?, ?)`,
		fmt.Sprintf("40%016d", f.rows), order, sku, reason, note, c, at.Unix())
}

// ticket adds a ticket; sku "" means "the order's lines".
func (f *fixture) ticket(opened time.Time, sku string, orderID int64, subcategory, rootCause, text string) int64 {
	category := ""
	if c, _, ok := domain.FindSubcategory(subcategory); ok {
		category = c.Key
	}
	var order any
	if orderID != 0 {
		order = orderID
	}
	return f.exec(`INSERT INTO tickets(order_id, channel, category, subcategory, status, buyer_text, opened_at, root_cause,
		sku, created_at, updated_at) VALUES (?, 'tiktok_chat', ?, ?, 'new', ?, ?, ?, ?, 0, 0)`,
		order, category, subcategory, text, opened.Unix(), rootCause, sku)
}

func (f *fixture) review(posted time.Time, sku string, rating int, body string) int64 {
	return f.exec(`INSERT INTO reviews(sku, rating, body, posted_at, created_at) VALUES (?, ?, ?, ?, 0)`,
		sku, rating, body, posted.Unix())
}

func (f *fixture) comment(posted time.Time, subcategory, sku, body string, negative bool) int64 {
	n := 0
	if negative {
		n = 1
	}
	return f.exec(`INSERT INTO public_comments(body, posted_at, negative, subcategory, sku, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, 0, 0)`, body, posted.Unix(), n, subcategory, sku)
}

func (f *fixture) entry(e domain.VocEntry) domain.VocEntry {
	f.t.Helper()
	out, err := f.st.CreateVocEntry(f.ctx, e)
	if err != nil {
		f.t.Fatal(err)
	}
	return out
}

func (f *fixture) engine(now time.Time) *Engine { return New(f.st, f.loc, now) }
