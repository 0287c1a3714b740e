package cards

import (
	"fmt"
	"io"
	"runtime"
	"sync"
)

// CardCopies is one merged card and how many to print.
type CardCopies struct {
	Data   MergeData
	Copies int
}

// ExportJob is one PDF to write.
type ExportJob struct {
	Design    Design
	Cards     []CardCopies
	Layout    string // single | letter | a4
	CropMarks bool   // single layout only; N-up sheets always have marks
	Assets    Assets
}

// ExportResult says what was written.
type ExportResult struct {
	Pages    int    `json:"pages"`
	Cards    int    `json:"cards"`
	PerSheet int    `json:"perSheet"`
	Sheet    string `json:"sheet"`
	// Duplex says how to print a two-sided card on a home printer:
	// "long-edge" or "short-edge" flip; "" when one-sided or print shop.
	Duplex   string    `json:"duplex"`
	Warnings []Warning `json:"warnings"`
}

// MaxExportCards keeps one export to a size a desktop can write quickly.
const MaxExportCards = 20000

// Export writes the PDF. Each distinct card is laid out once per side and
// drawn as many times as it is printed.
func (e *Engine) Export(out io.Writer, job ExportJob) (ExportResult, error) {
	res := ExportResult{Warnings: []Warning{}}
	d := job.Design
	type laid struct{ front, back *DisplayList }
	var seq []*laid // one entry per printed card
	seen := map[string]bool{}
	// Lay out every distinct card first, on all cores: QR encoding and line
	// breaking dominate an export of many different SKUs.
	laidOut := make([]*laid, len(job.Cards))
	errs := make([]error, len(job.Cards))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				l := &laid{}
				l.front, errs[i] = e.Layout(d, "front", job.Cards[i].Data, job.Assets)
				if errs[i] == nil && d.Back != nil {
					l.back, errs[i] = e.Layout(d, "back", job.Cards[i].Data, job.Assets)
				}
				laidOut[i] = l
			}
		}()
	}
	total := 0
	for i, c := range job.Cards {
		if c.Copies > 0 {
			total += c.Copies
			if total > MaxExportCards {
				break
			}
			next <- i
		}
	}
	close(next)
	wg.Wait()
	if total > MaxExportCards {
		return res, fmt.Errorf("an export holds at most %d cards", MaxExportCards)
	}
	for i, c := range job.Cards {
		if c.Copies <= 0 {
			continue
		}
		if errs[i] != nil {
			return res, errs[i]
		}
		l := laidOut[i]
		for _, dl := range []*DisplayList{l.front, l.back} {
			if dl == nil {
				continue
			}
			for _, w := range dl.Warnings {
				if k := w.Code + w.ElementID + w.Message; !seen[k] && w.Code != WarnQRCode {
					seen[k] = true
					res.Warnings = append(res.Warnings, w)
				}
			}
		}
		for j := 0; j < c.Copies; j++ {
			seq = append(seq, l)
		}
	}
	if len(seq) == 0 {
		return res, fmt.Errorf("nothing to print: choose at least one product and a quantity")
	}
	res.Cards = len(seq)
	pw := newPDFWriter(e.Fonts, d.Name)
	w, h, b := d.Size.WidthMm, d.Size.HeightMm, d.BleedMm
	switch job.Layout {
	case LayoutSingle:
		slug := 0.0
		if job.CropMarks {
			slug = singleSlugMm
		}
		pageW, pageH := w+2*b+2*slug, h+2*b+2*slug
		for _, l := range seq {
			for _, dl := range []*DisplayList{l.front, l.back} {
				if dl == nil {
					continue
				}
				pw.addPage(pageW, pageH)
				// Boxes are symmetric, so PDF's bottom-up y equals ours.
				pw.pdf.SetPageBox("bleed", slug, slug, w+2*b, h+2*b)
				pw.pdf.SetPageBox("trim", slug+b, slug+b, w, h)
				if err := pw.card(dl, slug+b, slug+b); err != nil {
					return res, err
				}
				if job.CropMarks {
					pw.marks(CropMarks([]Rect{{slug + b, slug + b, w, h}}, b))
				}
				res.Pages++
			}
		}
		res.PerSheet = 1
		res.Sheet = fmt.Sprintf("%.2f × %.2f mm", pageW, pageH)
	case LayoutLetter, LayoutA4:
		sheet := Letter
		if job.Layout == LayoutA4 {
			sheet = A4
		}
		im, err := NUp(sheet, w, h, DefaultNUp(b))
		if err != nil {
			return res, err
		}
		res.PerSheet, res.Sheet = im.PerSheet(), sheet.Name
		if d.Back != nil {
			res.Duplex = "long-edge"
			if im.Landscape {
				res.Duplex = "short-edge"
			}
		}
		for start := 0; start < len(seq); start += im.PerSheet() {
			batch := seq[start:min(start+im.PerSheet(), len(seq))]
			pw.addPage(im.WidthMm, im.HeightMm)
			var trims []Rect
			for i, l := range batch {
				s := im.Slots[i]
				if err := pw.card(l.front, s.X, s.Y); err != nil {
					return res, err
				}
				trims = append(trims, s)
			}
			pw.marks(CropMarks(trims, b))
			res.Pages++
			if d.Back == nil {
				continue
			}
			pw.addPage(im.WidthMm, im.HeightMm)
			trims = trims[:0]
			for i, l := range batch {
				s := im.MirrorSlot(i)
				if err := pw.card(l.back, s.X, s.Y); err != nil {
					return res, err
				}
				trims = append(trims, s)
			}
			pw.marks(CropMarks(trims, b))
			res.Pages++
		}
	default:
		return res, fmt.Errorf("layout must be single, letter or a4, not %q", job.Layout)
	}
	return res, pw.output(out)
}
