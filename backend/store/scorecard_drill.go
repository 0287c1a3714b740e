package store

import (
	"context"
	"fmt"
	"strings"

	"afterloop/backend/domain"
)

// The records behind a scorecard number: the seller clicks a refund rate and
// sees its order lines, a response time and sees its tickets.

// DrillPage bounds a drill-down list.
type DrillPage struct {
	Offset int `json:"offset"`
	Limit  int `json:"limit"` // 0 = 200; at most 1,000
}

func (p DrillPage) limits() (int, int) {
	limit := p.Limit
	if limit <= 0 {
		limit = 200
	}
	return min(limit, 1000), max(p.Offset, 0)
}

// DrillLine is one eligible order line of the week, refunded or not.
type DrillLine struct {
	OrderID         int64  `json:"orderId"`
	OrderExternalID string `json:"orderExternalId"`
	CreatedAt       int64  `json:"createdAt"`
	Status          string `json:"status"`
	SKU             string `json:"sku"`
	ProductName     string `json:"productName"`
	Quantity        int64  `json:"quantity"`
	SubtotalAfter   int64  `json:"subtotalAfter"` // minor units
	Currency        string `json:"currency"`
	Refunded        bool   `json:"refunded"`
	ReturnQuantity  int64  `json:"returnQuantity"` // from the order export
	ReturnStatus    string `json:"returnStatus"`   // the counting return's status, if any
	ReturnReason    string `json:"returnReason"`
}

// DrillLines lists the eligible lines of orders created in win, refunded
// first, then newest; sku "" means every SKU.
func (s *Store) DrillLines(ctx context.Context, win Window, sku string, refundedOnly bool, page DrillPage) (total int, rows []DrillLine, err error) {
	limit, offset := page.limits()
	where := `o.created_at >= ? AND o.created_at < ? AND ` + eligibleOrderSQL
	args := []any{win.From, win.To}
	if sku != "" {
		where += ` AND l.product_key = ?`
		args = append(args, sku)
	}
	if refundedOnly {
		where += ` AND ` + refundedLineSQL
	}
	from := ` FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE ` + where
	if err := s.read.QueryRowContext(ctx, `SELECT COUNT(*)`+from, args...).Scan(&total); err != nil {
		return 0, nil, fmt.Errorf("count drill lines: %w", err)
	}
	q := `SELECT o.id, o.external_id, o.created_at, o.status, l.product_key, l.product_name, l.quantity, l.subtotal_after,
		o.currency, ` + refundedLineSQL + `, l.return_quantity,
		COALESCE((SELECT r.status_raw FROM returns r WHERE r.order_id = l.order_id AND r.product_key = l.product_key
			ORDER BY r.counts_as_refund DESC, r.id LIMIT 1), ''),
		COALESCE((SELECT r.reason FROM returns r WHERE r.order_id = l.order_id AND r.product_key = l.product_key
			ORDER BY r.counts_as_refund DESC, r.id LIMIT 1), '')` + from + `
		ORDER BY 10 DESC, o.created_at DESC, o.id DESC, l.line_no LIMIT ? OFFSET ?`
	r, err := s.read.QueryContext(ctx, q, append(args, limit, offset)...)
	if err != nil {
		return 0, nil, fmt.Errorf("drill lines: %w", err)
	}
	defer func() { _ = r.Close() }() // read only, or already written and checked: closing loses nothing
	rows = []DrillLine{}
	for r.Next() {
		var d DrillLine
		if err := r.Scan(&d.OrderID, &d.OrderExternalID, &d.CreatedAt, &d.Status, &d.SKU, &d.ProductName, &d.Quantity,
			&d.SubtotalAfter, &d.Currency, &d.Refunded, &d.ReturnQuantity, &d.ReturnStatus, &d.ReturnReason); err != nil {
			return 0, nil, err
		}
		rows = append(rows, d)
	}
	return total, rows, r.Err()
}

// DrillTicket is one ticket behind a support number.
type DrillTicket struct {
	domain.Ticket
}

