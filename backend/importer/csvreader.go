package importer

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// csvReader reads delimited text record by record. It exists instead of
// encoding/csv because exports need three things that package lacks: a cap
// on cell size (a 50 MB cell must not become a 50 MB string), leniency about
// stray quotes in unquoted cells (buyer messages), and one allocation per
// record rather than one per cell.
type csvReader struct {
	br       *bufio.Reader
	delim    byte
	rec      []byte // the current record's cell bytes, back to back
	ends     []int  // where each cell ends in rec
	cells    []string
	row      int   // 1-based record number (the header is row 1)
	consumed int64 // bytes read so far, for progress
	err      error
	done     bool
	// Per-record damage, reported as a row error by the caller.
	oversized    bool
	unterminated bool
}

// csvDelimiters are the candidates, in tie-break order.
var csvDelimiters = []byte{',', ';', '\t', '|'}

// newCSVReader strips a UTF-8 BOM and picks the delimiter from the header
// line (TABs inside data cells are common in TikTok exports, so only the
// header is trusted).
func newCSVReader(r io.Reader) *csvReader {
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(3); bytes.Equal(head, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	}
	head, _ := br.Peek(64 << 10)
	return &csvReader{br: br, delim: detectDelimiter(head)}
}

// detectDelimiter counts candidates outside quotes on the first line.
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
		if b == '\n' {
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

// next reads one record; false at the end of input or on a read error.
func (c *csvReader) next() bool {
	if c.done {
		return false
	}
	c.rec, c.ends = c.rec[:0], c.ends[:0]
	c.oversized, c.unterminated = false, false
	cellStart, state, started := 0, csvCellStart, false
	put := func(b byte) {
		if len(c.rec)-cellStart >= maxCellBytes {
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
		chunk, err := c.br.ReadSlice('\n')
		c.consumed += int64(len(chunk))
		if len(chunk) > 0 {
			started = true
		}
		for _, b := range chunk {
			switch state {
			case csvCellStart, csvUnquoted:
				switch {
				case b == '"' && state == csvCellStart:
					state = csvQuoted
				case b == c.delim:
					endCell()
					state = csvCellStart
				case b == '\n':
					endCell()
					return c.finish()
				case b == '\r':
					// CR of a CRLF line end; a CR elsewhere outside quotes is noise.
				default:
					put(b)
					state = csvUnquoted
				}
			case csvQuoted:
				if b == '"' {
					state = csvQuoteInQuoted
				} else {
					put(b)
				}
			case csvQuoteInQuoted:
				switch b {
				case '"':
					put('"')
					state = csvQuoted
				case c.delim:
					endCell()
					state = csvCellStart
				case '\n':
					endCell()
					return c.finish()
				case '\r':
				default:
					// Text after a closing quote: keep it, as spreadsheet apps do.
					put(b)
					state = csvUnquoted
				}
			}
		}
		switch {
		case err == nil || errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			c.done = true
			if !started {
				return false
			}
			c.unterminated = state == csvQuoted
			endCell()
			return c.finish()
		default:
			c.err, c.done = err, true
			return false
		}
	}
}

// finish turns the record's bytes into strings with a single allocation.
func (c *csvReader) finish() bool {
	c.row++
	all := string(c.rec)
	c.cells = c.cells[:0]
	start := 0
	for _, end := range c.ends {
		c.cells = append(c.cells, all[start:end])
		start = end
	}
	return true
}
