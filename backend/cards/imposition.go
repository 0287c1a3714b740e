package cards

import (
	"fmt"
	"math"
)

// Layouts of an export.
const (
	LayoutSingle = "single" // one card per page at trim + bleed, for print shops
	LayoutLetter = "letter" // N-up on US Letter, for home printers
	LayoutA4     = "a4"     // N-up on A4
)

// Sheet is a paper size in portrait.
type Sheet struct {
	Name string
	W, H float64 // mm
}

// Paper sizes.
var (
	Letter = Sheet{LayoutLetter, 8.5 * mmPerInch, 11 * mmPerInch}
	A4     = Sheet{LayoutA4, 210, 297}
)

// Crop mark geometry, in mm. On an N-up sheet a mark between two cards
// starts 1 mm from the trim (it lies in the bleed, which is cut away); a
// mark on the outside starts past the bleed.
const (
	MarkLengthMm  = 3.0
	MarkOffsetMm  = 1.0
	MarkStrokeMm  = 0.1
	PrinterMargin = 0.25 * mmPerInch // home printers cannot print closer to the edge
	singleSlugMm  = 7.0              // room for crop marks around the bleed on a print-shop page
)

// Imposition is where the cards go on a sheet: trims in sheet coordinates
// (mm from the top-left corner), row by row.
type Imposition struct {
	Sheet     string  `json:"sheet"`
	WidthMm   float64 `json:"widthMm"`
	HeightMm  float64 `json:"heightMm"`
	Landscape bool    `json:"landscape"`
	Cols      int     `json:"cols"`
	Rows      int     `json:"rows"`
	GutterMm  float64 `json:"gutterMm"`
	Slots     []Rect  `json:"slots"`
}

// PerSheet is how many cards one sheet holds.
func (im Imposition) PerSheet() int { return im.Cols * im.Rows }

// NUpOptions tune the imposition; zero values are not defaults, use
// DefaultNUp.
type NUpOptions struct {
	MarginMm  float64 // unprintable edge of the sheet
	BleedMm   float64 // each card's bleed; the gutter is twice this
	CropMarks bool    // reserve room for outside crop marks
}

// DefaultNUp is the home-printer imposition: a quarter-inch printer margin,
// the card's bleed on every side, and crop marks.
func DefaultNUp(bleedMm float64) NUpOptions {
	return NUpOptions{MarginMm: PrinterMargin, BleedMm: bleedMm, CropMarks: true}
}

// outerReach is how far past a trim the outermost ink goes.
func (o NUpOptions) outerReach() float64 {
	if o.CropMarks {
		return o.BleedMm + MarkOffsetMm + MarkLengthMm
	}
	return o.BleedMm
}

// NUp computes how many cards of w × h mm fit on the sheet, trying the
// sheet both ways round (cards are never turned, so duplex backs stay
// upright), and centres the grid. A tie keeps the sheet portrait.
func NUp(sheet Sheet, w, h float64, o NUpOptions) (Imposition, error) {
	best := Imposition{}
	for _, landscape := range []bool{false, true} {
		sw, sh := sheet.W, sheet.H
		if landscape {
			sw, sh = sh, sw
		}
		gutter := 2 * o.BleedMm
		avail := func(total float64) float64 { return total - 2*o.MarginMm - 2*o.outerReach() + gutter }
		cols := int(math.Floor(avail(sw)/(w+gutter) + 1e-9))
		rows := int(math.Floor(avail(sh)/(h+gutter) + 1e-9))
		if cols < 1 || rows < 1 || cols*rows <= best.PerSheet() {
			continue
		}
		im := Imposition{Sheet: sheet.Name, WidthMm: sw, HeightMm: sh, Landscape: landscape, Cols: cols, Rows: rows, GutterMm: gutter}
		blockW := float64(cols)*w + float64(cols-1)*gutter
		blockH := float64(rows)*h + float64(rows-1)*gutter
		x0, y0 := (sw-blockW)/2, (sh-blockH)/2
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				im.Slots = append(im.Slots, Rect{x0 + float64(c)*(w+gutter), y0 + float64(r)*(h+gutter), w, h})
			}
		}
		best = im
	}
	if best.PerSheet() == 0 {
		return best, fmt.Errorf("a %.1f × %.1f mm card does not fit on %s paper with crop marks; use the print-shop layout", w, h, sheet.Name)
	}
	return best, nil
}

// MirrorSlot is where the back of the card in slot i goes: the same row,
// mirrored left to right, so that the back lines up when the sheet is
// turned over its vertical axis (long-edge flip for portrait sheets,
// short-edge flip for landscape sheets).
func (im Imposition) MirrorSlot(i int) Rect {
	r := im.Slots[i]
	r.X = im.WidthMm - r.X - r.W
	return r
}

// Segment is a line from (X1, Y1) to (X2, Y2).
type Segment struct {
	X1 float64 `json:"x1"`
	Y1 float64 `json:"y1"`
	X2 float64 `json:"x2"`
	Y2 float64 `json:"y2"`
}

// CropMarks returns two marks at every corner of every trim, each along
// the extension of a trim edge. A mark pointing at a neighbouring card
// stays in the gutter (the two bleeds, cut away); an outward mark starts
// past the bleed.
func CropMarks(trims []Rect, bleed float64) []Segment {
	var out []Segment
	near := func(x, y float64) bool { // is (x, y) within some other card's bleed box?
		for _, t := range trims {
			if x > t.X-bleed+1e-6 && x < t.X+t.W+bleed-1e-6 && y > t.Y-bleed+1e-6 && y < t.Y+t.H+bleed-1e-6 {
				return true
			}
		}
		return false
	}
	for _, t := range trims {
		for _, corner := range [4][2]float64{{t.X, t.Y}, {t.X + t.W, t.Y}, {t.X, t.Y + t.H}, {t.X + t.W, t.Y + t.H}} {
			cx, cy := corner[0], corner[1]
			dx := 1.0 // horizontal mark points away from the card
			if cx == t.X {
				dx = -1
			}
			dy := 1.0
			if cy == t.Y {
				dy = -1
			}
			out = append(out, markFrom(cx, cy, dx, 0, bleed, near), markFrom(cx, cy, 0, dy, bleed, near))
		}
	}
	return out
}

func markFrom(cx, cy, dx, dy, bleed float64, near func(x, y float64) bool) Segment {
	offset := MarkOffsetMm
	length := MarkLengthMm
	// Outward (nothing beyond this card's bleed): start outside the bleed.
	if !near(cx+dx*(bleed+MarkOffsetMm), cy+dy*(bleed+MarkOffsetMm)) {
		offset = bleed + MarkOffsetMm
	} else if g := 2*bleed - 2*MarkOffsetMm; g < length {
		length = math.Max(g, 0.5)
	}
	return Segment{cx + dx*offset, cy + dy*offset, cx + dx*(offset+length), cy + dy*(offset+length)}
}
