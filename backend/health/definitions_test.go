package health

import (
	"testing"
	"time"
)

// The 60-day window as of 2026-04-30 starts at midnight of 03-02 and ends
// at midnight of 05-01, shop time.
func TestNegativeReviewWindowEdgesAndFirstReview(t *testing.T) {
	f := newFixture(t, "America/New_York")
	asOf := day("2026-04-30")
	first := f.delivered(f.at(2026, 3, 2, 0, 0))   // first second of the window
	f.delivered(f.at(2026, 3, 1, 23, 59))          // the day before: out
	last := f.delivered(f.at(2026, 4, 30, 23, 59)) // last minute: in
	f.delivered(f.at(2026, 5, 1, 0, 0))            // the day after: out
	edited := f.delivered(f.at(2026, 4, 1, 12, 0)) // 1 star, later a 5-star review
	late := f.delivered(f.at(2026, 4, 2, 12, 0))   // 2 stars, but posted after the day
	f.review(first, "MUG", 5, f.at(2026, 3, 10, 9, 0))
	f.review(last, "MUG", 2, f.at(2026, 4, 30, 23, 59))
	f.review(edited, "TEE", 1, f.at(2026, 4, 5, 9, 0))
	f.review(edited, "TEE", 5, f.at(2026, 4, 9, 9, 0))
	f.review(late, "TEE", 2, f.at(2026, 5, 1, 0, 0))
	m := f.metric(asOf, NRR)
	expect(t, m, 2, 4)
	if m.WindowDays != 60 || m.Confidence != Low || m.Status != StatusTooFew {
		t.Fatalf("window %d, confidence %s, status %s", m.WindowDays, m.Confidence, m.Status)
	}
	// A day later the late review is known and the first delivered order
	// has left the window.
	expect(t, f.metric(day("2026-05-01"), NRR), 3, 4)
	rows := f.drill(asOf, NRR)
	if len(rows) != 2 || rows[0].Kind != KindReview || rows[0].Rating != 2 || rows[1].Rating != 1 {
		t.Fatalf("drill rows = %+v", rows)
	}
}

func TestNonBuyerFaultReturnsAndUnknownReasons(t *testing.T) {
	f := newFixture(t, "Asia/Singapore")
	asOf := day("2026-06-30")
	d := f.at(2026, 6, 10, 12, 0)
	damaged, mind, crushed, smell, after, two := f.delivered(d), f.delivered(d), f.delivered(d), f.delivered(d), f.delivered(d), f.delivered(d)
	f.delivered(d)
	f.ret(damaged, "MUG", "Damaged item", d.AddDate(0, 0, 1))
	f.ret(mind, "MUG", "Changed mind", d.AddDate(0, 0, 1))
	f.ret(after, "MUG", "Damaged item", f.at(2026, 7, 1, 0, 0)) // requested after the day: not known yet
	f.ret(two, "MUG", "Wrong item sent", d.AddDate(0, 0, 1))
	f.ret(two, "CUP", "Missing parts", d.AddDate(0, 0, 2)) // the same order counts once
	m := f.metric(asOf, NBFRR)
	expect(t, m, 2, 7)
	if m.Confidence != Low {
		t.Fatalf("confidence %s with 7 orders", m.Confidence)
	}
	// A reason worded differently is classified by keyword (medium); one
	// no rule knows is left out and listed for the seller.
	f.ret(crushed, "MUG", "Box arrived crushed and damaged", d.AddDate(0, 0, 1))
	f.ret(smell, "MUG", "Weird smell", d.AddDate(0, 0, 1))
	for i := 0; i < 30; i++ {
		f.delivered(d)
	}
	m = f.metric(asOf, NBFRR)
	expect(t, m, 3, 37)
	if m.Confidence != Medium || m.Inferred != "unknown_reasons" {
		t.Fatalf("confidence %s (%s)", m.Confidence, m.Inferred)
	}
	choices, err := ReasonsToClassify(f.ctx, f.st)
	if err != nil || len(choices) != 1 || choices[0].Reason != "Weird smell" || choices[0].Fault != FaultUnknown {
		t.Fatalf("reasons to classify = %+v, %v", choices, err)
	}
	// The seller's decision is remembered, for every spelling of it.
	if err := ClassifyReason(f.ctx, f.st, "weird  SMELL", FaultSeller, time.Now()); err != nil {
		t.Fatal(err)
	}
	m = f.metric(asOf, NBFRR)
	expect(t, m, 4, 37)
	if m.Inferred != "reason_keyword" {
		t.Fatalf("inferred %q after classifying", m.Inferred)
	}
	choices, _ = ReasonsToClassify(f.ctx, f.st)
	if len(choices) != 1 || choices[0].Fault != FaultSeller || choices[0].Source != SourceSeller {
		t.Fatalf("classified reason = %+v", choices)
	}
	var faults []string
	for _, r := range f.drill(asOf, NBFRR) {
		faults = append(faults, r.Reason+":"+r.Fault)
	}
	if len(faults) != 6 || faults[len(faults)-1] != "Changed mind:buyer" {
		t.Fatalf("drill = %v", faults)
	}
}

