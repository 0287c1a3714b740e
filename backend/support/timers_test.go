package support

import (
	"testing"
	"time"
)

func TestFirstResponseTimers(t *testing.T) {
	opened := time.Date(2025, 3, 7, 9, 0, 0, 0, time.UTC)
	h := time.Hour
	cases := []struct {
		name           string
		first, now     time.Time
		left12, left24 time.Duration
		b12, b24       bool
	}{
		{"just opened", time.Time{}, opened.Add(2 * h), 10 * h, 22 * h, false, false},
		{"exactly at 12h is on time", time.Time{}, opened.Add(12 * h), 0, 12 * h, false, false},
		{"unanswered past 12h", time.Time{}, opened.Add(13 * h), -1 * h, 11 * h, true, false},
		{"unanswered past 24h", time.Time{}, opened.Add(30 * h), -18 * h, -6 * h, true, true},
		{"answered in 3h stays frozen", opened.Add(3 * h), opened.Add(100 * h), 9 * h, 21 * h, false, false},
		{"answered late in 20h", opened.Add(20 * h), opened.Add(100 * h), -8 * h, 4 * h, true, false},
		{"clock skew: now before opened", time.Time{}, opened.Add(-h), 12 * h, 24 * h, false, false},
	}
	for _, c := range cases {
		got := FirstResponseTimers(opened, c.first, c.now)
		if got.Left12h != c.left12 || got.Left24h != c.left24 || got.Breached12h != c.b12 || got.Breached24h != c.b24 || got.Answered == c.first.IsZero() {
			t.Errorf("%s: got %+v", c.name, got)
		}
	}
	u := FirstResponseTimersUnix(opened.Unix(), 0, opened.Add(13*h))
	if !u.Breached12h || u.Answered {
		t.Errorf("unix form: %+v", u)
	}
}
