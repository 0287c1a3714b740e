package voc

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Suggestions: recurring problems without an entry.
//
// Window: the SuggestDays shop-local calendar days ending with the day of
// the "as of" time (see AsOf). Within it, per SKU:
//   - subcategory: tickets with that subcategory plus counting returns whose
//     reason maps to it;
//   - root cause: tickets with that root cause that are not already part of
//     a subcategory group reaching the threshold on the same SKU (else every
//     "missing parts, packout error" problem would be suggested twice), plus
//     returns that map to the root cause only (a buyer changing their mind);
//   - return reason: counting returns whose reason maps to nothing, grouped
//     by the reason as written;
//
// and across SKUs, negative public comments naming the same defect.
// A group is suggested at SuggestMinCount items or more. It is left out
// when a live entry covers it (same SKU and subcategory, or same SKU and
// root cause; a comment cluster: an entry with the subcategory on one of
// the cluster's SKUs, or on any SKU when the comments name none) or when
// the seller dismissed it, unless it has since at least doubled.
const (
	SuggestDays     = 28
	SuggestMinCount = 3
	MaxExamples     = 3
	maxExampleRunes = 280
)

// Suggestion kinds.
const (
	KindSubcategory    = "subcategory"
	KindRootCause      = "root_cause"
	KindReturnReason   = "return_reason"
	KindCommentCluster = "comment_cluster"
)

// Example is one buyer's words behind a suggestion.
type Example struct {
	Source string `json:"source"` // ticket | return | comment
	ID     int64  `json:"id"`
	Text   string `json:"text"`
	At     int64  `json:"at"`
}

// Suggestion is a recurring problem ready to become an entry.
type Suggestion struct {
	Key          string    `json:"key"` // stable: pass it to dismiss
	Kind         string    `json:"kind"`
	SKUs         []string  `json:"skus"`
	ProductName  string    `json:"productName"`
	Category     string    `json:"category"`
	Subcategory  string    `json:"subcategory"`
	RootCause    string    `json:"rootCause"`
	ReturnReason string    `json:"returnReason"`
	Count        int       `json:"count"`
	Tickets      int       `json:"tickets"`
	Returns      int       `json:"returns"`
	Comments     int       `json:"comments"`
	Examples     []Example `json:"examples"`
	// Resurfaced: dismissed before, back because it has at least doubled.
	Resurfaced bool            `json:"resurfaced"`
	Prefill    domain.VocEntry `json:"prefill"`
}

// Suggestions is the list with the window it covers.
type Suggestions struct {
	AsOf      int64        `json:"asOf"`
	From      string       `json:"from"` // first day, YYYY-MM-DD
	To        string       `json:"to"`   // last day
	MinCount  int          `json:"minCount"`
	Dismissed int          `json:"dismissed"` // hidden because dismissed
	Items     []Suggestion `json:"items"`
}

type group struct {
	s     Suggestion
	seen  map[int64]bool // ticket IDs, so a ticket counts once per group
	items []Example
}

func (g *group) add(source string, id int64, text string, at int64) {
	if source == "ticket" {
		if g.seen[id] {
			return
		}
		g.seen[id] = true
		g.s.Tickets++
	}
	switch source {
	case "return":
		g.s.Returns++
	case "comment":
		g.s.Comments++
	}
	g.s.Count++
	g.items = append(g.items, Example{Source: source, ID: id, Text: strings.TrimSpace(text), At: at})
}

