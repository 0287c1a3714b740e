package tabular

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"afterloop/backend/apperr"
)

// csvReader reads delimited text record by record. It exists instead of
// encoding/csv because exports need what that package lacks: caps on cell,
// record and row size (a 20 MB line must not become 20 MB of strings),
// leniency about stray quotes in unquoted cells (buyer messages), every line
// ending (LF, CRLF, a lone CR, mixed in one file), and one allocation per
// record rather than one per cell.
type csvReader struct {
	br      *bufio.Reader
	name    string
	delim   byte
	rec     []byte // the current record's cell bytes, back to back
	ends    []int  // where each cell ends in rec
	cells   []string
	row     int // 1-based record number (the header is row 1)
	readErr error
	done    bool
	skipLF  bool // the last record ended with a CR: an LF right after it is the same line end
	// Per-record damage, reported as a row error by the caller.
	oversized    bool
	unterminated bool
}

// csvDelimiters are the candidates, in tie-break order.
var csvDelimiters = []byte{',', ';', '\t', '|'}

func newCSVReader(r io.Reader, name string) *csvReader {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(3); bytes.Equal(head, bomUTF8) {
		_, _ = br.Discard(3)
	}
	head, _ := br.Peek(64 << 10)
	return &csvReader{br: br, name: name, delim: detectDelimiter(head)}
}

// detectDelimiter counts candidates outside quotes on the first line (TABs
// inside data cells are common in TikTok exports, so only the header is
// trusted).
func detectDelimiter(head []byte) byte {
	counts := map[byte]int{}
	inQuotes := false
	for _, b := range head {
		if b == '"' {
			inQuotes = !inQuotes
			continue
		}
		if inQuotes {
			continue
		}
		if b == '\n' || b == '\r' {
			break
		}
		counts[b]++
	}
	best := byte(',')
	for _, d := range csvDelimiters {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return best
}

type csvState uint8

const (
	csvCellStart csvState = iota
	csvUnquoted
	csvQuoted
	csvQuoteInQuoted // saw '"' inside a quoted cell: an escape or the end
)

// next reads one record; false at the end of input, on a read error or on a
// refusal (err says which).
func (c *csvReader) next() bool {
	if c.done {
		return false
	}
	c.rec, c.ends = c.rec[:0], c.ends[:0]
	c.oversized, c.unterminated = false, false
	cellStart, state, started := 0, csvCellStart, false
	put := func(b byte) {
		if len(c.rec)-cellStart >= MaxCellBytes {
			c.oversized = true
			return
		}
		c.rec = append(c.rec, b)
	}
	endCell := func() {
		c.ends = append(c.ends, len(c.rec))
		cellStart = len(c.rec)
	}
	for {
		if c.br.Buffered() == 0 {
			if _, err := c.br.Peek(1); err != nil {
				if !errors.Is(err, io.EOF) {
					c.readErr, c.done = err, true
					return false
				}
				c.done = true
				if !started {
					return false
				}
				c.unterminated = state == csvQuoted
				endCell()
				return c.finish()
			}
		}
		chunk, _ := c.br.Peek(c.br.Buffered())
		i, ended := 0, false
		if c.skipLF {
			c.skipLF = false
			if chunk[0] == '\n' {
				i = 1
			}
		}
		for ; i < len(chunk) && !ended; i++ {
			b := chunk[i]
			started = true
			switch state {
			case csvCellStart, csvUnquoted, csvQuoteInQuoted:
				switch {
				case b == '"' && state == csvCellStart:
					state = csvQuoted
				case b == '"' && state == csvQuoteInQuoted:
					put('"')
					state = csvQuoted
				case b == c.delim:
					endCell()
					state = csvCellStart
				case b == '\n' || b == '\r':
					// A lone CR ends a record as LF and CRLF do.
					c.skipLF = b == '\r'
					ended = true
				default:
					// Text after a closing quote is kept, as spreadsheet apps do.
					put(b)
					state = csvUnquoted
				}
			case csvQuoted:
				if b == '"' {
					state = csvQuoteInQuoted
				} else {
					put(b)
				}
			}
		}
		_, _ = c.br.Discard(i)
		if len(c.ends) >= MaxCellsPerRow {
			c.done = true
			c.row++
			c.readErr = tooManyCells(c.name, c.row)
			return false
		}
		if len(c.rec) > MaxRecordBytes {
			c.done = true
			c.row++
			c.readErr = refuse(c.name, c.row, "limit_line", fmt.Sprintf("Row %d of %s is longer than %d MB, longer than any export row. The file is damaged or not an export.", c.row, c.name, MaxRecordBytes>>20))
			return false
		}
		if ended {
			endCell()
			return c.finish()
		}
	}
}

// finish checks the record's text and turns its bytes into strings with a
// single allocation.
func (c *csvReader) finish() bool {
	c.row++
	// Each cell is checked on its own: bytes of two cells side by side can
	// look like one valid character.
	if !cellsValid(c.rec, c.ends) {
		c.done = true
		c.readErr = notUTF8(c.name, c.row)
		return false
	}
	all := string(c.rec)
	c.cells = c.cells[:0]
	start := 0
	for _, end := range c.ends {
		c.cells = append(c.cells, all[start:end])
		start = end
	}
	return true
}

func cellsValid(rec []byte, ends []int) bool {
	start := 0
	for _, end := range ends {
		if !utf8.Valid(rec[start:end]) {
			return false
		}
		start = end
	}
	return true
}

func notUTF8(name string, row int) *apperr.Error {
	return refuse(name, row, "encoding", fmt.Sprintf("Row %d of %s holds characters that are not UTF-8 text (the file may be saved in a legacy encoding such as Windows-1252 or Shift-JIS). Nothing was imported. Save it as \"CSV UTF-8\" and import that.", row, name))
}

// textReader is a CSV, TSV or "Unicode text" file as a row stream.
type textReader struct {
	f     *os.File
	count *countingReader
	r     *csvReader
	size  int64
}

func newTextReader(f *os.File, name string, head []byte, opts Options) (*textReader, error) {
	count := &countingReader{r: f}
	var src io.Reader = count
	switch textEncoding(head) {
	case "utf-16le":
		src = newUTF16Reader(skip(count, 2), false)
	case "utf-16be":
		src = newUTF16Reader(skip(count, 2), true)
	}
	size := int64(0)
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	return &textReader{f: f, count: count, r: newCSVReader(src, name), size: size}, nil
}

func (t *textReader) next() bool      { return t.r.next() }
func (t *textReader) cells() []string { return t.r.cells }
func (t *textReader) err() error      { return t.r.readErr }
func (t *textReader) close() error    { return t.f.Close() }
func (t *textReader) damage() string {
	switch {
	case t.r.oversized:
		return cellTooLarge()
	case t.r.unterminated:
		return "A quoted cell is never closed (the file may be cut off); the row was skipped."
	}
	return ""
}

// estimate extrapolates from the share of the file read so far.
func (t *textReader) estimate(rowsSoFar int) int {
	if t.count.n == 0 {
		return 0
	}
	return int(int64(rowsSoFar) * t.size / t.count.n)
}

// countingReader counts the file bytes read, for progress.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// skip drops the first n bytes of r (a byte-order mark).
func skip(r io.Reader, n int64) io.Reader {
	_, _ = io.CopyN(io.Discard, r, n)
	return r
}
