package cards

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"afterloop/backend/policy"
)

// TextFinding is a policy finding in one element's own text (offsets are
// into Element.Text, or Element.Content for QR codes).
type TextFinding struct {
	ElementID string `json:"elementId"`
	Field     string `json:"field"` // text | content
	policy.Finding
}

// Engine lays out designs. It caches what is costly and shared between
// cards: parsed fonts, decoded images, encoded QR codes.
type Engine struct {
	Fonts *FontBook

	mu     sync.Mutex
	images map[string]*ImageAsset // by source hash
	qrs    map[string]*QRGrid     // by content
}

// NewEngine returns an engine over a font book.
func NewEngine(fonts *FontBook) *Engine {
	return &Engine{Fonts: fonts, images: map[string]*ImageAsset{}, qrs: map[string]*QRGrid{}}
}

// Assets are images a design refers to by name ("brand:logo").
type Assets map[string]ImageAsset

// Defaults for text boxes.
const (
	DefaultLineHeight = 1.2
	MinPrintDPI       = 300
)

// Layout lays out one side of a design for one card's merge data.
func (e *Engine) Layout(d Design, side string, data MergeData, assets Assets) (*DisplayList, error) {
	s, ok := d.SideByName(side)
	if !ok {
		return nil, fmt.Errorf("the card has no %s side", side)
	}
	if side == "" {
		side = "front"
	}
	w, h, b := d.Size.WidthMm, d.Size.HeightMm, d.BleedMm
	dl := &DisplayList{Schema: SchemaVersion, Side: side, WidthMm: w, HeightMm: h, BleedMm: b, SafeMm: d.SafeMm,
		Trim: Rect{0, 0, w, h}, Bleed: Rect{-b, -b, w + 2*b, h + 2*b}, Safe: Rect{d.SafeMm, d.SafeMm, w - 2*d.SafeMm, h - 2*d.SafeMm},
		Items: []Item{}, Images: map[string]ImageAsset{}, Fonts: []FontRef{}, Warnings: []Warning{}, Findings: []TextFinding{}}
	if data.Product == nil {
		dl.warn(WarnSampleData, "", "No product chosen: product fields show sample text.")
	}
	bg := s.Background.Color
	if bg == "" {
		bg = "#FFFFFF"
	}
	dl.Items = append(dl.Items, Item{Kind: ItemRect, X: -b, Y: -b, W: w + 2*b, H: h + 2*b, Fill: normColor(bg)})
	if s.Background.Image != "" {
		if img, key, err := e.image(s.Background.Image, assets); err != nil {
			dl.warn(WarnMissingImage, "", "Background image: "+err.Error())
		} else {
			dl.Images[key] = *img
			box := dl.Bleed
			placed := fitRect(box, img, true)
			dl.Items = append(dl.Items, Item{Kind: ItemImage, X: placed.X, Y: placed.Y, W: placed.W, H: placed.H, Image: key,
				DPI: dpi(img, placed), Clip: &box})
		}
	}
	elements := make([]Element, len(s.Elements))
	copy(elements, s.Elements)
	sort.SliceStable(elements, func(i, j int) bool { return elements[i].Z < elements[j].Z })
	fonts := map[string]bool{}
	for _, el := range elements {
		switch el.Type {
		case ElementRect:
			stroke := ""
			if el.StrokeMm > 0 {
				stroke = normColor(orDefault(el.Stroke, "#000000"))
			}
			dl.Items = append(dl.Items, Item{Kind: ItemRect, ElementID: el.ID, X: el.X, Y: el.Y, W: el.W, H: el.H,
				Fill: normColor(el.Fill), Stroke: stroke, StrokeMm: el.StrokeMm, RadiusMm: math.Min(el.RadiusMm, math.Min(el.W, el.H)/2)})
		case ElementLine:
			dl.Items = append(dl.Items, Item{Kind: ItemLine, ElementID: el.ID, X: el.X, Y: el.Y, X2: el.X + el.W, Y2: el.Y + el.H,
				Stroke: normColor(orDefault(el.Stroke, orDefault(el.Color, "#000000"))), StrokeMm: orDefaultF(el.StrokeMm, 0.3)})
		case ElementImage:
			img, key, err := e.image(el.Src, assets)
			if err != nil {
				dl.warn(WarnMissingImage, el.ID, err.Error())
				continue
			}
			dl.Images[key] = *img
			placed := fitRect(Rect{el.X, el.Y, el.W, el.H}, img, false)
			it := Item{Kind: ItemImage, ElementID: el.ID, X: placed.X, Y: placed.Y, W: placed.W, H: placed.H, Image: key, DPI: dpi(img, placed)}
			if it.DPI < MinPrintDPI {
				dl.warn(WarnLowDPI, el.ID, fmt.Sprintf("This image prints at %.0f dpi at its size; use at least %d dpi (a larger image, or place it smaller) to print sharp.", it.DPI, MinPrintDPI))
			}
			dl.Items = append(dl.Items, it)
		case ElementQR:
			content := MergeInline(el.Content, data)
			for _, f := range policy.CheckCard(el.Content, nil) {
				if f.Rule != policy.RuleExternalLink {
					dl.Findings = append(dl.Findings, TextFinding{ElementID: el.ID, Field: "content", Finding: f})
				}
			}
			dl.Findings = append(dl.Findings, TextFinding{ElementID: el.ID, Field: "content", Finding: policy.QRFinding(el.Content)})
			grid, err := e.qr(content)
			if err != nil {
				dl.warn(WarnQRCode, el.ID, "This QR code cannot be made: "+err.Error())
				continue
			}
			side := math.Min(el.W, el.H)
			dl.Items = append(dl.Items, Item{Kind: ItemQR, ElementID: el.ID, X: el.X + (el.W-side)/2, Y: el.Y + (el.H-side)/2, W: side, H: side,
				Color: normColor(orDefault(el.Color, "#000000")), Fill: normColor(orDefault(el.Fill, "#FFFFFF")), QR: grid})
			if mod := side / float64(grid.Modules); mod < 0.33 {
				dl.warn(WarnQRCode, el.ID, fmt.Sprintf("The QR code's dots are %.2f mm: make it larger (at least 0.33 mm each) so phones can scan it.", mod))
			}
		case ElementText:
			it := e.layoutText(dl, el, data)
			if it.Font != "" && !fonts[it.Font] {
				fonts[it.Font] = true
				dl.Fonts = append(dl.Fonts, FontRef{Key: it.Font, Family: it.Family, Style: it.Style})
			}
			dl.Items = append(dl.Items, it)
		}
		if el.Type != ElementLine && el.Type != ElementRect && !inside(Rect{el.X, el.Y, el.W, el.H}, dl.Safe) {
			dl.warn(WarnOutsideSafe, el.ID, "Part of this element is outside the safe area and may be cut off.")
		}
	}
	return dl, nil
}

