package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

const savedReplyColumns = "id, title, category, subcategory, body, fallbacks_json, shortcut"

func scanSavedReply(r rowScanner) (domain.SavedReply, error) {
	var sr domain.SavedReply
	var fallbacks string
	if err := r.Scan(&sr.ID, &sr.Title, &sr.Category, &sr.Subcategory, &sr.Body, &fallbacks, &sr.Shortcut); err != nil {
		return sr, err
	}
	if err := json.Unmarshal([]byte(fallbacks), &sr.Fallbacks); err != nil || sr.Fallbacks == nil {
		sr.Fallbacks = map[string]string{}
	}
	return sr, nil
}

// ListSavedReplies returns every saved reply, grouped by category then title.
func (s *Store) ListSavedReplies(ctx context.Context) ([]domain.SavedReply, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT "+savedReplyColumns+" FROM saved_replies ORDER BY category, subcategory, title, id")
	if err != nil {
		return nil, fmt.Errorf("list saved replies: %w", err)
	}
	defer rows.Close()
	out := []domain.SavedReply{}
	for rows.Next() {
		sr, err := scanSavedReply(rows)
		if err != nil {
			return nil, fmt.Errorf("read saved reply: %w", err)
		}
		out = append(out, sr)
	}
	return out, rows.Err()
}

// GetSavedReply returns one saved reply or an error wrapping apperr.ErrNotFound.
func (s *Store) GetSavedReply(ctx context.Context, id int64) (domain.SavedReply, error) {
	sr, err := scanSavedReply(s.read.QueryRowContext(ctx, "SELECT "+savedReplyColumns+" FROM saved_replies WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return sr, fmt.Errorf("saved reply %d: %w", id, apperr.ErrNotFound)
	}
	if err != nil {
		return sr, fmt.Errorf("read saved reply %d: %w", id, err)
	}
	return sr, nil
}

// SaveSavedReply adds (ID 0) or updates a saved reply. The policy guard is
// the caller's to run (the support service checks every reply a seller
// saves); the store checks the shape of the record.
func (s *Store) SaveSavedReply(ctx context.Context, r domain.SavedReply) (domain.SavedReply, error) {
	r.Title = strings.TrimSpace(r.Title)
	r.Body = strings.TrimSpace(strings.ReplaceAll(r.Body, "\r\n", "\n"))
	r.Shortcut = strings.ToLower(strings.TrimSpace(r.Shortcut))
	r.Category, r.Subcategory = strings.TrimSpace(r.Category), strings.TrimSpace(r.Subcategory)
	clean := map[string]string{}
	for k, v := range r.Fallbacks {
		if k, v = strings.TrimSpace(k), strings.TrimSpace(v); k != "" && v != "" {
			clean[k] = v
		}
	}
	r.Fallbacks = clean
	switch {
	case r.Title == "":
		return r, apperr.New(apperr.CodeInvalidInput, "Give the reply a title.").With("title", "required")
	case r.Body == "" || len(r.Body) > 5000:
		return r, apperr.New(apperr.CodeInvalidInput, "Write the reply (up to 5,000 characters).").With("body", "required")
	case r.Category != "" && !domain.IsCategory(r.Category):
		return r, apperr.Newf(apperr.CodeInvalidInput, "%q is not a support category.", r.Category).With("category", "unknown")
	}
	if r.Subcategory != "" {
		if c, _, ok := domain.FindSubcategory(r.Subcategory); !ok || c.Key != r.Category {
			return r, apperr.New(apperr.CodeInvalidInput, "Choose a subcategory of the reply's category.").With("subcategory", "mismatch")
		}
	}
	fallbacks, err := json.Marshal(r.Fallbacks)
	if err != nil {
		return r, err
	}
	now := clock.Now().Unix()
	var res sql.Result
	if r.ID == 0 {
		res, err = s.write.ExecContext(ctx, `INSERT INTO saved_replies(title, category, subcategory, body, fallbacks_json, shortcut, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, r.Title, r.Category, r.Subcategory, r.Body, string(fallbacks), r.Shortcut, now, now)
	} else {
		res, err = s.write.ExecContext(ctx, `UPDATE saved_replies SET title = ?, category = ?, subcategory = ?, body = ?,
			fallbacks_json = ?, shortcut = ?, updated_at = ? WHERE id = ?`,
			r.Title, r.Category, r.Subcategory, r.Body, string(fallbacks), r.Shortcut, now, r.ID)
	}
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed") {
			return r, apperr.Wrap(apperr.CodeConflict, apperr.ErrConflict,
				fmt.Sprintf("Another saved reply already uses the shortcut %q.", r.Shortcut)).With("shortcut", "taken")
		}
		return r, fmt.Errorf("save saved reply: %w", err)
	}
	if r.ID == 0 {
		r.ID, err = res.LastInsertId()
		return r, err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return r, fmt.Errorf("saved reply %d: %w", r.ID, apperr.ErrNotFound)
	}
	return r, nil
}

// DeleteSavedReply removes a saved reply; a missing one is not_found.
func (s *Store) DeleteSavedReply(ctx context.Context, id int64) error {
	res, err := s.write.ExecContext(ctx, "DELETE FROM saved_replies WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("delete saved reply %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("saved reply %d: %w", id, apperr.ErrNotFound)
	}
	return nil
}

// SavedRepliesCount returns how many saved replies exist.
func (s *Store) SavedRepliesCount(ctx context.Context) (int, error) {
	var n int
	err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM saved_replies").Scan(&n)
	return n, err
}
