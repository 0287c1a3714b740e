package cards

// DisplayList is one laid-out side of one card: everything a renderer needs
// and nothing it has to compute. Coordinates are millimetres from the trim's
// top-left corner (the bleed box starts at -bleedMm). The PDF renderer draws
// it; the designer draws the same list as SVG with a viewBox over the bleed
// box, the same TrueType files (CardService.FontData) and
// `font-kerning: none`, placing every text run at its x and baseline y.
type DisplayList struct {
	Schema   int     `json:"schema"`
	Side     string  `json:"side"`
	WidthMm  float64 `json:"widthMm"`  // trim
	HeightMm float64 `json:"heightMm"` // trim
	BleedMm  float64 `json:"bleedMm"`
	SafeMm   float64 `json:"safeMm"`
	// Guides for the canvas (not printed).
	Trim  Rect `json:"trim"`
	Bleed Rect `json:"bleed"`
	Safe  Rect `json:"safe"`
	// Items in drawing order, clipped to the bleed box.
	Items []Item `json:"items"`
	// Images by key, referenced by image items.
	Images map[string]ImageAsset `json:"images"`
	// Fonts are the faces the text items use ("Liberation Sans|bold").
	Fonts    []FontRef      `json:"fonts"`
	Warnings []Warning      `json:"warnings"`
	Findings []TextFinding  `json:"findings"`
	Fields   map[string]int `json:"-"`
}

// Rect is a box in millimetres.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Item kinds.
const (
	ItemRect  = "rect"
	ItemLine  = "line"
	ItemImage = "image"
	ItemQR    = "qr"
	ItemText  = "text"
)

// Item is one drawing operation. Fields unused by a kind are omitted.
type Item struct {
	Kind      string  `json:"kind"`
	ElementID string  `json:"elementId,omitempty"` // "" for the background
	X         float64 `json:"x"`
	Y         float64 `json:"y"`
	W         float64 `json:"w,omitempty"`
	H         float64 `json:"h,omitempty"`

	// rect: fill and/or stroke ("" = none); line: from (x, y) to (x2, y2).
	X2       float64 `json:"x2,omitempty"`
	Y2       float64 `json:"y2,omitempty"`
	Fill     string  `json:"fill,omitempty"`
	Stroke   string  `json:"stroke,omitempty"`
	StrokeMm float64 `json:"strokeMm,omitempty"`
	RadiusMm float64 `json:"radiusMm,omitempty"`

	// image: the placed box (aspect kept) and its effective resolution.
	Image string  `json:"image,omitempty"` // key into DisplayList.Images
	DPI   float64 `json:"dpi,omitempty"`
	// Clip, when set, limits the image (a background image covers the bleed box).
	Clip *Rect `json:"clip,omitempty"`

	// qr: dark modules as horizontal runs on a Modules × Modules grid
	// (quiet zone included) filling the square x, y, w.
	QR *QRGrid `json:"qr,omitempty"`

	// text: one run per line (and per list marker), already broken.
	Font   string  `json:"font,omitempty"` // face key: family|style
	Family string  `json:"family,omitempty"`
	Style  string  `json:"style,omitempty"` // regular | bold | italic | bolditalic
	SizePt float64 `json:"sizePt,omitempty"`
	SizeMm float64 `json:"sizeMm,omitempty"`
	Color  string  `json:"color,omitempty"` // text, QR modules, line stroke
	Runs   []Run   `json:"runs,omitempty"`
}

// Run is one line of text: drawn with its left end at x and its baseline
// at y. W is its advance width, for textLength on the canvas.
type Run struct {
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	W    float64 `json:"w"`
	Text string  `json:"text"`
}

// QRGrid is an encoded QR code.
type QRGrid struct {
	Modules int      `json:"modules"`
	Runs    [][3]int `json:"runs"` // [row, column, length] of dark modules
	Content string   `json:"content"`
}

// ImageAsset is an image's bytes (base64 in JSON).
type ImageAsset struct {
	Mime     string `json:"mime"`
	Data     []byte `json:"data"`
	WidthPx  int    `json:"widthPx"`
	HeightPx int    `json:"heightPx"`
}

// FontRef names a face used on the side.
type FontRef struct {
	Key    string `json:"key"`
	Family string `json:"family"`
	Style  string `json:"style"`
}

// Warning codes.
const (
	WarnLowDPI       = "low_dpi"
	WarnOverflow     = "overflow"
	WarnQRCode       = "qr_code"
	WarnFontFallback = "font_fallback"
	WarnEmptyField   = "empty_field"
	WarnUnknownField = "unknown_field"
	WarnSampleData   = "sample_data"
	WarnMissingImage = "missing_image"
	WarnOutsideSafe  = "outside_safe"
	WarnMissingGlyph = "missing_glyph"
)

// Warning is something the seller should look at; it never stops an export.
type Warning struct {
	Code      string `json:"code"`
	ElementID string `json:"elementId,omitempty"`
	Message   string `json:"message"`
}
