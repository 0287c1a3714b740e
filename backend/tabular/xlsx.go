package tabular

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"afterloop/backend/apperr"
)

// xlsxReader streams one worksheet: through the fast scanner when the
// workbook is laid out as it expects, else (or from the row where it stops
// recognising the sheet) through excelize.
type xlsxReader struct {
	path, name string
	opts       Options
	zf         *zip.ReadCloser
	sheet      string // the chosen sheet's name, "" until known
	fast       *sheetScanner
	body       io.Closer
	slow       *excelizeRows
	rows       int // rows returned so far
	current    []string
	bad        string
	fail       error
	expected   int
	fellBack   bool // excelize reads the sheet (from the start or from some row on)
}

// openWorkbook checks the zip against the size limits and opens the sheet
// that holds the export.
func openWorkbook(path, name string, opts Options) (rowReader, error) {
	zf, err := zip.OpenReader(path)
	if err != nil {
		return nil, xlsxOpenError(name, err)
	}
	if err := checkParts(&zf.Reader, name); err != nil {
		_ = zf.Close() // already failing: the error returned matters more
		return nil, err
	}
	x := &xlsxReader{path: path, name: name, opts: opts, zf: zf}
	if err := x.openFast(); err != nil {
		x.closeFast()
		if !errors.Is(err, errUnrecognised) {
			_ = zf.Close() // already failing: the error returned matters more
			return nil, x.wrap(err)
		}
		if err := x.openSlow(0); err != nil {
			_ = zf.Close() // already failing: the error returned matters more
			return nil, err
		}
	}
	return x, nil
}

// openFast reads the workbook's structure and shared strings and starts
// the scanner on the chosen sheet.
func (x *xlsxReader) openFast() error {
	st, err := readStructure(&x.zf.Reader, x.name)
	if err != nil {
		return err
	}
	sst, err := readSharedStrings(&x.zf.Reader, st.sst, x.name)
	if err != nil {
		return err
	}
	chosen := st.sheets[st.active]
	if x.opts.PreferSheet != nil && len(st.sheets) > 1 {
		for _, s := range st.sheets {
			header, err := x.firstRow(s.part, sst)
			if err != nil {
				return err
			}
			if x.opts.PreferSheet(header) {
				chosen = s
				break
			}
		}
	}
	x.sheet = chosen.name
	return x.startScanner(chosen.part, sst)
}

func (x *xlsxReader) startScanner(part string, sst *sharedStrings) error {
	body, err := openPart(findPart(&x.zf.Reader, part), MaxSheetPartBytes, x.name)
	if err != nil {
		return err
	}
	x.body, x.fast = body, newSheetScanner(body, sst)
	return nil
}

// firstRow is the first non-blank row among a sheet's first five.
func (x *xlsxReader) firstRow(part string, sst *sharedStrings) ([]string, error) {
	body, err := openPart(findPart(&x.zf.Reader, part), MaxSheetPartBytes, x.name)
	if err != nil {
		return nil, err
	}
	defer func() { _ = body.Close() }() // read only, or already written and checked: closing loses nothing
	s := newSheetScanner(body, sst)
	for i := 0; i < 5; i++ {
		ok, err := s.next()
		if err != nil || !ok {
			return nil, err
		}
		if len(s.cells) > 0 {
			return append([]string(nil), s.cells...), nil
		}
	}
	return nil, nil
}

func (x *xlsxReader) closeFast() {
	if x.body != nil {
		_ = x.body.Close()
	}
	x.body, x.fast = nil, nil
}

// maxGeneralSheetBytes bounds the sheets handed to excelize: it holds a
// whole row in memory however long, so only a sheet this small is safe
// with it whatever its rows look like.
const maxGeneralSheetBytes = 128 << 20