func (dl *DisplayList) warn(code, elementID, message string) {
	dl.Warnings = append(dl.Warnings, Warning{Code: code, ElementID: elementID, Message: message})
}

func inside(r, safe Rect) bool {
	const eps = 0.01
	return r.X >= safe.X-eps && r.Y >= safe.Y-eps && r.X+r.W <= safe.X+safe.W+eps && r.Y+r.H <= safe.Y+safe.H+eps
}

// layoutText merges, wraps and places a text box.
func (e *Engine) layoutText(dl *DisplayList, el Element, data MergeData) Item {
	for _, f := range policy.CheckCard(el.Text, fieldSpans(el.Text)) {
		dl.Findings = append(dl.Findings, TextFinding{ElementID: el.ID, Field: "text", Finding: f})
	}
	face, exact := e.Fonts.Resolve(orDefault(el.Font, DefaultFamily), el.Bold, el.Italic)
	if !exact && el.Font != "" {
		dl.warn(WarnFontFallback, el.ID, fmt.Sprintf("%s %s is not available; %s %s is used.", el.Font, StyleOf(el.Bold, el.Italic), face.Family, face.Style))
	}
	color := normColor(orDefault(el.Color, "#000000"))
	it := Item{Kind: ItemText, ElementID: el.ID, X: el.X, Y: el.Y, W: el.W, H: el.H, Font: face.Key(), Family: face.Family, Style: face.Style,
		SizePt: el.SizePt, SizeMm: ptToMm(el.SizePt), Color: color, Runs: []Run{}}
	merged := Merge(el.Text, data)
	for _, u := range merged.Unknown {
		dl.warn(WarnUnknownField, el.ID, u+" is not a field; it is printed as written.")
	}
	if data.Product != nil {
		for _, f := range merged.Empty {
			where := "Products"
			if f == "shop_name" || f == "shop_handle" {
				where = "Settings" // shop fields, not product content
			}
			dl.warn(WarnEmptyField, el.ID, fmt.Sprintf("{{%s}} is empty for %s: add it in %s, or it prints as nothing.", f, data.Product.Key, where))
		}
	}
	size := it.SizeMm
	lh := orDefaultF(el.LineHeight, DefaultLineHeight) * size
	indent := 0.0
	for _, p := range merged.Paragraphs {
		if p.Marker != MarkerNone {
			indent = math.Max(indent, markerWidth(face, el.SizePt, p))
		}
	}
	type placed struct {
		text   string
		x, w   float64
		marker *Paragraph
	}
	var lines []placed
	for i := range merged.Paragraphs {
		p := &merged.Paragraphs[i]
		left, width := 0.0, el.W
		if p.Marker != MarkerNone {
			left, width = indent, el.W-indent
		}
		for j, text := range wrap(face, el.SizePt, width, p.Text) {
			tw := face.Width(text, el.SizePt)
			x := left
			switch el.Align {
			case "center":
				x = left + (width-tw)/2
			case "right":
				x = left + width - tw
			}
			var m *Paragraph
			if j == 0 && p.Marker != MarkerNone {
				m = p
			}
			lines = append(lines, placed{text, x, tw, m})
		}
	}
	halfLeading := (lh - (face.ascent+face.descent)*size) / 2
	fit := len(lines)
	for fit > 0 && float64(fit-1)*lh+halfLeading+(face.ascent+face.descent)*size > el.H+0.01 {
		fit--
	}
	if fit < len(lines) {
		dl.warn(WarnOverflow, el.ID, fmt.Sprintf("The text does not fit: %d of %d lines are cut. Make the box larger or the text smaller.", len(lines)-fit, len(lines)))
		lines = lines[:fit]
	}
	used := float64(len(lines)) * lh
	top := el.Y
	switch el.VAlign {
	case "middle":
		top += (el.H - used) / 2
	case "bottom":
		top += el.H - used
	}
	missing := map[rune]bool{}
	for i, ln := range lines {
		baseline := top + float64(i)*lh + halfLeading + face.ascent*size
		if ln.marker != nil {
			e.marker(&it, dl, face, el, *ln.marker, baseline)
		}
		if ln.text != "" {
			it.Runs = append(it.Runs, Run{X: el.X + ln.x, Y: baseline, W: ln.w, Text: ln.text})
		}
		for _, r := range ln.text {
			if r > ' ' && !missing[r] && !face.HasGlyph(r) {
				missing[r] = true
				dl.warn(WarnMissingGlyph, el.ID, fmt.Sprintf("%s has no %q; choose another font for this text.", face.Family, string(r)))
			}
		}
	}
	return it
}

