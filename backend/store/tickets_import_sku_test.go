package store

import (
	"context"
	"testing"
)

// An imported ticket without a SKU is about its order's only product, or
// about the product its words name; otherwise its SKU stays empty rather
// than taking an arbitrary line. A re-import fills a SKU it learned since.
func TestImportedTicketTakesTheSKUItsWordsName(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	exec := func(q string, args ...any) int64 {
		t.Helper()
		res, err := s.WriteDB().ExecContext(ctx, q, args...)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	one := exec(`INSERT INTO orders(platform, external_id, status, created_at) VALUES ('tiktok', '580000000000000001', 'delivered', 1)`)
	exec(`INSERT INTO order_lines(order_id, line_no, product_key, product_name) VALUES (?, 1, 'MUG-SAGE', 'Stoneware Mug')`, one)
	two := exec(`INSERT INTO orders(platform, external_id, status, created_at) VALUES ('tiktok', '580000000000000002', 'delivered', 1)`)
	exec(`INSERT INTO order_lines(order_id, line_no, product_key, product_name) VALUES (?, 1, 'TEE-BLK-M', 'Cotton Tee'),
		(?, 2, 'SERUM-30', 'Vitamin C Serum')`, two, two)
	row := func(n int, ext, order, text string) TicketImportRow {
		tk := newTicket(text)
		tk.ExternalID = ext
		return TicketImportRow{Row: n, Ticket: tk, OrderExternalID: order}
	}
	if _, err := s.ImportTickets(ctx, []TicketImportRow{
		row(2, "T1", "580000000000000001", "it arrived chipped"),
		row(3, "T2", "580000000000000002", "the serum pump is leaking"),
		row(4, "T3", "580000000000000002", "it arrived damaged"),
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"T1": "MUG-SAGE", "T2": "SERUM-30", "T3": ""}
	check := func() {
		t.Helper()
		for ext, sku := range want {
			var got string
			if err := s.read.QueryRowContext(ctx, `SELECT sku FROM tickets WHERE external_id = ?`, ext).Scan(&got); err != nil || got != sku {
				t.Errorf("%s: SKU %q (%v), want %q", ext, got, err, sku)
			}
		}
	}
	check()
	// The buyer's words in a newer log name the product.
	if _, err := s.ImportTickets(ctx, []TicketImportRow{row(2, "T3", "580000000000000002", "it arrived damaged, the tee has a hole")}); err != nil {
		t.Fatal(err)
	}
	want["T3"] = "TEE-BLK-M"
	check()
}