// openSlow hands the sheet to excelize, skipping the rows already returned.
func (x *xlsxReader) openSlow(skip int) error {
	if x.largestSheet() > maxGeneralSheetBytes {
		return refuse(x.name, 0, "limit_structure", fmt.Sprintf("%s is laid out in a way Afterloop reads only in files under %d MB, and this one is larger. Open it in Excel or LibreOffice, save it as .xlsx again (or as CSV UTF-8), and import that.", x.name, maxGeneralSheetBytes>>20))
	}
	slow, err := openExcelize(x.path, x.name, x.sheet, x.opts)
	if err != nil {
		return err
	}
	for i := 0; i < skip; i++ {
		if !slow.rows.Next() {
			_ = slow.close() // already failing: the error returned matters more
			return apperr.Newf(apperr.CodeUnsupported, "%s could not be read to the end. Export it again and import the new file.", x.name).With("file", x.name)
		}
	}
	x.slow, x.sheet, x.fellBack = slow, slow.sheet, true
	return nil
}

// largestSheet is the biggest worksheet part, as the zip declares it
// (archive/zip refuses to inflate past a declared size).
func (x *xlsxReader) largestSheet() uint64 {
	var n uint64
	for _, f := range x.zf.File {
		if isWorksheetPart(f.Name) {
			n = max(n, f.UncompressedSize64)
		}
	}
	return n
}

func (x *xlsxReader) next() bool {
	if x.fail != nil {
		return false
	}
	x.bad = ""
	if x.fast != nil {
		ok, err := x.fast.next()
		switch {
		case errors.Is(err, errUnrecognised):
			x.closeFast()
			if err := x.openSlow(x.rows); err != nil {
				x.fail = err
				return false
			}
		case err != nil:
			x.fail = x.wrap(err)
			return false
		case !ok:
			return false
		default:
			x.rows++
			x.current = x.fast.cells
			if x.fast.oversized {
				x.bad = cellTooLarge()
			}
			x.checkCells()
			return true
		}
	}
	ok, cells, damage := x.slow.next()
	if !ok {
		return false
	}
	x.rows++
	x.current, x.bad = cells, damage
	x.checkCells()
	return true
}

// checkCells empties cells over the size limit and marks the row.
func (x *xlsxReader) checkCells() {
	for i, c := range x.current {
		if len(c) > MaxCellBytes {
			x.bad, x.current[i] = cellTooLarge(), ""
		}
	}
}

// wrap turns a scanner failure into the seller's message.
func (x *xlsxReader) wrap(err error) error {
	var appErr *apperr.Error
	switch {
	case errors.As(err, &appErr):
		return appErr
	case errors.Is(err, errTooManyCells):
		return tooManyCells(x.name, x.rows+1)
	case errors.Is(err, errRowTooLarge):
		return refuse(x.name, x.rows+1, "limit_line", fmt.Sprintf("Row %d of %s holds more than %d MB of text, more than any export row. The file is damaged or not an export.", x.rows+1, x.name, MaxRecordBytes>>20))
	case errors.Is(err, errMalformed), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrFormat), errors.Is(err, io.ErrUnexpectedEOF):
		return apperr.Wrap(apperr.CodeUnsupported, err, fmt.Sprintf("%s is damaged near row %d and cannot be read (it may have been cut off while downloading or copying). Nothing was imported. Export it again and import the new file.", x.name, x.rows+1)).
			With("file", x.name).With("row", strconv.Itoa(x.rows+1))
	}
	return xlsxOpenError(x.name, err)
}

func (x *xlsxReader) cells() []string { return x.current }
func (x *xlsxReader) damage() string  { return x.bad }

func (x *xlsxReader) err() error {
	if x.fail != nil {
		return x.fail
	}
	if x.slow != nil {
		return x.slow.err()
	}
	return nil
}

// estimate reads the sheet's declared range (A1:BE100002).
func (x *xlsxReader) estimate(int) int {
	if x.expected == 0 {
		x.expected = -1
		ref := ""
		if x.fast != nil {
			ref = x.fast.dimension
		} else if x.slow != nil {
			ref = x.slow.dimension()
		}
		if _, last, ok := strings.Cut(ref, ":"); ok {
			i := strings.IndexAny(last, "0123456789")
			if row, err := strconv.Atoi(last[max(i, 0):]); i > 0 && err == nil && row > 1 {
				x.expected = row - 1
			}
		}
	}
	return max(x.expected, 0)
}

// close releases the sheet, excelize's temporary copies and the zip.
func (x *xlsxReader) close() error {
	x.closeFast()
	var errs []error
	if x.slow != nil {
		errs = append(errs, x.slow.close())
	}
	errs = append(errs, x.zf.Close())
	return errors.Join(errs...)
}
