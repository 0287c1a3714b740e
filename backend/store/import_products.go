package store

import (
	"database/sql"
	"errors"
	"fmt"
)

// ProductDetails are a product's descriptive columns in this order: sku_id,
// seller_sku, name, variation, category.
type ProductDetails [5]string

// FindProduct reads a product by its key; found is false when there is none.
func (s *OrderImport) FindProduct(key string) (id int64, d ProductDetails, found bool, err error) {
	err = s.findProduct.QueryRowContext(s.ctx, key).Scan(&id, &d[0], &d[1], &d[2], &d[3], &d[4])
	if errors.Is(err, sql.ErrNoRows) {
		return 0, d, false, nil
	}
	if err != nil {
		return 0, d, false, fmt.Errorf("find product %s: %w", key, err)
	}
	return id, d, true, nil
}

// InsertProduct creates a product, credited to the import.
func (s *OrderImport) InsertProduct(key string, d ProductDetails) (int64, error) {
	res, err := s.insertProduct.ExecContext(s.ctx, key, d[0], d[1], d[2], d[3], d[4], s.batchID)
	if err != nil {
		return 0, fmt.Errorf("insert product %s: %w", key, err)
	}
	return lastInsertID(res)
}

// UpdateProduct overwrites a product's descriptive columns.
func (s *OrderImport) UpdateProduct(id int64, d ProductDetails) error {
	if _, err := s.updateProduct.ExecContext(s.ctx, d[0], d[1], d[2], d[3], d[4], id); err != nil {
		return fmt.Errorf("update product %d: %w", id, err)
	}
	return nil
}
