package health

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"afterloop/backend/store"
)

// fixture writes hand-made rows straight into a fresh database, so each
// test states exactly the records behind the numbers it expects.
type fixture struct {
	t   *testing.T
	st  *store.Store
	loc *time.Location
	ctx context.Context
	n   int
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
	return &fixture{t: t, st: st, loc: loc, ctx: context.Background()}
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

// at is a shop-local wall-clock time.
func (f *fixture) at(year int, month time.Month, day, hour, minute int) time.Time {
	return time.Date(year, month, day, hour, minute, 0, 0, f.loc)
}

// ord describes one order; zero times are unknown.
type ord struct {
	paid, rts, shipped, delivered, cancelled time.Time
	status, cancelBy, cancelReason           string
	fulfillment, carrier                     string
}

func unix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func (f *fixture) order(o ord) int64 {
	f.t.Helper()
	f.n++
	if o.status == "" {
		o.status = "completed"
	}
	created := o.paid
	if created.IsZero() {
		created = f.at(2026, 1, 1, 0, 0)
	}
	return f.exec(`INSERT INTO orders (platform, external_id, status, created_at, paid_at, rts_at, shipped_at,
		delivered_at, cancelled_at, cancel_by, cancel_reason, fulfillment_type, carrier)
		VALUES ('tiktok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		"57700000000000"+itoa(f.n), o.status, created.Unix(), unix(o.paid), unix(o.rts), unix(o.shipped),
		unix(o.delivered), unix(o.cancelled), o.cancelBy, o.cancelReason, o.fulfillment, o.carrier)
}

func itoa(n int) string { return strconv.Itoa(n) }

// delivered adds an order delivered at t (paid and shipped a few days before).
func (f *fixture) delivered(t time.Time) int64 {
	return f.order(ord{paid: t.AddDate(0, 0, -5), rts: t.AddDate(0, 0, -5).Add(time.Hour),
		shipped: t.AddDate(0, 0, -5).Add(2 * time.Hour), delivered: t})
}

func (f *fixture) ret(orderID int64, sku, reason string, requested time.Time) int64 {
	f.n++
	return f.exec(`INSERT INTO returns (platform, external_id, order_external_id, order_id, product_key, reason, requested_at)
		VALUES ('tiktok', ?, (SELECT external_id FROM orders WHERE id = ?), ?, ?, ?, ?)`,
		"R"+itoa(f.n), orderID, orderID, sku, reason, unix(requested))
}

func (f *fixture) review(orderID int64, sku string, rating int, posted time.Time) int64 {
	return f.exec(`INSERT INTO reviews (order_id, sku, rating, posted_at, created_at) VALUES (?, ?, ?, ?, ?)`,
		orderID, sku, rating, posted.Unix(), posted.Unix())
}

func (f *fixture) chat(opened, responded time.Time, teammate string) int64 {
	var assignee any
	if teammate != "" {
		assignee = f.exec(`INSERT INTO team_members (name, role, created_at) VALUES (?, 'member', 0)`, teammate)
	}
	return f.exec(`INSERT INTO tickets (channel, status, opened_at, first_response_at, assignee_id, created_at, updated_at)
		VALUES ('tiktok_chat', 'new', ?, ?, ?, ?, ?)`, opened.Unix(), unix(responded), assignee, opened.Unix(), opened.Unix())
}

// metric builds the report as of day and returns metric key.
func (f *fixture) metric(day Day, key string) Metric {
	f.t.Helper()
	r, err := Build(f.ctx, f.st, f.loc, day, Options{})
	if err != nil {
		f.t.Fatal(err)
	}
	return metricByKey(r.Metrics, key)
}

func (f *fixture) drill(day Day, key string) []Row {
	f.t.Helper()
	rows, err := Drill(f.ctx, f.st, f.loc, day, key)
	if err != nil {
		f.t.Fatal(err)
	}
	return rows
}

func day(s string) Day {
	d, err := ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

func expect(t *testing.T, m Metric, num, den int) {
	t.Helper()
	if m.Numerator != num || m.Denominator != den {
		t.Fatalf("%s = %d/%d, want %d/%d", m.Key, m.Numerator, m.Denominator, num, den)
	}
}
