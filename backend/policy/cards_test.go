package policy

import "testing"

func TestCardRules(t *testing.T) {
	blocked := []struct{ text, rule, match string }{
		{"Please leave us a review if you enjoyed it.", RuleReviewSolicitation, "leave us a review"},
		{"Rate us on TikTok Shop!", RuleReviewSolicitation, "Rate us"},
		{"Your review means the world to our small shop.", RuleReviewSolicitation, "review means"},
		{"Post your unboxing video and get 10% off your next order.", RuleIncentive, "10% off"},
		{"Share a video for a free gift!", RuleIncentive, "free"},
		{"Start a return and we'll add a bonus gift card.", RuleReturnIncentive, "bonus"},
		{"Skip the return: keep it and get a partial refund.", RuleReturnIncentive, "refund"},
		{"Give us 5 stars!", RuleSteering, "5 stars"},
		{"Email us at help@juniper.shop", RuleOffPlatform, "Email us"},
	}
	for _, c := range blocked {
		fs := CheckCard(c.text, nil)
		f := find(fs, c.rule)
		if f == nil || f.Severity != SeverityBlock || f.Match != c.match || c.text[f.Start:f.End] != c.match {
			t.Errorf("%q: want %s %q, got %+v", c.text, c.rule, c.match, fs)
		}
	}
	clean := []string{
		"Film your unboxing and tag @juniperhome on TikTok. Totally optional, just for fun.",
		"Something missing? Message us in TikTok Shop chat with your order number and a photo.",
		"Returns are easy: open the order in the TikTok app and tap Return.",
		"Fragrance-free and BPA free. Feel free to message us in TikTok Shop chat.",
		"{{care_tips}}",
	}
	for _, text := range clean {
		if fs := CheckCard(text, nil); len(fs) > 0 {
			t.Errorf("%q: %+v", text, fs)
		}
	}
	// Every link warns on a card, even tiktok.com.
	if f := find(CheckCard("See tiktok.com/@juniperhome for more.", nil), RuleExternalLink); f == nil || f.Severity != SeverityWarn {
		t.Error("link on a card not warned")
	}
	if f := QRFinding("https://x.y"); f.Rule != RuleQRCode || f.Severity != SeverityWarn || f.End != len("https://x.y") {
		t.Errorf("%+v", f)
	}
	// Field spans are ignored: a product called "Gift Box" does not block.
	text := "Share a video of {{product_name}}"
	if fs := CheckCard("Share a video of Gift Box", []Span{{17, 25}}); len(fs) > 0 {
		t.Errorf("%q: %+v", text, fs)
	}
}
