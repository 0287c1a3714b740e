package scorecard

import (
	"testing"
	"time"

	"afterloop/backend/domain"
)

// weekTenFixture is a New York shop around 2026-W10 (Mon 2 Mar – Sun 8 Mar
// 2026; clocks go forward on Sunday 8 March, so the week is 167 hours).
// The expected numbers are worked out by hand in the comments.
func weekTenFixture(t *testing.T) *fixture {
	f := newFixture(t, "America/New_York")
	d := func(day, hour, minute int) time.Time { return f.local(2026, time.March, day, hour, minute) }

	// W10 orders. O1: two SKUs; A refunded only in the returns export.
	f.order("O1", "c1", domain.StatusDelivered, d(2, 10, 0), line{"A", 2, 2000, 0}, line{"B", 1, 1000, 0})
	f.ret("R1", "O1", "A", true, "Damaged")
	// O2: A has a rejected return (not a refund); C has a return quantity
	// in the order export only.
	f.order("O2", "c2", domain.StatusCompleted, d(3, 9, 0), line{"A", 1, 1000, 0}, line{"C", 1, 500, 1})
	f.ret("R2", "O2", "A", false, "Changed mind")
	// O3: cancelled, left out of everything, return and all.
	f.order("O3", "c3", domain.StatusCancelled, d(4, 9, 0), line{"A", 1, 1000, 1})
	// O4: Sunday 23:30 in New York is Monday 03:30 UTC: still W10.
	f.order("O4", "c4", domain.StatusShipped, d(8, 23, 30), line{"B", 3, 3000, 0})
	// O5: Monday 00:30 local: W11. c1 comes back within 30 days.
	f.order("O5", "c1", domain.StatusDelivered, d(9, 0, 30), line{"A", 1, 1000, 0})
	// O6: Sunday 1 March 23:59 local is Monday in UTC but W09 here.
	f.order("O6", "c5", domain.StatusDelivered, d(1, 23, 59), line{"A", 1, 1000, 0})
	// c2 comes back exactly 30×24 h after O2 (inside "within 30 days");
	// c4 one second after 60×24 h (outside 60 days, inside 90).
	f.order("O7", "c2", domain.StatusDelivered, d(3, 9, 0).Add(30*24*time.Hour), line{"A", 1, 1000, 0})
	f.order("O8", "c4", domain.StatusDelivered, d(8, 23, 30).Add(60*24*time.Hour+time.Second), line{"A", 1, 1000, 0})
	// c3's only order is cancelled and c6 has only a cancelled order in W10:
	// neither is a new buyer.
	f.order("O9", "c6", domain.StatusCancelled, d(5, 12, 0), line{"A", 1, 1000, 0})

	// Tickets opened in W10: responses 1 h, exactly 12 h, 13 h, 30 h, 2 h and
	// one unanswered; two are missing parts for SKU B.
	f.ticket(d(2, 9, 0), time.Hour, domain.SubDamaged, "A", "")
	f.ticket(d(3, 9, 0), 12*time.Hour, domain.SubDefective, "A", "")
	f.ticket(d(4, 9, 0), 13*time.Hour, domain.SubDamaged, "", "")
	f.ticket(d(5, 9, 0), 30*time.Hour, domain.SubSetupError, "C", "")
	f.ticket(d(6, 9, 0), -1, domain.SubMissingParts, "B", "")
	f.ticket(d(7, 9, 0), 2*time.Hour, domain.SubMissingParts, "B", domain.RootCausePackoutError)
	f.ticket(d(9, 0, 10), time.Hour, domain.SubMissingParts, "B", "") // W11
	f.ticket(d(1, 23, 0), -1, domain.SubDamaged, "A", "")             // W09

	// Reviews in W10: 12, 3 (spaces and a TAB), 0 and exactly 11 words.
	f.review(d(2, 12, 0), 5, "A", "Great lamp works exactly as described and arrived quickly in perfect shape")
	f.review(d(4, 12, 0), 2, "B", "Broken  on\tarrival")
	f.review(d(6, 12, 0), 4, "B", "")
	f.review(d(8, 23, 59), 3, "A", "one two three four five six seven eight nine ten eleven")
	f.review(d(9, 0, 1), 1, "B", "late") // W11

	// Comments: two of three negative in W10, one more in W11.
	f.comment(d(2, 8, 0), true, "Unboxing", domain.SubMissingParts)
	f.comment(d(3, 8, 0), true, "Unboxing", domain.SubMissingParts)
	f.comment(d(4, 8, 0), false, "Review video", "")
	f.comment(d(9, 8, 0), true, "Unboxing", "")
	return f
}

