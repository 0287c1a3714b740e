package voc

import (
	"afterloop/backend/domain"
	"afterloop/backend/support"
)

// ReasonMatch is what a free-text return reason says in support terms: a
// subcategory for product and delivery problems, or a root cause when the
// buyer simply changed their mind. Both empty = not recognised.
type ReasonMatch struct {
	Subcategory string `json:"subcategory"`
	RootCause   string `json:"rootCause"`
}

// Recognised reports whether the reason mapped to anything.
func (m ReasonMatch) Recognised() bool { return m.Subcategory != "" || m.RootCause != "" }

// knownReasons are the reasons TikTok Shop and Shopify put in return
// exports (normalized: lower case, no apostrophes, punctuation as spaces).
// They are listed outright because the platforms' short labels ("Defective",
// "Wrong item") carry too few words for the support cue table to be sure.
var knownReasons = map[string]ReasonMatch{}

func init() {
	add := func(m ReasonMatch, reasons ...string) {
		for _, r := range reasons {
			knownReasons[r] = m
		}
	}
	sub := func(s string) ReasonMatch { return ReasonMatch{Subcategory: s} }
	add(sub(domain.SubDamaged), "damaged item", "damaged", "item damaged", "item arrived damaged", "arrived damaged",
		"damaged package", "package damaged", "broken item", "item broken", "product damaged", "damaged product",
		"item is damaged", "damaged or broken", "broken")
	add(sub(domain.SubMissingParts), "missing parts", "missing part", "missing items", "missing item",
		"missing accessories", "missing parts or accessories", "incomplete item", "incomplete", "parts missing",
		"item missing parts", "empty package", "empty box", "missing quantity", "item missing")
	add(sub(domain.SubDefective), "defective", "defective item", "item defective", "product defective",
		"faulty item", "faulty", "item is defective", "defective product", "malfunction", "item malfunction")
	add(sub(domain.SubDoesNotWork), "item doesnt work", "doesnt work", "does not work", "not working",
		"item not working", "item does not work", "product doesnt work", "product not working")
	add(sub(domain.SubWrongVariant), "wrong item", "received wrong item", "wrong product", "wrong item received",
		"wrong color", "wrong colour", "wrong variation", "wrong variant", "different item", "seller sent wrong item",
		"received the wrong item", "wrong model")
	add(sub(domain.SubSizingFit), "size doesnt fit", "size does not fit", "doesnt fit", "does not fit", "too small",
		"too big", "too large", "size too small", "size too large", "size too big", "wrong fit", "size issue",
		"sizing issue", "fit issue", "size not as expected")
	add(sub(domain.SubColorSizePerception), "not as described", "item not as described", "not as pictured",
		"does not match description", "doesnt match description", "different from description",
		"item different from description", "different from picture", "different from the picture",
		"color not as expected", "item not as pictured", "not as shown")
	add(sub(domain.SubPerformanceAssumption), "quality not as expected", "poor quality", "performance not as expected",
		"low quality", "bad quality", "not as expected")
	add(sub(domain.SubDeliveredNotReceived), "package not received", "item not received", "didnt receive",
		"did not receive", "not received", "never received", "package lost", "lost in transit", "parcel not received",
		"order not received")
	add(sub(domain.SubWrongAddress), "wrong address", "wrong shipping address", "incorrect address")
	add(ReasonMatch{RootCause: domain.RootCauseBuyersRemorse}, "no longer needed", "no longer need it",
		"changed mind", "changed my mind", "change of mind", "ordered by mistake", "bought by mistake",
		"dont want it anymore", "dont need it anymore", "found better price", "found a better price",
		"better price available", "found cheaper", "duplicate order", "accidental order", "i changed my mind",
		"no longer want", "no longer wanted")
}

// MapReturnReason maps a return's reason to support terms: the known
// platform reasons first, then the support cue table when it is fairly sure
// (confidence ≥ 0.5, i.e. at least one outright phrase). The buyer's note
// is read only when the reason itself says nothing ("", "Other"), because a
// note often tells the story around the reason rather than the reason.
func MapReturnReason(reason, note string) ReasonMatch {
	if m, ok := mapText(reason); ok {
		return m
	}
	switch normalizeReason(reason) {
	case "", "other", "others", "other reason", "other reasons":
		if m, ok := mapText(note); ok {
			return m
		}
	}
	return ReasonMatch{}
}

func mapText(text string) (ReasonMatch, bool) {
	norm := normalizeReason(text)
	if norm == "" {
		return ReasonMatch{}, false
	}
	if m, ok := knownReasons[norm]; ok {
		return m, true
	}
	if s := support.Suggest(text); s.Subcategory != "" && s.Confidence >= 0.5 {
		return ReasonMatch{Subcategory: s.Subcategory}, true
	}
	return ReasonMatch{}, false
}

// normalizeReason is support's word normalization, so a reason and a
// buyer's chat about the same thing normalize alike.
func normalizeReason(text string) string { return support.NormalizeWords(text) }
