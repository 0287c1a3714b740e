package voc

import (
	"context"
	"fmt"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Engine computes the log's numbers for one shop time zone at one moment.
type Engine struct {
	store *store.Store
	loc   *time.Location
	now   time.Time
	// asOf is read once per engine: a table of entries asks for it per row.
	asOf time.Time
}

// New returns an engine reading st, in the shop zone loc, with now as the
// clock (tests pass a fixed one).
func New(st *store.Store, loc *time.Location, now time.Time) *Engine {
	if loc == nil {
		loc = time.UTC
	}
	return &Engine{store: st, loc: loc, now: now}
}

// AsOf is the moment counts run up to: the newest imported order, capped
// at the clock. Orders only come from imports, so a ticket or review typed
// in by hand today does not pull every "last N weeks" window away from the
// imported data. Without orders it is the newest buyer activity of any
// kind, and the clock when the database is empty.
func (e *Engine) AsOf(ctx context.Context) (time.Time, error) {
	if !e.asOf.IsZero() {
		return e.asOf, nil
	}
	newest, err := e.store.NewestOrderCreated(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if newest == 0 {
		if newest, err = e.store.NewestActivity(ctx); err != nil {
			return time.Time{}, err
		}
	}
	e.asOf = e.now.In(e.loc)
	if newest != 0 && newest <= e.now.Unix() {
		e.asOf = time.Unix(newest, 0).In(e.loc)
	}
	return e.asOf, nil
}

// weekStart is midnight, shop time, of the Monday of t's ISO week.
func weekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	return time.Date(t.Year(), t.Month(), t.Day()-back, 0, 0, 0, 0, loc)
}

// addDays moves a shop-local midnight by whole calendar days; unlike
// Add(24h × n) it lands on midnight across a DST change.
func addDays(midnight time.Time, days int) time.Time {
	return time.Date(midnight.Year(), midnight.Month(), midnight.Day()+days, 0, 0, 0, 0, midnight.Location())
}

// dayStart is midnight, shop time, of t's day.
func dayStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}

// ParseShopDate reads a YYYY-MM-DD date as midnight of that day in loc.
func ParseShopDate(date string, loc *time.Location) (time.Time, error) {
	d, err := time.Parse(domain.DateLayout, date)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date such as 2026-03-02", date)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, loc), nil
}

// isoLabel is "2026-W05".
func isoLabel(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}
