package scorecard

// Metrics is one week's scorecard: every metric of Catalog, whose
// Definition texts state how each is computed. A nil
// pointer is a value that cannot be computed (no data for its denominator,
// or a repeat rate that is not mature yet) and crosses JSON as null. Rates
// and shares are fractions between 0 and 1; hours are decimal hours.
type Metrics struct {
	Week  string `json:"week"`  // YYYY-Www
	Start int64  `json:"start"` // Monday 00:00 shop time, UTC seconds
	End   int64  `json:"end"`   // next Monday 00:00 shop time, UTC seconds

	Orders  int   `json:"orders"` // eligible (not cancelled) orders created in the week
	Units   int64 `json:"units"`  // quantities of their lines
	Revenue Money `json:"revenue"`

	EligibleLines int         `json:"eligibleLines"`
	RefundedLines int         `json:"refundedLines"`
	RefundRate    *float64    `json:"refundRate"`
	RefundBySKU   []SKURefund `json:"refundBySku"` // most refunded lines first

	FirstResponse       FirstResponse `json:"firstResponse"`
	MissingPartsTickets int           `json:"missingPartsTickets"`
	Reviews             ReviewStats   `json:"reviews"`
	Repeat              Repeat        `json:"repeat"`

	Comments            int      `json:"comments"`
	NegativeComments    int      `json:"negativeComments"`
	NegativeCommentRate *float64 `json:"negativeCommentRate"`

	// byCurrency keeps the week's revenue and lines per currency, so the
	// weeks shown together can settle on one currency (settleRevenue).
	byCurrency map[string]currencyTotals
}

type currencyTotals struct {
	lines   int
	revenue int64
}

// Money is an amount in integer minor units (cents, yen) of one currency.
type Money struct {
	AmountMinor int64  `json:"amountMinor"`
	Currency    string `json:"currency"`
	// OtherCurrencyLines counts eligible lines in other currencies, which are
	// not added in (a shop sells in one currency; a mix means a second
	// region's export was imported).
	OtherCurrencyLines int `json:"otherCurrencyLines"`
}

// SKURefund is the refund rate of one line key (Seller SKU, else SKU ID).
type SKURefund struct {
	SKU           string   `json:"sku"`
	EligibleLines int      `json:"eligibleLines"`
	RefundedLines int      `json:"refundedLines"`
	Rate          *float64 `json:"rate"`
	Units         int64    `json:"units"`
}

// FirstResponse is first response time over the tickets opened in the week.
// Within12h and Within24h are shares of all tickets opened (unanswered ones
// count as not answered); the limits are inclusive (exactly 12 h is within).
type FirstResponse struct {
	Opened      int      `json:"opened"`
	Answered    int      `json:"answered"`
	Unanswered  int      `json:"unanswered"`
	MedianHours *float64 `json:"medianHours"`
	P90Hours    *float64 `json:"p90Hours"`
	Within12h   *float64 `json:"within12h"`
	Within24h   *float64 `json:"within24h"`
}

// ReviewStats are star rating and review depth over the reviews posted in
// the week.
type ReviewStats struct {
	Count        int      `json:"count"`
	AvgRating    *float64 `json:"avgRating"`
	AvgWords     *float64 `json:"avgWords"`
	Share11Words *float64 `json:"share11Words"` // share with at least 11 words
}

// Repeat is the repeat purchase rate of the week's cohort: buyers whose first
// eligible order ever was created in the week. DN is the share of them with
// another eligible order created at most N×24 hours after that first order;
// nil while the week's end plus N days is later than the newest order.
type Repeat struct {
	CohortBuyers int      `json:"cohortBuyers"`
	D30          *float64 `json:"d30"`
	D60          *float64 `json:"d60"`
	D90          *float64 `json:"d90"`
	// MatureOn[i] is when D30, D60, D90 can be known: the week's end plus
	// 30, 60, 90 days (UTC seconds), for "not mature yet" in the UI.
	MatureOn [3]int64 `json:"matureOn"`
}

// RepeatDays are the repeat horizons, in days.
var RepeatDays = [3]int{30, 60, 90}

func ratio(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	v := float64(num) / float64(den)
	return &v
}

func ptr(v float64) *float64 { return &v }
