package domain

import "fmt"

// Dispute kinds: what a buyer's dispute on the platform is about.
const (
	DisputeNonDelivery      = "non_delivery"
	DisputeNotAsDescribed   = "not_as_described"
	DisputeDamaged          = "damaged"
	DisputeDefective        = "defective"
	DisputeBuyersRemorse    = "buyers_remorse"
	EvidenceTracking        = "tracking_history"
	EvidenceDeliveryPhoto   = "delivery_photo"
	EvidenceListingPhotos   = "listing_photos"
	EvidencePackingPhoto    = "packing_photo"
	EvidenceBuyerPhotos     = "buyer_photos"
	EvidenceChatLog         = "chat_log"
	EvidenceTestVideo       = "test_video"
	EvidenceReturnPolicy    = "return_policy"
	EvidenceOfferedSolution = "offered_solution"
)

// DisputeKind is a dispute type with the evidence to gather for it, strongest
// first.
type DisputeKind struct {
	Key      string   `json:"key"`
	Label    string   `json:"label"`
	Evidence []string `json:"evidence"`
}

// DisputeKinds lists every dispute type.
var DisputeKinds = []DisputeKind{
	{DisputeNonDelivery, "Non-delivery", []string{EvidenceTracking, EvidenceDeliveryPhoto, EvidenceChatLog}},
	{DisputeNotAsDescribed, "Not as described", []string{EvidenceListingPhotos, EvidenceBuyerPhotos, EvidenceChatLog, EvidenceOfferedSolution}},
	{DisputeDamaged, "Damaged", []string{EvidencePackingPhoto, EvidenceBuyerPhotos, EvidenceTracking, EvidenceOfferedSolution}},
	{DisputeDefective, "Defective", []string{EvidenceTestVideo, EvidenceBuyerPhotos, EvidenceChatLog, EvidenceOfferedSolution}},
	{DisputeBuyersRemorse, "Buyer's remorse", []string{EvidenceListingPhotos, EvidenceReturnPolicy, EvidenceChatLog}},
}

// EvidenceLabels are the default labels of evidence items.
var EvidenceLabels = map[string]string{
	EvidenceTracking:        "Tracking history with carrier scans",
	EvidenceDeliveryPhoto:   "Carrier's proof-of-delivery photo",
	EvidenceListingPhotos:   "Listing photos and description as sold",
	EvidencePackingPhoto:    "Packing photo of this order",
	EvidenceBuyerPhotos:     "Buyer's photos or video",
	EvidenceChatLog:         "Chat log with the buyer",
	EvidenceTestVideo:       "Function test video of a unit from the same batch",
	EvidenceReturnPolicy:    "Return policy shown on the listing",
	EvidenceOfferedSolution: "The solution offered in writing",
}

// Dispute outcomes; "" = still open.
const (
	OutcomeWon      = "won"
	OutcomeLost     = "lost"
	OutcomePartial  = "partial_refund"
	OutcomeWithdrew = "buyer_withdrew"
)

// DisputeOutcomes lists the outcomes with labels.
var DisputeOutcomes = []Option{
	{OutcomeWon, "Won"},
	{OutcomeLost, "Lost (refunded)"},
	{OutcomePartial, "Partial refund"},
	{OutcomeWithdrew, "Buyer withdrew"},
}

// FindDisputeKind returns the kind for a key.
func FindDisputeKind(key string) (DisputeKind, bool) {
	for _, k := range DisputeKinds {
		if k.Key == key {
			return k, true
		}
	}
	return DisputeKind{}, false
}

// Dispute is a ticket that became a platform dispute. Times are UTC Unix
// seconds.
type Dispute struct {
	ID         int64    `json:"id"`
	TicketID   int64    `json:"ticketId"`
	Kind       string   `json:"kind"`
	OpenedAt   int64    `json:"openedAt"`
	DeadlineAt int64    `json:"deadlineAt"`
	Evidence   []string `json:"evidence"` // evidence item keys gathered
	ReturnID   int64    `json:"returnId"` // 0 = no linked return
	Outcome    string   `json:"outcome"`
	OutcomeAt  int64    `json:"outcomeAt"`
	Notes      string   `json:"notes"`
}

// Validate returns field -> problem; empty when valid.
func (d Dispute) Validate() map[string]string {
	p := map[string]string{}
	k, ok := FindDisputeKind(d.Kind)
	if !ok {
		p["kind"] = "Choose the dispute type: non-delivery, not as described, damaged, defective or buyer's remorse."
	}
	for _, e := range d.Evidence {
		if ok && !inKeys(e, k.Evidence) {
			p["evidence"] = fmt.Sprintf("%q is not evidence for this dispute type.", e)
		}
	}
	if d.Outcome != "" && !inOptions(d.Outcome, DisputeOutcomes) {
		p["outcome"] = fmt.Sprintf("%q is not a dispute outcome.", d.Outcome)
	}
	if d.OpenedAt <= 0 {
		p["openedAt"] = "A dispute needs the time it was opened."
	}
	if len(d.Notes) > 20000 {
		p["notes"] = "Notes are limited to 20,000 characters."
	}
	return p
}

// SupportSettings are the support area's shop policy.
type SupportSettings struct {
	// AckHours is the time frame promised in acknowledgements ({{hours}}).
	AckHours int `json:"ackHours"` // 1–168
	// Use24h: the shop's region measures chats answered within 24 hours, so
	// "breached" and "breaching soon" use 24 h instead of 12 h.
	Use24h bool `json:"use24h"`
	// DisputeDays is the working days a seller has to answer a dispute.
	DisputeDays int   `json:"disputeDays"` // 1–30
	WorkWeek    []int `json:"workWeek"`    // 0 = Sunday … 6 = Saturday
	// AllowedResolutions are the resolutions the shop offers without asking
	// the owner; the flow suggests the nearest allowed one.
	AllowedResolutions []string `json:"allowedResolutions"`
}

// DefaultSupportSettings: a one-day promise, TikTok's 12-hour chat window,
// three working days for disputes, every resolution allowed.
func DefaultSupportSettings() SupportSettings {
	all := make([]string, 0, len(Resolutions))
	for _, r := range Resolutions {
		all = append(all, r.Key)
	}
	return SupportSettings{AckHours: 24, DisputeDays: 3, WorkWeek: []int{1, 2, 3, 4, 5}, AllowedResolutions: all}
}

// Validate returns field -> problem; empty when valid.
func (s SupportSettings) Validate() map[string]string {
	p := map[string]string{}
	if s.AckHours < 1 || s.AckHours > 168 {
		p["ackHours"] = "The reply time frame is 1 to 168 hours."
	}
	if s.DisputeDays < 1 || s.DisputeDays > 30 {
		p["disputeDays"] = "The dispute deadline is 1 to 30 working days."
	}
	if len(s.WorkWeek) == 0 {
		p["workWeek"] = "Pick at least one working day."
	}
	for _, d := range s.WorkWeek {
		if d < 0 || d > 6 {
			p["workWeek"] = "Working days are Sunday (0) to Saturday (6)."
		}
	}
	if len(s.AllowedResolutions) == 0 {
		p["allowedResolutions"] = "Allow at least one resolution."
	}
	for _, r := range s.AllowedResolutions {
		if !IsResolution(r) {
			p["allowedResolutions"] = fmt.Sprintf("%q is not a resolution.", r)
		}
	}
	return p
}