// Suggest finds the recurring problems without an entry.
func (e *Engine) Suggest(ctx context.Context) (Suggestions, error) {
	asOf, err := e.AsOf(ctx)
	if err != nil {
		return Suggestions{}, err
	}
	end := addDays(dayStart(asOf, e.loc), 1)
	start := addDays(end, -SuggestDays)
	out := Suggestions{AsOf: asOf.Unix(), From: start.Format(domain.DateLayout),
		To: addDays(end, -1).Format(domain.DateLayout), MinCount: SuggestMinCount, Items: []Suggestion{}}
	tickets, err := e.store.VocTicketsBySKU(ctx, start.Unix(), end.Unix())
	if err != nil {
		return out, err
	}
	returns, err := e.store.VocCountingReturns(ctx, nil, start.Unix(), end.Unix())
	if err != nil {
		return out, err
	}
	comments, err := e.store.VocNegativeComments(ctx, start.Unix(), end.Unix())
	if err != nil {
		return out, err
	}
	groups := map[string]*group{}
	var order []string
	get := func(kind, sku, value string, init func(*Suggestion)) *group {
		key := kind + "|" + sku + "|" + value
		g := groups[key]
		if g == nil {
			g = &group{s: Suggestion{Key: key, Kind: kind}, seen: map[int64]bool{}}
			if sku != "" {
				g.s.SKUs = []string{sku}
			}
			init(&g.s)
			groups[key] = g
			order = append(order, key)
		}
		return g
	}
	withSub := func(sub string) func(*Suggestion) {
		return func(s *Suggestion) {
			s.Subcategory = sub
			if c, _, ok := domain.FindSubcategory(sub); ok {
				s.Category = c.Key
			}
		}
	}
	withRoot := func(rc string) func(*Suggestion) { return func(s *Suggestion) { s.RootCause = rc } }

	mapped := make([]ReasonMatch, len(returns))
	for i, r := range returns {
		mapped[i] = MapReturnReason(r.Reason, r.BuyerNote)
	}
	// Subcategory groups first: the root-cause pass needs to know which
	// tickets they already hold.
	for _, t := range tickets {
		if t.Subcategory != "" {
			get(KindSubcategory, t.SKU, t.Subcategory, withSub(t.Subcategory)).add("ticket", t.ID, t.BuyerText, t.OpenedAt)
		}
	}
	for i, r := range returns {
		if m := mapped[i]; m.Subcategory != "" {
			get(KindSubcategory, r.SKU, m.Subcategory, withSub(m.Subcategory)).add("return", r.ID, returnWords(r), r.At)
		}
	}
	for _, t := range tickets {
		if t.RootCause == "" {
			continue
		}
		if g := groups[KindSubcategory+"|"+t.SKU+"|"+t.Subcategory]; t.Subcategory != "" && g != nil && g.s.Count >= SuggestMinCount {
			continue
		}
		get(KindRootCause, t.SKU, t.RootCause, withRoot(t.RootCause)).add("ticket", t.ID, t.BuyerText, t.OpenedAt)
	}
	for i, r := range returns {
		switch m := mapped[i]; {
		case m.Subcategory == "" && m.RootCause != "":
			get(KindRootCause, r.SKU, m.RootCause, withRoot(m.RootCause)).add("return", r.ID, returnWords(r), r.At)
		case !m.Recognised() && strings.TrimSpace(r.Reason) != "":
			reason := strings.TrimSpace(r.Reason)
			get(KindReturnReason, r.SKU, normalizeReason(reason), func(s *Suggestion) { s.ReturnReason = reason }).
				add("return", r.ID, returnWords(r), r.At)
		}
	}
	for _, c := range comments {
		g := get(KindCommentCluster, "", c.Subcategory, withSub(c.Subcategory))
		g.add("comment", c.ID, c.Body, c.PostedAt)
		if c.SKU != "" && !contains(g.s.SKUs, c.SKU) {
			g.s.SKUs = append(g.s.SKUs, c.SKU)
		}
	}

	entries, err := e.store.ListVocEntries(ctx, store.VocFilter{})
	if err != nil {
		return out, err
	}
	dismissed, err := e.store.DismissedVocSuggestions(ctx)
	if err != nil {
		return out, err
	}
	var keep []*group
	var skus []string
	for _, key := range order {
		g := groups[key]
		if g.s.Count < SuggestMinCount || covered(g.s, entries) {
			continue
		}
		if was, ok := dismissed[key]; ok {
			if g.s.Count < 2*was {
				out.Dismissed++
				continue
			}
			g.s.Resurfaced = true
		}
		keep = append(keep, g)
		skus = append(skus, g.s.SKUs...)
	}
	names, err := e.store.ProductNames(ctx, skus)
	if err != nil {
		return out, err
	}
	for _, g := range keep {
		s := g.s
		if s.SKUs == nil {
			s.SKUs = []string{}
		}
		sort.Strings(s.SKUs)
		if len(s.SKUs) == 1 {
			s.ProductName = names[s.SKUs[0]]
		}
		s.Examples = examples(g.items)
		s.Prefill = prefill(s, out)
		out.Items = append(out.Items, s)
	}
	kindRank := map[string]int{KindSubcategory: 0, KindRootCause: 1, KindReturnReason: 2, KindCommentCluster: 3}
	sort.SliceStable(out.Items, func(i, j int) bool {
		a, b := out.Items[i], out.Items[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if kindRank[a.Kind] != kindRank[b.Kind] {
			return kindRank[a.Kind] < kindRank[b.Kind]
		}
		return a.Key < b.Key
	})
	return out, nil
}

// returnWords is the buyer's note, else the reason they picked.
func returnWords(r store.VocReturn) string {
	if n := strings.TrimSpace(r.BuyerNote); n != "" {
		return n
	}
	return r.Reason
}

// covered reports whether a live entry already tracks the suggestion.
func covered(s Suggestion, entries []domain.VocEntry) bool {
	for _, e := range entries {
		onSKU := len(s.SKUs) == 0
		for _, k := range s.SKUs {
			onSKU = onSKU || contains(e.SKUs, k)
		}
		if !onSKU {
			continue
		}
		switch s.Kind {
		case KindSubcategory, KindCommentCluster:
			if e.Subcategory == s.Subcategory {
				return true
			}
		case KindRootCause:
			if e.RootCause == s.RootCause {
				return true
			}
		}
	}
	return false
}

// examples picks up to MaxExamples distinct non-empty texts, newest first.
func examples(items []Example) []Example {
	sort.SliceStable(items, func(i, j int) bool { return items[i].At > items[j].At })
	out := []Example{}
	seen := map[string]bool{}
	for _, it := range items {
		key := strings.ToLower(it.Text)
		if it.Text == "" || seen[key] {
			continue
		}
		seen[key] = true
		if r := []rune(it.Text); len(r) > maxExampleRunes {
			it.Text = string(r[:maxExampleRunes-1]) + "…"
		}
		out = append(out, it)
		if len(out) == MaxExamples {
			break
		}
	}
	return out
}

// prefill is the new entry the suggestion offers.
func prefill(s Suggestion, in Suggestions) domain.VocEntry {
	what := s.ReturnReason
	switch {
	case s.Subcategory != "":
		_, sub, _ := domain.FindSubcategory(s.Subcategory)
		what = sub.Label
	case s.RootCause != "":
		what = optionLabel(domain.RootCauses, s.RootCause)
	}
	on := strings.Join(s.SKUs, ", ")
	if s.ProductName != "" {
		on = s.ProductName
	}
	title := what
	if on != "" {
		title = what + " — " + on
	}
	if s.Kind == KindCommentCluster {
		title += " (public comments)"
	}
	var parts []string
	for _, p := range []struct {
		n    int
		name string
	}{{s.Tickets, "ticket"}, {s.Returns, "return"}, {s.Comments, "negative comment"}} {
		if p.n == 1 {
			parts = append(parts, "1 "+p.name)
		} else if p.n > 1 {
			parts = append(parts, fmt.Sprintf("%d %ss", p.n, p.name))
		}
	}
	notes := fmt.Sprintf("Suggested from %s between %s and %s.", strings.Join(parts, ", "), in.From, in.To)
	e := domain.VocEntry{Title: title, Subcategory: s.Subcategory, RootCause: s.RootCause,
		SKUs: append([]string{}, s.SKUs...), Notes: notes}
	return e.Normalize()
}

func optionLabel(opts []domain.Option, key string) string {
	for _, o := range opts {
		if o.Key == key {
			return o.Label
		}
	}
	return key
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
