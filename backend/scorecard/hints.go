package scorecard

import (
	"context"
	"fmt"
	"sort"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Hint is a "what to fix" line next to a metric that moved the wrong way,
// computed from the seller's own records. Kind is a stable key the UI may
// translate with the fields below; Text is the English sentence.
type Hint struct {
	Metric      string        `json:"metric"`
	Kind        string        `json:"kind"`
	Text        string        `json:"text"`
	SKU         string        `json:"sku"`
	Subcategory string        `json:"subcategory"`
	Count       int           `json:"count"`
	Of          int           `json:"of"`
	Drill       *DrillRequest `json:"drill"` // the records to open, if any
}

type hintInput struct {
	view           *View
	window         store.Window
	previousWindow store.Window
	names          map[string]string
}

// hints builds the hints for every tile whose change went the wrong way.
func hints(ctx context.Context, st *store.Store, in hintInput) ([]Hint, error) {
	wrong := map[string]bool{}
	for _, t := range in.view.Tiles {
		wrong[t.Key] = t.Trend == StatusBad
	}
	out := []Hint{}
	cur, prev := &in.view.Metrics, &in.view.Previous
	week := in.view.Week
	skuLabel := func(sku string) string {
		if n := in.names[sku]; n != "" && n != sku {
			return fmt.Sprintf("%s (%s)", sku, n)
		}
		return sku
	}
	if wrong["orders"] || wrong["units"] || wrong["revenue"] {
		if h, ok := salesDropHint(cur, prev, skuLabel); ok {
			h.Drill = &DrillRequest{Week: week, Metric: "orders", SKU: h.SKU}
			out = append(out, h)
		}
	}
	if wrong["refund_rate"] {
		if h, ok := refundHint(cur, prev, skuLabel); ok {
			reasons, err := st.ReturnReasons(ctx, in.window, h.SKU)
			if err != nil {
				return nil, err
			}
			if len(reasons) > 0 {
				h.Text += fmt.Sprintf(" Most common return reason: %s (%d).", reasons[0].Value, reasons[0].Count)
			}
			h.Drill = &DrillRequest{Week: week, Metric: "refund_rate", SKU: h.SKU, Filter: FilterRefunded}
			out = append(out, h)
		}
	}
	if wrong["tickets_opened"] || wrong["missing_parts"] || wrong["unanswered"] || wrong["first_response_median"] ||
		wrong["first_response_p90"] || wrong["within_12h"] || wrong["within_24h"] {
		tickets, err := st.TicketFactsOpened(ctx, in.window.From, in.window.To)
		if err != nil {
			return nil, err
		}
		out = append(out, ticketHints(week, tickets, wrong, skuLabel)...)
	}
	if wrong["avg_rating"] || wrong["avg_words"] || wrong["share_11_words"] {
		reviews, err := st.ReviewFactsPosted(ctx, in.window.From, in.window.To)
		if err != nil {
			return nil, err
		}
		out = append(out, reviewHints(week, reviews, wrong, skuLabel)...)
	}
	if wrong["negative_comment_rate"] {
		videos, subs, err := st.TopNegativeComments(ctx, in.window)
		if err != nil {
			return nil, err
		}
		if h, ok := commentHint(cur, videos, subs); ok {
			h.Drill = &DrillRequest{Week: week, Metric: "negative_comment_rate", Filter: FilterNegative}
			out = append(out, h)
		}
	}
	return out, nil
}

// salesDropHint names the SKU that lost the most lines since last week.
func salesDropHint(cur, prev *Metrics, label func(string) string) (Hint, bool) {
	now := map[string]int{}
	for _, r := range cur.RefundBySKU {
		now[r.SKU] = r.EligibleLines
	}
	best, drop := "", 0
	for _, r := range prev.RefundBySKU {
		if d := r.EligibleLines - now[r.SKU]; d > drop || (d == drop && d > 0 && r.SKU < best) {
			best, drop = r.SKU, d
		}
	}
	if drop <= 0 {
		return Hint{}, false
	}
	return Hint{Metric: "orders", Kind: "sales_drop_sku", SKU: best, Count: now[best], Of: now[best] + drop,
		Text: fmt.Sprintf("%s sold %d lines, %d fewer than last week.", label(best), now[best], drop)}, true
}

// refundHint names the SKU with the most refunds above what its own rate
// last week (else last week's overall rate) would have given.
func refundHint(cur, prev *Metrics, label func(string) string) (Hint, bool) {
	base := map[string]*float64{}
	for _, r := range prev.RefundBySKU {
		base[r.SKU] = r.Rate
	}
	overall := 0.0
	if prev.RefundRate != nil {
		overall = *prev.RefundRate
	}
	var best SKURefund
	bestExcess := 0.0
	for _, r := range cur.RefundBySKU {
		rate := overall
		if b := base[r.SKU]; b != nil {
			rate = *b
		}
		if excess := float64(r.RefundedLines) - float64(r.EligibleLines)*rate; excess > bestExcess {
			best, bestExcess = r, excess
		}
	}
	if bestExcess <= 0 || best.Rate == nil {
		return Hint{}, false
	}
	was := "no lines last week"
	if b := base[best.SKU]; b != nil {
		was = fmt.Sprintf("%.1f%% last week", *b*100)
	}
	return Hint{Metric: "refund_rate", Kind: "refund_sku", SKU: best.SKU, Count: best.RefundedLines, Of: best.EligibleLines,
		Text: fmt.Sprintf("%s drives the rise: %d of %d lines refunded (%.1f%%, %s).",
			label(best.SKU), best.RefundedLines, best.EligibleLines, *best.Rate*100, was)}, true
}

// top returns the most frequent non-empty value and its count.
func top(values []string) (string, int) {
	count := map[string]int{}
	for _, v := range values {
		if v != "" {
			count[v]++
		}
	}
	best, n := "", 0
	for v, c := range count {
		if c > n || (c == n && v < best) {
			best, n = v, c
		}
	}
	return best, n
}

func subcategoryLabel(key string) string {
	if _, s, ok := domain.FindSubcategory(key); ok {
		return s.Label
	}
	if key == "" {
		return "no subcategory"
	}
	return key
}

func rootCauseLabel(key string) string {
	for _, o := range domain.RootCauses {
		if o.Key == key {
			return o.Label
		}
	}
	return key
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
