package importer

import (
	"context"
	"errors"
	"fmt"
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
	err = im.st.RunInTx(ctx, func(tx *store.Tx) error {
		if err := refuseIfOverwritten(ctx, tx, batchID, batch.FileName); err != nil {
			return err
		}
		u := &undoer{ctx: ctx, tx: tx, batchID: batchID, res: res}
		if err := u.run(); err != nil {
			return err
		}
		deleted, restored, err := store.UndoRecordChanges(ctx, tx, batchID)
		if err != nil {
			return err
		}
		res.Deleted, res.Restored = res.Deleted+deleted, res.Restored+restored
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
// return (or ticket, review, comment) this batch also changed.
func refuseIfOverwritten(ctx context.Context, tx *store.Tx, batchID int64, fileName string) error {
	later, found, err := store.FindOverwritingImport(ctx, tx, batchID)
	if err != nil || !found {
		return err
	}
	return apperr.Newf(apperr.CodeConflict,
		"Cannot undo the import of %s: the later import of %s (%s) changed %d of the same rows. Undo that import first.",
		fileName, later.FileName, time.Unix(later.ImportedAt, 0).Format("2 Jan 2006 15:04"), later.Rows).
		With("file", fileName).With("hint", fmt.Sprintf("Undo the import of %s first.", later.FileName))
}

type undoer struct {
	ctx     context.Context
	tx      *store.Tx
	batchID int64
	res     *UndoResult
}

func (u *undoer) run() error {
	// Orders and returns this batch created that a later, still-live import
	// contained unchanged stay: that import now counts as their creator.
	if err := store.HandOverCreated(u.ctx, u.tx, u.batchID); err != nil {
		return fmt.Errorf("hand over created rows: %w", err)
	}
	// Created orders and returns go in two statements; lines follow by
	// cascade and returns of deleted orders lose their link by SET NULL.
	for _, q := range []struct {
		table  string
		delete func(context.Context, *store.Tx, int64) (int, error)
	}{{"orders", store.DeleteCreatedOrders}, {"returns", store.DeleteCreatedReturns}} {
		if err := u.deleted(q.delete); err != nil {
			return fmt.Errorf("undo created %s: %w", q.table, err)
		}
	}
	changes, err := store.UpdatedChanges(u.ctx, u.tx, u.batchID)
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
	if err := u.deleted(store.DeleteCreatedCustomers); err != nil {
		return fmt.Errorf("undo created customers: %w", err)
	}
	if err := u.deleted(store.DeleteCreatedProducts); err != nil {
		return fmt.Errorf("undo created products: %w", err)
	}
	return store.LinkReturns(u.ctx, u.tx)
}

// deleted runs one of the undo's deletions and counts the rows it deleted.
func (u *undoer) deleted(del func(context.Context, *store.Tx, int64) (int, error)) error {
	n, err := del(u.ctx, u.tx, u.batchID)
	u.res.Deleted += n
	return err
}

func (u *undoer) snapshot(c store.ChangeRef) (store.Snapshot, error) {
	body, err := store.ChangeSnapshot(u.ctx, u.tx, c.ID)
	if err != nil {
		return store.Snapshot{}, err
	}
	s, err := store.ParseSnapshot(body)
	if err == nil && s.Row == nil {
		err = errors.New("empty snapshot")
	}
	if err != nil {
		return s, fmt.Errorf("undo %s %d: %w", c.Entity, c.EntityID, err)
	}
	return s, nil
}

// restore puts an updated order (with its lines) or return back.
func (u *undoer) restore(c store.ChangeRef) error {
	s, err := u.snapshot(c)
	if err != nil {
		return err
	}
	table := map[string]string{"order": "orders", "return": "returns", "product": "products"}[c.Entity]
	if err := store.RestoreRow(u.ctx, u.tx, table, s.Row); err != nil {
		return fmt.Errorf("restore %s %d: %w", c.Entity, c.EntityID, err)
	}
	u.res.Restored++
	if c.Entity != "order" {
		return nil
	}
	if err := store.DeleteOrderLines(u.ctx, u.tx, c.EntityID); err != nil {
		return err
	}
	for _, line := range s.Lines {
		if err := store.InsertSnapshotRow(u.ctx, u.tx, "order_lines", line); err != nil {
			// The old line id was taken meanwhile: keep the content, new id.
			delete(line, "id")
			if err := store.InsertSnapshotRow(u.ctx, u.tx, "order_lines", line); err != nil {
				return fmt.Errorf("restore lines of order %d: %w", c.EntityID, err)
			}
		}
	}
	return nil
}
