package cards

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// pdfWriter draws display lists with gofpdf. It registers each font face
// and image once per document.
type pdfWriter struct {
	pdf    *gofpdf.Fpdf
	fonts  map[string]string // face key -> PDF family name
	images map[string]bool
	book   *FontBook
	color  struct{ fill, draw, text string }
}

func newPDFWriter(book *FontBook, title string) *pdfWriter {
	pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "mm", Size: gofpdf.SizeType{Wd: 100, Ht: 100}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetCompression(true)
	pdf.SetTitle(title, true)
	pdf.SetCreator("Afterloop", false)
	pdf.SetProducer("Afterloop", false)
	return &pdfWriter{pdf: pdf, fonts: map[string]string{}, images: map[string]bool{}, book: book}
}

func (w *pdfWriter) addPage(width, height float64) {
	w.pdf.AddPageFormat("P", gofpdf.SizeType{Wd: width, Ht: height})
	// gofpdf resets colours per page in the content stream; forget ours.
	w.color.fill, w.color.draw, w.color.text = "", "", ""
}

func rgb(c string) (int, int, int) {
	r, g, b, _ := parseColor(c)
	return r, g, b
}

func (w *pdfWriter) fill(c string) {
	if w.color.fill != c {
		w.pdf.SetFillColor(rgb(c))
		w.color.fill = c
	}
}

func (w *pdfWriter) draw(c string) {
	if w.color.draw != c {
		w.pdf.SetDrawColor(rgb(c))
		w.color.draw = c
	}
}

func (w *pdfWriter) text(c string) {
	if w.color.text != c {
		w.pdf.SetTextColor(rgb(c))
		w.color.text = c
	}
}

// card draws one display list with its trim's top-left corner at (ox, oy),
// clipped to its bleed box.
func (w *pdfWriter) card(dl *DisplayList, ox, oy float64) error {
	p := w.pdf
	p.ClipRect(ox+dl.Bleed.X, oy+dl.Bleed.Y, dl.Bleed.W, dl.Bleed.H, false)
	defer w.restore()
	for i := range dl.Items {
		it := &dl.Items[i]
		switch it.Kind {
		case ItemRect:
			style := ""
			if it.Fill != "" {
				w.fill(it.Fill)
				style += "F"
			}
			if it.Stroke != "" && it.StrokeMm > 0 {
				w.draw(it.Stroke)
				p.SetLineWidth(it.StrokeMm)
				style += "D"
			}
			if style == "" {
				continue
			}
			if it.RadiusMm > 0 {
				w.roundedRect(ox+it.X, oy+it.Y, it.W, it.H, it.RadiusMm, style)
			} else {
				p.Rect(ox+it.X, oy+it.Y, it.W, it.H, style)
			}
		case ItemLine:
			w.draw(it.Stroke)
			p.SetLineWidth(it.StrokeMm)
			p.Line(ox+it.X, oy+it.Y, ox+it.X2, oy+it.Y2)
		case ItemImage:
			img, ok := dl.Images[it.Image]
			if !ok {
				continue
			}
			kind := "PNG"
			if img.Mime == "image/jpeg" {
				kind = "JPG"
			}
			opts := gofpdf.ImageOptions{ImageType: kind}
			if !w.images[it.Image] {
				p.RegisterImageOptionsReader(it.Image, opts, bytes.NewReader(img.Data))
				w.images[it.Image] = true
			}
			if it.Clip != nil {
				p.ClipRect(ox+it.Clip.X, oy+it.Clip.Y, it.Clip.W, it.Clip.H, false)
			}
			p.ImageOptions(it.Image, ox+it.X, oy+it.Y, it.W, it.H, false, opts, 0, "")
			if it.Clip != nil {
				w.restore()
			}
		case ItemQR:
			if it.Fill != "" {
				w.fill(it.Fill)
				p.Rect(ox+it.X, oy+it.Y, it.W, it.H, "F")
			}
			w.fill(it.Color)
			m := it.W / float64(it.QR.Modules)
			for _, r := range it.QR.Runs {
				p.Rect(ox+it.X+float64(r[1])*m, oy+it.Y+float64(r[0])*m, float64(r[2])*m, m, "F")
			}
		case ItemText:
			name, err := w.font(it.Font)
			if err != nil {
				return err
			}
			p.SetFont(name, "", it.SizePt)
			// Text is painted with the fill colour; setting both keeps
			// gofpdf from wrapping every line in its own colour state.
			w.text(it.Color)
			w.fill(it.Color)
			for _, r := range it.Runs {
				p.Text(ox+r.X, oy+r.Y, r.Text)
			}
		}
	}
	return p.Error()
}

// roundedRect draws a rounded rectangle as one path. (gofpdf's RoundedRect
// opens a graphics state it never closes, which breaks the card clips.)
func (w *pdfWriter) roundedRect(x, y, wd, ht, r float64, style string) {
	const k = 0.5523 // Bézier control distance for a quarter circle
	p := w.pdf
	p.MoveTo(x+r, y)
	p.LineTo(x+wd-r, y)
	p.CurveBezierCubicTo(x+wd-r+k*r, y, x+wd, y+r-k*r, x+wd, y+r)
	p.LineTo(x+wd, y+ht-r)
	p.CurveBezierCubicTo(x+wd, y+ht-r+k*r, x+wd-r+k*r, y+ht, x+wd-r, y+ht)
	p.LineTo(x+r, y+ht)
	p.CurveBezierCubicTo(x+r-k*r, y+ht, x, y+ht-r+k*r, x, y+ht-r)
	p.LineTo(x, y+r)
	p.CurveBezierCubicTo(x, y+r-k*r, x+r-k*r, y, x+r, y)
	p.ClosePath()
	p.DrawPath(style)
}

// restore ends a clip. The PDF graphics state (colours, line width) goes
// back to what it was before the clip, so the cached colours are forgotten.
func (w *pdfWriter) restore() {
	w.pdf.ClipEnd()
	w.color.fill, w.color.draw, w.color.text = "", "", ""
}

func (w *pdfWriter) font(key string) (string, error) {
	if name, ok := w.fonts[key]; ok {
		return name, nil
	}
	family, style, _ := strings.Cut(key, "|")
	face, ok := w.book.Face(family, style)
	if !ok {
		return "", fmt.Errorf("font %s is not available", key)
	}
	name := "F" + strconv.Itoa(len(w.fonts)+1)
	w.pdf.AddUTF8FontFromBytes(name, "", face.Data)
	w.fonts[key] = name
	return name, w.pdf.Error()
}

func (w *pdfWriter) marks(segs []Segment) {
	w.draw("#000000")
	w.pdf.SetLineWidth(MarkStrokeMm)
	for _, s := range segs {
		w.pdf.Line(s.X1, s.Y1, s.X2, s.Y2)
	}
}

func (w *pdfWriter) output(out io.Writer) error {
	if err := w.pdf.Error(); err != nil {
		return err
	}
	return w.pdf.Output(out)
}
