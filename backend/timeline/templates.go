package timeline

import (
	"afterloop/backend/domain"
	"afterloop/backend/policy"
)

// DefaultLanguage is the language of the built-in templates.
const DefaultLanguage = "en"

// defaultBodies are short, warm and factual, and each says only what its stage
// is for (thanks, shipped, arriving, a check-in, ...). They pass the policy
// guard with no finding but the replenishment's marketing label (a test keeps
// it that way).
var defaultBodies = map[string]string{
	domain.StageOrderConfirmation: `Hi {{buyer_name}}, thank you for your order from {{shop_name}}!

You ordered:
{{items}}

We pack every order by hand and ship within {{processing_days}} business days (by {{ship_by_date}}). You'll get the tracking number here as soon as the label is created.

When it arrives, please check that everything is in the box. If anything is missing or damaged, message us here in chat and we'll make it right.`,

	domain.StageShippingUpdate: `Hi {{buyer_name}}, your order is on its way ({{shipping_status}}).

Carrier: {{carrier}}
Tracking number: {{tracking_number}}
Track it: {{tracking_link}}

Tracking can take a day to show the first scan. If it hasn't moved for 48–72 hours, message us here and we'll check with the carrier for you.`,

	domain.StageDeliveryDay: `Hi {{buyer_name}}, your {{product}} should be with you now. Did everything arrive in good shape?

To get started:
{{setup_steps}}

If anything is missing, damaged or not working, message us here in TikTok chat with your order number and a photo, and we'll sort it out quickly.

We love seeing our products in real homes: if you ever feel like sharing an unboxing or setup video on TikTok, we'd be glad to see it.`,

	domain.StageSupportCheckIn: `Hi {{buyer_name}}, checking in now that you've had your {{product}} for a few days. A question we sometimes get: "{{common_issue}}". If that happens, this usually fixes it:
{{common_fixes}}

Still not right? Reply here with a photo or short video and we'll help until it works.`,

	domain.StageReviewRequest: `Hi {{buyer_name}}, we hope your {{product}} is working well for you. When you have a moment, would you share an honest review on TikTok Shop? Every review helps other shoppers decide.

Details that help most: {{review_tips}}

Thank you for shopping with {{shop_name}}.`,

	domain.StageReplenishment: `Hi {{buyer_name}}, your {{product}} may be running low about now. If you'd like more, you can reorder it from our TikTok Shop anytime. No need to reply if you're all set!`,
}

// defaultFallbacks fill placeholders an order may lack, so the defaults are
// sendable for every order.
var defaultFallbacks = map[string]map[string]string{
	domain.StageOrderConfirmation: {"buyer_name": "there", "shop_name": "our shop", "ship_by_date": "soon", "items": "• your items"},
	domain.StageShippingUpdate: {"buyer_name": "there", "shipping_status": "label created", "carrier": "see your order page",
		"tracking_number": "see your order page", "tracking_link": "open the order in TikTok Shop and tap Track"},
	domain.StageDeliveryDay:    {"buyer_name": "there", "product": "order", "setup_steps": "Follow the quick start card in the box."},
	domain.StageSupportCheckIn: {"buyer_name": "there", "product": "order"},
	domain.StageReviewRequest: {"buyer_name": "there", "product": "order", "shop_name": "us",
		"review_tips": "what you use it for, what you like about it, and anything that could be better."},
	domain.StageReplenishment: {"buyer_name": "there", "product": "favorite"},
}

// DefaultTemplate is the built-in template for a stage.
func DefaultTemplate(stage string) domain.MessageTemplate {
	fallbacks := map[string]string{}
	for k, v := range defaultFallbacks[stage] {
		fallbacks[k] = v
	}
	return domain.MessageTemplate{Stage: stage, Language: DefaultLanguage, Body: defaultBodies[stage], Fallbacks: fallbacks, IsDefault: true}
}

// Purpose is the policy purpose of a stage's messages.
func Purpose(stage string) string {
	switch stage {
	case domain.StageReviewRequest:
		return policy.PurposeReviewRequest
	case domain.StageReplenishment:
		return policy.PurposeMarketing
	}
	return policy.PurposeMessage
}
