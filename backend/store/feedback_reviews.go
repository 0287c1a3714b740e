package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

const reviewColumns = `id, order_external_id, COALESCE(order_id, 0), sku, rating, body, word_count, posted_at`

func scanReview(r rowScanner) (domain.Review, error) {
	var v domain.Review
	err := r.Scan(&v.ID, &v.OrderExternalID, &v.OrderID, &v.SKU, &v.Rating, &v.Body, &v.WordCount, &v.PostedAt)
	return v, err
}

// FeedbackImportRow is one review or comment read from a file, with the key
// that makes re-importing the same row a no-op.
type FeedbackImportRow[T any] struct {
	Row       int // 1-based row in the file, for errors
	ImportKey string
	Value     T
}

// FeedbackImportResult counts what a reviews or comments import wrote.
type FeedbackImportResult struct {
	Created   int
	Updated   int // same key, changed values (a review edited on the platform)
	Unchanged int
	// LinkedEarlier counts reviews from earlier imports linked now that
	// their order has been imported.
	LinkedEarlier int
	// UnknownOrders are order IDs not in the database yet, once each: the
	// reviews are kept and linked by a later reviews import.
	UnknownOrders []string
}

// ImportReviews writes reviews in one transaction: a new import key is
// added, a known one is updated in place when its rating, text or SKU
// changed. Reviews are linked to their order by order ID; an empty SKU is
// taken from the order when the order has a single line key. Reviews kept
// from earlier imports whose order has arrived since are linked too.
func (s *Store) ImportReviews(ctx context.Context, rows []FeedbackImportRow[domain.Review]) (FeedbackImportResult, error) {
	var res FeedbackImportResult
	now := clock.Now().Unix()
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		res = FeedbackImportResult{}
		orders := map[string]orderRef{}
		for _, r := range rows {
			v := r.Value
			v.WordCount = domain.CountWords(v.Body)
			if v.OrderExternalID != "" {
				ref, ok := orders[v.OrderExternalID]
				if !ok {
					var err error
					if ref, err = findOrderRef(ctx, tx, v.OrderExternalID); err != nil {
						return err
					}
					orders[v.OrderExternalID] = ref
				}
				v.OrderID = ref.id
				if ref.id == 0 && !ok {
					res.UnknownOrders = append(res.UnknownOrders, v.OrderExternalID)
				}
				if v.SKU == "" {
					v.SKU = ref.onlySKU
				}
			}
			var id int64
			var old domain.Review
			err := tx.QueryRowContext(ctx, `SELECT id, rating, body, sku, COALESCE(order_id, 0) FROM reviews WHERE import_key = ?`, r.ImportKey).
				Scan(&id, &old.Rating, &old.Body, &old.SKU, &old.OrderID)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				_, err = tx.ExecContext(ctx, `INSERT INTO reviews(order_external_id, order_id, sku, rating, body, word_count, posted_at, import_key, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, v.OrderExternalID, nullable(v.OrderID), v.SKU, v.Rating, v.Body, v.WordCount, v.PostedAt, r.ImportKey, now)
				res.Created++
			case err != nil:
			case old.Rating != v.Rating || old.Body != v.Body || old.SKU != v.SKU || old.OrderID != v.OrderID:
				_, err = tx.ExecContext(ctx, `UPDATE reviews SET rating = ?, body = ?, word_count = ?, sku = ?, order_id = ? WHERE id = ?`,
					v.Rating, v.Body, v.WordCount, v.SKU, nullable(v.OrderID), id)
				res.Updated++
			default:
				res.Unchanged++
			}
			if err != nil {
				return fmt.Errorf("save review from row %d: %w", r.Row, err)
			}
		}
		linked, err := linkReviews(ctx, tx)
		res.LinkedEarlier = linked
		return err
	})
	return res, err
}

// orderRef is what a review needs of its order.
type orderRef struct {
	id      int64
	onlySKU string // the order's line key when it has exactly one
}

// findOrderRef looks an order up by its platform ID. The IN list lets SQLite
// use the (platform, external_id) unique index instead of scanning orders.
func findOrderRef(ctx context.Context, tx *sql.Tx, externalID string) (orderRef, error) {
	var ref orderRef
	err := tx.QueryRowContext(ctx, `SELECT id FROM orders WHERE platform IN (?, ?, ?) AND external_id = ? ORDER BY id LIMIT 1`,
		domain.PlatformTikTok, domain.PlatformShopify, domain.PlatformOther, externalID).Scan(&ref.id)
	if errors.Is(err, sql.ErrNoRows) {
		return ref, nil
	}
	if err != nil {
		return ref, fmt.Errorf("find order %s: %w", externalID, err)
	}
	var keys int
	var key string
	err = tx.QueryRowContext(ctx, `SELECT COUNT(DISTINCT product_key), COALESCE(MIN(product_key), '') FROM order_lines WHERE order_id = ?`, ref.id).
		Scan(&keys, &key)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return ref, fmt.Errorf("read order %s lines: %w", externalID, err)
	}
	if keys == 1 {
		ref.onlySKU = key
	}
	return ref, nil
}

// linkReviews links reviews imported before their order.
func linkReviews(ctx context.Context, tx *sql.Tx) (int, error) {
	res, err := tx.ExecContext(ctx, `UPDATE reviews SET order_id = (SELECT o.id FROM orders o
			WHERE o.platform IN (?, ?, ?) AND o.external_id = reviews.order_external_id ORDER BY o.id LIMIT 1)
		WHERE order_id IS NULL AND order_external_id != '' AND EXISTS (SELECT 1 FROM orders o
			WHERE o.platform IN (?, ?, ?) AND o.external_id = reviews.order_external_id)`,
		domain.PlatformTikTok, domain.PlatformShopify, domain.PlatformOther,
		domain.PlatformTikTok, domain.PlatformShopify, domain.PlatformOther)
	if err != nil {
		return 0, fmt.Errorf("link reviews to orders: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// AllProductNames maps every line key to its product name, for labels.
func (s *Store) AllProductNames(ctx context.Context) (map[string]string, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT key, name FROM products`)
	if err != nil {
		return nil, fmt.Errorf("read product names: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k, n string
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}
