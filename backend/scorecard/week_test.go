package scorecard

import (
	"testing"
	"time"
)

func TestParseWeekAndBounds(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	for _, c := range []struct {
		in, want, monday string
	}{
		{"2026-W01", "2026-W01", "2025-12-29"}, // week 1 holds the year's first Thursday
		{"2026w5", "2026-W05", "2026-01-26"},
		{" 2020-W53 ", "2020-W53", "2020-12-28"},
		{"2021W01", "2021-W01", "2021-01-04"},
	} {
		w, err := ParseWeek(c.in)
		if err != nil || w.String() != c.want {
			t.Errorf("%q: %v %v", c.in, w, err)
			continue
		}
		start := w.Start(tokyo)
		if start.Format("2006-01-02 15:04 Mon") != c.monday+" 00:00 Mon" || w.End(tokyo).Sub(start) != 7*24*time.Hour {
			t.Errorf("%s starts %s ends %s", c.in, start, w.End(tokyo))
		}
	}
	for _, bad := range []string{"", "2026", "2026-W00", "2026-W54", "2021-W53", "26-W05", "2026-05", "2026-Wxx"} {
		if _, err := ParseWeek(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestWeekArithmeticAndDefault(t *testing.T) {
	w := Week{2026, 1}
	if got := w.Add(-1).String(); got != "2025-W52" {
		t.Errorf("before 2026-W01: %s", got)
	}
	if got := (Week{2020, 53}).Add(1).String(); got != "2021-W01" {
		t.Errorf("after 2020-W53: %s", got)
	}
	ws := w.Weeks(3)
	if ws[0].String() != "2025-W51" || ws[2] != w {
		t.Errorf("weeks %v", ws)
	}
	// Monday 00:30 in Tokyo is still Sunday in UTC: the shop's zone decides
	// which week is the last complete one.
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	now := time.Date(2026, 3, 8, 15, 30, 0, 0, time.UTC) // Mon 9 Mar 00:30 JST
	if got := LastComplete(now, tokyo).String(); got != "2026-W10" {
		t.Errorf("last complete in Tokyo: %s", got)
	}
	if got := LastComplete(now, time.UTC).String(); got != "2026-W09" {
		t.Errorf("last complete in UTC: %s", got)
	}
}
