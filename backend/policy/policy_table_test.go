package policy

import "testing"

// guardCase is a text a seller might really write, the purpose it is
// written for, and the rule that must block it ("" = must pass clean of
// blocking findings).
type guardCase struct {
	purpose string
	text    string
	rule    string
}

// guardTable: half violations of the classes sellers slipped through in
// varied wording, half clean texts that share words with them.
var guardTable = []guardCase{
	// A reward described as money back or cashback for a review.
	{PurposeReviewRequest, "Leave a review and we'll give you $5 back on your order!", RuleIncentive},
	{PurposeReviewRequest, "Post your review and get cash back to your account.", RuleIncentive},
	{PurposeReviewRequest, "Reviewers are paid back 20% of the price.", RuleIncentive},
	{PurposeMessage, "Write a review with a photo and we'll send you some money back as a thank you.", RuleIncentive},
	{PurposeMessage, "Share a review and we will reimburse your shipping.", RuleIncentive},
	{PurposeSupportReply, "If you post a quick review we can send a $3 rebate.", RuleIncentive},
	{PurposeCard, "Review us on TikTok and claim 10% back!", RuleIncentive},
	{PurposeReviewRequest, "A review earns you a partial reimbursement of your order.", RuleIncentive},
	// Asking to update, edit or take down a review once a problem is fixed.
	{PurposeSupportReply, "Now that the replacement has arrived, would you mind updating your review?", RuleReviewChange},
	{PurposeSupportReply, "Glad it's sorted! Could you take down the 1-star review?", RuleReviewChange},
	{PurposeMessage, "Since we fixed it, please edit what you wrote about us.", RuleReviewChange},
	{PurposeSupportReply, "We hope you'd consider revising your stars now.", RuleReviewChange},
	{PurposeSupportReply, "Would you be willing to take your review down now that it's solved?", RuleReviewChange},
	{PurposeMessage, "Happy we could help! If you could adjust your rating that would mean a lot.", RuleReviewChange},
	{PurposeSupportReply, "Could you delete the comment you left on the product page?", RuleReviewChange},
	{PurposeSupportReply, "Now that it works, could you reconsider the 2 stars you gave?", RuleReviewChange},
	// "Satisfied → review, unsatisfied → message us" as two short questions.
	{PurposeReviewRequest, "Happy with your order? Leave a review! Not happy? Message us first.", RuleSatisfaction},
	{PurposeReviewRequest, "Love it? Review it. Problem? Chat with us before anything else.", RuleSatisfaction},
	{PurposeMessage, "Satisfied? Tell others in a review. Not satisfied? Message us and we'll fix it.", RuleSatisfaction},
	{PurposeCard, "Loving it? Share a review! Something wrong? Message us instead.", RuleSatisfaction},
	{PurposeReviewRequest, "Enjoying your tee? We'd love a review. Any issue? Contact us.", RuleSatisfaction},
	{PurposeSupportReply, "All good now? Leave us a review. Still not right? Reply here instead.", RuleSatisfaction},
	{PurposeMessage, "Happy? Rate us! Unhappy? Talk to us first.", RuleSatisfaction},
	{PurposeReviewRequest, "Like it? A review helps! Don't like it? Write to us instead.", RuleSatisfaction},
	// Sending the buyer to the shop's own website to buy next time.
	{PurposeMessage, "Next time, order directly at juniperhome.com and save.", RuleOwnWebsite},
	{PurposeMarketing, "Running low? Restock at glowlab.co for the best price.", RuleOwnWebsite},
	{PurposeSupportReply, "For future orders you can shop at juniperhome.shop directly.", RuleOwnWebsite},
	{PurposeCard, "Reorder anytime at www.juniperhome.com", RuleOwnWebsite},
	{PurposeMessage, "Buy direct from juniperhome.com next time — no app fees!", RuleOwnWebsite},
	{PurposeMarketing, "Get your refills on juniperhome.com.", RuleOwnWebsite},
	{PurposeMessage, "You'll find the full range on our site juniperhome dot com.", RuleOffPlatform},
	{PurposeReviewRequest, "Also, you can purchase from us at juniperhome.com.", RuleOwnWebsite},
	// Asking the buyer to cancel the order themselves.
	{PurposeSupportReply, "Please cancel the order on your side and place a new one.", RuleBuyerCancel},
	{PurposeSupportReply, "Could you cancel it yourself in the app? Then reorder the right size.", RuleBuyerCancel},
	{PurposeMessage, "Kindly request a cancellation from your order page.", RuleBuyerCancel},
	{PurposeSupportReply, "You can cancel the order from your end and we'll refund you.", RuleBuyerCancel},
	{PurposeSupportReply, "Just tap Cancel order in your Orders tab and buy the blue one instead.", RuleBuyerCancel},
	{PurposeMessage, "We're out of stock, so you'll need to cancel your order.", RuleBuyerCancel},
	{PurposeSupportReply, "Would you cancel the purchase so we can avoid a late shipment?", RuleBuyerCancel},
	{PurposeSupportReply, "Go to My Orders, select the order and press cancel.", RuleBuyerCancel},

	// Clean: order updates.
	{PurposeMessage, "Your order has shipped! Tracking: 9400100000000000000001.", ""},
	{PurposeMessage, "Good news: your parcel is out for delivery today.", ""},
	{PurposeMessage, "We cancelled your order as you asked; the refund goes back to your card in 3–5 days.", ""},
	{PurposeSupportReply, "We can cancel it for you — just reply here and we'll take care of it.", ""},
	{PurposeSupportReply, "Your order was cancelled by our team because the item sold out. Sorry!", ""},
	{PurposeSupportReply, "The cancellation went through and your money back is on its way.", ""},
	{PurposeSupportReply, "We refunded the shipping fee; it should show within 5 business days.", ""},
	{PurposeMessage, "Free shipping was applied to your order automatically.", ""},
	{PurposeMessage, "Your replacement is on the way, free of charge.", ""},
	{PurposeSupportReply, "Sorry it arrived cracked! We'll send a new one; no need to return the old one.", ""},
	{PurposeSupportReply, "You can update your shipping address in the app until the label is created.", ""},
	{PurposeSupportReply, "We updated the listing photos so the color is clearer. Thanks for telling us!", ""},
	{PurposeSupportReply, "Thanks for your review — we're sorry the strap broke. A new strap ships tomorrow.", ""},
	{PurposeSupportReply, "We read every review and fixed the packaging because of yours.", ""},
	// Clean: honest-review requests.
	{PurposeReviewRequest, "If you have a minute, an honest review helps other buyers pick the right size.", ""},
	{PurposeReviewRequest, "How did the serum work for you? Your honest review, good or bad, helps other shoppers.", ""},
	{PurposeReviewRequest, "We'd be grateful for a review. Tell other buyers what you really think.", ""},
	{PurposeReviewRequest, "Happy with your order? Or not quite? Either way, an honest review helps others.", ""},
	{PurposeReviewRequest, "If anything is wrong with your order, message us any time. And when you're ready, we'd love an honest review.", ""},
	{PurposeReviewRequest, "Details that help others: how it fits, the color in daylight, how it washes.", ""},
	{PurposeMessage, "Reviews help us improve. Whatever you think, we'd like to hear it.", ""},
	// Clean: care instructions and product talk.
	{PurposeCard, "Care: hand wash cold, lay flat to dry, do not bleach.", ""},
	{PurposeCard, "Keep the serum out of direct sunlight. Fragrance-free, cruelty free.", ""},
	{PurposeCard, "Something missing? Message us in TikTok Shop chat with your order number.", ""},
	{PurposeCard, "Runs small? Check the size chart on the listing before you reorder.", ""},
	{PurposeMessage, "Loving the tee? Wash it inside out to keep the print bright.", ""},
	{PurposeMessage, "Not happy with the fit? Message us here and we'll help you exchange it.", ""},
	{PurposeSupportReply, "Problem with the pump? Twist the collar left to unlock it.", ""},
	{PurposeMarketing, "Running low on serum? Reorder it in the TikTok Shop app.", ""},
	{PurposeMarketing, "Time to restock: your refill is waiting in our TikTok Shop.", ""},
	{PurposeMessage, "Order again anytime from our TikTok Shop page.", ""},
	{PurposeSupportReply, "The website on the box is just our brand page; please keep chatting with us here.", ""},
	{PurposeMessage, "Back in stock: the sage green mug. You'll find it in our TikTok shop.", ""},
	{PurposeSupportReply, "Money back or a replacement — which would you prefer?", ""},
	{PurposeSupportReply, "We issued a partial refund of $5 for the scratch.", ""},
	{PurposeSupportReply, "Cash back from your bank can take a few days to show.", ""},
	{PurposeSupportReply, "You can cancel the return request if you decide to keep it.", ""},
	{PurposeMessage, "The care card in the box explains how to take down the shelf safely.", ""},
	{PurposeSupportReply, "Please edit the fit settings in the app: Settings → Strap → Size.", ""},
	{PurposeReviewRequest, "Your review helps other parents choose. Thanks for shopping with us!", ""},
	{PurposeSupportReply, "Please don't cancel — your order ships today and arrives Friday.", ""},
}

