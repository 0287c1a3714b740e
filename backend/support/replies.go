package support

import (
	"regexp"
	"strings"

	"afterloop/backend/domain"
)

// Reply placeholders filled from the ticket and its order. Free inputs are
// written {{input:name}} and filled by the person replying.
const (
	PlaceholderBuyerName = "buyer_name"
	PlaceholderOrderID   = "order_id"
	PlaceholderProduct   = "product"
	PlaceholderHours     = "hours"
	InputPrefix          = "input:"
)

// ReplyPlaceholders lists the data placeholders a saved reply may use.
var ReplyPlaceholders = []string{PlaceholderBuyerName, PlaceholderOrderID, PlaceholderProduct, PlaceholderHours}

var placeholderRe = regexp.MustCompile(`\{\{\s*([a-zA-Z_]+(?::[a-zA-Z0-9_]+)?)\s*\}\}`)

// IsReplyPlaceholder reports whether key (without braces) is a known data
// placeholder or a free input.
func IsReplyPlaceholder(key string) bool {
	if name, ok := strings.CutPrefix(key, InputPrefix); ok {
		return name != ""
	}
	for _, p := range ReplyPlaceholders {
		if p == key {
			return true
		}
	}
	return false
}

// UnknownReplyPlaceholders lists placeholders in body that are neither data
// placeholders nor free inputs, in order of appearance, once each.
func UnknownReplyPlaceholders(body string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range placeholderRe.FindAllStringSubmatch(body, -1) {
		if !IsReplyPlaceholder(m[1]) && !seen[m[1]] {
			seen[m[1]] = true
			out = append(out, m[1])
		}
	}
	return out
}

// RenderedReply is a saved reply with its placeholders filled.
type RenderedReply struct {
	Text string `json:"text"`
	// Unfilled lists placeholders (without braces) that had no data, input
	// or fallback; they stay in Text as {{key}} so nobody sends them unseen.
	Unfilled []string `json:"unfilled"`
}

// RenderReply fills body's placeholders. Data placeholders come from data
// (keys "buyer_name", "order_id", ...), free inputs {{input:x}} from
// inputs["x"]; a blank value falls back to fallbacks[key] (key as written
// between the braces, e.g. "buyer_name" or "input:photo_of"). It is pure.
func RenderReply(body string, fallbacks, data, inputs map[string]string) RenderedReply {
	out := RenderedReply{Unfilled: []string{}}
	seen := map[string]bool{}
	out.Text = placeholderRe.ReplaceAllStringFunc(body, func(m string) string {
		key := placeholderRe.FindStringSubmatch(m)[1]
		var v string
		if name, ok := strings.CutPrefix(key, InputPrefix); ok {
			v = inputs[name]
		} else if v = data[key]; Masked(v) {
			v = ""
		}
		if v = strings.TrimSpace(v); v == "" {
			v = strings.TrimSpace(fallbacks[key])
		}
		if v == "" {
			if !seen[key] {
				seen[key] = true
				out.Unfilled = append(out.Unfilled, key)
			}
			return "{{" + key + "}}"
		}
		return v
	})
	return out
}

// maskRe finds the marks of a value the platform masked: a run of two or
// more asterisks ("m***kai1958", "J*** D***"), or one between two letters
// or digits ("c*3"). A lone star in a product name ("5* Hotel") is not one.
var maskRe = regexp.MustCompile(`\*\*|[\p{L}\p{N}]\*[\p{L}\p{N}]`)

// Masked reports whether a data value is masked by the platform: a reply
// must not greet a buyer as "m***kai1958", so such a value counts as
// missing and its fallback is used, as in timeline messages.
func Masked(v string) bool { return strings.Contains(v, "*") && maskRe.MatchString(v) }

// Shortcut of the acknowledgement reply, the first step of every ticket.
const ShortcutAcknowledge = "ack"

// DefaultSavedReplies are the replies a new shop starts with: short, kind,
// one ask each, and nothing the policy guard blocks.
func DefaultSavedReplies() []domain.SavedReply {
	hi := map[string]string{PlaceholderBuyerName: "there", PlaceholderProduct: "your order", PlaceholderHours: "24"}
	fb := func(extra ...string) map[string]string {
		m := map[string]string{}
		for k, v := range hi {
			m[k] = v
		}
		for i := 0; i+1 < len(extra); i += 2 {
			m[extra[i]] = extra[i+1]
		}
		return m
	}
	return []domain.SavedReply{
		{Title: "Acknowledge with a time frame", Shortcut: ShortcutAcknowledge, Fallbacks: fb(),
			Body: "Hi {{buyer_name}}, thank you for letting us know. We're looking into this now and will get back to you within {{hours}} hours."},
		{Title: "Damaged item", Category: domain.CategoryProduct, Subcategory: domain.SubDamaged, Shortcut: "damaged",
			Fallbacks: fb("input:photo_of", "the damage and the outer box"),
			Body:      "Hi {{buyer_name}}, I'm so sorry {{product}} arrived damaged. Could you send 1–2 photos of {{input:photo_of}} here in the chat? Then we'll sort out a fix for you right away."},
		{Title: "Missing parts", Category: domain.CategoryProduct, Subcategory: domain.SubMissingParts, Shortcut: "missing",
			Fallbacks: fb("input:part", "the missing part"),
			Body:      "Hi {{buyer_name}}, sorry that {{input:part}} wasn't in the box. Could you share a photo of everything you received? We'll get the missing piece to you as quickly as we can."},
		{Title: "Wrong variant", Category: domain.CategoryProduct, Subcategory: domain.SubWrongVariant, Shortcut: "variant",
			Fallbacks: fb(),
			Body:      "Hi {{buyer_name}}, sorry we sent the wrong version of {{product}}. Could you send a photo of the item and its label? We'll make it right with the one you ordered."},
		{Title: "Doesn't work", Category: domain.CategoryUsage, Subcategory: domain.SubDoesNotWork, Shortcut: "notworking",
			Fallbacks: fb(),
			Body:      "Hi {{buyer_name}}, sorry {{product}} isn't working for you. Could you send a short video showing what happens when you use it? That helps us find the quickest fix."},
		{Title: "Sizing / fit", Category: domain.CategoryUsage, Subcategory: domain.SubSizingFit, Shortcut: "sizing",
			Fallbacks: fb(),
			Body:      "Hi {{buyer_name}}, sorry the fit isn't right. Could you tell us which size you ordered and share a photo of how it fits? We'll suggest the best option from there."},
		{Title: "Tracking not updating", Category: domain.CategoryShipping, Subcategory: domain.SubTrackingNotUpdating, Shortcut: "tracking",
			Fallbacks: fb(PlaceholderOrderID, "your order"),
			Body:      "Hi {{buyer_name}}, thanks for your patience. We're checking with the carrier about {{order_id}} and will update you here within {{hours}} hours."},
		{Title: "Delivered, not received", Category: domain.CategoryShipping, Subcategory: domain.SubDeliveredNotReceived, Shortcut: "notreceived",
			Fallbacks: fb(PlaceholderOrderID, "your order"),
			Body:      "Hi {{buyer_name}}, sorry {{order_id}} shows as delivered but hasn't reached you. Could you check with neighbours and around the entrance? Meanwhile we're opening a check with the carrier and will update you within {{hours}} hours."},
	}
}
