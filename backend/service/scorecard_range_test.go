package service

import (
	"strings"
	"testing"
	"time"
)

// A month after the sample's only orders, the scorecard still opens on
// their week and offers just that week and the current one.
func TestScorecardOpensOnTheNewestDataWeek(t *testing.T) {
	_, svc, _ := scorecardShop(t)
	svc.now = func() time.Time { return time.Date(2024, 7, 18, 12, 0, 0, 0, la) }
	if got := svc.DefaultWeek(); got != "2024-W24" {
		t.Fatalf("default week %s", got)
	}
	r, err := svc.Weeks()
	if err != nil {
		t.Fatal(err)
	}
	if r.Default != "2024-W24" || !r.Behind || r.Current != "2024-W29" || strings.Join(r.Weeks, ",") != "2024-W29,2024-W24" {
		t.Fatalf("range %+v", r)
	}
	if v, err := svc.Week(""); err != nil || v.Week != "2024-W24" || v.Metrics.Orders != 1 {
		t.Fatalf("default view: %v %+v", err, v)
	}
}
