package tabular

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// choices turns fuzz bytes into decisions; past the end every choice is 0.
type choices struct {
	data []byte
	i    int
}

func (c *choices) pick(n int) int {
	if c.i >= len(c.data) || n <= 1 {
		c.i++
		return 0
	}
	v := int(c.data[c.i]) % n
	c.i++
	return v
}

var textPool = []string{"", "Order ID", "576461413418815682", " spaced ", "a&b<c>\"d\"'e'", "line\nbreak", "cr\r\nlf", "lone\rcr",
	"_x000D_", "_x005F_x0041_", "ที่จะจัดส่ง", "山田太郎", "🙂", "45678.25", "TRUE", "#N/A", "=SUM(A1)", "\t582315\t", "]]>"}

// escapeText writes text as XML character data, sometimes with numeric
// references or CDATA.
func escapeText(c *choices, s string) string {
	if c.pick(4) == 0 && !strings.Contains(s, "]]>") && !strings.Contains(s, "\r") {
		return "<![CDATA[" + s + "]]>"
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			if strings.HasSuffix(b.String(), "]]") {
				b.WriteString("&gt;") // "]]>" is not allowed in text
			} else {
				b.WriteString([]string{">", "&gt;"}[c.pick(2)])
			}
		case '\r':
			b.WriteString([]string{"\r", "&#13;", "&#xD;"}[c.pick(3)])
		case '"':
			b.WriteString([]string{"\"", "&quot;"}[c.pick(2)])
		default:
			if r > 127 && c.pick(3) == 0 {
				fmt.Fprintf(&b, "&#%d;", r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func genStringItem(c *choices, tag string) string {
	var b strings.Builder
	b.WriteString("<" + tag + ">")
	switch c.pick(4) {
	case 0, 1:
		b.WriteString(`<t xml:space="preserve">` + escapeText(c, textPool[c.pick(len(textPool))]) + `</t>`)
	case 2:
		for n := c.pick(3) + 1; n > 0; n-- {
			b.WriteString(`<r>`)
			if c.pick(2) == 0 {
				b.WriteString(`<rPr><b/><sz val="11"/></rPr>`)
			}
			b.WriteString(`<t>` + escapeText(c, textPool[c.pick(len(textPool))]) + `</t></r>`)
		}
	case 3:
		b.WriteString(`<t>` + escapeText(c, textPool[c.pick(len(textPool))]) + `</t><rPh sb="0" eb="1"><t>ruby</t></rPh><phoneticPr fontId="1"/>`)
	}
	b.WriteString("</" + tag + ">")
	return b.String()
}

func colName(n int) string {
	s := ""
	for ; n > 0; n = (n - 1) / 26 {
		s = string(rune('A'+(n-1)%26)) + s
	}
	return s
}

// genWorkbook writes a sheet shaped by the fuzz input: rows with and
// without numbers and gaps, cells with and without references, every cell
// type, shared and inline strings, rich text, formulas, entities, CDATA.
func genWorkbook(t testing.TB, path string, data []byte) {
	c := &choices{data: data}
	var sst strings.Builder
	nsst := c.pick(6)
	sst.WriteString(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	for i := 0; i < nsst; i++ {
		sst.WriteString(genStringItem(c, "si"))
	}
	sst.WriteString(`</sst>`)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>`)
	row := 0
	for nrows := c.pick(9); nrows > 0; nrows-- {
		row += 1 + []int{0, 0, 0, 1, 3}[c.pick(5)]
		switch c.pick(3) {
		case 0:
			b.WriteString("<row>")
			row = max(row, 1)
		default:
			fmt.Fprintf(&b, `<row r="%d" spans="1:5">`, row)
		}
		col := 0
		for ncells := c.pick(7); ncells > 0; ncells-- {
			col += 1 + []int{0, 0, 1, 4}[c.pick(4)]
			ref := ""
			if c.pick(3) != 0 {
				ref = fmt.Sprintf(` r="%s%d"`, colName(col), max(row, 1))
			} else {
				col = col - 0 // excelize follows the previous cell
			}
			kinds := []string{"", "n", "s", "str", "inlineStr", "b", "e", "d"}
			kind := kinds[c.pick(len(kinds))]
			typ := ""
			if kind != "" {
				typ = ` t="` + kind + `"`
			}
			style := []string{"", ` s="1"`}[c.pick(2)]
			var inner string
			switch kind {
			case "s":
				inner = fmt.Sprintf("<v>%d</v>", c.pick(nsst+2))
			case "inlineStr":
				inner = genStringItem(c, "is")
			case "b":
				inner = []string{"<v>1</v>", "<v>0</v>"}[c.pick(2)]
			case "e":
				inner = "<v>#DIV/0!</v>"
			default:
				inner = "<v>" + escapeText(c, textPool[c.pick(len(textPool))]) + "</v>"
			}
			switch c.pick(5) {
			case 0:
				inner = "<f>A1*2</f>" + inner
			case 1:
				inner = `<f t="shared" ref="A1:A2" si="0"/>`
			case 2:
				inner = ""
			}
			if inner == "" {
				fmt.Fprintf(&b, "<c%s%s%s/>", ref, style, typ)
			} else {
				fmt.Fprintf(&b, "<c%s%s%s>%s</c>", ref, style, typ, inner)
			}
			if c.pick(6) == 0 {
				b.WriteString("<!-- note -->")
			}
		}
		b.WriteString("</row>")
		if c.pick(5) == 0 {
			b.WriteString("\n  ")
		}
	}
	b.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	sstXML := ""
	if nsst > 0 || c.pick(2) == 0 {
		sstXML = sst.String()
	}
	writeZip(t, path, minimalParts(b.String(), sstXML))
}

// FuzzFastXLSX: whatever sheet the generator builds, the fast reader returns
// exactly what excelize returns.
func FuzzFastXLSX(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("seed: a few rows with shared strings"))
	f.Add(bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7}, 40))
	f.Add(bytes.Repeat([]byte{255, 13, 7, 200, 3}, 60))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "fuzz.xlsx")
		genWorkbook(t, p, data)
		defer os.Remove(p)
		got, r := readAll(t, p, Options{})
		want := excelizeRowsOf(t, p, r.impl.(*xlsxReader).sheet)
		if ok, diff := sameRows(got, want); !ok {
			t.Fatalf("%s (fell back: %v)", diff, r.impl.(*xlsxReader).fellBack)
		}
	})
}

// FuzzTableRoundTrip writes cells as CSV or TSV with any delimiter, quoting
// as needed, any line ending (LF, CRLF, a lone CR, mixed) and any encoding
// the reader takes (UTF-8 with or without BOM, UTF-16 LE or BE), and reads
// them back through Open: every cell must come back exactly.
func FuzzTableRoundTrip(f *testing.F) {
	f.Add("582315036312176570\t", "J*** D***\n(+1)555", "\"quoted\", really", uint8(0), uint8(0))
	f.Add("山田太郎", "11,000 JPY", " leading space", uint8(1), uint8(7))
	f.Add("a|b", "c\r\nd", "", uint8(3), uint8(13))
	f.Add("lone\rcr", "x", "ที่จะจัดส่ง", uint8(2), uint8(255))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, a, b, c string, which, style uint8) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) || !utf8.ValidString(c) {
			t.Skip()
		}
		delim := csvDelimiters[int(which)%len(csvDelimiters)]
		records := [][]string{{"h1", "h2", "h3"}, {a, b, c}, {c, a, b}, {b, c, a}}
		ends := []string{"\n", "\r\n", "\r"}
		var body strings.Builder
		for i, rec := range records {
			for j, cell := range rec {
				if j > 0 {
					body.WriteByte(delim)
				}
				if strings.ContainsAny(cell, "\"\r\n"+string(delim)) || cell != "" && cell[0] == '"' {
					cell = `"` + strings.ReplaceAll(cell, `"`, `""`) + `"`
				}
				body.WriteString(cell)
			}
			end := ends[int(style)%3]
			if style&0x10 != 0 {
				end = ends[i%3] // mixed line endings
			}
			if i < len(records)-1 || style&0x20 != 0 {
				body.WriteString(end)
			}
		}
		var raw []byte
		switch (style >> 6) & 3 {
		case 0:
			raw = []byte(body.String())
		case 1:
			raw = append(append([]byte{}, bomUTF8...), body.String()...)
		case 2:
			raw = encodeUTF16(body.String(), false)
		case 3:
			raw = encodeUTF16(body.String(), true)
		}
		p := filepath.Join(dir, []string{"f.csv", "f.tsv"}[which&1])
		if err := os.WriteFile(p, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		r, err := Open(p, Options{})
		if err != nil {
			if isRefusal(err) && textEncoding(raw) == "" {
				t.Skip() // control bytes: not text
			}
			t.Fatalf("open: %v (file %q)", err, raw)
		}
		defer r.Close()
		for i, want := range records {
			if !r.Next() {
				t.Fatalf("record %d missing (err %v) in %q", i, r.Err(), body.String())
			}
			if strings.Join(r.Cells(), "\x00") != strings.Join(want, "\x00") {
				t.Fatalf("record %d = %q, want %q (file %q)", i, r.Cells(), want, body.String())
			}
		}
		if r.Next() {
			t.Fatalf("extra record %q", r.Cells())
		}
		if err := r.Err(); err != nil {
			t.Fatal(err)
		}
	})
}
