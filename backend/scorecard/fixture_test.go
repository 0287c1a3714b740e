package scorecard

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// fixture writes hand-made rows straight into a fresh database, so each
// test states exactly the orders, returns, tickets, reviews and comments
// behind the numbers it expects.
type fixture struct {
	t   *testing.T
	st  *store.Store
	loc *time.Location
	ctx context.Context
	ids map[string]int64 // order external ID -> id
}

func newFixture(t *testing.T, zone string) *fixture {
	t.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "afterloop.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &fixture{t: t, st: st, loc: loc, ctx: context.Background(), ids: map[string]int64{}}
}

func (f *fixture) exec(q string, args ...any) int64 {
	f.t.Helper()
	res, err := f.st.WriteDB().ExecContext(f.ctx, q, args...)
	if err != nil {
		f.t.Fatalf("%s: %v", q, err)
	}
	id, _ := res.LastInsertId()
	return id
}

// local is a shop-local wall-clock time.
func (f *fixture) local(year int, month time.Month, day, hour, minute int) time.Time {
	return time.Date(year, month, day, hour, minute, 0, 0, f.loc)
}

// customer returns the id of buyer name, creating it.
func (f *fixture) customer(name string) int64 {
	var id int64
	err := f.st.WriteDB().QueryRowContext(f.ctx, "SELECT id FROM customers WHERE buyer_key = ?", name).Scan(&id)
	if err == nil {
		return id
	}
	return f.exec("INSERT INTO customers(platform, buyer_key) VALUES ('tiktok', ?)", name)
}

type line struct {
	sku       string
	qty       int64
	subtotal  int64
	returnQty int64
}

func (f *fixture) order(ext, buyer, status string, at time.Time, lines ...line) int64 {
	var customer any
	if buyer != "" {
		customer = f.customer(buyer)
	}
	id := f.exec(`INSERT INTO orders(platform, external_id, customer_id, status, currency, created_at) VALUES ('tiktok', ?, ?, ?, 'USD', ?)`,
		ext, customer, status, at.Unix())
	for i, l := range lines {
		f.exec(`INSERT INTO order_lines(order_id, line_no, product_key, quantity, return_quantity, subtotal_after) VALUES (?, ?, ?, ?, ?, ?)`,
			id, i+1, l.sku, l.qty, l.returnQty, l.subtotal)
	}
	f.ids[ext] = id
	return id
}

func (f *fixture) ret(ext, orderExt, sku string, counts bool, reason string) {
	f.exec(`INSERT INTO returns(platform, external_id, order_external_id, order_id, product_key, counts_as_refund, reason)
		VALUES ('tiktok', ?, ?, ?, ?, ?, ?)`, ext, orderExt, f.ids[orderExt], sku, counts, reason)
}

// ticket opens a ticket at opened; answeredAfter < 0 means unanswered.
func (f *fixture) ticket(opened time.Time, answeredAfter time.Duration, subcategory, sku, rootCause string) {
	var fr any
	if answeredAfter >= 0 {
		fr = opened.Add(answeredAfter).Unix()
	}
	category := ""
	if c, _, ok := domain.FindSubcategory(subcategory); ok {
		category = c.Key
	}
	f.exec(`INSERT INTO tickets(channel, category, subcategory, sku, root_cause, opened_at, first_response_at, created_at, updated_at)
		VALUES ('tiktok_chat', ?, ?, ?, ?, ?, ?, 0, 0)`, category, subcategory, sku, rootCause, opened.Unix(), fr)
}

func (f *fixture) review(at time.Time, rating int, sku, body string) {
	f.exec(`INSERT INTO reviews(sku, rating, body, word_count, posted_at, created_at) VALUES (?, ?, ?, ?, ?, 0)`,
		sku, rating, body, domain.CountWords(body), at.Unix())
}

func (f *fixture) comment(at time.Time, negative bool, video, subcategory string) {
	_, err := f.st.SaveComment(f.ctx, domain.PublicComment{Video: video, Author: "someone", Body: "a comment",
		PostedAt: at.Unix(), Negative: negative, Subcategory: subcategory}, time.Now())
	if err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) compute(weeks ...string) []Metrics {
	f.t.Helper()
	var ws []Week
	for _, s := range weeks {
		w, err := ParseWeek(s)
		if err != nil {
			f.t.Fatal(err)
		}
		ws = append(ws, w)
	}
	out, err := Compute(f.ctx, f.st, f.loc, ws, "USD")
	if err != nil {
		f.t.Fatal(err)
	}
	return out
}

// near compares a nullable value with a want (nil = must be null).
func near(t *testing.T, name string, got *float64, want any) {
	t.Helper()
	switch w := want.(type) {
	case nil:
		if got != nil {
			t.Errorf("%s = %v, want null", name, *got)
		}
	case int:
		near(t, name, got, float64(w))
	case float64:
		if got == nil {
			t.Errorf("%s = null, want %v", name, w)
		} else if d := *got - w; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s = %v, want %v", name, *got, w)
		}
	default:
		t.Fatalf("bad want %T", want)
	}
}
