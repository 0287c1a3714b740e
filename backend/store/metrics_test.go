package store

import (
	"context"
	"testing"
)

// TestRefundCountsBySKU covers the refund-rate rule on hand-made rows: a
// multi-SKU order, a return only in the returns export, a rejected return, a
// return quantity only in the order export, a cancelled order and the window
// edges.
func TestRefundCountsBySKU(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.write.ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	}
	order := func(id int64, status string, created int64) {
		exec(`INSERT INTO orders(id, platform, external_id, status, created_at) VALUES (?, 'tiktok', ?, ?, ?)`,
			id, "O"+string(rune('0'+id)), status, created)
	}
	line := func(orderID int64, no int, key string, returnQty int) {
		exec(`INSERT INTO order_lines(order_id, line_no, product_key, return_quantity) VALUES (?, ?, ?, ?)`,
			orderID, no, key, returnQty)
	}
	ret := func(ext string, orderID int64, key string, counts int) {
		exec(`INSERT INTO returns(platform, external_id, order_external_id, order_id, product_key, counts_as_refund)
			VALUES ('tiktok', ?, '', ?, ?, ?)`, ext, orderID, key, counts)
	}
	order(1, "delivered", 100) // A refunded via returns export, B not
	line(1, 1, "A", 0)
	line(1, 2, "B", 0)
	ret("R1", 1, "A", 1)
	order(2, "delivered", 150) // A rejected return: not refunded; B return qty in order export
	line(2, 1, "A", 0)
	line(2, 2, "B", 1)
	ret("R2", 2, "A", 0)
	order(3, "cancelled", 150) // not eligible
	line(3, 1, "A", 1)
	order(4, "delivered", 200) // outside [100, 200)
	line(4, 1, "A", 1)
	order(5, "unpaid", 99) // before the window
	line(5, 1, "B", 0)

	got, err := s.RefundCountsBySKU(ctx, 100, 200, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []SKURefunds{{"A", 2, 1}, {"B", 2, 1}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	got, err = s.RefundCountsBySKU(ctx, 0, 1000, []string{"B"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != (SKURefunds{"B", 3, 1}) {
		t.Fatalf("B only: got %+v", got)
	}
}
