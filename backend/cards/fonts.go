package cards

import (
	"embed"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

//go:embed fonts/*.ttf
var bundledFiles embed.FS

// Font styles.
const (
	StyleRegular    = "regular"
	StyleBold       = "bold"
	StyleItalic     = "italic"
	StyleBoldItalic = "bolditalic"
)

// DefaultFamily is used when a design names a font this computer lacks.
const DefaultFamily = "Liberation Sans"

// bundled maps family -> style -> file. The faces are open-licence
// (SIL OFL 1.1, see fonts/LICENSE-*.txt): Liberation Sans and Serif are
// metric-compatible with Arial and Times, Carlito with Calibri.
var bundled = map[string]map[string]string{
	"Liberation Sans": {StyleRegular: "LiberationSans-Regular.ttf", StyleBold: "LiberationSans-Bold.ttf",
		StyleItalic: "LiberationSans-Italic.ttf", StyleBoldItalic: "LiberationSans-BoldItalic.ttf"},
	"Liberation Serif": {StyleRegular: "LiberationSerif-Regular.ttf", StyleBold: "LiberationSerif-Bold.ttf",
		StyleItalic: "LiberationSerif-Italic.ttf"},
	"Carlito": {StyleRegular: "Carlito-Regular.ttf", StyleBold: "Carlito-Bold.ttf"},
}

// Face is one parsed TrueType file. Advance widths are read from the font
// once per rune and cached: line breaking asks for the same letters again
// and again.
type Face struct {
	Family  string
	Style   string
	Data    []byte
	Bundled bool

	font    *sfnt.Font
	upem    float64
	ascent  float64 // em units, positive up
	descent float64 // em units, positive down

	mu     sync.RWMutex
	widths map[rune]float64 // em units
}

// Key names the face in PDFs and in the display list ("Liberation Sans|bold").
func (f *Face) Key() string { return f.Family + "|" + f.Style }

// ErrNotTrueType is returned for files that are not TrueType fonts.
var ErrNotTrueType = errors.New("not a TrueType font")

// ParseFace parses and checks a TrueType file. OpenType CFF (.otf) fonts
// are refused: the PDF library embeds TrueType outlines only.
func ParseFace(family, style string, data []byte) (*Face, error) {
	if len(data) < 12 {
		return nil, ErrNotTrueType
	}
	tag := string(data[:4])
	if tag != "\x00\x01\x00\x00" && tag != "true" {
		return nil, ErrNotTrueType
	}
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotTrueType, err)
	}
	var buf sfnt.Buffer
	upem := float64(f.UnitsPerEm())
	if upem <= 0 {
		return nil, ErrNotTrueType
	}
	m, err := f.Metrics(&buf, fixed.I(int(upem)), font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotTrueType, err)
	}
	if family == "" {
		family, _ = f.Name(&buf, sfnt.NameIDFamily)
	}
	if family == "" {
		return nil, fmt.Errorf("%w: the font has no family name", ErrNotTrueType)
	}
	face := &Face{Family: family, Style: style, Data: data, font: f, upem: upem,
		ascent: float64(m.Ascent) / 64 / upem, descent: float64(m.Descent) / 64 / upem, widths: map[rune]float64{}}
	if _, err := f.GlyphIndex(&buf, 'a'); err != nil {
		return nil, fmt.Errorf("%w: no Unicode character map", ErrNotTrueType)
	}
	return face, nil
}

// FamilyName reads the family name from a TrueType file.
func FamilyName(data []byte) (string, error) {
	f, err := ParseFace("", StyleRegular, data)
	if err != nil {
		return "", err
	}
	return f.Family, nil
}

// Advance is the advance width of r in em units (0 for a missing glyph's
// notdef is still its real width: the PDF draws notdef too).
func (f *Face) Advance(r rune) float64 {
	f.mu.RLock()
	w, ok := f.widths[r]
	f.mu.RUnlock()
	if ok {
		return w
	}
	var buf sfnt.Buffer
	idx, err := f.font.GlyphIndex(&buf, r)
	if err == nil {
		var adv fixed.Int26_6
		if adv, err = f.font.GlyphAdvance(&buf, idx, fixed.I(int(f.upem)), font.HintingNone); err == nil {
			w = float64(adv) / 64 / f.upem
		}
	}
	f.mu.Lock()
	f.widths[r] = w
	f.mu.Unlock()
	return w
}

// HasGlyph reports whether the font draws r.
func (f *Face) HasGlyph(r rune) bool {
	var buf sfnt.Buffer
	idx, err := f.font.GlyphIndex(&buf, r)
	return err == nil && idx != 0
}

