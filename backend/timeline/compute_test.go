package timeline

import (
	"testing"

	"afterloop/backend/domain"
)

const hour = int64(3600)

// base is a paid, labelled, shipped and delivered order of a lamp (common
// issue) and a serum (45-day cycle, replenishment opt-in).
var (
	paid      = int64(1_750_000_000)
	label     = paid + 20*hour
	shipped   = paid + 30*hour
	delivered = paid + 4*day
)

func content() map[string]domain.ProductContent {
	return map[string]domain.ProductContent{
		"LAMP":  {ProductKey: "LAMP", CommonIssue: "Light flickers", CommonFixes: []string{"Screw the bulb in"}, ReviewDelayDays: 10},
		"SERUM": {ProductKey: "SERUM", UsageCycleDays: 45, Replenishment: true},
		"TEE":   {ProductKey: "TEE", UsageCycleDays: 200}, // a cycle without the opt-in: no reminder
	}
}

func rules(mod ...func(*domain.TimelineSettings)) *Rules {
	s := domain.DefaultTimelineSettings()
	for _, m := range mod {
		m(&s)
	}
	return NewRules(s, content())
}

func order(keys ...string) Order {
	return Order{ID: 1, Status: domain.StatusDelivered, CreatedAt: paid - 60, PaidAt: paid, RTSAt: label, ShippedAt: shipped, DeliveredAt: delivered, ProductKeys: keys}
}

func stage(t *testing.T, st [6]StageInfo, name string) StageInfo {
	t.Helper()
	for _, s := range st {
		if s.Stage == name {
			return s
		}
	}
	t.Fatalf("no stage %s", name)
	return StageInfo{}
}

func expect(t *testing.T, r *Rules, o Order, now int64, name, state string, trigger, expires int64) {
	t.Helper()
	s := stage(t, r.Compute(o, nil, now), name)
	if s.State != state || s.TriggerAt != trigger || s.ExpiresAt != expires {
		t.Errorf("%s at %+d h: state %s trigger %d expires %d; want %s %d %d",
			name, (now-paid)/hour, s.State, s.TriggerAt, s.ExpiresAt, state, trigger, expires)
	}
}

func TestTriggersAndWindowsFollowTheNextStage(t *testing.T) {
	r := rules()
	o := order("LAMP", "SERUM")
	checkIn, review := delivered+3*day, delivered+10*day // longest review delay of the order's SKUs
	replenish := delivered + 45*day*70/100
	expect(t, r, o, paid-1, domain.StageOrderConfirmation, domain.StateUpcoming, paid, label)
	expect(t, r, o, paid+hour, domain.StageOrderConfirmation, domain.StateDue, paid, label)
	expect(t, r, o, label, domain.StageOrderConfirmation, domain.StateExpired, paid, label)
	expect(t, r, o, label, domain.StageShippingUpdate, domain.StateDue, label, delivered)
	expect(t, r, o, delivered, domain.StageShippingUpdate, domain.StateExpired, label, delivered)
	expect(t, r, o, delivered, domain.StageDeliveryDay, domain.StateDue, delivered, checkIn)
	expect(t, r, o, checkIn, domain.StageSupportCheckIn, domain.StateDue, checkIn, review)
	expect(t, r, o, review, domain.StageSupportCheckIn, domain.StateExpired, checkIn, review)
	// The review request ends at the replenishment trigger (31.5 days), before its own 30 days.
	expect(t, r, o, review+day, domain.StageReviewRequest, domain.StateDue, review, replenish)
	expect(t, r, o, replenish, domain.StageReplenishment, domain.StateDue, replenish, replenish+14*day)
	expect(t, r, o, replenish+14*day, domain.StageReplenishment, domain.StateExpired, replenish, replenish+14*day)
	if !stage(t, r.Compute(o, nil, replenish), domain.StageReplenishment).Marketing {
		t.Error("replenishment is marketing")
	}
}

