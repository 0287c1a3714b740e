package health

import (
	"encoding/json"
	"testing"
)

// The cache gives exactly what a fresh read gives, for the report with its
// lines and levers and for every drill-down, on several as-of days; and a
// commit (a new review here) is seen by the next call.
func TestCacheMatchesAFreshReadAndSeesCommits(t *testing.T) {
	f := newFixture(t, "America/New_York")
	asOf := day("2026-03-18")
	randomShop(f, 3, asOf)
	c := NewCache(f.st)
	same := func(what string, cached, fresh any) {
		t.Helper()
		a, _ := json.Marshal(cached)
		b, _ := json.Marshal(fresh)
		if string(a) != string(b) {
			t.Fatalf("%s: the cache gives\n%s\nbut a fresh read gives\n%s", what, a, b)
		}
	}
	check := func() {
		t.Helper()
		for _, d := range []Day{asOf, asOf.AddDays(-10), asOf} {
			for _, opts := range []Options{{}, {Trends: true}, {Trends: true, Levers: true}} {
				cached, err := c.Build(f.ctx, f.loc, d, opts)
				if err != nil {
					t.Fatal(err)
				}
				fresh, err := Build(f.ctx, f.st, f.loc, d, opts)
				if err != nil {
					t.Fatal(err)
				}
				same(d.String()+" report", cached, fresh)
			}
			for _, def := range Catalog {
				cached, err := c.Drill(f.ctx, f.loc, d, def.Key)
				if err != nil {
					t.Fatal(err)
				}
				same(d.String()+" "+def.Key, cached, f.drill(d, def.Key))
			}
		}
	}
	check()
	before := f.metric(asOf, NRR)
	// A 1-star first review on an order delivered last week.
	f.review(f.delivered(f.at(2026, 3, 10, 12, 0)), "MUG", 1, f.at(2026, 3, 12, 9, 0))
	r, err := c.Build(f.ctx, f.loc, asOf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := metricByKey(r.Metrics, NRR); got.Numerator != before.Numerator+1 || got.Denominator != before.Denominator+1 {
		t.Fatalf("after a new 1-star review the cache still says %d/%d (was %d/%d)", got.Numerator, got.Denominator,
			before.Numerator, before.Denominator)
	}
	check()
	// Unknown metrics are refused like the uncached Drill does.
	if _, err := c.Drill(f.ctx, f.loc, asOf, "nope"); err == nil {
		t.Fatal("an unknown metric was accepted")
	}
}
