package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"afterloop/backend/domain"
)

// FindOrderID finds an order's row ID by its platform ID; found is false
// when the order is not imported yet.
func (s *OrderImport) FindOrderID(platform, externalID string) (id int64, found bool, err error) {
	err = s.findOrderID.QueryRowContext(s.ctx, platform, externalID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("find order %s: %w", externalID, err)
	}
	return id, true, nil
}

// FindReturn reads one returned SKU line; found is false when there is none.
func (s *OrderImport) FindReturn(platform, externalID, productKey string) (r domain.ReturnLine, found bool, err error) {
	r, err = scanReturn(s.findReturn.QueryRowContext(s.ctx, platform, externalID, productKey))
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("find return %s: %w", externalID, err)
	}
	return r, true, nil
}

// InsertReturn creates a returned SKU line, credited to the import.
func (s *OrderImport) InsertReturn(r *domain.ReturnLine) (int64, error) {
	res, err := s.insertReturn.ExecContext(s.ctx, r.Platform, r.ExternalID, r.OrderExternalID,
		nullZero(r.OrderID), r.ProductKey, r.SKUID, r.SellerSKU, r.ProductName, r.ReturnType, r.Reason,
		r.StatusRaw, r.SubstatusRaw, r.CountsAsRefund, r.Currency, r.RefundAmount, r.Quantity,
		nullZero(r.RequestedAt), nullZero(r.RefundedAt), r.TrackingID, r.BuyerNote, s.batchID)
	if err != nil {
		return 0, fmt.Errorf("insert return %s: %w", r.ExternalID, err)
	}
	return lastInsertID(res)
}

// UpdateReturn overwrites a returned SKU line with r, marked as updated by
// the import.
func (s *OrderImport) UpdateReturn(r *domain.ReturnLine) error {
	_, err := s.updateReturn.ExecContext(s.ctx, nullZero(r.OrderID), r.SKUID, r.SellerSKU,
		r.ProductName, r.ReturnType, r.Reason, r.StatusRaw, r.SubstatusRaw,
		r.CountsAsRefund, r.Currency, r.RefundAmount, r.Quantity, nullZero(r.RequestedAt),
		nullZero(r.RefundedAt), r.TrackingID, r.BuyerNote, s.batchID, r.ID)
	if err != nil {
		return fmt.Errorf("update return %s: %w", r.ExternalID, err)
	}
	return nil
}

// LinkReturns attaches returns that arrived before their orders.
func (s *OrderImport) LinkReturns() error { return LinkReturns(s.ctx, s.tx) }

// LinkReturns attaches every return with no order to its order, once that
// order is imported.
func LinkReturns(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE returns SET order_id = (SELECT o.id FROM orders o
		WHERE o.platform = returns.platform AND o.external_id = returns.order_external_id)
		WHERE order_id IS NULL AND EXISTS (SELECT 1 FROM orders o
		WHERE o.platform = returns.platform AND o.external_id = returns.order_external_id)`)
	if err != nil {
		return fmt.Errorf("link returns to orders: %w", err)
	}
	return nil
}
