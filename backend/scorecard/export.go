package scorecard

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"afterloop/backend/safefile"

	"github.com/xuri/excelize/v2"
)

// Sheet names of the exported workbook.
const (
	SheetSummary     = "Summary"
	SheetRefunds     = "Refunds by SKU"
	SheetTrends      = "Trends"
	SheetDefinitions = "Definitions"
)

// Status words in the Summary sheet; conditional formatting colors them.
const (
	statusGoodText   = "Good"
	statusBadText    = "Needs attention"
	statusSameText   = "No change"
	statusNoDataText = "No data"
	statusNotMature  = "Not mature yet"
)

// ExportFile writes the workbook of v to path through a temporary file, so
// a failed export never leaves half a workbook under the chosen name.
func ExportFile(v *View, path string, generated time.Time) error {
	return safefile.Write(path, safefile.ModeExport, func(w io.Writer) error {
		return WriteWorkbook(v, w, generated)
	})
}

// WriteWorkbook writes the scorecard of v as an .xlsx workbook: Summary,
// Shop health (when v carries it), Refunds by SKU, Trends (with line charts)
// and Definitions.
func WriteWorkbook(v *View, out io.Writer, generated time.Time) error {
	f := excelize.NewFile()
	defer func() { _ = f.Close() }() // read only, or already written and checked: closing loses nothing
	b := &book{f: f, v: v, generated: generated, styles: map[string]int{}}
	steps := []func() error{b.summary, b.health, b.refunds, b.trends, b.definitions, b.properties}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("build workbook: %w", err)
		}
	}
	if _, err := f.WriteTo(out); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// book carries the workbook being built and its cached styles.
type book struct {
	f         *excelize.File
	v         *View
	generated time.Time
	styles    map[string]int
}

// Colors: a calm palette that prints well in grey scale too.
const (
	colorInk      = "1F2937"
	colorMuted    = "6B7280"
	colorHeader   = "E5E7EB"
	colorRule     = "9CA3AF"
	colorGoodFill = "D1FAE5"
	colorGoodInk  = "065F46"
	colorBadFill  = "FEE2E2"
	colorBadInk   = "991B1B"
)

// style returns a cached style: kind is title, subtitle, header, text,
// wrap, or "num:<format>".
func (b *book) style(kind string) (int, error) {
	if id, ok := b.styles[kind]; ok {
		return id, nil
	}
	s := &excelize.Style{Font: &excelize.Font{Family: "Calibri", Size: 11, Color: colorInk},
		Alignment: &excelize.Alignment{Vertical: "center"}}
	switch {
	case kind == "title":
		s.Font.Size, s.Font.Bold = 16, true
	case kind == "subtitle" || kind == "subtitle-right":
		s.Font.Color = colorMuted
		if kind == "subtitle-right" {
			s.Alignment.Horizontal = "right"
		}
	case kind == "section":
		s.Font.Bold, s.Font.Size = true, 12
	case strings.HasPrefix(kind, "header"):
		s.Font.Bold = true
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorHeader}}
		s.Border = []excelize.Border{{Type: "bottom", Color: colorRule, Style: 1}}
		s.Alignment.WrapText = true
		switch kind {
		case "header-right":
			s.Alignment.Horizontal = "right"
		case "header-center":
			s.Alignment.Horizontal = "center"
		}
		// header-num:<format> is a totals row: header look, number format.
		if format, ok := strings.CutPrefix(kind, "header-num:"); ok {
			s.CustomNumFmt = &format
			s.Alignment.Horizontal = "right"
		}
	case kind == "wrap":
		s.Alignment.WrapText, s.Alignment.Vertical = true, "top"
	case strings.HasPrefix(kind, "num:"):
		format := strings.TrimPrefix(kind, "num:")
		s.CustomNumFmt = &format
		s.Alignment.Horizontal = "right"
	case kind == "status":
		s.Alignment.Horizontal = "center"
	}
	id, err := b.f.NewStyle(s)
	if err != nil {
		return 0, err
	}
	b.styles[kind] = id
	return id, nil
}

// put writes one value with a style.
func (b *book) put(sheet string, col, row int, value any, kind string) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if value != nil {
		if err := b.f.SetCellValue(sheet, cell, value); err != nil {
			return err
		}
	}
	id, err := b.style(kind)
	if err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, cell, cell, id)
}

// number is a nullable metric as a cell value: nil leaves the cell empty,
// which charts draw as a gap rather than a zero.
func number(v *float64) any {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return nil
	}
	return *v
}

