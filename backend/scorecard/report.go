package scorecard

import (
	"math"

	"afterloop/backend/importer"
)

// Report is the documented `afterloop-cli scorecard --json` document (issue
// 7): snake_case keys, null where a value cannot be computed, rates and
// shares as fractions 0–1, hours as decimal hours. Revenue is a number in
// the shop currency's major units (19.99, not 1999), like the Excel export.
type Report struct {
	Week                string              `json:"week"`
	Orders              int                 `json:"orders"`
	Units               int64               `json:"units"`
	Revenue             float64             `json:"revenue"`
	RefundRate          *float64            `json:"refund_rate"`
	RefundBySKU         []ReportSKU         `json:"refund_by_sku"`
	FirstResponse       ReportFirstResponse `json:"first_response"`
	MissingPartsTickets int                 `json:"missing_parts_tickets"`
	Reviews             ReportReviews       `json:"reviews"`
	Repeat              ReportRepeat        `json:"repeat"`
	NegativeCommentRate *float64            `json:"negative_comment_rate"`
}

// ReportSKU is one line key's refund rate.
type ReportSKU struct {
	SKU           string   `json:"sku"`
	EligibleLines int      `json:"eligible_lines"`
	RefundedLines int      `json:"refunded_lines"`
	Rate          *float64 `json:"rate"`
}

// ReportFirstResponse is first response time over the week's tickets.
type ReportFirstResponse struct {
	Opened      int      `json:"opened"`
	Answered    int      `json:"answered"`
	Unanswered  int      `json:"unanswered"`
	MedianHours *float64 `json:"median_hours"`
	P90Hours    *float64 `json:"p90_hours"`
	Within12h   *float64 `json:"within_12h"`
	Within24h   *float64 `json:"within_24h"`
}

// ReportReviews are rating and depth of the week's reviews.
type ReportReviews struct {
	Count        int      `json:"count"`
	AvgRating    *float64 `json:"avg_rating"`
	AvgWords     *float64 `json:"avg_words"`
	Share11Words *float64 `json:"share_11_words"`
}

// ReportRepeat is the week's repeat-purchase cohort.
type ReportRepeat struct {
	CohortBuyers int      `json:"cohort_buyers"`
	D30          *float64 `json:"d30"`
	D60          *float64 `json:"d60"`
	D90          *float64 `json:"d90"`
}

// NewReport turns a week's metrics into the CLI document.
func NewReport(m Metrics) Report {
	r := Report{
		Week: m.Week, Orders: m.Orders, Units: m.Units,
		Revenue:     majorUnits(m.Revenue),
		RefundRate:  m.RefundRate,
		RefundBySKU: make([]ReportSKU, len(m.RefundBySKU)),
		FirstResponse: ReportFirstResponse{Opened: m.FirstResponse.Opened, Answered: m.FirstResponse.Answered,
			Unanswered: m.FirstResponse.Unanswered, MedianHours: m.FirstResponse.MedianHours, P90Hours: m.FirstResponse.P90Hours,
			Within12h: m.FirstResponse.Within12h, Within24h: m.FirstResponse.Within24h},
		MissingPartsTickets: m.MissingPartsTickets,
		Reviews: ReportReviews{Count: m.Reviews.Count, AvgRating: m.Reviews.AvgRating, AvgWords: m.Reviews.AvgWords,
			Share11Words: m.Reviews.Share11Words},
		Repeat:              ReportRepeat{CohortBuyers: m.Repeat.CohortBuyers, D30: m.Repeat.D30, D60: m.Repeat.D60, D90: m.Repeat.D90},
		NegativeCommentRate: m.NegativeCommentRate,
	}
	for i, s := range m.RefundBySKU {
		r.RefundBySKU[i] = ReportSKU{SKU: s.SKU, EligibleLines: s.EligibleLines, RefundedLines: s.RefundedLines, Rate: s.Rate}
	}
	return r
}

// majorUnits turns minor units into the currency's major units (JPY has none).
func majorUnits(m Money) float64 {
	// One division, so 4798 cents print as 47.98 rather than 47.980000000000004.
	return float64(m.AmountMinor) / math.Pow10(importer.CurrencyDecimals(m.Currency))
}
