package support

import "time"

// WorkWeek is the set of weekdays that count toward a dispute deadline.
type WorkWeek []time.Weekday

// MondayToFriday is the default work week: Saturday and Sunday are skipped.
var MondayToFriday = WorkWeek{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}

func (w WorkWeek) has(d time.Weekday) bool {
	for _, x := range w {
		if x == d {
			return true
		}
	}
	return false
}

// valid reports whether w names at least one real weekday; without one no
// deadline could ever be reached.
func (w WorkWeek) valid() bool {
	for _, x := range w {
		if x >= time.Sunday && x <= time.Saturday {
			return true
		}
	}
	return false
}

// AddWorkingDays returns the deadline days working days after start, in
// start's location (so the shop zone decides what a day is, and a DST change
// does not shift the time of day). The time of day is kept: Friday 10:00 plus
// one working day is Monday 10:00. A start on a day off counts from the
// beginning of the next working day: Saturday 10:00 plus one is Tuesday
// 00:00, because the buyer's case is not looked at before Monday. An empty or
// invalid week means Monday to Friday; days <= 0 returns start.
func AddWorkingDays(start time.Time, days int, week WorkWeek) time.Time {
	if !week.valid() {
		week = MondayToFriday
	}
	if days <= 0 {
		return start
	}
	t := start
	if !week.has(t.Weekday()) {
		y, m, d := t.Date()
		t = time.Date(y, m, d, 0, 0, 0, 0, t.Location())
		for !week.has(t.Weekday()) {
			t = t.AddDate(0, 0, 1)
		}
	}
	for days > 0 {
		t = t.AddDate(0, 0, 1)
		if week.has(t.Weekday()) {
			days--
		}
	}
	return t
}

// Countdown is the time left to a deadline at an instant.
type Countdown struct {
	Deadline time.Time     `json:"deadline"`
	Left     time.Duration `json:"left"` // negative when overdue
	Overdue  bool          `json:"overdue"`
}

// DisputeCountdown returns the countdown to a dispute response due days
// working days after it was opened.
func DisputeCountdown(opened time.Time, days int, week WorkWeek, now time.Time) Countdown {
	deadline := AddWorkingDays(opened, days, week)
	left := deadline.Sub(now)
	return Countdown{Deadline: deadline, Left: left, Overdue: left < 0}
}
