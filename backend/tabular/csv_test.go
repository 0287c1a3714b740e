package tabular

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"afterloop/backend/apperr"
)

// isRefusal is a file-level refusal with a message for the seller.
func isRefusal(err error) bool {
	var appErr *apperr.Error
	return errors.As(err, &appErr) && appErr.Code == apperr.CodeUnsupported && appErr.Message != ""
}

// sampleFiles are the fuzz seeds: every real and synthetic export.
func sampleFiles(f *testing.F) [][]byte {
	paths, _ := filepath.Glob("../importer/testdata/*.csv")
	more, _ := filepath.Glob("testdata/*.csv")
	var out [][]byte
	for _, p := range append(paths, more...) {
		body, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, body)
	}
	return out
}

func FuzzCSV(f *testing.F) {
	for _, body := range sampleFiles(f) {
		f.Add(body)
	}
	f.Add([]byte("a,\"b\nc\",\"unterminated"))
	f.Add([]byte("\"\"\"\",x\r\n\r\n;;"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := newCSVReader(bytes.NewReader(data), "f.csv")
		last := 0
		for r.next() {
			if r.row != last+1 {
				t.Fatalf("row %d after %d", r.row, last)
			}
			last = r.row
			for _, c := range r.cells {
				if len(c) > MaxCellBytes {
					t.Fatalf("cell of %d bytes", len(c))
				}
				if !utf8.ValidString(c) {
					t.Fatalf("cell %q is not UTF-8", c)
				}
			}
			if len(r.cells) > MaxCellsPerRow {
				t.Fatalf("%d cells", len(r.cells))
			}
		}
		if r.readErr != nil && !isRefusal(r.readErr) {
			t.Fatal(r.readErr)
		}
	})
}

// FuzzCSVRoundTrip checks that whatever encoding/csv writes, with any of the
// supported delimiters, reads back cell for cell.
func FuzzCSVRoundTrip(f *testing.F) {
	f.Add("582315036312176570\t", "J*** D***\n(+1)555", "\"quoted\", really", uint8(0))
	f.Add("山田太郎", "11,000 JPY", " leading space", uint8(1))
	f.Add("a|b", "c\r\nd", "", uint8(3))
	f.Fuzz(func(t *testing.T, a, b, c string, which uint8) {
		delim := rune(csvDelimiters[int(which)%len(csvDelimiters)])
		records := [][]string{{"h1", "h2", "h3"}, {a, b, c}, {c, a, b}}
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = delim
		if err := w.WriteAll(records); err != nil {
			t.Skip()
		}
		r := newCSVReader(bytes.NewReader(buf.Bytes()), "f.csv")
		for i, want := range records {
			if !r.next() {
				t.Fatalf("record %d missing in %q", i, buf.String())
			}
			if strings.Join(r.cells, "\x00") != strings.Join(want, "\x00") {
				t.Fatalf("record %d = %q, want %q (file %q)", i, r.cells, want, buf.String())
			}
		}
		if r.next() {
			t.Fatalf("extra record %q", r.cells)
		}
	})
}

func TestCSVDelimitersAndQuotes(t *testing.T) {
	for _, body := range []string{
		"\uFEFFa,b,c\n1,\"x,y\",3\r\n",
		"a;b;c\n1;x,y;3\n",
		"a\tb\tc\n1\tx,y\t3",
		"a|b|c\n1|\"x,y\"|3\n",
	} {
		r := newCSVReader(strings.NewReader(body), "f.csv")
		var rows [][]string
		for r.next() {
			rows = append(rows, append([]string{}, r.cells...))
		}
		if len(rows) != 2 || strings.Join(rows[0], "/") != "a/b/c" || strings.Join(rows[1], "/") != "1/x,y/3" {
			t.Errorf("%q read as %q", body, rows)
		}
	}
	r := newCSVReader(strings.NewReader("a,b\n\"multi\nline \"\"quoted\"\"\",2\nlast,\"open"), "f.csv")
	r.next()
	r.next()
	if r.cells[0] != "multi\nline \"quoted\"" || r.row != 2 {
		t.Errorf("multi-line cell %q", r.cells)
	}
	if !r.next() || !r.unterminated || r.row != 3 {
		t.Error("an unterminated quote must be reported")
	}
}
