package voc

import (
	"context"

	"afterloop/backend/domain"
)

// Frequency is an entry's frequency per week (the mean of the last 4
// complete weeks) and the count behind it.
type Frequency struct {
	PerWeek       float64 `json:"perWeek"`
	LastFourWeeks int     `json:"lastFourWeeks"`
}

// Frequencies counts the last 4 complete weeks for many entries at once,
// for the log table and the export: it reads those weeks' tickets, returns
// and low reviews once and matches them to every entry in memory (the same
// rules as the entry page's evidence), instead of three queries per entry.
func (e *Engine) Frequencies(ctx context.Context, entries []domain.VocEntry) (map[int64]Frequency, error) {
	out := map[int64]Frequency{}
	if len(entries) == 0 {
		return out, nil
	}
	asOf, err := e.AsOf(ctx)
	if err != nil {
		return nil, err
	}
	current := weekStart(asOf, e.loc)
	from, to := addDays(current, -28).Unix(), current.Unix()
	tickets, err := e.store.VocTicketsBySKU(ctx, from, to)
	if err != nil {
		return nil, err
	}
	returns, err := e.store.VocCountingReturns(ctx, nil, from, to)
	if err != nil {
		return nil, err
	}
	reviews, err := e.store.VocLowReviews(ctx, nil, from, to, LowRating)
	if err != nil {
		return nil, err
	}
	mapped := make([]ReasonMatch, len(returns))
	for i, r := range returns {
		mapped[i] = MapReturnReason(r.Reason, r.BuyerNote)
	}
	for _, en := range entries {
		onSKU := map[string]bool{}
		for _, k := range en.SKUs {
			onSKU[k] = true
		}
		topic := func(sub, root string) bool {
			return (en.Subcategory != "" && sub == en.Subcategory) || (en.RootCause != "" && root == en.RootCause)
		}
		n := 0
		// A ticket comes once per SKU it is about; count it once.
		seen := map[int64]bool{}
		for _, t := range tickets {
			if onSKU[t.SKU] && !seen[t.ID] && topic(t.Subcategory, t.RootCause) {
				seen[t.ID] = true
				n++
			}
		}
		for i, r := range returns {
			if onSKU[r.SKU] && topic(mapped[i].Subcategory, mapped[i].RootCause) {
				n++
			}
		}
		for _, r := range reviews {
			if onSKU[r.SKU] {
				n++
			}
		}
		out[en.ID] = Frequency{PerWeek: perWeek(n), LastFourWeeks: n}
	}
	return out, nil
}