func TestFallbackTriggersAndSettings(t *testing.T) {
	o := order("TEE")
	o.PaidAt, o.RTSAt = 0, 0
	r := rules()
	expect(t, r, o, paid, domain.StageOrderConfirmation, domain.StateDue, paid-60, shipped)
	expect(t, r, o, shipped, domain.StageShippingUpdate, domain.StateDue, shipped, delivered)
	// Without a check-in the delivery day runs until the review request (default delay 7 days).
	expect(t, r, o, delivered, domain.StageDeliveryDay, domain.StateDue, delivered, delivered+7*day)
	expect(t, r, o, delivered, domain.StageSupportCheckIn, domain.StateNotApplicable, 0, 0)
	expect(t, r, o, delivered, domain.StageReplenishment, domain.StateNotApplicable, 0, 0)
	// The review request is the last stage: it expires after its 30-day window.
	expect(t, r, o, delivered+36*day, domain.StageReviewRequest, domain.StateDue, delivered+7*day, delivered+37*day)
	expect(t, r, o, delivered+37*day, domain.StageReviewRequest, domain.StateExpired, delivered+7*day, delivered+37*day)

	r = rules(func(s *domain.TimelineSettings) {
		s.ShippingTrigger, s.CheckInDays, s.DefaultReviewDelayDays, s.ReplenishmentPercent = domain.ShippingTriggerShipped, 5, 9, 80
	})
	o = order("LAMP", "SERUM", "TEE")
	expect(t, r, o, shipped, domain.StageShippingUpdate, domain.StateDue, shipped, delivered)
	expect(t, r, o, delivered, domain.StageSupportCheckIn, domain.StateUpcoming, delivered+5*day, delivered+10*day)
	expect(t, r, o, delivered, domain.StageReplenishment, domain.StateUpcoming, delivered+36*day, delivered+50*day)
}

func TestStaleCapEndsStagesWhoseNextStageNeverStarts(t *testing.T) {
	o := order("TEE")
	o.RTSAt, o.ShippedAt, o.DeliveredAt, o.Status = 0, 0, 0, domain.StatusAwaiting
	r := rules()
	expect(t, r, o, paid+13*day, domain.StageOrderConfirmation, domain.StateDue, paid, paid+14*day)
	expect(t, r, o, paid+14*day, domain.StageOrderConfirmation, domain.StateExpired, paid, paid+14*day)
	expect(t, r, o, paid+day, domain.StageShippingUpdate, domain.StateUpcoming, 0, 0)
	expect(t, r, o, paid+day, domain.StageReviewRequest, domain.StateUpcoming, 0, 0)
}

func TestCancelledOrdersHaveNothingDue(t *testing.T) {
	o := order("LAMP")
	o.RTSAt, o.ShippedAt, o.DeliveredAt = 0, 0, 0
	o.Status, o.CancelledAt = domain.StatusCancelled, paid+2*hour
	for _, s := range rules().Compute(o, nil, paid+3*hour) {
		want := domain.StateNotApplicable
		if s.Stage == domain.StageOrderConfirmation {
			want = domain.StateExpired // it had started: kept in the history
		}
		if s.State != want {
			t.Errorf("%s: %s, want %s", s.Stage, s.State, want)
		}
	}
	if s := rules().Compute(o, nil, paid+3*hour)[0]; s.ExpiresAt != o.CancelledAt {
		t.Errorf("confirmation expired at %d, want the cancellation %d", s.ExpiresAt, o.CancelledAt)
	}
}

func TestActionsSnoozeAndOverdue(t *testing.T) {
	r := rules()
	o := order("TEE")
	at := delivered + 2*hour
	sent := []domain.TimelineAction{{Stage: domain.StageDeliveryDay, Action: domain.ActionSent, At: at}}
	if s := stage(t, r.Compute(o, sent, at), domain.StageDeliveryDay); s.State != domain.StateSent || s.Action == nil {
		t.Errorf("sent: %+v", s)
	}
	skipped := []domain.TimelineAction{{Stage: domain.StageDeliveryDay, Action: domain.ActionSkipped, Reason: "buyer asked"}}
	if s := stage(t, r.Compute(o, skipped, at), domain.StageDeliveryDay); s.State != domain.StateSkipped {
		t.Errorf("skipped: %s", s.State)
	}
	snoozed := []domain.TimelineAction{{Stage: domain.StageDeliveryDay, Action: domain.ActionSnoozed, SnoozedUntil: delivered + day}}
	for _, c := range []struct {
		now   int64
		state string
	}{{delivered + hour, domain.StateSnoozed}, {delivered + day, domain.StateDue}, {delivered + 7*day, domain.StateExpired}} {
		if s := stage(t, r.Compute(o, snoozed, c.now), domain.StageDeliveryDay); s.State != c.state {
			t.Errorf("snoozed at +%d h: %s, want %s", (c.now-delivered)/hour, s.State, c.state)
		}
	}
	if s := stage(t, r.Compute(o, nil, delivered+24*hour), domain.StageDeliveryDay); s.Overdue {
		t.Error("overdue at exactly 24 h")
	}
	if s := stage(t, r.Compute(o, nil, delivered+25*hour), domain.StageDeliveryDay); !s.Overdue {
		t.Error("not overdue after 25 h")
	}
	r = rules(func(s *domain.TimelineSettings) { s.OverdueHours = 48 })
	if s := stage(t, r.Compute(o, nil, delivered+25*hour), domain.StageDeliveryDay); s.Overdue {
		t.Error("overdue setting ignored")
	}
}
