package service

import (
	"context"
	"strings"
	"testing"
	"time"

	"afterloop/backend/importer"
	"afterloop/backend/store"
)

func demoOrders(t *testing.T) *OrderService {
	t.Helper()
	shop := newShop(t)
	if _, err := LoadDemo(context.Background(), shop, importer.New(shop.Store), time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC), nil); err != nil {
		t.Fatal(err)
	}
	return NewOrderService(shop)
}

// Sorting is done by the database over all matching orders, in both
// directions, and paging through a sort neither repeats nor skips an order.
func TestOrdersSortByAmountAndStatusAcrossPages(t *testing.T) {
	svc := demoOrders(t)
	for _, tc := range []struct {
		sort   string
		oldest bool
		less   func(a, b store.OrderRow) bool // a may come before b
	}{
		{"amount", false, func(a, b store.OrderRow) bool { return a.OrderAmount >= b.OrderAmount }},
		{"amount", true, func(a, b store.OrderRow) bool { return a.OrderAmount <= b.OrderAmount }},
		{"status", true, func(a, b store.OrderRow) bool { return a.Status <= b.Status }},
		{"status", false, func(a, b store.OrderRow) bool { return a.Status >= b.Status }},
		{"created", true, func(a, b store.OrderRow) bool { return a.CreatedAt <= b.CreatedAt }},
	} {
		var all []store.OrderRow
		total := -1
		for offset := 0; total < 0 || offset < total; offset += 500 {
			p, err := svc.Query(OrderFilter{Sort: tc.sort, Oldest: tc.oldest, Offset: offset, Limit: 500})
			if err != nil {
				t.Fatal(err)
			}
			total = p.Total
			all = append(all, p.Rows...)
		}
		if len(all) != total || total < 1000 {
			t.Fatalf("%s: read %d of %d", tc.sort, len(all), total)
		}
		seen := map[int64]bool{}
		for i, r := range all {
			if seen[r.ID] {
				t.Fatalf("%s: order %d twice", tc.sort, r.ID)
			}
			seen[r.ID] = true
			if i > 0 && !tc.less(all[i-1], r) {
				t.Fatalf("%s oldest=%v: row %d out of order: %+v then %+v", tc.sort, tc.oldest, i, all[i-1], r)
			}
		}
		if tc.sort == "amount" && all[0].OrderAmount == all[len(all)-1].OrderAmount {
			t.Fatal("every amount is the same: the test proves nothing")
		}
	}
	if _, err := svc.Query(OrderFilter{Sort: "buyer"}); err == nil {
		t.Fatal("an unknown sort was accepted")
	}
}

// The counts beside the status choices are over the chosen dates.
func TestStatusCountsFollowTheDateFilter(t *testing.T) {
	svc := demoOrders(t)
	all, err := svc.StatusCounts(OrderFilter{})
	if err != nil {
		t.Fatal(err)
	}
	f := OrderFilter{FromDay: "2026-11-01", ToDay: "2026-11-07"}
	week, err := svc.StatusCounts(f)
	if err != nil {
		t.Fatal(err)
	}
	sum := func(m map[string]int) (n int) {
		for _, v := range m {
			n += v
		}
		return n
	}
	p, _ := svc.Query(OrderFilter{FromDay: f.FromDay, ToDay: f.ToDay, Limit: 1})
	if sum(week) != p.Total || p.Total == 0 || sum(week) >= sum(all) {
		t.Fatalf("week counts %v (sum %d) vs table %d vs all %d", week, sum(week), p.Total, sum(all))
	}
	for st, n := range week {
		q, _ := svc.Query(OrderFilter{FromDay: f.FromDay, ToDay: f.ToDay, Statuses: []string{st}, Limit: 1})
		if q.Total != n {
			t.Fatalf("%s: count %d, table %d", st, n, q.Total)
		}
	}
	d, err := svc.Dates()
	if err != nil || d.Newest == "" || d.Newest > "2026-11-22" || d.Oldest >= d.Newest {
		t.Fatalf("dates %+v %v", d, err)
	}
}

// Search finds a word the buyer wrote in the order's message.
func TestOrderSearchFindsBuyerMessageWords(t *testing.T) {
	svc := demoOrders(t)
	p, err := svc.Query(OrderFilter{Search: "side door", Limit: 50})
	if err != nil || p.Total == 0 {
		t.Fatalf("no order found by its message: %+v %v", p.Total, err)
	}
	detail, _ := svc.Get(p.Rows[0].ID)
	if !strings.Contains(strings.ToLower(detail.Order.BuyerMessage), "side door") {
		t.Fatalf("found %s whose message is %q", detail.Order.ExternalID, detail.Order.BuyerMessage)
	}
}

// Every sort reads its page through an index: no sort step over all orders.
func TestOrderSortsUseIndexes(t *testing.T) {
	svc := demoOrders(t)
	db := svc.shop.Store.DB()
	for _, by := range []string{"created", "amount", "status"} {
		for _, dir := range []string{"ASC", "DESC"} {
			sortSQL, err := store.OrderBySQL(by, dir)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := db.Query("EXPLAIN QUERY PLAN SELECT o.id FROM orders o" + sortSQL + " LIMIT 200 OFFSET 1000")
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				_ = rows.Scan(&id, &parent, &unused, &detail)
				plan = append(plan, detail)
			}
			rows.Close()
			joined := strings.Join(plan, "; ")
			if strings.Contains(joined, "TEMP B-TREE") || !strings.Contains(joined, "INDEX") {
				t.Errorf("%s %s: %s", by, dir, joined)
			}
		}
	}
}
