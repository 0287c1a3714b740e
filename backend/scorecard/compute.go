package scorecard

import (
	"context"
	"sort"
	"sync"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

const (
	hour = int64(3600)
	day  = 24 * hour
)

// Compute returns the metrics of each week (consecutive, oldest first) in
// the shop zone loc. shopCurrency breaks a tie when lines come in several
// currencies. Every week is read in the same few statements, so twelve weeks
// cost little more than one.
func Compute(ctx context.Context, st *store.Store, loc *time.Location, weeks []Week, shopCurrency string) ([]Metrics, error) {
	if len(weeks) == 0 {
		return []Metrics{}, nil
	}
	windows := make([]store.Window, len(weeks))
	for i, w := range weeks {
		windows[i] = w.Window(loc)
	}
	span := store.Window{From: windows[0].From, To: windows[len(windows)-1].To}
	var (
		lines    []store.LineTotals
		orders   []int
		repeat   []store.RepeatCohort
		newest   int64
		tickets  []store.TicketFact
		reviews  []store.ReviewFact
		comments []store.CommentCounts
	)
	horizons := make([]int64, len(RepeatDays))
	for i, d := range RepeatDays {
		horizons[i] = int64(d) * day
	}
	// The two heavy reads (lines and repeat cohorts) run beside the light
	// ones: SQLite reads in parallel on the read pool, and these machines
	// have two cores.
	err := parallel(
		func() (err error) { lines, err = st.LineTotalsByWindow(ctx, windows); return },
		func() (err error) { repeat, err = st.RepeatByWindow(ctx, windows, horizons); return },
		func() (err error) {
			if orders, err = st.EligibleOrdersByWindow(ctx, windows); err != nil {
				return err
			}
			if newest, err = st.NewestOrderAt(ctx); err != nil {
				return err
			}
			if tickets, err = st.TicketFactsOpened(ctx, span.From, span.To); err != nil {
				return err
			}
			if reviews, err = st.ReviewFactsPosted(ctx, span.From, span.To); err != nil {
				return err
			}
			comments, err = st.CommentCountsByWindow(ctx, windows)
			return err
		},
	)
	if err != nil {
		return nil, err
	}
	out := make([]Metrics, len(weeks))
	for i, w := range weeks {
		out[i] = Metrics{Week: w.String(), Start: windows[i].From, End: windows[i].To, Orders: orders[i], RefundBySKU: []SKURefund{}}
	}
	addLines(out, lines)
	settleRevenue(out, shopCurrency)
	addTickets(out, windows, tickets)
	addReviews(out, windows, reviews)
	for i := range out {
		addRepeat(&out[i], repeat[i], newest)
		c := comments[i]
		out[i].Comments, out[i].NegativeComments = c.All, c.Negative
		out[i].NegativeCommentRate = ratio(c.Negative, c.All)
	}
	return out, nil
}

// parallel runs the functions at once and returns the first error.
func parallel(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// settleRevenue puts every week's revenue in the currency of most eligible
// lines over the weeks shown together (a tie goes to the shop's), so a
// trend never mixes currencies; lines in other currencies are counted, not
// added.
func settleRevenue(weeks []Metrics, shopCurrency string) {
	count := map[string]int{}
	for i := range weeks {
		for c, t := range weeks[i].byCurrency {
			if c != "" {
				count[c] += t.lines
			}
		}
	}
	codes := make([]string, 0, len(count))
	for c := range count {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	main := shopCurrency
	for _, c := range codes {
		if count[c] > count[main] {
			main = c
		}
	}
	for i := range weeks {
		m := &weeks[i]
		m.Revenue = Money{Currency: main}
		for c, t := range m.byCurrency {
			if c == main || c == "" {
				m.Revenue.AmountMinor += t.revenue
			} else {
				m.Revenue.OtherCurrencyLines += t.lines
			}
		}
	}
}

func addLines(out []Metrics, lines []store.LineTotals) {
	bySKU := make([]map[string]*SKURefund, len(out))
	for _, l := range lines {
		m := &out[l.Window]
		m.EligibleLines += l.EligibleLines
		m.RefundedLines += l.RefundedLines
		m.Units += l.Units
		if m.byCurrency == nil {
			m.byCurrency = map[string]currencyTotals{}
		}
		t := m.byCurrency[l.Currency]
		t.lines += l.EligibleLines
		t.revenue += l.Revenue
		m.byCurrency[l.Currency] = t
		if bySKU[l.Window] == nil {
			bySKU[l.Window] = map[string]*SKURefund{}
		}
		r := bySKU[l.Window][l.SKU]
		if r == nil {
			r = &SKURefund{SKU: l.SKU}
			bySKU[l.Window][l.SKU] = r
		}
		r.EligibleLines += l.EligibleLines
		r.RefundedLines += l.RefundedLines
		r.Units += l.Units
	}
	for i := range out {
		m := &out[i]
		m.RefundRate = ratio(m.RefundedLines, m.EligibleLines)
		for _, r := range bySKU[i] {
			r.Rate = ratio(r.RefundedLines, r.EligibleLines)
			m.RefundBySKU = append(m.RefundBySKU, *r)
		}
		sortSKURefunds(m.RefundBySKU)
	}
}

// sortSKURefunds puts the most refunded lines first, then the most lines.
func sortSKURefunds(rs []SKURefund) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.RefundedLines != b.RefundedLines {
			return a.RefundedLines > b.RefundedLines
		}
		if a.EligibleLines != b.EligibleLines {
			return a.EligibleLines > b.EligibleLines
		}
		return a.SKU < b.SKU
	})
}

