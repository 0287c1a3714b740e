package policy

import (
	"strings"
	"testing"
)

var allow = []string{"tiktok.com", "usps.com"}

func review() Context { return Context{Purpose: PurposeReviewRequest, LinkAllowList: allow} }
func message() Context {
	return Context{Purpose: PurposeMessage, LinkAllowList: allow}
}

// find returns the first finding of rule, or nil.
func find(fs []Finding, rule string) *Finding {
	for i := range fs {
		if fs[i].Rule == rule {
			return &fs[i]
		}
	}
	return nil
}

func TestRulesCatchTrickyWording(t *testing.T) {
	cases := []struct {
		text, rule, match string
		ctx               Context
	}{
		{"We'd love a 5-star review if you have a minute!", RuleSteering, "5-star", review()},
		{"Please leave us five stars ⭐", RuleSteering, "five stars", review()},
		{"A positive review helps our small shop.", RuleSteering, "positive review", review()},
		{"Rate us ★★★★★ please", RuleSteering, "★★★★★", review()},
		{"Get 10% off your next order after reviewing.", RuleIncentive, "10% off", review()},
		{"Review us and get $5 off.", RuleIncentive, "$5 off", review()},
		{"We'll send a free gift to everyone who leaves a review", RuleIncentive, "free", review()},
		{"Leave a review for a chance to win in our giveaway", RuleIncentive, "giveaway", review()},
		{"Use coupon THANKS after your review", RuleIncentive, "coupon", review()},
		{"Reviewers get cashback", RuleIncentive, "cashback", review()},
		{"Only if you are happy, please leave a review.", RuleSatisfaction, "Only if you are happy", review()},
		{"If you're not happy, contact us first.", RuleSatisfaction, "If you're not happy", review()},
		{"If you loved it, a review would mean a lot.", RuleSatisfaction, "If you loved it", review()},
		{"Please message us before leaving a review.", RuleSatisfaction, "message us before", review()},
		{"Could you update your review now that it works?", RuleReviewChange, "update your review", message()},
		{"Would you remove the 1-star rating?", RuleReviewChange, "remove the 1-star rating", message()},
		{"Can the review be removed?", RuleReviewChange, "review be removed", message()},
		{"Send us your email and we'll help.", RuleOffPlatform, "Send us your email", message()},
		{"Write to help@juniper.shop any time.", RuleOffPlatform, "help@juniper.shop", message()},
		{"Email us if anything is missing.", RuleOffPlatform, "Email us", message()},
		{"Call us on +1 (555) 123-4567.", RuleOffPlatform, "Call us", message()},
		{"Reach us at (555) 123-4567.", RuleOffPlatform, "(555) 123-4567", message()},
		{"Find us on Instagram for tips", RuleOffPlatform, "Instagram", message()},
		{"Also on our Shopify store", RuleOffPlatform, "Shopify", message()},
		{"Message me on WhatsApp", RuleOffPlatform, "WhatsApp", message()},
		{"Order again on our website", RuleOffPlatform, "our website", message()},
		{"Post an unboxing video and get 20% off!", RuleIncentive, "20% off", message()},
		{"Tips at https://juniper.shop/care", RuleExternalLink, "https://juniper.shop/care", message()},
		{"See bit.ly/xyz", RuleExternalLink, "bit.ly/xyz", message()},
	}
	for _, c := range cases {
		fs := Check(c.text, c.ctx)
		f := find(fs, c.rule)
		if f == nil {
			t.Errorf("%q: no %s finding in %+v", c.text, c.rule, fs)
			continue
		}
		if f.Match != c.match || c.text[f.Start:f.End] != f.Match || f.Why == "" {
			t.Errorf("%q: %s matched %q at %d-%d, want %q", c.text, c.rule, f.Match, f.Start, f.End, c.match)
		}
		wantSeverity := SeverityBlock
		if c.rule == RuleExternalLink {
			wantSeverity = SeverityWarn
		}
		if f.Severity != wantSeverity {
			t.Errorf("%q: severity %s", c.text, f.Severity)
		}
	}
}

func TestHarmlessWordsPass(t *testing.T) {
	for _, c := range []struct {
		text string
		ctx  Context
	}{
		{"Feel free to share an honest review of the lamp — good or bad, it helps other buyers.", review()},
		{"Keep the serum in the fridge, not the freezer. It is fragrance-free and free-standing.", review()},
		{"It arrived gifted-wrapped? Tell us how the tee fits.", review()},
		{"Your honest review helps other shoppers choose the right size.", review()},
		{"Details that help: the size you ordered, and a photo if you like.", review()},
		{"If anything is missing, message us here in TikTok chat and we'll send a free replacement part.", message()},
		{"If you'd like a refund or an exchange, reply here.", message()},
		{"Track it at https://tools.usps.com/go/TrackConfirmAction?tLabels=9400 or www.tiktok.com/orders", message()},
		{"Order 576900000000000001, tracking 9400100000000000000001, size 2-3 inches, 2026-01-27.", message()},
		{"Pick \"JP Mini\" in your phone's Bluetooth list.", message()},
		{"We'll update you when the parcel moves. Reviews help us improve.", message()},
	} {
		for _, f := range Check(c.text, c.ctx) {
			t.Errorf("%q (%s): unexpected %s %q", c.text, c.ctx.Purpose, f.Rule, f.Match)
		}
	}
}

func TestIncentivesOutsideReviewRequestsNeedASolicitation(t *testing.T) {
	text := "Sorry about the leak! We'll refund you today. Free shipping on the replacement."
	if fs := Check(text, message()); Blocking(fs) {
		t.Fatalf("support-style refund blocked: %+v", fs)
	}
	if fs := Check(text, review()); find(fs, RuleIncentive) == nil {
		t.Fatal("a refund in a review request must be blocked")
	}
}

func TestIgnoredSpansAndLength(t *testing.T) {
	text := "Thanks for ordering the Gift Box 5 Star Edition!"
	start := strings.Index(text, "Gift")
	fs := Check(text, Context{Purpose: PurposeReviewRequest, Ignore: []Span{{start, start + len("Gift Box 5 Star Edition")}}})
	if len(fs) != 0 {
		t.Fatalf("product name flagged: %+v", fs)
	}
	long := strings.Repeat("é", 1001)
	fs = Check(long, Context{Purpose: PurposeMessage})
	if f := find(fs, RuleLength); f == nil || f.Severity != SeverityWarn || f.Start != 2000 || f.End != len(long) {
		t.Fatalf("length: %+v", fs)
	}
	if fs := Check(long, Context{Purpose: PurposeMessage, ChatLimit: 2000}); find(fs, RuleLength) != nil {
		t.Fatal("under a raised limit")
	}
	fs = Check("Running low on serum?", Context{Purpose: PurposeMarketing})
	if f := find(fs, RuleMarketing); f == nil || Blocking(fs) {
		t.Fatalf("marketing: %+v", fs)
	}
}
