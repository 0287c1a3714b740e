package importer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/store"
)

// Undo reverses one import in one transaction: rows it created are deleted,
// rows it updated get their earlier state back, and the batch is marked
// undone. It refuses when a later import that is still in place changed the
// same orders or returns, because undoing would silently drop that newer
// data; the message names the import to undo first.
func (im *Importer) Undo(ctx context.Context, batchID int64) (*UndoResult, error) {
	batch, err := im.st.GetImportBatch(ctx, batchID)
	if errors.Is(err, apperr.ErrNotFound) {
		return nil, apperr.Wrap(apperr.CodeNotFound, err, "That import no longer exists.")
	}
	if err != nil {
		return nil, err
	}
	if batch.UndoneAt != 0 {
		return nil, apperr.Newf(apperr.CodeConflict, "The import of %s was already undone on %s.", batch.FileName,
			time.Unix(batch.UndoneAt, 0).Format("2 Jan 2006 15:04")).With("file", batch.FileName)
	}
	res := &UndoResult{BatchID: batchID}
	err = im.st.RunInTx(ctx, func(tx *sql.Tx) error {
		if err := refuseIfOverwritten(ctx, tx, batchID, batch.FileName); err != nil {
			return err
		}
		u := &undoer{ctx: ctx, tx: tx, batchID: batchID, res: res}
		if err := u.run(); err != nil {
			return err
		}
		return store.MarkImportUndone(ctx, tx, batchID, clock.Now().Unix())
	})
	if err != nil {
		var appErr *apperr.Error
		if errors.As(err, &appErr) {
			return nil, appErr
		}
		if ctx.Err() != nil {
			return nil, apperr.Wrap(apperr.CodeCancelled, err, "Undo cancelled. Nothing was changed.")
		}
		return nil, apperr.Wrap(apperr.CodeInternal, err, "Undoing the import failed and nothing was changed. Please try again.")
	}
	return res, nil
}

// refuseIfOverwritten finds the newest live import that changed an order or
// return this batch also changed.
func refuseIfOverwritten(ctx context.Context, tx *sql.Tx, batchID int64, fileName string) error {
	var laterID, importedAt int64
	var laterFile string
	var rows int
	err := tx.QueryRowContext(ctx, `SELECT b.id, b.file_name, b.imported_at, count(*) FROM import_changes mine
		JOIN import_changes later ON later.entity = mine.entity AND later.entity_id = mine.entity_id
			AND later.batch_id > mine.batch_id AND later.action <> 'seen'
		JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
		WHERE mine.batch_id = ? AND mine.entity IN ('order', 'return') AND mine.action <> 'seen'
		GROUP BY b.id ORDER BY b.id DESC LIMIT 1`, batchID).Scan(&laterID, &laterFile, &importedAt, &rows)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	return apperr.Newf(apperr.CodeConflict,
		"Cannot undo the import of %s: the later import of %s (%s) changed %d of the same orders or returns. Undo that import first.",
		fileName, laterFile, time.Unix(importedAt, 0).Format("2 Jan 2006 15:04"), rows).
		With("file", fileName).With("hint", fmt.Sprintf("Undo the import of %s first.", laterFile))
}

type undoer struct {
	ctx     context.Context
	tx      *sql.Tx
	batchID int64
	res     *UndoResult
}

type changeRef struct {
	id       int64
	entity   string
	entityID int64
	action   string
}

