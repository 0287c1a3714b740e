package support

import "afterloop/backend/domain"

// Reply drafts for negative public comments: each one
// acknowledges, clarifies (one question, or asks for the order number in
// TikTok chat) and states the action. None argues, none asks the author to
// edit or remove what they wrote, and none moves the conversation off the
// platform: the policy guard checks them like any reply.

// actionFor is what the shop does about each defect, in a few words.
var actionFor = map[string]string{
	domain.SubTrackingNotUpdating:   "we will chase the carrier and send you an update",
	domain.SubDeliveredNotReceived:  "we will open a trace with the carrier and make it right",
	domain.SubWrongAddress:          "we will see what can still be changed",
	domain.SubDamaged:               "we will replace what arrived damaged",
	domain.SubMissingParts:          "we will send the missing piece",
	domain.SubDefective:             "we will fix or replace it",
	domain.SubWrongVariant:          "we will swap it for the one you ordered",
	domain.SubDoesNotWork:           "we will walk you through it and replace it if it is faulty",
	domain.SubSizingFit:             "we will help you find the right size",
	domain.SubSetupError:            "we will walk you through setup step by step",
	domain.SubColorSizePerception:   "we will look at it with you and sort it out",
	domain.SubPerformanceAssumption: "we will explain what it can do and sort it out if it falls short",
}

// issueFor names each defect the way a person would say sorry for it.
var issueFor = map[string]string{
	domain.SubTrackingNotUpdating:   "the tracking not updating",
	domain.SubDeliveredNotReceived:  "your parcel not arriving",
	domain.SubWrongAddress:          "the address mix-up",
	domain.SubDamaged:               "it arriving damaged",
	domain.SubMissingParts:          "the missing part",
	domain.SubDefective:             "it not working properly",
	domain.SubWrongVariant:          "getting the wrong one",
	domain.SubDoesNotWork:           "the trouble getting it to work",
	domain.SubSizingFit:             "the fit",
	domain.SubSetupError:            "the trouble with setup",
	domain.SubColorSizePerception:   "it not looking as you expected",
	domain.SubPerformanceAssumption: "it not doing what you hoped",
}

// CommentReplyDrafts returns three drafts for a comment naming the defect
// (a subcategory key; "" for a general complaint).
func CommentReplyDrafts(subcategory string) []string {
	action, ok := actionFor[subcategory]
	if !ok {
		action = "we will look into it and make it right"
	}
	issue, ok := issueFor[subcategory]
	if !ok {
		issue = "this"
	}
	return []string{
		"Sorry about " + issue + ", that is not the experience we want for you. Could you send us your order number in TikTok chat? Then " + action + ".",
		"Thank you for telling us. We would like to fix this: please message us your order number in TikTok chat and " + action + ".",
		"We are sorry to hear this. Which item and order was it? Send us the order number in TikTok chat and " + action + ".",
	}
}
