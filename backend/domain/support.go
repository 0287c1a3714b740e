package domain

import (
	"fmt"
	"strings"
)

// Support triage. Keys are stored in the database and cross
// the binding, so they never change; labels are English defaults the UI may
// translate by key.

// Ticket channels.
const (
	ChannelTikTokChat    = "tiktok_chat"
	ChannelProductReview = "product_review"
	ChannelVideoComment  = "video_comment"
	ChannelOther         = "other"
)

// Channels lists every channel key.
var Channels = []string{ChannelTikTokChat, ChannelProductReview, ChannelVideoComment, ChannelOther}

// Ticket statuses, in the order of the standard flow.
const (
	TicketNew               = "new"
	TicketAcknowledged      = "acknowledged"
	TicketWaitingForProof   = "waiting_for_proof"
	TicketDiagnosing        = "diagnosing"
	TicketResolutionOffered = "resolution_offered"
	TicketResolved          = "resolved"
	TicketClosed            = "closed"
)

// TicketStatuses lists every status in flow order.
var TicketStatuses = []string{TicketNew, TicketAcknowledged, TicketWaitingForProof, TicketDiagnosing,
	TicketResolutionOffered, TicketResolved, TicketClosed}

// Root causes a closed ticket is tagged with.
const (
	RootCausePackoutError        = "packout_error"
	RootCauseUnclearInstructions = "unclear_instructions"
	RootCauseFragileComponent    = "fragile_component"
	RootCauseMisleadingListing   = "misleading_listing"
	RootCauseCarrier             = "carrier"
	RootCauseSupplierDefect      = "supplier_defect"
	RootCauseBuyersRemorse       = "buyers_remorse"
	RootCauseOther               = "other"
)

// RootCauses lists every root cause key with its label.
var RootCauses = []Option{
	{RootCausePackoutError, "Packout error"},
	{RootCauseUnclearInstructions, "Unclear instructions"},
	{RootCauseFragileComponent, "Fragile component"},
	{RootCauseMisleadingListing, "Misleading photo or listing"},
	{RootCauseCarrier, "Carrier"},
	{RootCauseSupplierDefect, "Supplier defect"},
	{RootCauseBuyersRemorse, "Buyer's remorse"},
	{RootCauseOther, "Other"},
}

// Resolutions, from the cheapest allowed to the most costly.
const (
	ResolutionTroubleshooting = "troubleshooting"
	ResolutionReplacementPart = "replacement_part"
	ResolutionExchange        = "exchange"
	ResolutionReturn          = "return"
	ResolutionRefund          = "refund"
)

// Resolutions lists every resolution key with its label.
var Resolutions = []Option{
	{ResolutionTroubleshooting, "Troubleshooting"},
	{ResolutionReplacementPart, "Replacement part"},
	{ResolutionExchange, "Exchange"},
	{ResolutionReturn, "Return"},
	{ResolutionRefund, "Refund"},
}

// Option is a stable key with its default label.
type Option struct {
	Key   string `json:"key"`
	Label string `json:"label"`
}

// Proof items a buyer may be asked for, once per ticket.
const (
	ProofOrderNumber   = "order_number"
	ProofPhotos        = "photos"         // one or two photos
	ProofShortVideo    = "short_video"    // a short video of the problem
	ProofPackagePhoto  = "package_photo"  // the outer box and label
	ProofTrackingPhoto = "delivery_photo" // where the carrier says it left the parcel
)

// Category is one support category with its subcategories.
type Category struct {
	Key           string        `json:"key"`
	Label         string        `json:"label"`
	Subcategories []Subcategory `json:"subcategories"`
}

// Subcategory says what proof to collect for it.
type Subcategory struct {
	Key   string   `json:"key"`
	Label string   `json:"label"`
	Proof []string `json:"proof"`
}

// Category keys.
const (
	CategoryShipping    = "shipping"
	CategoryProduct     = "product_issue"
	CategoryUsage       = "usage"
	CategoryExpectation = "expectation_mismatch"
)

// Subcategory keys. They are unique across categories, so a subcategory key
// alone identifies its category.
const (
	SubTrackingNotUpdating   = "tracking_not_updating"
	SubDeliveredNotReceived  = "delivered_not_received"
	SubWrongAddress          = "wrong_address"
	SubDamaged               = "damaged"
	SubMissingParts          = "missing_parts"
	SubDefective             = "defective"
	SubWrongVariant          = "wrong_variant"
	SubDoesNotWork           = "does_not_work"
	SubSizingFit             = "sizing_fit"
	SubSetupError            = "setup_error"
	SubColorSizePerception   = "color_size_perception"
	SubPerformanceAssumption = "performance_assumption"
)

