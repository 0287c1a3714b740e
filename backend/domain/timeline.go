package domain

import (
	"fmt"
	"strings"
)

// Communication timeline stages, in the order a buyer meets them.
const (
	StageOrderConfirmation = "order_confirmation"
	StageShippingUpdate    = "shipping_update"
	StageDeliveryDay       = "delivery_day"
	StageSupportCheckIn    = "support_check_in"
	StageReviewRequest     = "review_request"
	StageReplenishment     = "replenishment"
)

// Stages lists the timeline stages in order.
var Stages = []string{StageOrderConfirmation, StageShippingUpdate, StageDeliveryDay, StageSupportCheckIn, StageReviewRequest, StageReplenishment}

// StageLabels are the English names the UI and the CLI show.
var StageLabels = map[string]string{
	StageOrderConfirmation: "Order confirmation",
	StageShippingUpdate:    "Shipping update",
	StageDeliveryDay:       "Delivery day",
	StageSupportCheckIn:    "Support check-in",
	StageReviewRequest:     "Review request",
	StageReplenishment:     "Replenishment reminder",
}

// IsStage reports whether s names a timeline stage.
func IsStage(s string) bool {
	for _, st := range Stages {
		if st == s {
			return true
		}
	}
	return false
}

// Stage states.
const (
	StateUpcoming      = "upcoming"
	StateDue           = "due"
	StateSent          = "sent"
	StateSkipped       = "skipped"
	StateSnoozed       = "snoozed"
	StateExpired       = "expired"
	StateNotApplicable = "not_applicable"
)

// Actions a teammate records on a stage.
const (
	ActionSent    = "sent"
	ActionSkipped = "skipped"
	ActionSnoozed = "snoozed"
)

// TimelineAction is what a teammate did with one order's stage. There is at
// most one per order and stage; undo deletes it.
type TimelineAction struct {
	OrderID      int64  `json:"orderId"`
	Stage        string `json:"stage"`
	Action       string `json:"action"` // sent | skipped | snoozed
	At           int64  `json:"at"`
	TeammateID   int64  `json:"teammateId"`
	Reason       string `json:"reason"`
	SnoozedUntil int64  `json:"snoozedUntil"`
	Text         string `json:"text"` // what was sent, as it was then
}

// ProductContent is what the seller writes once per SKU so the messages can
// be specific: setup steps, the common issue and its fixes, review timing and
// tips, and replenishment timing.
type ProductContent struct {
	ProductKey      string         `json:"productKey"`
	SetupSteps      []string       `json:"setupSteps"`
	CommonIssue     string         `json:"commonIssue"`
	CommonFixes     []string       `json:"commonFixes"`
	ReviewDelayDays int            `json:"reviewDelayDays"` // 0 = the shop default
	UsageCycleDays  int            `json:"usageCycleDays"`  // 0 = not used up
	Replenishment   bool           `json:"replenishment"`   // opt-in for replenishment reminders
	ReviewTips      string         `json:"reviewTips"`
	IncludedItems   []IncludedItem `json:"includedItems"` // what's in the box, for the card checklist
	CareTips        []string       `json:"careTips"`
	UpdatedAt       int64          `json:"updatedAt"`
}

// HasCommonIssue is true when the content turns on the support check-in:
// a known issue with at least one fix to offer.
func (c ProductContent) HasCommonIssue() bool {
	return strings.TrimSpace(c.CommonIssue) != "" && len(nonEmpty(c.CommonFixes)) > 0
}

// ReplenishmentEnabled is true when the SKU opted in and has a usage cycle.
func (c ProductContent) ReplenishmentEnabled() bool {
	return c.Replenishment && c.UsageCycleDays > 0
}

// Normalize trims text and drops empty list entries.
func (c ProductContent) Normalize() ProductContent {
	c.ProductKey = strings.TrimSpace(c.ProductKey)
	c.SetupSteps = nonEmpty(c.SetupSteps)
	c.CommonIssue = strings.TrimSpace(c.CommonIssue)
	c.CommonFixes = nonEmpty(c.CommonFixes)
	c.ReviewTips = strings.TrimSpace(c.ReviewTips)
	c.IncludedItems = normalizeIncluded(c.IncludedItems)
	c.CareTips = nonEmpty(c.CareTips)
	return c
}

