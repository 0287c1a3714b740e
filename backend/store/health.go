package store

import (
	"context"
	"fmt"
)

// Shop health reads: the few columns each shop-health metric needs, for
// every order, return, review and chat that can fall into one of its
// rolling windows. The health package turns them into rates as of any day
// inside the span, so one read serves a date and its 12-week line.

// HealthSpan bounds what is read, each as a half-open range of UTC Unix
// seconds [from, to): orders by delivered time (with their returns and
// reviews), by paid time, and by shipped or ready-to-ship time; TikTok
// chats by opened time.
type HealthSpan struct {
	DeliveredFrom, DeliveredTo int64
	PaidFrom, PaidTo           int64
	ShippedFrom, ShippedTo     int64
	ChatsFrom, ChatsTo         int64
}

// HealthOrder is an order as the health metrics see it; 0 = time unknown.
// ExternalID, CancelBy and CancelReason are read only where needed
// (OrderTexts), the carrier only for late deliveries.
type HealthOrder struct {
	ID           int64
	ExternalID   string
	Status       string // "cancelled" or ""
	PaidAt       int64
	RTSAt        int64
	ShippedAt    int64
	DeliveredAt  int64
	CancelledAt  int64
	CancelBy     string
	CancelReason string
	ByTikTok     bool // fulfilled by TikTok (Fulfillment Type), not by the seller
}

// HealthReturn is one return or refund request line on an order.
type HealthReturn struct {
	ID          int64
	OrderID     int64
	ProductKey  string
	Reason      string
	RequestedAt int64
	RefundedAt  int64
}

// HealthReview is one review linked to an order.
type HealthReview struct {
	ID       int64
	OrderID  int64
	SKU      string
	Rating   int
	PostedAt int64
}

// HealthChat is one buyer-started TikTok chat.
type HealthChat struct {
	ID              int64
	OrderID         int64
	OrderExternalID string
	OpenedAt        int64
	FirstResponseAt int64
	AssigneeID      int64
	Assignee        string
}

// HealthFacts is everything read for one span.
type HealthFacts struct {
	Orders  []HealthOrder
	Returns []HealthReturn
	Reviews []HealthReview
	Chats   []HealthChat
}

// shippedLookback is how long before the shipped window an order can have
// been paid and still be read from the paid-time index; orders paid even
// earlier are found through the shipped and ready-to-ship indexes.
const shippedLookback = 14 * 24 * 3600

// healthOrderColumns are the columns the covering indexes carry.
// healthOrderColumns are read from the covering indexes as integers only
// (status and fulfilment as flags): texts are read later for the few
// orders that need them (OrderTexts).
const healthOrderColumns = `id, status = 'cancelled', COALESCE(paid_at, 0), COALESCE(rts_at, 0),
	COALESCE(shipped_at, 0), COALESCE(delivered_at, 0), COALESCE(cancelled_at, 0),
	fulfillment_type LIKE '%tiktok%' OR trim(fulfillment_type) LIKE 'fbt'`

