package voc

import (
	"math"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func near(t *testing.T, what string, got *float64, want float64) {
	t.Helper()
	if got == nil || math.Abs(*got-want) > 1e-9 {
		t.Errorf("%s = %v, want %v", what, deref(got), want)
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestImpactWindowEdges ships a fix on Sunday 8 March 2026, the day New York
// moves its clocks forward, and places orders and tickets on each side of
// every boundary.
func TestImpactWindowEdges(t *testing.T) {
	f := newFixture(t, "America/New_York")
	entry := f.entry(domain.VocEntry{Title: "Leaks", SKUs: []string{"A", "B"}, Subcategory: domain.SubDamaged, FixShippedOn: "2026-03-08"})
	o1 := f.order(f.at(2026, 3, 8, 0, 0, 0), "delivered", line{sku: "A"})                    // midnight of the shipped day: after
	f.ret(o1, "A", "Damaged item", "", f.at(2026, 3, 12, 0, 0, 0), true)                     // refunded (returns export)
	f.order(f.at(2026, 3, 7, 23, 59, 59), "delivered", line{sku: "A", returnQty: 1})         // one second before: before, refunded
	f.order(f.at(2026, 3, 1, 0, 0, 0), "delivered", line{sku: "A"})                          // first second of before
	f.order(f.at(2026, 2, 28, 23, 59, 59), "delivered", line{sku: "A", returnQty: 1})        // just outside before
	f.order(f.at(2026, 3, 14, 23, 59, 59), "shipped", line{sku: "A"})                        // last second of after
	f.order(f.at(2026, 3, 15, 0, 0, 0), "delivered", line{sku: "A", returnQty: 1})           // just outside after
	f.order(f.at(2026, 3, 9, 12, 0, 0), "cancelled", line{sku: "A", returnQty: 1})           // not eligible
	o8 := f.order(f.at(2026, 3, 10, 12, 0, 0), "delivered", line{sku: "A"}, line{sku: "B"})  // one order, two lines
	f.order(f.at(2026, 3, 10, 13, 0, 0), "delivered", line{sku: "C", returnQty: 1})          // another SKU
	f.ticket(f.at(2026, 3, 8, 0, 0, 0), "A", 0, domain.SubDefective, "", "after, any topic") // after
	f.ticket(f.at(2026, 3, 9, 0, 0, 0), "", o8, "", "", "about the order: B leaks")          // after, the SKU it names
	f.ticket(f.at(2026, 3, 9, 0, 0, 0), "", o8, "", "", "about the order")                   // no: names no product
	f.ticket(f.at(2026, 3, 9, 0, 0, 0), "C", 0, domain.SubDamaged, "", "other SKU")          // no
	f.ticket(f.at(2026, 3, 2, 0, 0, 0), "B", 0, domain.SubDamaged, "", "before")             // before
	f.ticket(f.at(2026, 3, 15, 0, 0, 0), "A", 0, domain.SubDamaged, "", "after the after")   // no

	im, err := f.engine(f.at(2026, 4, 30, 12, 0, 0)).Impact(f.ctx, entry, 1)
	if err != nil {
		t.Fatal(err)
	}
	b, a := im.Before, im.After
	if b.From != "2026-03-01" || b.To != "2026-03-07" || a.From != "2026-03-08" || a.To != "2026-03-14" {
		t.Fatalf("windows %s..%s and %s..%s", b.From, b.To, a.From, a.To)
	}
	// Calendar days, not 24-hour blocks: the after week is an hour short.
	if b.End != a.Start || b.End-b.Start != 7*86400 || a.End-a.Start != 7*86400-3600 {
		t.Fatalf("bounds %d..%d..%d", b.Start, b.End, a.End)
	}
	if b.Orders != 2 || b.EligibleLines != 2 || b.RefundedLines != 1 || b.Tickets != 1 {
		t.Errorf("before %+v", b)
	}
	if a.Orders != 3 || a.EligibleLines != 4 || a.RefundedLines != 1 || a.Tickets != 2 {
		t.Errorf("after %+v", a)
	}
	near(t, "before refund rate", b.RefundRate, 0.5)
	near(t, "after refund rate", a.RefundRate, 0.25)
	near(t, "before tickets per 100", b.TicketsPer100Orders, 50)
	near(t, "after tickets per 100", a.TicketsPer100Orders, 200.0/3)
	// Pooled p = 2/6; se = sqrt(1/3 × 2/3 × (1/2 + 1/4)) = sqrt(1/6) = 0.408248;
	// z = (0.25 − 0.5) / 0.408248 = −0.612372; p-value = erfc(0.612372/√2) = 0.540291.
	if im.PValue == nil || math.Abs(*im.PValue-0.5402913746) > 1e-9 {
		t.Errorf("p-value %v", deref(im.PValue))
	}
	// Too few lines: pooled refunds 2 of 6, so each window needs
	// max(30, ceil(5 × 6 / 2) = 15) = 30 lines; the before window lacks 28.
	// 6 lines in 5 orders: 28 × 5 / 6 = 23.3 → 24 orders. 30 lines at 2 a
	// week → 15 weeks.
	if im.Verdict != VerdictNotEnoughData || im.Reason != ReasonTooFewOrders || im.Refunds.MinPerWindow != 30 ||
		im.Refunds.MoreNeeded != 28 || im.MoreOrdersNeeded != 24 || im.SuggestedWeeks != 15 {
		t.Errorf("verdict %+v more orders %d weeks %d", im.Refunds, im.MoreOrdersNeeded, im.SuggestedWeeks)
	}
}

func TestImpactSKUWithNoOrders(t *testing.T) {
	f := newFixture(t, "UTC")
	f.order(time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), "delivered", line{sku: "OTHER"})
	entry := f.entry(domain.VocEntry{Title: "New SKU", SKUs: []string{"NEW"}, FixShippedOn: "2026-02-01"})
	im, err := f.engine(time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)).Impact(f.ctx, entry, 0)
	if err != nil {
		t.Fatal(err)
	}
	if im.Weeks != DefaultImpactWeeks || im.Before.RefundRate != nil || im.After.TicketsPer100Orders != nil || im.PValue != nil {
		t.Fatalf("%+v", im)
	}
	if im.Verdict != VerdictNotEnoughData || im.Reason != ReasonTooFewOrders || im.MoreOrdersNeeded != 30 || im.SuggestedWeeks != 0 {
		t.Fatalf("verdict %s/%s more %d weeks %d", im.Verdict, im.Reason, im.MoreOrdersNeeded, im.SuggestedWeeks)
	}
	if im.Tickets.Verdict != VerdictNotEnoughData || im.Tickets.PValue != nil {
		t.Fatalf("tickets %+v", im.Tickets)
	}
}

// plantWindows adds n one-line orders on SKU S in each of the 4 weeks before
// and after 2 February 2026 (UTC), refunding the first refundsBefore and
// refundsAfter of them, and ticketsBefore/After tickets.
func plantWindows(f *fixture, n, refundsBefore, refundsAfter, ticketsBefore, ticketsAfter int) domain.VocEntry {
	shipped := time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC)
	step := 28 * 24 * time.Hour / time.Duration(n)
	for i := 0; i < n; i++ {
		before := shipped.Add(-28*24*time.Hour + time.Duration(i)*step)
		id := f.order(before, "delivered", line{sku: "S"})
		if i < refundsBefore {
			f.ret(id, "S", "Damaged item", "", before.Add(48*time.Hour), true)
		}
		after := shipped.Add(time.Duration(i) * step)
		qty := 0
		if i < refundsAfter {
			qty = 1
		}
		f.order(after, "delivered", line{sku: "S", returnQty: qty})
	}
	for i := 0; i < ticketsBefore; i++ {
		f.ticket(shipped.Add(-time.Duration(i+1)*time.Hour), "S", 0, domain.SubDamaged, "", "before")
	}
	for i := 0; i < ticketsAfter; i++ {
		f.ticket(shipped.Add(time.Duration(i)*time.Hour), "S", 0, domain.SubDamaged, "", "after")
	}
	return f.entry(domain.VocEntry{Title: "Leaks", SKUs: []string{"S"}, Subcategory: domain.SubDamaged, FixShippedOn: "2026-02-02"})
}

