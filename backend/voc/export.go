package voc

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/domain"
	"afterloop/backend/safefile"
)

// ExportRow is one entry as the spreadsheet shows it.
type ExportRow struct {
	Entry            domain.VocEntry
	Owner            string // label: "Ops" or the teammate's name
	CardName         string // the linked insert card, if any
	FrequencyPerWeek float64
	LastFourWeeks    int
	Impact           *Impact // nil until the fix shipped
}

type column struct {
	title string
	width float64
	style string // "", "date", "datetime", "percent", "number", "decimal", "wrap"
	value func(r ExportRow, loc *time.Location) any
}

// columns of the log sheet. Dates are written as real spreadsheet dates (a
// serial number with a date format), so sorting and filtering work.
var columns = []column{
	{"ID", 6, "number", func(r ExportRow, _ *time.Location) any { return r.Entry.ID }},
	{"Issue", 40, "wrap", func(r ExportRow, _ *time.Location) any { return r.Entry.Title }},
	{"Status", 12, "", func(r ExportRow, _ *time.Location) any { return optionLabel(domain.VocStatuses, r.Entry.Status) }},
	{"Category", 18, "", func(r ExportRow, _ *time.Location) any { return categoryLabel(r.Entry.Category) }},
	{"Subcategory", 22, "", func(r ExportRow, _ *time.Location) any { return subcategoryLabel(r.Entry.Subcategory) }},
	{"Affected SKUs", 24, "wrap", func(r ExportRow, _ *time.Location) any { return strings.Join(r.Entry.SKUs, ", ") }},
	{"Frequency / week", 12, "decimal", func(r ExportRow, _ *time.Location) any { return r.FrequencyPerWeek }},
	{"Last 4 weeks", 10, "number", func(r ExportRow, _ *time.Location) any { return r.LastFourWeeks }},
	{"Root cause", 22, "", func(r ExportRow, _ *time.Location) any { return blankKey(domain.RootCauses, r.Entry.RootCause) }},
	{"Root cause detail", 36, "wrap", func(r ExportRow, _ *time.Location) any { return r.Entry.RootCauseDetail }},
	{"Fix", 40, "wrap", func(r ExportRow, _ *time.Location) any { return r.Entry.Fix }},
	{"What changed", 16, "", func(r ExportRow, _ *time.Location) any { return blankKey(domain.FixKinds, r.Entry.FixKind) }},
	{"Insert card", 20, "", func(r ExportRow, _ *time.Location) any { return r.CardName }},
	{"Reference", 24, "wrap", func(r ExportRow, _ *time.Location) any { return r.Entry.FixReference }},
	{"Owner", 16, "", func(r ExportRow, _ *time.Location) any { return r.Owner }},
	{"Fix shipped", 12, "date", func(r ExportRow, _ *time.Location) any { return dateCell(r.Entry.FixShippedOn) }},
	{"Refund rate before", 12, "percent", func(r ExportRow, _ *time.Location) any { return impactRate(r, true) }},
	{"Refund rate after", 12, "percent", func(r ExportRow, _ *time.Location) any { return impactRate(r, false) }},
	{"Eligible lines before / after", 16, "", func(r ExportRow, _ *time.Location) any { return impactLines(r) }},
	{"p-value", 9, "p", func(r ExportRow, _ *time.Location) any { return impactP(r) }},
	{"Verdict", 18, "", func(r ExportRow, _ *time.Location) any { return verdictLabel(r) }},
	{"Notes", 40, "wrap", func(r ExportRow, _ *time.Location) any { return r.Entry.Notes }},
	{"Created", 17, "datetime", func(r ExportRow, loc *time.Location) any { return wallClock(r.Entry.CreatedAt, loc) }},
	{"Updated", 17, "datetime", func(r ExportRow, loc *time.Location) any { return wallClock(r.Entry.UpdatedAt, loc) }},
}

