package domain

import (
	"fmt"
	"strings"
	"time"
)

// Voice-of-Customer log. Keys are stored and cross the
// binding, so they never change; labels are English defaults.

// VoC entry statuses, in the order an entry usually moves through them.
const (
	VocOpen     = "open"
	VocFixing   = "fixing"
	VocShipped  = "shipped"
	VocVerified = "verified"
	VocWontFix  = "wont_fix"
)

// VocStatuses lists every status with its label.
var VocStatuses = []Option{
	{VocOpen, "Open"}, {VocFixing, "Fixing"}, {VocShipped, "Fix shipped"}, {VocVerified, "Verified"}, {VocWontFix, "Won't fix"},
}

// What changed to fix the problem.
const (
	FixInsertCard = "insert_card"
	FixListing    = "listing"
	FixSupplier   = "supplier"
	FixPackaging  = "packaging"
	FixOther      = "other"
)

// FixKinds lists every fix kind with its label.
var FixKinds = []Option{
	{FixInsertCard, "Insert card"}, {FixListing, "Listing change"}, {FixSupplier, "Supplier change"},
	{FixPackaging, "Packaging"}, {FixOther, "Other"},
}

// Fix owners: a team function, or OwnerTeammate with OwnerTeammateID.
const (
	OwnerOps      = "ops"
	OwnerCreative = "creative"
	OwnerSupplier = "supplier"
	OwnerSupport  = "support"
	OwnerTeammate = "teammate"
)

// VocOwners lists the team functions that can own a fix.
var VocOwners = []Option{
	{OwnerOps, "Ops"}, {OwnerCreative, "Creative"}, {OwnerSupplier, "Supplier"}, {OwnerSupport, "Support"},
}

// DateLayout is how calendar dates travel: shop-local YYYY-MM-DD.
const DateLayout = "2006-01-02"

// VocMaxSKUs keeps an entry about a product problem, not the whole catalogue.
const VocMaxSKUs = 100

// VocEntry is one recurring problem and what is being done about it. Its
// frequency and impact are computed (backend/voc), never stored.
type VocEntry struct {
	ID          int64  `json:"id"`
	Title       string `json:"title"`
	Category    string `json:"category"`
	Subcategory string `json:"subcategory"`
	// RootCause is a root cause key; with Subcategory it picks the tickets
	// and returns that count towards the frequency.
	RootCause       string   `json:"rootCause"`
	RootCauseDetail string   `json:"rootCauseDetail"`
	SKUs            []string `json:"skus"`
	Fix             string   `json:"fix"`
	FixKind         string   `json:"fixKind"`
	FixCardID       int64    `json:"fixCardId"` // 0 = no insert card linked
	FixReference    string   `json:"fixReference"`
	Owner           string   `json:"owner"`
	OwnerTeammateID int64    `json:"ownerTeammateId"` // with Owner "teammate"
	// FixShippedOn is the shop-local date the fix shipped, YYYY-MM-DD; "" =
	// not yet. The "after" window starts at midnight of it in the shop zone.
	FixShippedOn string `json:"fixShippedOn"`
	Status       string `json:"status"`
	Notes        string `json:"notes"`
	CreatedAt    int64  `json:"createdAt"`
	UpdatedAt    int64  `json:"updatedAt"`
	DeletedAt    int64  `json:"deletedAt"` // 0 = live
}