// check runs the guard the way the app does for each purpose.
func check(c guardCase) []Finding {
	if c.purpose == PurposeCard {
		return CheckCard(c.text, nil)
	}
	return Check(c.text, Context{Purpose: c.purpose, LinkAllowList: allow})
}

func TestGuardTablePrecisionAndRecall(t *testing.T) {
	var violations, clean, truePos, falsePos int
	for _, c := range guardTable {
		fs := check(c)
		blocked := Blocking(fs)
		if c.rule == "" {
			clean++
			if blocked {
				falsePos++
				t.Errorf("clean %s text blocked: %q → %+v", c.purpose, c.text, fs)
			}
			continue
		}
		violations++
		if !blocked {
			t.Errorf("%s violation passed: %q (want %s)", c.purpose, c.text, c.rule)
			continue
		}
		truePos++
		if f := find(fs, c.rule); f == nil || f.Severity != SeverityBlock || f.Why == "" {
			t.Errorf("%s: %q blocked, but not as %s: %+v", c.purpose, c.text, c.rule, fs)
		}
	}
	if len(guardTable) < 80 || violations < 40 || clean < 40 {
		t.Fatalf("table has %d texts (%d violations, %d clean); want ≥ 80 with at least 40 of each", len(guardTable), violations, clean)
	}
	precision := float64(truePos) / float64(max(1, truePos+falsePos))
	recall := float64(truePos) / float64(violations)
	t.Logf("policy guard over %d texts: precision %.3f (%d of %d blocks right), recall %.3f (%d of %d violations blocked)",
		len(guardTable), precision, truePos, truePos+falsePos, recall, truePos, violations)
	if precision < 0.95 || recall < 0.95 {
		t.Fatalf("precision %.3f / recall %.3f under the 0.95 floor", precision, recall)
	}
}
