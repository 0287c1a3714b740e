package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// Settings that are documents rather than one value (the scorecard's
// targets) are stored as JSON under a namespaced key ("scorecard.targets")
// in the same settings table; GetSettings ignores keys it does not know.

// GetJSONSetting decodes the value stored under key into dst. found is
// false, and dst untouched, when nothing is stored yet.
func (s *Store) GetJSONSetting(ctx context.Context, key string, dst any) (found bool, err error) {
	var raw string
	err = s.read.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read setting %s: %w", key, err)
	}
	if err := json.Unmarshal([]byte(raw), dst); err != nil {
		return false, fmt.Errorf("setting %s is not valid JSON: %w", key, err)
	}
	return true, nil
}

// SaveJSONSetting stores v as JSON under key, replacing what was there.
func (s *Store) SaveJSONSetting(ctx context.Context, key string, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode setting %s: %w", key, err)
	}
	_, err = s.write.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, string(body))
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}