// Normalize trims text, drops blank and repeated SKUs, fills the category
// from the subcategory and starts a new entry as open (shipped when it
// arrives with a shipped date).
func (e VocEntry) Normalize() VocEntry {
	e.Title = strings.TrimSpace(e.Title)
	e.Category = strings.TrimSpace(e.Category)
	e.Subcategory = strings.TrimSpace(e.Subcategory)
	e.RootCause = strings.TrimSpace(e.RootCause)
	e.RootCauseDetail = strings.TrimSpace(e.RootCauseDetail)
	e.Fix = strings.TrimSpace(e.Fix)
	e.FixReference = strings.TrimSpace(e.FixReference)
	e.FixShippedOn = strings.TrimSpace(e.FixShippedOn)
	e.Notes = strings.TrimSpace(e.Notes)
	e.Owner = strings.ToLower(strings.TrimSpace(e.Owner))
	seen := map[string]bool{}
	skus := make([]string, 0, len(e.SKUs))
	for _, k := range e.SKUs {
		k = strings.TrimSpace(k)
		if k != "" && !seen[k] {
			seen[k] = true
			skus = append(skus, k)
		}
	}
	e.SKUs = skus
	if e.Category == "" && e.Subcategory != "" {
		if c, _, ok := FindSubcategory(e.Subcategory); ok {
			e.Category = c.Key
		}
	}
	if e.Status == "" {
		e.Status = VocOpen
		if e.FixShippedOn != "" {
			e.Status = VocShipped
		}
	}
	if e.Owner != OwnerTeammate {
		e.OwnerTeammateID = 0
	}
	return e
}

// Validate returns field -> problem; empty when valid.
func (e VocEntry) Validate() map[string]string {
	p := map[string]string{}
	switch {
	case e.Title == "":
		p["title"] = "Describe the issue in a few words."
	case len([]rune(e.Title)) > 200:
		p["title"] = "The issue is limited to 200 characters."
	}
	if e.Category != "" && !IsCategory(e.Category) {
		p["category"] = fmt.Sprintf("%q is not a support category.", e.Category)
	}
	if e.Subcategory != "" {
		c, _, ok := FindSubcategory(e.Subcategory)
		if !ok {
			p["subcategory"] = fmt.Sprintf("%q is not a support subcategory.", e.Subcategory)
		} else if c.Key != e.Category {
			p["subcategory"] = "Choose a subcategory of the entry's category."
		}
	}
	if e.RootCause != "" && !IsRootCause(e.RootCause) {
		p["rootCause"] = fmt.Sprintf("%q is not a root cause.", e.RootCause)
	}
	switch {
	case len(e.SKUs) == 0:
		p["skus"] = "Add at least one affected SKU: frequency and impact are counted on them."
	case len(e.SKUs) > VocMaxSKUs:
		p["skus"] = fmt.Sprintf("An entry covers at most %d SKUs.", VocMaxSKUs)
	}
	for _, k := range e.SKUs {
		if len(k) > 200 {
			p["skus"] = "A SKU is at most 200 characters."
		}
	}
	if e.FixKind != "" && !inOptions(e.FixKind, FixKinds) {
		p["fixKind"] = fmt.Sprintf("%q is not a kind of fix.", e.FixKind)
	}
	if e.FixCardID < 0 {
		p["fixCardId"] = "Choose an insert card."
	}
	switch {
	case e.Owner == "" || inOptions(e.Owner, VocOwners):
	case e.Owner == OwnerTeammate:
		if e.OwnerTeammateID <= 0 {
			p["ownerTeammateId"] = "Choose the teammate who owns the fix."
		}
	default:
		p["owner"] = fmt.Sprintf("%q is not an owner: choose Ops, Creative, Supplier, Support or a teammate.", e.Owner)
	}
	if e.FixShippedOn != "" {
		d, err := time.Parse(DateLayout, e.FixShippedOn)
		if err != nil || d.Year() < 2000 || d.Year() > 2100 {
			p["fixShippedOn"] = "The fix shipped date is a date such as 2026-03-02."
		}
	}
	if !inOptions(e.Status, VocStatuses) {
		p["status"] = fmt.Sprintf("%q is not a status of an entry.", e.Status)
	} else if (e.Status == VocShipped || e.Status == VocVerified) && e.FixShippedOn == "" {
		p["fixShippedOn"] = "Set the date the fix shipped: the before/after comparison starts from it."
	}
	if len(e.Fix) > 5000 || len(e.RootCauseDetail) > 5000 || len(e.FixReference) > 2000 {
		p["fix"] = "The fix and root cause texts are limited to 5,000 characters."
	}
	if len(e.Notes) > 20000 {
		p["notes"] = "Notes are limited to 20,000 characters."
	}
	return p
}

// IsVocStatus reports whether s is an entry status key.
func IsVocStatus(s string) bool { return inOptions(s, VocStatuses) }