// TestImpactVerdictsAgainstHandComputedTests checks the p-values and the
// verdicts on windows with known counts.
func TestImpactVerdictsAgainstHandComputedTests(t *testing.T) {
	for _, c := range []struct {
		name                    string
		n, rb, ra, tb, ta       int
		pValue, ticketsP        float64
		verdict, ticketsVerdict string
	}{
		// Refunds 20/200 → 8/200: p = 28/400 = 0.07; se = sqrt(0.07 × 0.93 × 0.01) = 0.0255147;
		// z = −0.06 / 0.0255147 = −2.351585; p-value = erfc(2.351585/√2) = 0.0186936.
		// Tickets 30/200 → 12/200 orders: λ = 42/400 = 0.105; se = sqrt(0.105 × 0.01) = 0.0324037;
		// z = −0.09 / 0.0324037 = −2.777460; p-value = 0.0054786.
		{"improved", 200, 20, 8, 30, 12, 0.018693597691552, 0.005478553242547, VerdictImproved, VerdictImproved},
		{"got worse", 200, 8, 20, 12, 30, 0.018693597691552, 0.005478553242547, VerdictGotWorse, VerdictGotWorse},
		// Refunds 12/300 → 15/300: p = 27/600 = 0.045; se = sqrt(0.045 × 0.955 × 2/300) = 0.0169263;
		// z = 0.01 / 0.0169263 = 0.590796; p-value = 0.5546570. Needs max(30, ceil(5 × 600 / 27)) = 112 lines: has 300.
		// Tickets 20/300 → 20/300: z = 0, p-value = 1.
		{"no clear change", 300, 12, 15, 20, 20, 0.554656987273518, 1, VerdictNoClearChange, VerdictNoClearChange},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, "UTC")
			entry := plantWindows(f, c.n, c.rb, c.ra, c.tb, c.ta)
			im, err := f.engine(time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)).Impact(f.ctx, entry, 4)
			if err != nil {
				t.Fatal(err)
			}
			if im.Before.EligibleLines != c.n || im.After.EligibleLines != c.n || im.Before.RefundedLines != c.rb ||
				im.After.RefundedLines != c.ra || im.Before.Orders != c.n || im.Before.Tickets != c.tb || im.After.Tickets != c.ta {
				t.Fatalf("counts %+v / %+v", im.Before, im.After)
			}
			if im.PValue == nil || math.Abs(*im.PValue-c.pValue) > 1e-9 || im.Verdict != c.verdict || im.Reason != "" {
				t.Errorf("refunds p %v verdict %s (%s)", deref(im.PValue), im.Verdict, im.Message)
			}
			if im.Tickets.PValue == nil || math.Abs(*im.Tickets.PValue-c.ticketsP) > 1e-9 || im.Tickets.Verdict != c.ticketsVerdict {
				t.Errorf("tickets %+v p %v", im.Tickets, deref(im.Tickets.PValue))
			}
		})
	}
}

