package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

// vocColumns are read by scanVocEntry, in this order.
const vocColumns = `v.id, v.title, v.category, v.subcategory, v.root_cause, v.root_cause_detail, v.fix, v.fix_kind,
	COALESCE(v.fix_card_id, 0), v.fix_reference, v.owner, COALESCE(v.owner_teammate_id, 0), v.fix_shipped_on,
	v.status, v.notes, v.created_at, v.updated_at, COALESCE(v.deleted_at, 0)`

func scanVocEntry(r rowScanner) (domain.VocEntry, error) {
	var e domain.VocEntry
	err := r.Scan(&e.ID, &e.Title, &e.Category, &e.Subcategory, &e.RootCause, &e.RootCauseDetail, &e.Fix, &e.FixKind,
		&e.FixCardID, &e.FixReference, &e.Owner, &e.OwnerTeammateID, &e.FixShippedOn, &e.Status, &e.Notes,
		&e.CreatedAt, &e.UpdatedAt, &e.DeletedAt)
	if e.Owner == domain.OwnerTeammate && e.OwnerTeammateID == 0 {
		// The teammate was removed (ON DELETE SET NULL): the fix has no
		// owner now, and the entry stays editable without picking one.
		e.Owner = ""
	}
	return e, err
}

// VocPatch is a partial update: nil fields stay as they are.
type VocPatch struct {
	Title           *string   `json:"title"`
	Category        *string   `json:"category"`
	Subcategory     *string   `json:"subcategory"`
	RootCause       *string   `json:"rootCause"`
	RootCauseDetail *string   `json:"rootCauseDetail"`
	SKUs            *[]string `json:"skus"`
	Fix             *string   `json:"fix"`
	FixKind         *string   `json:"fixKind"`
	FixCardID       *int64    `json:"fixCardId"`
	FixReference    *string   `json:"fixReference"`
	Owner           *string   `json:"owner"`
	OwnerTeammateID *int64    `json:"ownerTeammateId"`
	FixShippedOn    *string   `json:"fixShippedOn"`
	Status          *string   `json:"status"`
	Notes           *string   `json:"notes"`
}

func (p VocPatch) apply(e domain.VocEntry) domain.VocEntry {
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	set(&e.Title, p.Title)
	set(&e.Category, p.Category)
	set(&e.Subcategory, p.Subcategory)
	set(&e.RootCause, p.RootCause)
	set(&e.RootCauseDetail, p.RootCauseDetail)
	set(&e.Fix, p.Fix)
	set(&e.FixKind, p.FixKind)
	set(&e.FixReference, p.FixReference)
	set(&e.Owner, p.Owner)
	set(&e.FixShippedOn, p.FixShippedOn)
	set(&e.Status, p.Status)
	set(&e.Notes, p.Notes)
	if p.Subcategory != nil && p.Category == nil {
		// A new subcategory brings its own category; the old one may not fit.
		e.Category = ""
	}
	if p.SKUs != nil {
		e.SKUs = append([]string(nil), (*p.SKUs)...)
	}
	if p.FixCardID != nil {
		e.FixCardID = *p.FixCardID
	}
	if p.OwnerTeammateID != nil {
		e.OwnerTeammateID = *p.OwnerTeammateID
	}
	// Setting the shipped date on an entry still being worked on means the
	// fix is out; an explicit status in the same patch wins.
	if p.FixShippedOn != nil && *p.FixShippedOn != "" && p.Status == nil && (e.Status == domain.VocOpen || e.Status == domain.VocFixing) {
		e.Status = domain.VocShipped
	}
	return e
}

func vocSearchText(e domain.VocEntry) string {
	return strings.ToLower(strings.Join([]string{e.Title, strings.Join(e.SKUs, " "), e.Fix, e.FixReference,
		e.RootCauseDetail, e.Notes}, "\n"))
}

// CreateVocEntry validates and adds an entry.
func (s *Store) CreateVocEntry(ctx context.Context, e domain.VocEntry) (domain.VocEntry, error) {
	e = e.Normalize()
	if p := e.Validate(); len(p) > 0 {
		return e, invalidFields(p)
	}
	now := clock.Now().Unix()
	e.CreatedAt, e.UpdatedAt, e.DeletedAt = now, now, 0
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO voc_entries(title, category, subcategory, root_cause, root_cause_detail,
			fix, fix_kind, fix_card_id, fix_reference, owner, owner_teammate_id, fix_shipped_on, status, notes, search_text,
			created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			e.Title, e.Category, e.Subcategory, e.RootCause, e.RootCauseDetail, e.Fix, e.FixKind, nullable(e.FixCardID),
			e.FixReference, e.Owner, nullable(e.OwnerTeammateID), e.FixShippedOn, e.Status, e.Notes, vocSearchText(e),
			e.CreatedAt, e.UpdatedAt)
		if err != nil {
			return vocWriteError(err)
		}
		if e.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return writeVocSKUs(ctx, tx, e.ID, e.SKUs)
	})
	return e, err
}

