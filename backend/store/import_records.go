package store

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
)

// What an import did to one row, as import_changes records it.
const (
	ChangeCreated = "created"
	ChangeUpdated = "updated"
	ChangeSeen    = "seen" // in the file, already stored as it was
)

// Entities of import_changes besides orders, returns, customers and
// products: rows that imports of the other kinds write.
const (
	EntityTicket  = "ticket"
	EntityReview  = "review"
	EntityComment = "comment"
)

// recordTables maps those entities to their tables.
var recordTables = map[string]string{EntityTicket: "tickets", EntityReview: "reviews", EntityComment: "public_comments"}

// RecordImportChange notes what an import did to one row so that undoing
// the import can reverse it: created rows are deleted, updated rows get
// before (a TakeSnapshot document) back. batchID 0 records nothing.
func RecordImportChange(ctx context.Context, tx *sql.Tx, batchID int64, entity string, id int64, action, before string) error {
	if batchID == 0 {
		return nil
	}
	var b any
	if before != "" {
		b = before
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO import_changes (batch_id, entity, entity_id, action, before_json)
		VALUES (?, ?, ?, ?, ?)`, batchID, entity, id, action, b)
	if err != nil {
		return fmt.Errorf("record import change: %w", err)
	}
	return nil
}

// updateRecorded runs update on one row and tells whether it changed
// anything but its bookkeeping columns. An update that changed nothing is
// rolled back to the row as it was (so its updated_at stays) and reported
// as seen; a real change is recorded with the row's earlier state.
func updateRecorded(ctx context.Context, tx *sql.Tx, batchID int64, table, entity string, id int64, update func() error) (string, error) {
	before, err := TakeSnapshot(ctx, tx, table, id)
	if err != nil {
		return "", err
	}
	if err := update(); err != nil {
		return "", err
	}
	after, err := TakeSnapshot(ctx, tx, table, id)
	if err != nil {
		return "", err
	}
	b, err := ParseSnapshot(before)
	if err != nil {
		return "", err
	}
	a, err := ParseSnapshot(after)
	if err != nil {
		return "", err
	}
	if sameExceptBookkeeping(b.Row, a.Row) {
		if err := RestoreRow(ctx, tx, table, b.Row); err != nil {
			return "", fmt.Errorf("keep %s %d as it was: %w", table, id, err)
		}
		return ChangeSeen, nil
	}
	return ChangeUpdated, RecordImportChange(ctx, tx, batchID, entity, id, ChangeUpdated, before)
}

// sameExceptBookkeeping compares two row snapshots, ignoring when the row
// was last touched.
func sameExceptBookkeeping(a, b map[string]any) bool {
	strip := func(m map[string]any) map[string]any {
		out := make(map[string]any, len(m))
		for k, v := range m {
			if k != "updated_at" {
				out[k] = v
			}
		}
		return out
	}
	return reflect.DeepEqual(strip(a), strip(b))
}

// UndoRecordChanges reverses what a batch did to tickets, reviews and
// comments inside the undo transaction: rows it created are deleted, rows
// it updated get their earlier state back (newest change first). It
// returns how many rows it deleted and restored.
func UndoRecordChanges(ctx context.Context, tx *sql.Tx, batchID int64) (deleted, restored int, err error) {
	for entity, table := range recordTables {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id IN (SELECT entity_id FROM import_changes
			WHERE batch_id = ? AND entity = ? AND action = 'created')`, batchID, entity)
		if err != nil {
			return deleted, restored, fmt.Errorf("undo created %s: %w", table, err)
		}
		n, _ := res.RowsAffected()
		deleted += int(n)
	}
	rows, err := tx.QueryContext(ctx, `SELECT entity, before_json FROM import_changes WHERE batch_id = ? AND action = 'updated'
		AND entity IN (?, ?, ?) ORDER BY id DESC`, batchID, EntityTicket, EntityReview, EntityComment)
	if err != nil {
		return deleted, restored, fmt.Errorf("read updated rows: %w", err)
	}
	type change struct{ entity, before string }
	var changes []change
	for rows.Next() {
		var c change
		var before sql.NullString
		if err := rows.Scan(&c.entity, &before); err != nil {
			rows.Close()
			return deleted, restored, err
		}
		c.before = before.String
		changes = append(changes, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return deleted, restored, err
	}
	for _, c := range changes {
		s, err := ParseSnapshot(c.before)
		if err != nil || s.Row == nil {
			return deleted, restored, fmt.Errorf("undo %s: damaged snapshot: %w", c.entity, err)
		}
		if err := RestoreRow(ctx, tx, recordTables[c.entity], s.Row); err != nil {
			return deleted, restored, fmt.Errorf("restore %s: %w", c.entity, err)
		}
		restored++
	}
	return deleted, restored, nil
}
