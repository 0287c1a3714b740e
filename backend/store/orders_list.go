package store

import (
	"context"
	"fmt"

	"afterloop/backend/domain"
)

// OrderWithLines is an order and its lines, for listings that need both
// (the CLI's `orders list`).
type OrderWithLines struct {
	Order domain.Order
	Lines []domain.OrderLine
}

// ListOrdersWithLines returns every order matching q (Search, Statuses,
// From, To; paging ignored), oldest first, each with its lines, in two
// queries.
func (s *Store) ListOrdersWithLines(ctx context.Context, q OrderQuery) ([]OrderWithLines, error) {
	where, args := q.where()
	rows, err := s.read.QueryContext(ctx, `SELECT o.id, o.external_id, o.platform, o.status, o.status_raw,
		COALESCE(o.created_at, 0), COALESCE(o.delivered_at, 0), o.order_amount, o.currency FROM orders o`+where+
		` ORDER BY o.created_at, o.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list orders: %w", err)
	}
	var out []OrderWithLines
	index := map[int64]int{}
	for rows.Next() {
		var o domain.Order
		if err := rows.Scan(&o.ID, &o.ExternalID, &o.Platform, &o.Status, &o.StatusRaw, &o.CreatedAt, &o.DeliveredAt,
			&o.OrderAmount, &o.Currency); err != nil {
			rows.Close()
			return nil, err
		}
		index[o.ID] = len(out)
		out = append(out, OrderWithLines{Order: o, Lines: []domain.OrderLine{}})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return []OrderWithLines{}, nil
	}
	lines, err := s.read.QueryContext(ctx, `SELECT l.order_id, l.line_no, l.product_key, l.sku_id, l.seller_sku, l.product_name,
		l.variation, l.quantity, l.return_quantity FROM order_lines l WHERE l.order_id IN (SELECT o.id FROM orders o`+where+`)
		ORDER BY l.order_id, l.line_no`, args...)
	if err != nil {
		return nil, fmt.Errorf("list order lines: %w", err)
	}
	defer lines.Close()
	for lines.Next() {
		var l domain.OrderLine
		if err := lines.Scan(&l.OrderID, &l.LineNo, &l.ProductKey, &l.SKUID, &l.SellerSKU, &l.ProductName, &l.Variation,
			&l.Quantity, &l.ReturnQuantity); err != nil {
			return nil, err
		}
		if i, ok := index[l.OrderID]; ok {
			out[i].Lines = append(out[i].Lines, l)
		}
	}
	return out, lines.Err()
}
