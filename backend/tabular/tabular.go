// Package tabular reads the rows of a seller's spreadsheet (.xlsx, .csv,
// .tsv, Excel's "Unicode text" .txt) for every import. It decides what the
// file really is, decodes its text, and streams its rows as cells with the
// row numbers a spreadsheet app shows; what a row means is the caller's
// business. Hostile files are refused early with a plain message and bounded
// memory: the limits below hold for every format.
package tabular

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"afterloop/backend/apperr"
)

// Limits for one file. A real export stays far below each of them; a file
// beyond one is damaged or crafted, and reading on would only burn memory.
const (
	MaxCellBytes       = 1 << 20   // one cell's text
	MaxCellsPerRow     = 2000      // columns in one row
	MaxRows            = 5_000_000 // rows in the file, header included
	MaxRecordBytes     = 16 << 20  // one CSV record (a line, or several for quoted line breaks)
	MaxSheetPartBytes  = 1 << 30   // the worksheet XML once inflated
	MaxOtherPartBytes  = 50 << 20  // any other part of a workbook once inflated
	maxTagBytes        = 1 << 20   // one XML tag in a worksheet
	defaultExpected    = "a spreadsheet"
	defaultHintMessage = "Save the file as .xlsx or as CSV UTF-8 and import that."
)

// Options word the refusals for one kind of import and steer the sheet
// choice in a workbook.
type Options struct {
	Expected string // what the import wanted: "an order or return export"
	Hint     string // how to get the right file, attached as the error's "hint"
	// PreferSheet reports whether a sheet's first non-blank row is the
	// header the caller is looking for; the first such sheet is read. When
	// nil or when no sheet matches, the sheet the workbook opens on is read.
	PreferSheet func(header []string) bool
}

// rowReader is one file format's row stream.
type rowReader interface {
	next() bool
	cells() []string
	damage() string
	err() error
	estimate(rowsSoFar int) int
	close() error
}

// Reader streams a file's rows, header included. Call Close on every path:
// it removes whatever the reader put in the temporary folder.
type Reader struct {
	impl   rowReader
	name   string
	format string
	row    int
	fail   error
	closed bool
}

// Open checks what the file really is and opens a row stream for it. A
// file Afterloop cannot read is refused with an apperr that says why and
// what was expected; nothing is read beyond what that needs.
func Open(path string, opts Options) (*Reader, error) {
	if opts.Expected == "" {
		opts.Expected = defaultExpected
	}
	if opts.Hint == "" {
		opts.Hint = defaultHintMessage
	}
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, apperr.Newf(apperr.CodeNotFound, "%s no longer exists. Choose the file again.", name).With("file", name)
		}
		return nil, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot open %s.", name)).With("file", name)
	}
	head, err := readHead(f)
	if err != nil {
		_ = f.Close() // already failing: the error returned matters more
		return nil, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot read %s.", name)).With("file", name)
	}
	format, err := sniff(name, head, opts)
	if err != nil {
		_ = f.Close() // already failing: the error returned matters more
		return nil, err
	}
	r := &Reader{name: name, format: format}
	switch format {
	case formatXLSX:
		_ = f.Close() // read only: the sniffed head is all this handle was for
		r.impl, err = openWorkbook(path, name, opts)
	default:
		r.impl, err = newTextReader(f, name, head, opts)
		if err != nil {
			_ = f.Close() // already failing: the error returned matters more
		}
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Next advances to the next row; false at the end or on a refusal (Err).
func (r *Reader) Next() bool {
	if r.fail != nil || r.closed || !r.impl.next() {
		return false
	}
	r.row++
	if r.row > MaxRows {
		r.fail = refuse(r.name, r.row, "limit_rows", fmt.Sprintf("%s has more than %d rows, more than any export holds. Split it into smaller files and import each.", r.name, MaxRows))
		return false
	}
	if n := len(r.impl.cells()); n > MaxCellsPerRow {
		r.fail = tooManyCells(r.name, r.row)
		return false
	}
	return true
}

// Cells are the current row's cells, valid until the next call to Next.
// Cells missing from a sparse workbook row are empty strings in place.
func (r *Reader) Cells() []string { return r.impl.cells() }

// Row is the current row's 1-based number as a spreadsheet app shows it.
func (r *Reader) Row() int { return r.row }

// Damage says why the current row cannot be trusted ("" when it can): a
// cell over the size limit, a quoted cell never closed.
func (r *Reader) Damage() string { return r.impl.damage() }

// Err is the refusal or read failure that ended the rows early, nil at a
// clean end. It is always an apperr with a message for the seller.
func (r *Reader) Err() error {
	if r.fail != nil {
		return r.fail
	}
	if err := r.impl.err(); err != nil {
		var appErr *apperr.Error
		if errors.As(err, &appErr) {
			return appErr
		}
		return apperr.Wrap(apperr.CodeUnsupported, err, fmt.Sprintf("%s could not be read to the end. Export it again and import the new file.", r.name)).With("file", r.name)
	}
	return nil
}

// Estimate guesses the data rows in the file for progress (0 = unknown).
func (r *Reader) Estimate(rowsSoFar int) int { return r.impl.estimate(rowsSoFar) }

// Format is "xlsx" or "text".
func (r *Reader) Format() string { return r.format }

// Close releases the file and removes temporary copies; safe to repeat.
func (r *Reader) Close() error {
	if r.closed {
		return nil
	}
	r.closed = true
	return r.impl.close()
}

// refuse is a file-level refusal: the file cannot be imported as it is.
func refuse(name string, row int, limit, msg string) *apperr.Error {
	e := apperr.New(apperr.CodeUnsupported, msg).With("file", name)
	if row > 0 {
		e = e.With("row", fmt.Sprint(row))
	}
	if limit != "" {
		e = e.With("limit", limit)
	}
	return e
}

func tooManyCells(name string, row int) *apperr.Error {
	return refuse(name, row, "limit_columns", fmt.Sprintf("Row %d of %s has more than %d columns, more than any export holds. The file is damaged or not an export.", row, name, MaxCellsPerRow))
}

func cellTooLarge() string {
	return fmt.Sprintf("A cell is larger than %d MB; the row was skipped.", MaxCellBytes>>20)
}
