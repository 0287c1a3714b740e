package importer

import (
	"context"
	"strings"
	"time"
)

// This file lends the order importer's file handling to the other
// spreadsheet imports (reviews, comments), so a seller's messy file is read
// the same way everywhere: the same sniffing and refusals, any delimiter,
// BOM, streamed .xlsx, the same cell cleaning and the same date rules.

// TableKind words a file refusal for another import: what was expected and
// how to get the right file.
type TableKind struct {
	Expected string // "a reviews export"
	Hint     string // shown as the error's "hint" detail
}

// ReadTable calls fn with every row of a .csv or .xlsx file (header
// included) as cleaned cells, its 1-based row number as a spreadsheet app
// shows it, and damage: why the row cannot be trusted ("" when fine). A file
// that is not a readable spreadsheet is refused with an apperr before fn is
// called. It stops at fn's first error or when ctx is done.
func ReadTable(ctx context.Context, path string, kind TableKind, fn func(row int, cells []string, damage string) error) error {
	src, err := openSourceFor(path, fileKind{expected: kind.Expected, hint: kind.Hint})
	if err != nil {
		return err
	}
	defer func() { _ = src.close() }() // read only, or already written and checked: closing loses nothing
	for src.next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		cells := src.cells()
		clean := make([]string, len(cells))
		for i, c := range cells {
			clean[i] = CleanSpreadsheetCell(c)
		}
		if err := fn(src.rowNumber(), clean, src.damage()); err != nil {
			return err
		}
	}
	if err := src.err(); err != nil {
		return err
	}
	return nil
}

// CleanSpreadsheetCell is CleanCell plus undoing Excel's ="..." text guard,
// which files re-saved from spreadsheets often carry around IDs.
func CleanSpreadsheetCell(s string) string {
	s = cleanCell(s)
	if len(s) >= 3 && strings.HasPrefix(s, `="`) && strings.HasSuffix(s, `"`) {
		s = cleanCell(s[2 : len(s)-1])
	}
	return s
}

// NormalizeHeader is the importer's forgiving header key: lower case, junk
// removed, inner spaces collapsed.
func NormalizeHeader(h string) string { return normalizeHeader(h) }

// PlatformIDProblem says why a cell cannot be a platform ID ("" when it
// can): one token of letters and digits with at least one digit.
func PlatformIDProblem(id string) string { return platformIDProblem(id) }

// IsExcelMangledID reports an ID Excel turned into scientific notation
// (5.82315E+17): its digits are gone, so the row cannot be linked.
func IsExcelMangledID(s string) bool { return isExcelMangledID(s) }

// LocalTime is one parsed time cell. Shop-local values become UTC only once
// the whole file has been seen, because a row far below may settle whether
// 03/04 is day first or month first.
type LocalTime struct {
	tv  timeValue
	raw string
}

// ParseLocalTime reads the formats exports use (01/27/2026 6:03:56 PM,
// 27/01/2026 18:03:56, 2026/01/27 18:03:56, ISO 8601, Excel serials). An
// empty cell parses as the zero LocalTime; ok is false for anything else
// that is not a time.
func ParseLocalTime(s string) (LocalTime, bool) {
	tv, ok := parseTime(s)
	return LocalTime{tv, s}, ok
}

// Empty reports a blank cell.
func (t LocalTime) Empty() bool { return t.tv.kind == timeNone }

// Resolve returns UTC Unix seconds for the file's date order ("dmy", "mdy"
// or "ymd" from DateOrder.Decide) in the shop zone. ok is false for a date
// that does not exist in that order (31/02).
func (t LocalTime) Resolve(order string, loc *time.Location) (int64, bool) {
	if loc == nil {
		loc = time.UTC
	}
	return t.tv.resolve(order, loc)
}

// DateOrder gathers what a file's own dates say about day-first versus
// month-first, as the order importer decides it.
type DateOrder struct {
	evidence dateEvidence
	sample   *DateSample
}

// Note records one parsed value from the given row.
func (d *DateOrder) Note(t LocalTime, row int) {
	d.evidence.note(t.tv, row)
	if d.sample == nil && ambiguousDate(t.tv) {
		d.sample = newDateSample(t.raw, row, "", t.tv)
	}
}

// Question is a real value to ask the seller about when no value of the
// file settles day-first versus month-first; nil when nothing needs asking.
func (d *DateOrder) Question() *DateSample {
	if d.evidence.settled() {
		return nil
	}
	return d.sample
}

// Decide picks the order: chosen ("dmy", "mdy", "ymd") if set, else the
// file's evidence, else the region implied by the currency. reason is for
// the preview ("a date on row 4 has 27 in its first part ...").
func (d *DateOrder) Decide(chosen, currency string) (order, reason string) {
	return decideDateOrder(chosen, d.evidence, RegionEvidence{ShopCurrency: currency})
}

// DecideWith is Decide with all the region evidence.
func (d *DateOrder) DecideWith(chosen string, region RegionEvidence) (order, reason string) {
	return decideDateOrder(chosen, d.evidence, region)
}

// CurrencyDecimals is the number of minor-unit digits of an ISO 4217 code
// (2 for USD, 0 for JPY), as the importer stored the amounts.
func CurrencyDecimals(code string) int { return int(currencyDecimals(code)) }
