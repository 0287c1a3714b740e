// Package skumatch decides which product a buyer's words are about when a
// ticket or review names no SKU. A message counts for a product only when
// the order has that one product, or when the words name it (its SKU or a
// word of its name that no other product of the order shares). Anything
// else stays on the order as a whole: the product is unknown, and evidence
// is never pinned on an arbitrary line.
package skumatch

import (
	"strings"
	"unicode"
)

// Line is one product of the order the message is about.
type Line struct {
	Key  string   // line key: Seller SKU, else SKU ID
	SKUs []string // other codes the buyer may quote (SKU ID, Seller SKU)
	Name string
}

// Named returns the key of the product the text is about among lines, or ""
// when it cannot tell.
func Named(text string, lines []Line) string {
	lines = distinct(lines)
	switch len(lines) {
	case 0:
		return ""
	case 1:
		return lines[0].Key
	}
	words := " " + strings.Join(Words(text), " ") + " "
	// A quoted SKU is the strongest evidence.
	var bySKU []string
	for _, l := range lines {
		for _, code := range append([]string{l.Key}, l.SKUs...) {
			if w := strings.Join(Words(code), " "); w != "" && strings.Contains(words, " "+w+" ") {
				bySKU = append(bySKU, l.Key)
				break
			}
		}
	}
	if len(bySKU) == 1 {
		return bySKU[0]
	}
	if len(bySKU) > 1 {
		return ""
	}
	// Otherwise the name words only this product has.
	owners := map[string]int{}
	nameWords := make([]map[string]bool, len(lines))
	for i, l := range lines {
		nameWords[i] = map[string]bool{}
		for _, w := range Words(l.Name) {
			w = stem(w)
			if len(w) < 3 || generic[w] || nameWords[i][w] {
				continue
			}
			nameWords[i][w] = true
			owners[w]++
		}
	}
	said := map[string]bool{}
	for _, w := range Words(text) {
		said[stem(w)] = true
	}
	best, bestKey, tie := 0, "", false
	for i, l := range lines {
		n := 0
		for w := range nameWords[i] {
			if owners[w] == 1 && said[w] {
				n++
			}
		}
		switch {
		case n > best:
			best, bestKey, tie = n, l.Key, false
		case n == best && n > 0:
			tie = true
		}
	}
	if best == 0 || tie {
		return ""
	}
	return bestKey
}

// distinct keeps one line per key (an order may list a product twice).
func distinct(lines []Line) []Line {
	seen := map[string]bool{}
	out := lines[:0:0]
	for _, l := range lines {
		if l.Key == "" || seen[l.Key] {
			continue
		}
		seen[l.Key] = true
		out = append(out, l)
	}
	return out
}

// Words splits text into lower-case runs of letters and digits.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// stem folds the plural "s" so "pumps" names a "Pump".
func stem(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// generic words appear in many product names and say nothing about which
// product a buyer means.
var generic = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "new": true, "set": true, "pack": true, "piece": true,
	"pcs": true, "size": true, "color": true, "colour": true, "black": true, "white": true, "grey": true, "gray": true,
	"blue": true, "red": true, "green": true, "pink": true, "small": true, "medium": true, "large": true,
	"one": true, "two": true, "mini": true, "pro": true, "max": true, "plus": true, "premium": true, "original": true,
	"edition": true, "women": true, "men": true, "unisex": true, "kid": true, "kids": true, "home": true, "everyday": true,
	"organic": true, "natural": true, "style": true, "item": true, "product": true, "gift": true, "best": true,
}
