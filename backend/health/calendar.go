// Package health estimates the shop metrics TikTok Shop grades sellers on
// (negative review rate, non-buyer-fault return rate, seller-fault
// cancellation rate, late dispatch rate, on-time delivery rate, chat
// response rates) from the shop's own orders, returns, reviews and chats,
// as they stood at the end of any day, and ranks what to fix first.
package health

import (
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
)

// DateLayout is how an "as of" day is written.
const DateLayout = "2006-01-02"

// Day is a shop-local calendar day.
type Day struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDay reads YYYY-MM-DD.
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(DateLayout, strings.TrimSpace(s))
	if err != nil {
		return Day{}, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("%q is not a date: write it as YYYY-MM-DD.", s))
	}
	return DayOf(t), nil
}

// DayOf is the calendar day of t in t's own location.
func DayOf(t time.Time) Day {
	y, m, d := t.Date()
	return Day{y, m, d}
}

// String writes the day as YYYY-MM-DD.
func (d Day) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// AddDays moves the day by n calendar days.
func (d Day) AddDays(n int) Day {
	return DayOf(time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC))
}

// Start is midnight at the start of the day in loc. time.Date picks the
// right offset on DST change days, so a day is 23 or 25 hours long there.
func (d Day) Start(loc *time.Location) int64 {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc).Unix()
}

// End is the first second after the day in loc (the next midnight).
func (d Day) End(loc *time.Location) int64 { return d.AddDays(1).Start(loc) }

// Weekday of the calendar day.
func (d Day) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// window is "N days as of D": from the start of day D-N+1 to the end of
// day D, as a half-open range of Unix seconds.
type window struct{ start, end int64 }

func windowOf(asOf Day, days int, loc *time.Location) window {
	return window{start: asOf.AddDays(1 - days).Start(loc), end: asOf.End(loc)}
}

func (w window) has(t int64) bool { return t != 0 && t >= w.start && t < w.end }

// businessDeadline is the end of the n-th business day (Monday to Friday)
// after the shop-local day of t: paid on a Friday with n = 2, the deadline
// is the end of Tuesday; paid on Saturday or Sunday, also Tuesday.
func businessDeadline(t int64, n int, loc *time.Location) int64 {
	d := DayOf(time.Unix(t, 0).In(loc))
	wd := d.Weekday()
	offset := 0
	for counted := 0; counted < n; {
		offset++
		wd = (wd + 1) % 7
		if wd != time.Saturday && wd != time.Sunday {
			counted++
		}
	}
	return d.AddDays(offset).End(loc)
}
