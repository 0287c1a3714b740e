package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

// ImportPublicComments writes imported comments in one transaction: a new
// import key is added; a known one is updated when its negative mark, SKU or
// subcategory changed (the key covers video, author, text and time).
func (s *Store) ImportPublicComments(ctx context.Context, rows []FeedbackImportRow[domain.PublicComment]) (FeedbackImportResult, error) {
	var res FeedbackImportResult
	now := clock.Now().Unix()
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		res = FeedbackImportResult{}
		for _, r := range rows {
			c := r.Value
			var id int64
			var old domain.PublicComment
			err := tx.QueryRowContext(ctx, `SELECT id, negative, sku, subcategory FROM public_comments WHERE import_key = ?`, r.ImportKey).
				Scan(&id, &old.Negative, &old.SKU, &old.Subcategory)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				_, err = tx.ExecContext(ctx, `INSERT INTO public_comments(video, author, body, posted_at, negative, subcategory, sku, import_key, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.Video, c.Author, c.Body, c.PostedAt, boolInt(c.Negative), c.Subcategory, c.SKU, r.ImportKey, now, now)
				res.Created++
			case err != nil:
			case old.Negative != c.Negative || (c.SKU != "" && old.SKU != c.SKU) || (c.Subcategory != "" && old.Subcategory != c.Subcategory):
				// A file without SKU or subcategory keeps what the seller set
				// on the comment since.
				_, err = tx.ExecContext(ctx, `UPDATE public_comments SET negative = ?, sku = CASE WHEN ? != '' THEN ? ELSE sku END,
					subcategory = CASE WHEN ? != '' THEN ? ELSE subcategory END, updated_at = ? WHERE id = ?`,
					boolInt(c.Negative), c.SKU, c.SKU, c.Subcategory, c.Subcategory, now, id)
				res.Updated++
			default:
				res.Unchanged++
			}
			if err != nil {
				return fmt.Errorf("save comment from row %d: %w", r.Row, err)
			}
		}
		return nil
	})
	return res, err
}

// ValueCount is how often one value (a video, a subcategory, a return
// reason) occurs in a week, for "what to fix".
type ValueCount struct {
	Value string
	Count int
}

// TopNegativeComments returns the videos and subcategories with the most
// negative comments posted in win, most first (at most 3 of each).
func (s *Store) TopNegativeComments(ctx context.Context, win Window) (videos, subcategories []ValueCount, err error) {
	read := func(column string) ([]ValueCount, error) {
		rows, err := s.read.QueryContext(ctx, `SELECT `+column+`, COUNT(*) FROM public_comments
			WHERE posted_at >= ? AND posted_at < ? AND negative != 0 AND `+column+` != ''
			GROUP BY `+column+` ORDER BY 2 DESC, 1 LIMIT 3`, win.From, win.To)
		if err != nil {
			return nil, fmt.Errorf("group comments: %w", err)
		}
		defer rows.Close()
		out := []ValueCount{}
		for rows.Next() {
			var g ValueCount
			if err := rows.Scan(&g.Value, &g.Count); err != nil {
				return nil, err
			}
			out = append(out, g)
		}
		return out, rows.Err()
	}
	if videos, err = read("video"); err != nil {
		return nil, nil, err
	}
	subcategories, err = read("subcategory")
	return videos, subcategories, err
}

// ReturnReasons counts the reasons of counting returns on the eligible
// lines of sku whose orders were created in win, most common first (at
// most 3).
func (s *Store) ReturnReasons(ctx context.Context, win Window, sku string) ([]ValueCount, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT r.reason, COUNT(*) FROM orders o JOIN returns r ON r.order_id = o.id
		WHERE o.created_at >= ? AND o.created_at < ? AND `+eligibleOrderSQL+` AND r.product_key = ?
			AND r.counts_as_refund = 1 AND r.reason != ''
		GROUP BY r.reason ORDER BY 2 DESC, 1 LIMIT 3`, win.From, win.To, sku)
	if err != nil {
		return nil, fmt.Errorf("return reasons: %w", err)
	}
	defer rows.Close()
	out := []ValueCount{}
	for rows.Next() {
		var g ValueCount
		if err := rows.Scan(&g.Value, &g.Count); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}
