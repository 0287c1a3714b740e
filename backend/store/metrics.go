package store

import (
	"context"
	"fmt"
	"strings"
)

// SKURefunds is the refund-rate count for one line key (PRODUCT.md §7): order
// lines of eligible (not cancelled) orders created in the window, and how many
// of them were refunded.
type SKURefunds struct {
	SKU           string `json:"sku"`
	EligibleLines int    `json:"eligibleLines"`
	RefundedLines int    `json:"refundedLines"`
}

// refundedLineSQL is true for an order line with a counting return in the
// returns export (the primary source, PRODUCT.md §2) or a return quantity
// above zero in the order export. The scorecard and the Voice-of-Customer
// impact panel both use it, so "refund rate" means one thing everywhere.
const refundedLineSQL = `(l.return_quantity > 0 OR EXISTS (SELECT 1 FROM returns r
	WHERE r.order_id = l.order_id AND r.product_key = l.product_key AND r.counts_as_refund = 1))`

// RefundCountsBySKU counts eligible and refunded lines per line key for
// orders created in [from, to) (UTC Unix seconds). skus limits the keys; nil
// or empty means every SKU. Keys with no lines in the window are absent.
func (s *Store) RefundCountsBySKU(ctx context.Context, from, to int64, skus []string) ([]SKURefunds, error) {
	q := `SELECT l.product_key, COUNT(*), SUM(CASE WHEN ` + refundedLineSQL + ` THEN 1 ELSE 0 END)
		FROM orders o JOIN order_lines l ON l.order_id = o.id
		WHERE o.created_at >= ? AND o.created_at < ? AND o.status != 'cancelled'`
	args := []any{from, to}
	if len(skus) > 0 {
		q += ` AND l.product_key IN (` + strings.TrimSuffix(strings.Repeat("?,", len(skus)), ",") + `)`
		for _, k := range skus {
			args = append(args, k)
		}
	}
	q += ` GROUP BY l.product_key ORDER BY l.product_key`
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("refund counts: %w", err)
	}
	defer rows.Close()
	out := []SKURefunds{}
	for rows.Next() {
		var r SKURefunds
		if err := rows.Scan(&r.SKU, &r.EligibleLines, &r.RefundedLines); err != nil {
			return nil, fmt.Errorf("refund counts: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
