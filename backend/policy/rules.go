package policy

import (
	"regexp"
	"strings"
)

// scope says in which texts a rule applies.
type scope int

const (
	scopeAll    scope = iota // every purpose
	scopeReview              // review requests only
	scopeTied                // every purpose but review requests, and only in a sentence that asks for a review or video
)

type rule struct {
	rule     string
	severity string
	scope    scope
	re       *regexp.Regexp
	// exclude drops a match in a context where the words are harmless
	// ("feel free", "fragrance-free").
	exclude func(text string, start, end int) bool
	// hint is a cheap test on the lower-cased text: when it fails the
	// regular expression cannot match and is not run (most messages contain
	// none of the words, and the queue checks thousands of them).
	hint func(lower string) bool
	why  string
}

func anyOf(words ...string) func(string) bool {
	return func(lower string) bool {
		for _, w := range words {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
}

// compile builds a rule's expression. Rules match the ASCII-lower-cased text
// (same byte offsets as the original), which is much faster than (?i).
func compile(pattern string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(pattern, "(?i)", ""))
}

// asciiLower lower-cases ASCII letters only, so byte offsets stay valid.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func manyDigits(lower string) bool {
	n := 0
	for i := 0; i < len(lower); i++ {
		if lower[i] >= '0' && lower[i] <= '9' {
			if n++; n >= 9 {
				return true
			}
		}
	}
	return false
}

const (
	whyIncentive = "TikTok Shop bans offering anything of value for a review or rating; a review request with an incentive can get reviews removed and the shop penalized."
	whyTied      = "Tying a discount, gift or refund to a review or video is a prohibited incentive under TikTok Shop's review policy."
	whySteering  = "Asking for a particular rating steers the review; TikTok Shop only allows asking for an honest review."
	whySatisfied = "Review requests must go to every buyer: asking only happy buyers, or routing unhappy ones away from reviews, is review manipulation."
	whyChange    = "Asking a buyer to change or remove a review is prohibited, even after solving their problem."
	whyOffPlat   = "Buyer contact must stay in TikTok Shop chat; moving buyers to email, phone, social media or another store breaks platform rules."
	whyMoneyBack = "Money back, cashback or a rebate for a review is a paid review: TikTok Shop removes such reviews and penalizes the shop."
	whyCancel    = "Asking the buyer to cancel makes the cancellation count against them and hides a seller-side cancellation; TikTok Shop penalizes it. Cancel the order yourself in Seller Center."
	whyOwnSite   = "Sending TikTok buyers to your own website to buy diverts platform sales; TikTok Shop treats it as off-platform traffic and can restrict the shop."
	whyLink      = "Links outside TikTok and carrier tracking sites may be treated as off-platform traffic; check that this one is needed."
)

// incentiveWords are things of value. "free" is handled separately because
// "feel free" and "fragrance-free" are everyday words.
var incentivePattern = `(?i)\b(discounts?|discounted|coupons?|vouchers?|promo(?:tion(?:al)?)?\s+codes?|promo|gift\s+cards?|gifts?|` +
	`refunds?|refunded|store\s+credit|giveaways?|give\s*aways?|rewards?|rewarded|bonus(?:es)?|` +
	`prizes?|sweepstakes?|raffles?|freebies?|free|in\s+exchange\s+for|compensation|compensate|` +
	`\d+(?:[.,]\d+)?\s*%\s*off|\d+(?:[.,]\d+)?\s*(?:dollars?|usd|yen|jpy|eur|euros?)\s+off)\b|` +
	`([$€£¥]\s?\d+(?:[.,]\d+)?\s*off)\b`

// moneyBackPattern is a reward described as money coming back to the buyer:
// cashback, a rebate, a reimbursement, "$5 back", "paid back 20%".
var moneyBackPattern = `(?i)\b(?:cash\s*-?\s*back|money\s+back|rebates?|reimburs(?:e|ed|es|ing|ements?)|` +
	`pa(?:y|id|ying)\s+(?:you\s+)?back|\d+(?:[.,]\d+)?\s*%\s*back)\b|[$€£¥]\s?\d+(?:[.,]\d+)?\s*back\b`

