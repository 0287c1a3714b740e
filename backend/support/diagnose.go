package support

import "afterloop/backend/domain"

// Guided diagnose questions per subcategory. Each answer may
// point at a resolution; the suggestion is the most costly resolution the
// answers point at, so a later answer ("the buyer will not accept a
// replacement") can raise it but never hide what an earlier one found. The
// shop policy then picks the nearest allowed resolution.

// Question is one guided question with its answers.
type Question struct {
	Key     string   `json:"key"`
	Text    string   `json:"text"`
	Answers []Answer `json:"answers"`
}

// Answer is one possible answer; Resolution "" points nowhere.
type Answer struct {
	Key        string `json:"key"`
	Label      string `json:"label"`
	Resolution string `json:"resolution"`
}

const (
	rTrouble  = domain.ResolutionTroubleshooting
	rPart     = domain.ResolutionReplacementPart
	rExchange = domain.ResolutionExchange
	rReturn   = domain.ResolutionReturn
	rRefund   = domain.ResolutionRefund
)

var acceptsReplacement = Question{"accepts_replacement", "Would the buyer accept a replacement?", []Answer{
	{"yes", "Yes, a replacement is fine", ""},
	{"no", "No, they want their money back", rRefund},
}}

var questions = map[string][]Question{
	domain.SubTrackingNotUpdating: {
		{"days_since_scan", "How long since the last carrier scan?", []Answer{
			{"under_5", "Under 5 days", rTrouble},
			{"5_to_10", "5 to 10 days", rTrouble},
			{"over_10", "More than 10 days", rExchange},
		}},
		{"carrier_says_lost", "Has the carrier confirmed it lost?", []Answer{
			{"no", "No, or not asked yet", ""},
			{"yes", "Yes, lost", rExchange},
		}},
		acceptsReplacement,
	},
	domain.SubDeliveredNotReceived: {
		{"checked_around", "Has the buyer checked neighbours, the mailroom and safe places?", []Answer{
			{"not_yet", "Not yet", rTrouble},
			{"yes", "Yes, nothing found", rExchange},
		}},
		{"delivery_photo", "Does the carrier's delivery photo show their door?", []Answer{
			{"yes", "Yes, their door", rTrouble},
			{"no", "No, or another address", rExchange},
			{"none", "No photo", ""},
		}},
		acceptsReplacement,
	},
	domain.SubWrongAddress: {
		{"shipped_yet", "Has the parcel shipped?", []Answer{
			{"no", "Not yet: the address can still be changed", rTrouble},
			{"yes", "Yes, it is on its way", rReturn},
		}},
	},
	domain.SubDamaged: {
		{"what_damaged", "What is damaged?", []Answer{
			{"box_only", "Only the outer box; the product is fine", rTrouble},
			{"one_part", "One part that can be sent on its own", rPart},
			{"product", "The product itself", rExchange},
		}},
		acceptsReplacement,
	},
	domain.SubMissingParts: {
		{"which_part", "Is the missing piece something you can send on its own?", []Answer{
			{"yes", "Yes, we can post the part", rPart},
			{"no", "No, only a whole unit", rExchange},
		}},
		{"checked_packaging", "Has the buyer checked inside the inserts and foam?", []Answer{
			{"not_yet", "Not yet", rTrouble},
			{"yes", "Yes, it is not there", ""},
		}},
	},
	domain.SubDefective: {
		{"basic_checks", "Did the basic checks (charge, reset, batteries) change anything?", []Answer{
			{"fixed", "Yes, it works now", rTrouble},
			{"not_fixed", "No, still faulty", rExchange},
		}},
		acceptsReplacement,
	},
	domain.SubWrongVariant: {
		{"keep_it", "Would the buyer keep the variant they got?", []Answer{
			{"yes_with_gesture", "Yes, happy to keep it", rTrouble},
			{"no", "No, they want the one they ordered", rExchange},
		}},
	},
	domain.SubDoesNotWork: {
		{"followed_guide", "Has the buyer followed the quick-start steps?", []Answer{
			{"no", "Not yet", rTrouble},
			{"yes", "Yes, still not working", ""},
		}},
		{"after_troubleshooting", "After troubleshooting together, does it work?", []Answer{
			{"yes", "Yes", rTrouble},
			{"no", "No, it is faulty", rExchange},
		}},
		acceptsReplacement,
	},
	domain.SubSizingFit: {
		{"size_chart", "Did the buyer use the size chart?", []Answer{
			{"no", "No", rExchange},
			{"yes", "Yes, and it still does not fit", rExchange},
		}},
		{"wants", "What would the buyer like?", []Answer{
			{"other_size", "Another size", rExchange},
			{"money_back", "Their money back", rReturn},
		}},
	},
	domain.SubSetupError: {
		{"step", "Where does setup stop?", []Answer{
			{"unknown", "Not sure yet", rTrouble},
			{"known_step", "At a step we know the fix for", rTrouble},
			{"hardware", "Something is physically wrong", rExchange},
		}},
	},
	domain.SubColorSizePerception: {
		{"listing_accurate", "Do the listing photos and text match what was sent?", []Answer{
			{"yes", "Yes, it is as listed", rTrouble},
			{"no", "No, the listing is misleading", rReturn},
		}},
		{"keep_it", "Would the buyer keep it?", []Answer{
			{"yes", "Yes", ""},
			{"no", "No", rReturn},
		}},
	},
	domain.SubPerformanceAssumption: {
		{"claim", "Did the listing promise what the buyer expected?", []Answer{
			{"no", "No, the expectation came from elsewhere", rTrouble},
			{"yes", "Yes, the listing says so", rReturn},
		}},
	},
}

