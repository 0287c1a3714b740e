package timeline

import (
	"fmt"
	"strings"
	"time"

	"afterloop/backend/domain"
)

// Placeholder is one entry of the template editor's picker.
type Placeholder struct {
	Key     string `json:"key"`
	Label   string `json:"label"`
	Example string `json:"example"`
	// FromPlatform values come from the order export, not from the seller:
	// the policy guard ignores them (a product called "Gift Box" is fine).
	FromPlatform bool `json:"fromPlatform"`
}

// Placeholders lists every placeholder a template can use.
var Placeholders = []Placeholder{
	{"buyer_name", "Buyer name", "sunny_days22", true},
	{"shop_name", "Shop name", "Juniper & Pine", true},
	{"order_id", "Order ID", "576900000000000001", true},
	{"product", "Product", "Mushroom Glass Table Lamp", true},
	{"variant", "Variant", "Amber", true},
	{"items", "Items list", "• 1 × Mushroom Glass Table Lamp (Amber)", true},
	{"processing_days", "Processing days", "2", false},
	{"ship_by_date", "Expected ship-by date", "Thu, Jan 29", false},
	{"tracking_number", "Tracking number", "9400100000000000000001", true},
	{"carrier", "Carrier", "USPS", true},
	{"tracking_link", "Tracking link", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000001", false},
	{"shipping_status", "Shipping status", "in transit", false},
	{"setup_steps", "Setup steps", "1. Screw the bulb into the base firmly", false},
	{"common_issue", "Common issue", "Light flickers", false},
	{"common_fixes", "Common issue fixes", "• Screw the bulb in firmly until it stops turning", false},
	{"review_tips", "Review tips for the category", "how it looks in your space and a photo", false},
	{"care_tips", "Care tips", "• Dust the shade with a dry microfiber cloth", false},
}

// IsPlaceholder reports whether key is a known placeholder.
func IsPlaceholder(key string) bool {
	for _, p := range Placeholders {
		if p.Key == key {
			return true
		}
	}
	return false
}

// Input is everything a message can be filled from.
type Input struct {
	Order          domain.Order
	Lines          []domain.OrderLine
	Content        map[string]domain.ProductContent // by product key; missing = none written yet
	ShopName       string
	ProcessingDays int
	ShipWeekdays   []int
	Location       *time.Location
}

// values computes every placeholder's value for in ("" = no data).
func values(in Input) map[string]string {
	o := in.Order
	v := map[string]string{
		"buyer_name":      buyerName(o.BuyerUsername),
		"shop_name":       strings.TrimSpace(in.ShopName),
		"order_id":        o.ExternalID,
		"tracking_number": strings.TrimSpace(o.TrackingID),
		"carrier":         strings.TrimSpace(o.Carrier),
		"processing_days": fmt.Sprint(in.ProcessingDays),
		"shipping_status": shippingStatus(o),
	}
	if v["tracking_number"] != "" {
		v["tracking_link"] = TrackingLink(o.Carrier, v["tracking_number"])
	}
	if paid := firstKnown(o.PaidAt, o.CreatedAt); paid > 0 {
		loc := in.Location
		if loc == nil {
			loc = time.UTC
		}
		v["ship_by_date"] = ShipBy(time.Unix(paid, 0).In(loc), in.ProcessingDays, in.ShipWeekdays).Format("Mon, Jan 2")
	}
	if len(in.Lines) > 0 {
		v["product"] = shortName(in.Lines[0].ProductName)
		v["variant"] = in.Lines[0].Variation
		var items []string
		for _, l := range in.Lines {
			item := fmt.Sprintf("• %d × %s", max(l.Quantity, 1), l.ProductName)
			if l.Variation != "" {
				item += " (" + l.Variation + ")"
			}
			items = append(items, item)
		}
		v["items"] = strings.Join(items, "\n")
		if len(in.Lines) > 1 {
			v["product"] = "order"
		}
	}
	v["setup_steps"] = perProduct(in, func(c domain.ProductContent) []string { return numbered(c.SetupSteps) })
	v["care_tips"] = perProduct(in, func(c domain.ProductContent) []string { return bulleted(c.CareTips) })
	for _, l := range in.Lines {
		if c, ok := in.Content[l.ProductKey]; ok && c.HasCommonIssue() {
			v["common_issue"] = c.CommonIssue
			v["common_fixes"] = strings.Join(bulleted(c.CommonFixes), "\n")
			break
		}
	}
	for _, l := range in.Lines {
		if c, ok := in.Content[l.ProductKey]; ok && c.ReviewTips != "" {
			v["review_tips"] = c.ReviewTips
			break
		}
	}
	if v["review_tips"] == "" && len(in.Lines) > 0 {
		v["review_tips"] = categoryReviewTips(in.Lines[0].Category)
	}
	return v
}

// buyerName is the TikTok username; masked values ("J*** D***") count as
// missing so the template's fallback ("there") is used instead.
func buyerName(username string) string {
	u := strings.TrimSpace(username)
	if strings.Contains(u, "*") {
		return ""
	}
	return u
}

func shippingStatus(o domain.Order) string {
	switch {
	case o.DeliveredAt > 0:
		return "delivered"
	case o.ShippedAt > 0:
		return "in transit"
	case o.RTSAt > 0:
		return "label created"
	}
	return ""
}

// shortName drops the listing's keyword tail: "Mushroom Glass Table Lamp -
// Dimmable Bedside Light" reads as "Mushroom Glass Table Lamp" in a sentence.
func shortName(name string) string {
	if head, _, ok := strings.Cut(name, " - "); ok && len(head) >= 8 {
		return strings.TrimSpace(head)
	}
	return strings.TrimSpace(name)
}

// perProduct joins each SKU's list; with several SKUs that have one, each
// list gets the product's short name as a heading.
func perProduct(in Input, list func(domain.ProductContent) []string) string {
	var parts []string
	seen := map[string]bool{}
	for _, l := range in.Lines {
		c, ok := in.Content[l.ProductKey]
		if !ok || seen[l.ProductKey] {
			continue
		}
		seen[l.ProductKey] = true
		if items := list(c); len(items) > 0 {
			parts = append(parts, shortName(l.ProductName)+":\n"+strings.Join(items, "\n"))
		}
	}
	if len(parts) == 1 {
		_, body, _ := strings.Cut(parts[0], ":\n")
		return body
	}
	return strings.Join(parts, "\n\n")
}

func numbered(in []string) []string {
	out := make([]string, 0, len(in))
	for i, s := range in {
		out = append(out, fmt.Sprintf("%d. %s", i+1, s))
	}
	return out
}

func bulleted(in []string) []string {
	out := make([]string, 0, len(in))
	for _, s := range in {
		out = append(out, "• "+s)
	}
	return out
}

func categoryReviewTips(category string) string {
	c := strings.ToLower(category)
	switch {
	case strings.Contains(c, "apparel"), strings.Contains(c, "cloth"), strings.Contains(c, "fashion"), strings.Contains(c, "shoe"):
		return "the size you ordered and your usual size, how it fits, how the fabric feels, and a photo if you like."
	case strings.Contains(c, "beauty"), strings.Contains(c, "skin"), strings.Contains(c, "personal care"), strings.Contains(c, "makeup"):
		return "your skin or hair type, the texture and scent, and how long you have used it."
	case strings.Contains(c, "home"), strings.Contains(c, "kitchen"), strings.Contains(c, "furniture"), strings.Contains(c, "decor"):
		return "how it looks and works in your space, the size compared with what you expected, and a photo."
	case strings.Contains(c, "electronic"), strings.Contains(c, "phone"), strings.Contains(c, "computer"):
		return "how setup went, which devices you use it with, and how it performs day to day."
	}
	return "what you use it for, what you like about it, and anything that could be better."
}

// ShipBy is the date an order paid at paid ships by: processingDays ship days
// after the paid day, counting only the weekdays the shop ships on.
func ShipBy(paid time.Time, processingDays int, weekdays []int) time.Time {
	ships := map[time.Weekday]bool{}
	for _, d := range weekdays {
		ships[time.Weekday(d)] = true
	}
	if len(ships) == 0 {
		for d := time.Sunday; d <= time.Saturday; d++ {
			ships[d] = true
		}
	}
	d := paid
	if processingDays <= 0 {
		for !ships[d.Weekday()] {
			d = d.AddDate(0, 0, 1)
		}
		return d
	}
	for n := 0; n < processingDays; {
		d = d.AddDate(0, 0, 1)
		if ships[d.Weekday()] {
			n++
		}
	}
	return d
}
