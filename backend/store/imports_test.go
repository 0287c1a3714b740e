package store

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func TestImportBatchesRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var first, second domain.ImportBatch
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		first = domain.ImportBatch{FileName: "week1.csv", FileSize: 10, SHA256: "aa", Kind: "orders", Platform: "tiktok"}
		if err := InsertImportBatch(ctx, tx, &first); err != nil {
			return err
		}
		first.Rows, first.Orders, first.Created, first.Skipped = 3, 2, 2, 1
		first.Errors = []domain.RowError{{Row: 3, Column: "Created Time", Message: "not a date"}}
		if err := UpdateImportBatch(ctx, tx, first); err != nil {
			return err
		}
		second = domain.ImportBatch{FileName: "week2.csv", SHA256: "bb", Kind: "returns", Platform: "tiktok"}
		return InsertImportBatch(ctx, tx, &second)
	})
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.ListImportBatches(ctx)
	if err != nil || len(list) != 2 || list[0].ID != second.ID || list[1].Rows != 3 || list[1].Errors[0].Column != "Created Time" {
		t.Fatalf("list %+v %v", list, err)
	}
	if list[0].Errors == nil {
		t.Fatal("errors must be an empty list, not null")
	}
	got, err := s.FindLiveImportBySHA(ctx, "aa")
	if err != nil || got.ID != first.ID || got.ImportedAt == 0 {
		t.Fatalf("find by sha %+v %v", got, err)
	}
	err = s.RunInTx(ctx, func(tx *sql.Tx) error { return MarkImportUndone(ctx, tx, first.ID, 1700000000) })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.FindLiveImportBySHA(ctx, "aa"); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("an undone import is no duplicate: %v", err)
	}
	if b, _ := s.GetImportBatch(ctx, first.ID); b.UndoneAt != 1700000000 {
		t.Fatalf("undone at %d", b.UndoneAt)
	}
	err = s.RunInTx(ctx, func(tx *sql.Tx) error { return MarkImportUndone(ctx, tx, first.ID, 1700000001) })
	if !errors.Is(err, apperr.ErrConflict) {
		t.Fatalf("undoing twice: %v", err)
	}
	if _, err := s.GetImportBatch(ctx, 404); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("missing batch: %v", err)
	}
	if st, _ := s.GetStats(ctx); st.ImportBatches != 1 {
		t.Fatalf("stats count live batches only: %+v", st)
	}
}

func TestColumnMappings(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.FindColumnMapping(ctx, "sig"); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("missing mapping: %v", err)
	}
	m := ColumnMapping{Signature: "sig", Kind: "orders", Platform: "other", Mapping: map[string]string{"order_id": "Ref"}}
	if err := s.SaveColumnMapping(ctx, m); err != nil {
		t.Fatal(err)
	}
	m.Mapping["created_at"] = "When"
	if err := s.SaveColumnMapping(ctx, m); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindColumnMapping(ctx, "sig")
	if err != nil || got.Kind != "orders" || len(got.Mapping) != 2 || got.Mapping["created_at"] != "When" || got.UpdatedAt == 0 {
		t.Fatalf("mapping %+v %v", got, err)
	}
}
