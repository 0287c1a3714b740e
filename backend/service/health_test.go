package service

import (
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/health"
	"afterloop/backend/platform"
)

// The service opens on today in the shop zone, saves targets and reason
// decisions, and tells the UI the data changed after each.
func TestHealthServiceTodayTargetsAndReasons(t *testing.T) {
	shop, _, _ := timelineShop(t)
	importSample(t, shop, nil)
	rec := &platform.Recorder{}
	svc := NewHealthService(shop, rec)
	svc.now = func() time.Time { return time.Date(2024, 6, 21, 3, 0, 0, 0, time.UTC) } // 20 June in Los Angeles
	if got := svc.Today(); got != "2024-06-20" {
		t.Fatalf("today %s", got)
	}
	r, err := svc.Report("")
	if err != nil || r.AsOf != "2024-06-20" || len(r.Metrics) != len(health.Catalog) || len(r.Trends) != len(health.Catalog) {
		t.Fatalf("report %+v %v", r, err)
	}
	if _, err := svc.Drill("", "nope"); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("unknown metric: %v", err)
	}
	s, err := svc.SaveSettings(health.Settings{Targets: map[string]float64{health.LDR: 0.05}, DeliveryDays: 5})
	if err != nil || s.Target(health.LDR) != 0.05 || s.DeliveryDays != 5 || s.Target(health.NRR) != 0.012 {
		t.Fatalf("saved %+v %v", s, err)
	}
	if _, err := svc.ClassifyReason("Parcel smelled of smoke", "seller"); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.ClassifyReason("Parcel smelled of smoke", "maybe"); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("bad fault: %v", err)
	}
	if n := len(rec.EventsNamed(EventDataChanged)); n != 2 {
		t.Fatalf("%d data-changed events", n)
	}
	if s, _ = svc.ResetSettings(); s.Target(health.LDR) != 0.04 || s.DeliveryDays != health.DefaultDeliveryDays {
		t.Fatalf("reset %+v", s)
	}
}
