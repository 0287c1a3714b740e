package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
)

// CardDesignRow is one stored card design.
type CardDesignRow struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Kind         string `json:"kind"`
	DesignJSON   string `json:"designJson"`
	HasThumbnail bool   `json:"hasThumbnail"`
	CreatedAt    int64  `json:"createdAt"`
	UpdatedAt    int64  `json:"updatedAt"`
	DeletedAt    int64  `json:"deletedAt"` // 0 = live
}

const cardSelect = `SELECT id, name, kind, design_json, thumbnail IS NOT NULL, created_at, updated_at, COALESCE(deleted_at, 0) FROM card_designs`

func scanCard(row interface{ Scan(...any) error }) (CardDesignRow, error) {
	var c CardDesignRow
	err := row.Scan(&c.ID, &c.Name, &c.Kind, &c.DesignJSON, &c.HasThumbnail, &c.CreatedAt, &c.UpdatedAt, &c.DeletedAt)
	return c, err
}

// ListCardDesigns returns the live designs, most recently changed first.
func (s *Store) ListCardDesigns(ctx context.Context) ([]CardDesignRow, error) {
	rows, err := s.read.QueryContext(ctx, cardSelect+" WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC")
	if err != nil {
		return nil, fmt.Errorf("list card designs: %w", err)
	}
	defer rows.Close()
	out := []CardDesignRow{}
	for rows.Next() {
		c, err := scanCard(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// GetCardDesign returns a design, deleted or not.
func (s *Store) GetCardDesign(ctx context.Context, id int64) (CardDesignRow, error) {
	c, err := scanCard(s.read.QueryRowContext(ctx, cardSelect+" WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("card design %d: %w", id, apperr.ErrNotFound)
	}
	return c, err
}

// SaveCardDesign inserts (ID 0) or updates a design.
func (s *Store) SaveCardDesign(ctx context.Context, c CardDesignRow) (CardDesignRow, error) {
	now := clock.Now().Unix()
	if c.ID == 0 {
		res, err := s.write.ExecContext(ctx, `INSERT INTO card_designs(name, kind, design_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
			c.Name, c.Kind, c.DesignJSON, now, now)
		if err != nil {
			return c, fmt.Errorf("save card design: %w", err)
		}
		c.ID, _ = res.LastInsertId()
	} else {
		res, err := s.write.ExecContext(ctx, `UPDATE card_designs SET name = ?, kind = ?, design_json = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
			c.Name, c.Kind, c.DesignJSON, now, c.ID)
		if err != nil {
			return c, fmt.Errorf("save card design: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return c, fmt.Errorf("card design %d: %w", c.ID, apperr.ErrNotFound)
		}
	}
	return s.GetCardDesign(ctx, c.ID)
}

// SetCardDeleted marks a design deleted (undoable) or restores it.
func (s *Store) SetCardDeleted(ctx context.Context, id int64, deleted bool) error {
	var at any
	if deleted {
		at = clock.Now().Unix()
	}
	res, err := s.write.ExecContext(ctx, `UPDATE card_designs SET deleted_at = ? WHERE id = ?`, at, id)
	if err != nil {
		return fmt.Errorf("delete card design: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("card design %d: %w", id, apperr.ErrNotFound)
	}
	return nil
}

// CardFontRow is a seller font.
type CardFontRow struct {
	Family   string
	Style    string
	TTF      []byte
	FileName string
}

// SaveCardFont inserts or replaces a seller font.
func (s *Store) SaveCardFont(ctx context.Context, f CardFontRow) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO card_fonts(family, style, ttf, file_name, added_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(family, style) DO UPDATE SET ttf = excluded.ttf, file_name = excluded.file_name, added_at = excluded.added_at`,
		f.Family, f.Style, f.TTF, f.FileName, clock.Now().Unix())
	if err != nil {
		return fmt.Errorf("save font: %w", err)
	}
	return nil
}

// ListCardFonts returns every seller font with its file.
func (s *Store) ListCardFonts(ctx context.Context) ([]CardFontRow, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT family, style, ttf, file_name FROM card_fonts ORDER BY family, style`)
	if err != nil {
		return nil, fmt.Errorf("list fonts: %w", err)
	}
	defer rows.Close()
	var out []CardFontRow
	for rows.Next() {
		var f CardFontRow
		if err := rows.Scan(&f.Family, &f.Style, &f.TTF, &f.FileName); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// BrandKitRow is the stored brand kit: its JSON and the logo file.
type BrandKitRow struct {
	KitJSON  string
	Logo     []byte
	LogoMime string
}

// GetBrandKit returns the kit; found is false before the first save.
func (s *Store) GetBrandKit(ctx context.Context) (row BrandKitRow, found bool, err error) {
	err = s.read.QueryRowContext(ctx, `SELECT kit_json, logo, logo_mime FROM brand_kit WHERE id = 1`).Scan(&row.KitJSON, &row.Logo, &row.LogoMime)
	if errors.Is(err, sql.ErrNoRows) {
		return row, false, nil
	}
	if err != nil {
		return row, false, fmt.Errorf("read brand kit: %w", err)
	}
	return row, true, nil
}

// SaveBrandKit writes the kit and its logo (nil logo = none).
func (s *Store) SaveBrandKit(ctx context.Context, row BrandKitRow) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO brand_kit(id, kit_json, logo, logo_mime, updated_at) VALUES (1, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET kit_json = excluded.kit_json, logo = excluded.logo, logo_mime = excluded.logo_mime, updated_at = excluded.updated_at`,
		row.KitJSON, row.Logo, row.LogoMime, clock.Now().Unix())
	if err != nil {
		return fmt.Errorf("save brand kit: %w", err)
	}
	return nil
}