func TestComputeWeekByHand(t *testing.T) {
	f := weekTenFixture(t)
	got := f.compute("2026-W09", "2026-W10", "2026-W11")
	w9, w10, w11 := got[0], got[1], got[2]

	if w10.Week != "2026-W10" || w10.End-w10.Start != 167*3600 {
		t.Fatalf("week %s spans %d s, want 167 h (DST)", w10.Week, w10.End-w10.Start)
	}
	// O1, O2, O4; units 2+1+1+1+3; revenue 2000+1000+1000+500+3000.
	if w10.Orders != 3 || w10.Units != 8 || w10.Revenue.AmountMinor != 7500 || w10.Revenue.Currency != "USD" {
		t.Errorf("orders %d units %d revenue %+v", w10.Orders, w10.Units, w10.Revenue)
	}
	// Lines O1A (refunded), O1B, O2A (rejected), O2C (return qty), O4B.
	if w10.EligibleLines != 5 || w10.RefundedLines != 2 {
		t.Errorf("lines %d refunded %d", w10.EligibleLines, w10.RefundedLines)
	}
	near(t, "refund rate", w10.RefundRate, 0.4)
	wantSKU := []SKURefund{{SKU: "A", EligibleLines: 2, RefundedLines: 1, Units: 3}, {SKU: "C", EligibleLines: 1, RefundedLines: 1, Units: 1},
		{SKU: "B", EligibleLines: 2, RefundedLines: 0, Units: 4}}
	if len(w10.RefundBySKU) != len(wantSKU) {
		t.Fatalf("by SKU %+v", w10.RefundBySKU)
	}
	for i, want := range wantSKU {
		g := w10.RefundBySKU[i]
		if g.SKU != want.SKU || g.EligibleLines != want.EligibleLines || g.RefundedLines != want.RefundedLines || g.Units != want.Units {
			t.Errorf("SKU row %d = %+v, want %+v", i, g, want)
		}
		near(t, "rate "+g.SKU, g.Rate, float64(want.RefundedLines)/float64(want.EligibleLines))
	}

	fr := w10.FirstResponse
	if fr.Opened != 6 || fr.Answered != 5 || fr.Unanswered != 1 {
		t.Errorf("first response counts %+v", fr)
	}
	// Sorted hours 1, 2, 12, 13, 30: median 12; p90 at rank 3.6 = 13 + 0.6×17.
	near(t, "median", fr.MedianHours, 12)
	near(t, "p90", fr.P90Hours, 23.2)
	near(t, "within 12h", fr.Within12h, 3.0/6) // 1, 12 (inclusive), 2
	near(t, "within 24h", fr.Within24h, 4.0/6)
	if w10.MissingPartsTickets != 2 {
		t.Errorf("missing parts %d", w10.MissingPartsTickets)
	}

	if w10.Reviews.Count != 4 {
		t.Errorf("reviews %d", w10.Reviews.Count)
	}
	near(t, "avg rating", w10.Reviews.AvgRating, 3.5)
	near(t, "avg words", w10.Reviews.AvgWords, 6.5)
	near(t, "share 11 words", w10.Reviews.Share11Words, 0.5)

	// Cohort c1, c2, c4. Newest order O8 is 60 days and 1 s after O4, which
	// is earlier than the week's end plus 60 days: only d30 is mature.
	if w10.Repeat.CohortBuyers != 3 {
		t.Errorf("cohort %d", w10.Repeat.CohortBuyers)
	}
	near(t, "d30", w10.Repeat.D30, 2.0/3)
	near(t, "d60", w10.Repeat.D60, nil)
	near(t, "d90", w10.Repeat.D90, nil)

	if w10.Comments != 3 || w10.NegativeComments != 2 {
		t.Errorf("comments %d/%d", w10.NegativeComments, w10.Comments)
	}
	near(t, "negative rate", w10.NegativeCommentRate, 2.0/3)

	// W09: O6 only; one unanswered ticket; nothing to average.
	if w9.Orders != 1 || w9.FirstResponse.Opened != 1 || w9.FirstResponse.Unanswered != 1 {
		t.Errorf("W09 %+v", w9)
	}
	near(t, "W09 median", w9.FirstResponse.MedianHours, nil)
	near(t, "W09 within 12h", w9.FirstResponse.Within12h, 0)
	near(t, "W09 rating", w9.Reviews.AvgRating, nil)
	near(t, "W09 negative rate", w9.NegativeCommentRate, nil)
	near(t, "W09 refund rate", w9.RefundRate, 0)
	// W11: O5 (c1's second order: not a new buyer), the late ticket and review.
	if w11.Orders != 1 || w11.Repeat.CohortBuyers != 0 || w11.MissingPartsTickets != 1 || w11.Reviews.Count != 1 {
		t.Errorf("W11 %+v", w11)
	}
}