// WriteXLSX writes the log to path: one sheet, a bold frozen header row,
// set column widths and a filter on the header.
func WriteXLSX(path string, rows []ExportRow, loc *time.Location) error {
	f := excelize.NewFile()
	defer func() { _ = f.Close() }() // read only, or already written and checked: closing loses nothing
	const sheet = "Voice of Customer"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	styles := map[string]int{}
	for name, st := range map[string]*excelize.Style{
		"header":   {Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Color: []string{"E8EAF0"}, Pattern: 1}},
		"date":     {CustomNumFmt: ptr("yyyy-mm-dd")},
		"datetime": {CustomNumFmt: ptr("yyyy-mm-dd hh:mm")},
		"percent":  {NumFmt: 10}, // 0.00%
		"decimal":  {NumFmt: 2},  // 0.00
		"p":        {CustomNumFmt: ptr("0.000")},
		"number":   {NumFmt: 1},
		"wrap":     {Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}},
	} {
		id, err := f.NewStyle(st)
		if err != nil {
			return err
		}
		styles[name] = id
	}
	for i, c := range columns {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellValue(sheet, cell, c.title); err != nil {
			return err
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, name, name, c.width); err != nil {
			return err
		}
		if c.style != "" {
			if err := f.SetColStyle(sheet, name, styles[c.style]); err != nil {
				return err
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(columns), 1)
	if err := f.SetCellStyle(sheet, "A1", last, styles["header"]); err != nil {
		return err
	}
	for r, row := range rows {
		for i, c := range columns {
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			v := c.value(row, loc)
			if v == nil {
				continue
			}
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				return err
			}
			if c.style != "" {
				if err := f.SetCellStyle(sheet, cell, cell, styles[c.style]); err != nil {
					return err
				}
			}
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	lastCell, _ := excelize.CoordinatesToCellName(len(columns), len(rows)+1)
	if err := f.AutoFilter(sheet, "A1:"+lastCell, nil); err != nil {
		return err
	}
	if err := safefile.Write(path, safefile.ModeExport, func(w io.Writer) error { return f.Write(w) }); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func ptr(s string) *string { return &s }

// dateCell is a YYYY-MM-DD date as a spreadsheet date; nil when empty.
func dateCell(date string) any {
	d, err := time.Parse(domain.DateLayout, date)
	if err != nil {
		return nil
	}
	return d
}

// wallClock is the shop-local time with its wall clock kept: excelize
// turns a time into a serial number from its UTC reading, and a sheet has
// no time zone, so the shop time is written as if it were UTC.
func wallClock(unix int64, loc *time.Location) any {
	if unix == 0 {
		return nil
	}
	t := time.Unix(unix, 0).In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

func impactRate(r ExportRow, before bool) any {
	if r.Impact == nil {
		return nil
	}
	w := r.Impact.After
	if before {
		w = r.Impact.Before
	}
	if w.RefundRate == nil {
		return nil
	}
	return *w.RefundRate
}

func impactLines(r ExportRow) any {
	if r.Impact == nil {
		return nil
	}
	return fmt.Sprintf("%d / %d", r.Impact.Before.EligibleLines, r.Impact.After.EligibleLines)
}

func impactP(r ExportRow) any {
	if r.Impact == nil || r.Impact.PValue == nil {
		return nil
	}
	return *r.Impact.PValue
}

func verdictLabel(r ExportRow) any {
	if r.Impact == nil {
		return nil
	}
	return optionLabel(Verdicts, r.Impact.Verdict)
}

func blankKey(opts []domain.Option, key string) string {
	if key == "" {
		return ""
	}
	return optionLabel(opts, key)
}

func categoryLabel(key string) string {
	for _, c := range domain.SupportTaxonomy {
		if c.Key == key {
			return c.Label
		}
	}
	return key
}

func subcategoryLabel(key string) string {
	if _, s, ok := domain.FindSubcategory(key); ok {
		return s.Label
	}
	return key
}
