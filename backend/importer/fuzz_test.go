package importer

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// sampleFiles are the fuzz seeds: every real and synthetic export.
func sampleFiles(f *testing.F) [][]byte {
	paths, _ := filepath.Glob("testdata/*.csv")
	var out [][]byte
	for _, p := range paths {
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
		r := newCSVReader(bytes.NewReader(data))
		last := 0
		for r.next() {
			if r.row != last+1 {
				t.Fatalf("row %d after %d", r.row, last)
			}
			last = r.row
			for _, c := range r.cells {
				if len(c) > maxCellBytes {
					t.Fatalf("cell of %d bytes", len(c))
				}
				_ = cleanCell(c)
			}
		}
		if r.err != nil {
			t.Fatal(r.err)
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
		r := newCSVReader(bytes.NewReader(buf.Bytes()))
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

func FuzzCleanCell(f *testing.F) {
	for _, body := range sampleFiles(f) {
		r := newCSVReader(bytes.NewReader(body))
		for r.next() {
			for _, c := range r.cells {
				f.Add(c)
			}
		}
	}
	f.Add("\uFEFF'\u200B 5.82315E+17\t\x00")
	f.Fuzz(func(t *testing.T, s string) {
		out := cleanCell(s)
		if !needsCleaning(s) && out != s {
			t.Fatalf("fast path changed %q to %q", s, out)
		}
		if !utf8.ValidString(out) || len(out) > len(s) {
			t.Fatalf("cleanCell(%q) = %q", s, out)
		}
		if strings.ContainsAny(out, "\t\x00\uFEFF\u200B\u200C\u200D\u2060") {
			t.Fatalf("cleanCell(%q) kept junk: %q", s, out)
		}
		if out != "" {
			first, _ := utf8.DecodeRuneInString(out)
			lastRune, _ := utf8.DecodeLastRuneInString(out)
			if unicode.IsSpace(first) || unicode.IsSpace(lastRune) {
				t.Fatalf("cleanCell(%q) = %q is not trimmed", s, out)
			}
		}
		if needsCleaning(out) && cleanCell(out) != out && !strings.HasPrefix(out, "'") {
			t.Fatalf("cleanCell is not stable on %q -> %q -> %q", s, out, cleanCell(out))
		}
		// The value parsers must never panic on a cleaned cell.
		if tv, ok := parseTime(out); ok {
			tv.resolve(orderDMY, time.UTC)
			tv.resolve(orderMDY, time.UTC)
		}
		if mv, cur, ok := parseMoney(out, "USD"); ok {
			mv.minor(cur)
		}
		_ = isExcelMangledID(out)
		_ = looksLikeDescription(out)
	})
}
