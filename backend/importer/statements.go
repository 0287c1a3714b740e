package importer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"afterloop/backend/domain"
)

// statements are prepared once per import: a 100k-line file runs each of
// them tens of thousands of times.
type statements struct {
	all []*sql.Stmt

	findOrder, insertOrder, updateOrder       *sql.Stmt
	findLines, deleteLines, insertLine        *sql.Stmt
	findCustomer, insertCustomer              *sql.Stmt
	findProduct, insertProduct, updateProduct *sql.Stmt
	findReturn, insertReturn, updateReturn    *sql.Stmt
	findOrderID, insertChange                 *sql.Stmt
}

// orderSelect lists the columns scanOrder reads.
const orderSelect = `SELECT id, platform, external_id, COALESCE(customer_id, 0), buyer_username, recipient, status_raw,
	substatus_raw, status, currency, order_amount, refund_amount, shipping_fee, taxes, COALESCE(created_at, 0),
	COALESCE(paid_at, 0), COALESCE(rts_at, 0), COALESCE(shipped_at, 0), COALESCE(delivered_at, 0),
	COALESCE(cancelled_at, 0), tracking_id, carrier, delivery_option, cancel_reason, buyer_message, seller_note,
	country, region, cancel_by, fulfillment_type FROM orders`

const returnSelect = `SELECT id, platform, external_id, order_external_id, COALESCE(order_id, 0), product_key, sku_id,
	seller_sku, product_name, return_type, reason, status_raw, substatus_raw, counts_as_refund, currency,
	refund_amount, quantity, COALESCE(requested_at, 0), COALESCE(refunded_at, 0), tracking_id, buyer_note FROM returns`

func prepareStatements(ctx context.Context, tx *sql.Tx) (*statements, error) {
	s := &statements{}
	var err error
	prep := func(dst **sql.Stmt, query string) {
		if err != nil {
			return
		}
		if *dst, err = tx.PrepareContext(ctx, query); err == nil {
			s.all = append(s.all, *dst)
		}
	}
	prep(&s.findOrder, orderSelect+" WHERE platform = ? AND external_id = ?")
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
	prep(&s.findLines, `SELECT id, order_id, line_no, product_key, sku_id, seller_sku, product_name, variation,
		category, quantity, return_quantity, unit_price, subtotal_before, subtotal_after FROM order_lines
		WHERE order_id = ? ORDER BY line_no`)
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
	prep(&s.findReturn, returnSelect+" WHERE platform = ? AND external_id = ? AND product_key = ?")
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
		s.close()
		return nil, fmt.Errorf("prepare import statements: %w", err)
	}
	return s, nil
}

func (s *statements) close() {
	var errs []error
	for _, st := range s.all {
		errs = append(errs, st.Close())
	}
	_ = errors.Join(errs...) // closing a prepared statement cannot lose data
}

func scanOrder(row interface{ Scan(...any) error }) (domain.Order, error) {
	var o domain.Order
	err := row.Scan(&o.ID, &o.Platform, &o.ExternalID, &o.CustomerID, &o.BuyerUsername, &o.Recipient, &o.StatusRaw,
		&o.SubstatusRaw, &o.Status, &o.Currency, &o.OrderAmount, &o.RefundAmount, &o.ShippingFee, &o.Taxes,
		&o.CreatedAt, &o.PaidAt, &o.RTSAt, &o.ShippedAt, &o.DeliveredAt, &o.CancelledAt, &o.TrackingID, &o.Carrier,
		&o.DeliveryOption, &o.CancelReason, &o.BuyerMessage, &o.SellerNote, &o.Country, &o.Region, &o.CancelBy, &o.FulfillmentType)
	return o, err
}

func scanReturn(row interface{ Scan(...any) error }) (domain.ReturnLine, error) {
	var r domain.ReturnLine
	err := row.Scan(&r.ID, &r.Platform, &r.ExternalID, &r.OrderExternalID, &r.OrderID, &r.ProductKey, &r.SKUID,
		&r.SellerSKU, &r.ProductName, &r.ReturnType, &r.Reason, &r.StatusRaw, &r.SubstatusRaw, &r.CountsAsRefund,
		&r.Currency, &r.RefundAmount, &r.Quantity, &r.RequestedAt, &r.RefundedAt, &r.TrackingID, &r.BuyerNote)
	return r, err
}