var moneyBackHint = anyOf("cash", "money", "rebate", "reimburs", "back")

var rules = []rule{
	{rule: RuleIncentive, severity: SeverityBlock, scope: scopeReview, re: compile(moneyBackPattern), hint: moneyBackHint, why: whyMoneyBack},
	{rule: RuleIncentive, severity: SeverityBlock, scope: scopeTied, re: compile(moneyBackPattern), hint: moneyBackHint, why: whyMoneyBack},
	{rule: RuleIncentive, severity: SeverityBlock, scope: scopeReview, re: compile(incentivePattern), exclude: harmlessFree, hint: anyOf("discount", "coupon", "voucher", "promo", "gift", "refund", "cash", "money", "credit", "give", "reward", "bonus", "prize", "sweep", "raffle", "free", "exchange", "compensat", "off"), why: whyIncentive},
	{rule: RuleIncentive, severity: SeverityBlock, scope: scopeTied, re: compile(incentivePattern), exclude: harmlessFree, hint: anyOf("discount", "coupon", "voucher", "promo", "gift", "refund", "cash", "money", "credit", "give", "reward", "bonus", "prize", "sweep", "raffle", "free", "exchange", "compensat", "off"), why: whyTied},
	{rule: RuleSteering, severity: SeverityBlock, scope: scopeAll, re: compile(
		`(?i)\b((?:5|five)[\s-]*stars?|(?:positive|good|great|glowing|favou?rable|excellent|nice|perfect|top|high|best|amazing|awesome|stellar)\s+(?:reviews?|ratings?|feedback)|full\s+marks|top\s+marks|highest\s+(?:rating|score))\b|(★{4,}|⭐{3,})`),
		hint: anyOf("star", "★", "⭐", "review", "rating", "feedback", "marks", "score"), why: whySteering},
	{rule: RuleSatisfaction, severity: SeverityBlock, scope: scopeReview, re: compile(
		`(?i)\b((?:only\s+)?if\s+you(?:'re|’re|\s+are|\s+were|\s+feel)?\s+(?:(?:not\s+|un)?(?:happy|satisfied|pleased|delighted|thrilled)|(?:love|loved|like|liked|enjoy|enjoyed)\s+(?:it|them|the|your|our|this|these|what))|` +
			`(?:contact|message|tell|reach|write\s+to)\s+us\s+(?:first|before)|before\s+(?:leaving|posting|writing|giving|submitting)\s+(?:a|your|any)\s+(?:\w+\s+)?(?:reviews?|ratings?|feedback))\b`),
		hint: anyOf("if you", "us first", "us before", "before "), why: whySatisfied},
	{rule: RuleReviewChange, severity: SeverityBlock, scope: scopeAll, re: compile(
		`(?i)\b((?:chang|updat|edit|remov|delet|revis|modif|amend|withdr[ae]w|retract|rais|upgrad|reconsider|adjust|revisit|bump)\w*\s+(?:[\w'’-]+\s+){0,3}?` + reviewNoun + `|` +
			`(?:take|taking|took)\s+(?:[\w'’-]+\s+){0,3}?` + reviewNoun + `\s+(?:down|off)|(?:take|taking)\s+down\s+(?:[\w'’-]+\s+){0,3}?` + reviewNoun + `|` +
			`(?:reviews?|ratings?)\s+(?:[\w'’-]+\s+){0,2}?(?:removed|deleted|changed|updated|edited|revised|taken\s+down|withdrawn))\b`),
		hint: anyOf("review", "rating", "feedback", "stars", "star ", "star,", "star.", "star!", "star?", "comment", "what you"), why: whyChange},
	{rule: RuleBuyerCancel, severity: SeverityBlock, scope: scopeAll, re: compile(
		`(?i)\b((?:please|kindly|pls|just|could\s+you|can\s+you|would\s+you|will\s+you|you\s+(?:can|could|may|should|must|need\s+to|have\s+to|will\s+need\s+to)|you(?:'|’)?ll\s+(?:need|have)\s+to)\s+` +
			`(?:[\w'’]+\s+){0,2}?(?:cancel|request\s+(?:a\s+|the\s+)?cancell?ation)|(?:tap|press|click|hit|select|choose)\s+(?:on\s+)?["“']?cancel)\b`),
		exclude: notBuyerCancel, hint: anyOf("cancel"), why: whyCancel},
	{rule: RuleOffPlatform, severity: SeverityBlock, scope: scopeAll, re: compile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`), hint: anyOf("@"), why: whyOffPlat},
	{rule: RuleOffPlatform, severity: SeverityBlock, scope: scopeAll, re: compile(
		`(?i)\b((?:e-?mail|call|text|phone|ring|whats\s?app)\s+(?:us|me)|(?:send|give|share|leave|tell|dm)\s+(?:us|me)\s+(?:your|an?)\s+(?:e-?mail|phone|number|contact|whats\s?app)(?:\s+(?:address|number|details))?|` +
			`your\s+e-?mail(?:\s+address)?|e-?mail\s+address|(?:phone|mobile|cell|whats\s?app)\s+number|` +
			`whats\s?app|instagram|facebook|fb|messenger|telegram|we\s?chat|snapchat|line\s+id|amazon|shopify|etsy|ebay|temu|shein|walmart|lazada|shopee|tokopedia|rakuten|mercari|` +
			`our\s+(?:own\s+)?(?:website|web\s+site|site|online\s+store|webshop|web\s+shop))\b`),
		hint: anyOf("mail", "call", "text", "phone", "ring", "whats", "send", "give", "share", "leave", "tell", "dm", "mobile", "cell",
			"insta", "facebook", "fb", "messenger", "telegram", "chat", "snapchat", "line id", "amazon", "shopify", "etsy", "ebay",
			"temu", "shein", "walmart", "lazada", "shopee", "tokopedia", "rakuten", "mercari", "site", "store", "shop"),
		why: whyOffPlat},
	{rule: RuleOffPlatform, severity: SeverityBlock, scope: scopeAll, re: compile(
		`(?:^|[^\w+(])((?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}|\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4})|\+\d{9,14})\b`),
		exclude: notPhone, hint: manyDigits, why: whyOffPlat},
}

// reviewNoun is what a buyer left about the shop: a review, rating or
// stars, a comment they left, or "what you wrote".
const reviewNoun = `(?:reviews?|ratings?|feedback|stars?|comments?\s+you\s+(?:left|posted|wrote|made)|what\s+you\s+(?:wrote|posted|said))`

// harmlessFree drops "feel free", hyphenated "-free"/"free-" words
// (fragrance-free, free-standing) and "free" as part of a product feature
// such as "BPA free".
func harmlessFree(text string, start, end int) bool {
	word := strings.ToLower(text[start:end])
	if word != "free" {
		return false
	}
	if start > 0 && (text[start-1] == '-' || text[start-1] == '/') || end < len(text) && text[end] == '-' {
		return true
	}
	before := strings.ToLower(text[max(0, start-8):start])
	return strings.HasSuffix(before, "feel ") || strings.HasSuffix(before, "bpa ") || strings.HasSuffix(before, "hands ") ||
		strings.HasSuffix(before, "gluten ") || strings.HasSuffix(before, "cruelty ") || strings.HasSuffix(before, "scent ")
}

var cancelOtherThingRe = regexp.MustCompile(`^\w*\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:return|refund|exchange|subscription)`)
var cancelNegationRe = regexp.MustCompile(`\b(?:not|never|dont|don't|don’t|no\s+need|us|we|me)\b`)

// notBuyerCancel drops cancel wording that does not ask the buyer to cancel
// their order: "please don't cancel", "can you let us cancel it", or
// cancelling a return request.
func notBuyerCancel(text string, start, end int) bool {
	lower := strings.ToLower(text[start:end])
	if i := strings.LastIndex(lower, "cancel"); i > 0 && cancelNegationRe.MatchString(lower[:i]) {
		return true
	}
	rest := strings.ToLower(text[start+strings.LastIndex(lower, "cancel"):])
	return cancelOtherThingRe.MatchString(rest)
}

// notPhone keeps phone-shaped matches with 9 to 15 digits; shorter ones are
// sizes or dates, longer ones are order and tracking IDs.
func notPhone(text string, start, end int) bool {
	digits := 0
	for _, c := range text[start:end] {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	return digits < 9 || digits > 15
}

var solicitRe = regexp.MustCompile(`(?i)\b(reviews?|reviewing|rate|rating|ratings|stars?|feedback|video|videos|unboxing|post|share|tag\s+us|testimonial)\b`)

// sentenceSolicits reports whether the sentence around [start, end) asks for
// a review, rating or content.
func sentenceSolicits(text string, start, end int) bool {
	from := strings.LastIndexAny(text[:start], ".!?\n")
	to := strings.IndexAny(text[end:], ".!?\n")
	if to < 0 {
		to = len(text)
	} else {
		to += end
	}
	return solicitRe.MatchString(text[from+1 : to])
}

var tlds = `com|net|org|io|co|shop|store|app|me|ly|gl|link|site|online|info|biz|us|uk|jp|ca|au|de|fr|sg|my|ph|th|vn|id|br|mx|tv|xyz|page|to|gg|in`

var linkRe = regexp.MustCompile(`\b((?:https?://[^\s/$.?#]+\.[^\s/]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?:[a-z0-9-]+\.)+(?:` + tlds + `))(?:/[^\s]*)?)`)

// checkLinks warns about links whose host is not on the allow-list. Email
// addresses are already reported as off-platform contact.
func checkLinks(text, lower string, allow []string, prior []Finding) []Finding {
	if !maybeLink(lower) {
		return nil
	}
	var out []Finding
	for _, loc := range linkRe.FindAllStringIndex(lower, -1) {
		start, end := loc[0], loc[1]
		if start > 0 && text[start-1] == '@' || overlaps(prior, start, end) {
			continue
		}
		link := strings.TrimRight(text[start:end], ".,;:!?)\"'")
		end = start + len(link)
		if allowedHost(hostOf(link), allow) {
			continue
		}
		out = append(out, Finding{Rule: RuleExternalLink, Severity: SeverityWarn, Match: link, Start: start, End: end, Why: whyLink})
	}
	return out
}

// maybeLink is true when some dot sits between two letters or digits, the
// least any link needs ("bit.ly"); sentence ends have a space after the dot.
func maybeLink(lower string) bool {
	for i := 1; i+1 < len(lower); i++ {
		if lower[i] == '.' && isAlnum(lower[i-1]) && isAlnum(lower[i+1]) {
			return true
		}
	}
	return false
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func overlaps(fs []Finding, start, end int) bool {
	for _, f := range fs {
		if f.Rule == RuleOffPlatform && start < f.End && f.Start < end {
			return true
		}
	}
	return false
}

func hostOf(link string) string {
	l := strings.ToLower(link)
	if i := strings.Index(l, "://"); i >= 0 {
		l = l[i+3:]
	}
	if i := strings.IndexAny(l, "/?#:"); i >= 0 {
		l = l[:i]
	}
	return strings.TrimPrefix(l, "www.")
}

func allowedHost(host string, allow []string) bool {
	for _, d := range allow {
		d = strings.ToLower(strings.TrimSpace(d))
		if d != "" && (host == d || strings.HasSuffix(host, "."+d)) {
			return true
		}
	}
	return false
}
