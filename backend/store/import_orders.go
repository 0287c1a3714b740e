package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"afterloop/backend/domain"
)

// OrderImport writes one order or returns file inside the import's
// transaction: orders with their lines, buyers, products, returns and the
// import_changes that let Undo reverse it. Its statements are prepared once
// per import: a 100k-line file runs each of them tens of thousands of times.
type OrderImport struct {
	ctx     context.Context
	tx      *sql.Tx
	batchID int64
	all     []*sql.Stmt

	findOrder, insertOrder, updateOrder       *sql.Stmt
	findLines, deleteLines, insertLine        *sql.Stmt
	findCustomer, insertCustomer              *sql.Stmt
	findProduct, insertProduct, updateProduct *sql.Stmt
	findReturn, insertReturn, updateReturn    *sql.Stmt
	findOrderID, insertChange                 *sql.Stmt
}

// OrderSearch is what an order's list row shows and is searched by; the
// importer derives it from the order and its lines.
type OrderSearch struct {
	Text      string // search_text
	Summary   string // items_summary
	ItemCount int64  // item_count
}

// PrepareOrderImport prepares the statements of one import whose rows are
// credited to batchID. Close releases them.
func PrepareOrderImport(ctx context.Context, tx *sql.Tx, batchID int64) (*OrderImport, error) {
	s := &OrderImport{ctx: ctx, tx: tx, batchID: batchID}
	var err error
	prep := func(dst **sql.Stmt, query string) {
		if err != nil {
			return
		}
		if *dst, err = tx.PrepareContext(ctx, query); err == nil {
			s.all = append(s.all, *dst)
		}
	}
	prep(&s.findOrder, "SELECT "+orderColumns+" FROM orders WHERE platform = ? AND external_id = ?")
	prep(&s.insertOrder, `INSERT INTO orders (platform, external_id, customer_id, buyer_username, recipient,
		status_raw, substatus_raw, status, currency, order_amount, refund_amount, shipping_fee, taxes, created_at,
		paid_at, rts_at, shipped_at, delivered_at, cancelled_at, tracking_id, carrier, delivery_option, cancel_reason,
		buyer_message, seller_note, country, region, search_text, items_summary, item_count, created_batch_id,
		cancel_by, fulfillment_type)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&s.updateOrder, `UPDATE orders SET customer_id = ?, buyer_username = ?, recipient = ?, status_raw = ?,
		substatus_raw = ?, status = ?, currency = ?, order_amount = ?, refund_amount = ?, shipping_fee = ?, taxes = ?,
		created_at = ?, paid_at = ?, rts_at = ?, shipped_at = ?, delivered_at = ?, cancelled_at = ?, tracking_id = ?,
		carrier = ?, delivery_option = ?, cancel_reason = ?, buyer_message = ?, seller_note = ?, country = ?,
		region = ?, search_text = ?, items_summary = ?, item_count = ?, updated_batch_id = ?, cancel_by = ?,
		fulfillment_type = ? WHERE id = ?`)
	prep(&s.findLines, "SELECT "+orderLineColumns+" FROM order_lines WHERE order_id = ? ORDER BY line_no")
	prep(&s.deleteLines, "DELETE FROM order_lines WHERE order_id = ?")
	prep(&s.insertLine, `INSERT INTO order_lines (order_id, line_no, product_key, sku_id, seller_sku, product_name,
		variation, category, quantity, return_quantity, unit_price, subtotal_before, subtotal_after)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&s.findCustomer, "SELECT id FROM customers WHERE platform = ? AND buyer_key = ?")
	prep(&s.insertCustomer, `INSERT INTO customers (platform, buyer_key, display_name, created_batch_id)
		VALUES (?, ?, ?, ?)`)
	prep(&s.findProduct, "SELECT id, sku_id, seller_sku, name, variation, category FROM products WHERE key = ?")
	prep(&s.insertProduct, `INSERT INTO products (key, sku_id, seller_sku, name, variation, category, created_batch_id)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	prep(&s.updateProduct, "UPDATE products SET sku_id = ?, seller_sku = ?, name = ?, variation = ?, category = ? WHERE id = ?")
	prep(&s.findReturn, "SELECT "+returnColumns+" FROM returns WHERE platform = ? AND external_id = ? AND product_key = ?")
	prep(&s.insertReturn, `INSERT INTO returns (platform, external_id, order_external_id, order_id, product_key,
		sku_id, seller_sku, product_name, return_type, reason, status_raw, substatus_raw, counts_as_refund, currency,
		refund_amount, quantity, requested_at, refunded_at, tracking_id, buyer_note, created_batch_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&s.updateReturn, `UPDATE returns SET order_id = ?, sku_id = ?, seller_sku = ?, product_name = ?,
		return_type = ?, reason = ?, status_raw = ?, substatus_raw = ?, counts_as_refund = ?, currency = ?,
		refund_amount = ?, quantity = ?, requested_at = ?, refunded_at = ?, tracking_id = ?, buyer_note = ?,
		updated_batch_id = ? WHERE id = ?`)
	prep(&s.findOrderID, "SELECT id FROM orders WHERE platform = ? AND external_id = ?")
	prep(&s.insertChange, `INSERT INTO import_changes (batch_id, entity, entity_id, action, before_json)
		VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		s.Close()
		return nil, fmt.Errorf("prepare import statements: %w", err)
	}
	return s, nil
}

// Close releases the prepared statements.
func (s *OrderImport) Close() {
	var errs []error
	for _, st := range s.all {
		errs = append(errs, st.Close())
	}
	_ = errors.Join(errs...) // closing a prepared statement cannot lose data
}

// HasOrders tells whether the platform has any order yet: a first import
// can then skip looking each order up.
func (s *OrderImport) HasOrders(platform string) (bool, error) {
	var has int
	err := s.tx.QueryRowContext(s.ctx, "SELECT EXISTS (SELECT 1 FROM orders WHERE platform = ?)", platform).Scan(&has)
	if err != nil {
		return false, fmt.Errorf("look for %s orders: %w", platform, err)
	}
	return has == 1, nil
}

// RecordChange notes what the import did to one row so that Undo can
// reverse it; before (a TakeSnapshot document) is the row's state before an
// update, "" otherwise.
func (s *OrderImport) RecordChange(entity string, id int64, action, before string) error {
	var b any
	if before != "" {
		b = before
	}
	if _, err := s.insertChange.ExecContext(s.ctx, s.batchID, entity, id, action, b); err != nil {
		return fmt.Errorf("record %s %d %s: %w", entity, id, action, err)
	}
	return nil
}

// FindOrder reads an order by its platform ID; found is false when there is
// none.
func (s *OrderImport) FindOrder(platform, externalID string) (o domain.Order, found bool, err error) {
	o, err = scanOrder(s.findOrder.QueryRowContext(s.ctx, platform, externalID))
	if errors.Is(err, sql.ErrNoRows) {
		return o, false, nil
	}
	if err != nil {
		return o, false, fmt.Errorf("find order %s: %w", externalID, err)
	}
	return o, true, nil
}

// InsertOrder creates the order row (not its lines), credited to the import.
func (s *OrderImport) InsertOrder(o *domain.Order, search OrderSearch) (int64, error) {
	res, err := s.insertOrder.ExecContext(s.ctx, o.Platform, o.ExternalID, nullZero(o.CustomerID), o.BuyerUsername,
		o.Recipient, o.StatusRaw, o.SubstatusRaw, o.Status, o.Currency, o.OrderAmount, o.RefundAmount, o.ShippingFee,
		o.Taxes, nullZero(o.CreatedAt), nullZero(o.PaidAt), nullZero(o.RTSAt), nullZero(o.ShippedAt),
		nullZero(o.DeliveredAt), nullZero(o.CancelledAt), o.TrackingID, o.Carrier, o.DeliveryOption, o.CancelReason,
		o.BuyerMessage, o.SellerNote, o.Country, o.Region, search.Text, search.Summary, search.ItemCount, s.batchID,
		o.CancelBy, o.FulfillmentType)
	if err != nil {
		return 0, fmt.Errorf("insert order %s: %w", o.ExternalID, err)
	}
	return lastInsertID(res)
}

// UpdateOrder overwrites the order row (not its lines) with o.
func (s *OrderImport) UpdateOrder(o *domain.Order, search OrderSearch) error {
	_, err := s.updateOrder.ExecContext(s.ctx, nullZero(o.CustomerID), o.BuyerUsername, o.Recipient, o.StatusRaw,
		o.SubstatusRaw, o.Status, o.Currency, o.OrderAmount, o.RefundAmount, o.ShippingFee, o.Taxes,
		nullZero(o.CreatedAt), nullZero(o.PaidAt), nullZero(o.RTSAt), nullZero(o.ShippedAt), nullZero(o.DeliveredAt),
		nullZero(o.CancelledAt), o.TrackingID, o.Carrier, o.DeliveryOption, o.CancelReason, o.BuyerMessage,
		o.SellerNote, o.Country, o.Region, search.Text, search.Summary, search.ItemCount, s.batchID, o.CancelBy,
		o.FulfillmentType, o.ID)
	if err != nil {
		return fmt.Errorf("update order %s: %w", o.ExternalID, err)
	}
	return nil
}

// OrderLines reads an order's lines in line order.
func (s *OrderImport) OrderLines(orderID int64) ([]domain.OrderLine, error) {
	rows, err := s.findLines.QueryContext(s.ctx, orderID)
	if err != nil {
		return nil, fmt.Errorf("read lines of order %d: %w", orderID, err)
	}
	defer rows.Close()
	var out []domain.OrderLine
	for rows.Next() {
		l, err := scanOrderLine(rows)
		if err != nil {
			return nil, fmt.Errorf("read lines of order %d: %w", orderID, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// ReplaceLines swaps all of an order's lines for lines.
func (s *OrderImport) ReplaceLines(orderID int64, lines []domain.OrderLine) error {
	if _, err := s.deleteLines.ExecContext(s.ctx, orderID); err != nil {
		return fmt.Errorf("delete lines of order %d: %w", orderID, err)
	}
	return s.InsertLines(orderID, lines)
}

// InsertLines adds lines to an order.
func (s *OrderImport) InsertLines(orderID int64, lines []domain.OrderLine) error {
	for _, l := range lines {
		if _, err := s.insertLine.ExecContext(s.ctx, orderID, l.LineNo, l.ProductKey, l.SKUID, l.SellerSKU,
			l.ProductName, l.Variation, l.Category, l.Quantity, l.ReturnQuantity, l.UnitPrice, l.SubtotalBefore,
			l.SubtotalAfter); err != nil {
			return fmt.Errorf("insert line %d of order %d: %w", l.LineNo, orderID, err)
		}
	}
	return nil
}

// FindCustomer finds a buyer by the key that identifies them on a platform.
func (s *OrderImport) FindCustomer(platform, key string) (id int64, found bool, err error) {
	err = s.findCustomer.QueryRowContext(s.ctx, platform, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("find customer: %w", err)
	}
	return id, true, nil
}

// InsertCustomer creates a buyer, named by their key, credited to the
// import.
func (s *OrderImport) InsertCustomer(platform, key string) (int64, error) {
	res, err := s.insertCustomer.ExecContext(s.ctx, platform, key, key, s.batchID)
	if err != nil {
		return 0, fmt.Errorf("insert customer: %w", err)
	}
	return lastInsertID(res)
}

func lastInsertID(res sql.Result) (int64, error) {
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("read new row id: %w", err)
	}
	return id, nil
}

// nullZero stores an unknown ID or time as NULL.
func nullZero(v int64) any {
	if v == 0 {
		return nil
	}
	return v
}
