package store

import (
	"context"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func strp(s string) *string { return &s }

func TestVocEntryValidation(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		entry domain.VocEntry
		field string
	}{
		{"no title", domain.VocEntry{SKUs: []string{"A"}}, "title"},
		{"no SKU", domain.VocEntry{Title: "x", SKUs: []string{" ", ""}}, "skus"},
		{"unknown subcategory", domain.VocEntry{Title: "x", SKUs: []string{"A"}, Subcategory: "wobbly"}, "subcategory"},
		{"subcategory of another category", domain.VocEntry{Title: "x", SKUs: []string{"A"}, Category: domain.CategoryShipping, Subcategory: domain.SubDamaged}, "subcategory"},
		{"unknown root cause", domain.VocEntry{Title: "x", SKUs: []string{"A"}, RootCause: "gremlins"}, "rootCause"},
		{"shipped without a date", domain.VocEntry{Title: "x", SKUs: []string{"A"}, Status: domain.VocShipped}, "fixShippedOn"},
		{"not a date", domain.VocEntry{Title: "x", SKUs: []string{"A"}, FixShippedOn: "03/02/2026"}, "fixShippedOn"},
		{"teammate without id", domain.VocEntry{Title: "x", SKUs: []string{"A"}, Owner: domain.OwnerTeammate}, "ownerTeammateId"},
		{"unknown owner", domain.VocEntry{Title: "x", SKUs: []string{"A"}, Owner: "marketing"}, "owner"},
		{"unknown fix kind", domain.VocEntry{Title: "x", SKUs: []string{"A"}, FixKind: "magic"}, "fixKind"},
		{"unknown status", domain.VocEntry{Title: "x", SKUs: []string{"A"}, Status: "done"}, "status"},
	} {
		_, err := s.CreateVocEntry(ctx, c.entry)
		if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || e.Details[c.field] == "" {
			t.Errorf("%s: %v %v", c.name, err, e.Details)
		}
	}
	if _, err := s.CreateVocEntry(ctx, domain.VocEntry{Title: "x", SKUs: []string{"A"}, FixCardID: 99}); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Errorf("missing card: %v", err)
	}
	if n, _ := s.ListVocEntries(ctx, VocFilter{}); len(n) != 0 {
		t.Fatalf("refused entries were saved: %d", len(n))
	}
}

func TestVocEntryCreateUpdateDeleteRestore(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	e, err := s.CreateVocEntry(ctx, domain.VocEntry{Title: "  Lid cracks ", SKUs: []string{" MUG ", "MUG", "MUG-2"},
		Subcategory: domain.SubDamaged, Owner: "Ops"})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if e.ID == 0 || e.Title != "Lid cracks" || e.Category != domain.CategoryProduct || e.Status != domain.VocOpen ||
		e.Owner != domain.OwnerOps || len(e.SKUs) != 2 {
		t.Fatalf("%+v", e)
	}
	// Setting the shipped date on an open entry marks it shipped.
	e, err = s.UpdateVocEntry(ctx, e.ID, VocPatch{FixShippedOn: strp("2026-03-02"), Fix: strp("Thicker foam insert"),
		FixKind: strp(domain.FixPackaging)})
	if err != nil || e.Status != domain.VocShipped || e.FixShippedOn != "2026-03-02" || e.Fix != "Thicker foam insert" {
		t.Fatalf("%+v %v", e, err)
	}
	// An explicit status wins; a new subcategory brings its own category.
	skus := []string{"MUG-3"}
	e, err = s.UpdateVocEntry(ctx, e.ID, VocPatch{Status: strp(domain.VocVerified), Subcategory: strp(domain.SubWrongAddress), SKUs: &skus})
	if err != nil || e.Status != domain.VocVerified || e.Category != domain.CategoryShipping {
		t.Fatalf("%+v %v", e, err)
	}
	got, err := s.GetVocEntry(ctx, e.ID)
	if err != nil || len(got.SKUs) != 1 || got.SKUs[0] != "MUG-3" || got.Fix != "Thicker foam insert" {
		t.Fatalf("reread %+v %v", got, err)
	}
	// Clearing the date of a verified entry is refused.
	if _, err := s.UpdateVocEntry(ctx, e.ID, VocPatch{FixShippedOn: strp("")}); apperr.From(err).Details["fixShippedOn"] == "" {
		t.Fatalf("verified without a date: %v", err)
	}
	if err := s.SetVocEntryDeleted(ctx, e.ID, true); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.ListVocEntries(ctx, VocFilter{}); len(list) != 0 {
		t.Fatal("deleted entry still listed")
	}
	if _, err := s.UpdateVocEntry(ctx, e.ID, VocPatch{Title: strp("x")}); apperr.From(err).Code != apperr.CodeNotFound {
		t.Fatalf("update deleted: %v", err)
	}
	if err := s.SetVocEntryDeleted(ctx, e.ID, false); err != nil {
		t.Fatal(err)
	}
	list, _ := s.ListVocEntries(ctx, VocFilter{})
	if len(list) != 1 || list[0].SKUs[0] != "MUG-3" {
		t.Fatalf("restored: %+v", list)
	}
	if err := s.SetVocEntryDeleted(ctx, 999, true); apperr.From(err).Code != apperr.CodeNotFound {
		t.Fatalf("missing: %v", err)
	}
}

