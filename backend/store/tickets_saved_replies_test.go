package store

import (
	"context"
	"errors"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func TestSavedRepliesCRUDAndGuard(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	r, err := s.SaveSavedReply(ctx, domain.SavedReply{Title: " Damaged ", Category: domain.CategoryProduct,
		Subcategory: domain.SubDamaged, Body: "Hi {{buyer_name}}, sorry! Could you send a photo?", Shortcut: "DMG",
		Fallbacks: map[string]string{"buyer_name": "there", "product": " "}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.GetSavedReply(ctx, r.ID)
	if err != nil || got.Title != "Damaged" || got.Shortcut != "dmg" || len(got.Fallbacks) != 1 {
		t.Fatalf("%+v %v", got, err)
	}
	got.Body = "Hi {{buyer_name}}, so sorry about this."
	if _, err := s.SaveSavedReply(ctx, got); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveSavedReply(ctx, domain.SavedReply{Title: "x", Body: "Thanks!", Shortcut: "dmg"}); codeOf(err) != apperr.CodeConflict {
		t.Fatalf("duplicate shortcut: %v", err)
	}
	list, err := s.ListSavedReplies(ctx)
	if err != nil || len(list) != 1 {
		t.Fatalf("%+v %v", list, err)
	}
	if err := s.DeleteSavedReply(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSavedReply(ctx, r.ID); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}
