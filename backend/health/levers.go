package health

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Lever is one thing to fix: a group of records (one SKU's returns for one
// reason, the orders paid on one weekday, one teammate's slow chats...)
// behind a metric, and the metric recomputed without them.
type Lever struct {
	Metric      string      `json:"metric"`
	Kind        string      `json:"kind"` // sku_reason | sku_reviews | cancel_reason | weekday | carrier | teammate
	Text        string      `json:"text"`
	SKU         string      `json:"sku"`
	Reason      string      `json:"reason"`
	Weekday     string      `json:"weekday"`
	Carrier     string      `json:"carrier"`
	Teammate    string      `json:"teammate"`
	Count       int         `json:"count"` // records in the group
	Of          int         `json:"of"`    // records counting against the shop in all
	Share       float64     `json:"share"` // count / of
	Records     []RecordRef `json:"records"`
	Rows        []Row       `json:"rows"`
	Rate        *float64    `json:"rate"`
	RateIfFixed *float64    `json:"rateIfFixed"`
	VocEntryID  int64       `json:"vocEntryId"`
	VocTitle    string      `json:"vocTitle"`
	score       float64
}

// MaxLevers is how many levers a report lists.
const MaxLevers = 8

// leverMetrics are the metrics levers are looked for in; the RTS-based
// dispatch rate and the 24-hour response rate would repeat their twins.
var leverMetrics = []string{NBFRR, LDR, NRR, SFCR, OTDR, Response12}

// minGroup and minShare keep levers to patterns, not single accidents.
const (
	minGroup = 2
	minShare = 0.2
)

func (p *facts) levers(asOf Day, metrics []Metric, voc []domain.VocEntry) []Lever {
	var out []Lever
	for _, key := range leverMetrics {
		m := metricByKey(metrics, key)
		var bad []Row
		for _, r := range p.measure(key, asOf, nil, true).rows {
			if r.Bad {
				bad = append(bad, r)
			}
		}
		groups := map[string][]Row{}
		for _, r := range bad {
			if g := groupKey(key, r); g != "\x00" {
				groups[g] = append(groups[g], r)
			}
		}
		var found []Lever
		for _, rows := range groups {
			if len(rows) < minGroup || float64(len(rows)) < minShare*float64(len(bad)) {
				continue
			}
			excl := exclusion{}
			l := Lever{Metric: key, Count: len(rows), Of: len(bad), Rows: rows, Rate: m.Rate}
			l.Share = float64(l.Count) / float64(l.Of)
			for _, r := range rows {
				ref := RecordRef{Kind: r.Kind, ID: r.ID}
				excl[ref] = true
				l.Records = append(l.Records, ref)
			}
			c := p.measure(key, asOf, excl, false)
			l.RateIfFixed = rate(c.num, c.den)
			describe(&l, rows[0])
			l.score = leverScore(m, l.RateIfFixed)
			linkVoc(&l, voc)
			found = append(found, l)
		}
		sort.Slice(found, func(i, j int) bool {
			if found[i].Count != found[j].Count {
				return found[i].Count > found[j].Count
			}
			return found[i].Text < found[j].Text
		})
		if len(found) > 2 {
			found = found[:2]
		}
		out = append(out, found...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].Text < out[j].Text
	})
	if len(out) > MaxLevers {
		out = out[:MaxLevers]
	}
	return out
}

// groupKey is what a metric's records are grouped by; "\x00" = no group.
func groupKey(key string, r Row) string {
	switch key {
	case NRR:
		if r.SKU == "" {
			return "\x00"
		}
		return r.SKU
	case NBFRR:
		return r.SKU + "\x01" + ReasonKey(r.Reason)
	case SFCR:
		return ReasonKey(r.Reason)
	case LDR:
		return r.PaidWeekday
	case OTDR:
		if r.Carrier == "" {
			return "\x00"
		}
		return r.Carrier
	case Response12:
		return r.Teammate
	}
	return "\x00"
}

// leverScore ranks a lever by how far it moves its metric, measured
// against the room the target leaves; levers of metrics off target first.
func leverScore(m Metric, fixed *float64) float64 {
	if m.Rate == nil || fixed == nil {
		return 0
	}
	var gain float64
	if m.Compare == AtLeast {
		gain = (*fixed - *m.Rate) / math.Max(1-m.Target, 0.01)
	} else {
		gain = (*m.Rate - *fixed) / math.Max(m.Target, 0.001)
	}
	if m.Status == StatusBad {
		gain++
	}
	return gain
}

