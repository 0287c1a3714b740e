package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// The Voice-of-Customer log counts what buyers already told the shop:
// tickets, counting returns and low reviews on an entry's SKUs. These reads
// return the rows with their times; backend/voc buckets them into shop-time
// weeks and maps return reasons, which SQL cannot do with a time zone.

// ticketOnSKUsSQL is true for a ticket that may be about one of the SKUs
// bound to the "?" list: its own SKU, or, when its SKU is empty, a line of
// its order. The second kind are candidates only: the caller keeps those
// whose words name one of the SKUs (namedSKUs).
func ticketOnSKUsSQL(n int) string {
	in := placeholders(n)
	return `(t.sku IN (` + in + `) OR (t.sku = '' AND t.order_id IS NOT NULL AND EXISTS (SELECT 1 FROM order_lines l
		WHERE l.order_id = t.order_id AND l.product_key IN (` + in + `))))`
}

func skuArgs(skus []string) []any {
	args := make([]any, 0, 2*len(skus))
	for _, k := range skus {
		args = append(args, k)
	}
	return args
}

// VocTicket is a ticket behind an entry or a suggestion.
type VocTicket struct {
	ID              int64  `json:"id"`
	OpenedAt        int64  `json:"openedAt"`
	Subcategory     string `json:"subcategory"`
	RootCause       string `json:"rootCause"`
	Status          string `json:"status"`
	BuyerText       string `json:"buyerText"`
	OrderExternalID string `json:"orderExternalId"`
	// SKU is the ticket's own SKU, else the product its words name among
	// its order's lines; "" when unknown.
	SKU string `json:"sku"`
}

// VocTicketsOnSKUs returns the tickets on skus opened in [from, to) whose
// subcategory or root cause is the given one (an empty key matches
// nothing), newest first.
func (s *Store) VocTicketsOnSKUs(ctx context.Context, skus []string, from, to int64, subcategory, rootCause string) ([]VocTicket, error) {
	var match []string
	var matchArgs []any
	if subcategory != "" {
		match, matchArgs = append(match, "t.subcategory = ?"), append(matchArgs, subcategory)
	}
	if rootCause != "" {
		match, matchArgs = append(match, "t.root_cause = ?"), append(matchArgs, rootCause)
	}
	out := []VocTicket{}
	if len(skus) == 0 || len(match) == 0 {
		return out, nil
	}
	args := append([]any{from, to}, append(skuArgs(skus), skuArgs(skus)...)...)
	args = append(args, matchArgs...)
	rows, err := s.read.QueryContext(ctx, `SELECT t.id, t.opened_at, t.subcategory, t.root_cause, t.status, t.buyer_text,
		COALESCE(o.external_id, ''), t.sku, COALESCE(t.order_id, 0)
		FROM tickets t LEFT JOIN orders o ON o.id = t.order_id
		WHERE t.opened_at >= ? AND t.opened_at < ? AND `+ticketOnSKUsSQL(len(skus))+`
		AND (`+strings.Join(match, " OR ")+`) ORDER BY t.opened_at DESC, t.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("tickets on SKUs: %w", err)
	}
	var all []VocTicket
	var orderIDs []int64
	var texts []string
	for rows.Next() {
		var t VocTicket
		var orderID int64
		if err := rows.Scan(&t.ID, &t.OpenedAt, &t.Subcategory, &t.RootCause, &t.Status, &t.BuyerText, &t.OrderExternalID, &t.SKU, &orderID); err != nil {
			rows.Close()
			return nil, err
		}
		all, orderIDs, texts = append(all, t), append(orderIDs, orderID), append(texts, t.BuyerText)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, err
	}
	named, err := s.namedSKUs(ctx, orderIDs, texts)
	if err != nil {
		return nil, err
	}
	for i, t := range all {
		if t.SKU == "" {
			t.SKU = named[i]
		}
		if inList(t.SKU, skus) {
			out = append(out, t)
		}
	}
	return out, nil
}

// CountTicketsOnSKUs counts every ticket on skus opened in [from, to),
// whatever its topic (the impact panel's "tickets per 100 orders").
func (s *Store) CountTicketsOnSKUs(ctx context.Context, skus []string, from, to int64) (int, error) {
	if len(skus) == 0 {
		return 0, nil
	}
	in := placeholders(len(skus))
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT COUNT(*) FROM tickets t WHERE t.opened_at >= ? AND t.opened_at < ? AND t.sku IN (`+in+`)`,
		append([]any{from, to}, skuArgs(skus)...)...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count tickets on SKUs: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT t.order_id, t.buyer_text FROM tickets t
		WHERE t.opened_at >= ? AND t.opened_at < ? AND t.sku = '' AND t.order_id IS NOT NULL
		AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = t.order_id AND l.product_key IN (`+in+`))`,
		append([]any{from, to}, skuArgs(skus)...)...)
	if err != nil {
		return 0, fmt.Errorf("count tickets on SKUs: %w", err)
	}
	var orderIDs []int64
	var texts []string
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			rows.Close()
			return 0, err
		}
		orderIDs, texts = append(orderIDs, id), append(texts, text)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return 0, err
	}
	named, err := s.namedSKUs(ctx, orderIDs, texts)
	if err != nil {
		return 0, err
	}
	for _, k := range named {
		if inList(k, skus) {
			n++
		}
	}
	return n, nil
}

// CountOrdersWithSKUs counts eligible (not cancelled) orders created in
// [from, to) with at least one line on skus — the same orders whose lines
// RefundCountsBySKU counts. It starts from the SKUs' lines (product_key
// index) rather than from the window's orders: over a million lines that is
// about 40 ms instead of 500 ms for a 4-week window.
func (s *Store) CountOrdersWithSKUs(ctx context.Context, skus []string, from, to int64) (int, error) {
	if len(skus) == 0 {
		return 0, nil
	}
	args := append(skuArgs(skus), from, to)
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT COUNT(DISTINCT l.order_id) FROM order_lines l JOIN orders o ON o.id = l.order_id
		WHERE l.product_key IN (`+placeholders(len(skus))+`) AND o.created_at >= ? AND o.created_at < ?
		AND o.status != 'cancelled'`, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count orders with SKUs: %w", err)
	}
	return n, nil
}