func (u *undoer) run() error {
	// Orders and returns this batch created that a later, still-live import
	// contained unchanged stay: that import now counts as their creator.
	if err := u.exec(`UPDATE import_changes SET action = 'created' WHERE id IN (
		SELECT min(later.id) FROM import_changes mine
		JOIN import_changes later ON later.entity = mine.entity AND later.entity_id = mine.entity_id
			AND later.batch_id > mine.batch_id AND later.action = 'seen'
		JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
		WHERE mine.batch_id = ? AND mine.action = 'created' GROUP BY mine.entity, mine.entity_id)`, u.batchID); err != nil {
		return fmt.Errorf("hand over created rows: %w", err)
	}
	// Created orders and returns go in two statements; lines follow by
	// cascade and returns of deleted orders lose their link by SET NULL.
	for _, q := range []struct{ table, entity string }{{"orders", "order"}, {"returns", "return"}} {
		if err := u.exec(`DELETE FROM `+q.table+` WHERE id IN (SELECT entity_id FROM import_changes
			WHERE batch_id = ? AND entity = ? AND action = 'created')
			AND NOT EXISTS (SELECT 1 FROM import_changes later JOIN import_batches b ON b.id = later.batch_id
				AND b.undone_at IS NULL WHERE later.entity = ? AND later.entity_id = `+q.table+`.id
				AND later.batch_id > ? AND later.action = 'created')`, u.batchID, q.entity, q.entity, u.batchID); err != nil {
			return fmt.Errorf("undo created %s: %w", q.table, err)
		}
	}
	changes, err := u.updates()
	if err != nil {
		return err
	}
	for _, c := range changes {
		if err := u.restore(c); err != nil {
			return err
		}
	}
	// Buyers and products the batch created go too, unless newer data still
	// uses them or a later import that is still in place changed them. So do
	// those an earlier undo had to keep because this batch's orders used them.
	laterChange := `NOT EXISTS (SELECT 1 FROM import_changes ch JOIN import_batches b ON b.id = ch.batch_id
		AND b.undone_at IS NULL WHERE ch.entity = ? AND ch.entity_id = %[1]s.id AND ch.batch_id > ?)`
	created := `id IN (SELECT ch.entity_id FROM import_changes ch JOIN import_batches b ON b.id = ch.batch_id
		WHERE ch.entity = ? AND ch.action = 'created' AND (ch.batch_id = ? OR b.undone_at IS NOT NULL))`
	if err := u.exec(`DELETE FROM customers WHERE `+created+`
		AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = customers.id)
		AND `+fmt.Sprintf(laterChange, "customers"), "customer", u.batchID, "customer", u.batchID); err != nil {
		return fmt.Errorf("undo created customers: %w", err)
	}
	if err := u.exec(`DELETE FROM products WHERE `+created+`
		AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.product_key = products.key)
		AND NOT EXISTS (SELECT 1 FROM returns r WHERE r.product_key = products.key)
		AND `+fmt.Sprintf(laterChange, "products"), "product", u.batchID, "product", u.batchID); err != nil {
		return fmt.Errorf("undo created products: %w", err)
	}
	return u.exec(`UPDATE returns SET order_id = (SELECT o.id FROM orders o
		WHERE o.platform = returns.platform AND o.external_id = returns.order_external_id)
		WHERE order_id IS NULL AND EXISTS (SELECT 1 FROM orders o
		WHERE o.platform = returns.platform AND o.external_id = returns.order_external_id)`)
}

// exec runs a statement and counts the rows it deleted.
func (u *undoer) exec(query string, args ...any) error {
	res, err := u.tx.ExecContext(u.ctx, query, args...)
	if err != nil {
		return err
	}
	if strings.HasPrefix(query, "DELETE") {
		n, _ := res.RowsAffected()
		u.res.Deleted += int(n)
	}
	return nil
}

// updates lists the rows the batch updated, newest change first, without
// their (possibly large) snapshots. A product a later import that is still
// in place changed again keeps that newer state.
func (u *undoer) updates() ([]changeRef, error) {
	rows, err := u.tx.QueryContext(u.ctx, `SELECT mine.id, mine.entity, mine.entity_id, mine.action FROM import_changes mine
		WHERE mine.batch_id = ? AND mine.action = 'updated' AND NOT (mine.entity = 'product' AND EXISTS (
			SELECT 1 FROM import_changes ch JOIN import_batches b ON b.id = ch.batch_id AND b.undone_at IS NULL
			WHERE ch.entity = 'product' AND ch.entity_id = mine.entity_id AND ch.batch_id > mine.batch_id))
		ORDER BY mine.id DESC`, u.batchID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []changeRef
	for rows.Next() {
		var c changeRef
		if err := rows.Scan(&c.id, &c.entity, &c.entityID, &c.action); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (u *undoer) snapshot(c changeRef) (snapshot, error) {
	var body sql.NullString
	if err := u.tx.QueryRowContext(u.ctx, "SELECT before_json FROM import_changes WHERE id = ?", c.id).Scan(&body); err != nil {
		return snapshot{}, err
	}
	s, err := parseSnapshot(body.String)
	if err == nil && s.Row == nil {
		err = errors.New("empty snapshot")
	}
	if err != nil {
		return s, fmt.Errorf("undo %s %d: %w", c.entity, c.entityID, err)
	}
	return s, nil
}

// restore puts an updated order (with its lines) or return back.
func (u *undoer) restore(c changeRef) error {
	s, err := u.snapshot(c)
	if err != nil {
		return err
	}
	table := map[string]string{"order": "orders", "return": "returns", "product": "products"}[c.entity]
	if err := restoreRow(u.ctx, u.tx, table, s.Row); err != nil {
		return fmt.Errorf("restore %s %d: %w", c.entity, c.entityID, err)
	}
	u.res.Restored++
	if c.entity != "order" {
		return nil
	}
	if _, err := u.tx.ExecContext(u.ctx, "DELETE FROM order_lines WHERE order_id = ?", c.entityID); err != nil {
		return err
	}
	for _, line := range s.Lines {
		if err := insertRow(u.ctx, u.tx, "order_lines", line); err != nil {
			// The old line id was taken meanwhile: keep the content, new id.
			delete(line, "id")
			if err := insertRow(u.ctx, u.tx, "order_lines", line); err != nil {
				return fmt.Errorf("restore lines of order %d: %w", c.entityID, err)
			}
		}
	}
	return nil
}