// Width is the advance width of s in millimetres at sizePt points. Kerning
// is not applied, in the PDF or on the canvas (font-kerning: none).
func (f *Face) Width(s string, sizePt float64) float64 {
	em := 0.0
	for _, r := range s {
		em += f.Advance(r)
	}
	return em * ptToMm(sizePt)
}

func ptToMm(pt float64) float64 { return pt * mmPerInch / 72 }

// FontBook holds the bundled faces and the seller's own. It is safe for
// concurrent use.
type FontBook struct {
	mu    sync.RWMutex
	faces map[string]map[string]*Face // family -> style -> face
}

var (
	bundledOnce sync.Once
	bundledBook map[string]map[string]*Face
	bundledErr  error
)

func loadBundled() (map[string]map[string]*Face, error) {
	bundledOnce.Do(func() {
		bundledBook = map[string]map[string]*Face{}
		for family, styles := range bundled {
			bundledBook[family] = map[string]*Face{}
			for style, file := range styles {
				data, err := bundledFiles.ReadFile("fonts/" + file)
				if err != nil {
					bundledErr = err
					return
				}
				face, err := ParseFace(family, style, data)
				if err != nil {
					bundledErr = fmt.Errorf("bundled font %s: %w", file, err)
					return
				}
				face.Bundled = true
				bundledBook[family][style] = face
			}
		}
	})
	return bundledBook, bundledErr
}

// NewFontBook returns the bundled fonts (parsed once per process) plus room
// for the seller's.
func NewFontBook() (*FontBook, error) {
	b, err := loadBundled()
	if err != nil {
		return nil, err
	}
	book := &FontBook{faces: map[string]map[string]*Face{}}
	for family, styles := range b {
		book.faces[family] = map[string]*Face{}
		for style, face := range styles {
			book.faces[family][style] = face
		}
	}
	return book, nil
}

// Add registers a seller font; it replaces a face of the same family and
// style but never a bundled one.
func (b *FontBook) Add(face *Face) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := bundled[face.Family]; ok {
		return fmt.Errorf("%q is a built-in font family; rename the font to add it", face.Family)
	}
	if b.faces[face.Family] == nil {
		b.faces[face.Family] = map[string]*Face{}
	}
	b.faces[face.Family][face.Style] = face
	return nil
}

// FontInfo describes one family for the font picker.
type FontInfo struct {
	Family  string   `json:"family"`
	Styles  []string `json:"styles"`
	Bundled bool     `json:"bundled"`
}

// Families lists every family, bundled first.
func (b *FontBook) Families() []FontInfo {
	b.mu.RLock()
	defer b.mu.RUnlock()
	out := []FontInfo{}
	for family, styles := range b.faces {
		info := FontInfo{Family: family, Styles: []string{}}
		for style, f := range styles {
			info.Styles = append(info.Styles, style)
			info.Bundled = f.Bundled
		}
		sort.Strings(info.Styles)
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Bundled != out[j].Bundled {
			return out[i].Bundled
		}
		return out[i].Family < out[j].Family
	})
	return out
}

// StyleOf is the style name for bold and italic flags.
func StyleOf(bold, italic bool) string {
	switch {
	case bold && italic:
		return StyleBoldItalic
	case bold:
		return StyleBold
	case italic:
		return StyleItalic
	}
	return StyleRegular
}

// Resolve finds the face to draw with. A missing style falls back to the
// nearest one the family has (bold italic -> bold -> italic -> regular) and
// a missing family to DefaultFamily; exact reports whether no fallback was
// needed. Nothing is ever synthesised, so the canvas and the PDF draw the
// very same outlines.
func (b *FontBook) Resolve(family string, bold, italic bool) (face *Face, exact bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	want := StyleOf(bold, italic)
	styles, ok := b.faces[family]
	if !ok || len(styles) == 0 {
		styles = b.faces[DefaultFamily]
	}
	if f, ok := styles[want]; ok {
		return f, family == f.Family
	}
	for _, s := range []string{StyleBoldItalic, StyleBold, StyleItalic, StyleRegular} {
		if (s == StyleBold || s == StyleBoldItalic) && !bold || (s == StyleItalic || s == StyleBoldItalic) && !italic {
			continue
		}
		if f, ok := styles[s]; ok {
			return f, false
		}
	}
	if f, ok := styles[StyleRegular]; ok {
		return f, false
	}
	for _, f := range styles {
		return f, false
	}
	return nil, false
}

// Face returns a face by family and exact style.
func (b *FontBook) Face(family, style string) (*Face, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	f, ok := b.faces[family][strings.ToLower(style)]
	return f, ok
}
