package demo

import (
	"math/rand/v2"
	"slices"
	"time"
)

// Raw return statuses as the returns export writes them.
const (
	returnCompleted = "Completed"
	returnRejected  = "Refund rejected"
	returnCancelled = "Cancelled"
	firstReturnID   = int64(4035100000000000000) // 19 digits
	// orderExportMisses is the share of refunds the order export's own return
	// columns leave out: 1 in 5, about what real exports miss.
	orderExportMisses = 5
	orphanReturns     = 5
)

// returnLine is one returned SKU line.
type returnLine struct {
	id                  int64
	order               *order
	line                *line
	returnType, reason  string
	status, subStatus   string
	note, tracking      string
	quantity, refund    int64
	orphan              bool // its order is not in the orders export
	requested, refunded time.Time
}

var (
	apparelReasons = []string{"Size doesn't fit", "Size doesn't fit", "Size doesn't fit", "Size doesn't fit", "No longer needed", "No longer needed", "Wrong item", "Damaged item", "Defective"}
	otherReasons   = []string{"No longer needed", "No longer needed", "No longer needed", "Damaged item", "Damaged item", "Defective", "Defective", "Wrong item", "Missing parts"}
	reasonNotes    = map[string][]string{
		"Size doesn't fit": {"Runs small, I need a size up", "Too long on me", "Tight across the shoulders"},
		"No longer needed": {"Changed my mind", "Bought two by accident"},
		"Damaged item":     {"Box arrived crushed", "Scratched on one side"},
		"Wrong item":       {"Got a different color than I ordered", "Received the wrong variation"},
		"Defective":        {"Stopped working after two days", "Does not turn on"},
		"Missing parts":    {"Part of the set is missing"},
	}
)

// simulateReturns decides which delivered lines come back, adds a few returns
// for orders older than the orders export, gives them IDs in request order and
// copies most completed refunds into the order export's return columns.
func simulateReturns(e *env, orders []*order) []*returnLine {
	r := e.rng(2)
	var out []*returnLine
	for _, o := range orders {
		for i := range o.lines {
			if rl := e.maybeReturn(r, o, &o.lines[i], false); rl != nil {
				out = append(out, rl)
			}
		}
	}
	out = append(out, e.orphans(r)...)
	slices.SortStableFunc(out, func(a, b *returnLine) int { return a.requested.Compare(b.requested) })
	id := firstReturnID + r.Int64N(1e12)
	for _, rl := range out {
		id += 1 + r.Int64N(5e9)
		rl.id = id
		if rl.status == returnCompleted && !rl.orphan && r.IntN(orderExportMisses) != 0 {
			rl.line.returnedQuantity = min(rl.line.returnedQuantity+rl.quantity, rl.line.quantity)
			rl.order.refund += rl.refund
			rl.order.returnType = "Return/Refund"
		}
	}
	return out
}

// maybeReturn returns the line's return, or nil. Planted defects add their
// own rate while they are not fixed.
func (e *env) maybeReturn(r *rand.Rand, o *order, l *line, force bool) *returnLine {
	if o.delivered.IsZero() {
		return nil
	}
	p := l.product
	defectRate := 0.0
	if d := p.Defect; d != nil && (d.FixedDaysAgo == 0 || o.created.Before(e.now.AddDate(0, 0, -d.FixedDaysAgo))) {
		defectRate = d.ReturnRate
	}
	baseRate, reasons := 0.035, otherReasons
	if p.Category == CategoryApparel {
		baseRate, reasons = 0.075, apparelReasons
	}
	rl := &returnLine{order: o, line: l}
	var delay time.Duration
	switch u := r.Float64(); {
	case u < defectRate:
		rl.reason, rl.note = p.Defect.Reason, p.Defect.Notes[r.IntN(len(p.Defect.Notes))]
		delay = time.Duration(2+r.IntN(7*24)) * time.Hour
	case u < defectRate+baseRate || force:
		rl.reason = reasons[r.IntN(len(reasons))]
		if notes := reasonNotes[rl.reason]; r.IntN(2) == 0 {
			rl.note = notes[r.IntN(len(notes))]
		}
		delay = time.Duration(2+r.IntN(25*24)) * time.Hour
	default:
		return nil
	}
	rl.requested = o.delivered.Add(delay + time.Duration(r.IntN(3600))*time.Second)
	rl.returnType = "Return and refund"
	decision := time.Duration(4+r.IntN(7)) * 24 * time.Hour
	if rl.reason == "Missing parts" || rl.reason == "Damaged item" || p.PriceCents < 1500 {
		if r.IntN(3) != 0 {
			rl.returnType, decision = "Refund only", time.Duration(6+r.IntN(66))*time.Hour
		}
	}
	decided := rl.requested.Add(decision)
	if decided.After(e.now) {
		return nil // still open: it shows up in a later export
	}
	rl.quantity = l.quantity
	if l.quantity > 1 && r.IntN(5) < 3 {
		rl.quantity = 1
	}
	rl.refund = l.after * rl.quantity / l.quantity
	switch n := r.IntN(100); {
	case n < 84 || force:
		rl.status, rl.subStatus, rl.refunded = returnCompleted, "Completed", decided
	case n < 93:
		rl.status, rl.subStatus = returnRejected, "Rejected"
	default:
		rl.status, rl.subStatus = returnCancelled, "Cancelled"
	}
	if rl.returnType == "Return and refund" && rl.status != returnCancelled {
		rl.tracking = "9202090" + digits(r, 15)
	}
	return rl
}

// orphans are returns whose orders were placed before the orders export
// begins: the importer must keep them until their orders arrive.
func (e *env) orphans(r *rand.Rand) []*returnLine {
	var book buyerBook
	var out []*returnLine
	id := firstOrderID - 1e14
	for len(out) < orphanReturns {
		created := clock(e.start.AddDate(0, 0, -8-r.IntN(7)), minuteOfDay(r), r)
		o := e.newOrder(r, book.next(r), created, nil)
		id += 1 + r.Int64N(2e9)
		o.id = id
		if rl := e.maybeReturn(r, o, &o.lines[0], true); rl != nil {
			rl.orphan = true
			out = append(out, rl)
		}
	}
	return out
}
