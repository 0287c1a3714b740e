package voc

import (
	"testing"
	"time"

	"afterloop/backend/domain"
)

// TestWeeklyCountsEachSourceInItsShopWeek plants matching and non-matching
// tickets, returns and reviews around the US DST change (Sunday 8 March
// 2026) and checks every count by hand.
func TestWeeklyCountsEachSourceInItsShopWeek(t *testing.T) {
	f := newFixture(t, "America/New_York")
	now := f.at(2026, 3, 18, 12, 0, 0)                                    // Wednesday; current week starts Mon 16 March
	f.order(f.at(2026, 3, 18, 10, 0, 0), "delivered", line{sku: "OTHER"}) // newest activity: the "as of" time
	entry := f.entry(domain.VocEntry{Title: "Charger missing", SKUs: []string{"LAMP", "LAMP-B"},
		Subcategory: domain.SubMissingParts, RootCause: domain.RootCausePackoutError})

	mixed := f.order(f.at(2026, 3, 1, 9, 0, 0), "delivered", line{sku: "LAMP-B"}, line{sku: "OTHER"})
	otherOnly := f.order(f.at(2026, 3, 1, 9, 0, 0), "delivered", line{sku: "OTHER"})
	// Week of 9 March: 3 tickets, 2 returns, 2 reviews count.
	f.ticket(f.at(2026, 3, 9, 0, 0, 0), "LAMP", 0, domain.SubMissingParts, "", "no charger in the box")        // Monday 00:00: this week
	f.ticket(f.at(2026, 3, 10, 8, 0, 0), "", mixed, domain.SubMissingParts, "", "LAMP-B adapter missing")      // SKU its words name
	f.ticket(f.at(2026, 3, 11, 8, 0, 0), "LAMP", 0, domain.SubWrongVariant, domain.RootCausePackoutError, "x") // root cause matches
	f.ticket(f.at(2026, 3, 11, 9, 0, 0), "OTHER", 0, domain.SubMissingParts, "", "other SKU")                  // no: SKU
	f.ticket(f.at(2026, 3, 11, 10, 0, 0), "LAMP", 0, domain.SubDamaged, domain.RootCauseCarrier, "crushed")    // no: topic
	f.ticket(f.at(2026, 3, 11, 11, 0, 0), "", otherOnly, domain.SubMissingParts, "", "order without the SKU")  // no: SKU
	f.ticket(f.at(2026, 3, 11, 12, 0, 0), "", mixed, domain.SubMissingParts, "", "a part is missing")          // no: names no product
	f.ret(0, "LAMP", "Missing parts", "", f.at(2026, 3, 12, 8, 0, 0), true)                                    // counts
	f.ret(0, "LAMP", "Missing parts", "", f.at(2026, 3, 12, 9, 0, 0), false)                                   // no: rejected
	f.ret(0, "LAMP", "Damaged item", "", f.at(2026, 3, 12, 10, 0, 0), true)                                    // no: reason
	f.ret(0, "LAMP", "Other", "The charger was not included", f.at(2026, 3, 13, 8, 0, 0), true)                // note read
	f.review(f.at(2026, 3, 14, 8, 0, 0), "LAMP", 1, "no charger")                                              // counts
	f.review(f.at(2026, 3, 15, 23, 59, 59), "LAMP-B", 2, "meh")                                                // Sunday night: counts
	f.review(f.at(2026, 3, 14, 9, 0, 0), "LAMP", 3, "ok")                                                      // no: 3 stars
	f.review(f.at(2026, 3, 14, 10, 0, 0), "OTHER", 1, "bad")                                                   // no: SKU
	f.ticket(f.at(2026, 3, 8, 23, 59, 59), "LAMP", 0, domain.SubMissingParts, "", "Sunday night, DST day")     // week of 2 March
	f.ret(0, "LAMP-B", "Missing parts", "", f.at(2026, 3, 3, 8, 0, 0), true)                                   // week of 2 March
	f.review(f.at(2026, 2, 18, 8, 0, 0), "LAMP", 1, "nothing in the box")                                      // week of 16 Feb
	f.ticket(f.at(2026, 3, 16, 9, 0, 0), "LAMP", 0, domain.SubMissingParts, "", "this week")                   // current week
	f.ticket(f.at(2025, 8, 1, 9, 0, 0), "LAMP", 0, domain.SubMissingParts, "", "long ago")                     // before the chart

	d, err := f.engine(now).Weekly(f.ctx, entry, DefaultWeeks)
	if err != nil {
		t.Fatal(err)
	}
	w := d.Series.Weeks
	if len(w) != 26 || w[0].Start != "2025-09-22" || w[25].Start != "2026-03-16" || w[25].Label != "2026-W12" {
		t.Fatalf("weeks %d from %s to %s (%s)", len(w), w[0].Start, w[len(w)-1].Start, w[len(w)-1].Label)
	}
	want := map[string]Week{
		"2026-03-16": {Tickets: 1, Total: 1},
		"2026-03-09": {Tickets: 3, Returns: 2, Reviews: 2, Total: 7, Complete: true},
		"2026-03-02": {Tickets: 1, Returns: 1, Total: 2, Complete: true},
		"2026-02-23": {Complete: true},
		"2026-02-16": {Reviews: 1, Total: 1, Complete: true},
	}
	total := 0
	for _, wk := range w {
		total += wk.Total
		exp, ok := want[wk.Start]
		if !ok {
			exp = Week{Complete: true}
		}
		exp.Start, exp.Label = wk.Start, wk.Label
		if wk != exp {
			t.Errorf("week %s = %+v, want %+v", wk.Start, wk, exp)
		}
	}
	if total != 11 {
		t.Errorf("total %d, want 11", total)
	}
	// Last 4 complete weeks: 16 Feb (1) + 23 Feb (0) + 2 Mar (2) + 9 Mar (7) = 10; 10 / 4 = 2.5.
	if d.Series.LastFourWeeks != 10 || d.Series.FrequencyPerWeek != 2.5 {
		t.Errorf("last four %d, frequency %v", d.Series.LastFourWeeks, d.Series.FrequencyPerWeek)
	}
	if d.Series.AsOf != f.at(2026, 3, 18, 10, 0, 0).Unix() {
		t.Errorf("as of %d", d.Series.AsOf)
	}
	l := d.Linked
	if l.TicketsTotal != 5 || l.ReturnsTotal != 3 || l.ReviewsTotal != 3 {
		t.Fatalf("linked %d tickets, %d returns, %d reviews", l.TicketsTotal, l.ReturnsTotal, l.ReviewsTotal)
	}
	for _, tk := range l.Tickets {
		if tk.BuyerText == "LAMP-B adapter missing" && tk.SKU != "LAMP-B" {
			t.Errorf("ticket via its order shows SKU %q", tk.SKU)
		}
	}
	if l.Tickets[0].BuyerText != "this week" || l.Returns[0].MatchedSubcategory != domain.SubMissingParts {
		t.Errorf("linked order: %+v / %+v", l.Tickets[0], l.Returns[0])
	}

	// The table's batch count follows the same rules as the entry page.
	other := f.entry(domain.VocEntry{Title: "Other SKU", SKUs: []string{"OTHER"}, Subcategory: domain.SubMissingParts})
	remorse := f.entry(domain.VocEntry{Title: "Remorse", SKUs: []string{"LAMP"}, RootCause: domain.RootCauseBuyersRemorse})
	freq, err := f.engine(now).Frequencies(f.ctx, []domain.VocEntry{entry, other, remorse})
	if err != nil {
		t.Fatal(err)
	}
	// OTHER: the missing-parts tickets on OTHER and through the order with
	// only OTHER, plus the 1-star review on OTHER = 3. The mixed order's
	// tickets name LAMP-B or no product, so they are not OTHER's.
	// Remorse: no remorse returns, but LAMP's low reviews (14 Mar, 18 Feb) = 2.
	if freq[entry.ID] != (Frequency{2.5, 10}) || freq[other.ID] != (Frequency{0.75, 3}) || freq[remorse.ID] != (Frequency{0.5, 2}) {
		t.Fatalf("Frequencies = %+v", freq)
	}
	for _, en := range []domain.VocEntry{other, remorse} {
		d, err := f.engine(now).Weekly(f.ctx, en, DefaultWeeks)
		if err != nil || d.Series.LastFourWeeks != freq[en.ID].LastFourWeeks {
			t.Errorf("%s: weekly %d, table %d", en.Title, d.Series.LastFourWeeks, freq[en.ID].LastFourWeeks)
		}
	}
}