func writeVocSKUs(ctx context.Context, tx *sql.Tx, id int64, skus []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM voc_entry_skus WHERE entry_id = ?`, id); err != nil {
		return fmt.Errorf("entry SKUs: %w", err)
	}
	for _, k := range skus {
		if _, err := tx.ExecContext(ctx, `INSERT INTO voc_entry_skus(entry_id, sku) VALUES (?, ?)`, id, k); err != nil {
			return fmt.Errorf("entry SKUs: %w", err)
		}
	}
	return nil
}

// vocWriteError names the reference that no longer exists instead of
// showing SQLite's constraint text.
func vocWriteError(err error) error {
	if strings.Contains(err.Error(), "FOREIGN KEY") {
		return apperr.New(apperr.CodeInvalidInput, "The linked insert card or teammate no longer exists.")
	}
	return fmt.Errorf("save Voice-of-Customer entry: %w", err)
}

// GetVocEntry returns an entry, deleted ones included (so undo can show it).
func (s *Store) GetVocEntry(ctx context.Context, id int64) (domain.VocEntry, error) {
	e, err := scanVocEntry(s.read.QueryRowContext(ctx, `SELECT `+vocColumns+` FROM voc_entries v WHERE v.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, apperr.Wrap(apperr.CodeNotFound, apperr.ErrNotFound, fmt.Sprintf("Voice-of-Customer entry %d does not exist.", id))
	}
	if err != nil {
		return e, fmt.Errorf("read entry %d: %w", id, err)
	}
	skus, err := s.vocSKUs(ctx, []int64{id})
	e.SKUs = skus[id]
	if e.SKUs == nil {
		e.SKUs = []string{}
	}
	return e, err
}

