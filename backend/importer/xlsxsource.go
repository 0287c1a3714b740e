package importer

import (
	"archive/zip"
	"errors"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
)

// xlsxSource streams one worksheet with excelize's Rows iterator: GetRows
// would hold the whole sheet in memory (about 360 MB per 100k lines).
type xlsxSource struct {
	file     *excelize.File
	rows     *excelize.Rows
	current  []string
	row      int
	bad      string
	readErr  error
	name     string
	sheet    string
	expected int // rows the sheet declares, -1 when it does not say
}

// openXLSX opens the workbook and picks the sheet that holds the export.
func openXLSX(path, name string) (rowSource, error) {
	// Raw values: dates stay serial numbers and IDs stay as stored, instead
	// of passing through the workbook's display formats.
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		if f != nil {
			f.Close()
		}
		return nil, xlsxOpenError(name, err)
	}
	sheet, err := pickSheet(f)
	if err != nil {
		f.Close()
		return nil, xlsxOpenError(name, err)
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		if rows != nil {
			rows.Close()
		}
		f.Close()
		return nil, xlsxOpenError(name, err)
	}
	return &xlsxSource{file: f, rows: rows, name: name, sheet: sheet}, nil
}

func xlsxOpenError(name string, err error) error {
	msg := fmt.Sprintf("%s is damaged or incomplete and cannot be read (it may have been cut off while downloading or copying). Export it again from Seller Center and import the new file.", name)
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm):
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		msg = fmt.Sprintf("%s is protected with a password. Open it in Excel, remove the password, save, and import it again.", name)
	}
	return apperr.Wrap(apperr.CodeUnsupported, err, msg).With("file", name)
}

// pickSheet returns the first sheet whose first row looks like an export
// header, else the first sheet.
func pickSheet(f *excelize.File) (string, error) {
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return "", errors.New("workbook has no sheets")
	}
	if len(sheets) == 1 {
		return sheets[0], nil
	}
	for _, sheet := range sheets {
		rows, err := f.Rows(sheet)
		if err != nil {
			if rows != nil {
				rows.Close()
			}
			continue
		}
		var header []string
		for i := 0; i < 5 && rows.Next(); i++ {
			if header, _ = rows.Columns(); len(header) > 0 {
				break
			}
		}
		rows.Close()
		normalized := map[string]bool{}
		for _, h := range header {
			normalized[normalizeHeader(h)] = true
		}
		if _, _, dict := detectExport(normalized); dict != nil {
			return sheet, nil
		}
	}
	return sheets[0], nil
}

func (s *xlsxSource) next() bool {
	if !s.rows.Next() {
		s.readErr = s.rows.Error()
		return false
	}
	s.row++
	s.bad = ""
	cols, err := s.rows.Columns()
	if err != nil {
		s.bad = "This row could not be read from the workbook; it was skipped."
	}
	for i, c := range cols {
		if len(c) > maxCellBytes {
			s.bad = fmt.Sprintf("A cell is larger than %d MB; the row was skipped.", maxCellBytes>>20)
			cols[i] = ""
		}
	}
	s.current = cols
	return true
}

func (s *xlsxSource) cells() []string { return s.current }
func (s *xlsxSource) rowNumber() int  { return s.row }
func (s *xlsxSource) damage() string  { return s.bad }
func (s *xlsxSource) err() error {
	if s.readErr != nil {
		return readError(s.name, s.readErr)
	}
	return nil
}

// estimate reads the sheet's declared range (A1:BE100002), which excelize
// finds without parsing the rows.
func (s *xlsxSource) estimate(int) int {
	if s.expected == 0 {
		s.expected = -1
		ref, _ := s.file.GetSheetDimension(s.sheet)
		if _, last, ok := strings.Cut(ref, ":"); ok {
			if _, row, err := excelize.CellNameToCoordinates(last); err == nil && row > 1 {
				s.expected = row - 1
			}
		}
	}
	return max(s.expected, 0)
}

// close releases the iterator and the workbook; excelize deletes the
// temporary copy of a large sheet only here, so it runs on every path.
func (s *xlsxSource) close() error {
	return errors.Join(s.rows.Close(), s.file.Close())
}