// LoadHealthFacts reads the orders, returns, reviews and chats of span.
// Orders come without ExternalID; CancelReason is filled in for cancelled
// ones only (see OrderTexts).
func (s *Store) LoadHealthFacts(ctx context.Context, span HealthSpan) (*HealthFacts, error) {
	f := &HealthFacts{}
	// The first two reads cannot overlap; the third (rare) one is checked
	// against what they found.
	var seen map[int64]bool
	add := func(q string, args ...any) error {
		rows, err := s.read.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var o HealthOrder
			var cancelled bool
			if err := rows.Scan(&o.ID, &cancelled, &o.PaidAt, &o.RTSAt, &o.ShippedAt, &o.DeliveredAt, &o.CancelledAt,
				&o.ByTikTok); err != nil {
				rows.Close()
				return err
			}
			if cancelled {
				o.Status = "cancelled"
			}
			if seen == nil || !seen[o.ID] {
				f.Orders = append(f.Orders, o)
			}
		}
		return closeRows(rows)
	}
	paidFrom := min(span.PaidFrom, span.ShippedFrom-shippedLookback)
	err := add(`SELECT `+healthOrderColumns+` FROM orders INDEXED BY orders_health_delivered
		WHERE delivered_at >= ? AND delivered_at < ?`, span.DeliveredFrom, span.DeliveredTo)
	if err == nil {
		err = add(`SELECT `+healthOrderColumns+` FROM orders INDEXED BY orders_health_paid
			WHERE paid_at >= ? AND paid_at < ?
				AND (paid_at >= ? OR (shipped_at >= ? AND shipped_at < ?) OR (rts_at >= ? AND rts_at < ?))
				AND (delivered_at IS NULL OR delivered_at < ? OR delivered_at >= ?)`,
			paidFrom, span.PaidTo, span.PaidFrom, span.ShippedFrom, span.ShippedTo, span.ShippedFrom, span.ShippedTo,
			span.DeliveredFrom, span.DeliveredTo)
	}
	if err == nil {
		seen = make(map[int64]bool, len(f.Orders))
		for _, o := range f.Orders {
			seen[o.ID] = true
		}
		// Shipped in the window but paid long before (or never recorded as paid).
		err = add(`SELECT `+healthOrderColumns+` FROM orders WHERE id IN (
			SELECT id FROM orders WHERE shipped_at >= ? AND shipped_at < ? AND (paid_at IS NULL OR paid_at < ?)
			UNION SELECT id FROM orders WHERE rts_at >= ? AND rts_at < ? AND (paid_at IS NULL OR paid_at < ?))`,
			span.ShippedFrom, span.ShippedTo, paidFrom, span.ShippedFrom, span.ShippedTo, paidFrom)
	}
	if err != nil {
		return nil, fmt.Errorf("read orders for shop health: %w", err)
	}
	if err := s.fillCancelReasons(ctx, f.Orders); err != nil {
		return nil, err
	}
	if err := s.loadHealthReturns(ctx, span, f); err != nil {
		return nil, err
	}
	if err := s.loadHealthReviews(ctx, span, f); err != nil {
		return nil, err
	}
	if err := s.loadHealthChats(ctx, span, f); err != nil {
		return nil, err
	}
	return f, nil
}

// fillCancelReasons reads the cancel reason and order ID of the cancelled
// orders: the few whose reason decides whether the cancellation counts.
func (s *Store) fillCancelReasons(ctx context.Context, orders []HealthOrder) error {
	var ids []int64
	index := map[int64]int{}
	for i, o := range orders {
		if o.CancelledAt != 0 || o.Status == "cancelled" {
			ids = append(ids, o.ID)
			index[o.ID] = i
		}
	}
	texts, err := s.OrderTexts(ctx, ids)
	if err != nil {
		return err
	}
	for id, t := range texts {
		o := &orders[index[id]]
		o.ExternalID, o.CancelBy, o.CancelReason = t.ExternalID, t.CancelBy, t.CancelReason
	}
	return nil
}

// OrderText is an order's platform ID, who cancelled it and why, and its carrier.
type OrderText struct {
	ExternalID   string
	CancelBy     string
	CancelReason string
	Carrier      string
}

