package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// LaterImport is the newest live import that changed rows an older import
// also changed.
type LaterImport struct {
	ID         int64
	FileName   string
	ImportedAt int64
	Rows       int // rows both imports changed
}

// FindOverwritingImport finds the newest live import that changed an order
// or return (or ticket, review, comment) batchID also changed; found is false
// when there is none.
func FindOverwritingImport(ctx context.Context, tx *sql.Tx, batchID int64) (later LaterImport, found bool, err error) {
	err = tx.QueryRowContext(ctx, `SELECT b.id, b.file_name, b.imported_at, count(*) FROM import_changes mine
		JOIN import_changes later ON later.entity = mine.entity AND later.entity_id = mine.entity_id
			AND later.batch_id > mine.batch_id AND later.action <> 'seen'
		JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
		WHERE mine.batch_id = ? AND mine.entity IN ('order', 'return', 'ticket', 'review', 'comment') AND mine.action <> 'seen'
		GROUP BY b.id ORDER BY b.id DESC LIMIT 1`, batchID).Scan(&later.ID, &later.FileName, &later.ImportedAt, &later.Rows)
	if errors.Is(err, sql.ErrNoRows) {
		return later, false, nil
	}
	if err != nil {
		return later, false, fmt.Errorf("find later imports of batch %d: %w", batchID, err)
	}
	return later, true, nil
}

// HandOverCreated keeps the orders and returns batchID created that a
// later, still-live import contained unchanged: that import now counts as
// their creator.
func HandOverCreated(ctx context.Context, tx *sql.Tx, batchID int64) error {
	_, err := tx.ExecContext(ctx, `UPDATE import_changes SET action = 'created' WHERE id IN (
		SELECT min(later.id) FROM import_changes mine
		JOIN import_changes later ON later.entity = mine.entity AND later.entity_id = mine.entity_id
			AND later.batch_id > mine.batch_id AND later.action = 'seen'
		JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
		WHERE mine.batch_id = ? AND mine.action = 'created' GROUP BY mine.entity, mine.entity_id)`, batchID)
	return err
}

// DeleteCreatedOrders deletes the orders batchID created that no later live
// import now counts as created; their lines follow by cascade and returns of
// deleted orders lose their link by SET NULL.
func DeleteCreatedOrders(ctx context.Context, tx *sql.Tx, batchID int64) (int, error) {
	return deleteCreated(ctx, tx, batchID, "orders", "order")
}

// DeleteCreatedReturns deletes the returns batchID created that no later
// live import now counts as created.
func DeleteCreatedReturns(ctx context.Context, tx *sql.Tx, batchID int64) (int, error) {
	return deleteCreated(ctx, tx, batchID, "returns", "return")
}

func deleteCreated(ctx context.Context, tx *sql.Tx, batchID int64, table, entity string) (int, error) {
	return execDeleted(ctx, tx, `DELETE FROM `+table+` WHERE id IN (SELECT entity_id FROM import_changes
		WHERE batch_id = ? AND entity = ? AND action = 'created')
		AND NOT EXISTS (SELECT 1 FROM import_changes later JOIN import_batches b ON b.id = later.batch_id
			AND b.undone_at IS NULL WHERE later.entity = ? AND later.entity_id = `+table+`.id
			AND later.batch_id > ? AND later.action = 'created')`, batchID, entity, entity, batchID)
}

// Buyers and products an import created go when it is undone, unless newer
// data still uses them or a later import that is still in place changed
// them. So do those an earlier undo had to keep because this batch's orders
// used them.
const (
	laterChange = `NOT EXISTS (SELECT 1 FROM import_changes ch JOIN import_batches b ON b.id = ch.batch_id
		AND b.undone_at IS NULL WHERE ch.entity = ? AND ch.entity_id = %[1]s.id AND ch.batch_id > ?)`
	createdByUndone = `id IN (SELECT ch.entity_id FROM import_changes ch JOIN import_batches b ON b.id = ch.batch_id
		WHERE ch.entity = ? AND ch.action = 'created' AND (ch.batch_id = ? OR b.undone_at IS NOT NULL))`
)

// DeleteCreatedCustomers deletes the buyers batchID (or an undone import)
// created that no order uses and no later live import changed.
func DeleteCreatedCustomers(ctx context.Context, tx *sql.Tx, batchID int64) (int, error) {
	return execDeleted(ctx, tx, `DELETE FROM customers WHERE `+createdByUndone+`
		AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = customers.id)
		AND `+fmt.Sprintf(laterChange, "customers"), "customer", batchID, "customer", batchID)
}

// DeleteCreatedProducts deletes the products batchID (or an undone import)
// created that no order line or return names and no later live import
// changed.
func DeleteCreatedProducts(ctx context.Context, tx *sql.Tx, batchID int64) (int, error) {
	return execDeleted(ctx, tx, `DELETE FROM products WHERE `+createdByUndone+`
		AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.product_key = products.key)
		AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.product_key = products.key)
		AND `+fmt.Sprintf(laterChange, "products"), "product", batchID, "product", batchID)
}

// execDeleted runs a DELETE and counts the rows it deleted.
func execDeleted(ctx context.Context, tx *sql.Tx, query string, args ...any) (int, error) {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// ChangeRef is one row of import_changes without its (possibly large)
// snapshot.
type ChangeRef struct {
	ID       int64
	Entity   string
	EntityID int64
	Action   string
}

// UpdatedChanges lists the orders, returns and products batchID updated,
// newest change first, without their snapshots. A product a later import
// that is still in place changed again keeps that newer state, so it is left
// out.
func UpdatedChanges(ctx context.Context, tx *sql.Tx, batchID int64) ([]ChangeRef, error) {
	rows, err := tx.QueryContext(ctx, `SELECT mine.id, mine.entity, mine.entity_id, mine.action FROM import_changes mine
		WHERE mine.batch_id = ? AND mine.action = 'updated' AND mine.entity IN ('order', 'return', 'product')
		AND NOT (mine.entity = 'product' AND EXISTS (
			SELECT 1 FROM import_changes ch JOIN import_batches b ON b.id = ch.batch_id AND b.undone_at IS NULL
			WHERE ch.entity = 'product' AND ch.entity_id = mine.entity_id AND ch.batch_id > mine.batch_id))
		ORDER BY mine.id DESC`, batchID)
	if err != nil {
		return nil, fmt.Errorf("list updates of batch %d: %w", batchID, err)
	}
	defer rows.Close()
	var out []ChangeRef
	for rows.Next() {
		var c ChangeRef
		if err := rows.Scan(&c.ID, &c.Entity, &c.EntityID, &c.Action); err != nil {
			return nil, fmt.Errorf("list updates of batch %d: %w", batchID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ChangeSnapshot reads the before_json of one import change; "" when it has
// none.
func ChangeSnapshot(ctx context.Context, tx *sql.Tx, changeID int64) (string, error) {
	var body sql.NullString
	if err := tx.QueryRowContext(ctx, "SELECT before_json FROM import_changes WHERE id = ?", changeID).Scan(&body); err != nil {
		return "", fmt.Errorf("read snapshot of change %d: %w", changeID, err)
	}
	return body.String, nil
}

// DeleteOrderLines removes all of an order's lines, before its restored
// lines are written back.
func DeleteOrderLines(ctx context.Context, tx *sql.Tx, orderID int64) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM order_lines WHERE order_id = ?", orderID); err != nil {
		return fmt.Errorf("delete lines of order %d: %w", orderID, err)
	}
	return nil
}
