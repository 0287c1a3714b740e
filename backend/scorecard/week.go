// Package scorecard computes the weekly operational scorecard from the orders,
// returns, tickets, reviews and comments in the store: every metric for an ISO
// week in the shop's time zone, the change from the week before, targets,
// 12-week trends, the records behind a number, "what to fix" hints and the
// Excel workbook a seller sends to the team.
package scorecard

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// Week is an ISO 8601 week: weeks start on Monday and week 1 holds the
// year's first Thursday, so 2026-W01 starts on Monday 29 December 2025.
type Week struct {
	Year int
	Num  int
}

// String renders the week as YYYY-Www ("2026-W05").
func (w Week) String() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Num) }

// ParseWeek reads YYYY-Www (also YYYYWww and lower-case w).
func ParseWeek(s string) (Week, error) {
	bad := apperr.Newf(apperr.CodeInvalidInput, "%q is not an ISO week; write it as YYYY-Www, for example 2026-W05.", s)
	t := strings.ToUpper(strings.TrimSpace(s))
	year, num, ok := strings.Cut(t, "W")
	year = strings.TrimSuffix(year, "-")
	if !ok || len(year) != 4 || len(num) < 1 || len(num) > 2 {
		return Week{}, bad
	}
	y, err1 := strconv.Atoi(year)
	n, err2 := strconv.Atoi(num)
	if err1 != nil || err2 != nil || y < 1900 || n < 1 || n > weeksInYear(y) {
		return Week{}, bad
	}
	return Week{Year: y, Num: n}, nil
}

// weeksInYear is 53 for years whose 28 December falls in week 53, else 52.
func weeksInYear(year int) int {
	_, w := time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// WeekOf is the ISO week holding t in loc.
func WeekOf(t time.Time, loc *time.Location) Week {
	y, n := t.In(loc).ISOWeek()
	return Week{Year: y, Num: n}
}

// LastComplete is the week before the one holding now in loc: the default
// scorecard, since the current week is still running.
func LastComplete(now time.Time, loc *time.Location) Week {
	return WeekOf(now, loc).Add(-1)
}

// monday is the week's first day as a civil date (midnight UTC).
func (w Week) monday() time.Time {
	jan4 := time.Date(w.Year, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+(w.Num-1)*7)
}

// Add moves by n weeks (negative = earlier).
func (w Week) Add(n int) Week {
	y, k := w.monday().AddDate(0, 0, 7*n).ISOWeek()
	return Week{Year: y, Num: k}
}

// Start is Monday 00:00 in loc.
func (w Week) Start(loc *time.Location) time.Time {
	m := w.monday()
	return time.Date(m.Year(), m.Month(), m.Day(), 0, 0, 0, 0, loc)
}

// End is the next Monday 00:00 in loc (Sunday 24:00): a week across a
// daylight-saving change is 167 or 169 hours long, not 7×24.
func (w Week) End(loc *time.Location) time.Time {
	m := w.monday().AddDate(0, 0, 7)
	return time.Date(m.Year(), m.Month(), m.Day(), 0, 0, 0, 0, loc)
}

// Window is the week as [Monday 00:00, next Monday 00:00) in UTC seconds.
func (w Week) Window(loc *time.Location) store.Window {
	return store.Window{From: w.Start(loc).Unix(), To: w.End(loc).Unix()}
}

// Label is "26 Jan – 1 Feb 2026" for titles.
func (w Week) Label() string {
	m := w.monday()
	s := m.AddDate(0, 0, 6)
	if m.Year() != s.Year() {
		return m.Format("2 Jan 2006") + " – " + s.Format("2 Jan 2006")
	}
	return m.Format("2 Jan") + " – " + s.Format("2 Jan 2006")
}

// Weeks returns the n weeks ending with w, oldest first.
func (w Week) Weeks(n int) []Week {
	out := make([]Week, n)
	for i := range out {
		out[i] = w.Add(i - n + 1)
	}
	return out
}