const markerGapEm = 0.45

func markerWidth(face *Face, sizePt float64, p Paragraph) float64 {
	em := ptToMm(sizePt)
	switch p.Marker {
	case MarkerBox:
		return em * (0.72 + markerGapEm)
	case MarkerNumber:
		return face.Width(numberLabel(p.Number), sizePt) + em*markerGapEm
	}
	return face.Width("•", sizePt) + em*markerGapEm
}

// marker adds a list marker before the first line of a list entry:
// checkboxes are drawn squares (fonts rarely have ☐), numbers and bullets
// are text runs in the box's font.
func (e *Engine) marker(it *Item, dl *DisplayList, face *Face, el Element, p Paragraph, baseline float64) {
	em := ptToMm(el.SizePt)
	switch p.Marker {
	case MarkerBox:
		side := em * 0.62
		dl.Items = append(dl.Items, Item{Kind: ItemRect, ElementID: el.ID, X: el.X + em*0.05, Y: baseline - side - em*0.02, W: side, H: side,
			Stroke: it.Color, StrokeMm: math.Max(0.2, em*0.06)})
	case MarkerNumber:
		label := numberLabel(p.Number)
		it.Runs = append(it.Runs, Run{X: el.X, Y: baseline, W: face.Width(label, el.SizePt), Text: label})
	default:
		it.Runs = append(it.Runs, Run{X: el.X, Y: baseline, W: face.Width("•", el.SizePt), Text: "•"})
	}
}

// fieldSpans marks the {{field}} tokens of a template: the guard must not
// flag a field's name ("{{care_tips}}").
func fieldSpans(text string) []policy.Span {
	var out []policy.Span
	for _, m := range fieldRe.FindAllStringIndex(text, -1) {
		out = append(out, policy.Span{Start: m[0], End: m[1]})
	}
	return out
}

// fitRect places an image in box keeping its aspect: contain (inside the
// box, centred) or cover (fills the box, centred, overflowing).
func fitRect(box Rect, img *ImageAsset, cover bool) Rect {
	if img.WidthPx <= 0 || img.HeightPx <= 0 {
		return box
	}
	ar := float64(img.WidthPx) / float64(img.HeightPx)
	w, h := box.W, box.W/ar
	if (h > box.H) != cover {
		h, w = box.H, box.H*ar
	}
	return Rect{box.X + (box.W-w)/2, box.Y + (box.H-h)/2, w, h}
}

func dpi(img *ImageAsset, placed Rect) float64 {
	if placed.W <= 0 {
		return 0
	}
	return math.Round(float64(img.WidthPx) / (placed.W / mmPerInch))
}

func normColor(c string) string {
	if c == "" {
		return ""
	}
	r, g, b, ok := parseColor(c)
	if !ok {
		return "#000000"
	}
	return fmt.Sprintf("#%02X%02X%02X", r, g, b)
}

func orDefault(v, def string) string {
	if strings.TrimSpace(v) == "" {
		return def
	}
	return v
}

func orDefaultF(v, def float64) float64 {
	if v == 0 {
		return def
	}
	return v
}

func hashKey(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// DataURI renders image bytes as a data: URI (for designs and the canvas).
func DataURI(mime string, data []byte) string {
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data)
}
