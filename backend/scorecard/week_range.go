package scorecard

import (
	"context"
	"time"

	"afterloop/backend/store"
)

// maxRangeWeeks bounds the week list (ten years of data).
const maxRangeWeeks = 520

// Range is the weeks the scorecard offers and the one it opens on. Windows
// end at the data, not at today: when the newest imported order is older
// than the last complete week, the scorecard opens on the newest week that
// has orders and says so, instead of on an empty week.
type Range struct {
	Default       string   `json:"default"`       // the week the scorecard opens on
	Current       string   `json:"current"`       // the week holding today (still running)
	Weeks         []string `json:"weeks"`         // newest first: the current week, then every week with orders
	NewestOrderAt int64    `json:"newestOrderAt"` // newest eligible order, UTC seconds; 0 when none
	Behind        bool     `json:"behind"`        // the newest order is older than the last complete week
}

// DefaultWeekFor is the week the scorecard opens on: the last complete week,
// or the week of the newest order when that is older. Orders only come from
// imports, so records typed in by hand today never move it.
func DefaultWeekFor(now time.Time, loc *time.Location, newestOrder int64) (w Week, behind bool) {
	w = LastComplete(now, loc)
	if newestOrder != 0 && newestOrder < w.Start(loc).Unix() {
		return WeekOf(time.Unix(newestOrder, 0), loc), true
	}
	return w, false
}

// WeekRange lists the weeks that have eligible orders (newest first, up to today)
// plus the current week, and the default week.
func WeekRange(ctx context.Context, st *store.Store, loc *time.Location, now time.Time) (Range, error) {
	if loc == nil {
		loc = time.UTC
	}
	oldest, newest, err := st.OrderTimeSpan(ctx)
	if err != nil {
		return Range{}, err
	}
	def, behind := DefaultWeekFor(now, loc, newest)
	current := WeekOf(now, loc)
	r := Range{Default: def.String(), Current: current.String(), Weeks: []string{current.String()}, NewestOrderAt: newest, Behind: behind}
	if newest == 0 {
		if def != current {
			r.Weeks = append(r.Weeks, def.String())
		}
		return r, nil
	}
	last := WeekOf(time.Unix(min(newest, now.Unix()), 0), loc)
	first := WeekOf(time.Unix(oldest, 0), loc)
	for w, n := last, 0; n < maxRangeWeeks && !w.Start(loc).Before(first.Start(loc)); w, n = w.Add(-1), n+1 {
		if w == current {
			continue
		}
		win := w.Window(loc)
		has, err := st.AnyOrderIn(ctx, win.From, win.To)
		if err != nil {
			return Range{}, err
		}
		if has || w == def {
			r.Weeks = append(r.Weeks, w.String())
		}
	}
	return r, nil
}
