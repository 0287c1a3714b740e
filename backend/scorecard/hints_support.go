package scorecard

import (
	"fmt"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// ticketHints explain support metrics that moved the wrong way: which
// subcategory and SKU bring the tickets, which SKU and root cause are behind
// missing parts, how many wait for a first reply and which subcategory is
// slowest to answer.
func ticketHints(week string, tickets []store.TicketFact, wrong map[string]bool, label func(string) string) []Hint {
	var out []Hint
	if wrong["tickets_opened"] && len(tickets) > 0 {
		subs := make([]string, len(tickets))
		for i, t := range tickets {
			subs[i] = t.Subcategory
		}
		sub, n := top(subs)
		if sub != "" {
			var skus []string
			for _, t := range tickets {
				if t.Subcategory == sub {
					skus = append(skus, t.SKU)
				}
			}
			h := Hint{Metric: "tickets_opened", Kind: "tickets_subcategory", Subcategory: sub, Count: n, Of: len(tickets),
				Text:  fmt.Sprintf("Most new tickets are %s: %d of %d.", subcategoryLabel(sub), n, len(tickets)),
				Drill: &DrillRequest{Week: week, Metric: "tickets_opened"}}
			if sku, k := top(skus); sku != "" {
				h.SKU = sku
				if k == 1 {
					h.Text += fmt.Sprintf(" One of them is about %s.", label(sku))
				} else {
					h.Text += fmt.Sprintf(" %d of them are about %s.", k, label(sku))
				}
			}
			out = append(out, h)
		}
	}
	if wrong["missing_parts"] {
		var skus, causes []string
		for _, t := range tickets {
			if t.Subcategory == domain.SubMissingParts {
				skus, causes = append(skus, t.SKU), append(causes, t.RootCause)
			}
		}
		if len(skus) > 0 {
			h := Hint{Metric: "missing_parts", Kind: "missing_parts_sku", Subcategory: domain.SubMissingParts, Of: len(skus),
				Drill: &DrillRequest{Week: week, Metric: "missing_parts"}}
			if sku, n := top(skus); sku != "" {
				h.SKU, h.Count = sku, n
				h.Drill.SKU = sku
				h.Text = fmt.Sprintf("%d of %d missing-parts tickets are about %s: check its packing list and included items.", n, len(skus), label(sku))
			} else {
				h.Kind = "missing_parts_no_sku"
				h.Text = fmt.Sprintf("None of the %d missing-parts tickets names a SKU; set the SKU on them to see which product is short.", len(skus))
			}
			if cause, n := top(causes); cause != "" {
				h.Text += fmt.Sprintf(" Root cause tagged most: %s (%d).", rootCauseLabel(cause), n)
			}
			out = append(out, h)
		}
	}
	unanswered := 0
	for _, t := range tickets {
		if t.FirstResponseAt == 0 {
			unanswered++
		}
	}
	if wrong["unanswered"] && unanswered > 0 {
		out = append(out, Hint{Metric: "unanswered", Kind: "unanswered", Count: unanswered, Of: len(tickets),
			Text:  fmt.Sprintf("%d of the %d tickets opened this week still have no first reply.", unanswered, len(tickets)),
			Drill: &DrillRequest{Week: week, Metric: "unanswered", Filter: FilterUnanswered}})
	}
	for _, key := range []string{"first_response_median", "first_response_p90", "within_12h", "within_24h"} {
		if wrong[key] {
			if h, ok := slowestSubcategory(tickets); ok {
				h.Metric = key
				h.Drill = &DrillRequest{Week: week, Metric: key, Filter: FilterOver12h}
				out = append(out, h)
			}
			break // one hint covers all the response-time metrics
		}
	}
	return out
}

// slowestSubcategory is the subcategory (with at least two answered
// tickets) whose median first response is longest.
func slowestSubcategory(tickets []store.TicketFact) (Hint, bool) {
	hours := map[string][]float64{}
	for _, t := range tickets {
		if t.FirstResponseAt != 0 {
			hours[t.Subcategory] = append(hours[t.Subcategory], float64(responseSeconds(t))/float64(hour))
		}
	}
	best, bestMedian, n := "", -1.0, 0
	for _, sub := range sortedKeys(hours) {
		if len(hours[sub]) < 2 {
			continue
		}
		if m := *percentile(hours[sub], 0.5); m > bestMedian {
			best, bestMedian, n = sub, m, len(hours[sub])
		}
	}
	if bestMedian < 0 {
		return Hint{}, false
	}
	return Hint{Kind: "slow_subcategory", Subcategory: best, Count: n,
		Text: fmt.Sprintf("Slowest to get a first reply: %s, median %.1f h over %d tickets.", subcategoryLabel(best), bestMedian, n)}, true
}

// reviewHints name the worst-rated SKU and the SKU with the most short
// reviews.
func reviewHints(week string, reviews []store.ReviewFact, wrong map[string]bool, label func(string) string) []Hint {
	var out []Hint
	if wrong["avg_rating"] {
		stars, count, low := map[string]int{}, map[string]int{}, map[string]int{}
		for _, r := range reviews {
			if r.SKU == "" {
				continue
			}
			stars[r.SKU] += r.Rating
			count[r.SKU]++
			if r.Rating <= 2 {
				low[r.SKU]++
			}
		}
		// SKUs with two or more reviews first: one bad review is an anecdote.
		for _, minimum := range []int{2, 1} {
			best, bestAvg := "", 6.0
			for _, sku := range sortedKeys(count) {
				if avg := float64(stars[sku]) / float64(count[sku]); count[sku] >= minimum && avg < bestAvg {
					best, bestAvg = sku, avg
				}
			}
			if best != "" {
				out = append(out, Hint{Metric: "avg_rating", Kind: "rating_sku", SKU: best, Count: low[best], Of: count[best],
					Text: fmt.Sprintf("Lowest rated this week: %s, %.1f stars over %d reviews (%d with 1 or 2 stars).",
						label(best), bestAvg, count[best], low[best]),
					Drill: &DrillRequest{Week: week, Metric: "avg_rating", SKU: best}})
				break
			}
		}
	}
	if wrong["avg_words"] || wrong["share_11_words"] {
		var short []string
		for _, r := range reviews {
			if r.WordCount < 11 {
				short = append(short, r.SKU)
			}
		}
		if sku, n := top(short); sku != "" {
			metric := "share_11_words"
			if !wrong[metric] {
				metric = "avg_words"
			}
			out = append(out, Hint{Metric: metric, Kind: "short_reviews_sku", SKU: sku, Count: n, Of: len(short),
				Text: fmt.Sprintf("%d of the %d reviews under 11 words are for %s: its review request could ask what to mention.",
					n, len(short), label(sku)),
				Drill: &DrillRequest{Week: week, Metric: metric, SKU: sku, Filter: FilterShort}})
		}
	}
	return out
}

// commentHint names the video and the defect with the most negative
// comments.
func commentHint(cur *Metrics, videos, subs []store.ValueCount) (Hint, bool) {
	if cur.NegativeComments == 0 || (len(videos) == 0 && len(subs) == 0) {
		return Hint{}, false
	}
	h := Hint{Metric: "negative_comment_rate", Kind: "negative_comments", Of: cur.NegativeComments}
	if len(videos) > 0 {
		h.Count = videos[0].Count
		h.Text = fmt.Sprintf("%d of %d negative comments are under %q.", videos[0].Count, cur.NegativeComments, videos[0].Value)
	}
	if len(subs) > 0 {
		h.Subcategory = subs[0].Value
		if h.Text == "" {
			h.Count = subs[0].Count
		}
		h.Text = strings.TrimSpace(h.Text + fmt.Sprintf(" Defect named most: %s (%d).", subcategoryLabel(subs[0].Value), subs[0].Count))
	}
	return h, true
}