// Validate returns field -> problem; empty when valid.
func (c ProductContent) Validate() map[string]string {
	p := map[string]string{}
	if c.ProductKey == "" {
		p["productKey"] = "Choose a product."
	}
	if len(c.SetupSteps) > 3 {
		p["setupSteps"] = "Up to three setup steps: buyers read short messages."
	}
	if len(c.CommonFixes) > 3 {
		p["commonFixes"] = "Up to three fixes for the common issue."
	}
	if c.CommonIssue == "" && len(c.CommonFixes) > 0 {
		p["commonIssue"] = "Describe the issue these fixes solve."
	}
	if c.CommonIssue != "" && len(c.CommonFixes) == 0 {
		p["commonFixes"] = "Add at least one fix, or the support check-in has nothing to offer."
	}
	if c.ReviewDelayDays < 0 || c.ReviewDelayDays > 60 {
		p["reviewDelayDays"] = "Review delay is between 1 and 60 days (0 uses the shop default)."
	}
	if c.UsageCycleDays < 0 || c.UsageCycleDays > 365 {
		p["usageCycleDays"] = "Usage cycle is between 1 and 365 days (0 = not used up)."
	}
	if c.Replenishment && c.UsageCycleDays == 0 {
		p["replenishment"] = "Set the usage cycle first: the reminder is timed from it."
	}
	for _, it := range c.IncludedItems {
		if it.Quantity > MaxIncludedQuantity {
			p["includedItems"] = fmt.Sprintf("A box holds at most %d of one item.", MaxIncludedQuantity)
		}
	}
	if len(c.IncludedItems) > MaxIncludedItems || len(c.CareTips) > MaxCareTips {
		p["includedItems"] = fmt.Sprintf("Up to %d included items and %d care tips: one card has room for that much.", MaxIncludedItems, MaxCareTips)
	}
	for field, list := range map[string][]string{"setupSteps": c.SetupSteps, "commonFixes": c.CommonFixes, "includedItems": IncludedNames(c.IncludedItems), "careTips": c.CareTips} {
		for _, s := range list {
			if len(s) > 300 {
				p[field] = "Each entry is limited to 300 characters."
			}
		}
	}
	if len(c.ReviewTips) > 500 || len(c.CommonIssue) > 300 {
		p["reviewTips"] = "Review tips are limited to 500 characters and the issue to 300."
	}
	return p
}

