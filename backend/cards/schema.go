// Package cards is the insert-card engine (cards packed with an order): the
// versioned design schema, starter designs, product-field merge, and one
// layout engine that turns a design into a display list. The PDF renderer
// here and the designer's SVG canvas both draw that display list and nothing
// else, so positions, fonts and line breaks cannot differ between them.
package cards

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

// SchemaVersion is the version of the design JSON this code writes and reads.
const SchemaVersion = 1

// Card kinds, one per job a card in the parcel does.
const (
	KindWhatsInBox = "whats_in_box"
	KindQuickStart = "quick_start"
	KindUnboxing   = "share_unboxing"
	KindSupport    = "support"
	KindCare       = "care_and_use"
	KindCustom     = "custom"
)

// Kinds lists the starter kinds in the order the library shows them.
var Kinds = []string{KindWhatsInBox, KindQuickStart, KindUnboxing, KindSupport, KindCare}

// Element types.
const (
	ElementText  = "text"
	ElementImage = "image"
	ElementQR    = "qr"
	ElementRect  = "rect"
	ElementLine  = "line"
)

// Design is one card. All geometry is in millimetres, measured from the top
// left corner of the trim; elements may reach into the bleed (negative
// coordinates, or past the trim size).
type Design struct {
	Schema  int     `json:"schema"`
	Name    string  `json:"name"`
	Kind    string  `json:"kind"`
	Size    Size    `json:"size"`
	BleedMm float64 `json:"bleedMm"`
	SafeMm  float64 `json:"safeMm"`
	Front   Side    `json:"front"`
	// Back is nil for a one-sided card.
	Back *Side `json:"back,omitempty"`
}

// Size is the trim size. WidthMm and HeightMm are as printed (already
// turned for landscape); Preset and Unit only tell the designer what to show.
type Size struct {
	Preset      string  `json:"preset"` // a SizePresets key or "custom"
	WidthMm     float64 `json:"widthMm"`
	HeightMm    float64 `json:"heightMm"`
	Orientation string  `json:"orientation"` // portrait | landscape
	Unit        string  `json:"unit"`        // in | mm: how the designer shows lengths
}

// Side is the front or back of a card.
type Side struct {
	Background Background `json:"background"`
	// Elements are drawn in order (later on top) unless Z says otherwise.
	Elements []Element `json:"elements"`
}

// Background fills the whole card including the bleed.
type Background struct {
	Color string `json:"color"`           // #RRGGBB; "" = white
	Image string `json:"image,omitempty"` // image source (see Element.Src); covers the bleed box
}

// Element is one thing on a side. Fields unused by a type are left empty.
type Element struct {
	ID   string  `json:"id"`
	Type string  `json:"type"` // text | image | qr | rect | line
	X    float64 `json:"x"`    // mm from the trim's left edge
	Y    float64 `json:"y"`    // mm from the trim's top edge
	W    float64 `json:"w"`    // mm; a line runs from (x, y) to (x+w, y+h)
	H    float64 `json:"h"`
	Z    int     `json:"z,omitempty"` // stacking order; ties keep array order

	// text
	Text       string  `json:"text,omitempty"` // may contain {{fields}}
	Font       string  `json:"font,omitempty"` // family name
	SizePt     float64 `json:"sizePt,omitempty"`
	Bold       bool    `json:"bold,omitempty"`
	Italic     bool    `json:"italic,omitempty"`
	Align      string  `json:"align,omitempty"`  // left | center | right
	VAlign     string  `json:"valign,omitempty"` // top | middle | bottom
	LineHeight float64 `json:"lineHeight,omitempty"`
	Color      string  `json:"color,omitempty"` // text, QR modules, line stroke

	// image: "brand:logo", or a data: URI of a PNG or JPEG
	Src string `json:"src,omitempty"`

	// qr
	Content string `json:"content,omitempty"` // text or URL; may contain {{fields}}

	// rect and line
	Fill     string  `json:"fill,omitempty"`
	Stroke   string  `json:"stroke,omitempty"`
	StrokeMm float64 `json:"strokeMm,omitempty"`
	RadiusMm float64 `json:"radiusMm,omitempty"`
}

// SizePreset is a named trim size in portrait orientation.
type SizePreset struct {
	Key      string  `json:"key"`
	Label    string  `json:"label"`
	WidthMm  float64 `json:"widthMm"`
	HeightMm float64 `json:"heightMm"`
	Metric   bool    `json:"metric"`  // metric sizes get 3 mm bleed, inch sizes 0.125 in
	BleedMm  float64 `json:"bleedMm"` // default bleed and safe margin
}

const (
	mmPerInch   = 25.4
	inchBleedMm = 0.125 * mmPerInch
	metricBleed = 3.0
)

// SizePresets are the printed-card sizes a seller picks from, in portrait:
// US inch sizes (3.5 × 2 in is the business card) and the metric A6 and A7.
var SizePresets = []SizePreset{
	{"4x6", "4 × 6 in", 4 * mmPerInch, 6 * mmPerInch, false, inchBleedMm},
	{"5x7", "5 × 7 in", 5 * mmPerInch, 7 * mmPerInch, false, inchBleedMm},
	{"3.5x2", "3.5 × 2 in", 2 * mmPerInch, 3.5 * mmPerInch, false, inchBleedMm},
	{"4.25x5.5", "4.25 × 5.5 in", 4.25 * mmPerInch, 5.5 * mmPerInch, false, inchBleedMm},
	{"a6", "A6 (105 × 148 mm)", 105, 148, true, metricBleed},
	{"a7", "A7 (74 × 105 mm)", 74, 105, true, metricBleed},
}

// Preset returns the preset with that key.
func Preset(key string) (SizePreset, bool) {
	for _, p := range SizePresets {
		if p.Key == key {
			return p, true
		}
	}
	return SizePreset{}, false
}

