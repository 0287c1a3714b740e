// Package demo builds the "demo shop": about six months of a fictional TikTok
// Shop seller, written as export files in TikTok Shop's US format so that the
// demo goes through the same import pipeline as a real seller's data.
//
// Everything is derived from Config.Seed: the same seed, time and shop give
// byte-identical files.
package demo

// Product categories used by the default shop. They match the short category
// names of the US order export ("Apparel", "Home").
const (
	CategoryApparel     = "Apparel"
	CategoryBeauty      = "Beauty"
	CategoryHome        = "Home"
	CategoryElectronics = "Electronics"
)

// Product is one SKU of the demo shop, with the content the timeline and card
// screens need (included items, setup steps, the common issue and its fixes).
type Product struct {
	SellerSKU      string   `json:"sellerSku"` // empty for some SKUs: the importer falls back to SKUID
	SKUID          string   `json:"skuId"`
	Name           string   `json:"name"`
	Variation      string   `json:"variation"`
	Category       string   `json:"category"`
	PriceCents     int64    `json:"priceCents"`
	IncludedItems  []string `json:"includedItems"`
	SetupSteps     []string `json:"setupSteps"`
	CommonIssue    string   `json:"commonIssue"`
	CommonFixes    []string `json:"commonFixes"`
	CareTips       []string `json:"careTips"`
	UsageCycleDays int      `json:"usageCycleDays"` // 0 for products that are not used up

	// Popularity is the SKU's relative share of order lines; 0 counts as 1.
	Popularity int `json:"popularity"`
	// WeightGrams feeds the export's Weight(kg) column and the shipping fee.
	WeightGrams int `json:"weightGrams"`
	// Defect plants a quality problem that shows up in returns; nil for none.
	Defect *Defect `json:"defect,omitempty"`
}

// Defect is a planted quality problem: it raises the SKU's returns with one
// reason, so the Voice-of-Customer and scorecard screens have something to find.
type Defect struct {
	Issue      string   `json:"issue"`      // e.g. "Lamp flickers after warming up"
	Reason     string   `json:"reason"`     // return reason, e.g. "Defective"
	ReturnRate float64  `json:"returnRate"` // extra share of delivered lines returned for it
	Notes      []string `json:"notes"`      // buyer notes on those returns
	// FixedDaysAgo > 0 means the fix shipped that many days before Config.Now:
	// orders created after it are no longer affected (a before/after to compare).
	FixedDaysAgo int `json:"fixedDaysAgo"`
}

// TeamMember is a teammate of the demo shop. It is an alias so that a plain
// struct{Name, Role string} literal works as well.
type TeamMember = struct{ Name, Role string }

// ShopSpec is the fictional seller the demo is generated from: name, zone,
// currency, products and team.
type ShopSpec struct {
	Name           string       `json:"name"`
	Handle         string       `json:"handle"`
	TimeZone       string       `json:"timeZone"` // IANA name; file times are in this zone
	Currency       string       `json:"currency"` // ISO 4217; USD is written as "$19.99"
	ProcessingDays int          `json:"processingDays"`
	Products       []Product    `json:"products"`
	Team           []TeamMember `json:"team"`
}