func pct(r *float64) string {
	if r == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", *r*100)
}

// describe names the group and writes the lever's sentence.
func describe(l *Lever, r Row) {
	move := fmt.Sprintf("from %s to %s", pct(l.Rate), pct(l.RateIfFixed))
	switch l.Metric {
	case NBFRR:
		l.Kind, l.SKU, l.Reason = "sku_reason", r.SKU, r.Reason
		l.Text = fmt.Sprintf("%s's %q returns are %.0f%% of your non-buyer-fault returns: fixing it would bring the rate %s.",
			r.SKU, r.Reason, l.Share*100, move)
	case NRR:
		l.Kind, l.SKU = "sku_reviews", r.SKU
		l.Text = fmt.Sprintf("%d of the %d negative first reviews are on %s: fixing what those buyers report would bring the rate %s.",
			l.Count, l.Of, r.SKU, move)
	case SFCR:
		l.Kind, l.Reason = "cancel_reason", r.Reason
		l.Text = fmt.Sprintf("%d of the %d seller-fault cancellations were for %q: fixing it would bring the rate %s.",
			l.Count, l.Of, r.Reason, move)
	case LDR:
		l.Kind, l.Weekday = "weekday", r.PaidWeekday
		l.Text = fmt.Sprintf("%d of the %d late dispatches were paid on a %s: ship those by the second business day or set a longer processing time (rate %s).",
			l.Count, l.Of, r.PaidWeekday, move)
	case OTDR:
		l.Kind, l.Carrier = "carrier", r.Carrier
		l.Text = fmt.Sprintf("%d of the %d late deliveries went with %s: a faster service or another carrier would bring the rate %s.",
			l.Count, l.Of, r.Carrier, move)
	case Response12:
		l.Kind, l.Teammate = "teammate", r.Teammate
		who := "were not assigned to anyone"
		if r.Teammate != "" {
			who = "were assigned to " + r.Teammate
		}
		l.Text = fmt.Sprintf("%d of the %d chats not answered within 12 hours %s: answering them in time would bring the rate %s.",
			l.Count, l.Of, who, move)
	}
}

// linkVoc points a SKU lever at an open Voice-of-Customer entry about the
// same SKU, preferring one whose title or root cause mentions the reason.
func linkVoc(l *Lever, entries []domain.VocEntry) {
	if l.SKU == "" {
		return
	}
	best := -1
	for i, e := range entries {
		if !slices.Contains(e.SKUs, l.SKU) {
			continue
		}
		if best < 0 || l.Reason != "" && mentions(e, l.Reason) && !mentions(entries[best], l.Reason) {
			best = i
		}
	}
	if best >= 0 {
		l.VocEntryID, l.VocTitle = entries[best].ID, entries[best].Title
	}
}

func mentions(e domain.VocEntry, reason string) bool {
	words := strings.Fields(ReasonKey(reason))
	text := strings.ToLower(e.Title + " " + e.Subcategory + " " + e.RootCause)
	for _, w := range words {
		if len(w) > 3 && strings.Contains(text, strings.TrimSuffix(w, "d")) {
			return true
		}
	}
	return false
}

func openVocEntries(ctx context.Context, st *store.Store) ([]domain.VocEntry, error) {
	return st.ListVocEntries(ctx, store.VocFilter{Statuses: []string{domain.VocOpen, domain.VocFixing}})
}

func metricByKey(ms []Metric, key string) Metric {
	for _, m := range ms {
		if m.Key == key {
			return m
		}
	}
	return Metric{Key: key}
}

// sortRows puts the records that count against the shop first, newest
// first within each group.
func sortRows(rows []Row) {
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Bad != rows[j].Bad {
			return rows[i].Bad
		}
		return rowTime(rows[i]) > rowTime(rows[j])
	})
}

func rowTime(r Row) int64 {
	for _, t := range []int64{r.ReviewedAt, r.RequestedAt, r.OpenedAt, r.ShippedAt, r.PaidAt, r.DeliveredAt} {
		if t != 0 {
			return t
		}
	}
	return 0
}