func TestSellerFaultCancellations(t *testing.T) {
	f := newFixture(t, "America/Los_Angeles")
	asOf := day("2026-02-28")
	p := f.at(2026, 2, 10, 9, 0)
	c := p.Add(3 * time.Hour)
	f.order(ord{paid: p, cancelled: c, status: "cancelled", cancelBy: "Seller", cancelReason: "Out of stock"})
	f.order(ord{paid: p, cancelled: c, status: "cancelled", cancelBy: "User", cancelReason: "No longer needed"})
	f.order(ord{paid: p, cancelled: c, status: "cancelled", cancelBy: "System", cancelReason: "Seller did not ship in time"})
	f.order(ord{paid: p, cancelled: f.at(2026, 3, 1, 0, 0), status: "cancelled", cancelBy: "Seller"})    // after the day
	f.order(ord{paid: f.at(2026, 1, 29, 23, 59), cancelled: c, status: "cancelled", cancelBy: "Seller"}) // paid before the window
	f.order(ord{cancelled: c, status: "cancelled", cancelBy: "System", cancelReason: "Payment overdue"}) // never paid
	f.order(ord{paid: f.at(2026, 1, 30, 0, 0)})                                                          // first second of the window
	m := f.metric(asOf, SFCR)
	expect(t, m, 2, 5)
	if m.Inferred != "" {
		t.Fatalf("inferred %q", m.Inferred)
	}
	// Without Cancel By the reason decides, and the figure is inferred.
	f.order(ord{paid: p, cancelled: c, status: "cancelled", cancelReason: "Out of stock"})
	f.order(ord{paid: p, cancelled: c, status: "cancelled", cancelReason: "Ordered by mistake"})
	m = f.metric(asOf, SFCR)
	expect(t, m, 3, 7)
	if m.Inferred != "cancel_by" {
		t.Fatalf("inferred %q", m.Inferred)
	}
}

// Deadlines count Monday to Friday in the shop zone; the spring-forward
// Sunday (2026-03-08 in New York) and the fall-back Sunday (2026-11-01)
// neither shift nor add a day.
func TestDispatchDeadlineAcrossDST(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	at := func(m time.Month, d, h int) int64 { return time.Date(2026, m, d, h, 0, 0, 0, ny).Unix() }
	cases := []struct {
		paid, want int64
	}{
		{at(3, 6, 10), at(3, 11, 0)},   // Friday -> end of Tuesday, after the change
		{at(3, 7, 23), at(3, 11, 0)},   // Saturday -> Tuesday
		{at(3, 8, 1), at(3, 11, 0)},    // Sunday, before 2 AM -> Tuesday
		{at(3, 9, 0), at(3, 12, 0)},    // Monday midnight -> Wednesday
		{at(3, 5, 23), at(3, 10, 0)},   // Thursday -> Monday
		{at(10, 30, 18), at(11, 4, 0)}, // Friday -> Tuesday, across the fall back
	}
	for _, c := range cases {
		if got := businessDeadline(c.paid, 2, ny); got != c.want {
			t.Errorf("paid %s: deadline %s, want %s", time.Unix(c.paid, 0).In(ny), time.Unix(got, 0).In(ny), time.Unix(c.want, 0).In(ny))
		}
	}
	if got, want := businessDeadline(at(3, 6, 10), 6, ny), at(3, 17, 0); got != want {
		t.Errorf("six business days: %s, want %s", time.Unix(got, 0).In(ny), time.Unix(want, 0).In(ny))
	}
}

func TestLateDispatchShippedVersusRTSAndFBT(t *testing.T) {
	f := newFixture(t, "America/New_York")
	asOf := day("2026-03-31")
	fri := f.at(2026, 3, 6, 10, 0)
	f.order(ord{paid: fri, rts: f.at(2026, 3, 10, 23, 59), shipped: f.at(2026, 3, 10, 23, 59)}) // on time: last minute
	f.order(ord{paid: fri, rts: f.at(2026, 3, 9, 12, 0), shipped: f.at(2026, 3, 11, 0, 0)})     // label on time, shipped late
	f.order(ord{paid: fri, rts: f.at(2026, 3, 12, 9, 0), shipped: f.at(2026, 3, 12, 15, 0)})    // both late
	f.order(ord{paid: fri, rts: f.at(2026, 3, 12, 9, 0), shipped: f.at(2026, 3, 12, 15, 0), fulfillment: "Fulfillment by TikTok"})
	f.order(ord{paid: fri, rts: f.at(2026, 3, 12, 9, 0), shipped: f.at(2026, 4, 1, 0, 0)}) // shipped after the day
	// Paid long before the window and shipped in it: still found, and late.
	f.order(ord{paid: f.at(2026, 1, 2, 10, 0), shipped: f.at(2026, 3, 20, 10, 0)})
	expect(t, f.metric(asOf, LDR), 3, 4)
	expect(t, f.metric(asOf, LDRRTS), 2, 4)
	rows := f.drill(asOf, LDR)
	if len(rows) != 3 || rows[1].Deadline != f.at(2026, 3, 11, 0, 0).Unix() || rows[1].PaidWeekday != "Friday" ||
		rows[0].OrderExternalID == "" {
		t.Fatalf("late dispatch rows = %+v", rows)
	}
	// The FBT order still counts where the seller is graded regardless.
	expect(t, f.metric(asOf, NRR), 0, 0)
}

