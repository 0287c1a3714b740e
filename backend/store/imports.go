package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

const batchColumns = `id, file_name, file_size, sha256, kind, platform, rows, orders, lines, returns,
	created, updated, unchanged, skipped, errors_json, imported_at, COALESCE(undone_at, 0), date_order, date_reason`

func scanBatch(row interface{ Scan(...any) error }) (domain.ImportBatch, error) {
	var b domain.ImportBatch
	var errorsJSON string
	err := row.Scan(&b.ID, &b.FileName, &b.FileSize, &b.SHA256, &b.Kind, &b.Platform, &b.Rows, &b.Orders, &b.Lines,
		&b.Returns, &b.Created, &b.Updated, &b.Unchanged, &b.Skipped, &errorsJSON, &b.ImportedAt, &b.UndoneAt,
		&b.DateOrder, &b.DateReason)
	if err != nil {
		return b, err
	}
	b.Errors = []domain.RowError{}
	if errorsJSON != "" {
		// A damaged errors list must not hide the batch itself.
		_ = json.Unmarshal([]byte(errorsJSON), &b.Errors)
	}
	return b, nil
}

// ListImportBatches returns every import, newest first, undone ones included.
func (s *Store) ListImportBatches(ctx context.Context) ([]domain.ImportBatch, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT "+batchColumns+" FROM import_batches ORDER BY id DESC")
	if err != nil {
		return nil, fmt.Errorf("list imports: %w", err)
	}
	defer rows.Close()
	out := []domain.ImportBatch{}
	for rows.Next() {
		b, err := scanBatch(rows)
		if err != nil {
			return nil, fmt.Errorf("read import: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// GetImportBatch returns one import; apperr.ErrNotFound when there is none.
func (s *Store) GetImportBatch(ctx context.Context, id int64) (domain.ImportBatch, error) {
	b, err := scanBatch(s.read.QueryRowContext(ctx, "SELECT "+batchColumns+" FROM import_batches WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return b, fmt.Errorf("import %d: %w", id, apperr.ErrNotFound)
	}
	return b, err
}

// FindLiveImportBySHA returns the newest import of a file with this SHA-256
// that has not been undone; apperr.ErrNotFound when there is none.
func (s *Store) FindLiveImportBySHA(ctx context.Context, sha string) (domain.ImportBatch, error) {
	b, err := scanBatch(s.read.QueryRowContext(ctx, "SELECT "+batchColumns+
		" FROM import_batches WHERE sha256 = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1", sha))
	if errors.Is(err, sql.ErrNoRows) {
		return b, fmt.Errorf("import of %s: %w", sha, apperr.ErrNotFound)
	}
	return b, err
}

// LiveImportOf tells whether a file with this SHA-256 is imported and not
// undone, read inside tx so that two imports of one file started together
// see each other.
func LiveImportOf(ctx context.Context, tx *sql.Tx, sha string) (bool, error) {
	var earlier int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM import_batches WHERE sha256 = ? AND undone_at IS NULL",
		sha).Scan(&earlier); err != nil {
		return false, fmt.Errorf("look for an earlier import of the file: %w", err)
	}
	return earlier > 0, nil
}

// InsertImportBatch adds the batch row inside an import's transaction and
// sets b.ID. Counts are filled in later by UpdateImportBatch.
func InsertImportBatch(ctx context.Context, tx *sql.Tx, b *domain.ImportBatch) error {
	if b.ImportedAt == 0 {
		b.ImportedAt = clock.Now().Unix()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO import_batches (file_name, file_size, sha256, kind, platform, imported_at)
		VALUES (?, ?, ?, ?, ?, ?)`, b.FileName, b.FileSize, b.SHA256, b.Kind, b.Platform, b.ImportedAt)
	if err != nil {
		return fmt.Errorf("record import: %w", err)
	}
	b.ID, err = res.LastInsertId()
	return err
}

// UpdateImportBatch stores an import's final counts and row errors.
func UpdateImportBatch(ctx context.Context, tx *sql.Tx, b domain.ImportBatch) error {
	errs := b.Errors
	if errs == nil {
		errs = []domain.RowError{}
	}
	errorsJSON, err := json.Marshal(errs)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE import_batches SET rows = ?, orders = ?, lines = ?, returns = ?, created = ?,
		updated = ?, unchanged = ?, skipped = ?, errors_json = ?, date_order = ?, date_reason = ? WHERE id = ?`,
		b.Rows, b.Orders, b.Lines, b.Returns, b.Created, b.Updated, b.Unchanged, b.Skipped, string(errorsJSON),
		b.DateOrder, b.DateReason, b.ID)
	if err != nil {
		return fmt.Errorf("record import counts: %w", err)
	}
	return nil
}

// MarkImportUndone stamps a batch as undone inside the undo transaction.
func MarkImportUndone(ctx context.Context, tx *sql.Tx, id int64, at int64) error {
	res, err := tx.ExecContext(ctx, "UPDATE import_batches SET undone_at = ? WHERE id = ? AND undone_at IS NULL", at, id)
	if err != nil {
		return fmt.Errorf("mark import undone: %w", err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("import %d: %w", id, apperr.ErrConflict)
	}
	return nil
}

// ColumnMapping is a remembered field -> header mapping for files whose
// headers have the same signature.
type ColumnMapping struct {
	Signature string            `json:"signature"`
	Kind      string            `json:"kind"`
	Platform  string            `json:"platform"`
	Mapping   map[string]string `json:"mapping"`
	UpdatedAt int64             `json:"updatedAt"`
}

// SaveColumnMapping remembers (or replaces) the mapping for a header signature.
func (s *Store) SaveColumnMapping(ctx context.Context, m ColumnMapping) error {
	body, err := json.Marshal(m.Mapping)
	if err != nil {
		return err
	}
	if m.UpdatedAt == 0 {
		m.UpdatedAt = clock.Now().Unix()
	}
	_, err = s.write.ExecContext(ctx, `INSERT INTO column_mappings (header_signature, kind, platform, mapping_json, updated_at)
		VALUES (?, ?, ?, ?, ?) ON CONFLICT(header_signature) DO UPDATE SET kind = excluded.kind,
		platform = excluded.platform, mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
		m.Signature, m.Kind, m.Platform, string(body), m.UpdatedAt)
	if err != nil {
		return fmt.Errorf("save column mapping: %w", err)
	}
	return nil
}

// FindColumnMapping returns the mapping saved for a header signature;
// apperr.ErrNotFound when there is none.
func (s *Store) FindColumnMapping(ctx context.Context, signature string) (ColumnMapping, error) {
	m := ColumnMapping{Signature: signature}
	var body string
	err := s.read.QueryRowContext(ctx, `SELECT kind, platform, mapping_json, updated_at FROM column_mappings
		WHERE header_signature = ?`, signature).Scan(&m.Kind, &m.Platform, &body, &m.UpdatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return m, fmt.Errorf("column mapping: %w", apperr.ErrNotFound)
	}
	if err != nil {
		return m, fmt.Errorf("read column mapping: %w", err)
	}
	if err := json.Unmarshal([]byte(body), &m.Mapping); err != nil {
		return m, fmt.Errorf("read column mapping: %w", err)
	}
	return m, nil
}
