package tabular

import (
	"bytes"
	"errors"
	"io"
	"strconv"
)

// errTooManyCells stops a row whose cells reach past MaxCellsPerRow;
// errRowTooLarge one whose text passes MaxRecordBytes.
var (
	errTooManyCells = errors.New("too many cells in a row")
	errRowTooLarge  = errors.New("row too large")
)

// excelMaxRows is the last row a worksheet can have.
const excelMaxRows = 1 << 20

// sheetScanner streams the rows of one worksheet XML part straight from
// its bytes. It returns exactly what excelize's Rows/Columns return with
// raw cell values, the general reader this one replaces for speed: rows
// missing from the file come back empty in place, a cell's column comes
// from its reference (C5) or follows the previous cell, trailing cells
// that are empty and hold no formula are left out, shared and inline
// strings (rich-text runs included) resolve to their text, numbers, dates,
// booleans and errors are returned as stored. Anything it is not sure to
// read the same way stops it with errUnrecognised.
type sheetScanner struct {
	x         *xmlScanner
	sst       *sharedStrings
	rowBytes  int // text of the current row's cells, shared strings aside
	curRow    int // number of the last <row> started
	seekRow   int // rows returned so far
	inData    bool
	ended     bool
	cells     []string
	text      []byte
	strBuf    []byte // inline string text, apart from text so a cell may hold both
	oversized bool   // a cell of the current row is over MaxCellBytes
	dimension string // the sheet's declared range (A1:BE100002), "" when absent
}

func newSheetScanner(r io.Reader, sst *sharedStrings) *sheetScanner {
	return &sheetScanner{x: newXMLScanner(r), sst: sst}
}

// next moves to the next row, as excelize's Rows.Next and Columns do.
func (s *sheetScanner) next() (bool, error) {
	s.seekRow++
	s.cells, s.oversized, s.rowBytes = s.cells[:0], false, 0
	if s.curRow < s.seekRow {
		if s.ended {
			return false, nil
		}
		found, err := s.findFirstRow()
		if err != nil || !found {
			return false, err
		}
	}
	if s.curRow > s.seekRow {
		return true, nil // a row the file leaves out
	}
	return true, s.readCells()
}

// findFirstRow skips to sheetData and reads the first row's start tag.
func (s *sheetScanner) findFirstRow() (bool, error) {
	for {
		if err := s.x.nextTag(); err != nil {
			if errors.Is(err, io.EOF) {
				if s.inData {
					return false, errUnrecognised
				}
				s.ended = true
				return false, nil
			}
			return false, err
		}
		x := s.x
		if !s.inData {
			switch {
			case x.is("dimension") && !x.end:
				s.dimension = string(x.attr("ref"))
			case x.is("sheetData") && !x.end:
				s.inData = true
				if x.selfClose {
					s.ended = true
					return false, nil
				}
			}
			continue
		}
		switch {
		case x.is("row") && !x.end:
			return true, s.startRow()
		case x.is("sheetData") && x.end:
			s.ended = true
			return false, nil
		}
		return false, errUnrecognised
	}
}

// startRow numbers the row whose start tag was just read.
func (s *sheetScanner) startRow() error {
	r := s.x.attr("r")
	if r == nil {
		s.curRow++
		return nil
	}
	n, err := strconv.Atoi(string(r))
	if err != nil || n <= s.curRow || n > excelMaxRows {
		return errUnrecognised
	}
	s.curRow = n
	return nil
}

// readCells reads the current row's cells up to the next row's start
// (which it numbers) or the end of sheetData.
func (s *sheetScanner) readCells() error {
	col := 0
	for {
		if err := s.x.nextTag(); err != nil {
			if errors.Is(err, io.EOF) {
				return errUnrecognised
			}
			return err
		}
		x := s.x
		switch {
		case x.is("c") && !x.end:
			if err := s.readCell(&col); err != nil {
				return err
			}
		case x.is("row") && x.end:
		case x.is("row"):
			return s.startRow()
		case x.is("sheetData") && x.end:
			s.ended = true
			return nil
		default:
			return errUnrecognised
		}
	}
}

// readCell reads one <c> element whose start tag was just read.
func (s *sheetScanner) readCell(col *int) error {
	x := s.x
	*col++
	if ref := x.attr("r"); ref != nil {
		c, ok := columnOf(ref)
		if !ok {
			return errUnrecognised
		}
		*col = c
	}
	if *col > MaxCellsPerRow {
		return errTooManyCells
	}
	kind := string(x.attr("t"))
	if x.selfClose {
		return nil
	}
	var (
		value              []byte
		haveValue, formula bool
		inline             string
		haveInline         bool
		err                error
	)
	for {
		if err := x.nextTag(); err != nil {
			return errMalformed
		}
		switch {
		case x.is("c") && x.end:
			return s.addCell(*col, kind, value, formula, inline, haveInline)
		case x.end:
			return errUnrecognised
		case x.is("v"):
			if haveValue {
				return errUnrecognised
			}
			haveValue = true
			if x.selfClose {
				continue
			}
			s.text = s.text[:0]
			if s.text, err = x.readText(s.text); err != nil {
				return err
			}
			s.oversized = s.oversized || x.oversized
			value = s.text
			if !x.is("v") || !x.end {
				return errUnrecognised
			}
		case x.is("f"):
			formula = true
			if err := x.skipElement(); err != nil {
				return err
			}
		case x.is("is"):
			if haveInline {
				return errUnrecognised
			}
			haveInline = true
			if !x.selfClose {
				if inline, err = s.readStringItem("is"); err != nil {
					return err
				}
			}
		default:
			return errUnrecognised
		}
	}
}

// addCell places a cell's value as excelize does: blanks fill up to its
// column, and a cell with no value and no formula adds nothing.
func (s *sheetScanner) addCell(col int, kind string, value []byte, formula bool, inline string, haveInline bool) error {
	var val string
	switch kind {
	case "s":
		if len(value) > 0 {
			i, err := strconv.Atoi(string(bytes.TrimSpace(value)))
			if err != nil {
				return errUnrecognised
			}
			if i >= 0 && i < s.sst.len() {
				val = s.sst.get(i)
			}
		}
	case "inlineStr":
		if haveInline {
			val = inline
		} else {
			val = string(value)
		}
	default:
		val = string(value)
	}
	if val == "" && !formula {
		return nil
	}
	if kind != "s" {
		if s.rowBytes += len(val); s.rowBytes > MaxRecordBytes {
			return errRowTooLarge
		}
	}
	for len(s.cells) < col-1 {
		s.cells = append(s.cells, "")
	}
	s.cells = append(s.cells, val)
	return nil
}

// readStringItem reads a shared or inline string (<si> or <is>) after its
// start tag: its text plus the text of its rich-text runs; phonetic
// guides and formatting are left out.
func (s *sheetScanner) readStringItem(container string) (string, error) {
	return readStringItem(s.x, container, &s.strBuf, &s.oversized)
}

// columnOf reads the column of a cell reference such as "BE12".
func columnOf(ref []byte) (int, bool) {
	col, i := 0, 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
	}
	if i == 0 || i > 3 || i == len(ref) || ref[i] == '0' || col > 16384 {
		return 0, false
	}
	row := 0
	for _, c := range ref[i:] {
		if c < '0' || c > '9' {
			return 0, false
		}
		row = row*10 + int(c-'0')
		if row > excelMaxRows {
			return 0, false
		}
	}
	return col, true
}
