package scorecard

import (
	"strings"
	"testing"
	"time"
)

// When the newest order is older than the last complete week the scorecard
// opens on the newest week that has orders, says how far the data reaches,
// and offers only the weeks with orders plus the current one.
func TestRangeEndsAtTheData(t *testing.T) {
	f := newFixture(t, "America/Los_Angeles")
	now := f.local(2026, 12, 7, 10, 0) // Monday of 2026-W50
	r, err := WeekRange(f.ctx, f.st, f.loc, now)
	if err != nil {
		t.Fatal(err)
	}
	if r.Default != "2026-W49" || r.Current != "2026-W50" || r.Behind || strings.Join(r.Weeks, ",") != "2026-W50,2026-W49" {
		t.Fatalf("empty database: %+v", r)
	}
	// Orders in three weeks of October/November, none in between 2026-W43 and 2026-W45.
	for _, d := range []struct{ m, day int }{{10, 13}, {10, 15}, {11, 3}, {11, 15}} {
		f.exec(`INSERT INTO orders(platform, external_id, status, created_at) VALUES ('tiktok', ?, 'delivered', ?)`,
			"58"+strings.Repeat("0", 14)+string(rune('0'+d.m-10))+string(rune('0'+d.day%10)), f.local(2026, timeMonth(d.m), d.day, 12, 0).Unix())
	}
	// A ticket typed in by hand today does not move anything.
	f.exec(`INSERT INTO tickets(channel, status, buyer_text, opened_at, created_at, updated_at) VALUES ('tiktok_chat', 'new', 'x', ?, 0, 0)`, now.Unix())
	r, err = WeekRange(f.ctx, f.st, f.loc, now)
	if err != nil {
		t.Fatal(err)
	}
	// 15 Nov 2026 is a Sunday: week 46 is the newest week with orders.
	if r.Default != "2026-W46" || !r.Behind || r.NewestOrderAt != f.local(2026, 11, 15, 12, 0).Unix() {
		t.Fatalf("stale data: %+v", r)
	}
	if got := strings.Join(r.Weeks, ","); got != "2026-W50,2026-W46,2026-W45,2026-W42" {
		t.Fatalf("weeks %s", got)
	}
	// Fresh data: the last complete week, as before.
	f.exec(`INSERT INTO orders(platform, external_id, status, created_at) VALUES ('tiktok', '589999', 'delivered', ?)`, f.local(2026, 12, 2, 9, 0).Unix())
	if r, err = WeekRange(f.ctx, f.st, f.loc, now); err != nil || r.Default != "2026-W49" || r.Behind || r.Weeks[1] != "2026-W49" {
		t.Fatalf("fresh data: %+v %v", r, err)
	}
}

func timeMonth(m int) time.Month { return time.Month(m) }
