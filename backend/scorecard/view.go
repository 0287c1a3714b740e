package scorecard

import (
	"context"
	"time"

	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// TrendWeeks is how many weeks the trends and sparklines show.
const TrendWeeks = 12

// View is everything the scorecard screen and the Excel export show for one
// week: the metrics, last week's, tiles with targets and status, 12-week
// trends, the refund table by SKU and the "what to fix" hints.
type View struct {
	Week             string            `json:"week"`
	Label            string            `json:"label"` // "26 Jan – 1 Feb 2026"
	TimeZone         string            `json:"timeZone"`
	ShopName         string            `json:"shopName"`
	Currency         string            `json:"currency"`
	CurrencyDecimals int               `json:"currencyDecimals"`
	NewestOrderAt    int64             `json:"newestOrderAt"`
	Sources          store.DataSources `json:"sources"`
	Metrics          Metrics           `json:"metrics"`
	Previous         Metrics           `json:"previous"`
	Tiles            []Tile            `json:"tiles"`
	Trend            Trend             `json:"trend"`
	RefundBySKU      []SKURow          `json:"refundBySku"`
	Hints            []Hint            `json:"hints"`
	// Health adds a "Shop health" sheet to the exported workbook; nil = none.
	Health *HealthSheet `json:"-"`
}

// Tile is one KPI: value, last week, change, target and status. Money
// values are in major units of Currency (12.34), rates are fractions.
type Tile struct {
	Key       string     `json:"key"`
	Group     string     `json:"group"`
	Label     string     `json:"label"`
	Unit      string     `json:"unit"`
	Direction string     `json:"direction"`
	Value     *float64   `json:"value"`
	Previous  *float64   `json:"previous"`
	Change    *float64   `json:"change"` // value − previous (for rates: percentage points as a fraction)
	Target    *float64   `json:"target"`
	Status    string     `json:"status"`    // good | bad | neutral | no_data
	Trend     string     `json:"trend"`     // good | bad | neutral: the change judged by direction
	Spark     []*float64 `json:"spark"`     // the last 12 weeks, oldest first
	Empty     string     `json:"empty"`     // what to import when there is no data at all; "" otherwise
	NotMature bool       `json:"notMature"` // a repeat rate that cannot be known yet
	MatureOn  int64      `json:"matureOn"`  // when it can (UTC seconds); 0 otherwise
}

// Trend is every metric over the last 12 weeks.
type Trend struct {
	Weeks  []string      `json:"weeks"`  // YYYY-Www, oldest first
	Starts []int64       `json:"starts"` // each week's Monday 00:00, UTC seconds
	Series []TrendSeries `json:"series"` // one per metric, catalog order
}

// TrendSeries is one metric's values, parallel to Trend.Weeks.
type TrendSeries struct {
	Key    string     `json:"key"`
	Values []*float64 `json:"values"`
}

// SKURow is one line of the refund-by-SKU table.
type SKURow struct {
	SKU              string   `json:"sku"`
	Name             string   `json:"name"`
	EligibleLines    int      `json:"eligibleLines"`
	RefundedLines    int      `json:"refundedLines"`
	Rate             *float64 `json:"rate"`
	PreviousEligible int      `json:"previousEligible"`
	PreviousRefunded int      `json:"previousRefunded"`
	PreviousRate     *float64 `json:"previousRate"`
	Change           *float64 `json:"change"`
}

// ShopInfo is what the view needs from the shop's settings: its name,
// currency and zone.
type ShopInfo struct {
	Name     string
	Currency string
	Location *time.Location
}

// Build computes the view of week w.
func Build(ctx context.Context, st *store.Store, shop ShopInfo, w Week) (*View, error) {
	return build(ctx, st, shop, w, func(ctx context.Context, loc *time.Location, weeks []Week, currency string) ([]Metrics, error) {
		return Compute(ctx, st, loc, weeks, currency)
	})
}

// computeFunc computes (or recalls) consecutive weeks' metrics.
type computeFunc func(ctx context.Context, loc *time.Location, weeks []Week, shopCurrency string) ([]Metrics, error)

func build(ctx context.Context, st *store.Store, shop ShopInfo, w Week, compute computeFunc) (*View, error) {
	loc := shop.Location
	if loc == nil {
		loc = time.UTC
	}
	weeks := w.Weeks(TrendWeeks)
	all, err := compute(ctx, loc, weeks, shop.Currency)
	if err != nil {
		return nil, err
	}
	targets, err := LoadTargets(ctx, st)
	if err != nil {
		return nil, err
	}
	sources, err := st.ScorecardSources(ctx)
	if err != nil {
		return nil, err
	}
	newest, err := st.NewestOrderAt(ctx)
	if err != nil {
		return nil, err
	}
	names, err := st.AllProductNames(ctx)
	if err != nil {
		return nil, err
	}
	cur, prev := all[len(all)-1], all[len(all)-2]
	v := &View{
		Week: w.String(), Label: w.Label(), TimeZone: loc.String(), ShopName: shop.Name,
		Currency: cur.Revenue.Currency, CurrencyDecimals: importer.CurrencyDecimals(cur.Revenue.Currency),
		NewestOrderAt: newest, Sources: sources, Metrics: cur, Previous: prev,
	}
	v.Trend = trend(weeks, all)
	v.Tiles = tiles(all, targets, sources, v.Trend)
	v.RefundBySKU = skuRows(cur, prev, names)
	window := w.Window(loc)
	prevWindow := w.Add(-1).Window(loc)
	v.Hints, err = hints(ctx, st, hintInput{view: v, window: window, previousWindow: prevWindow, names: names})
	if err != nil {
		return nil, err
	}
	return v, nil
}

func trend(weeks []Week, all []Metrics) Trend {
	t := Trend{Weeks: make([]string, len(weeks)), Starts: make([]int64, len(weeks)), Series: make([]TrendSeries, len(Catalog))}
	for i, w := range weeks {
		t.Weeks[i], t.Starts[i] = w.String(), all[i].Start
	}
	for k, d := range Catalog {
		s := TrendSeries{Key: d.Key, Values: make([]*float64, len(all))}
		for i := range all {
			s.Values[i] = d.value(&all[i], importer.CurrencyDecimals(all[i].Revenue.Currency))
		}
		t.Series[k] = s
	}
	return t
}

func tiles(all []Metrics, targets []Target, sources store.DataSources, tr Trend) []Tile {
	n := len(all)
	out := make([]Tile, len(Catalog))
	for k, d := range Catalog {
		values := tr.Series[k].Values
		t := Tile{Key: d.Key, Group: d.Group, Label: d.Label, Unit: d.Unit, Direction: targets[k].Direction,
			Value: values[n-1], Previous: values[n-2], Target: targets[k].Target, Spark: values}
		if t.Value != nil && t.Previous != nil {
			t.Change = ptr(*t.Value - *t.Previous)
		}
		t.Status = judge(t.Value, t.Previous, targets[k])
		t.Trend = movedWell(t.Value, t.Previous, t.Direction)
		if !hasSource(sources, d.Source) {
			t.Empty = emptyMessage(d.Source)
		}
		if i := repeatIndex(d.Key); i >= 0 && t.Value == nil && all[n-1].Repeat.CohortBuyers > 0 {
			t.NotMature, t.MatureOn = true, all[n-1].Repeat.MatureOn[i]
		}
		out[k] = t
	}
	return out
}

func repeatIndex(key string) int {
	switch key {
	case "repeat_30":
		return 0
	case "repeat_60":
		return 1
	case "repeat_90":
		return 2
	}
	return -1
}

func hasSource(s store.DataSources, source string) bool {
	switch source {
	case SourceOrders:
		return s.Orders
	case SourceTickets:
		return s.Tickets
	case SourceReviews:
		return s.Reviews
	case SourceComments:
		return s.Comments
	}
	return true
}

func emptyMessage(source string) string {
	switch source {
	case SourceOrders:
		return "Import an order export to see orders, refunds and repeat buyers."
	case SourceTickets:
		return "Log tickets or import your support log to see response times."
	case SourceReviews:
		return "Import reviews to see ratings."
	case SourceComments:
		return "Log or import public comments to see the negative comment rate."
	}
	return ""
}

// skuRows joins this week's and last week's refund counts per SKU, in this
// week's order (most refunded first); SKUs sold only last week come last.
func skuRows(cur, prev Metrics, names map[string]string) []SKURow {
	last := map[string]SKURefund{}
	for _, r := range prev.RefundBySKU {
		last[r.SKU] = r
	}
	out := []SKURow{}
	seen := map[string]bool{}
	add := func(sku string, now SKURefund) {
		p := last[sku]
		row := SKURow{SKU: sku, Name: names[sku], EligibleLines: now.EligibleLines, RefundedLines: now.RefundedLines, Rate: now.Rate,
			PreviousEligible: p.EligibleLines, PreviousRefunded: p.RefundedLines, PreviousRate: p.Rate}
		if row.Rate != nil && row.PreviousRate != nil {
			row.Change = ptr(*row.Rate - *row.PreviousRate)
		}
		seen[sku] = true
		out = append(out, row)
	}
	for _, r := range cur.RefundBySKU {
		add(r.SKU, r)
	}
	for _, r := range prev.RefundBySKU {
		if !seen[r.SKU] {
			add(r.SKU, SKURefund{SKU: r.SKU})
		}
	}
	return out
}
