// Package timeline decides which post-purchase message each order needs and
// when, and renders the message text from a template. It is
// pure logic: the store feeds it orders, product content, settings and the
// recorded actions; nothing here reads the database or the clock.
package timeline

import (
	"math"

	"afterloop/backend/domain"
)

const day = int64(24 * 60 * 60)

// Order is what the stage computation needs from an order.
type Order struct {
	ID          int64
	Status      string
	CreatedAt   int64
	PaidAt      int64
	RTSAt       int64
	ShippedAt   int64
	DeliveredAt int64
	CancelledAt int64
	ProductKeys []string
}

// FromDomain takes the stage inputs from a stored order and its lines.
func FromDomain(o domain.Order, lines []domain.OrderLine) Order {
	out := Order{ID: o.ID, Status: o.Status, CreatedAt: o.CreatedAt, PaidAt: o.PaidAt, RTSAt: o.RTSAt,
		ShippedAt: o.ShippedAt, DeliveredAt: o.DeliveredAt, CancelledAt: o.CancelledAt}
	for _, l := range lines {
		out.ProductKeys = append(out.ProductKeys, l.ProductKey)
	}
	return out
}

// Cancelled orders have nothing due.
func (o Order) Cancelled() bool { return o.Status == domain.StatusCancelled }

// StageInfo is one stage of one order at an instant.
type StageInfo struct {
	Stage      string                 `json:"stage"`
	Label      string                 `json:"label"`
	State      string                 `json:"state"`
	Applicable bool                   `json:"applicable"`
	TriggerAt  int64                  `json:"triggerAt"` // 0 = not known yet
	ExpiresAt  int64                  `json:"expiresAt"` // end of the due window; 0 = not known yet
	Overdue    bool                   `json:"overdue"`
	Marketing  bool                   `json:"marketing"`
	Action     *domain.TimelineAction `json:"action"`
	Note       string                 `json:"note"` // why a stage does not apply, in plain words
}

// Rules are the settings plus the product content, prepared once for a
// whole queue computation.
type Rules struct {
	Settings domain.TimelineSettings
	products map[string]productRule
}

type productRule struct {
	reviewDelayDays int
	checkIn         bool
	cycleDays       int // > 0 only for replenishment opt-ins
}

// NewRules prepares settings and content (by product key) for Compute.
func NewRules(s domain.TimelineSettings, content map[string]domain.ProductContent) *Rules {
	r := &Rules{Settings: s, products: make(map[string]productRule, len(content))}
	for key, c := range content {
		p := productRule{reviewDelayDays: c.ReviewDelayDays, checkIn: c.HasCommonIssue()}
		if c.ReplenishmentEnabled() {
			p.cycleDays = c.UsageCycleDays
		}
		r.products[key] = p
	}
	return r
}

// orderFacts folds an order's SKUs into the values the stages need. A
// multi-SKU order gets one message per stage: the longest review delay (every
// item has been used long enough) and the shortest usage cycle (the first
// item to run out).
func (r *Rules) orderFacts(keys []string) (reviewDelay int, checkIn bool, cycle int) {
	reviewDelay = 0
	for _, k := range keys {
		p, ok := r.products[k]
		delay := r.Settings.DefaultReviewDelayDays
		if ok && p.reviewDelayDays > 0 {
			delay = p.reviewDelayDays
		}
		reviewDelay = max(reviewDelay, delay)
		checkIn = checkIn || p.checkIn
		if p.cycleDays > 0 && (cycle == 0 || p.cycleDays < cycle) {
			cycle = p.cycleDays
		}
	}
	if reviewDelay == 0 {
		reviewDelay = r.Settings.DefaultReviewDelayDays
	}
	return reviewDelay, checkIn, cycle
}

