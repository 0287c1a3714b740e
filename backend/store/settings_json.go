package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// GetJSONSetting reads the settings value under key into v; a missing key
// leaves v as it was (the caller's defaults), so new fields keep their
// defaults when an older value is read.
func (s *Store) GetJSONSetting(ctx context.Context, key string, v any) error {
	var raw string
	err := s.read.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s settings: %w", key, err)
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return fmt.Errorf("read %s settings: %w", key, err)
	}
	return nil
}

// SaveJSONSetting stores v as JSON under key.
func (s *Store) SaveJSONSetting(ctx context.Context, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if _, err := s.write.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, string(b)); err != nil {
		return fmt.Errorf("save %s settings: %w", key, err)
	}
	return nil
}
