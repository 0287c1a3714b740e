package support

import (
	"testing"
	"time"
)

func TestAddWorkingDaysSkipsWeekends(t *testing.T) {
	at := func(day, hour int) time.Time { return time.Date(2025, 3, day, hour, 0, 0, 0, time.UTC) }
	// March 2025: the 3rd is a Monday, the 7th a Friday, 8–9 the weekend.
	cases := []struct {
		name  string
		start time.Time
		days  int
		week  WorkWeek
		want  time.Time
	}{
		{"Monday + 3", at(3, 10), 3, nil, at(6, 10)},
		{"Friday + 1 lands Monday", at(7, 10), 1, nil, at(10, 10)},
		{"Thursday + 3 spans the weekend", at(6, 15), 3, nil, at(11, 15)},
		{"Saturday + 1 counts from Monday's start", at(8, 10), 1, nil, at(11, 0)},
		{"Sunday + 2", at(9, 23), 2, nil, at(12, 0)},
		{"Friday + 5 is next Friday", at(7, 10), 5, nil, at(14, 10)},
		{"Friday + 10 spans two weekends", at(7, 10), 10, MondayToFriday, at(21, 10)},
		{"zero days", at(8, 10), 0, nil, at(8, 10)},
		{"six-day week works Saturdays", at(7, 10), 1, WorkWeek{1, 2, 3, 4, 5, 6}, at(8, 10)},
		{"Sunday-to-Thursday week skips Fri/Sat", at(6, 10), 1, WorkWeek{0, 1, 2, 3, 4}, at(9, 10)},
		{"invalid week falls back to Mon–Fri", at(7, 10), 1, WorkWeek{9}, at(10, 10)},
	}
	for _, c := range cases {
		if got := AddWorkingDays(c.start, c.days, c.week); !got.Equal(c.want) {
			t.Errorf("%s: got %s, want %s", c.name, got.Format(time.RFC1123), c.want.Format(time.RFC1123))
		}
	}
}

func TestAddWorkingDaysKeepsLocalTimeAcrossDST(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	// DST starts Sunday 2025-03-09 in New York.
	start := time.Date(2025, 3, 7, 9, 0, 0, 0, ny)
	got := AddWorkingDays(start, 1, nil)
	if got.Hour() != 9 || got.Day() != 10 {
		t.Fatalf("got %s, want Monday 09:00 local", got)
	}
}

func TestDisputeCountdown(t *testing.T) {
	opened := time.Date(2025, 3, 7, 10, 0, 0, 0, time.UTC) // Friday
	c := DisputeCountdown(opened, 2, nil, opened.Add(48*time.Hour))
	want := time.Date(2025, 3, 11, 10, 0, 0, 0, time.UTC)
	if !c.Deadline.Equal(want) || c.Left != 48*time.Hour || c.Overdue {
		t.Fatalf("%+v", c)
	}
	late := DisputeCountdown(opened, 2, nil, want.Add(time.Minute))
	if !late.Overdue || late.Left != -time.Minute {
		t.Fatalf("%+v", late)
	}
}
