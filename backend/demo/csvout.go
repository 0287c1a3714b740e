package demo

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The shape of TikTok Shop's US CSV exports: UTF-8 with a byte order mark,
// CRLF between records (a bare LF inside a quoted cell), IDs and times ending
// with a TAB so that Excel keeps them as text, "$19.99" money.
const (
	byteOrderMark = "\ufeff"
	recordEnd     = "\r\n"
	timeLayout    = "01/02/2006 3:04:05 PM"
)

// cells appends CSV cells to a reusable buffer without allocating. quoteTabs
// quotes cells holding a TAB, as the order export does; the returns export
// leaves them bare.
type cells struct {
	buf       []byte
	quoteTabs bool
	money     string // "$" for USD; other currencies are written as plain numbers
	loc       *time.Location
}

func (c *cells) text(s string) {
	special := ",\"\n\r"
	if c.quoteTabs {
		special = ",\"\n\r\t"
	}
	if !strings.ContainsAny(s, special) {
		c.buf = append(c.buf, s...)
		c.buf = append(c.buf, ',')
		return
	}
	c.buf = append(c.buf, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			c.buf = append(c.buf, '"')
		}
		c.buf = append(c.buf, s[i])
	}
	c.buf = append(c.buf, '"', ',')
}

// tabbed writes digits followed by a TAB; 0 is an empty cell (a lone TAB).
func (c *cells) tabbed(id int64) {
	if c.quoteTabs {
		c.buf = append(c.buf, '"')
	}
	if id != 0 {
		c.buf = strconv.AppendInt(c.buf, id, 10)
	}
	c.buf = append(c.buf, '\t')
	if c.quoteTabs {
		c.buf = append(c.buf, '"')
	}
	c.buf = append(c.buf, ',')
}

// tabbedText is tabbed for IDs held as text.
func (c *cells) tabbedText(id string) {
	if c.quoteTabs {
		c.buf = append(c.buf, '"')
	}
	c.buf = append(c.buf, id...)
	c.buf = append(c.buf, '\t')
	if c.quoteTabs {
		c.buf = append(c.buf, '"')
	}
	c.buf = append(c.buf, ',')
}

// time writes a shop-local time followed by a TAB; zero is a lone TAB.
func (c *cells) time(t time.Time) {
	if c.quoteTabs {
		c.buf = append(c.buf, '"')
	}
	if !t.IsZero() {
		c.buf = t.In(c.loc).AppendFormat(c.buf, timeLayout)
	}
	c.buf = append(c.buf, '\t')
	if c.quoteTabs {
		c.buf = append(c.buf, '"')
	}
	c.buf = append(c.buf, ',')
}

func (c *cells) amount(cents int64) {
	c.buf = append(c.buf, c.money...)
	c.buf = strconv.AppendInt(c.buf, cents/100, 10)
	c.buf = append(c.buf, '.', byte('0'+cents%100/10), byte('0'+cents%10), ',')
}

func (c *cells) number(n int64) {
	c.buf = strconv.AppendInt(c.buf, n, 10)
	c.buf = append(c.buf, ',')
}

func (c *cells) kilograms(grams int) {
	c.buf = strconv.AppendFloat(c.buf, float64(grams)/1000, 'f', -1, 64)
	c.buf = append(c.buf, ',')
}

// endRecord replaces the trailing comma of the last cell with CRLF.
func (c *cells) endRecord() {
	c.buf = append(c.buf[:len(c.buf)-1], recordEnd...)
}

func newCells(e *env, quoteTabs bool) cells {
	c := cells{buf: make([]byte, 0, 2048), quoteTabs: quoteTabs, loc: e.loc}
	if e.shop.Currency == "" || e.shop.Currency == "USD" {
		c.money = "$"
	}
	return c
}

// writeHeader writes the byte order mark and the header record.
func writeHeader(w *bufio.Writer, header []string) error {
	c := cells{}
	c.buf = append(c.buf, byteOrderMark...)
	for _, h := range header {
		c.text(h)
	}
	c.endRecord()
	_, err := w.Write(c.buf)
	return err
}

// writeFileAtomically writes path through a temporary file in the same folder
// so that an importer never sees half a file.
func writeFileAtomically(path string, write func(*bufio.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".demo-*.csv")
	if err != nil {
		return fmt.Errorf("demo: create %s: %w", filepath.Base(path), err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()           // already failing: the error returned matters more
			_ = os.Remove(tmp.Name()) // a leftover temporary file is harmless
		}
	}()
	w := bufio.NewWriterSize(tmp, 1<<20)
	if err = write(w); err != nil {
		return fmt.Errorf("demo: write %s: %w", filepath.Base(path), err)
	}
	if err = w.Flush(); err != nil {
		return fmt.Errorf("demo: write %s: %w", filepath.Base(path), err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("demo: write %s: %w", filepath.Base(path), err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("demo: save %s: %w", filepath.Base(path), err)
	}
	return nil
}