// TicketDrill filters the week's tickets.
type TicketDrill struct {
	Subcategory string // "" = any
	SKU         string // "" = any
	Unanswered  bool   // only tickets without a first reply
	SlowerThan  int64  // seconds; >0 = unanswered or first reply later than this
}

// DrillTickets lists tickets opened in win, slowest first (unanswered, then
// the longest wait).
func (s *Store) DrillTickets(ctx context.Context, win Window, f TicketDrill, page DrillPage) (total int, rows []DrillTicket, err error) {
	limit, offset := page.limits()
	conds := []string{"t.opened_at >= ?", "t.opened_at < ?"}
	args := []any{win.From, win.To}
	if f.Subcategory != "" {
		conds, args = append(conds, "t.subcategory = ?"), append(args, f.Subcategory)
	}
	if f.SKU != "" {
		conds, args = append(conds, "t.sku = ?"), append(args, f.SKU)
	}
	if f.Unanswered {
		conds = append(conds, "t.first_response_at IS NULL")
	}
	if f.SlowerThan > 0 {
		conds, args = append(conds, "(t.first_response_at IS NULL OR t.first_response_at - t.opened_at > ?)"), append(args, f.SlowerThan)
	}
	where := strings.Join(conds, " AND ")
	if err := s.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM tickets t WHERE "+where, args...).Scan(&total); err != nil {
		return 0, nil, fmt.Errorf("count drill tickets: %w", err)
	}
	q := "SELECT " + ticketColumns + ` FROM tickets t
		WHERE ` + where + ` ORDER BY t.first_response_at IS NOT NULL, t.first_response_at - t.opened_at DESC, t.opened_at, t.id LIMIT ? OFFSET ?`
	r, err := s.read.QueryContext(ctx, q, append(args, limit, offset)...)
	if err != nil {
		return 0, nil, fmt.Errorf("drill tickets: %w", err)
	}
	defer func() { _ = r.Close() }() // read only, or already written and checked: closing loses nothing
	rows = []DrillTicket{}
	for r.Next() {
		t, err := scanTicket(r)
		if err != nil {
			return 0, nil, err
		}
		rows = append(rows, DrillTicket{Ticket: t})
	}
	return total, rows, r.Err()
}

// ReviewDrill filters the week's reviews.
type ReviewDrill struct {
	SKU       string // "" = any
	MaxRating int    // 0 = any; 2 = only 1 and 2 stars
	Short     bool   // only reviews under 11 words
}

// DrillReviews lists reviews posted in win, lowest rating first.
func (s *Store) DrillReviews(ctx context.Context, win Window, f ReviewDrill, page DrillPage) (total int, rows []domain.Review, err error) {
	limit, offset := page.limits()
	conds := []string{"posted_at >= ?", "posted_at < ?"}
	args := []any{win.From, win.To}
	if f.SKU != "" {
		conds, args = append(conds, "sku = ?"), append(args, f.SKU)
	}
	if f.MaxRating > 0 {
		conds, args = append(conds, "rating <= ?"), append(args, f.MaxRating)
	}
	if f.Short {
		conds = append(conds, "word_count < 11")
	}
	where := strings.Join(conds, " AND ")
	if err := s.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM reviews WHERE "+where, args...).Scan(&total); err != nil {
		return 0, nil, fmt.Errorf("count drill reviews: %w", err)
	}
	r, err := s.read.QueryContext(ctx, `SELECT `+reviewColumns+` FROM reviews WHERE `+where+`
		ORDER BY rating, posted_at DESC, id LIMIT ? OFFSET ?`, append(args, limit, offset)...)
	if err != nil {
		return 0, nil, fmt.Errorf("drill reviews: %w", err)
	}
	defer func() { _ = r.Close() }() // read only, or already written and checked: closing loses nothing
	rows = []domain.Review{}
	for r.Next() {
		v, err := scanReview(r)
		if err != nil {
			return 0, nil, err
		}
		rows = append(rows, v)
	}
	return total, rows, r.Err()
}

