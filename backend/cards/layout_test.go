package cards

import (
	"math"
	"strings"
	"testing"

	"afterloop/backend/policy"
)

func approx(a, b, eps float64) bool { return math.Abs(a-b) <= eps }

func TestPresetSizesBothOrientationsAndBleed(t *testing.T) {
	want := map[string][3]float64{"4x6": {101.6, 152.4, 3.175}, "5x7": {127, 177.8, 3.175}, "3.5x2": {50.8, 88.9, 3.175},
		"4.25x5.5": {107.95, 139.7, 3.175}, "a6": {105, 148, 3}, "a7": {74, 105, 3}}
	for key, w := range want {
		for _, o := range []string{"portrait", "landscape"} {
			size, bleed, err := PresetSize(key, o)
			if err != nil {
				t.Fatal(err)
			}
			ww, hh := w[0], w[1]
			if o == "landscape" {
				ww, hh = hh, ww
			}
			if !approx(size.WidthMm, ww, 1e-9) || !approx(size.HeightMm, hh, 1e-9) || bleed != w[2] || size.Orientation != o {
				t.Errorf("%s %s: %+v bleed %v", key, o, size, bleed)
			}
			// The display list's bleed box is the trim plus the bleed on every side.
			d := Design{Schema: 1, Name: "x", Size: size, BleedMm: bleed, SafeMm: bleed, Front: Side{}}
			if p := d.Validate(); len(p) > 0 {
				t.Fatalf("%s: %v", key, p)
			}
			dl, err := testEngine(t).Layout(d, "front", MergeData{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if dl.Bleed != (Rect{-bleed, -bleed, ww + 2*bleed, hh + 2*bleed}) || dl.Safe != (Rect{bleed, bleed, ww - 2*bleed, hh - 2*bleed}) {
				t.Errorf("%s %s: bleed %+v safe %+v", key, o, dl.Bleed, dl.Safe)
			}
		}
	}
	if _, _, err := PresetSize("b5", "portrait"); err == nil {
		t.Error("unknown preset accepted")
	}
}

func TestNUpCountsFromSizes(t *testing.T) {
	cases := []struct {
		sheet     Sheet
		preset    string
		landscape bool // card orientation
		want      int
	}{
		{Letter, "4x6", false, 2}, // PLATFORM.md: four do not fit, two do
		{Letter, "4x6", true, 2},
		{A4, "4x6", false, 2},
		{Letter, "5x7", false, 1},
		{Letter, "3.5x2", true, 8},
		{Letter, "4.25x5.5", false, 2},
		{A4, "a6", false, 2}, // four only without margins, bleed or marks (below)
		{A4, "a7", false, 4},
	}
	for _, c := range cases {
		o := "portrait"
		if c.landscape {
			o = "landscape"
		}
		size, bleed, _ := PresetSize(c.preset, o)
		im, err := NUp(c.sheet, size.WidthMm, size.HeightMm, DefaultNUp(bleed))
		if err != nil {
			t.Fatal(err)
		}
		if im.PerSheet() != c.want {
			t.Errorf("%s %s on %s: %d per sheet (%d×%d, landscape sheet %v), want %d", c.preset, o, c.sheet.Name, im.PerSheet(), im.Cols, im.Rows, im.Landscape, c.want)
		}
		// Every card, its bleed and its outside crop marks stay inside the printable area.
		reach := bleed + MarkOffsetMm + MarkLengthMm
		for _, s := range im.Slots {
			if s.X-reach < PrinterMargin-1e-9 || s.Y-reach < PrinterMargin-1e-9 || s.X+s.W+reach > im.WidthMm-PrinterMargin+1e-9 || s.Y+s.H+reach > im.HeightMm-PrinterMargin+1e-9 {
				t.Errorf("%s on %s: slot %+v outside the printable area", c.preset, c.sheet.Name, s)
			}
		}
		for i := range im.Slots {
			for j := i + 1; j < len(im.Slots); j++ {
				a, b := im.Slots[i], im.Slots[j]
				if a.X < b.X+b.W+2*bleed-1e-9 && b.X < a.X+a.W+2*bleed-1e-9 && a.Y < b.Y+b.H+2*bleed-1e-9 && b.Y < a.Y+a.H+2*bleed-1e-9 {
					t.Errorf("%s: slots %d and %d closer than two bleeds", c.preset, i, j)
				}
			}
		}
	}
	// Borderless: A6 is a quarter of A4.
	if im, _ := NUp(A4, 105, 148, NUpOptions{}); im.PerSheet() != 4 || im.Slots[3] != (Rect{105, 148.5, 105, 148}) {
		t.Errorf("borderless A6 on A4: %+v", im)
	}
	if _, err := NUp(Letter, 250, 250, DefaultNUp(3)); err == nil {
		t.Error("a card larger than the sheet fits")
	}
}

func TestNUpPlacementAndMirror(t *testing.T) {
	im, _ := NUp(Letter, 101.6, 152.4, DefaultNUp(3.175))
	if !im.Landscape || im.Cols != 2 || im.Rows != 1 {
		t.Fatalf("%+v", im)
	}
	// Centred: equal space left and right, gutter of two bleeds.
	left := im.Slots[0].X
	right := im.WidthMm - (im.Slots[1].X + im.Slots[1].W)
	if !approx(left, right, 1e-9) || !approx(im.Slots[1].X-(im.Slots[0].X+101.6), 6.35, 1e-9) || !approx(im.Slots[0].Y, (215.9-152.4)/2, 1e-9) {
		t.Errorf("slots %+v", im.Slots)
	}
	// The back of slot 0 sits where slot 1 is: a sheet turned over its vertical axis.
	if m := im.MirrorSlot(0); !approx(m.X, im.Slots[1].X, 1e-9) || m.Y != im.Slots[0].Y {
		t.Errorf("mirror %+v", m)
	}
}

func TestCropMarkPositions(t *testing.T) {
	// One card: 8 marks, each on the extension of a trim edge, outside the bleed.
	trim := Rect{10, 10, 100, 150}
	marks := CropMarks([]Rect{trim}, 3)
	if len(marks) != 8 {
		t.Fatalf("%d marks", len(marks))
	}
	for _, m := range marks {
		horizontal := m.Y1 == m.Y2
		onEdge := horizontal && (m.Y1 == 10 || m.Y1 == 160) || !horizontal && (m.X1 == 10 || m.X1 == 110)
		length := math.Hypot(m.X2-m.X1, m.Y2-m.Y1)
		insideBleed := m.X1 > 7 && m.X1 < 113 && m.Y1 > 7 && m.Y1 < 163 && m.X2 > 7 && m.X2 < 113 && m.Y2 > 7 && m.Y2 < 163
		if !onEdge || !approx(length, MarkLengthMm, 1e-9) || insideBleed {
			t.Errorf("mark %+v", m)
		}
	}
	if m := marks[0]; m != (Segment{6, 10, 3, 10}) { // top-left, pointing left, from bleed + 1 mm
		t.Errorf("top-left mark %+v", m)
	}
	// Two cards side by side: marks between them stay in the gutter.
	a, b := Rect{10, 10, 100, 150}, Rect{116, 10, 100, 150}
	for _, m := range CropMarks([]Rect{a, b}, 3) {
		for _, x := range []float64{m.X1, m.X2} {
			if x > 110+1e-9 && x < 116-1e-9 && !(x >= 111-1e-9 && x <= 115+1e-9) {
				t.Errorf("gutter mark %+v leaves the gutter", m)
			}
		}
		if (m.X1 > a.X && m.X1 < a.X+a.W || m.X1 > b.X && m.X1 < b.X+b.W) && m.Y1 > 10 && m.Y1 < 160 {
			t.Errorf("mark %+v on a card", m)
		}
	}
}

func TestWrapUsesRealWidths(t *testing.T) {
	book, _ := NewFontBook()
	face, _ := book.Resolve("Liberation Sans", false, false)
	// Liberation Sans is metric-compatible with Arial: "a" is 1139/2048 em.
	if !approx(face.Advance('a'), 1139.0/2048, 1e-9) || !approx(face.Width("aaaa", 72), 4*1139.0/2048*25.4, 1e-9) {
		t.Fatalf("advance %v", face.Advance('a'))
	}
	w := face.Width("Turn the knob", 10)
	lines := wrap(face, 10, w, "Turn the knob to switch on.")
	if len(lines) != 2 || lines[0] != "Turn the knob" || lines[1] != "to switch on." {
		t.Errorf("exact fit: %q", lines)
	}
	if lines := wrap(face, 10, w-0.01, "Turn the knob"); len(lines) != 2 || lines[0] != "Turn the" {
		t.Errorf("a hair narrower: %q", lines)
	}
	// A word longer than the line breaks between letters; no line is wider than the box.
	long := strings.Repeat("x", 60)
	for _, l := range wrap(face, 10, 30, long) {
		if face.Width(l, 10) > 30+1e-9 || l == "" {
			t.Errorf("long word line %q is %.2f mm", l, face.Width(l, 10))
		}
	}
	if got := wrap(face, 10, 30, "  spaced   out  "); len(got) != 1 || got[0] != "spaced out" {
		t.Errorf("spaces %q", got)
	}
}

func textItem(t *testing.T, dl *DisplayList, id string) Item {
	t.Helper()
	for _, it := range dl.Items {
		if it.Kind == ItemText && it.ElementID == id {
			return it
		}
	}
	t.Fatalf("no text item %s", id)
	return Item{}
}

func oneText(el Element) Design {
	el.Type, el.ID = ElementText, "t"
	return Design{Schema: 1, Name: "t", Size: Size{WidthMm: 100, HeightMm: 100}, BleedMm: 3, SafeMm: 3, Front: Side{Elements: []Element{el}}}
}

func TestTextLayoutAlignmentNewlinesAndOverflow(t *testing.T) {
	e := testEngine(t)
	face, _ := e.Fonts.Resolve("Liberation Sans", true, false)
	for _, align := range []string{"left", "center", "right"} {
		d := oneText(Element{X: 10, Y: 10, W: 60, H: 40, Text: "One\nTwo words", Font: "Liberation Sans", Bold: true, SizePt: 12, Align: align})
		dl, _ := e.Layout(d, "front", MergeData{}, nil)
		it := textItem(t, dl, "t")
		if len(it.Runs) != 2 || it.Runs[0].Text != "One" || it.Runs[1].Text != "Two words" || it.Font != "Liberation Sans|bold" {
			t.Fatalf("%s runs %+v", align, it.Runs)
		}
		r := it.Runs[1]
		want := map[string]float64{"left": 10, "center": 10 + (60-r.W)/2, "right": 70 - r.W}[align]
		if !approx(r.X, want, 1e-9) || !approx(r.W, face.Width("Two words", 12), 1e-9) {
			t.Errorf("%s x %.3f want %.3f", align, r.X, want)
		}
		lh := 1.2 * ptToMm(12)
		if !approx(it.Runs[1].Y-it.Runs[0].Y, lh, 1e-9) || it.Runs[0].Y <= 10 || it.Runs[0].Y > 10+lh {
			t.Errorf("baselines %v %v", it.Runs[0].Y, it.Runs[1].Y)
		}
	}
	d := oneText(Element{X: 10, Y: 10, W: 30, H: 10, Text: strings.Repeat("words that wrap ", 10), SizePt: 10})
	dl, _ := e.Layout(d, "front", MergeData{}, nil)
	it := textItem(t, dl, "t")
	if len(it.Runs) != 2 || !hasWarning(dl, WarnOverflow) {
		t.Errorf("overflow: %d runs, warnings %+v", len(it.Runs), dl.Warnings)
	}
	for _, r := range it.Runs {
		if r.Y+face.descent*ptToMm(10) > 20+0.01 {
			t.Errorf("run %q spills below the box", r.Text)
		}
	}
}

func hasWarning(dl *DisplayList, code string) bool {
	for _, w := range dl.Warnings {
		if w.Code == code {
			return true
		}
	}
	return false
}

func TestMergeFields(t *testing.T) {
	data := MergeData{Product: demoProduct, ShopName: "Juniper Home", ShopHandle: "@juniperhome"}
	res := Merge("Inside your {{product_name}} ({{ variant }}):\n{{included_items}}\nFrom {{shop_name}} {{shop_handle}}", data)
	want := []Paragraph{{Text: "Inside your Aurora Sunset Lamp (Warm white):"}, {Text: "Sunset lamp", Marker: MarkerBox, Number: 1},
		{Text: "USB-C cable", Marker: MarkerBox, Number: 2}, {Text: "Three colour filters", Marker: MarkerBox, Number: 3}, {Text: "From Juniper Home @juniperhome"}}
	if len(res.Paragraphs) != len(want) {
		t.Fatalf("%+v", res.Paragraphs)
	}
	for i := range want {
		if res.Paragraphs[i] != want[i] {
			t.Errorf("paragraph %d: %+v want %+v", i, res.Paragraphs[i], want[i])
		}
	}
	steps := Merge("Steps: {{setup_steps}} Done. {{common_fix}} {{care_tips}}", data)
	if steps.Paragraphs[0].Text != "Steps:" || steps.Paragraphs[3].Marker != MarkerNumber || steps.Paragraphs[3].Number != 3 ||
		steps.Paragraphs[4].Text != "Done. Use a 2 A USB adapter; laptop ports give too little power." || steps.Paragraphs[5].Marker != MarkerBullet {
		t.Errorf("%+v", steps.Paragraphs)
	}
	// Without product data: sample text, and nothing reported empty.
	sample := Merge("{{product_name}} {{included_items}}", MergeData{})
	if sample.Paragraphs[0].Text != SampleProduct.Name || len(sample.Paragraphs) != 1+len(SampleProduct.IncludedItems) {
		t.Errorf("sample %+v", sample)
	}
	// A product without content: empty fields are reported, unknown ones kept as written.
	bare := Merge("{{product_name}}\n{{included_items}}\n{{colour}}", MergeData{Product: &Product{Key: "X", Name: "Mug"}})
	if len(bare.Paragraphs) != 2 || bare.Paragraphs[1].Text != "{{colour}}" || len(bare.Empty) != 1 || bare.Empty[0] != "included_items" || bare.Unknown[0] != "{{colour}}" {
		t.Errorf("bare %+v", bare)
	}
	// Field values are not re-merged.
	tricky := Merge("{{product_name}}", MergeData{Product: &Product{Name: "{{shop_name}}"}, ShopName: "S"})
	if tricky.Paragraphs[0].Text != "{{shop_name}}" {
		t.Errorf("re-merged: %+v", tricky)
	}
	if got := MergeInline("https://shop.example/{{product_name}}", data); got != "https://shop.example/Aurora Sunset Lamp" {
		t.Errorf("inline %q", got)
	}
}

func TestChecklistDrawsBoxesAndHangingIndent(t *testing.T) {
	e := testEngine(t)
	d := oneText(Element{X: 10, Y: 10, W: 40, H: 60, Text: "{{included_items}}", SizePt: 10})
	p := *demoProduct
	p.IncludedItems = []string{"A very long included item name that wraps", "Cable"}
	dl, _ := e.Layout(d, "front", MergeData{Product: &p}, nil)
	it := textItem(t, dl, "t")
	boxes := 0
	for _, item := range dl.Items {
		if item.Kind == ItemRect && item.ElementID == "t" {
			boxes++
		}
	}
	if boxes != 2 || len(it.Runs) < 3 || !approx(it.Runs[0].X, it.Runs[1].X, 1e-9) || it.Runs[0].X <= 10 {
		t.Errorf("boxes %d runs %+v", boxes, it.Runs)
	}
}

func TestStartersArePolicyCleanAndFit(t *testing.T) {
	e := testEngine(t)
	for _, kind := range Kinds {
		d, ok := Starter(kind, BrandKit{HasLogo: true, ShopHandle: "juniperhome"})
		if !ok || len(d.Validate()) > 0 {
			t.Fatalf("%s: %v", kind, d.Validate())
		}
		dl, err := e.Layout(d, "front", MergeData{Product: demoProduct, ShopName: "Juniper Home", ShopHandle: "juniperhome"}, testLogo(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range dl.Findings {
			t.Errorf("%s: finding %+v", kind, f)
		}
		for _, w := range dl.Warnings {
			t.Errorf("%s: warning %+v", kind, w)
		}
	}
	if _, ok := Starter("coupon", DefaultBrandKit()); ok {
		t.Error("unknown kind")
	}
}

func TestLayoutWarnsOnQRAndLowDPI(t *testing.T) {
	e := testEngine(t)
	d := oneText(Element{X: 10, Y: 10, W: 40, H: 10, Text: "Leave us a review!", SizePt: 10})
	d.Front.Elements = append(d.Front.Elements,
		Element{ID: "q", Type: ElementQR, X: 10, Y: 30, W: 25, H: 25, Content: "https://www.tiktok.com/@juniperhome"},
		Element{ID: "logo", Type: ElementImage, X: 40, Y: 30, W: 50, H: 50, Src: "brand:logo"})
	dl, err := e.Layout(d, "front", MergeData{}, testLogo(t))
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]string{}
	for _, f := range dl.Findings {
		rules[f.Rule] = f.ElementID + ":" + f.Match
	}
	if rules[policy.RuleReviewSolicitation] != "t:Leave us a review" || rules[policy.RuleQRCode] == "" {
		t.Errorf("findings %+v", dl.Findings)
	}
	if !hasWarning(dl, WarnLowDPI) { // 300 px over 50 mm is 152 dpi
		t.Errorf("warnings %+v", dl.Warnings)
	}
	var qr *QRGrid
	for _, it := range dl.Items {
		if it.Kind == ItemQR {
			qr = it.QR
		}
		if it.Kind == ItemImage && it.DPI != 152 {
			t.Errorf("dpi %v", it.DPI)
		}
	}
	if qr == nil || qr.Modules < 21+2*qrQuietZone || len(qr.Runs) == 0 {
		t.Fatalf("qr %+v", qr)
	}
	again, _ := e.qr("https://www.tiktok.com/@juniperhome")
	if again != qr {
		t.Error("QR code encoded twice")
	}
}