// TestImpactWaitsForTheAfterWindowAndForData: a clear drop still reads
// "not enough data" while the after window runs or the orders stop short.
func TestImpactWaitsForTheAfterWindowAndForData(t *testing.T) {
	f := newFixture(t, "UTC")
	entry := plantWindows(f, 200, 20, 8, 0, 0)
	running, err := f.engine(time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)).Impact(f.ctx, entry, 4)
	if err != nil {
		t.Fatal(err)
	}
	// 2 February + 28 days = 2 March.
	if running.Verdict != VerdictNotEnoughData || running.Reason != ReasonAfterWindowOpen || running.ReadyOn != "2026-03-02" {
		t.Fatalf("running: %s %s %q", running.Verdict, running.Reason, running.ReadyOn)
	}
	// 8 weeks after: the window ends 30 March; the newest order (1 March)
	// is more than 7 days older.
	behind, err := f.engine(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)).Impact(f.ctx, entry, 8)
	if err != nil {
		t.Fatal(err)
	}
	if behind.Verdict != VerdictNotEnoughData || behind.Reason != ReasonDataBehind || behind.ReadyOn != "" {
		t.Fatalf("behind: %s %s", behind.Verdict, behind.Reason)
	}
	ready, _ := f.engine(time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)).Impact(f.ctx, entry, 4)
	if ready.Verdict != VerdictImproved {
		t.Fatalf("the day the window closes: %s %s", ready.Verdict, ready.Message)
	}
}

func TestImpactRefusesBadInput(t *testing.T) {
	f := newFixture(t, "UTC")
	open := f.entry(domain.VocEntry{Title: "Not shipped", SKUs: []string{"S"}})
	if _, err := f.engine(time.Now()).Impact(f.ctx, open, 4); apperr.From(err).Details["fixShippedOn"] != "required" {
		t.Fatalf("unshipped: %v", err)
	}
	open.FixShippedOn = "2026-01-01"
	for _, weeks := range []int{-1, 27} {
		if _, err := f.engine(time.Now()).Impact(f.ctx, open, weeks); apperr.From(err).Code != apperr.CodeInvalidInput {
			t.Fatalf("weeks %d: %v", weeks, err)
		}
	}
}

func TestTwoProportionAndPoissonTests(t *testing.T) {
	// 30/100 vs 15/100: p = 0.225; se = sqrt(0.225 × 0.775 × 0.02) = 0.0590551;
	// z = −0.15 / 0.0590551 = −2.540003; p-value = 0.0110851.
	z, p, ok := TwoProportionZ(30, 100, 15, 100)
	if !ok || math.Abs(z+2.540003) > 1e-6 || math.Abs(p-0.0110851) > 1e-6 {
		t.Errorf("two-proportion z %v p %v", z, p)
	}
	if _, _, ok := TwoProportionZ(0, 50, 0, 80); ok {
		t.Error("nothing refunded on either side has no test")
	}
	if _, _, ok := TwoProportionZ(3, 0, 1, 10); ok {
		t.Error("an empty window has no test")
	}
	// 10 tickets / 50 orders vs 25 / 50: λ = 35/100; se = sqrt(0.35 × 0.04) = 0.118322;
	// z = 0.3 / 0.118322 = 2.535463; p-value = 0.0112299.
	z, p, ok = PoissonRateZ(10, 50, 25, 50)
	if !ok || math.Abs(z-2.535463) > 1e-6 || math.Abs(p-0.0112299) > 1e-6 {
		t.Errorf("poisson z %v p %v", z, p)
	}
	// minimumFor: ceil(5 × 600 / 27) = 112; rare refunds need many lines:
	// 3 of 1000 → ceil(5000/3) = 1667; none or all refunded → the floor.
	for _, c := range []struct{ events, total, want int }{{27, 600, 112}, {3, 1000, 1667}, {0, 500, 30}, {500, 500, 30}, {300, 600, 30}} {
		if got := minimumFor(c.events, c.total, true); got != c.want {
			t.Errorf("minimumFor(%d, %d) = %d, want %d", c.events, c.total, got, c.want)
		}
	}
}
