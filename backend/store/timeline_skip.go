package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"afterloop/backend/domain"
)

// FirstOrderImportAt is when the first order export was imported (UTC
// seconds; 0 when none was): "before my first import" for a bulk skip.
func (s *Store) FirstOrderImportAt(ctx context.Context) (int64, error) {
	var at int64
	err := s.read.QueryRowContext(ctx, "SELECT COALESCE(min(imported_at), 0) FROM import_batches WHERE kind = ? AND COALESCE(undone_at, 0) = 0", domain.KindOrders).Scan(&at)
	if err != nil {
		return 0, fmt.Errorf("first import: %w", err)
	}
	return at, nil
}

// DeleteSkippedActions removes the skip marks on the given (order ID, stage)
// pairs, all or none; a stage whose mark is no longer a skip is left alone.
// Returns how many marks were removed.
func (s *Store) DeleteSkippedActions(ctx context.Context, keys [][2]any) (int, error) {
	n := 0
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, "DELETE FROM timeline_actions WHERE order_id = ? AND stage = ? AND action = ?")
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, k := range keys {
			res, err := stmt.ExecContext(ctx, k[0], k[1], domain.ActionSkipped)
			if err != nil {
				return fmt.Errorf("undo skip: %w", err)
			}
			c, _ := res.RowsAffected()
			n += int(c)
		}
		return nil
	})
	return n, err
}

// Return states of an order, as the timeline card shows them.
const (
	ReturnInProcess = "in_process" // a return or refund request not settled yet
	ReturnRefunded  = "refunded"   // money went back to the buyer
)

// ReturnStates tells, for each order that has one, whether a return or
// refund is in process or done. Requests that were rejected or cancelled do
// not count. Orders without either are absent from the map.
func (s *Store) ReturnStates(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := map[int64]string{}
	for len(ids) > 0 {
		chunk := ids[:min(500, len(ids))]
		ids = ids[len(chunk):]
		in := strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.read.QueryContext(ctx, `SELECT o.id,
			EXISTS(SELECT 1 FROM returns r WHERE r.order_id = o.id AND r.counts_as_refund = 1 AND r.refunded_at IS NULL),
			o.refund_amount > 0 OR EXISTS(SELECT 1 FROM returns r WHERE r.order_id = o.id AND r.counts_as_refund = 1 AND r.refunded_at IS NOT NULL)
			FROM orders o WHERE o.id IN (`+in+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("return states: %w", err)
		}
		for rows.Next() {
			var id int64
			var open, refunded bool
			if err := rows.Scan(&id, &open, &refunded); err != nil {
				rows.Close()
				return nil, err
			}
			switch {
			case open:
				out[id] = ReturnInProcess
			case refunded:
				out[id] = ReturnRefunded
			}
		}
		rows.Close()
	}
	return out, nil
}
