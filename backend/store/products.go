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

// ProductRow is one product with its written content and how often it sold.
type ProductRow struct {
	Key        string                `json:"key"`
	SKUID      string                `json:"skuId"`
	SellerSKU  string                `json:"sellerSku"`
	Name       string                `json:"name"`
	Variation  string                `json:"variation"`
	Category   string                `json:"category"`
	OrderCount int                   `json:"orderCount"`
	HasContent bool                  `json:"hasContent"`
	Content    domain.ProductContent `json:"content"`
}

const productSelect = `SELECT p.key, p.sku_id, p.seller_sku, p.name, p.variation, p.category,
	(SELECT count(DISTINCT l.order_id) FROM order_lines l WHERE l.product_key = p.key),
	c.product_key IS NOT NULL, COALESCE(c.setup_steps_json, '[]'), COALESCE(c.common_issue, ''), COALESCE(c.common_fixes_json, '[]'),
	COALESCE(c.review_delay_days, 0), COALESCE(c.usage_cycle_days, 0), COALESCE(c.replenishment, 0), COALESCE(c.review_tips, ''),
	COALESCE(c.included_items_json, '[]'), COALESCE(c.care_tips_json, '[]'), COALESCE(c.updated_at, 0)
	FROM products p LEFT JOIN product_content c ON c.product_key = p.key`

// ListProducts returns every imported product, best sellers first.
func (s *Store) ListProducts(ctx context.Context) ([]ProductRow, error) {
	rows, err := s.read.QueryContext(ctx, productSelect+" ORDER BY 7 DESC, p.name, p.key")
	if err != nil {
		return nil, fmt.Errorf("list products: %w", err)
	}
	defer rows.Close()
	out := []ProductRow{}
	for rows.Next() {
		p, err := scanProduct(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// GetProduct returns one product by key.
func (s *Store) GetProduct(ctx context.Context, key string) (ProductRow, error) {
	p, err := scanProduct(s.read.QueryRowContext(ctx, productSelect+" WHERE p.key = ?", key))
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("product %s: %w", key, apperr.ErrNotFound)
	}
	return p, err
}

func scanProduct(row interface{ Scan(...any) error }) (ProductRow, error) {
	var p ProductRow
	var steps, fixes, included, care string
	c := &p.Content
	err := row.Scan(&p.Key, &p.SKUID, &p.SellerSKU, &p.Name, &p.Variation, &p.Category, &p.OrderCount,
		&p.HasContent, &steps, &c.CommonIssue, &fixes, &c.ReviewDelayDays, &c.UsageCycleDays, &c.Replenishment,
		&c.ReviewTips, &included, &care, &c.UpdatedAt)
	if err != nil {
		return p, err
	}
	c.ProductKey = p.Key
	decodeList(steps, &c.SetupSteps)
	decodeList(fixes, &c.CommonFixes)
	decodeIncluded(included, &c.IncludedItems)
	decodeList(care, &c.CareTips)
	return p, nil
}

// ProductContents returns all written content by product key.
func (s *Store) ProductContents(ctx context.Context) (map[string]domain.ProductContent, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT product_key, setup_steps_json, common_issue, common_fixes_json, review_delay_days,
		usage_cycle_days, replenishment, review_tips, included_items_json, care_tips_json, updated_at FROM product_content`)
	if err != nil {
		return nil, fmt.Errorf("read product content: %w", err)
	}
	defer rows.Close()
	out := map[string]domain.ProductContent{}
	for rows.Next() {
		var c domain.ProductContent
		var steps, fixes, included, care string
		if err := rows.Scan(&c.ProductKey, &steps, &c.CommonIssue, &fixes, &c.ReviewDelayDays, &c.UsageCycleDays,
			&c.Replenishment, &c.ReviewTips, &included, &care, &c.UpdatedAt); err != nil {
			return nil, err
		}
		decodeList(steps, &c.SetupSteps)
		decodeList(fixes, &c.CommonFixes)
		decodeIncluded(included, &c.IncludedItems)
		decodeList(care, &c.CareTips)
		out[c.ProductKey] = c
	}
	return out, rows.Err()
}

// SaveProductContent inserts or replaces one product's content.
func (s *Store) SaveProductContent(ctx context.Context, c domain.ProductContent) (domain.ProductContent, error) {
	if c.UpdatedAt == 0 {
		c.UpdatedAt = clock.Now().Unix()
	}
	_, err := s.write.ExecContext(ctx, `INSERT INTO product_content(product_key, setup_steps_json, common_issue, common_fixes_json,
		review_delay_days, usage_cycle_days, replenishment, review_tips, included_items_json, care_tips_json, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(product_key) DO UPDATE SET setup_steps_json = excluded.setup_steps_json, common_issue = excluded.common_issue,
		common_fixes_json = excluded.common_fixes_json, review_delay_days = excluded.review_delay_days,
		usage_cycle_days = excluded.usage_cycle_days, replenishment = excluded.replenishment, review_tips = excluded.review_tips,
		included_items_json = excluded.included_items_json, care_tips_json = excluded.care_tips_json, updated_at = excluded.updated_at`,
		c.ProductKey, encodeList(c.SetupSteps), c.CommonIssue, encodeList(c.CommonFixes), c.ReviewDelayDays, c.UsageCycleDays,
		c.Replenishment, c.ReviewTips, encodeIncluded(c.IncludedItems), encodeList(c.CareTips), c.UpdatedAt)
	if err != nil {
		return c, fmt.Errorf("save product content: %w", err)
	}
	return c, nil
}

func encodeList(list []string) string {
	if list == nil {
		list = []string{}
	}
	b, _ := json.Marshal(list)
	return string(b)
}

func decodeList(raw string, into *[]string) {
	if err := json.Unmarshal([]byte(raw), into); err != nil || *into == nil {
		*into = []string{}
	}
}

func encodeIncluded(list []domain.IncludedItem) string {
	if list == nil {
		list = []domain.IncludedItem{}
	}
	b, _ := json.Marshal(list)
	return string(b)
}

func decodeIncluded(raw string, into *[]domain.IncludedItem) {
	if err := json.Unmarshal([]byte(raw), into); err != nil || *into == nil {
		*into = []domain.IncludedItem{}
	}
}