// SupportTaxonomy is the category tree every ticket is filed in, with the
// proof each subcategory asks the buyer for.
var SupportTaxonomy = []Category{
	{CategoryShipping, "Shipping", []Subcategory{
		{SubTrackingNotUpdating, "Tracking not updating", []string{ProofOrderNumber}},
		{SubDeliveredNotReceived, "Delivered, not received", []string{ProofOrderNumber, ProofTrackingPhoto}},
		{SubWrongAddress, "Wrong address", []string{ProofOrderNumber}},
	}},
	{CategoryProduct, "Product issue", []Subcategory{
		{SubDamaged, "Damaged", []string{ProofOrderNumber, ProofPhotos, ProofPackagePhoto}},
		{SubMissingParts, "Missing parts", []string{ProofOrderNumber, ProofPhotos}},
		{SubDefective, "Defective", []string{ProofOrderNumber, ProofShortVideo}},
		{SubWrongVariant, "Wrong variant", []string{ProofOrderNumber, ProofPhotos}},
	}},
	{CategoryUsage, "Usage", []Subcategory{
		{SubDoesNotWork, "Doesn't work", []string{ProofOrderNumber, ProofShortVideo}},
		{SubSizingFit, "Sizing / fit", []string{ProofOrderNumber, ProofPhotos}},
		{SubSetupError, "Setup error", []string{ProofOrderNumber, ProofShortVideo}},
	}},
	{CategoryExpectation, "Expectation mismatch", []Subcategory{
		{SubColorSizePerception, "Color / size perception", []string{ProofOrderNumber, ProofPhotos}},
		{SubPerformanceAssumption, "Performance assumption", []string{ProofOrderNumber}},
	}},
}

// FindSubcategory returns the category and subcategory for a subcategory key.
func FindSubcategory(key string) (Category, Subcategory, bool) {
	for _, c := range SupportTaxonomy {
		for _, s := range c.Subcategories {
			if s.Key == key {
				return c, s, true
			}
		}
	}
	return Category{}, Subcategory{}, false
}

// IsCategory reports whether key is a category key.
func IsCategory(key string) bool {
	for _, c := range SupportTaxonomy {
		if c.Key == key {
			return true
		}
	}
	return false
}

// ProofFor lists the proof items to ask for once; unknown subcategories ask
// only for the order number.
func ProofFor(subcategory string) []string {
	if _, s, ok := FindSubcategory(subcategory); ok {
		return append([]string(nil), s.Proof...)
	}
	return []string{ProofOrderNumber}
}

func inKeys(key string, keys []string) bool {
	for _, k := range keys {
		if k == key {
			return true
		}
	}
	return false
}

func inOptions(key string, opts []Option) bool {
	for _, o := range opts {
		if o.Key == key {
			return true
		}
	}
	return false
}

// IsTicketStatus, IsChannel, IsRootCause and IsResolution check keys.
func IsTicketStatus(s string) bool { return inKeys(s, TicketStatuses) }
func IsChannel(s string) bool      { return inKeys(s, Channels) }
func IsRootCause(s string) bool    { return inOptions(s, RootCauses) }
func IsResolution(s string) bool   { return inOptions(s, Resolutions) }

// Ticket is one buyer conversation, review or comment being handled. Times
// are UTC Unix seconds; 0 = not yet.
type Ticket struct {
	ID         int64  `json:"id"`
	ExternalID string `json:"externalId"` // "" = typed in by hand
	OrderID    int64  `json:"orderId"`    // 0 = not linked
	// OrderExternalID is the linked order's platform ID (read only).
	OrderExternalID         string `json:"orderExternalId"`
	Channel                 string `json:"channel"`
	Category                string `json:"category"`
	Subcategory             string `json:"subcategory"`
	Status                  string `json:"status"`
	BuyerText               string `json:"buyerText"`
	AssigneeID              int64  `json:"assigneeId"` // 0 = unassigned
	OpenedAt                int64  `json:"openedAt"`
	FirstResponseAt         int64  `json:"firstResponseAt"`
	ClosedAt                int64  `json:"closedAt"`
	RootCause               string `json:"rootCause"`
	Resolution              string `json:"resolution"`
	FlaggedMissingRootCause bool   `json:"flaggedMissingRootCause"`
	// SKU is the line key the ticket is about; "" = the whole order.
	SKU       string     `json:"sku"`
	Tags      []string   `json:"tags"`
	Flow      TicketFlow `json:"flow"`
	CreatedAt int64      `json:"createdAt"`
	UpdatedAt int64      `json:"updatedAt"`
}

