// Package feedback imports what buyers say in public: product reviews and
// comments under videos (.xlsx or .csv, headers in any order and case, a
// column mapping for other headers). Files are read with the order
// importer's rules (cells, delimiters, dates); rows are written in one
// transaction and re-importing a file adds nothing twice.
package feedback

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
)

// Kinds of feedback file.
const (
	KindReviews  = "reviews"
	KindComments = "comments"
)

// Ignore as a mapping target leaves a column out.
const Ignore = "ignore"

// field is one thing a row can hold, with the headers that mean it.
type field struct {
	key      string
	label    string
	required bool
	headers  []string // normalized (lower case, single spaces, no _ or -)
}

// FieldMapping tells which header feeds one field; the mapping screen shows
// one per field.
type FieldMapping struct {
	Field    string `json:"field"`
	Label    string `json:"label"`
	Header   string `json:"header"` // "" when no column feeds it
	Required bool   `json:"required"`
}

// Options steer an import.
type Options struct {
	// Mapping is header -> field key (or "ignore") for files whose headers
	// are not recognized; it overrides detection for the headers it names.
	Mapping map[string]string `json:"mapping"`
	// DateOrder forces "dmy", "mdy" or "ymd"; "" = decide from the file.
	DateOrder string `json:"dateOrder"`
	// Currency hints the region for dates no value settles ("" = unknown).
	Currency string `json:"currency"`
	// Region is the rest of the evidence for dates no value settles (the
	// shop's time zone); its ShopCurrency defaults to Currency.
	Region importer.RegionEvidence `json:"-"`
	// Location is the shop zone; file times are shop-local. nil = UTC.
	Location *time.Location `json:"-"`
	// Progress, if set, hears about long files every few thousand rows.
	Progress func(importer.Progress) `json:"-"`
}

// Preview is what the mapping screen shows before anything is written.
type Preview struct {
	Kind         string         `json:"kind"`
	FileName     string         `json:"fileName"`
	Headers      []string       `json:"headers"`
	Mapping      []FieldMapping `json:"mapping"`
	NeedsMapping bool           `json:"needsMapping"` // a required field has no column
	Rows         int            `json:"rows"`         // data rows
	SampleRows   [][]string     `json:"sampleRows"`   // the first data rows, in header order
	// SampleRowNumbers numbers them as the file does (header = row 1), the
	// numbers skipped-row reports use.
	SampleRowNumbers []int `json:"sampleRowNumbers"`
}

// Result is what an import did (the `import reviews|comments --json`
// document, with the same keys as `import tickets`).
type Result struct {
	Kind            string            `json:"kind"`
	Rows            int               `json:"rows"`
	Created         int               `json:"created"`
	Updated         int               `json:"updated"`
	Unchanged       int               `json:"unchanged"`
	Skipped         int               `json:"skipped"`
	Errors          []domain.RowError `json:"errors"`
	UnknownValues   []string          `json:"unknown_values"`
	DateOrder       string            `json:"date_order"`
	DateOrderReason string            `json:"date_order_reason"`
	// DateQuestion is a real value that reads two ways when no value of the
	// file settles the order (nil otherwise): the app asks the seller.
	DateQuestion *importer.DateSample `json:"-"`
}

func newResult(kind string) Result {
	return Result{Kind: kind, Errors: []domain.RowError{}, UnknownValues: []string{}}
}

func (r *Result) skip(row int, column, msg string) {
	r.Skipped++
	r.Errors = append(r.Errors, domain.RowError{Row: row, Column: column, Message: msg})
}

// normHeader matches headers forgivingly: case, spacing, _ and - ignored.
func normHeader(h string) string {
	return importer.NormalizeHeader(strings.NewReplacer("_", " ", "-", " ").Replace(h))
}

// layout is which column feeds each field.
type layout struct {
	headers []string
	column  map[string]int // field key -> column index
}