// DrillComments lists comments posted in win, negative first, newest first.
func (s *Store) DrillComments(ctx context.Context, win Window, negativeOnly bool, page DrillPage) (total int, rows []domain.PublicComment, err error) {
	limit, offset := page.limits()
	where := "posted_at >= ? AND posted_at < ?"
	if negativeOnly {
		where += " AND negative != 0"
	}
	if err := s.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM public_comments WHERE "+where, win.From, win.To).Scan(&total); err != nil {
		return 0, nil, fmt.Errorf("count drill comments: %w", err)
	}
	r, err := s.read.QueryContext(ctx, `SELECT `+commentColumns+` FROM public_comments WHERE `+where+`
		ORDER BY negative DESC, posted_at DESC, id LIMIT ? OFFSET ?`, win.From, win.To, limit, offset)
	if err != nil {
		return 0, nil, fmt.Errorf("drill comments: %w", err)
	}
	defer func() { _ = r.Close() }() // read only, or already written and checked: closing loses nothing
	rows = []domain.PublicComment{}
	for r.Next() {
		c, err := scanComment(r)
		if err != nil {
			return 0, nil, err
		}
		rows = append(rows, c)
	}
	return total, rows, r.Err()
}

// DrillBuyer is one buyer of a week's repeat cohort: their first eligible
// order and their next one, if any.
type DrillBuyer struct {
	CustomerID           int64  `json:"customerId"`
	Buyer                string `json:"buyer"`
	FirstOrderID         int64  `json:"firstOrderId"`
	FirstOrderExternalID string `json:"firstOrderExternalId"`
	FirstAt              int64  `json:"firstAt"`
	NextAt               int64  `json:"nextAt"` // 0 = no other eligible order yet
}

// DrillCohort lists the buyers whose first eligible order was created in
// win (the repeat cohort), those who came back first, soonest first.
func (s *Store) DrillCohort(ctx context.Context, win Window, page DrillPage) (total int, rows []DrillBuyer, err error) {
	limit, offset := page.limits()
	cohort := `WITH firsts AS (SELECT o.customer_id AS c, MIN(o.created_at) AS f FROM orders o
			WHERE o.created_at >= ? AND o.created_at < ? AND ` + eligibleOrderSQL + ` AND o.customer_id IS NOT NULL GROUP BY o.customer_id),
		cohort AS (SELECT c, f FROM firsts WHERE NOT EXISTS (SELECT 1 FROM orders o
			WHERE o.customer_id = firsts.c AND ` + eligibleOrderSQL + ` AND o.created_at < firsts.f))`
	if err := s.read.QueryRowContext(ctx, cohort+` SELECT COUNT(*) FROM cohort`, win.From, win.To).Scan(&total); err != nil {
		return 0, nil, fmt.Errorf("count cohort: %w", err)
	}
	r, err := s.read.QueryContext(ctx, cohort+`,
		detail AS (SELECT c, f,
			(SELECT o.id FROM orders o WHERE o.customer_id = cohort.c AND `+eligibleOrderSQL+` AND o.created_at = cohort.f ORDER BY o.id LIMIT 1) AS first_id,
			(SELECT o.created_at FROM orders o WHERE o.customer_id = cohort.c AND `+eligibleOrderSQL+`
				AND o.created_at IS NOT NULL ORDER BY o.created_at LIMIT 1 OFFSET 1) AS next_at FROM cohort)
		SELECT d.c, COALESCE(o.buyer_username, ''), d.first_id, COALESCE(o.external_id, ''), d.f, COALESCE(d.next_at, 0)
		FROM detail d LEFT JOIN orders o ON o.id = d.first_id
		ORDER BY d.next_at IS NULL, d.next_at - d.f, d.f, d.c LIMIT ? OFFSET ?`, win.From, win.To, limit, offset)
	if err != nil {
		return 0, nil, fmt.Errorf("drill cohort: %w", err)
	}
	defer func() { _ = r.Close() }() // read only, or already written and checked: closing loses nothing
	rows = []DrillBuyer{}
	for r.Next() {
		var b DrillBuyer
		if err := r.Scan(&b.CustomerID, &b.Buyer, &b.FirstOrderID, &b.FirstOrderExternalID, &b.FirstAt, &b.NextAt); err != nil {
			return 0, nil, err
		}
		rows = append(rows, b)
	}
	return total, rows, r.Err()
}
