package scorecard

import (
	"encoding/json"
	"testing"
	"time"

	"afterloop/backend/domain"
)

func TestCacheMatchesAndFollowsCommits(t *testing.T) {
	f := weekTenFixture(t)
	c := NewCache(f.st)
	shop := ShopInfo{Name: "Juniper", Currency: "USD", Location: f.loc}
	w10, _ := ParseWeek("2026-W10")
	direct, err := Build(f.ctx, f.st, shop, w10)
	if err != nil {
		t.Fatal(err)
	}
	cached, err := c.Build(f.ctx, shop, w10)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(direct)
	b, _ := json.Marshal(cached)
	if string(a) != string(b) {
		t.Fatalf("cached view differs:\n%s\n%s", a, b)
	}
	// The week after needs one more week, not twelve.
	if _, err := c.Build(f.ctx, shop, w10.Add(1)); err != nil || len(c.weeks) != TrendWeeks+1 {
		t.Fatalf("kept %d weeks, %v", len(c.weeks), err)
	}
	// Any commit (here an order in W10, as an import would add) empties it.
	f.order("LATE-W10", "c7", domain.StatusDelivered, f.local(2026, time.March, 4, 12, 0), line{"A", 1, 100, 0})
	again, err := c.Build(f.ctx, shop, w10)
	if err != nil {
		t.Fatal(err)
	}
	if again.Metrics.Orders != direct.Metrics.Orders+1 || len(c.weeks) != TrendWeeks {
		t.Fatalf("after a commit: %d orders, %d weeks kept", again.Metrics.Orders, len(c.weeks))
	}
}