// OrderTexts reads the texts of orders by ID.
func (s *Store) OrderTexts(ctx context.Context, ids []int64) (map[int64]OrderText, error) {
	out := make(map[int64]OrderText, len(ids))
	const chunk = 500
	for start := 0; start < len(ids); start += chunk {
		part := ids[start:min(start+chunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := s.read.QueryContext(ctx, "SELECT id, external_id, cancel_by, cancel_reason, carrier FROM orders WHERE id IN ("+
			placeholders(len(part))+")", args...)
		if err != nil {
			return nil, fmt.Errorf("read order IDs: %w", err)
		}
		for rows.Next() {
			var id int64
			var t OrderText
			if err := rows.Scan(&id, &t.ExternalID, &t.CancelBy, &t.CancelReason, &t.Carrier); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read order IDs: %w", err)
			}
			out[id] = t
		}
		if err := closeRows(rows); err != nil {
			return nil, fmt.Errorf("read order IDs: %w", err)
		}
	}
	return out, nil
}

func (s *Store) loadHealthReturns(ctx context.Context, span HealthSpan, f *HealthFacts) error {
	rows, err := s.read.QueryContext(ctx, `SELECT r.id, r.order_id, r.product_key, r.reason, COALESCE(r.requested_at, 0),
		COALESCE(r.refunded_at, 0) FROM orders o JOIN returns r ON r.order_id = o.id
		WHERE o.delivered_at >= ? AND o.delivered_at < ?`, span.DeliveredFrom, span.DeliveredTo)
	if err != nil {
		return fmt.Errorf("read returns for shop health: %w", err)
	}
	for rows.Next() {
		var r HealthReturn
		if err := rows.Scan(&r.ID, &r.OrderID, &r.ProductKey, &r.Reason, &r.RequestedAt, &r.RefundedAt); err != nil {
			rows.Close()
			return fmt.Errorf("read returns for shop health: %w", err)
		}
		f.Returns = append(f.Returns, r)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("read returns for shop health: %w", err)
	}
	return nil
}

func (s *Store) loadHealthReviews(ctx context.Context, span HealthSpan, f *HealthFacts) error {
	rows, err := s.read.QueryContext(ctx, `SELECT v.id, v.order_id, v.sku, v.rating, v.posted_at
		FROM orders o JOIN reviews v ON v.order_id = o.id
		WHERE o.delivered_at >= ? AND o.delivered_at < ?`, span.DeliveredFrom, span.DeliveredTo)
	if err != nil {
		return fmt.Errorf("read reviews for shop health: %w", err)
	}
	for rows.Next() {
		var v HealthReview
		if err := rows.Scan(&v.ID, &v.OrderID, &v.SKU, &v.Rating, &v.PostedAt); err != nil {
			rows.Close()
			return fmt.Errorf("read reviews for shop health: %w", err)
		}
		f.Reviews = append(f.Reviews, v)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("read reviews for shop health: %w", err)
	}
	return nil
}

func (s *Store) loadHealthChats(ctx context.Context, span HealthSpan, f *HealthFacts) error {
	rows, err := s.read.QueryContext(ctx, `SELECT t.id, COALESCE(t.order_id, 0), COALESCE(o.external_id, ''), t.opened_at,
		COALESCE(t.first_response_at, 0), COALESCE(t.assignee_id, 0), COALESCE(m.name, '')
		FROM tickets t LEFT JOIN orders o ON o.id = t.order_id LEFT JOIN team_members m ON m.id = t.assignee_id
		WHERE t.channel = 'tiktok_chat' AND t.opened_at >= ? AND t.opened_at < ?`, span.ChatsFrom, span.ChatsTo)
	if err != nil {
		return fmt.Errorf("read chats for shop health: %w", err)
	}
	for rows.Next() {
		var c HealthChat
		if err := rows.Scan(&c.ID, &c.OrderID, &c.OrderExternalID, &c.OpenedAt, &c.FirstResponseAt, &c.AssigneeID,
			&c.Assignee); err != nil {
			rows.Close()
			return fmt.Errorf("read chats for shop health: %w", err)
		}
		f.Chats = append(f.Chats, c)
	}
	if err := closeRows(rows); err != nil {
		return fmt.Errorf("read chats for shop health: %w", err)
	}
	return nil
}

// closeRows closes rows and returns the iteration error, if any.
func closeRows(rows interface {
	Err() error
	Close() error
}) error {
	if err := rows.Err(); err != nil {
		_ = rows.Close() // already failing: the iteration error matters more
		return err
	}
	return rows.Close()
}
