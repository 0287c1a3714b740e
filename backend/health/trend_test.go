package health

import (
	"testing"
	"time"
)

// The line has twelve points, as of each week's Sunday, the last one the
// as-of day itself, each computed like the card on that day.
func TestTrendPointsAreWeekEndsAndMatchTheCard(t *testing.T) {
	f := newFixture(t, "Europe/Berlin")
	asOf := day("2026-04-01") // a Wednesday
	for i := 0; i < 90; i++ {
		paid := f.at(2026, 1, 5, 10, 0).AddDate(0, 0, i)
		ship := paid.Add(26 * time.Hour)
		if i%9 == 0 {
			ship = paid.AddDate(0, 0, 6)
		}
		f.order(ord{paid: paid, rts: ship, shipped: ship, delivered: ship.AddDate(0, 0, 2)})
	}
	r, err := Build(f.ctx, f.st, f.loc, asOf, Options{Trends: true})
	if err != nil {
		t.Fatal(err)
	}
	var line Trend
	for _, tr := range r.Trends {
		if tr.Key == LDR {
			line = tr
		}
	}
	if len(line.Points) != TrendWeeks || line.Points[TrendWeeks-1].AsOf != "2026-04-01" || line.Points[TrendWeeks-2].AsOf != "2026-03-29" {
		t.Fatalf("points %+v", line.Points)
	}
	for _, p := range line.Points[:TrendWeeks-1] {
		if day(p.AsOf).Weekday() != time.Sunday {
			t.Fatalf("%s is not a Sunday", p.AsOf)
		}
	}
	for _, p := range line.Points {
		m := f.metric(day(p.AsOf), LDR)
		if m.Numerator != p.Numerator || m.Denominator != p.Denominator {
			t.Fatalf("%s: line %d/%d, card %d/%d", p.AsOf, p.Numerator, p.Denominator, m.Numerator, m.Denominator)
		}
	}
	if line.Points[0].Denominator == 0 || line.Points[0].Numerator == 0 {
		t.Fatalf("first point counted nothing: %+v", line.Points[0])
	}
}
