package service

import (
	"errors"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/cards"
)

// CardFieldGap is one chosen SKU whose card would print with empty fields.
type CardFieldGap struct {
	Key   string         `json:"key"`
	Name  string         `json:"name"`
	Empty []EmptyCardTag `json:"empty"`
}

// EmptyCardTag is one {{field}} with no value, and where the seller fills it in.
type EmptyCardTag struct {
	Field string `json:"field"`
	Label string `json:"label"`
	Where string `json:"where"` // products | settings
}

// ExportCheck lists, for each SKU the seller chose, the fields the design
// uses that are empty for it, before anything is written: a "What's in the
// box" card for a product without a box list would print an empty checklist.
// SKUs with every field filled are left out, so an empty answer means "go".
func (s *CardService) ExportCheck(designID int64, skus []string) ([]CardFieldGap, error) {
	v, err := s.Get(designID)
	if err != nil {
		return nil, err
	}
	out := []CardFieldGap{}
	for _, key := range skus {
		if key = strings.TrimSpace(key); key == "" {
			continue
		}
		data, _, err := mergeInputs(s.ctx, s.shop, key)
		if err != nil {
			if errors.Is(err, apperr.ErrNotFound) {
				continue
			}
			return nil, err
		}
		empty := cards.EmptyFields(v.Design, data)
		if len(empty) == 0 {
			continue
		}
		gap := CardFieldGap{Key: key, Name: data.Product.Name}
		for _, f := range empty {
			where := "products"
			if f == "shop_name" || f == "shop_handle" {
				where = "settings"
			}
			gap.Empty = append(gap.Empty, EmptyCardTag{Field: f, Label: cards.FieldLabel(f), Where: where})
		}
		out = append(out, gap)
	}
	return out, nil
}