// TestRepeatMatureAndInclusive adds a later order so every horizon of W10 is
// mature: c4's second order 60 days and 1 s later counts within 90 days only.
func TestRepeatMatureAndInclusive(t *testing.T) {
	f := weekTenFixture(t)
	f.order("LATE", "c9", domain.StatusDelivered, f.local(2026, time.July, 1, 0, 0), line{"Z", 1, 100, 0})
	w10 := f.compute("2026-W10")[0]
	near(t, "d30", w10.Repeat.D30, 2.0/3)
	near(t, "d60", w10.Repeat.D60, 2.0/3)
	near(t, "d90", w10.Repeat.D90, 1)

	// Move c2's return to one second past 30×24 h: it leaves d30.
	f.exec("UPDATE orders SET created_at = created_at + 1 WHERE external_id = 'O7'")
	w10 = f.compute("2026-W10")[0]
	near(t, "d30 after +1 s", w10.Repeat.D30, 1.0/3)
	near(t, "d60 after +1 s", w10.Repeat.D60, 2.0/3)
}

func TestComputeEmptyDatabase(t *testing.T) {
	f := newFixture(t, "UTC")
	m := f.compute("2026-W01")[0]
	if m.Orders != 0 || m.Units != 0 || m.Revenue.AmountMinor != 0 || len(m.RefundBySKU) != 0 {
		t.Fatalf("%+v", m)
	}
	for name, v := range map[string]*float64{"refund": m.RefundRate, "median": m.FirstResponse.MedianHours,
		"within12": m.FirstResponse.Within12h, "rating": m.Reviews.AvgRating, "d30": m.Repeat.D30, "negative": m.NegativeCommentRate} {
		near(t, name, v, nil)
	}
}

func TestPercentileInterpolates(t *testing.T) {
	for _, c := range []struct {
		values []float64
		p      float64
		want   float64
	}{
		{[]float64{3}, 0.9, 3},
		{[]float64{10, 1, 3, 2}, 0.5, 2.5},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9, 9.1},
		{[]float64{0, 100}, 0.9, 90},
	} {
		near(t, "percentile", percentile(c.values, c.p), c.want)
	}
	near(t, "empty", percentile(nil, 0.5), nil)
}

// TestRepeatTwinsAndUnknownTimes: two orders in the same second are a first
// order and a repeat (gap 0); an order without a creation time is neither an
// earlier order nor a repeat; a buyer whose earlier order is cancelled is new.
func TestRepeatTwinsAndUnknownTimes(t *testing.T) {
	f := newFixture(t, "UTC")
	at := f.local(2026, time.January, 7, 12, 0) // 2026-W02
	f.order("T1", "twin", domain.StatusDelivered, at, line{"A", 1, 100, 0})
	f.order("T2", "twin", domain.StatusDelivered, at, line{"A", 1, 100, 0})
	f.order("N1", "nulltime", domain.StatusDelivered, at, line{"A", 1, 100, 0})
	id := f.order("N0", "nulltime", domain.StatusDelivered, at, line{"A", 1, 100, 0})
	f.exec("UPDATE orders SET created_at = NULL WHERE id = ?", id)
	f.order("C0", "afterCancel", domain.StatusCancelled, at.AddDate(0, 0, -30), line{"A", 1, 100, 0})
	f.order("C1", "afterCancel", domain.StatusDelivered, at, line{"A", 1, 100, 0})
	f.order("LATE", "other", domain.StatusDelivered, at.AddDate(0, 6, 0), line{"A", 1, 100, 0})
	m := f.compute("2026-W02")[0]
	if m.Repeat.CohortBuyers != 3 {
		t.Fatalf("cohort %d", m.Repeat.CohortBuyers)
	}
	near(t, "d30", m.Repeat.D30, 1.0/3)
	near(t, "d90", m.Repeat.D90, 1.0/3)
}
