package support

import (
	"regexp"
	"strings"
	"unicode"

	"afterloop/backend/domain"
)

// cue is a phrase in the buyer's words that points to a subcategory. Phrases
// are matched from a word start in normalized text (lower case, no
// apostrophes, punctuation as spaces), so "damag" also matches "damaged";
// a trailing space ("late ") demands the whole word.
type cue struct {
	phrase      string
	subcategory string
	weight      float64
}

// cues are English for now. Weights: 3 = says it outright, 2 = strong hint,
// 1 = only tips a tie. Specific phrases outweigh generic ones so that
// "says delivered but I never got it" wins over "never arrived".
var cues = []cue{
	// Shipping: tracking not updating.
	{"tracking", domain.SubTrackingNotUpdating, 1},
	{"not moving", domain.SubTrackingNotUpdating, 2},
	{"hasnt moved", domain.SubTrackingNotUpdating, 2},
	{"not updat", domain.SubTrackingNotUpdating, 2},
	{"hasnt updated", domain.SubTrackingNotUpdating, 2},
	{"no update", domain.SubTrackingNotUpdating, 2},
	{"stuck", domain.SubTrackingNotUpdating, 1.5},
	{"where is my order", domain.SubTrackingNotUpdating, 2},
	{"where is my package", domain.SubTrackingNotUpdating, 2},
	{"where is my parcel", domain.SubTrackingNotUpdating, 2},
	{"still not here", domain.SubTrackingNotUpdating, 1.5},
	{"hasnt arrived", domain.SubTrackingNotUpdating, 1.5},
	{"not arrived", domain.SubTrackingNotUpdating, 1.5},
	{"still waiting", domain.SubTrackingNotUpdating, 1},
	{"when will", domain.SubTrackingNotUpdating, 1},
	// Shipping: delivered, not received.
	{"says delivered", domain.SubDeliveredNotReceived, 3},
	{"says it was delivered", domain.SubDeliveredNotReceived, 3},
	{"marked delivered", domain.SubDeliveredNotReceived, 3},
	{"marked as delivered", domain.SubDeliveredNotReceived, 3},
	{"shows delivered", domain.SubDeliveredNotReceived, 3},
	{"shows as delivered", domain.SubDeliveredNotReceived, 3},
	{"delivered but", domain.SubDeliveredNotReceived, 3},
	{"never got", domain.SubDeliveredNotReceived, 1.5},
	{"never received", domain.SubDeliveredNotReceived, 1.5},
	{"didnt receive", domain.SubDeliveredNotReceived, 1},
	{"stolen", domain.SubDeliveredNotReceived, 2},
	{"porch", domain.SubDeliveredNotReceived, 1.5},
	{"mailbox", domain.SubDeliveredNotReceived, 1},
	// Shipping: wrong address.
	{"wrong address", domain.SubWrongAddress, 3},
	{"change my address", domain.SubWrongAddress, 3},
	{"change the address", domain.SubWrongAddress, 3},
	{"update my address", domain.SubWrongAddress, 3},
	{"address is wrong", domain.SubWrongAddress, 3},
	{"old address", domain.SubWrongAddress, 2.5},
	{"shipping address", domain.SubWrongAddress, 1},
	// Product issue: damaged.
	{"damag", domain.SubDamaged, 3},
	{"broke", domain.SubDamaged, 2.5},
	{"cracked", domain.SubDamaged, 3},
	{"crack ", domain.SubDamaged, 3}, // whole word: "crackles" is a sound, not damage
	{"cracks ", domain.SubDamaged, 3},
	{"shatter", domain.SubDamaged, 3},
	{"smashed", domain.SubDamaged, 3},
	{"crushed", domain.SubDamaged, 2.5},
	{"dented", domain.SubDamaged, 2.5},
	{"chipped", domain.SubDamaged, 3},
	{"leak", domain.SubDamaged, 3},
	{"spill", domain.SubDamaged, 2},
	{"scratch", domain.SubDamaged, 2},
	{"torn", domain.SubDamaged, 2},
	{"ripped", domain.SubDamaged, 2},
	{"bent", domain.SubDamaged, 2},
	// Product issue: missing parts.
	{"missing", domain.SubMissingParts, 3},
	{"not included", domain.SubMissingParts, 3},
	{"wasnt included", domain.SubMissingParts, 3},
	{"werent included", domain.SubMissingParts, 3},
	{"didnt come with", domain.SubMissingParts, 3},
	{"did not come with", domain.SubMissingParts, 3},
	{"empty box", domain.SubMissingParts, 3},
	{"only got one", domain.SubMissingParts, 2.5},
	{"only received", domain.SubMissingParts, 2},
	{"incomplete", domain.SubMissingParts, 2},
	{"no screws", domain.SubMissingParts, 2.5},
	{"no charger", domain.SubMissingParts, 2.5},
	{"no cable", domain.SubMissingParts, 2.5},
	{"no plug", domain.SubMissingParts, 2.5},
	{"no adapter", domain.SubMissingParts, 2.5},
	{"without the cable", domain.SubMissingParts, 2.5},
	// Product issue: defective.
	{"defective", domain.SubDefective, 3},
	{"faulty", domain.SubDefective, 3},
	{"stopped working", domain.SubDefective, 3},
	{"quit working", domain.SubDefective, 3},
	{"dead on arrival", domain.SubDefective, 3},
	{"died after", domain.SubDefective, 3},
	{"malfunction", domain.SubDefective, 3},
	{"keeps turning off", domain.SubDefective, 2.5},
	{"keeps disconnecting", domain.SubDefective, 2.5},
	{"overheat", domain.SubDefective, 2.5},
	{"burning smell", domain.SubDefective, 3},
	{"flicker", domain.SubDefective, 2.5},
	{"flickers", domain.SubDefective, 2.5},
	{"flickering", domain.SubDefective, 2.5},
	// Product issue: wrong variant.
	{"wrong color", domain.SubWrongVariant, 3},
	{"wrong colour", domain.SubWrongVariant, 3},
	{"wrong item", domain.SubWrongVariant, 3},
	{"wrong model", domain.SubWrongVariant, 3},
	{"wrong one", domain.SubWrongVariant, 2.5},
	{"sent me the wrong", domain.SubWrongVariant, 3},
	{"not what i ordered", domain.SubWrongVariant, 3},
	{"instead of", domain.SubWrongVariant, 2},
	{"i ordered", domain.SubWrongVariant, 1},
	{"wrong size", domain.SubWrongVariant, 1},
	// Usage: doesn't work.
	{"doesnt work", domain.SubDoesNotWork, 3},
	{"does not work", domain.SubDoesNotWork, 3},
	{"dont work", domain.SubDoesNotWork, 3},
	{"not working", domain.SubDoesNotWork, 2.5},
	{"wont turn on", domain.SubDoesNotWork, 3},
	{"doesnt turn on", domain.SubDoesNotWork, 3},
	{"does not turn on", domain.SubDoesNotWork, 3},
	{"wont power on", domain.SubDoesNotWork, 3},
	{"wont charge", domain.SubDoesNotWork, 3},
	{"doesnt charge", domain.SubDoesNotWork, 3},
	{"not charging", domain.SubDoesNotWork, 3},
	{"wont connect", domain.SubDoesNotWork, 2.5},
	{"cant connect", domain.SubDoesNotWork, 2.5},
	{"wont pair", domain.SubDoesNotWork, 2.5},
	{"nothing happens", domain.SubDoesNotWork, 2.5},
	{"no power", domain.SubDoesNotWork, 2.5},
	{"wont stick", domain.SubDoesNotWork, 2},
	{"doesnt stick", domain.SubDoesNotWork, 2},
	// Usage: sizing / fit.
	{"too small", domain.SubSizingFit, 3},
	{"too big", domain.SubSizingFit, 3},
	{"too large", domain.SubSizingFit, 3},
	{"too tight", domain.SubSizingFit, 3},
	{"too loose", domain.SubSizingFit, 3},
	{"too short", domain.SubSizingFit, 2.5},
	{"too long", domain.SubSizingFit, 2.5},
	{"doesnt fit", domain.SubSizingFit, 3},
	{"does not fit", domain.SubSizingFit, 3},
	{"dont fit", domain.SubSizingFit, 3},
	{"wont fit", domain.SubSizingFit, 3},
	{"runs small", domain.SubSizingFit, 3},
	{"runs big", domain.SubSizingFit, 3},
	{"runs large", domain.SubSizingFit, 3},
	{"size up", domain.SubSizingFit, 2},
	{"size down", domain.SubSizingFit, 2},
	{"sizing", domain.SubSizingFit, 2},
	{"wrong size", domain.SubSizingFit, 2},
	{"sized up", domain.SubSizingFit, 2},
	{"sized down", domain.SubSizingFit, 2},
	{"size chart", domain.SubSizingFit, 2},
	{"usual size", domain.SubSizingFit, 2},
	{"smaller size", domain.SubSizingFit, 2},
	{"bigger size", domain.SubSizingFit, 2},
	{"larger size", domain.SubSizingFit, 2},
	{"huge on me", domain.SubSizingFit, 3},
	{"tiny on me", domain.SubSizingFit, 3},
	// Usage: setup error.
	{"how do i", domain.SubSetupError, 2},
	{"how to ", domain.SubSetupError, 1.5},
	{"instructions", domain.SubSetupError, 2},
	{"manual", domain.SubSetupError, 1.5},
	{"set up", domain.SubSetupError, 2},
	{"setup", domain.SubSetupError, 2},
	{"install", domain.SubSetupError, 2},
	{"assembl", domain.SubSetupError, 2.5},
	{"confus", domain.SubSetupError, 1.5},
	{"cant figure", domain.SubSetupError, 2.5},
	{"which button", domain.SubSetupError, 2},
	{"reset", domain.SubSetupError, 1.5},
	// Expectation: color / size perception.
	{"color looks different", domain.SubColorSizePerception, 3},
	{"colour looks different", domain.SubColorSizePerception, 3},
	{"looks different", domain.SubColorSizePerception, 2.5},
	{"different color", domain.SubColorSizePerception, 2},
	{"different colour", domain.SubColorSizePerception, 2},
	{"not the same color", domain.SubColorSizePerception, 3},
	{"darker than", domain.SubColorSizePerception, 3},
	{"lighter than", domain.SubColorSizePerception, 3},
	{"smaller than expected", domain.SubColorSizePerception, 3},
	{"smaller than i expected", domain.SubColorSizePerception, 3},
	{"smaller than it looks", domain.SubColorSizePerception, 3},
	{"bigger than expected", domain.SubColorSizePerception, 3},
	{"looks nothing like", domain.SubColorSizePerception, 3},
	{"not like the picture", domain.SubColorSizePerception, 3},
	{"in the picture", domain.SubColorSizePerception, 1.5},
	{"in the photo", domain.SubColorSizePerception, 1.5},
	{"in the video", domain.SubColorSizePerception, 1.5},
	{"misleading", domain.SubColorSizePerception, 2.5},
	{"looks cheap", domain.SubColorSizePerception, 2},
	// Expectation: performance assumption.
	{"not as strong", domain.SubPerformanceAssumption, 3},
	{"not strong enough", domain.SubPerformanceAssumption, 3},
	{"weaker than", domain.SubPerformanceAssumption, 3},
	{"expected it to", domain.SubPerformanceAssumption, 2.5},
	{"thought it would", domain.SubPerformanceAssumption, 2.5},
	{"supposed to", domain.SubPerformanceAssumption, 2},
	{"battery only lasts", domain.SubPerformanceAssumption, 3},
	{"battery life", domain.SubPerformanceAssumption, 2},
	{"not bright", domain.SubPerformanceAssumption, 2.5},
	{"not loud", domain.SubPerformanceAssumption, 2.5},
	{"too quiet", domain.SubPerformanceAssumption, 2.5},
	{"too weak", domain.SubPerformanceAssumption, 2.5},
	{"barely", domain.SubPerformanceAssumption, 1.5},
	{"doesnt last", domain.SubPerformanceAssumption, 2.5},
	{"not as advertised", domain.SubPerformanceAssumption, 2.5},
	{"said it would", domain.SubPerformanceAssumption, 2.5},
}