// resolve maps headers to fields: the caller's mapping first, then the
// known header names; each field takes the first column that means it.
func resolve(headers []string, fields []field, mapping map[string]string) (*layout, []field) {
	l := &layout{headers: headers, column: map[string]int{}}
	taken := map[int]bool{}
	byNorm := map[string]string{}
	for h, f := range mapping {
		byNorm[normHeader(h)] = f
	}
	for i, h := range headers {
		if f, ok := byNorm[normHeader(h)]; ok {
			taken[i] = true
			if _, dup := l.column[f]; !dup && f != Ignore && f != "" {
				l.column[f] = i
			}
		}
	}
	// Names are tried in the field's order of preference, so "Review Time"
	// wins over a plain "Date" column wherever they stand.
	for _, f := range fields {
		for _, name := range f.headers {
			if _, ok := l.column[f.key]; ok {
				break
			}
			for i, h := range headers {
				if !taken[i] && normHeader(h) == name {
					l.column[f.key], taken[i] = i, true
					break
				}
			}
		}
	}
	var missing []field
	for _, f := range fields {
		if _, ok := l.column[f.key]; f.required && !ok {
			missing = append(missing, f)
		}
	}
	return l, missing
}

func (l *layout) get(cells []string, key string) string {
	if i, ok := l.column[key]; ok && i < len(cells) {
		return cells[i]
	}
	return ""
}

func (l *layout) mappings(fields []field) []FieldMapping {
	out := make([]FieldMapping, len(fields))
	for i, f := range fields {
		out[i] = FieldMapping{Field: f.key, Label: f.label, Required: f.required}
		if c, ok := l.column[f.key]; ok {
			out[i].Header = l.headers[c]
		}
	}
	return out
}

// notThisKind refuses a file without the required columns; nothing has
// been written.
func notThisKind(path, kind string, missing []field, headers []string) error {
	names := make([]string, len(missing))
	for i, f := range missing {
		names[i] = f.label
	}
	found := strings.Join(headers, ", ")
	if len(found) > 200 {
		found = found[:200] + "…"
	}
	return apperr.Newf(apperr.CodeInvalidInput, "%s is not a %s file Afterloop recognizes: no column for %s. Map the columns by hand, or use a file whose first row names them.",
		filepath.Base(path), strings.TrimSuffix(kind, "s"), strings.Join(names, ", ")).
		With("file", filepath.Base(path)).With("missing", strings.Join(names, ", ")).With("headers", found)
}

// readRows reads the header (the first non-blank row) and calls fn with
// each data row; blank rows are skipped. File-level refusals are
// invalid_input errors that say what was expected.
func readRows(ctx context.Context, path string, kind importer.TableKind, header func([]string) error, fn func(row int, cells []string, damage string) error) error {
	haveHeader := false
	err := importer.ReadTable(ctx, path, kind, func(row int, cells []string, damage string) error {
		blank := true
		for _, c := range cells {
			if c != "" {
				blank = false
				break
			}
		}
		if blank {
			return nil
		}
		if !haveHeader {
			haveHeader = true
			last := len(cells)
			for last > 0 && cells[last-1] == "" {
				last--
			}
			return header(cells[:last])
		}
		return fn(row, cells, damage)
	})
	var appErr *apperr.Error
	if errors.As(err, &appErr) && appErr.Code == apperr.CodeUnsupported {
		// The reviews and comments imports report every unusable file as
		// invalid input, like the support-log import.
		appErr.Code = apperr.CodeInvalidInput
	}
	if err != nil {
		return err
	}
	if !haveHeader {
		return apperr.Newf(apperr.CodeInvalidInput, "%s is empty. Expected %s with a header row.", filepath.Base(path), kind.Expected).
			With("file", filepath.Base(path))
	}
	return nil
}

// unknownOrders turns order IDs not in the database into report lines,
// capped so a file of old reviews does not print thousands.
func unknownOrders(ids []string) []string {
	const shown = 20
	sort.Strings(ids)
	out := []string{}
	for i, id := range ids {
		if i == shown {
			out = append(out, fmt.Sprintf("order id: %d more not imported yet", len(ids)-shown))
			break
		}
		out = append(out, "order id: "+id+" (not imported yet; the review is kept and linked later)")
	}
	return out
}
