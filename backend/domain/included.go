package domain

import (
	"regexp"
	"strconv"
	"strings"
)

// IncludedItem is one line of a product's "what's in the box" list.
type IncludedItem struct {
	Name     string `json:"name"`
	Quantity int    `json:"quantity"` // at least 1
}

// Limits of the box list and the care tips: what fits on one insert card.
const (
	MaxIncludedItems    = 12
	MaxIncludedQuantity = 999
	MaxCareTips         = 8
)

// Label is the checklist line: "2 × AA battery", or just the name for one.
func (it IncludedItem) Label() string {
	if it.Quantity > 1 {
		return strconv.Itoa(it.Quantity) + " × " + it.Name
	}
	return it.Name
}

// IncludedLabels turns the box list into checklist lines.
func IncludedLabels(items []IncludedItem) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Label())
	}
	return out
}

// IncludedNames returns the item names (for length and policy checks).
func IncludedNames(items []IncludedItem) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Name)
	}
	return out
}

var quantityPrefix = regexp.MustCompile(`^(\d{1,3})\s*[×x]\s+(\S.*)$`)

// ParseIncludedItem reads "2 × Charging cable" (or "2 x ...") as a quantity
// and a name; anything else is one of the named item.
func ParseIncludedItem(s string) IncludedItem {
	s = strings.TrimSpace(s)
	if m := quantityPrefix.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return IncludedItem{Name: strings.TrimSpace(m[2]), Quantity: max(n, 1)}
	}
	return IncludedItem{Name: s, Quantity: 1}
}

// normalizeIncluded trims names, drops nameless lines and counts a missing
// quantity as one.
func normalizeIncluded(in []IncludedItem) []IncludedItem {
	out := []IncludedItem{}
	for _, it := range in {
		it.Name = strings.TrimSpace(it.Name)
		if it.Name == "" {
			continue
		}
		if it.Quantity < 1 {
			it.Quantity = 1
		}
		out = append(out, it)
	}
	return out
}
