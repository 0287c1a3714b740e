package cards

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func testEngine(t testing.TB) *Engine {
	t.Helper()
	book, err := NewFontBook()
	if err != nil {
		t.Fatal(err)
	}
	return NewEngine(book)
}

var demoProduct = &Product{Key: "JH-LAMP-01", Name: "Aurora Sunset Lamp", Variant: "Warm white",
	IncludedItems: []string{"Sunset lamp", "USB-C cable", "Three colour filters"},
	SetupSteps:    []string{"Screw the filter onto the lamp head.", "Plug in the USB-C cable.", "Turn the knob to switch on."},
	CommonIssue:   "Flickers", CommonFixes: []string{"Use a 2 A USB adapter; laptop ports give too little power."},
	CareTips: []string{"Dust the lens with a soft cloth.", "Unplug when not in use."}}

func testLogo(t testing.TB) Assets {
	img := image.NewNRGBA(image.Rect(0, 0, 300, 300))
	for y := 0; y < 300; y++ {
		for x := 0; x < 300; x++ {
			img.Set(x, y, color.NRGBA{uint8(x), 120, uint8(y), 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	a, err := LoadImage(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return Assets{"brand:logo": *a}
}

func need(t *testing.T, tool string) {
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s is not installed", tool)
	}
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

func exportTo(t *testing.T, job ExportJob) (string, ExportResult) {
	t.Helper()
	var buf bytes.Buffer
	res, err := testEngine(t).Export(&buf, job)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "cards.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, res
}

// box reads "TrimBox: x0 y0 x1 y1" (points) from pdfinfo -box output.
func box(t *testing.T, info, name string) [4]float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Page\s+1\s+` + name + `:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)`).FindStringSubmatch(info)
	if m == nil {
		m = regexp.MustCompile(`(?m)^` + name + `:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)`).FindStringSubmatch(info)
	}
	if m == nil {
		t.Fatalf("no %s in:\n%s", name, info)
	}
	var out [4]float64
	for i := range out {
		out[i], _ = strconv.ParseFloat(m[i+1], 64)
	}
	return out
}

func near(a, b float64) bool { return a-b < 0.6 && b-a < 0.6 } // points

func TestSingleLayoutPDFHasBoxesAndMergedText(t *testing.T) {
	need(t, "qpdf")
	need(t, "pdfinfo")
	need(t, "pdftotext")
	d, _ := Starter(KindWhatsInBox, BrandKit{HasLogo: true})
	for _, crop := range []bool{false, true} {
		path, res := exportTo(t, ExportJob{Design: d, Layout: LayoutSingle, CropMarks: crop, Assets: testLogo(t),
			Cards: []CardCopies{{Data: MergeData{Product: demoProduct, ShopName: "Juniper Home", ShopHandle: "juniperhome"}, Copies: 2}}})
		if res.Pages != 2 || res.Cards != 2 {
			t.Fatalf("pages %d cards %d", res.Pages, res.Cards)
		}
		run(t, "qpdf", "--check", path)
		info := run(t, "pdfinfo", "-box", path)
		pt := func(mm float64) float64 { return mm * 72 / 25.4 }
		slug := 0.0
		if crop {
			slug = singleSlugMm
		}
		media, trim, bleed := box(t, info, "MediaBox"), box(t, info, "TrimBox"), box(t, info, "BleedBox")
		wantMedia := [4]float64{0, 0, pt(101.6 + 2*3.175 + 2*slug), pt(152.4 + 2*3.175 + 2*slug)}
		wantTrim := [4]float64{pt(slug + 3.175), pt(slug + 3.175), pt(slug + 3.175 + 101.6), pt(slug + 3.175 + 152.4)}
		wantBleed := [4]float64{pt(slug), pt(slug), pt(slug + 101.6 + 6.35), pt(slug + 152.4 + 6.35)}
		for i := range 4 {
			if !near(media[i], wantMedia[i]) || !near(trim[i], wantTrim[i]) || !near(bleed[i], wantBleed[i]) {
				t.Fatalf("crop=%v boxes media %v trim %v bleed %v, want %v %v %v", crop, media, trim, bleed, wantMedia, wantTrim, wantBleed)
			}
		}
		if !crop && (!near(media[2], 306) || !near(media[3], 450)) { // 4.25 × 6.25 in
			t.Fatalf("4x6 + bleed should be 306 × 450 pt, got %v", media)
		}
		text := run(t, "pdftotext", path, "-")
		for _, want := range []string{"What's in the box", "Aurora Sunset Lamp", "USB-C cable", "Three colour filters", "Juniper Home @juniperhome"} {
			if !strings.Contains(text, want) {
				t.Fatalf("PDF text lacks %q:\n%s", want, text)
			}
		}
	}
}

func TestLetterLayoutTwoUpWithBacks(t *testing.T) {
	need(t, "qpdf")
	need(t, "pdfinfo")
	need(t, "pdftotext")
	d, _ := Starter(KindQuickStart, DefaultBrandKit())
	back, _ := Starter(KindCare, DefaultBrandKit())
	d.Back = &back.Front
	other := *demoProduct
	other.Key, other.Name = "JH-MUG-02", "Stoneware Mug"
	path, res := exportTo(t, ExportJob{Design: d, Layout: LayoutLetter, Cards: []CardCopies{
		{Data: MergeData{Product: demoProduct, ShopName: "Juniper Home"}, Copies: 2},
		{Data: MergeData{Product: &other, ShopName: "Juniper Home"}, Copies: 1}}})
	if res.PerSheet != 2 || res.Pages != 4 || res.Cards != 3 || res.Duplex != "short-edge" {
		t.Fatalf("result %+v", res)
	}
	run(t, "qpdf", "--check", path)
	info := run(t, "pdfinfo", path)
	if !strings.Contains(info, "Pages:           4") || !strings.Contains(info, "792 x 612 pts") {
		t.Fatalf("pdfinfo:\n%s", info)
	}
	text := run(t, "pdftotext", "-f", "3", "-l", "4", path, "-")
	for _, want := range []string{"Stoneware Mug", "Plug in the USB-C cable.", "Dust the lens with a soft cloth."} {
		if !strings.Contains(text, want) {
			t.Fatalf("sheets 3-4 lack %q:\n%s", want, text)
		}
	}
}

// TestRenderStarters writes PNGs of every starter when CARDS_PNG_DIR is
// set, for a person to look at.
func TestRenderStarters(t *testing.T) {
	dir := os.Getenv("CARDS_PNG_DIR")
	if dir == "" {
		t.Skip("set CARDS_PNG_DIR to render the starters")
	}
	need(t, "pdftoppm")
	for _, kind := range Kinds {
		d, _ := Starter(kind, BrandKit{HasLogo: true, ShopHandle: "juniperhome"})
		path, _ := exportTo(t, ExportJob{Design: d, Layout: LayoutSingle, CropMarks: true, Assets: testLogo(t),
			Cards: []CardCopies{{Data: MergeData{Product: demoProduct, ShopName: "Juniper Home", ShopHandle: "juniperhome"}, Copies: 1}}})
		run(t, "pdftoppm", "-r", "50", "-png", "-singlefile", path, filepath.Join(dir, kind))
	}
	d, _ := Starter(KindWhatsInBox, DefaultBrandKit())
	path, _ := exportTo(t, ExportJob{Design: d, Layout: LayoutLetter, Cards: []CardCopies{{Data: MergeData{Product: demoProduct}, Copies: 2}}})
	run(t, "pdftoppm", "-r", "40", "-png", "-singlefile", path, filepath.Join(dir, "letter"))
}
