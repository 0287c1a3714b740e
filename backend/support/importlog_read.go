package support

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
)

// readTable calls fn with each row of a .csv or .xlsx file and its 1-based
// row number, stopping at fn's first error.
func readTable(path string, fn func(row int, cells []string) error) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return readXLSX(path, fn)
	case ".csv", ".tsv", ".txt":
		return readCSV(path, fn)
	}
	return apperr.Newf(apperr.CodeInvalidInput, "%s is not a .csv or .xlsx file.", baseName(path))
}

func baseName(path string) string { return filepath.Base(path) }

func readCSV(path string, fn func(int, []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return apperr.Newf(apperr.CodeInvalidInput, "Cannot read %s.", baseName(path))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	}
	head, _ := br.Peek(br.Size())
	r := csv.NewReader(br)
	r.Comma = sniffDelimiter(head)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return apperr.Newf(apperr.CodeInvalidInput, "%s cannot be read as CSV near line %d.", baseName(path), pe.Line)
			}
			return err
		}
		line, _ := r.FieldPos(0)
		if err := fn(line, rec); err != nil {
			return err
		}
	}
}

// sniffDelimiter picks , ; or TAB: whichever appears most on the first line
// outside quotes.
func sniffDelimiter(head []byte) rune {
	counts := map[byte]int{}
	inQuote := false
	for _, b := range head {
		if b == '"' {
			inQuote = !inQuote
			continue
		}
		if !inQuote && (b == '\n' || b == '\r') {
			break
		}
		if !inQuote && (b == ',' || b == ';' || b == '\t') {
			counts[b]++
		}
	}
	best := byte(',')
	for _, d := range []byte{';', '\t'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return rune(best)
}

func readXLSX(path string, fn func(int, []string) error) (err error) {
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		if f != nil {
			_ = f.Close()
		}
		return apperr.Newf(apperr.CodeInvalidInput, "%s is damaged, protected or not an .xlsx workbook.", baseName(path))
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return apperr.Newf(apperr.CodeInvalidInput, "%s has no worksheet.", baseName(path))
	}
	sheet := sheets[0]
	if i := f.GetActiveSheetIndex(); i >= 0 && i < len(sheets) {
		sheet = sheets[i]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return apperr.Newf(apperr.CodeInvalidInput, "%s cannot be read: %v", baseName(path), err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return apperr.Newf(apperr.CodeInvalidInput, "%s row %d cannot be read: %v", baseName(path), n, err)
		}
		if err := fn(n, cells); err != nil {
			return err
		}
	}
	return rows.Error()
}