// fitPatterns catch sizing words that a fixed phrase misses because buyers
// put words in between: "runs two sizes small", "fits a bit tight", "half a
// size too big", "tight in the shoulders". They run on normalized text.
var fitPatterns = []struct {
	re     *regexp.Regexp
	weight float64
}{
	{regexp.MustCompile(`\b(?:runs?|running|fits?|fitting)(?: \w+){0,4}? (?:small|smaller|big|bigger|large|larger|tight|tighter|loose|looser|short|long)\b`), 3},
	{regexp.MustCompile(`\bsizes? (?:too )?(?:small|smaller|big|bigger|large|larger)\b`), 3},
	{regexp.MustCompile(`\b(?:tight|loose|snug|baggy) (?:in|around|on|at) the\b`), 2.5},
	{regexp.MustCompile(`\b(?:too|very|really|way|super) (?:\w+ )?(?:tight|loose|snug|baggy)\b`), 3},
}

// Suggestion is a proposed category for a ticket; the person triaging
// confirms or changes it.
type Suggestion struct {
	Category    string  `json:"category"`
	Subcategory string  `json:"subcategory"`
	Confidence  float64 `json:"confidence"` // 0 = no idea, 1 = says it outright and nothing else
}

// SuggestCategory reads the buyer's words and proposes a category and
// subcategory. Nothing recognised returns empty keys and confidence 0.
func SuggestCategory(text string) (category, subcategory string, confidence float64) {
	s := Suggest(text)
	return s.Category, s.Subcategory, s.Confidence
}

