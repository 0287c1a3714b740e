package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"afterloop/backend/domain"
)

// GetSettings returns the saved settings, filling gaps from defaults.
func (s *Store) GetSettings(ctx context.Context, defaults domain.Settings) (domain.Settings, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT key, value FROM settings")
	if err != nil {
		return defaults, fmt.Errorf("read settings: %w", err)
	}
	defer rows.Close()
	out := defaults
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return defaults, err
		}
		switch k {
		case "shop_name":
			out.ShopName = v
		case "time_zone":
			out.TimeZone = v
		case "currency":
			out.Currency = v
		case "processing_days":
			if n, err := strconv.Atoi(v); err == nil {
				out.ProcessingDays = n
			}
		}
	}
	return out, rows.Err()
}

// SaveSettings writes all settings at once.
func (s *Store) SaveSettings(ctx context.Context, v domain.Settings) error {
	return s.RunInTx(ctx, func(tx *sql.Tx) error {
		for k, val := range map[string]string{
			"shop_name":       v.ShopName,
			"time_zone":       v.TimeZone,
			"currency":        v.Currency,
			"processing_days": strconv.Itoa(v.ProcessingDays),
		} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
				ON CONFLICT(key) DO UPDATE SET value = excluded.value`, k, val); err != nil {
				return fmt.Errorf("save setting %s: %w", k, err)
			}
		}
		return nil
	})
}
