// Package policy is the guard every buyer-facing text passes through before a
// seller can save or send it: timeline templates and messages now, insert
// cards and support replies later. It flags what TikTok Shop's rules forbid
// (incentives and steering in review requests, off-platform contact) as
// "block", and what is risky but allowed (outside links, long text,
// marketing) as "warn". Each finding carries the exact words and their byte
// offsets so the editor can highlight them.
package policy

import (
	"sort"
	"strconv"
	"unicode/utf8"
)

// Purposes of a text. They decide which rules apply.
const (
	PurposeReviewRequest = "review_request" // asks for a review: incentive and satisfaction rules apply
	PurposeMessage       = "message"        // any other post-purchase message
	PurposeMarketing     = "marketing"      // replenishment reminders and other promotions
	PurposeSupportReply  = "support_reply"
	PurposeCard          = "card"
)

// Severities.
const (
	SeverityBlock = "block" // cannot be saved or sent
	SeverityWarn  = "warn"  // shown, allowed
)

// Rules.
const (
	RuleIncentive    = "incentive"
	RuleSteering     = "steering"
	RuleSatisfaction = "satisfaction_filter"
	RuleReviewChange = "review_change"
	RuleOffPlatform  = "off_platform_contact"
	RuleExternalLink = "external_link"
	RuleLength       = "length"
	RuleMarketing    = "marketing"
	RuleOwnWebsite   = "own_website"
	RuleBuyerCancel  = "buyer_cancel"
)

// DefaultChatLimit is the chat length limit when the shop has not set one.
const DefaultChatLimit = 1000

// maxFindings keeps a pasted novel from flooding the editor.
const maxFindings = 50

// Span is a byte range [Start, End) of the text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Context says what the text is for and the shop's limits.
type Context struct {
	Purpose       string
	ChatLimit     int      // characters; 0 = DefaultChatLimit; < 0 = no length check
	LinkAllowList []string // domains whose links are fine (subdomains included)
	// Ignore lists spans filled from platform data the seller did not write
	// (product names, variants, order and tracking IDs): a product called
	// "Gift Box" must not make every message about it a violation.
	Ignore []Span
}

// Finding is one problem in the text.
type Finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Match    string `json:"match"` // the exact words that triggered it
	Start    int    `json:"start"` // byte offsets into the text
	End      int    `json:"end"`
	Why      string `json:"why"` // one sentence on why it matters
}

// Blocking reports whether any finding blocks saving or sending.
func Blocking(findings []Finding) bool {
	for _, f := range findings {
		if f.Severity == SeverityBlock {
			return true
		}
	}
	return false
}

// Check runs every rule that applies to ctx.Purpose and returns the findings
// in text order (never nil).
func Check(text string, ctx Context) []Finding {
	out := []Finding{}
	review := ctx.Purpose == PurposeReviewRequest
	lower := asciiLower(text)
	for _, r := range rules {
		switch {
		case r.scope == scopeReview && !review, r.scope == scopeTied && review:
			continue
		}
		if r.hint != nil && !r.hint(lower) {
			continue
		}
		for _, loc := range r.re.FindAllStringSubmatchIndex(lower, -1) {
			start, end := loc[0], loc[1]
			if len(loc) >= 4 && loc[2] >= 0 { // the rule marks the offending words as group 1
				start, end = loc[2], loc[3]
			}
			if r.exclude != nil && r.exclude(text, start, end) {
				continue
			}
			// Outside review requests an incentive only breaks the rules
			// when its sentence asks for a review, rating or video: a
			// support reply may well offer a free replacement or a refund.
			if r.scope == scopeTied && !sentenceSolicits(text, start, end) {
				continue
			}
			out = append(out, Finding{Rule: r.rule, Severity: r.severity, Match: text[start:end], Start: start, End: end, Why: r.why})
		}
	}
	out = append(out, checkSplitQuestions(text, lower)...)
	out = append(out, checkOwnWebsite(text, lower, ctx.LinkAllowList)...)
	for _, f := range checkLinks(text, lower, ctx.LinkAllowList, out) {
		if !ownSiteCovers(out, f.Start, f.End) {
			out = append(out, f)
		}
	}
	out = dropIgnored(out, ctx.Ignore)
	limit := ctx.ChatLimit
	if limit == 0 {
		limit = DefaultChatLimit
	}
	if n := utf8.RuneCountInString(text); limit > 0 && n > limit {
		start := byteOffsetOfRune(text, limit)
		out = append(out, Finding{Rule: RuleLength, Severity: SeverityWarn, Match: "", Start: start, End: len(text),
			Why: "TikTok chat cuts or rejects long messages; this one is " + strconv.Itoa(n) + " characters, the limit is " + strconv.Itoa(limit) + "."})
	}
	if ctx.Purpose == PurposeMarketing {
		out = append(out, Finding{Rule: RuleMarketing, Severity: SeverityWarn, Start: 0, End: 0,
			Why: "This is a marketing message: send it only for products the buyer opted into, and keep it to one reminder."})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	if len(out) > maxFindings {
		out = out[:maxFindings]
	}
	return out
}

// dropIgnored removes findings that lie entirely inside an ignored span.
func dropIgnored(in []Finding, ignore []Span) []Finding {
	if len(ignore) == 0 {
		return in
	}
	out := in[:0]
	for _, f := range in {
		inside := false
		for _, s := range ignore {
			if f.Start >= s.Start && f.End <= s.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, f)
		}
	}
	return out
}

func byteOffsetOfRune(s string, n int) int {
	i := 0
	for pos := range s {
		if i == n {
			return pos
		}
		i++
	}
	return len(s)
}