// VocReturn is a counting return (one neither rejected nor cancelled, so it
// counts as a refund) behind an entry.
type VocReturn struct {
	ID              int64  `json:"id"`
	ExternalID      string `json:"externalId"`
	OrderExternalID string `json:"orderExternalId"`
	SKU             string `json:"sku"`
	Reason          string `json:"reason"`
	BuyerNote       string `json:"buyerNote"`
	// At is when the buyer asked for it; else the refund time; else the
	// order's creation time, so a return missing times still has a week.
	At int64 `json:"at"`
}

// returnAtSQL is VocReturn.At.
const returnAtSQL = `COALESCE(r.requested_at, r.refunded_at, o.created_at)`

// VocCountingReturns returns counting returns whose time falls in
// [from, to), on skus (nil = every SKU), newest first. Reason matching is
// done by the caller (backend/voc maps free-text reasons).
func (s *Store) VocCountingReturns(ctx context.Context, skus []string, from, to int64) ([]VocReturn, error) {
	q := `SELECT r.id, r.external_id, r.order_external_id, r.product_key, r.reason, r.buyer_note, ` + returnAtSQL + `
		FROM returns r LEFT JOIN orders o ON o.id = r.order_id
		WHERE r.counts_as_refund = 1 AND ` + returnAtSQL + ` >= ? AND ` + returnAtSQL + ` < ?`
	args := []any{from, to}
	if skus != nil {
		if len(skus) == 0 {
			return []VocReturn{}, nil
		}
		q += ` AND r.product_key IN (` + placeholders(len(skus)) + `)`
		args = append(args, skuArgs(skus)...)
	}
	rows, err := s.read.QueryContext(ctx, q+` ORDER BY 7 DESC, r.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("returns for the log: %w", err)
	}
	defer rows.Close()
	out := []VocReturn{}
	for rows.Next() {
		var r VocReturn
		if err := rows.Scan(&r.ID, &r.ExternalID, &r.OrderExternalID, &r.SKU, &r.Reason, &r.BuyerNote, &r.At); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// VocReview is a low review behind an entry.
type VocReview struct {
	ID              int64  `json:"id"`
	SKU             string `json:"sku"`
	Rating          int    `json:"rating"`
	Body            string `json:"body"`
	PostedAt        int64  `json:"postedAt"`
	OrderExternalID string `json:"orderExternalId"`
}

// VocLowReviews returns reviews on skus (nil = every SKU) rated at most
// maxRating and posted in [from, to), newest first. A review without a SKU
// is on the product its words name among its order's lines; with skus nil
// it is returned with an empty SKU when they name none.
func (s *Store) VocLowReviews(ctx context.Context, skus []string, from, to int64, maxRating int) ([]VocReview, error) {
	out := []VocReview{}
	q := `SELECT r.id, r.sku, r.rating, r.body, r.posted_at, r.order_external_id, COALESCE(r.order_id, 0) FROM reviews r
		WHERE r.posted_at >= ? AND r.posted_at < ? AND r.rating <= ?`
	args := []any{from, to, maxRating}
	if skus != nil {
		if len(skus) == 0 {
			return out, nil
		}
		in := placeholders(len(skus))
		q += ` AND (r.sku IN (` + in + `) OR (r.sku = '' AND r.order_id IS NOT NULL AND EXISTS (SELECT 1 FROM order_lines l
			WHERE l.order_id = r.order_id AND l.product_key IN (` + in + `))))`
		args = append(args, append(skuArgs(skus), skuArgs(skus)...)...)
	}
	rows, err := s.read.QueryContext(ctx, q+` ORDER BY r.posted_at DESC, r.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("low reviews: %w", err)
	}
	var all []VocReview
	var orderIDs []int64
	var texts []string
	for rows.Next() {
		var r VocReview
		var orderID int64
		if err := rows.Scan(&r.ID, &r.SKU, &r.Rating, &r.Body, &r.PostedAt, &r.OrderExternalID, &orderID); err != nil {
			rows.Close()
			return nil, err
		}
		if r.SKU != "" {
			orderID = 0 // nothing to decide
		}
		all, orderIDs, texts = append(all, r), append(orderIDs, orderID), append(texts, r.Body)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, err
	}
	named, err := s.namedSKUs(ctx, orderIDs, texts)
	if err != nil {
		return nil, err
	}
	for i, r := range all {
		if r.SKU == "" {
			r.SKU = named[i]
		}
		if skus == nil || inList(r.SKU, skus) {
			out = append(out, r)
		}
	}
	return out, nil
}