// TestWeeklyReachesBackToTheShippedWeek keeps the fix-shipped week and the
// 4 weeks before it on the chart when the fix is older than the default.
func TestWeeklyReachesBackToTheShippedWeek(t *testing.T) {
	f := newFixture(t, "Asia/Tokyo")
	now := f.at(2026, 3, 18, 12, 0, 0)
	entry := f.entry(domain.VocEntry{Title: "Old fix", SKUs: []string{"A"}, Subcategory: domain.SubDamaged, FixShippedOn: "2025-06-04"})
	d, err := f.engine(now).Weekly(f.ctx, entry, DefaultWeeks)
	if err != nil {
		t.Fatal(err)
	}
	w := d.Series.Weeks
	// 4 June 2025 is a Wednesday: its week starts Monday 2 June; 4 weeks before, 5 May.
	if w[0].Start != "2025-05-05" || !w[4].FixShipped || w[4].Start != "2025-06-02" {
		t.Fatalf("first %s, week 4 %+v", w[0].Start, w[4])
	}
	shipped := 0
	for _, wk := range w {
		if wk.FixShipped {
			shipped++
		}
		if wk.Total != 0 {
			t.Errorf("empty database, week %s has %d", wk.Start, wk.Total)
		}
	}
	if shipped != 1 || w[len(w)-1].Start != "2026-03-16" {
		t.Fatalf("shipped marks %d, last %s", shipped, w[len(w)-1].Start)
	}
}

