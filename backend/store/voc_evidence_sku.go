package store

import (
	"context"
	"fmt"

	"afterloop/backend/skumatch"
)

// A ticket or review that names no SKU is about the product its words name
// among its order's lines (skumatch). When the words name none it stays on
// the order, with an empty SKU ("SKU unknown"), and counts for no product.

// orderLinesFor reads the products of the given orders: line key, the codes
// a buyer may quote and the product's name (the products table's, else the
// export's).
func (s *Store) orderLinesFor(ctx context.Context, orderIDs []int64) (map[int64][]skumatch.Line, error) {
	out := map[int64][]skumatch.Line{}
	const chunk = 500
	for i := 0; i < len(orderIDs); i += chunk {
		ids := orderIDs[i:min(i+chunk, len(orderIDs))]
		args := make([]any, len(ids))
		for k, id := range ids {
			args[k] = id
		}
		rows, err := s.read.QueryContext(ctx, `SELECT l.order_id, l.product_key, l.sku_id, l.seller_sku,
			COALESCE(NULLIF(p.name, ''), l.product_name)
			FROM order_lines l LEFT JOIN products p ON p.key = l.product_key
			WHERE l.order_id IN (`+placeholders(len(ids))+`) ORDER BY l.order_id, l.line_no`, args...)
		if err != nil {
			return nil, fmt.Errorf("order lines for evidence: %w", err)
		}
		for rows.Next() {
			var id int64
			var l skumatch.Line
			var skuID, sellerSKU string
			if err := rows.Scan(&id, &l.Key, &skuID, &sellerSKU, &l.Name); err != nil {
				rows.Close()
				return nil, err
			}
			l.SKUs = []string{skuID, sellerSKU}
			out[id] = append(out[id], l)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// namedSKUs decides the product of each text without a SKU. texts maps a
// row index to its order ID and words; the result maps the index to the
// line key, "" when unknown.
func (s *Store) namedSKUs(ctx context.Context, orderIDs []int64, texts []string) ([]string, error) {
	var ids []int64
	seen := map[int64]bool{}
	for _, id := range orderIDs {
		if id != 0 && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	lines, err := s.orderLinesFor(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(texts))
	for i := range texts {
		out[i] = skumatch.Named(texts[i], lines[orderIDs[i]])
	}
	return out, nil
}

func inList(v string, list []string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