// VocTicketsBySKU returns tickets opened in [from, to) that carry a
// subcategory or a root cause, one row each, with the SKU they are about:
// their own, else the one their words name among their order's lines, else
// "" (about the order, product unknown). Tickets with neither a SKU nor an
// order are left out: nothing ties them to a sale.
func (s *Store) VocTicketsBySKU(ctx context.Context, from, to int64) ([]VocTicket, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT t.id, t.opened_at, t.subcategory, t.root_cause, t.status, t.buyer_text,
		t.sku, COALESCE(t.order_id, 0)
		FROM tickets t
		WHERE t.opened_at >= ? AND t.opened_at < ? AND (t.subcategory != '' OR t.root_cause != '')
		AND (t.sku != '' OR t.order_id IS NOT NULL)
		ORDER BY t.opened_at DESC, t.id DESC`, from, to)
	if err != nil {
		return nil, fmt.Errorf("tickets by SKU: %w", err)
	}
	out := []VocTicket{}
	var orderIDs []int64
	var texts []string
	for rows.Next() {
		var t VocTicket
		var orderID int64
		if err := rows.Scan(&t.ID, &t.OpenedAt, &t.Subcategory, &t.RootCause, &t.Status, &t.BuyerText, &t.SKU, &orderID); err != nil {
			rows.Close()
			return nil, err
		}
		if t.SKU != "" {
			orderID = 0
		}
		out, orderIDs, texts = append(out, t), append(orderIDs, orderID), append(texts, t.BuyerText)
	}
	err = rows.Err()
	rows.Close()
	if err != nil {
		return nil, err
	}
	named, err := s.namedSKUs(ctx, orderIDs, texts)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].SKU == "" {
			out[i].SKU = named[i]
		}
	}
	return out, nil
}

// VocComment is a negative public comment that names a defect.
type VocComment struct {
	ID          int64  `json:"id"`
	Video       string `json:"video"`
	Body        string `json:"body"`
	Subcategory string `json:"subcategory"`
	SKU         string `json:"sku"`
	PostedAt    int64  `json:"postedAt"`
}

// VocNegativeComments returns negative comments posted in [from, to) that
// name a defect (a subcategory), newest first.
func (s *Store) VocNegativeComments(ctx context.Context, from, to int64) ([]VocComment, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, video, body, subcategory, sku, posted_at FROM public_comments
		WHERE posted_at >= ? AND posted_at < ? AND negative = 1 AND subcategory != ''
		ORDER BY posted_at DESC, id DESC`, from, to)
	if err != nil {
		return nil, fmt.Errorf("negative comments: %w", err)
	}
	defer rows.Close()
	out := []VocComment{}
	for rows.Next() {
		var c VocComment
		if err := rows.Scan(&c.ID, &c.Video, &c.Body, &c.Subcategory, &c.SKU, &c.PostedAt); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// NewestActivity is the latest time anything a buyer did was recorded
// (order created, ticket opened, return asked, review or comment posted);
// 0 when the database is empty. Each part reads the end of an index.
func (s *Store) NewestActivity(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	err := s.read.QueryRowContext(ctx, `SELECT MAX(x) FROM (
		SELECT MAX(created_at) AS x FROM orders
		UNION ALL SELECT MAX(opened_at) FROM tickets
		UNION ALL SELECT MAX(posted_at) FROM reviews
		UNION ALL SELECT MAX(posted_at) FROM public_comments
		UNION ALL SELECT MAX(requested_at) FROM returns)`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("newest activity: %w", err)
	}
	return n.Int64, nil
}

// NewestOrderCreated is the creation time of the newest order; 0 if none.
func (s *Store) NewestOrderCreated(ctx context.Context) (int64, error) {
	var n sql.NullInt64
	if err := s.read.QueryRowContext(ctx, `SELECT MAX(created_at) FROM orders`).Scan(&n); err != nil {
		return 0, fmt.Errorf("newest order: %w", err)
	}
	return n.Int64, nil
}

// ProductNames maps line keys to product names where the products table
// knows them.
func (s *Store) ProductNames(ctx context.Context, keys []string) (map[string]string, error) {
	out := map[string]string{}
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := s.read.QueryContext(ctx, `SELECT key, name FROM products WHERE name != '' AND key IN (`+placeholders(len(keys))+`)`,
		skuArgs(keys)...)
	if err != nil {
		return nil, fmt.Errorf("product names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, n string
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}