// vocSKUs returns the SKUs of the given entries, each list in SKU order.
func (s *Store) vocSKUs(ctx context.Context, ids []int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.read.QueryContext(ctx, `SELECT entry_id, sku FROM voc_entry_skus WHERE entry_id IN (`+placeholders(len(ids))+`)
		ORDER BY entry_id, sku`, args...)
	if err != nil {
		return nil, fmt.Errorf("entry SKUs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var k string
		if err := rows.Scan(&id, &k); err != nil {
			return nil, err
		}
		out[id] = append(out[id], k)
	}
	return out, rows.Err()
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// UpdateVocEntry applies patch to a live entry after validating the result.
func (s *Store) UpdateVocEntry(ctx context.Context, id int64, patch VocPatch) (domain.VocEntry, error) {
	e, err := s.GetVocEntry(ctx, id)
	if err != nil {
		return e, err
	}
	if e.DeletedAt != 0 {
		return e, apperr.Newf(apperr.CodeNotFound, "Voice-of-Customer entry %d was deleted; restore it first.", id)
	}
	e = patch.apply(e).Normalize()
	if p := e.Validate(); len(p) > 0 {
		return e, invalidFields(p)
	}
	e.UpdatedAt = clock.Now().Unix()
	err = s.RunInTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE voc_entries SET title = ?, category = ?, subcategory = ?, root_cause = ?,
			root_cause_detail = ?, fix = ?, fix_kind = ?, fix_card_id = ?, fix_reference = ?, owner = ?, owner_teammate_id = ?,
			fix_shipped_on = ?, status = ?, notes = ?, search_text = ?, updated_at = ? WHERE id = ?`,
			e.Title, e.Category, e.Subcategory, e.RootCause, e.RootCauseDetail, e.Fix, e.FixKind, nullable(e.FixCardID),
			e.FixReference, e.Owner, nullable(e.OwnerTeammateID), e.FixShippedOn, e.Status, e.Notes, vocSearchText(e),
			e.UpdatedAt, id)
		if err != nil {
			return vocWriteError(err)
		}
		if patch.SKUs != nil {
			return writeVocSKUs(ctx, tx, id, e.SKUs)
		}
		return nil
	})
	return e, err
}

// SetVocEntryDeleted deletes (hides) or restores an entry. Deleting only
// marks it, so an undo right after brings it back with its SKUs intact.
func (s *Store) SetVocEntryDeleted(ctx context.Context, id int64, deleted bool) error {
	var at any
	if deleted {
		at = clock.Now().Unix()
	}
	res, err := s.write.ExecContext(ctx, `UPDATE voc_entries SET deleted_at = ? WHERE id = ?`, at, id)
	if err != nil {
		return fmt.Errorf("delete entry %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return apperr.Wrap(apperr.CodeNotFound, apperr.ErrNotFound, fmt.Sprintf("Voice-of-Customer entry %d does not exist.", id))
	}
	return nil
}

// VocFilter narrows the log; zero values match everything.
type VocFilter struct {
	Statuses []string
	Category string
	// Owner is a team function key, or "teammate" with OwnerTeammateID
	// (0 = any teammate).
	Owner           string
	OwnerTeammateID int64
	SKU             string
	Search          string
}

// ListVocEntries returns live entries matching f, newest first. Sorting by
// frequency happens above the store, where frequency is counted.
func (s *Store) ListVocEntries(ctx context.Context, f VocFilter) ([]domain.VocEntry, error) {
	where := []string{"v.deleted_at IS NULL"}
	var args []any
	if len(f.Statuses) > 0 {
		where = append(where, "v.status IN ("+placeholders(len(f.Statuses))+")")
		for _, st := range f.Statuses {
			args = append(args, st)
		}
	}
	if f.Category != "" {
		where = append(where, "v.category = ?")
		args = append(args, f.Category)
	}
	if f.Owner != "" {
		where = append(where, "v.owner = ?")
		args = append(args, f.Owner)
		if f.Owner == domain.OwnerTeammate && f.OwnerTeammateID > 0 {
			where = append(where, "v.owner_teammate_id = ?")
			args = append(args, f.OwnerTeammateID)
		}
	}
	if k := strings.TrimSpace(f.SKU); k != "" {
		where = append(where, "EXISTS (SELECT 1 FROM voc_entry_skus s WHERE s.entry_id = v.id AND s.sku = ?)")
		args = append(args, k)
	}
	for _, word := range strings.Fields(strings.ToLower(f.Search)) {
		where = append(where, `v.search_text LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(word)+"%")
	}
	rows, err := s.read.QueryContext(ctx, `SELECT `+vocColumns+` FROM voc_entries v WHERE `+strings.Join(where, " AND ")+
		` ORDER BY v.updated_at DESC, v.id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("list entries: %w", err)
	}
	defer rows.Close()
	out := []domain.VocEntry{}
	var ids []int64
	for rows.Next() {
		e, err := scanVocEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
		ids = append(ids, e.ID)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	skus, err := s.vocSKUs(ctx, ids)
	for i := range out {
		out[i].SKUs = skus[out[i].ID]
		if out[i].SKUs == nil {
			out[i].SKUs = []string{}
		}
	}
	return out, err
}

// DismissVocSuggestion remembers that the seller dismissed a suggestion
// when it had count occurrences.
func (s *Store) DismissVocSuggestion(ctx context.Context, key string, count int) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO voc_dismissed_suggestions(key, count, dismissed_at) VALUES (?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET count = excluded.count, dismissed_at = excluded.dismissed_at`, key, count, clock.Now().Unix())
	if err != nil {
		return fmt.Errorf("dismiss suggestion: %w", err)
	}
	return nil
}

// UndismissVocSuggestion forgets a dismissal (undo).
func (s *Store) UndismissVocSuggestion(ctx context.Context, key string) error {
	if _, err := s.write.ExecContext(ctx, `DELETE FROM voc_dismissed_suggestions WHERE key = ?`, key); err != nil {
		return fmt.Errorf("undo dismiss: %w", err)
	}
	return nil
}

// DismissedVocSuggestions maps each dismissed key to its count when dismissed.
func (s *Store) DismissedVocSuggestions(ctx context.Context) (map[string]int, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT key, count FROM voc_dismissed_suggestions`)
	if err != nil {
		return nil, fmt.Errorf("dismissed suggestions: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}

// invalidFields is the ticket form's error shape (first problem as the
// message, every field a detail), shared so both forms mark fields alike.
func invalidFields(problems map[string]string) error { return invalidTicket(problems) }