func TestOnTimeDelivery(t *testing.T) {
	f := newFixture(t, "America/Chicago")
	asOf := day("2026-05-29")      // a Friday; window from 04-30
	mon := f.at(2026, 5, 11, 9, 0) // deliver by the end of Tuesday 05-19
	f.order(ord{paid: mon, shipped: mon.Add(24 * time.Hour), delivered: f.at(2026, 5, 19, 23, 59)})
	f.order(ord{paid: mon, shipped: mon.Add(24 * time.Hour), delivered: f.at(2026, 5, 20, 0, 0)}) // late
	f.order(ord{paid: mon})                                                                       // never delivered: late
	f.order(ord{paid: mon, cancelled: mon.Add(time.Hour), status: "cancelled"})                   // cancelled: out
	f.order(ord{paid: mon, delivered: f.at(2026, 5, 19, 10, 0), fulfillment: "FBT"})              // fulfilled by TikTok: out
	f.order(ord{paid: f.at(2026, 5, 22, 9, 0)})                                                   // due 06-01, after the day: out
	f.order(ord{paid: f.at(2026, 4, 22, 9, 0), delivered: f.at(2026, 4, 29, 9, 0)})               // due 04-30: first day in
	f.order(ord{paid: f.at(2026, 4, 21, 9, 0), delivered: f.at(2026, 4, 28, 9, 0)})               // due 04-29: out
	m := f.metric(asOf, OTDR)
	expect(t, m, 2, 4)
	if m.Compare != AtLeast || m.Target != 0.95 {
		t.Fatalf("target %v %s", m.Target, m.Compare)
	}
	// Fewer business days move the deliver-by dates.
	if _, err := SaveSettings(f.ctx, f.st, Settings{DeliveryDays: 3}); err != nil {
		t.Fatal(err)
	}
	expect(t, f.metric(asOf, OTDR), 0, 4) // 05-11 orders now due 05-14; the 04-22 order due 04-27
}

func TestResponseRatesLeaveOutRecentChats(t *testing.T) {
	f := newFixture(t, "Asia/Bangkok")
	asOf := day("2026-08-31")
	end := f.at(2026, 9, 1, 0, 0)
	o := f.at(2026, 8, 10, 9, 0)
	f.chat(o, o.Add(11*time.Hour), "Ana")                  // within 12 h
	f.chat(o, o.Add(13*time.Hour), "Ben")                  // within 24 h only
	f.chat(o, time.Time{}, "")                             // never answered
	f.chat(end.Add(-5*time.Hour), time.Time{}, "")         // too recent for both
	f.chat(end.Add(-13*time.Hour), time.Time{}, "")        // missed 12 h, too recent for 24 h
	f.chat(end.Add(-2*time.Hour), end.Add(time.Hour), "")  // answered after the day: too recent
	f.chat(end.Add(-30*time.Hour), end.Add(time.Hour), "") // answered after the day: late for both
	f.chat(f.at(2026, 8, 2, 0, 0), time.Time{}, "")        // first second of the window
	f.chat(f.at(2026, 8, 1, 23, 59), time.Time{}, "")      // the day before: out
	expect(t, f.metric(asOf, Response12), 1, 6)
	expect(t, f.metric(asOf, Response24), 2, 5)
	rows := f.drill(asOf, Response12)
	if len(rows) != 5 || rows[0].FirstResponseAt != 0 {
		t.Fatalf("slow chats = %+v", rows)
	}
}

func TestStatusAndConfidence(t *testing.T) {
	f := newFixture(t, "UTC")
	asOf := day("2026-03-31")
	for i := 0; i < 40; i++ {
		p := f.at(2026, 3, 2, 9, 0) // Monday: ship by the end of Wednesday
		shipped := f.at(2026, 3, 3, 9, 0)
		if i < 2 {
			shipped = f.at(2026, 3, 5, 9, 0)
		}
		f.order(ord{paid: p, rts: shipped, shipped: shipped})
	}
	m := f.metric(asOf, LDR)
	expect(t, m, 2, 40)
	if m.Status != StatusBad || m.Confidence != High || *m.Rate != 2.0/40 || m.Target != 0.04 {
		t.Fatalf("status %s confidence %s rate %v target %v", m.Status, m.Confidence, *m.Rate, m.Target)
	}
	if _, err := SaveSettings(f.ctx, f.st, Settings{Targets: map[string]float64{LDR: 0.05}}); err != nil {
		t.Fatal(err)
	}
	if m := f.metric(asOf, LDR); m.Status != StatusGood || m.Target != 0.05 {
		t.Fatalf("at 5%% against at most 5%%: %s", m.Status)
	}
	if _, err := SaveSettings(f.ctx, f.st, Settings{Targets: map[string]float64{LDR: 1.5}}); err == nil {
		t.Fatal("a target over 100% was saved")
	}
}
