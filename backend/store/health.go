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
type HealthOrder struct {
	ID              int64
	ExternalID      string
	Status          string
	PaidAt          int64
	RTSAt           int64
	ShippedAt       int64
	DeliveredAt     int64
	CancelledAt     int64
	CancelBy        string
	CancelReason    string
	FulfillmentType string
	Carrier         string
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

// LoadHealthFacts reads the orders, returns, reviews and chats of span.
func (s *Store) LoadHealthFacts(ctx context.Context, span HealthSpan) (*HealthFacts, error) {
	f := &HealthFacts{}
	// One OR of four index ranges: SQLite reads each range through its
	// index and unions the row IDs, so each order comes back once.
	rows, err := s.read.QueryContext(ctx, `SELECT id, external_id, status, COALESCE(paid_at, 0), COALESCE(rts_at, 0),
		COALESCE(shipped_at, 0), COALESCE(delivered_at, 0), COALESCE(cancelled_at, 0), cancel_by, cancel_reason,
		fulfillment_type, carrier FROM orders
		WHERE (delivered_at >= ? AND delivered_at < ?) OR (paid_at >= ? AND paid_at < ?)
			OR (shipped_at >= ? AND shipped_at < ?) OR (rts_at >= ? AND rts_at < ?)`,
		span.DeliveredFrom, span.DeliveredTo, span.PaidFrom, span.PaidTo, span.ShippedFrom, span.ShippedTo,
		span.ShippedFrom, span.ShippedTo)
	if err != nil {
		return nil, fmt.Errorf("read orders for shop health: %w", err)
	}
	for rows.Next() {
		var o HealthOrder
		if err := rows.Scan(&o.ID, &o.ExternalID, &o.Status, &o.PaidAt, &o.RTSAt, &o.ShippedAt, &o.DeliveredAt,
			&o.CancelledAt, &o.CancelBy, &o.CancelReason, &o.FulfillmentType, &o.Carrier); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read orders for shop health: %w", err)
		}
		f.Orders = append(f.Orders, o)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("read orders for shop health: %w", err)
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
		rows.Close()
		return err
	}
	return rows.Close()
}