func TestListVocEntriesFilters(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	mate, err := s.SaveTeamMember(ctx, domain.TeamMember{Name: "Aiko", Role: "support"})
	if err != nil {
		t.Fatal(err)
	}
	add := func(e domain.VocEntry) int64 {
		t.Helper()
		out, err := s.CreateVocEntry(ctx, e)
		if err != nil {
			t.Fatal(apperr.JSON(err))
		}
		return out.ID
	}
	lamp := add(domain.VocEntry{Title: "Charger missing", SKUs: []string{"LAMP"}, Subcategory: domain.SubMissingParts, Owner: domain.OwnerOps})
	mug := add(domain.VocEntry{Title: "Lid cracks", SKUs: []string{"MUG", "LAMP"}, Subcategory: domain.SubDamaged,
		Owner: domain.OwnerTeammate, OwnerTeammateID: mate.ID, FixShippedOn: "2026-01-05", Notes: "Supplier sends foam v2"})
	late := add(domain.VocEntry{Title: "Parcels late", SKUs: []string{"SOCKS"}, Subcategory: domain.SubTrackingNotUpdating, Status: domain.VocWontFix})
	for _, c := range []struct {
		name string
		f    VocFilter
		want []int64
	}{
		{"all", VocFilter{}, []int64{late, mug, lamp}},
		{"status", VocFilter{Statuses: []string{domain.VocShipped, domain.VocWontFix}}, []int64{late, mug}},
		{"category", VocFilter{Category: domain.CategoryProduct}, []int64{mug, lamp}},
		{"owner", VocFilter{Owner: domain.OwnerOps}, []int64{lamp}},
		{"teammate", VocFilter{Owner: domain.OwnerTeammate, OwnerTeammateID: mate.ID}, []int64{mug}},
		{"SKU", VocFilter{SKU: "LAMP"}, []int64{mug, lamp}},
		{"search notes", VocFilter{Search: "FOAM"}, []int64{mug}},
		{"search SKU and title", VocFilter{Search: "socks late"}, []int64{late}},
		{"search with a LIKE wildcard", VocFilter{Search: "%"}, nil},
	} {
		got, err := s.ListVocEntries(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if len(ids) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.name, ids, c.want)
			continue
		}
		for i := range ids {
			if ids[i] != c.want[i] {
				t.Errorf("%s: %v, want %v", c.name, ids, c.want)
			}
		}
	}
	// A teammate who leaves keeps the entry, now without an owner, and it
	// can still be edited.
	if err := s.DeleteTeamMember(ctx, mate.ID); err != nil {
		t.Fatal(err)
	}
	if e, _ := s.GetVocEntry(ctx, mug); e.OwnerTeammateID != 0 || e.Owner != "" {
		t.Fatalf("owner after the teammate left: %+v", e)
	}
	if _, err := s.UpdateVocEntry(ctx, mug, VocPatch{Notes: strp("still editable")}); err != nil {
		t.Fatal(err)
	}
}

func TestDismissedVocSuggestions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if err := s.DismissVocSuggestion(ctx, "subcategory|A|damaged", 3); err != nil {
		t.Fatal(err)
	}
	if err := s.DismissVocSuggestion(ctx, "subcategory|A|damaged", 5); err != nil {
		t.Fatal(err)
	}
	got, _ := s.DismissedVocSuggestions(ctx)
	if len(got) != 1 || got["subcategory|A|damaged"] != 5 {
		t.Fatalf("%v", got)
	}
	if err := s.UndismissVocSuggestion(ctx, "subcategory|A|damaged"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.DismissedVocSuggestions(ctx); len(got) != 0 {
		t.Fatalf("%v", got)
	}
}