// windowOf finds the window holding at; -1 outside them all.
func windowOf(windows []store.Window, at int64) int {
	i := sort.Search(len(windows), func(i int) bool { return windows[i].To > at })
	if i < len(windows) && at >= windows[i].From {
		return i
	}
	return -1
}

func addTickets(out []Metrics, windows []store.Window, tickets []store.TicketFact) {
	hours := make([][]float64, len(out))
	within12, within24 := make([]int, len(out)), make([]int, len(out))
	for _, t := range tickets {
		i := windowOf(windows, t.OpenedAt)
		if i < 0 {
			continue
		}
		fr := &out[i].FirstResponse
		fr.Opened++
		if t.Subcategory == domain.SubMissingParts {
			out[i].MissingPartsTickets++
		}
		if t.FirstResponseAt == 0 {
			fr.Unanswered++
			continue
		}
		fr.Answered++
		secs := responseSeconds(t)
		hours[i] = append(hours[i], float64(secs)/float64(hour))
		if secs <= 12*hour {
			within12[i]++
		}
		if secs <= 24*hour {
			within24[i]++
		}
	}
	for i := range out {
		fr := &out[i].FirstResponse
		fr.MedianHours = percentile(hours[i], 0.5)
		fr.P90Hours = percentile(hours[i], 0.9)
		fr.Within12h = ratio(within12[i], fr.Opened)
		fr.Within24h = ratio(within24[i], fr.Opened)
	}
}

// responseSeconds is first reply minus opened; a reply logged before the
// ticket's opening time (a clock or typing slip) counts as instant rather
// than negative.
func responseSeconds(t store.TicketFact) int64 {
	return max(t.FirstResponseAt-t.OpenedAt, 0)
}

func addReviews(out []Metrics, windows []store.Window, reviews []store.ReviewFact) {
	stars, words, deep := make([]int, len(out)), make([]int, len(out)), make([]int, len(out))
	for _, r := range reviews {
		i := windowOf(windows, r.PostedAt)
		if i < 0 {
			continue
		}
		out[i].Reviews.Count++
		stars[i] += r.Rating
		words[i] += r.WordCount
		if r.WordCount >= 11 {
			deep[i]++
		}
	}
	for i := range out {
		rs := &out[i].Reviews
		rs.AvgRating = ratio(stars[i], rs.Count)
		rs.AvgWords = ratio(words[i], rs.Count)
		rs.Share11Words = ratio(deep[i], rs.Count)
	}
}

// addRepeat fills the repeat rates that are mature: the week's end plus N
// days must not be later than the newest order, else a buyer of the week's
// last minute could still come back inside N days.
func addRepeat(m *Metrics, c store.RepeatCohort, newest int64) {
	m.Repeat.CohortBuyers = c.Buyers
	rates := [3]**float64{&m.Repeat.D30, &m.Repeat.D60, &m.Repeat.D90}
	for i, d := range RepeatDays {
		matureOn := m.End + int64(d)*day
		m.Repeat.MatureOn[i] = matureOn
		if newest >= matureOn {
			*rates[i] = ratio(c.Repeaters[i], c.Buyers)
		}
	}
}

// percentile is the p-th percentile by linear interpolation between the
// closest ranks (Excel's PERCENTILE.INC, NumPy's default): rank p×(n−1) of the
// sorted values. The median of 1, 2, 3, 10 is 2.5; nil for no values.
func percentile(values []float64, p float64) *float64 {
	if len(values) == 0 {
		return nil
	}
	s := append([]float64(nil), values...)
	sort.Float64s(s)
	rank := p * float64(len(s)-1)
	lo := int(rank)
	if lo >= len(s)-1 {
		return ptr(s[len(s)-1])
	}
	return ptr(s[lo] + (rank-float64(lo))*(s[lo+1]-s[lo]))
}
