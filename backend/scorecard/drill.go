package scorecard

import (
	"context"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Drill-down kinds: which records a list holds.
const (
	DrillKindLines    = "lines"
	DrillKindTickets  = "tickets"
	DrillKindReviews  = "reviews"
	DrillKindComments = "comments"
	DrillKindBuyers   = "buyers" // the repeat cohort
)

// Drill filters.
const (
	FilterRefunded   = "refunded"   // lines: refunded ones only
	FilterUnanswered = "unanswered" // tickets without a first reply
	FilterOver12h    = "over_12h"   // tickets answered late or not at all
	FilterOver24h    = "over_24h"
	FilterLowRating  = "low_rating" // reviews of 1 or 2 stars
	FilterShort      = "short"      // reviews under 11 words
	FilterNegative   = "negative"   // negative comments only
)

// DrillRequest asks for the records behind one number of one week.
type DrillRequest struct {
	Week   string `json:"week"`   // YYYY-Www
	Metric string `json:"metric"` // a Catalog key
	SKU    string `json:"sku"`    // "" = every SKU
	Filter string `json:"filter"` // one of the Filter constants, or ""
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"` // 0 = 200
}

// DrillResult is one page of the records behind a number; only the slice of
// Kind is filled.
type DrillResult struct {
	Kind     string                 `json:"kind"`
	Week     string                 `json:"week"`
	Metric   string                 `json:"metric"`
	Total    int                    `json:"total"`
	Offset   int                    `json:"offset"`
	Lines    []store.DrillLine      `json:"lines"`
	Tickets  []store.DrillTicket    `json:"tickets"`
	Reviews  []domain.Review        `json:"reviews"`
	Comments []domain.PublicComment `json:"comments"`
	Buyers   []store.DrillBuyer     `json:"buyers"`
}

// drillKind is where each metric's records live.
func drillKind(metric string) (string, bool) {
	switch metric {
	case "orders", "units", "revenue", "refund_rate":
		return DrillKindLines, true
	case "cohort_buyers", "repeat_30", "repeat_60", "repeat_90":
		return DrillKindBuyers, true
	case "tickets_opened", "unanswered", "first_response_median", "first_response_p90", "within_12h", "within_24h", "missing_parts":
		return DrillKindTickets, true
	case "reviews", "avg_rating", "avg_words", "share_11_words":
		return DrillKindReviews, true
	case "negative_comment_rate":
		return DrillKindComments, true
	}
	return "", false
}

// Drill lists the records behind req's number in the shop zone loc.
func Drill(ctx context.Context, st *store.Store, loc *time.Location, req DrillRequest) (DrillResult, error) {
	w, err := ParseWeek(req.Week)
	if err != nil {
		return DrillResult{}, err
	}
	kind, ok := drillKind(req.Metric)
	if !ok {
		return DrillResult{}, apperr.Newf(apperr.CodeInvalidInput, "There is no scorecard metric %q.", req.Metric)
	}
	if loc == nil {
		loc = time.UTC
	}
	win := w.Window(loc)
	page := store.DrillPage{Offset: req.Offset, Limit: req.Limit}
	res := DrillResult{Kind: kind, Week: w.String(), Metric: req.Metric, Offset: max(req.Offset, 0),
		Lines: []store.DrillLine{}, Tickets: []store.DrillTicket{}, Reviews: []domain.Review{}, Comments: []domain.PublicComment{}, Buyers: []store.DrillBuyer{}}
	switch kind {
	case DrillKindLines:
		res.Total, res.Lines, err = st.DrillLines(ctx, win, req.SKU, req.Filter == FilterRefunded, page)
	case DrillKindTickets:
		f := store.TicketDrill{SKU: req.SKU}
		switch {
		case req.Metric == "missing_parts":
			f.Subcategory = domain.SubMissingParts
		case req.Metric == "unanswered" || req.Filter == FilterUnanswered:
			f.Unanswered = true
		case req.Filter == FilterOver12h:
			f.SlowerThan = 12 * hour
		case req.Filter == FilterOver24h:
			f.SlowerThan = 24 * hour
		}
		res.Total, res.Tickets, err = st.DrillTickets(ctx, win, f, page)
	case DrillKindReviews:
		f := store.ReviewDrill{SKU: req.SKU, Short: req.Filter == FilterShort}
		if req.Filter == FilterLowRating {
			f.MaxRating = 2
		}
		res.Total, res.Reviews, err = st.DrillReviews(ctx, win, f, page)
	case DrillKindComments:
		res.Total, res.Comments, err = st.DrillComments(ctx, win, req.Filter == FilterNegative, page)
	case DrillKindBuyers:
		res.Total, res.Buyers, err = st.DrillCohort(ctx, win, page)
	}
	if err != nil {
		return DrillResult{}, err
	}
	return res, nil
}
