package voc

import (
	"context"
	"math"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// LowRating is the highest star rating that counts as a low review.
const LowRating = 2

// Series lengths: DefaultWeeks bars by default; the chart reaches further
// back (up to MaxWeeks) so that the fix-shipped week and 4 weeks before it
// stay visible.
const (
	DefaultWeeks = 26
	MinWeeks     = 5 // 4 complete weeks for the frequency plus the current one
	MaxWeeks     = 52
)

// Evidence is what buyers said about an entry's problem in a time range.
type Evidence struct {
	Tickets []LinkedTicket `json:"tickets"`
	Returns []LinkedReturn `json:"returns"`
	Reviews []LinkedReview `json:"reviews"`
}

// LinkedTicket and LinkedReview wrap the store rows in this package: the
// Wails binding generator leaves out another package's struct types that
// are only reached through a slice in an embedded struct, which left the
// UI's generated models referring to classes that did not exist.
type LinkedTicket struct{ store.VocTicket }

// LinkedReview is a 1–2 star review behind an entry (see LinkedTicket).
type LinkedReview struct{ store.VocReview }

// LinkedReturn is a counting return with what its reason mapped to
// (MapReturnReason), as two plain fields so the UI's generated types keep
// them typed.
type LinkedReturn struct {
	store.VocReturn
	MatchedSubcategory string `json:"matchedSubcategory"`
	MatchedRootCause   string `json:"matchedRootCause"`
}

// evidence reads the entry's tickets, matching returns and low reviews in
// [from, to), newest first.
func (e *Engine) evidence(ctx context.Context, entry domain.VocEntry, from, to int64) (Evidence, error) {
	var ev Evidence
	tickets, err := e.store.VocTicketsOnSKUs(ctx, entry.SKUs, from, to, entry.Subcategory, entry.RootCause)
	if err != nil {
		return ev, err
	}
	ev.Tickets = make([]LinkedTicket, len(tickets))
	for i, t := range tickets {
		ev.Tickets[i] = LinkedTicket{t}
	}
	ev.Returns = []LinkedReturn{}
	if entry.Subcategory != "" || entry.RootCause != "" {
		returns, err := e.store.VocCountingReturns(ctx, entry.SKUs, from, to)
		if err != nil {
			return ev, err
		}
		for _, r := range returns {
			m := MapReturnReason(r.Reason, r.BuyerNote)
			if (entry.Subcategory != "" && m.Subcategory == entry.Subcategory) || (entry.RootCause != "" && m.RootCause == entry.RootCause) {
				ev.Returns = append(ev.Returns, LinkedReturn{VocReturn: r, MatchedSubcategory: m.Subcategory, MatchedRootCause: m.RootCause})
			}
		}
	}
	reviews, err := e.store.VocLowReviews(ctx, entry.SKUs, from, to, LowRating)
	ev.Reviews = make([]LinkedReview, len(reviews))
	for i, r := range reviews {
		ev.Reviews[i] = LinkedReview{r}
	}
	return ev, err
}

// Week is one bar of the frequency chart.
type Week struct {
	Start    string `json:"start"` // Monday, YYYY-MM-DD, shop time
	Label    string `json:"label"` // ISO week, "2026-W05"
	Tickets  int    `json:"tickets"`
	Returns  int    `json:"returns"`
	Reviews  int    `json:"reviews"`
	Total    int    `json:"total"`
	Complete bool   `json:"complete"` // the week ended before the "as of" time
	// FixShipped marks the week that holds the fix shipped date.
	FixShipped bool `json:"fixShipped"`
}

// Series is an entry's weekly counts, oldest week first, zero weeks
// included.
type Series struct {
	AsOf  int64  `json:"asOf"`
	Weeks []Week `json:"weeks"`
	// FrequencyPerWeek is the mean total of the last 4 complete weeks.
	FrequencyPerWeek float64 `json:"frequencyPerWeek"`
	LastFourWeeks    int     `json:"lastFourWeeks"`
}

// Detail is what the entry page shows from linked data.
type Detail struct {
	Series Series `json:"series"`
	Linked Linked `json:"linked"`
}

// Linked lists the items behind the chart (newest first, at most
// MaxLinked of each) with their full counts.
type Linked struct {
	Evidence
	TicketsTotal int `json:"ticketsTotal"`
	ReturnsTotal int `json:"returnsTotal"`
	ReviewsTotal int `json:"reviewsTotal"`
}

// MaxLinked caps each list on the entry page.
const MaxLinked = 200

// Weekly returns the entry's weekly series over the last weeks ISO weeks
// (the current, unfinished one last) and the items behind it.
func (e *Engine) Weekly(ctx context.Context, entry domain.VocEntry, weeks int) (Detail, error) {
	weeks = min(max(weeks, MinWeeks), MaxWeeks)
	asOf, err := e.AsOf(ctx)
	if err != nil {
		return Detail{}, err
	}
	current := weekStart(asOf, e.loc)
	first := addDays(current, -7*(weeks-1))
	shippedWeek := ""
	if entry.FixShippedOn != "" {
		if d, err := ParseShopDate(entry.FixShippedOn, e.loc); err == nil {
			sw := weekStart(d, e.loc)
			shippedWeek = sw.Format(domain.DateLayout)
			if early := addDays(sw, -28); early.Before(first) {
				first = later(early, addDays(current, -7*(MaxWeeks-1)))
			}
		}
	}
	end := addDays(current, 7)
	ev, err := e.evidence(ctx, entry, first.Unix(), end.Unix())
	if err != nil {
		return Detail{}, err
	}
	var list []Week
	index := map[string]int{}
	for w := first; w.Before(end); w = addDays(w, 7) {
		start := w.Format(domain.DateLayout)
		index[start] = len(list)
		list = append(list, Week{Start: start, Label: isoLabel(w), Complete: !addDays(w, 7).After(asOf),
			FixShipped: start == shippedWeek})
	}
	bump := func(at int64, field func(*Week)) {
		if i, ok := index[weekStart(time.Unix(at, 0), e.loc).Format(domain.DateLayout)]; ok {
			field(&list[i])
			list[i].Total++
		}
	}
	for _, t := range ev.Tickets {
		bump(t.OpenedAt, func(w *Week) { w.Tickets++ })
	}
	for _, r := range ev.Returns {
		bump(r.At, func(w *Week) { w.Returns++ })
	}
	for _, r := range ev.Reviews {
		bump(r.PostedAt, func(w *Week) { w.Reviews++ })
	}
	s := Series{AsOf: asOf.Unix(), Weeks: list}
	// The current week is never complete, so the last 4 complete weeks are
	// the 4 before it.
	for _, w := range list[len(list)-5 : len(list)-1] {
		s.LastFourWeeks += w.Total
	}
	s.FrequencyPerWeek = perWeek(s.LastFourWeeks)
	linked := Linked{Evidence: ev, TicketsTotal: len(ev.Tickets), ReturnsTotal: len(ev.Returns), ReviewsTotal: len(ev.Reviews)}
	linked.Tickets = linked.Tickets[:min(len(linked.Tickets), MaxLinked)]
	linked.Returns = linked.Returns[:min(len(linked.Returns), MaxLinked)]
	linked.Reviews = linked.Reviews[:min(len(linked.Reviews), MaxLinked)]
	return Detail{Series: s, Linked: linked}, nil
}

// perWeek is count/4 rounded to two decimals.
func perWeek(count int) float64 { return math.Round(float64(count)/4*100) / 100 }

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