// PresetSize is the trim size of a preset in an orientation, with its
// default bleed.
func PresetSize(key, orientation string) (Size, float64, error) {
	p, ok := Preset(key)
	if !ok {
		return Size{}, 0, fmt.Errorf("unknown card size %q", key)
	}
	w, h := p.WidthMm, p.HeightMm
	if orientation == "landscape" {
		w, h = h, w
	} else {
		orientation = "portrait"
	}
	unit := "in"
	if p.Metric {
		unit = "mm"
	}
	return Size{Preset: key, WidthMm: w, HeightMm: h, Orientation: orientation, Unit: unit}, p.BleedMm, nil
}

// Label is a short name for lists: "4x6" or "120x80mm".
func (s Size) Label() string {
	if s.Preset != "" && s.Preset != "custom" {
		if s.Orientation == "landscape" {
			return s.Preset + " landscape"
		}
		return s.Preset
	}
	return fmt.Sprintf("%gx%gmm", round2(s.WidthMm), round2(s.HeightMm))
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

// Parse reads a design and checks it; the problems map is keyed by a JSON
// path-like field ("front.elements[2].sizePt").
func Parse(raw []byte) (Design, error) {
	var d Design
	if err := json.Unmarshal(raw, &d); err != nil {
		return d, &ValidationError{Problems: map[string]string{"design": "The design is not valid JSON: " + err.Error()}}
	}
	if p := d.Validate(); len(p) > 0 {
		return d, &ValidationError{Problems: p}
	}
	return d, nil
}

// ValidationError lists what is wrong with a design.
type ValidationError struct{ Problems map[string]string }

func (e *ValidationError) Error() string {
	var parts []string
	for k, v := range e.Problems {
		parts = append(parts, k+": "+v)
	}
	return "invalid card design: " + strings.Join(parts, "; ")
}

// Validate returns field -> problem; empty when the design can be drawn.
func (d Design) Validate() map[string]string {
	p := map[string]string{}
	if d.Schema != SchemaVersion {
		p["schema"] = fmt.Sprintf("This design uses schema %d; this version of Afterloop reads schema %d.", d.Schema, SchemaVersion)
	}
	if strings.TrimSpace(d.Name) == "" {
		p["name"] = "Give the card a name."
	} else if len(d.Name) > 120 {
		p["name"] = "Card names are limited to 120 characters."
	}
	if d.Size.WidthMm < 20 || d.Size.HeightMm < 20 || d.Size.WidthMm > 300 || d.Size.HeightMm > 300 {
		p["size"] = "Cards are between 20 mm and 300 mm on each side."
	}
	if d.BleedMm < 0 || d.BleedMm > 10 {
		p["bleedMm"] = "Bleed is between 0 and 10 mm."
	}
	if d.SafeMm < 0 || d.SafeMm*2 >= math.Min(d.Size.WidthMm, d.Size.HeightMm) {
		p["safeMm"] = "The safe margin must leave room inside the card."
	}
	d.Front.validate("front", p)
	if d.Back != nil {
		d.Back.validate("back", p)
	}
	return p
}

func (s Side) validate(prefix string, p map[string]string) {
	if s.Background.Color != "" && !validColor(s.Background.Color) {
		p[prefix+".background.color"] = "Colors are written #RRGGBB."
	}
	if len(s.Elements) > 200 {
		p[prefix+".elements"] = "A side holds at most 200 elements."
	}
	for i, e := range s.Elements {
		key := fmt.Sprintf("%s.elements[%d]", prefix, i)
		switch e.Type {
		case ElementText:
			if e.SizePt < 4 || e.SizePt > 200 {
				p[key+".sizePt"] = "Text size is between 4 and 200 pt."
			}
			if e.LineHeight != 0 && (e.LineHeight < 0.7 || e.LineHeight > 4) {
				p[key+".lineHeight"] = "Line height is between 0.7 and 4."
			}
		case ElementImage, ElementQR, ElementRect, ElementLine:
		default:
			p[key+".type"] = fmt.Sprintf("Unknown element type %q.", e.Type)
			continue
		}
		if e.Type != ElementLine && (e.W <= 0 || e.H <= 0) {
			p[key+".w"] = "Width and height must be above zero."
		}
		for field, c := range map[string]string{"color": e.Color, "fill": e.Fill, "stroke": e.Stroke} {
			if c != "" && !validColor(c) {
				p[key+"."+field] = "Colors are written #RRGGBB."
			}
		}
		if e.Type == ElementQR && strings.TrimSpace(e.Content) == "" {
			p[key+".content"] = "A QR code needs a text or a link."
		}
	}
}

func validColor(c string) bool {
	_, _, _, ok := parseColor(c)
	return ok
}

// parseColor reads #RGB or #RRGGBB.
func parseColor(c string) (r, g, b int, ok bool) {
	c = strings.TrimPrefix(strings.TrimSpace(c), "#")
	if len(c) == 3 {
		c = string([]byte{c[0], c[0], c[1], c[1], c[2], c[2]})
	}
	if len(c) != 6 {
		return 0, 0, 0, false
	}
	var v int
	if _, err := fmt.Sscanf(c, "%06x", &v); err != nil {
		return 0, 0, 0, false
	}
	return v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff, true
}

// Sides returns the sides a design has, front first.
func (d Design) Sides() []string {
	if d.Back != nil {
		return []string{"front", "back"}
	}
	return []string{"front"}
}

// SideByName returns the named side (front or back).
func (d Design) SideByName(name string) (*Side, bool) {
	switch name {
	case "", "front":
		return &d.Front, true
	case "back":
		return d.Back, d.Back != nil
	}
	return nil, false
}