// Questions returns the guided questions for a subcategory; an unknown or
// empty subcategory gets a single general question.
func Questions(subcategory string) []Question {
	if q, ok := questions[subcategory]; ok {
		return q
	}
	return []Question{{"general", "Can the problem be solved with instructions?", []Answer{
		{"yes", "Yes", rTrouble},
		{"no", "No", rExchange},
	}}}
}

// resolutionCost orders resolutions from cheapest to most costly.
func resolutionCost(r string) int {
	for i, o := range domain.Resolutions {
		if o.Key == r {
			return i
		}
	}
	return -1
}

// SuggestedResolution is the flow's suggestion with why.
type SuggestedResolution struct {
	Resolution string `json:"resolution"` // "" = answer more questions
	// PointedAt is what the answers pointed at before the shop policy; it
	// differs from Resolution when the policy does not allow it.
	PointedAt string `json:"pointedAt"`
}

// SuggestResolution picks the most costly resolution the answers point at,
// then the nearest one the shop allows: the next more costly allowed one (a
// buyer is never offered less than their case needs), else the most costly
// allowed one below it. allowed empty means every resolution.
func SuggestResolution(subcategory string, answers map[string]string, allowed []string) SuggestedResolution {
	pointed := ""
	for _, q := range Questions(subcategory) {
		for _, a := range q.Answers {
			if answers[q.Key] == a.Key && a.Resolution != "" && resolutionCost(a.Resolution) > resolutionCost(pointed) {
				pointed = a.Resolution
			}
		}
	}
	if pointed == "" {
		return SuggestedResolution{}
	}
	ok := func(r string) bool {
		if len(allowed) == 0 {
			return true
		}
		for _, a := range allowed {
			if a == r {
				return true
			}
		}
		return false
	}
	at := resolutionCost(pointed)
	for i := at; i < len(domain.Resolutions); i++ {
		if r := domain.Resolutions[i].Key; ok(r) {
			return SuggestedResolution{Resolution: r, PointedAt: pointed}
		}
	}
	for i := at - 1; i >= 0; i-- {
		if r := domain.Resolutions[i].Key; ok(r) {
			return SuggestedResolution{Resolution: r, PointedAt: pointed}
		}
	}
	return SuggestedResolution{PointedAt: pointed}
}