// Compute returns the six stages of o at instant now (UTC seconds). actions
// are the order's recorded actions (any order, at most one per stage).
func (r *Rules) Compute(o Order, actions []domain.TimelineAction, now int64) [6]StageInfo {
	s := r.Settings
	var st [6]StageInfo
	for i, name := range domain.Stages {
		st[i] = StageInfo{Stage: name, Label: domain.StageLabels[name], Applicable: true}
	}
	reviewDelay, checkIn, cycle := r.orderFacts(o.ProductKeys)

	st[0].TriggerAt = firstKnown(o.PaidAt, o.CreatedAt)
	if s.ShippingTrigger == domain.ShippingTriggerShipped {
		st[1].TriggerAt = o.ShippedAt
	} else {
		st[1].TriggerAt = firstKnown(o.RTSAt, o.ShippedAt)
	}
	st[2].TriggerAt = o.DeliveredAt
	if !checkIn {
		st[3].Applicable, st[3].Note = false, "None of the order's products has a common issue with fixes."
	}
	st[5].Marketing = true
	if cycle == 0 {
		st[5].Applicable, st[5].Note = false, "None of the order's products is opted in to replenishment reminders."
	}
	if o.DeliveredAt > 0 {
		st[3].TriggerAt = o.DeliveredAt + int64(s.CheckInDays)*day
		st[4].TriggerAt = o.DeliveredAt + int64(reviewDelay)*day
		st[5].TriggerAt = o.DeliveredAt + int64(math.Round(float64(cycle)*float64(s.ReplenishmentPercent)/100*float64(day)))
	}
	for i := range st {
		if !st[i].Applicable {
			st[i].TriggerAt = 0
		}
	}
	r.windows(&st)

	for i := range st {
		for j := range actions {
			if actions[j].Stage == st[i].Stage {
				a := actions[j]
				st[i].Action = &a
			}
		}
		st[i].State = r.state(o, &st[i], now)
	}
	return st
}

// windows sets each stage's end: the next applicable stage's trigger. While
// that is not known yet the stage ends StaleDays after its own trigger, so an
// order whose export stopped updating (never shipped, never delivered) does
// not sit in the queue forever. Review requests end at the next stage or
// after ReviewWindowDays, whichever is first; replenishment, the last stage,
// after ReplenishmentWindowDays.
func (r *Rules) windows(st *[6]StageInfo) {
	s := r.Settings
	for i := range st {
		t := st[i].TriggerAt
		if !st[i].Applicable || t == 0 {
			continue
		}
		end := int64(0)
		for j := i + 1; j < len(st); j++ {
			if tj := st[j].TriggerAt; st[j].Applicable && tj > t && (end == 0 || tj < end) {
				end = tj
			}
		}
		switch st[i].Stage {
		case domain.StageReviewRequest:
			if end == 0 || end > t+int64(s.ReviewWindowDays)*day {
				end = t + int64(s.ReviewWindowDays)*day
			}
		case domain.StageReplenishment:
			end = t + int64(s.ReplenishmentWindowDays)*day
		default:
			if end == 0 {
				end = t + int64(s.StaleDays)*day
			}
		}
		st[i].ExpiresAt = end
	}
}

func (r *Rules) state(o Order, st *StageInfo, now int64) string {
	if a := st.Action; a != nil {
		switch a.Action {
		case domain.ActionSent:
			return domain.StateSent
		case domain.ActionSkipped:
			return domain.StateSkipped
		}
	}
	if !st.Applicable {
		return domain.StateNotApplicable
	}
	if o.Cancelled() {
		// What had started when the order was cancelled stays in its
		// history as expired; the rest never applies.
		if st.TriggerAt > 0 && st.TriggerAt <= now {
			st.ExpiresAt = min(st.ExpiresAt, max(firstKnown(o.CancelledAt, st.TriggerAt), st.TriggerAt))
			return domain.StateExpired
		}
		st.TriggerAt, st.ExpiresAt = 0, 0
		st.Note = "The order was cancelled."
		return domain.StateNotApplicable
	}
	if st.TriggerAt == 0 || st.TriggerAt > now {
		return domain.StateUpcoming
	}
	if now >= st.ExpiresAt {
		return domain.StateExpired
	}
	if a := st.Action; a != nil && a.Action == domain.ActionSnoozed && now < a.SnoozedUntil {
		return domain.StateSnoozed
	}
	st.Overdue = now-st.TriggerAt > int64(r.Settings.OverdueHours)*3600
	return domain.StateDue
}

func firstKnown(values ...int64) int64 {
	for _, v := range values {
		if v > 0 {
			return v
		}
	}
	return 0
}
