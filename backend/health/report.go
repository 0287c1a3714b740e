package health

import (
	"context"
	"fmt"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// TrendWeeks is how many weekly points a metric's line has.
const TrendWeeks = 12

// Report is every metric as of one day, with optional weekly lines and
// levers.
type Report struct {
	AsOf         string   `json:"asOf"`
	DeliveryDays int      `json:"deliveryDays"`
	Metrics      []Metric `json:"metrics"`
	Trends       []Trend  `json:"trends"`
	Levers       []Lever  `json:"levers"`
}

// Trend is one metric computed as of the end of each of the last weeks
// (Sunday; the current week's point is the as-of day itself).
type Trend struct {
	Key    string  `json:"key"`
	Points []Point `json:"points"`
}

// Point is a metric as of one day.
type Point struct {
	AsOf        string   `json:"asOf"`
	Numerator   int      `json:"numerator"`
	Denominator int      `json:"denominator"`
	Rate        *float64 `json:"rate"`
}

// Options choose what Build adds to the metrics.
type Options struct {
	Trends bool
	Levers bool
}

// Build computes every metric as of the end of asOf in loc.
func Build(ctx context.Context, st *store.Store, loc *time.Location, asOf Day, opts Options) (*Report, error) {
	first := asOf
	if opts.Trends {
		first = trendDays(asOf)[0]
	}
	p, err := load(ctx, st, loc, first, asOf)
	if err != nil {
		return nil, err
	}
	return build(ctx, st, p, asOf, opts)
}

// build computes the report from facts loaded for a span that ends at asOf
// and, with trends, starts at the first trend day. p is not changed, so
// cached facts can serve several reports at once.
func build(ctx context.Context, st *store.Store, p *facts, asOf Day, opts Options) (*Report, error) {
	r := &Report{AsOf: asOf.String(), DeliveryDays: p.settings.DeliveryDays}
	for _, d := range Catalog {
		r.Metrics = append(r.Metrics, metricOf(d.Key, p.measure(d.Key, asOf, nil, false), p.settings))
	}
	if opts.Trends {
		days := trendDays(asOf)
		for _, d := range Catalog {
			t := Trend{Key: d.Key}
			for _, day := range days {
				c := p.measure(d.Key, day, nil, false)
				t.Points = append(t.Points, Point{AsOf: day.String(), Numerator: c.num, Denominator: c.den,
					Rate: rate(c.num, c.den)})
			}
			r.Trends = append(r.Trends, t)
		}
	}
	if opts.Levers {
		entries, err := openVocEntries(ctx, st)
		if err != nil {
			return nil, err
		}
		// Late deliveries are grouped by carrier, read for those orders only;
		// the carriers go on a copy so the facts stay shared.
		late := p.measure(OTDR, asOf, nil, true).rows
		if err := fillOrderIDs(ctx, st, late); err != nil {
			return nil, err
		}
		q := *p
		q.carriers = make(map[int64]string, len(late))
		for _, row := range late {
			q.carriers[row.OrderID] = row.Carrier
		}
		r.Levers = q.levers(asOf, r.Metrics, entries)
		for i := range r.Levers {
			if err := fillOrderIDs(ctx, st, r.Levers[i].Rows); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// Drill lists the records behind metric key as of asOf: the ones that count
// against the shop first.
func Drill(ctx context.Context, st *store.Store, loc *time.Location, asOf Day, key string) ([]Row, error) {
	if _, ok := definition(key); !ok {
		return nil, apperr.New(apperr.CodeInvalidInput, fmt.Sprintf("There is no shop health metric %q.", key))
	}
	p, err := load(ctx, st, loc, asOf, asOf)
	if err != nil {
		return nil, err
	}
	return drill(ctx, st, p, asOf, key)
}

func drill(ctx context.Context, st *store.Store, p *facts, asOf Day, key string) ([]Row, error) {
	rows := p.measure(key, asOf, nil, true).rows
	sortRows(rows)
	return rows, fillOrderIDs(ctx, st, rows)
}

// fillOrderIDs adds the platform order ID (and an order row's carrier) to
// rows that lack them: the metrics are computed without these texts, and
// only the rows shown need them.
func fillOrderIDs(ctx context.Context, st *store.Store, rows []Row) error {
	var ids []int64
	for _, r := range rows {
		if (r.OrderExternalID == "" || r.Kind == KindOrder && r.Carrier == "") && r.OrderID != 0 {
			ids = append(ids, r.OrderID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	texts, err := st.OrderTexts(ctx, ids)
	if err != nil {
		return err
	}
	for i := range rows {
		t, ok := texts[rows[i].OrderID]
		if !ok {
			continue
		}
		if rows[i].OrderExternalID == "" {
			rows[i].OrderExternalID = t.ExternalID
		}
		if rows[i].Kind == KindOrder && rows[i].Carrier == "" {
			rows[i].Carrier = t.Carrier
		}
	}
	return nil
}

// trendDays are the ends of the last TrendWeeks weeks (Sundays), the last
// one replaced by asOf itself.
func trendDays(asOf Day) []Day {
	toSunday := (7 - int(asOf.Weekday())) % 7
	sunday := asOf.AddDays(toSunday)
	out := make([]Day, TrendWeeks)
	for i := range out {
		out[i] = sunday.AddDays(-7 * (TrendWeeks - 1 - i))
	}
	out[TrendWeeks-1] = asOf
	return out
}

// load reads what the metrics need as of every day from first to last.
func load(ctx context.Context, st *store.Store, loc *time.Location, first, last Day) (*facts, error) {
	settings, err := LoadSettings(ctx, st)
	if err != nil {
		return nil, err
	}
	decided, err := decidedReasons(ctx, st)
	if err != nil {
		return nil, err
	}
	end := last.End(loc)
	// An order's deliver-by day is at most n business days, plus the
	// weekends between them, after its paid day.
	deliverySpan := settings.DeliveryDays + 2*(settings.DeliveryDays/5+1) + 1
	f, err := st.LoadHealthFacts(ctx, store.HealthSpan{
		DeliveredFrom: first.AddDays(-59).Start(loc), DeliveredTo: end,
		PaidFrom: first.AddDays(-29 - deliverySpan).Start(loc), PaidTo: end,
		ShippedFrom: first.AddDays(-29).Start(loc), ShippedTo: end,
		ChatsFrom: first.AddDays(-29).Start(loc), ChatsTo: end,
	})
	if err != nil {
		return nil, err
	}
	return prepare(f, loc, settings, decided), nil
}

func decidedReasons(ctx context.Context, st *store.Store) (map[string]string, error) {
	list, err := st.ReasonFaults(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(list))
	for _, r := range list {
		out[r.Key] = r.Fault
	}
	return out, nil
}
