package cards

import (
	"regexp"
	"strconv"
	"strings"
)

// Product is what a card can say about one SKU.
type Product struct {
	Key           string   `json:"key"`
	Name          string   `json:"name"`
	Variant       string   `json:"variant"`
	IncludedItems []string `json:"includedItems"`
	SetupSteps    []string `json:"setupSteps"`
	CommonIssue   string   `json:"commonIssue"`
	CommonFixes   []string `json:"commonFixes"`
	CareTips      []string `json:"careTips"`
}

// MergeData fills the fields of one card.
type MergeData struct {
	Product    *Product // nil: the designer has no SKU chosen; sample text is shown
	ShopName   string
	ShopHandle string // without the @
}

// Field describes one {{field}} for the designer's insert menu.
type Field struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	List  string `json:"list,omitempty"` // checklist | numbered | bullets: one line per entry
}

// Fields are the product and shop fields a card text can use.
var Fields = []Field{
	{"product_name", "Product name", ""},
	{"variant", "Variant", ""},
	{"included_items", "Included items (checklist)", "checklist"},
	{"setup_steps", "Setup steps (numbered)", "numbered"},
	{"common_fix", "Most common fix", ""},
	{"care_tips", "Care tips (bullets)", "bullets"},
	{"shop_name", "Shop name", ""},
	{"shop_handle", "Shop handle", ""},
}

// SampleProduct is shown in the designer before a SKU is chosen.
var SampleProduct = Product{
	Key: "SAMPLE", Name: "Sample product", Variant: "Default",
	IncludedItems: []string{"The product", "Charging cable", "Quick start card"},
	SetupSteps:    []string{"Unpack everything and check the list.", "Charge it fully before first use.", "Press and hold the button for 2 seconds."},
	CommonIssue:   "It will not turn on", CommonFixes: []string{"Charge it for 30 minutes, then hold the button for 5 seconds."},
	CareTips: []string{"Wipe with a dry cloth.", "Keep away from water and heat."},
}

// Markers before a paragraph of a list field.
const (
	MarkerNone   = ""
	MarkerBox    = "box"    // an empty checkbox, drawn as a square
	MarkerNumber = "number" // "1."
	MarkerBullet = "bullet" // "•"
)

// Paragraph is one merged paragraph of a text box.
type Paragraph struct {
	Text   string
	Marker string
	Number int
}

// MergeResult is a merged text with what went wrong.
type MergeResult struct {
	Paragraphs []Paragraph
	Unknown    []string // {{names}} that are not fields
	Empty      []string // fields with no value for this product
}

var fieldRe = regexp.MustCompile(`\{\{\s*([a-zA-Z_]+)\s*\}\}`)

// Merge fills the {{fields}} of text. A list field becomes one paragraph per
// entry with its marker; text around it keeps its own paragraphs. Fields
// are filled verbatim: field values are never re-scanned for fields.
func Merge(text string, data MergeData) MergeResult {
	var res MergeResult
	product := data.Product
	if product == nil {
		product = &SampleProduct
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			// An empty source line is spacing the designer asked for.
			res.Paragraphs = append(res.Paragraphs, Paragraph{})
			continue
		}
		var cur strings.Builder
		flush := func() {
			if s := strings.TrimSpace(cur.String()); s != "" {
				res.Paragraphs = append(res.Paragraphs, Paragraph{Text: s})
			}
			cur.Reset()
		}
		last := 0
		for _, m := range fieldRe.FindAllStringSubmatchIndex(line, -1) {
			cur.WriteString(line[last:m[0]])
			last = m[1]
			name := strings.ToLower(line[m[2]:m[3]])
			if list, marker := listField(name, product); marker != "" {
				flush()
				n := 0
				for _, item := range list {
					if item = strings.TrimSpace(item); item != "" {
						n++
						res.Paragraphs = append(res.Paragraphs, Paragraph{Text: item, Marker: marker, Number: n})
					}
				}
				if n == 0 {
					res.Empty = appendOnce(res.Empty, name)
				}
				continue
			}
			value, known := scalarField(name, product, data)
			if !known {
				res.Unknown = appendOnce(res.Unknown, line[m[0]:m[1]])
				cur.WriteString(line[m[0]:m[1]])
				continue
			}
			if strings.TrimSpace(value) == "" {
				res.Empty = appendOnce(res.Empty, name)
			}
			cur.WriteString(value)
		}
		cur.WriteString(line[last:])
		flush()
	}
	return res
}

func listField(name string, p *Product) ([]string, string) {
	switch name {
	case "included_items":
		return p.IncludedItems, MarkerBox
	case "setup_steps":
		return p.SetupSteps, MarkerNumber
	case "care_tips":
		return p.CareTips, MarkerBullet
	}
	return nil, ""
}

func scalarField(name string, p *Product, data MergeData) (string, bool) {
	switch name {
	case "product_name":
		return p.Name, true
	case "variant":
		return p.Variant, true
	case "common_fix":
		if len(p.CommonFixes) > 0 {
			return p.CommonFixes[0], true
		}
		return "", true
	case "common_issue":
		return p.CommonIssue, true
	case "shop_name":
		return data.ShopName, true
	case "shop_handle":
		if h := strings.TrimPrefix(strings.TrimSpace(data.ShopHandle), "@"); h != "" {
			return "@" + h, true
		}
		return "", true
	}
	return "", false
}

// MergeInline fills scalar fields only (for QR contents); list fields are
// joined with commas.
func MergeInline(text string, data MergeData) string {
	product := data.Product
	if product == nil {
		product = &SampleProduct
	}
	return fieldRe.ReplaceAllStringFunc(text, func(tok string) string {
		name := strings.ToLower(strings.TrimSpace(tok[2 : len(tok)-2]))
		if list, marker := listField(name, product); marker != "" {
			return strings.Join(list, ", ")
		}
		if v, ok := scalarField(name, product, data); ok {
			return v
		}
		return tok
	})
}

func appendOnce(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

func numberLabel(n int) string { return strconv.Itoa(n) + "." }
