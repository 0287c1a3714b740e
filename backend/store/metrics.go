package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// SKURefunds is the refund-rate count for one line key: order
// lines of eligible (not cancelled) orders created in the window, and how many
// of them were refunded.
type SKURefunds struct {
	SKU           string `json:"sku"`
	EligibleLines int    `json:"eligibleLines"`
	RefundedLines int    `json:"refundedLines"`
}

// refundedLineSQL is true for an order line with a counting return in the
// returns export (the primary source: the order export's own return columns
// miss about a fifth of refunds) or a return quantity above zero in the
// order export. The scorecard and the Voice-of-Customer
// impact panel both use it, so "refund rate" means one thing everywhere.
const refundedLineSQL = `(l.return_quantity > 0 OR EXISTS (SELECT 1 FROM returns r
	WHERE r.order_id = l.order_id AND r.product_key = l.product_key AND r.counts_as_refund = 1))`

// eligibleOrderSQL is the scorecard's eligible order (not cancelled). It is
// written exactly like the WHERE of the partial indexes of migration 0008,
// which SQLite only uses when the query repeats that term.
const eligibleOrderSQL = `o.status != 'cancelled'`

// Window is a half-open time range [From, To) in UTC Unix seconds; the
// scorecard passes one per ISO week.
type Window struct {
	From int64 `json:"from"`
	To   int64 `json:"to"`
}

// windowsCTE renders windows as a VALUES table w(idx, s, e) joined by
// range: SQLite then seeks each week's orders in the created_at index, so
// only the weeks asked for are read, in one statement.
func windowsCTE(windows []Window) string {
	var b strings.Builder
	b.WriteString("w(idx, s, e) AS (VALUES ")
	for i, win := range windows {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("(" + strconv.Itoa(i) + "," + strconv.FormatInt(win.From, 10) + "," + strconv.FormatInt(win.To, 10) + ")")
	}
	b.WriteString(")")
	return b.String()
}

// RefundCountsBySKU counts eligible and refunded lines per line key for
// orders created in [from, to) (UTC Unix seconds). skus limits the keys; nil
// or empty means every SKU. Keys with no lines in the window are absent.
func (s *Store) RefundCountsBySKU(ctx context.Context, from, to int64, skus []string) ([]SKURefunds, error) {
	weeks, err := s.lineTotals(ctx, []Window{{from, to}}, skus)
	if err != nil {
		return nil, fmt.Errorf("refund counts: %w", err)
	}
	out := []SKURefunds{}
	for _, t := range weeks {
		if n := len(out); n > 0 && out[n-1].SKU == t.SKU {
			out[n-1].EligibleLines += t.EligibleLines
			out[n-1].RefundedLines += t.RefundedLines
			continue
		}
		out = append(out, SKURefunds{SKU: t.SKU, EligibleLines: t.EligibleLines, RefundedLines: t.RefundedLines})
	}
	return out, nil
}

// LineTotals is what one window's eligible order lines of one line key and
// currency add up to.
type LineTotals struct {
	Window        int    // index into the windows asked for
	SKU           string // line key
	Currency      string
	EligibleLines int
	RefundedLines int
	Units         int64 // sum of quantities
	Revenue       int64 // sum of subtotals after discount, minor units
}

// LineTotalsByWindow adds up eligible order lines per window, line key and
// currency (orders created in the window), with the refund rule above, in one
// pass over only those windows. Sorted by window, SKU, currency.
func (s *Store) LineTotalsByWindow(ctx context.Context, windows []Window) ([]LineTotals, error) {
	out, err := s.lineTotals(ctx, windows, nil)
	if err != nil {
		return nil, fmt.Errorf("order line totals: %w", err)
	}
	return out, nil
}

func (s *Store) lineTotals(ctx context.Context, windows []Window, skus []string) ([]LineTotals, error) {
	out := []LineTotals{}
	if len(windows) == 0 {
		return out, nil
	}
	q := `WITH ` + windowsCTE(windows) + `
		SELECT w.idx, l.product_key, o.currency, COUNT(*), SUM(CASE WHEN ` + refundedLineSQL + ` THEN 1 ELSE 0 END),
			SUM(l.quantity), SUM(l.subtotal_after)
		FROM w JOIN orders o ON o.created_at >= w.s AND o.created_at < w.e JOIN order_lines l ON l.order_id = o.id
		WHERE ` + eligibleOrderSQL
	var args []any
	if len(skus) > 0 {
		q += ` AND l.product_key IN (` + strings.TrimSuffix(strings.Repeat("?,", len(skus)), ",") + `)`
		for _, k := range skus {
			args = append(args, k)
		}
	}
	q += ` GROUP BY w.idx, l.product_key, o.currency ORDER BY w.idx, l.product_key, o.currency`
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var t LineTotals
		if err := rows.Scan(&t.Window, &t.SKU, &t.Currency, &t.EligibleLines, &t.RefundedLines, &t.Units, &t.Revenue); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
