package tabular

import (
	"archive/zip"
	"errors"
	"fmt"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
)

// excelizeRows is the general reader: slower, but it reads any workbook
// excelize understands. Its temporary copies of large sheets go to this
// process's own temporary folder and are deleted on close.
type excelizeRows struct {
	file  *excelize.File
	rows  *excelize.Rows
	sheet string
	name  string
	fail  error
}

func openExcelize(path, name, sheet string, opts Options) (*excelizeRows, error) {
	dir, err := tempDir()
	if err != nil {
		return nil, apperr.Wrap(apperr.CodeInternal, err, "Afterloop cannot create its temporary folder.")
	}
	// Raw values: dates stay serial numbers and IDs stay as stored, instead
	// of passing through the workbook's display formats.
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true, TmpDir: dir,
		UnzipSizeLimit: MaxSheetPartBytes + maxOtherPartsTotal})
	if err != nil {
		if f != nil {
			_ = f.Close() // already failing: the error returned matters more
		}
		return nil, excelizeOpenError(name, err)
	}
	if sheet == "" {
		if sheet, err = excelizeSheet(f, opts); err != nil {
			_ = f.Close() // already failing: the error returned matters more
			return nil, excelizeOpenError(name, err)
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		if rows != nil {
			_ = rows.Close() // already failing: the error returned matters more
		}
		_ = f.Close() // already failing: the error returned matters more
		return nil, excelizeOpenError(name, err)
	}
	return &excelizeRows{file: f, rows: rows, sheet: sheet, name: name}, nil
}

func excelizeOpenError(name string, err error) error {
	msg := fmt.Sprintf("%s is damaged or incomplete and cannot be read (it may have been cut off while downloading or copying). Export it again from Seller Center and import the new file.", name)
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm):
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		msg = fmt.Sprintf("%s is protected with a password. Open it in Excel, remove the password, save, and import it again.", name)
	}
	return apperr.Wrap(apperr.CodeUnsupported, err, msg).With("file", name)
}

// excelizeSheet picks the sheet as the fast reader does: the first whose
// header the caller prefers, else the one the workbook opens on.
func excelizeSheet(f *excelize.File, opts Options) (string, error) {
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return "", errors.New("workbook has no sheets")
	}
	active := sheets[0]
	if i := f.GetActiveSheetIndex(); i >= 0 && i < len(sheets) {
		active = sheets[i]
	}
	if opts.PreferSheet == nil || len(sheets) == 1 {
		return active, nil
	}
	for _, sheet := range sheets {
		rows, err := f.Rows(sheet)
		if err != nil {
			if rows != nil {
				_ = rows.Close() // this sheet is skipped; the next one is tried
			}
			continue
		}
		var header []string
		for i := 0; i < 5 && rows.Next(); i++ {
			if header, _ = rows.Columns(); len(header) > 0 {
				break
			}
		}
		_ = rows.Close() // read only: the header is already read
		if opts.PreferSheet(header) {
			return sheet, nil
		}
	}
	return active, nil
}

func (e *excelizeRows) next() (bool, []string, string) {
	if !e.rows.Next() {
		e.fail = e.rows.Error()
		return false, nil, ""
	}
	cols, err := e.rows.Columns()
	if err != nil {
		return true, cols, "This row could not be read from the workbook; it was skipped."
	}
	return true, cols, ""
}

func (e *excelizeRows) err() error {
	if e.fail != nil {
		return apperr.Wrap(apperr.CodeUnsupported, e.fail, fmt.Sprintf("%s could not be read to the end (%v). Export it again and import the new file.", e.name, e.fail)).With("file", e.name)
	}
	return nil
}

func (e *excelizeRows) dimension() string {
	ref, _ := e.file.GetSheetDimension(e.sheet)
	return ref
}

// close releases the iterator and the workbook; excelize deletes the
// temporary copy of a large sheet only here, so it runs on every path.
func (e *excelizeRows) close() error {
	return errors.Join(e.rows.Close(), e.file.Close())
}