// Suggest is SuggestCategory as one value.
func Suggest(text string) Suggestion {
	norm := " " + normalize(text) + " "
	scores := map[string]float64{}
	for _, c := range cues {
		if strings.Contains(norm, " "+c.phrase) {
			scores[c.subcategory] += c.weight
		}
	}
	// A pattern adds its weight once, and only where no fixed sizing phrase
	// already counted, so "runs small" is not counted twice.
	if scores[domain.SubSizingFit] == 0 {
		for _, p := range fitPatterns {
			if p.re.MatchString(norm) {
				scores[domain.SubSizingFit] += p.weight
				break
			}
		}
	}
	var best, second float64
	var bestKey string
	// Walk the taxonomy, not the map, so ties always resolve the same way
	// (the earlier subcategory wins).
	for _, cat := range domain.SupportTaxonomy {
		for _, sub := range cat.Subcategories {
			v := scores[sub.Key]
			switch {
			case v > best:
				second, best, bestKey = best, v, sub.Key
			case v > second:
				second = v
			}
		}
	}
	if bestKey == "" {
		return Suggestion{}
	}
	cat, _, _ := domain.FindSubcategory(bestKey)
	// Strength: one outright phrase (3) is enough. Margin: a close runner-up
	// halves it at worst.
	confidence := min(1, best/3) * (best / (best + second))
	return Suggestion{Category: cat.Key, Subcategory: bestKey, Confidence: float64(int(confidence*100+0.5)) / 100}
}

// NormalizeWords is the matching form of buyer text (also used to match
// return reasons in the Voice-of-Customer log).
func NormalizeWords(text string) string { return normalize(text) }

// normalize lower-cases, drops apostrophes (so "doesn't", "doesnt" and
// "doesn’t" match alike) and turns other punctuation into single spaces.
func normalize(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := true
	for _, r := range strings.ToLower(text) {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == '`':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}
