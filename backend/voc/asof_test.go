package voc

import (
	"testing"

	"afterloop/backend/domain"
)

// The "last 4 weeks" end at the newest imported order, capped at today: a
// ticket typed in by hand today must not pull the window away from the
// imported data.
func TestWindowsEndAtTheNewestImportedOrder(t *testing.T) {
	f := newFixture(t, "Europe/Berlin")
	today := f.at(2026, 12, 7, 15, 0, 0)
	for day := 1; day <= 15; day++ {
		id := f.order(f.at(2026, 11, day, 10, 0, 0), "delivered", line{sku: "LAMP"})
		if day%4 == 0 {
			f.ticket(f.at(2026, 11, day+1, 9, 0, 0), "", id, domain.SubDamaged, "", "lamp arrived cracked")
		}
	}
	f.ticket(today, "LAMP", 0, domain.SubDamaged, "", "typed in by hand today")
	sug, err := f.engine(today).Suggest(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sug.To != "2026-11-15" || sug.From != "2026-10-19" {
		t.Fatalf("window %s..%s, want 2026-10-19..2026-11-15", sug.From, sug.To)
	}
	if s := find(sug, KindSubcategory+"|LAMP|"+domain.SubDamaged); s == nil || s.Tickets != 3 {
		t.Fatalf("imported damage not suggested: %+v", sug.Items)
	}
	// Newer orders than today (a wrong clock) do not move the window past today.
	f.order(f.at(2027, 1, 5, 10, 0, 0), "delivered", line{sku: "LAMP"})
	if sug, err = f.engine(today).Suggest(f.ctx); err != nil || sug.To != "2026-12-07" {
		t.Fatalf("capped at today: %s %v", sug.To, err)
	}
}
