package health

import "strings"

// Fault classes of a return or refund reason.
const (
	FaultSeller  = "seller"  // the seller's or the carrier's fault: counts against the shop
	FaultBuyer   = "buyer"   // the buyer changed their mind: does not count
	FaultUnknown = "unknown" // not recognised: listed for the seller to classify
)

// How a reason's fault was decided.
const (
	SourceStandard = "standard" // one of the platform's own reason names
	SourceKeyword  = "keyword"  // inferred from words in the reason
	SourceSeller   = "seller"   // classified by the seller
	SourceNone     = ""         // unknown
)

// standardReasons are the platform's reason names and close variants. The
// seller or the carrier is at fault for damage, defects, missing parts or
// items, a wrong item sent, an item not as described and a parcel not
// received or lost; the buyer for a changed mind, no longer needing it,
// ordering the wrong size, finding a better price, and "other".
var standardReasons = map[string]string{
	"damaged": FaultSeller, "damaged item": FaultSeller, "item damaged": FaultSeller, "damaged in transit": FaultSeller,
	"package damaged": FaultSeller, "defective": FaultSeller, "defective item": FaultSeller,
	"doesn't work": FaultSeller, "does not work": FaultSeller, "defective or doesn't work": FaultSeller,
	"defective/doesn't work": FaultSeller, "item doesn't work": FaultSeller, "missing parts": FaultSeller,
	"missing items": FaultSeller, "missing parts or items": FaultSeller, "missing item": FaultSeller,
	"missing accessories": FaultSeller, "wrong item": FaultSeller, "wrong item sent": FaultSeller,
	"received wrong item": FaultSeller, "wrong product": FaultSeller, "not as described": FaultSeller,
	"item not as described": FaultSeller, "not received": FaultSeller, "package not received": FaultSeller,
	"item not received": FaultSeller, "didn't receive": FaultSeller, "lost": FaultSeller,
	"package lost": FaultSeller, "lost in transit": FaultSeller, "not delivered": FaultSeller,
	"changed mind": FaultBuyer, "changed my mind": FaultBuyer, "no longer needed": FaultBuyer,
	"no longer need": FaultBuyer, "don't need it anymore": FaultBuyer, "wrong size": FaultBuyer,
	"wrong size ordered": FaultBuyer, "ordered wrong size": FaultBuyer, "found a better price": FaultBuyer,
	"better price available": FaultBuyer, "other": FaultBuyer, "others": FaultBuyer, "ordered by mistake": FaultBuyer,
}

// reasonKeywords infer the fault of a reason worded differently; the first
// match wins, so the more specific words come first.
var reasonKeywords = []struct{ word, fault string }{
	{"not as described", FaultSeller}, {"wrong item", FaultSeller}, {"wrong product", FaultSeller},
	{"damag", FaultSeller}, {"broken", FaultSeller}, {"leak", FaultSeller}, {"crack", FaultSeller},
	{"defect", FaultSeller}, {"not work", FaultSeller}, {"doesn't work", FaultSeller}, {"stopped working", FaultSeller},
	{"missing", FaultSeller}, {"not received", FaultSeller}, {"never arrived", FaultSeller}, {"lost", FaultSeller},
	{"expired", FaultSeller}, {"counterfeit", FaultSeller}, {"fake", FaultSeller},
	{"changed", FaultBuyer}, {"mind", FaultBuyer}, {"no longer", FaultBuyer}, {"better price", FaultBuyer},
	{"cheaper", FaultBuyer}, {"mistake", FaultBuyer}, {"size", FaultBuyer}, {"fit", FaultBuyer},
	{"don't like", FaultBuyer}, {"do not like", FaultBuyer},
}

// ReasonKey normalises a reason for lookups: lower case, spaces collapsed,
// curly apostrophes straightened.
func ReasonKey(reason string) string {
	r := strings.ToLower(strings.ReplaceAll(reason, "\u2019", "'"))
	return strings.Join(strings.Fields(r), " ")
}

// classifier decides the fault of reasons, the seller's own decisions first.
type classifier struct {
	decided map[string]string // reason key -> fault
	memo    map[string][2]string
}

func newClassifier(decided map[string]string) *classifier {
	return &classifier{decided: decided, memo: map[string][2]string{}}
}

// classify returns the fault of reason and how it was decided.
func (c *classifier) classify(reason string) (fault, source string) {
	if v, ok := c.memo[reason]; ok {
		return v[0], v[1]
	}
	fault, source = c.decide(ReasonKey(reason))
	c.memo[reason] = [2]string{fault, source}
	return fault, source
}

func (c *classifier) decide(key string) (string, string) {
	if f, ok := c.decided[key]; ok {
		return f, SourceSeller
	}
	if f, ok := standardReasons[key]; ok {
		return f, SourceStandard
	}
	if key == "" {
		return FaultUnknown, SourceNone
	}
	for _, k := range reasonKeywords {
		if strings.Contains(key, k.word) {
			return k.fault, SourceKeyword
		}
	}
	return FaultUnknown, SourceNone
}