func nonEmpty(in []string) []string {
	out := []string{}
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// MessageTemplate is the text for one stage (and language). Fallbacks give a
// value for a placeholder when the order has none (e.g. buyer_name → "there").
type MessageTemplate struct {
	Stage     string            `json:"stage"`
	Language  string            `json:"language"` // "en" unless the seller adds one
	Body      string            `json:"body"`
	Fallbacks map[string]string `json:"fallbacks"`
	IsDefault bool              `json:"isDefault"` // never edited, or reset
	UpdatedAt int64             `json:"updatedAt"`
}

// Shipping triggers for the shipping update.
const (
	ShippingTriggerRTS     = "rts"     // label created (RTS Time), else Shipped Time
	ShippingTriggerShipped = "shipped" // Shipped Time only
)

// TimelineSettings are the timeline's triggers, windows and guard limits.
type TimelineSettings struct {
	ShippingTrigger         string   `json:"shippingTrigger"`         // rts | shipped
	CheckInDays             int      `json:"checkInDays"`             // after delivery, 2–14
	DefaultReviewDelayDays  int      `json:"defaultReviewDelayDays"`  // SKUs without their own, 1–60
	ReviewWindowDays        int      `json:"reviewWindowDays"`        // review request expires after, 7–60
	ReplenishmentPercent    int      `json:"replenishmentPercent"`    // of the usage cycle, 60–80
	ReplenishmentWindowDays int      `json:"replenishmentWindowDays"` // 3–30
	StaleDays               int      `json:"staleDays"`               // a stage whose next stage never starts expires after, 3–60
	OverdueHours            int      `json:"overdueHours"`            // due longer than this is overdue, 1–168
	ShipWeekdays            []int    `json:"shipWeekdays"`            // 0 = Sunday … 6 = Saturday
	ChatLimit               int      `json:"chatLimit"`               // characters, 100–10000
	LinkAllowList           []string `json:"linkAllowList"`           // domains, subdomains included
	Language                string   `json:"language"`                // template language used for the queue
}

// DefaultLinkAllowList is TikTok plus the common carriers' tracking sites.
var DefaultLinkAllowList = []string{
	"tiktok.com", "usps.com", "ups.com", "fedex.com", "dhl.com", "ontrac.com", "jtexpress.com", "jtexpress.ph",
	"kuronekoyamato.co.jp", "sagawa-exp.co.jp", "japanpost.jp", "canadapost-postescanada.ca", "royalmail.com",
	"auspost.com.au", "ninjavan.co", "flashexpress.co.th", "17track.net",
}

// DefaultTimelineSettings are what a new shop starts with.
func DefaultTimelineSettings() TimelineSettings {
	return TimelineSettings{
		ShippingTrigger: ShippingTriggerRTS, CheckInDays: 3, DefaultReviewDelayDays: 7, ReviewWindowDays: 30,
		ReplenishmentPercent: 70, ReplenishmentWindowDays: 14, StaleDays: 14, OverdueHours: 24,
		ShipWeekdays: []int{1, 2, 3, 4, 5}, ChatLimit: 1000,
		LinkAllowList: append([]string(nil), DefaultLinkAllowList...), Language: "en",
	}
}

// Validate returns field -> problem; empty when valid.
func (s TimelineSettings) Validate() map[string]string {
	p := map[string]string{}
	between := func(field string, v, lo, hi int, what string) {
		if v < lo || v > hi {
			p[field] = fmt.Sprintf("%s is between %d and %d.", what, lo, hi)
		}
	}
	if s.ShippingTrigger != ShippingTriggerRTS && s.ShippingTrigger != ShippingTriggerShipped {
		p["shippingTrigger"] = "Choose label created or shipped."
	}
	between("checkInDays", s.CheckInDays, 2, 14, "The support check-in (days after delivery)")
	between("defaultReviewDelayDays", s.DefaultReviewDelayDays, 1, 60, "The review delay (days after delivery)")
	between("reviewWindowDays", s.ReviewWindowDays, 7, 60, "The review request window (days)")
	between("replenishmentPercent", s.ReplenishmentPercent, 60, 80, "The replenishment timing (% of the usage cycle)")
	between("replenishmentWindowDays", s.ReplenishmentWindowDays, 3, 30, "The replenishment window (days)")
	between("staleDays", s.StaleDays, 3, 60, "The longest a stage stays due (days)")
	between("overdueHours", s.OverdueHours, 1, 168, "Overdue after (hours)")
	between("chatLimit", s.ChatLimit, 100, 10000, "The chat length limit (characters)")
	if len(s.ShipWeekdays) == 0 {
		p["shipWeekdays"] = "Choose at least one weekday you ship on."
	}
	for _, d := range s.ShipWeekdays {
		if d < 0 || d > 6 {
			p["shipWeekdays"] = "Weekdays are 0 (Sunday) to 6 (Saturday)."
		}
	}
	for _, d := range s.LinkAllowList {
		if d == "" || strings.ContainsAny(d, " /:@") || !strings.Contains(d, ".") {
			p["linkAllowList"] = fmt.Sprintf("%q is not a domain such as tiktok.com.", d)
		}
	}
	if s.Language == "" || len(s.Language) > 10 {
		p["language"] = "Choose a language code such as en."
	}
	return p
}

// Normalize lower-cases and trims domains and removes duplicate weekdays.
func (s TimelineSettings) Normalize() TimelineSettings {
	var domains []string
	seen := map[string]bool{}
	for _, d := range s.LinkAllowList {
		d = strings.ToLower(strings.TrimSpace(d))
		d = strings.TrimPrefix(strings.TrimPrefix(d, "https://"), "http://")
		d = strings.TrimPrefix(strings.TrimSuffix(d, "/"), "www.")
		if d != "" && !seen[d] {
			seen[d] = true
			domains = append(domains, d)
		}
	}
	s.LinkAllowList = domains
	if s.LinkAllowList == nil {
		s.LinkAllowList = []string{}
	}
	days := map[int]bool{}
	var week []int
	for d := 0; d <= 6; d++ {
		for _, x := range s.ShipWeekdays {
			if x == d && !days[d] {
				days[d] = true
				week = append(week, d)
			}
		}
	}
	for _, x := range s.ShipWeekdays {
		if x < 0 || x > 6 {
			week = append(week, x) // kept so Validate reports it
		}
	}
	s.ShipWeekdays = week
	s.Language = strings.ToLower(strings.TrimSpace(s.Language))
	return s
}
