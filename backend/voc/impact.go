package voc

import (
	"context"
	"fmt"
	"math"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// "Did the fix work?": the refund rate before and after a shipped fix.
//
// Windows: with the fix shipped on day D (shop-local) and N weeks, before =
// [D − 7N days, D) and after = [D, D + 7N days), each bound at midnight shop
// time built with calendar-day arithmetic, so both windows hold exactly 7N
// calendar days even across a DST change. An order created at 00:00:00 on D
// is "after"; one created a second earlier is "before".
//
// Per window, over the entry's SKUs:
//   - refund rate: store.RefundCountsBySKU summed over the SKUs (the
//     scorecard's rule: eligible lines of orders created in the window, and
//     how many have a counting return or a return quantity);
//   - orders: eligible (not cancelled) orders created in the window with at
//     least one line on the SKUs;
//   - tickets: tickets on the SKUs (any topic) opened in the window, so
//     tickets per 100 orders = tickets / orders × 100. Tickets trail their
//     orders by days; with equal windows that lag cancels out.
//
// Verdict (refund rate first, tickets the same way with orders as the
// count): not_enough_data while the after window is still running (readyOn
// says when it ends), while the newest imported order is more than 7 days
// older than the after window's end (the data is behind), or while either
// window has fewer than MinPerWindow eligible lines or fewer than
// MinExpected expected refunds (or non-refunds) at the pooled rate, which
// is the textbook condition for the normal approximation; then the pooled
// two-proportion z-test at Alpha decides improved / got_worse, otherwise
// no_clear_change.

// Impact settings.
const (
	DefaultImpactWeeks = 4
	MaxImpactWeeks     = 26
	Alpha              = 0.05
	MinPerWindow       = 30
	MinExpected        = 5
)

// Verdicts.
const (
	VerdictImproved      = "improved"
	VerdictGotWorse      = "got_worse"
	VerdictNoClearChange = "no_clear_change"
	VerdictNotEnoughData = "not_enough_data"
)

// Verdicts lists every verdict with its label.
var Verdicts = []domain.Option{
	{Key: VerdictImproved, Label: "Improved"}, {Key: VerdictGotWorse, Label: "Got worse"},
	{Key: VerdictNoClearChange, Label: "No clear change"}, {Key: VerdictNotEnoughData, Label: "Not enough data yet"},
}

// Why a verdict is not_enough_data.
const (
	ReasonAfterWindowOpen = "after_window_open"
	ReasonDataBehind      = "data_behind"
	ReasonTooFewOrders    = "too_few_orders"
)

// Window is the counts on one side of the shipped date. Rates are
// fractions (0.04 = 4%), nil when nothing was there to divide by.
type Window struct {
	From                string   `json:"from"` // first day, YYYY-MM-DD, shop time
	To                  string   `json:"to"`   // last day, inclusive
	Start               int64    `json:"start"`
	End                 int64    `json:"end"` // exclusive
	Orders              int      `json:"orders"`
	RefundedLines       int      `json:"refundedLines"`
	EligibleLines       int      `json:"eligibleLines"`
	RefundRate          *float64 `json:"refundRate"`
	Tickets             int      `json:"tickets"`
	TicketsPer100Orders *float64 `json:"ticketsPer100Orders"`
}

// Test is one before/after comparison.
type Test struct {
	Z       *float64 `json:"z"`
	PValue  *float64 `json:"pValue"`
	Verdict string   `json:"verdict"`
	Reason  string   `json:"reason"`
	// MinPerWindow is what each window needs (eligible lines for refunds,
	// orders for tickets); MoreNeeded how many the shorter window lacks.
	MinPerWindow int `json:"minPerWindow"`
	MoreNeeded   int `json:"moreNeeded"`
}

// Impact is the before/after comparison of an entry's fix.
type Impact struct {
	EntryID   int64  `json:"entryId"`
	ShippedOn string `json:"shippedOn"`
	Weeks     int    `json:"weeks"`
	Before    Window `json:"before"`
	After     Window `json:"after"`
	// PValue, Verdict and Reason repeat Refunds: the refund rate decides.
	PValue  *float64 `json:"pValue"`
	Verdict string   `json:"verdict"`
	Reason  string   `json:"reason"`
	Message string   `json:"message"`
	Refunds Test     `json:"refunds"`
	Tickets Test     `json:"tickets"`
	// With too few orders: about how many more orders the shorter window
	// needs, and how many weeks per window would likely be enough (0 = not
	// even MaxImpactWeeks).
	MoreOrdersNeeded int `json:"moreOrdersNeeded"`
	SuggestedWeeks   int `json:"suggestedWeeks"`
	// ReadyOn is the day the after window is complete, while it is not.
	ReadyOn string `json:"readyOn"`
}

// Impact compares the N weeks before the fix shipped with the N weeks after
// (weeks 0 = DefaultImpactWeeks).
func (e *Engine) Impact(ctx context.Context, entry domain.VocEntry, weeks int) (Impact, error) {
	if weeks == 0 {
		weeks = DefaultImpactWeeks
	}
	if weeks < 1 || weeks > MaxImpactWeeks {
		return Impact{}, apperr.Newf(apperr.CodeInvalidInput, "Compare between 1 and %d weeks, not %d.", MaxImpactWeeks, weeks).
			With("weeks", "out of range")
	}
	if entry.FixShippedOn == "" {
		return Impact{}, apperr.Newf(apperr.CodeInvalidInput, "Entry %d has no fix shipped date yet: set it to compare before and after.", entry.ID).
			With("fixShippedOn", "required")
	}
	shipped, err := ParseShopDate(entry.FixShippedOn, e.loc)
	if err != nil {
		return Impact{}, apperr.New(apperr.CodeInvalidInput, err.Error()).With("fixShippedOn", "invalid")
	}
	out := Impact{EntryID: entry.ID, ShippedOn: entry.FixShippedOn, Weeks: weeks}
	if out.Before, err = e.window(ctx, entry.SKUs, addDays(shipped, -7*weeks), shipped); err != nil {
		return out, err
	}
	if out.After, err = e.window(ctx, entry.SKUs, shipped, addDays(shipped, 7*weeks)); err != nil {
		return out, err
	}
	gate := ""
	afterEnd := time.Unix(out.After.End, 0).In(e.loc)
	if e.now.Before(afterEnd) {
		gate, out.ReadyOn = ReasonAfterWindowOpen, afterEnd.Format(domain.DateLayout)
	} else {
		newest, err := e.store.NewestOrderCreated(ctx)
		if err != nil {
			return out, err
		}
		if newest < addDays(afterEnd, -7).Unix() {
			gate = ReasonDataBehind
		}
	}
	b, a := out.Before, out.After
	out.Refunds = judge(gate, minimumFor(b.RefundedLines+a.RefundedLines, b.EligibleLines+a.EligibleLines, true),
		b.EligibleLines, a.EligibleLines, func() (float64, float64, bool) {
			return TwoProportionZ(b.RefundedLines, b.EligibleLines, a.RefundedLines, a.EligibleLines)
		})
	out.Tickets = judge(gate, minimumFor(b.Tickets+a.Tickets, b.Orders+a.Orders, false),
		b.Orders, a.Orders, func() (float64, float64, bool) { return PoissonRateZ(b.Tickets, b.Orders, a.Tickets, a.Orders) })
	out.PValue, out.Verdict, out.Reason = out.Refunds.PValue, out.Refunds.Verdict, out.Refunds.Reason
	if out.Reason == ReasonTooFewOrders {
		more := out.Refunds.MoreNeeded
		out.MoreOrdersNeeded = more
		if orders, lines := b.Orders+a.Orders, b.EligibleLines+a.EligibleLines; orders > 0 && lines > orders {
			out.MoreOrdersNeeded = int(math.Ceil(float64(more) * float64(orders) / float64(lines)))
		}
		if shorter := min(b.EligibleLines, a.EligibleLines); shorter > 0 {
			w := int(math.Ceil(float64(weeks) * float64(out.Refunds.MinPerWindow) / float64(shorter)))
			if w <= MaxImpactWeeks {
				out.SuggestedWeeks = w
			}
		}
	}
	out.Message = message(out)
	return out, nil
}

func (e *Engine) window(ctx context.Context, skus []string, start, end time.Time) (Window, error) {
	w := Window{From: start.Format(domain.DateLayout), To: addDays(end, -1).Format(domain.DateLayout),
		Start: start.Unix(), End: end.Unix()}
	counts, err := e.store.RefundCountsBySKU(ctx, w.Start, w.End, skus)
	if err != nil {
		return w, err
	}
	for _, c := range counts {
		w.EligibleLines += c.EligibleLines
		w.RefundedLines += c.RefundedLines
	}
	if w.Orders, err = e.store.CountOrdersWithSKUs(ctx, skus, w.Start, w.End); err != nil {
		return w, err
	}
	if w.Tickets, err = e.store.CountTicketsOnSKUs(ctx, skus, w.Start, w.End); err != nil {
		return w, err
	}
	if w.EligibleLines > 0 {
		r := float64(w.RefundedLines) / float64(w.EligibleLines)
		w.RefundRate = &r
	}
	if w.Orders > 0 {
		r := float64(w.Tickets) / float64(w.Orders) * 100
		w.TicketsPer100Orders = &r
	}
	return w, nil
}

// minimumFor is the per-window count a test needs: at least MinPerWindow,
// and enough that each window expects MinExpected events at the pooled
// rate (events/total). For shares (refunds) the non-events must reach it
// too. With no events at all, MinPerWindow alone.
func minimumFor(events, total int, share bool) int {
	rarer := events
	if share {
		rarer = min(events, total-events)
	}
	if rarer <= 0 {
		return MinPerWindow
	}
	// ceil(MinExpected × total / rarer) in integers: no float rounding at
	// the boundary.
	need := (MinExpected*total + rarer - 1) / rarer
	return max(MinPerWindow, need)
}

func judge(gate string, minimum, n1, n2 int, test func() (float64, float64, bool)) Test {
	t := Test{MinPerWindow: minimum, MoreNeeded: max(0, minimum-n1, minimum-n2)}
	z, p, ok := test()
	if ok {
		t.Z, t.PValue = &z, &p
	}
	switch {
	case gate != "":
		t.Verdict, t.Reason = VerdictNotEnoughData, gate
	case t.MoreNeeded > 0:
		t.Verdict, t.Reason = VerdictNotEnoughData, ReasonTooFewOrders
	case !ok || p >= Alpha:
		t.Verdict = VerdictNoClearChange
	case z < 0:
		t.Verdict = VerdictImproved
	default:
		t.Verdict = VerdictGotWorse
	}
	return t
}

// message is the verdict as one plain sentence for the entry page.
func message(m Impact) string {
	rates := fmt.Sprintf("refund rate %s before, %s after (%d and %d eligible lines)",
		percent(m.Before.RefundRate), percent(m.After.RefundRate), m.Before.EligibleLines, m.After.EligibleLines)
	pv := ""
	switch {
	case m.PValue == nil:
	case *m.PValue < 0.001:
		pv = ", p < 0.001"
	default:
		pv = fmt.Sprintf(", p = %.3f", *m.PValue)
	}
	switch m.Reason {
	case ReasonAfterWindowOpen:
		return fmt.Sprintf("The %d weeks after the fix run until %s; the verdict is ready on %s. So far: %s.",
			m.Weeks, m.After.To, m.ReadyOn, rates)
	case ReasonDataBehind:
		return fmt.Sprintf("Import orders up to %s first: the newest order in Afterloop is more than a week older than the end of the after window.", m.After.To)
	case ReasonTooFewOrders:
		s := fmt.Sprintf("Not enough orders to tell yet: %s; each window needs %d. About %d more orders are needed",
			rates, m.Refunds.MinPerWindow, m.MoreOrdersNeeded)
		if m.SuggestedWeeks > 0 {
			s += fmt.Sprintf(", or compare %d weeks", m.SuggestedWeeks)
		}
		return s + "."
	}
	switch m.Verdict {
	case VerdictImproved:
		return fmt.Sprintf("Improved: %s%s.", rates, pv)
	case VerdictGotWorse:
		return fmt.Sprintf("Got worse: %s%s.", rates, pv)
	}
	return fmt.Sprintf("No clear change: %s%s; a difference this size can happen by chance.", rates, pv)
}

func percent(r *float64) string {
	if r == nil {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", *r*100)
}
