package importer

import (
	"afterloop/backend/tabular"
)

// rowSource yields a file's rows as cells, header included.
type rowSource interface {
	next() bool
	cells() []string
	rowNumber() int             // 1-based row in the file, as a spreadsheet app numbers it
	damage() string             // why the current row cannot be trusted, "" when fine
	err() error                 // a file-level read error after next returned false
	estimate(rowsSoFar int) int // expected data rows, for progress (0 = unknown)
	close() error
}

// fileKind words the refusals for one kind of file: what was expected and
// where to get it.
type fileKind struct {
	expected string // "an order or return export"
	hint     string // how to get the right file
	// preferExport reads, in a workbook of several sheets, the first sheet
	// whose header is a known export.
	preferExport bool
}

// orderFiles are the order importer's files.
var orderFiles = fileKind{
	expected:     "an order or return export",
	hint:         "In Seller Center open Orders (or Returns), choose Export, and import the .xlsx or .csv file it downloads.",
	preferExport: true,
}

// openSource checks what the file really is and opens a reader for it.
// Every refusal is an apperr that says what was expected.
func openSource(path string) (rowSource, error) { return openSourceFor(path, orderFiles) }

func openSourceFor(path string, kind fileKind) (rowSource, error) {
	opts := tabular.Options{Expected: kind.expected, Hint: kind.hint}
	if kind.preferExport {
		opts.PreferSheet = looksLikeExportHeader
	}
	r, err := tabular.Open(path, opts)
	if err != nil {
		return nil, err
	}
	return tableSource{r}, nil
}

// looksLikeExportHeader reports a header row of a layout the importer knows.
func looksLikeExportHeader(header []string) bool {
	normalized := map[string]bool{}
	for _, h := range header {
		normalized[normalizeHeader(h)] = true
	}
	_, _, dict := detectExport(normalized)
	return dict != nil
}

// tableSource adapts the shared table reader to rowSource.
type tableSource struct{ r *tabular.Reader }

func (s tableSource) next() bool            { return s.r.Next() }
func (s tableSource) cells() []string       { return s.r.Cells() }
func (s tableSource) rowNumber() int        { return s.r.Row() }
func (s tableSource) damage() string        { return s.r.Damage() }
func (s tableSource) err() error            { return s.r.Err() }
func (s tableSource) estimate(rows int) int { return s.r.Estimate(rows) }
func (s tableSource) close() error          { return s.r.Close() }
