package voc

import (
	"testing"
	"time"

	"afterloop/backend/domain"
)

// A ticket or review without a SKU counts for the product its words name;
// when they name none, it stays on the order ("SKU unknown") and is never
// counted against whichever line the order happens to have.
func TestEvidenceWithoutSKULandsOnTheNamedProduct(t *testing.T) {
	f := newFixture(t, "America/New_York")
	now := f.at(2026, 3, 20, 12, 0, 0)
	namedOrder := func(day int) int64 {
		id := f.order(f.at(2026, 3, day, 9, 0, 0), "delivered", line{sku: "TEE-BLK-M"}, line{sku: "SERUM-30"})
		f.exec(`UPDATE order_lines SET product_name = CASE product_key WHEN 'TEE-BLK-M' THEN 'Everyday Cotton Tee, Black M'
			ELSE 'Glow Vitamin C Serum 30ml' END WHERE order_id = ?`, id)
		return id
	}
	for day := 10; day < 13; day++ {
		f.ticket(f.at(2026, 3, day+1, 10, 0, 0), "", namedOrder(day), domain.SubDamaged, "", "the serum pump is leaking")
	}
	for day := 13; day < 16; day++ {
		f.ticket(f.at(2026, 3, day+1, 10, 0, 0), "", namedOrder(day), domain.SubDamaged, "", "it arrived damaged, box was wet")
	}
	lowOrder := namedOrder(16)
	f.exec(`INSERT INTO reviews(order_external_id, order_id, sku, rating, body, posted_at, created_at)
		SELECT external_id, id, '', 1, 'Serum smells off', ?, 0 FROM orders WHERE id = ?`, f.at(2026, 3, 12, 9, 0, 0).Unix(), lowOrder)

	sug, err := f.engine(now).Suggest(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	serum := find(sug, KindSubcategory+"|SERUM-30|"+domain.SubDamaged)
	if serum == nil || serum.Tickets != 3 {
		t.Fatalf("serum leaks not suggested on SERUM-30: %+v", sug.Items)
	}
	unknown := find(sug, KindSubcategory+"||"+domain.SubDamaged)
	if unknown == nil || unknown.Tickets != 3 || len(unknown.SKUs) != 0 {
		t.Fatalf("unnamed damage not kept at order level: %+v", sug.Items)
	}
	if tee := find(sug, KindSubcategory+"|TEE-BLK-M|"+domain.SubDamaged); tee != nil {
		t.Fatalf("tickets counted against an arbitrary line: %+v", tee)
	}

	teeEntry := f.entry(domain.VocEntry{Title: "Tee damaged", SKUs: []string{"TEE-BLK-M"}, Subcategory: domain.SubDamaged})
	serumEntry := f.entry(domain.VocEntry{Title: "Pump leaks", SKUs: []string{"SERUM-30"}, Subcategory: domain.SubDamaged})
	from, to := f.at(2026, 3, 1, 0, 0, 0).Unix(), now.Unix()
	teeEv, err := f.engine(now).evidence(f.ctx, teeEntry, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(teeEv.Tickets) != 0 || len(teeEv.Reviews) != 0 {
		t.Fatalf("tee entry holds evidence about the serum or no product: %d tickets, %d reviews", len(teeEv.Tickets), len(teeEv.Reviews))
	}
	serumEv, err := f.engine(now).evidence(f.ctx, serumEntry, from, to)
	if err != nil {
		t.Fatal(err)
	}
	if len(serumEv.Tickets) != 3 || len(serumEv.Reviews) != 1 || serumEv.Tickets[0].SKU != "SERUM-30" || serumEv.Reviews[0].SKU != "SERUM-30" {
		t.Fatalf("serum entry: %d tickets, %d reviews: %+v", len(serumEv.Tickets), len(serumEv.Reviews), serumEv)
	}
	for sku, want := range map[string]int{"TEE-BLK-M": 0, "SERUM-30": 3} {
		n, err := f.st.CountTicketsOnSKUs(f.ctx, []string{sku}, from, to)
		if err != nil || n != want {
			t.Errorf("tickets on %s: %d %v, want %d", sku, n, err, want)
		}
	}
	freq, err := f.engine(now.Add(14*24*time.Hour)).Frequencies(f.ctx, []domain.VocEntry{teeEntry, serumEntry})
	if err != nil {
		t.Fatal(err)
	}
	if freq[teeEntry.ID].LastFourWeeks != 0 || freq[serumEntry.ID].LastFourWeeks != 4 {
		t.Fatalf("frequencies: tee %+v, serum %+v", freq[teeEntry.ID], freq[serumEntry.ID])
	}
}
