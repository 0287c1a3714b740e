package scorecard

import (
	"math"

	"afterloop/backend/importer"
)

// Units say how a metric's value is shown.
const (
	UnitCount = "count" // whole number
	UnitMoney = "money" // major units of the revenue currency (12.34)
	UnitRate  = "rate"  // fraction 0–1, shown as a percent
	UnitHours = "hours" // decimal hours
	UnitStars = "stars" // mean of 1–5
	UnitWords = "words" // mean word count
)

// Directions say which way is good.
const (
	Up   = "up"
	Down = "down"
)

// Data sources, for the empty state of a metric with nothing to show.
const (
	SourceOrders   = "orders"
	SourceTickets  = "tickets"
	SourceReviews  = "reviews"
	SourceComments = "comments"
)

// Definition describes one scorecard metric: its key (stable: targets are
// stored under it), English label and definition (the UI may translate by
// key), unit, which direction is good and the default target.
type Definition struct {
	Key        string   `json:"key"`
	Group      string   `json:"group"`
	Label      string   `json:"label"`
	Unit       string   `json:"unit"`
	Direction  string   `json:"direction"`
	Target     *float64 `json:"target"` // default target; nil = none, judged against last week
	Source     string   `json:"source"` // what to import when there is no data
	Definition string   `json:"definition"`
	// value reads the metric from a week (decimals = the currency's digits).
	value func(m *Metrics, decimals int) *float64
}

func count(n int) *float64 { return ptr(float64(n)) }