// Normalize trims free text.
func (t Ticket) Normalize() Ticket {
	t.ExternalID = strings.TrimSpace(t.ExternalID)
	t.BuyerText = strings.TrimSpace(t.BuyerText)
	t.SKU = strings.TrimSpace(t.SKU)
	t.Flow = t.Flow.Normalize()
	if t.Tags == nil {
		t.Tags = []string{}
	}
	if t.Status == "" {
		t.Status = TicketNew
	}
	if t.Channel == "" {
		t.Channel = ChannelOther
	}
	return t
}

// Validate returns field -> problem; empty when valid. Closing needs a root
// cause, so every closed ticket says why it happened; imported history is the
// one exception and is saved with FlaggedMissingRootCause instead (see
// CloseNeedsRootCause).
func (t Ticket) Validate() map[string]string {
	p := map[string]string{}
	if !IsChannel(t.Channel) {
		p["channel"] = "Choose where the buyer wrote: TikTok chat, product review, video comment or other."
	}
	if !IsTicketStatus(t.Status) {
		p["status"] = fmt.Sprintf("%q is not a ticket status.", t.Status)
	}
	if t.Category != "" && !IsCategory(t.Category) {
		p["category"] = fmt.Sprintf("%q is not a support category.", t.Category)
	}
	if t.Subcategory != "" {
		c, _, ok := FindSubcategory(t.Subcategory)
		if !ok || c.Key != t.Category {
			p["subcategory"] = "Choose a subcategory of the ticket's category."
		}
	}
	if t.RootCause != "" && !IsRootCause(t.RootCause) {
		p["rootCause"] = fmt.Sprintf("%q is not a root cause.", t.RootCause)
	}
	if t.Resolution != "" && !IsResolution(t.Resolution) {
		p["resolution"] = fmt.Sprintf("%q is not a resolution.", t.Resolution)
	}
	if t.OpenedAt <= 0 {
		p["openedAt"] = "A ticket needs the time the buyer wrote."
	}
	if t.FirstResponseAt != 0 && t.FirstResponseAt < t.OpenedAt {
		p["firstResponseAt"] = "The first reply cannot come before the buyer wrote."
	}
	if CloseNeedsRootCause(t) && !t.FlaggedMissingRootCause {
		p["rootCause"] = "Tag a root cause before closing: it is how repeat problems get fixed."
	}
	if len(t.BuyerText) > 20000 {
		p["buyerText"] = "The buyer's text is limited to 20,000 characters."
	}
	return p
}

// CloseNeedsRootCause reports whether t is closed without a root cause.
func CloseNeedsRootCause(t Ticket) bool {
	return t.Status == TicketClosed && t.RootCause == ""
}

// Ticket event kinds.
const (
	TicketEventReply  = "reply"
	TicketEventStatus = "status"
	TicketEventNote   = "note"
)

// TicketEvent is one thing that happened to a ticket.
type TicketEvent struct {
	ID         int64  `json:"id"`
	TicketID   int64  `json:"ticketId"`
	Kind       string `json:"kind"`
	At         int64  `json:"at"`
	TeammateID int64  `json:"teammateId"`
	Body       string `json:"body"`
}

// SavedReply is a reusable reply with placeholder fallbacks, checked by the
// policy guard before it is saved.
type SavedReply struct {
	ID          int64             `json:"id"`
	Title       string            `json:"title"`
	Category    string            `json:"category"`
	Subcategory string            `json:"subcategory"`
	Body        string            `json:"body"`
	Fallbacks   map[string]string `json:"fallbacks"`
	Shortcut    string            `json:"shortcut"`
}

// ChannelOptions and StatusOptions are the channel and status keys with
// their default labels.
var ChannelOptions = []Option{
	{ChannelTikTokChat, "TikTok chat"}, {ChannelProductReview, "Product review"},
	{ChannelVideoComment, "Video comment"}, {ChannelOther, "Other"},
}

var StatusOptions = []Option{
	{TicketNew, "New"}, {TicketAcknowledged, "Acknowledged"}, {TicketWaitingForProof, "Waiting for proof"},
	{TicketDiagnosing, "Diagnosing"}, {TicketResolutionOffered, "Resolution offered"}, {TicketResolved, "Resolved"},
	{TicketClosed, "Closed"},
}

// SupportLabels maps every support key (channel, category, subcategory,
// status, root cause, resolution) to its default label; "" maps to "".
func SupportLabels() map[string]string {
	m := map[string]string{"": ""}
	for _, c := range SupportTaxonomy {
		m[c.Key] = c.Label
		for _, s := range c.Subcategories {
			m[s.Key] = s.Label
		}
	}
	for _, list := range [][]Option{RootCauses, Resolutions, ChannelOptions, StatusOptions} {
		for _, o := range list {
			m[o.Key] = o.Label
		}
	}
	return m
}