// currencySymbols are written in front of amounts; other currencies get
// their code after the amount.
var currencySymbols = map[string]string{"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "SGD": "S$", "AUD": "A$", "CAD": "C$"}

// numberFormat is the Excel format of a unit; signed adds an explicit +
// for the Change column.
func (b *book) numberFormat(unit string, signed bool) string {
	var f string
	switch unit {
	case UnitMoney:
		f = "#,##0"
		if d := b.v.CurrencyDecimals; d > 0 {
			f += "." + strings.Repeat("0", d)
		}
		if sym, ok := currencySymbols[b.v.Currency]; ok {
			f = `"` + sym + `"` + f
		} else if b.v.Currency != "" {
			f += ` "` + b.v.Currency + `"`
		}
	case UnitRate:
		f = "0.0%"
	case UnitHours:
		f = `0.0" h"`
	case UnitStars:
		f = "0.00"
	case UnitWords:
		f = "0.0"
	default:
		f = "#,##0"
	}
	if signed {
		// Positive; negative; zero. A minus sign, not parentheses: the
		// change of a refund rate is not an accounting loss.
		return "+" + f + ";-" + f + ";" + f
	}
	return f
}

// widths sets column widths that fit their longest value (in characters,
// Excel's unit), within bounds so one long product name cannot take over.
func (b *book) widths(sheet string, columns [][]string, minimum, maximum float64) error {
	for i, values := range columns {
		name, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := b.f.SetColWidth(sheet, name, name, fitWidth(values, minimum, maximum)); err != nil {
			return err
		}
	}
	return nil
}

// fitWidth is the width that fits the longest value, within bounds.
func fitWidth(values []string, minimum, maximum float64) float64 {
	w := minimum
	for _, s := range values {
		w = max(w, float64(utf8.RuneCountInString(s))*1.1+2)
	}
	return min(w, maximum)
}

// columnPixels is how wide a column of width w (in characters) draws at the
// default font: Excel pads each column by 5 pixels.
func columnPixels(w float64) int { return int(w*7) + 5 }

// printSetup makes a sheet print landscape, one page wide (and one page
// tall when onePage), with its header row repeated on every page and the
// shop and week in the page header.
func (b *book) printSetup(sheet string, headerRow int, onePage bool) error {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	if onePage {
		tall = 1
	}
	size := 9 // A4
	if b.v.Currency == "USD" || b.v.Currency == "CAD" {
		size = 1 // Letter
	}
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall, Size: &size}); err != nil {
		return err
	}
	margin, edge := 0.5, 0.3
	if err := b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &margin, Right: &margin, Top: &margin, Bottom: &margin,
		Header: &edge, Footer: &edge}); err != nil {
		return err
	}
	title := strings.ReplaceAll(b.title(), "&", "&&")
	if err := b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddHeader: "&L" + title + "&R" + sheet,
		OddFooter: "&LAfterloop&RPage &P of &N"}); err != nil {
		return err
	}
	if headerRow > 0 {
		return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headerRow, headerRow)})
	}
	return nil
}

// title is "Shop — Weekly scorecard 2026-W10".
func (b *book) title() string {
	if b.v.ShopName == "" {
		return "Weekly scorecard " + b.v.Week
	}
	return b.v.ShopName + " — Weekly scorecard " + b.v.Week
}

// heading writes a sheet's title and subtitle in rows 1 and 2.
func (b *book) heading(sheet, title string) error {
	if err := b.put(sheet, 1, 1, title, "title"); err != nil {
		return err
	}
	if err := b.f.SetRowHeight(sheet, 1, 24); err != nil {
		return err
	}
	sub := fmt.Sprintf("%s · shop time zone %s · generated %s", b.v.Label, b.v.TimeZone, b.generated.Format("2 Jan 2006 15:04"))
	return b.put(sheet, 1, 2, sub, "subtitle")
}

func (b *book) properties() error {
	if err := b.f.SetDocProps(&excelize.DocProperties{Title: b.title(), Creator: "Afterloop",
		Description: "Weekly operational scorecard " + b.v.Week + " (" + b.v.Label + ")",
		Created:     b.generated.UTC().Format(time.RFC3339)}); err != nil {
		return err
	}
	idx, err := b.f.GetSheetIndex(SheetSummary)
	if err != nil {
		return err
	}
	b.f.SetActiveSheet(idx)
	return nil
}

// shownLength estimates how many characters a value takes in its number
// format, to size columns: thousands separators, decimals, symbol or code.
func (b *book) shownLength(unit string, v *float64) int {
	if v == nil {
		return 0
	}
	digits := len(strconv.FormatFloat(math.Abs(math.Trunc(*v)), 'f', 0, 64))
	n := digits + (digits-1)/3 + 1 // separators, sign
	switch unit {
	case UnitMoney:
		n += b.v.CurrencyDecimals + 1 + len(currencySymbols[b.v.Currency])
		if _, ok := currencySymbols[b.v.Currency]; !ok {
			n += len(b.v.Currency) + 1
		}
	case UnitRate:
		n = len(strconv.FormatFloat(*v*100, 'f', 1, 64)) + 1
	case UnitHours:
		n += 4
	case UnitStars, UnitWords:
		n += 3
	}
	return n
}