// Catalog is every metric in display order. Each Definition is the rule for
// that metric in words, the one statement of it, shown on the Definitions
// sheet and in the UI; the code computing a metric must match it.
var Catalog = []Definition{
	{Key: "orders", Group: "sales", Label: "Orders", Unit: UnitCount, Direction: Up, Source: SourceOrders,
		Definition: "Eligible orders (every status except cancelled) created in the week, Monday 00:00 to Sunday 24:00 in the shop time zone.",
		value:      func(m *Metrics, _ int) *float64 { return count(m.Orders) }},
	{Key: "units", Group: "sales", Label: "Units", Unit: UnitCount, Direction: Up, Source: SourceOrders,
		Definition: "Sum of the quantities on the lines of the week's eligible orders.",
		value:      func(m *Metrics, _ int) *float64 { return ptr(float64(m.Units)) }},
	{Key: "revenue", Group: "sales", Label: "Revenue", Unit: UnitMoney, Direction: Up, Source: SourceOrders,
		Definition: "Sum of the line subtotals after discount of the week's eligible orders (before shipping and tax), in the shop's main currency.",
		value: func(m *Metrics, decimals int) *float64 {
			return ptr(float64(m.Revenue.AmountMinor) / math.Pow10(decimals))
		}},
	{Key: "refund_rate", Group: "refunds", Label: "Refund rate", Unit: UnitRate, Direction: Down, Target: ptr(0.03), Source: SourceOrders,
		Definition: "Among the lines of eligible orders created in the week, the share with a return that counts as a refund in the returns export (any status except Refund rejected or Cancelled) or a return quantity above zero in the order export. Counted per line key (Seller SKU, else SKU ID); refunds are dated by their order.",
		value:      func(m *Metrics, _ int) *float64 { return m.RefundRate }},
	{Key: "tickets_opened", Group: "support", Label: "Tickets opened", Unit: UnitCount, Direction: Down, Source: SourceTickets,
		Definition: "Support tickets opened in the week.",
		value:      func(m *Metrics, _ int) *float64 { return count(m.FirstResponse.Opened) }},
	{Key: "unanswered", Group: "support", Label: "Unanswered tickets", Unit: UnitCount, Direction: Down, Target: ptr(0), Source: SourceTickets,
		Definition: "Tickets opened in the week with no first reply logged yet.",
		value:      func(m *Metrics, _ int) *float64 { return count(m.FirstResponse.Unanswered) }},
	{Key: "first_response_median", Group: "support", Label: "First response, median", Unit: UnitHours, Direction: Down, Target: ptr(4), Source: SourceTickets,
		Definition: "Median of first reply minus opened time, in hours, over the week's tickets that have a first reply. Percentiles interpolate between the closest ranks, like Excel's PERCENTILE.INC.",
		value:      func(m *Metrics, _ int) *float64 { return m.FirstResponse.MedianHours }},
	{Key: "first_response_p90", Group: "support", Label: "First response, 90th percentile", Unit: UnitHours, Direction: Down, Target: ptr(12), Source: SourceTickets,
		Definition: "90th percentile of first response time in hours over the week's answered tickets (PERCENTILE.INC).",
		value:      func(m *Metrics, _ int) *float64 { return m.FirstResponse.P90Hours }},
	{Key: "within_12h", Group: "support", Label: "Answered within 12 h", Unit: UnitRate, Direction: Up, Target: ptr(0.95), Source: SourceTickets,
		Definition: "Share of all tickets opened in the week whose first reply came at most 12 hours after opening; unanswered tickets count as not answered.",
		value:      func(m *Metrics, _ int) *float64 { return m.FirstResponse.Within12h }},
	{Key: "within_24h", Group: "support", Label: "Answered within 24 h", Unit: UnitRate, Direction: Up, Target: ptr(0.98), Source: SourceTickets,
		Definition: "Share of all tickets opened in the week whose first reply came at most 24 hours after opening; unanswered tickets count as not answered.",
		value:      func(m *Metrics, _ int) *float64 { return m.FirstResponse.Within24h }},
	{Key: "missing_parts", Group: "support", Label: "Missing-parts tickets", Unit: UnitCount, Direction: Down, Source: SourceTickets,
		Definition: "Tickets opened in the week with the subcategory Missing parts.",
		value:      func(m *Metrics, _ int) *float64 { return count(m.MissingPartsTickets) }},
	{Key: "reviews", Group: "reviews", Label: "Reviews", Unit: UnitCount, Direction: Up, Source: SourceReviews,
		Definition: "Reviews posted in the week.",
		value:      func(m *Metrics, _ int) *float64 { return count(m.Reviews.Count) }},
	{Key: "avg_rating", Group: "reviews", Label: "Average star rating", Unit: UnitStars, Direction: Up, Target: ptr(4.5), Source: SourceReviews,
		Definition: "Mean star rating (1 to 5) of the reviews posted in the week.",
		value:      func(m *Metrics, _ int) *float64 { return m.Reviews.AvgRating }},
	{Key: "avg_words", Group: "reviews", Label: "Review length, words", Unit: UnitWords, Direction: Up, Target: ptr(15), Source: SourceReviews,
		Definition: "Mean word count of the week's reviews; a word is a run of non-space characters.",
		value:      func(m *Metrics, _ int) *float64 { return m.Reviews.AvgWords }},
	{Key: "share_11_words", Group: "reviews", Label: "Reviews with 11+ words", Unit: UnitRate, Direction: Up, Target: ptr(0.5), Source: SourceReviews,
		Definition: "Share of the week's reviews with at least 11 words.",
		value:      func(m *Metrics, _ int) *float64 { return m.Reviews.Share11Words }},
	{Key: "cohort_buyers", Group: "repeat", Label: "New buyers", Unit: UnitCount, Direction: Up, Source: SourceOrders,
		Definition: "Buyers whose first eligible order ever was created in the week (the repeat-purchase cohort). Orders without a buyer are left out.",
		value:      func(m *Metrics, _ int) *float64 { return count(m.Repeat.CohortBuyers) }},
	{Key: "repeat_30", Group: "repeat", Label: "Repeat rate, 30 days", Unit: UnitRate, Direction: Up, Target: ptr(0.05), Source: SourceOrders,
		Definition: "Share of the week's new buyers with another eligible order created at most 30×24 hours after their first order. Empty until 30 days after the week's end are covered by the newest imported order.",
		value:      func(m *Metrics, _ int) *float64 { return m.Repeat.D30 }},
	{Key: "repeat_60", Group: "repeat", Label: "Repeat rate, 60 days", Unit: UnitRate, Direction: Up, Target: ptr(0.08), Source: SourceOrders,
		Definition: "As the 30-day rate, within 60×24 hours; empty until 60 days after the week's end are covered.",
		value:      func(m *Metrics, _ int) *float64 { return m.Repeat.D60 }},
	{Key: "repeat_90", Group: "repeat", Label: "Repeat rate, 90 days", Unit: UnitRate, Direction: Up, Target: ptr(0.1), Source: SourceOrders,
		Definition: "As the 30-day rate, within 90×24 hours; empty until 90 days after the week's end are covered.",
		value:      func(m *Metrics, _ int) *float64 { return m.Repeat.D90 }},
	{Key: "negative_comment_rate", Group: "comments", Label: "Negative comment rate", Unit: UnitRate, Direction: Down, Target: ptr(0.1), Source: SourceComments,
		Definition: "Public comments posted in the week marked negative, over all comments posted in the week.",
		value:      func(m *Metrics, _ int) *float64 { return m.NegativeCommentRate }},
}

// Value reads metric key from a week; nil when unknown or not computable.
func Value(key string, m *Metrics) *float64 {
	for _, d := range Catalog {
		if d.Key == key {
			return d.value(m, importer.CurrencyDecimals(m.Revenue.Currency))
		}
	}
	return nil
}

// definition finds a metric by key.
func definition(key string) (Definition, bool) {
	for _, d := range Catalog {
		if d.Key == key {
			return d, true
		}
	}
	return Definition{}, false
}
