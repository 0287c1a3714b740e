package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// The weekly scorecard's reads. Each takes the weeks as
// windows and reads only those ranges through the time indexes; the
// scorecard package turns the counts into rates.

// EligibleOrdersByWindow counts eligible orders created in each window.
func (s *Store) EligibleOrdersByWindow(ctx context.Context, windows []Window) ([]int, error) {
	out := make([]int, len(windows))
	if len(windows) == 0 {
		return out, nil
	}
	rows, err := s.read.QueryContext(ctx, `WITH `+windowsCTE(windows)+`
		SELECT w.idx, COUNT(*) FROM w JOIN orders o ON o.created_at >= w.s AND o.created_at < w.e
		WHERE `+eligibleOrderSQL+` GROUP BY w.idx`)
	if err != nil {
		return nil, fmt.Errorf("count orders: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var idx, n int
		if err := rows.Scan(&idx, &n); err != nil {
			return nil, err
		}
		out[idx] = n
	}
	return out, rows.Err()
}

// RepeatCohort is one window's repeat-purchase count: buyers whose first
// eligible order ever was created in the window, and how many of them placed
// another eligible order at most Horizons[i] seconds after that first order.
type RepeatCohort struct {
	Buyers    int
	Repeaters []int // parallel to the horizons asked for
}

// RepeatByWindow computes the repeat cohorts. Orders without a buyer
// (customer_id NULL) belong to no cohort. When a buyer has two orders at the
// same first second, the other one counts as the repeat (gap 0).
func (s *Store) RepeatByWindow(ctx context.Context, windows []Window, horizons []int64) ([]RepeatCohort, error) {
	out := make([]RepeatCohort, len(windows))
	for i := range out {
		out[i].Repeaters = make([]int, len(horizons))
	}
	if len(windows) == 0 {
		return out, nil
	}
	// buyers: everyone with an eligible order in the span, each with their
	// first eligible order ever and how many they have, read in customer
	// order from the (customer_id, created_at) partial index (the IN list
	// is sorted, so no sort is needed). gaps: the cohort members (first
	// order inside a window) and the time to their second order, looked up
	// only for buyers with two or more orders; OFFSET 1 also catches a twin
	// at the same second. Orders without a time are left out (they would
	// sort first). MATERIALIZED makes SQLite run that lookup once per buyer
	// instead of once per use of gap below.
	from, to := windows[0].From, windows[0].To
	var cases strings.Builder
	for i, w := range windows {
		from, to = min(from, w.From), max(to, w.To)
		fmt.Fprintf(&cases, " WHEN f >= %d AND f < %d THEN %d", w.From, w.To, i)
	}
	var sums []string
	var args []any
	for _, h := range horizons {
		sums = append(sums, "SUM(gap <= ?)")
		args = append(args, h)
	}
	if len(sums) == 0 {
		sums = append(sums, "0")
	}
	q := `WITH buyers AS (SELECT o.customer_id AS c, MIN(o.created_at) AS f, COUNT(*) AS n FROM orders o
			WHERE o.customer_id IN (SELECT o.customer_id FROM orders o WHERE o.created_at >= ` + strconv.FormatInt(from, 10) +
		` AND o.created_at < ` + strconv.FormatInt(to, 10) + ` AND ` + eligibleOrderSQL + `)
			AND ` + eligibleOrderSQL + ` AND o.created_at IS NOT NULL GROUP BY o.customer_id),
		gaps AS MATERIALIZED (SELECT CASE` + cases.String() + ` END AS idx,
			CASE WHEN n > 1 THEN (SELECT o.created_at FROM orders o WHERE o.customer_id = buyers.c AND ` + eligibleOrderSQL + `
				AND o.created_at IS NOT NULL ORDER BY o.created_at LIMIT 1 OFFSET 1) - f END AS gap
			FROM buyers WHERE f >= ` + strconv.FormatInt(from, 10) + ` AND f < ` + strconv.FormatInt(to, 10) + `)
		SELECT idx, COUNT(*), ` + strings.Join(sums, ", ") + ` FROM gaps WHERE idx IS NOT NULL GROUP BY idx`
	rows, err := s.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("repeat cohorts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var idx, buyers int
		counts := make([]sql.NullInt64, max(len(horizons), 1))
		dest := []any{&idx, &buyers}
		for i := range counts {
			dest = append(dest, &counts[i])
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("repeat cohorts: %w", err)
		}
		out[idx].Buyers = buyers
		for h := range horizons {
			out[idx].Repeaters[h] = int(counts[h].Int64)
		}
	}
	return out, rows.Err()
}

// NewestOrderAt is the creation time of the newest order of any status (0
// when there are none): how far the data reaches, for repeat maturity.
func (s *Store) NewestOrderAt(ctx context.Context) (int64, error) {
	var at sql.NullInt64
	if err := s.read.QueryRowContext(ctx, "SELECT MAX(created_at) FROM orders").Scan(&at); err != nil {
		return 0, fmt.Errorf("newest order: %w", err)
	}
	return at.Int64, nil
}

// TicketFact is what the scorecard reads of one ticket.
type TicketFact struct {
	ID              int64
	OpenedAt        int64
	FirstResponseAt int64 // 0 = unanswered
	Category        string
	Subcategory     string
	SKU             string
	RootCause       string
}

// TicketFactsOpened returns the tickets opened in [from, to), oldest first.
func (s *Store) TicketFactsOpened(ctx context.Context, from, to int64) ([]TicketFact, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, opened_at, COALESCE(first_response_at, 0), category, subcategory, sku, root_cause
		FROM tickets WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id`, from, to)
	if err != nil {
		return nil, fmt.Errorf("read tickets: %w", err)
	}
	defer rows.Close()
	out := []TicketFact{}
	for rows.Next() {
		var t TicketFact
		if err := rows.Scan(&t.ID, &t.OpenedAt, &t.FirstResponseAt, &t.Category, &t.Subcategory, &t.SKU, &t.RootCause); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// ReviewFact is what the scorecard reads of one review.
type ReviewFact struct {
	PostedAt  int64
	Rating    int
	WordCount int
	SKU       string
}

// ReviewFactsPosted returns the reviews posted in [from, to), oldest first.
func (s *Store) ReviewFactsPosted(ctx context.Context, from, to int64) ([]ReviewFact, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT posted_at, rating, word_count, sku FROM reviews
		WHERE posted_at >= ? AND posted_at < ? ORDER BY posted_at`, from, to)
	if err != nil {
		return nil, fmt.Errorf("read reviews: %w", err)
	}
	defer rows.Close()
	out := []ReviewFact{}
	for rows.Next() {
		var r ReviewFact
		if err := rows.Scan(&r.PostedAt, &r.Rating, &r.WordCount, &r.SKU); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CommentCounts is one window's public comments: all logged, and negative.
type CommentCounts struct {
	All      int
	Negative int
}

// CommentCountsByWindow counts public comments posted in each window.
func (s *Store) CommentCountsByWindow(ctx context.Context, windows []Window) ([]CommentCounts, error) {
	out := make([]CommentCounts, len(windows))
	if len(windows) == 0 {
		return out, nil
	}
	rows, err := s.read.QueryContext(ctx, `WITH `+windowsCTE(windows)+`
		SELECT w.idx, COUNT(*), SUM(c.negative != 0) FROM w JOIN public_comments c ON c.posted_at >= w.s AND c.posted_at < w.e
		GROUP BY w.idx`)
	if err != nil {
		return nil, fmt.Errorf("count comments: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var idx int
		var c CommentCounts
		if err := rows.Scan(&idx, &c.All, &c.Negative); err != nil {
			return nil, err
		}
		out[idx] = c
	}
	return out, rows.Err()
}

// DataSources says which kinds of data the shop has imported or logged at
// all, so an empty scorecard can say what to import.
type DataSources struct {
	Orders   bool `json:"orders"`
	Returns  bool `json:"returns"`
	Tickets  bool `json:"tickets"`
	Reviews  bool `json:"reviews"`
	Comments bool `json:"comments"`
}

// ScorecardSources checks each table for at least one row.
func (s *Store) ScorecardSources(ctx context.Context) (DataSources, error) {
	var d DataSources
	err := s.read.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM orders), EXISTS (SELECT 1 FROM returns),
		EXISTS (SELECT 1 FROM tickets), EXISTS (SELECT 1 FROM reviews), EXISTS (SELECT 1 FROM public_comments)`).
		Scan(&d.Orders, &d.Returns, &d.Tickets, &d.Reviews, &d.Comments)
	if err != nil {
		return d, fmt.Errorf("check data: %w", err)
	}
	return d, nil
}

// OrderTimeSpan is the creation time of the oldest and the newest eligible
// (not cancelled) order; 0, 0 when there are none. A week holding only
// cancelled orders has no orders on the scorecard.
func (s *Store) OrderTimeSpan(ctx context.Context) (oldest, newest int64, err error) {
	var a, b sql.NullInt64
	if err := s.read.QueryRowContext(ctx, `SELECT (SELECT MIN(created_at) FROM orders WHERE status != 'cancelled'),
		(SELECT MAX(created_at) FROM orders WHERE status != 'cancelled')`).Scan(&a, &b); err != nil {
		return 0, 0, fmt.Errorf("order time span: %w", err)
	}
	return a.Int64, b.Int64, nil
}

// AnyOrderIn reports whether an eligible order was created in [from, to).
func (s *Store) AnyOrderIn(ctx context.Context, from, to int64) (bool, error) {
	var n int
	err := s.read.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM orders WHERE created_at >= ? AND created_at < ? AND status != 'cancelled')", from, to).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("orders in a week: %w", err)
	}
	return n == 1, nil
}
