package policy

import (
	"regexp"
	"sort"
	"strings"
)

// Rules only insert cards have.
const (
	RuleReviewSolicitation = "review_solicitation"
	RuleReturnIncentive    = "return_incentive"
	RuleQRCode             = "qr_code"
)

const (
	whyCardReview = "Insert cards must not ask for reviews or ratings: TikTok Shop treats a card in the parcel as review solicitation."
	whyCardReturn = "Offering something for starting (or instead of) a return or refund request is not allowed; describe how to get help instead."
	whyCardLink   = "Some regions do not allow links or QR codes in parcels; check the marketplace rules for where this card ships."
	whyCardQR     = "Some regions do not allow QR codes in parcels, and a code must never lead off TikTok Shop; check where this card ships."
)

var cardReviewRe = regexp.MustCompile(`\b((?:leave|write|post|give|drop|share|submit|add)\s+(?:us\s+|me\s+)?(?:a\s+|an\s+|your\s+)?(?:quick\s+|short\s+|honest\s+|little\s+)?(?:reviews?|ratings?|feedback)|` +
	`(?:rate|review)\s+(?:us|this|the|your|our|it)\b|(?:reviews?|ratings?)\s+(?:helps?|means?|matters?|supports?)|` +
	`(?:would|do)\s+you\s+(?:mind\s+)?(?:review|rate|rating|reviewing))`)

var cardIncentiveRe = compile(incentivePattern + "|" + moneyBackPattern)

var returnWordRe = regexp.MustCompile(`\b(returns?|returning|refund\s+requests?|cancel(?:l?ation)?s?|send\s+it\s+back)\b`)

// CheckCard checks the text of an insert card. On top of the rules for
// every text (incentives tied to reviews or videos, steering, off-platform
// contact) it blocks any request for a review, and any benefit tied to a
// return; every link gets a warning, since some regions forbid them in
// parcels. ignore spans are text filled from product data.
func CheckCard(text string, ignore []Span) []Finding {
	out := Check(text, Context{Purpose: PurposeCard, ChatLimit: -1, Ignore: ignore})
	for i := range out {
		if out[i].Rule == RuleExternalLink {
			out[i].Why = whyCardLink
		}
	}
	lower := asciiLower(text)
	var extra []Finding
	if anyOf("review", "rate", "rating", "feedback")(lower) {
		for _, loc := range cardReviewRe.FindAllStringSubmatchIndex(lower, -1) {
			start, end := loc[2], loc[3]
			extra = append(extra, Finding{Rule: RuleReviewSolicitation, Severity: SeverityBlock, Match: text[start:end], Start: start, End: end, Why: whyCardReview})
		}
	}
	if returnWordRe.MatchString(lower) {
		for _, loc := range cardIncentiveRe.FindAllStringSubmatchIndex(lower, -1) {
			start, end := loc[0], loc[1]
			if loc[2] >= 0 {
				start, end = loc[2], loc[3]
			}
			if harmlessFree(text, start, end) || !sentenceMatches(lower, start, end, returnWordRe) || covered(out, start, end) {
				continue
			}
			extra = append(extra, Finding{Rule: RuleReturnIncentive, Severity: SeverityBlock, Match: text[start:end], Start: start, End: end, Why: whyCardReturn})
		}
	}
	out = append(out, dropIgnored(extra, ignore)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	if len(out) > maxFindings {
		out = out[:maxFindings]
	}
	return out
}

// QRFinding is the warning every QR code on a card gets; Match is its content.
func QRFinding(content string) Finding {
	return Finding{Rule: RuleQRCode, Severity: SeverityWarn, Match: content, Start: 0, End: len(content), Why: whyCardQR}
}

func sentenceMatches(lower string, start, end int, re *regexp.Regexp) bool {
	from := strings.LastIndexAny(lower[:start], ".!?\n")
	to := strings.IndexAny(lower[end:], ".!?\n")
	if to < 0 {
		to = len(lower)
	} else {
		to += end
	}
	return re.MatchString(lower[from+1 : to])
}

func covered(fs []Finding, start, end int) bool {
	for _, f := range fs {
		if f.Severity == SeverityBlock && start < f.End && f.Start < end {
			return true
		}
	}
	return false
}