func TestAsOfIsNewestActivityCappedAtNow(t *testing.T) {
	f := newFixture(t, "UTC")
	now := time.Date(2026, 3, 18, 12, 0, 0, 0, time.UTC)
	if got, _ := f.engine(now).AsOf(f.ctx); !got.Equal(now) {
		t.Fatalf("empty database: %v", got)
	}
	f.review(now.AddDate(0, 0, -10), "A", 5, "great")
	if got, _ := f.engine(now).AsOf(f.ctx); !got.Equal(now.AddDate(0, 0, -10)) {
		t.Fatalf("stale data: %v", got)
	}
	f.ticket(now.Add(time.Hour), "A", 0, "", "", "clock skew")
	if got, _ := f.engine(now).AsOf(f.ctx); !got.Equal(now) {
		t.Fatalf("future data: %v", got)
	}
}

func TestMapReturnReason(t *testing.T) {
	for _, c := range []struct {
		reason, note string
		want         ReasonMatch
	}{
		{"Missing parts", "", ReasonMatch{Subcategory: domain.SubMissingParts}},
		{"Damaged item", "Box arrived crushed", ReasonMatch{Subcategory: domain.SubDamaged}},
		{"Item doesn't work", "", ReasonMatch{Subcategory: domain.SubDoesNotWork}},
		{"Wrong item", "", ReasonMatch{Subcategory: domain.SubWrongVariant}},
		{"Defective", "", ReasonMatch{Subcategory: domain.SubDefective}},
		{"Size doesn’t fit", "", ReasonMatch{Subcategory: domain.SubSizingFit}},
		{"No longer needed", "", ReasonMatch{RootCause: domain.RootCauseBuyersRemorse}},
		{"Changed mind", "", ReasonMatch{RootCause: domain.RootCauseBuyersRemorse}},
		{"The lid arrived cracked", "", ReasonMatch{Subcategory: domain.SubDamaged}}, // via the support cues
		{"Other", "the cable was missing", ReasonMatch{Subcategory: domain.SubMissingParts}},
		{"Changed mind", "the cable was missing", ReasonMatch{RootCause: domain.RootCauseBuyersRemorse}}, // the reason wins
		{"Seller shipped late", "", ReasonMatch{}},
		{"", "", ReasonMatch{}},
	} {
		if got := MapReturnReason(c.reason, c.note); got != c.want {
			t.Errorf("%q / %q = %+v, want %+v", c.reason, c.note, got, c.want)
		}
	}
}
