package tabular

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"os"
	"strings"
	"testing"
)

// repeatedPart is a zip entry whose content is chunk repeated n times,
// compressed once: a deflate stream may be a run of blocks, so the blocks of
// one chunk written n times inflate to n copies. A zip bomb of any size
// costs only the time to checksum it.
type repeatedPart struct {
	name       string
	head, tail []byte // written once before and after the repeats
	chunk      []byte
	n          int
	declared   uint64 // the size the zip directory claims; 0 = the true size
}

// writeBombZip writes a workbook zip from the ordinary parts plus
// repeated parts.
func writeBombZip(t testing.TB, path string, parts [][2]string, bombs ...repeatedPart) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	for _, p := range parts {
		w, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p[1])); err != nil {
			t.Fatal(err)
		}
	}
	for _, b := range bombs {
		// Each piece is compressed on its own and ends on a byte boundary
		// without the final bit, so the pieces can follow one another.
		deflate := func(p []byte) []byte {
			var out bytes.Buffer
			fw, _ := flate.NewWriter(&out, flate.BestCompression)
			_, _ = fw.Write(p)
			_ = fw.Flush()
			return out.Bytes()
		}
		head, block, tail := deflate(b.head), deflate(b.chunk), deflate(b.tail)
		crc := crc32.Update(0, crc32.IEEETable, b.head)
		for i := 0; i < b.n; i++ {
			crc = crc32.Update(crc, crc32.IEEETable, b.chunk)
		}
		crc = crc32.Update(crc, crc32.IEEETable, b.tail)
		final := append(tail, 0x03, 0x00) // an empty final block
		size := uint64(len(b.head)) + uint64(len(b.chunk))*uint64(b.n) + uint64(len(b.tail))
		hdr := &zip.FileHeader{Name: b.name, Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(len(head) + len(block)*b.n + len(final)), UncompressedSize64: size}
		if b.declared != 0 {
			hdr.UncompressedSize64 = b.declared
		}
		w, err := zw.CreateRaw(hdr)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(head); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < b.n; i++ {
			if _, err := w.Write(block); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := w.Write(final); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`

// rowsChunk is 1 MB of sheet rows without row numbers, each row a few
// inline cells of buyer-like text.
func rowsChunk() []byte {
	row := `<row><c t="inlineStr"><is><t>576461413418815682</t></is></c><c t="inlineStr"><is><t>J*** D***</t></is></c><c><v>19.99</v></c></row>`
	return []byte(strings.Repeat(row, (1<<20)/len(row)))
}

// Hostile workbooks, built in the test (nothing big is committed).
type hostileFile struct {
	name   string
	build  func(t testing.TB, path string)
	limit  string // the refusal's "limit" detail, "" for a damage refusal
	reason string // a word the message must hold
}

var hostileWorkbooks = []hostileFile{
	{"junk-part-1GB.xlsx", func(t testing.TB, p string) {
		// About 1 MB on disk: a valid one-row workbook and a 1 GB part of junk.
		writeBombZip(t, p, minimalParts(sheetHead+`<row><c t="inlineStr"><is><t>Order ID</t></is></c></row></sheetData></worksheet>`, ""),
			repeatedPart{name: "xl/media/junk.bin", chunk: bytes.Repeat([]byte{0}, 1<<20), n: 1024})
	}, "limit_part_size", "1.0 GB"},
	{"sheet-2GB.xlsx", func(t testing.TB, p string) {
		parts := minimalParts("", "")
		writeBombZip(t, p, parts[:len(parts)-1], repeatedPart{name: "xl/worksheets/sheet1.xml", head: []byte(sheetHead), chunk: rowsChunk(), n: 2048, tail: []byte("</sheetData></worksheet>")})
	}, "limit_part_size", "2.0 GB"},
	{"sheet-lies-about-size.xlsx", func(t testing.TB, p string) {
		// The directory claims 1 MB; the sheet inflates to 2 GB.
		parts := minimalParts("", "")
		writeBombZip(t, p, parts[:len(parts)-1], repeatedPart{name: "xl/worksheets/sheet1.xml", head: []byte(sheetHead), chunk: rowsChunk(), n: 2048, tail: []byte("</sheetData></worksheet>"), declared: 1 << 20})
	}, "", "damaged"},
	{"shared-strings-lie.xlsx", func(t testing.TB, p string) {
		parts := minimalParts(sheetHead+`<row><c t="s"><v>0</v></c></row></sheetData></worksheet>`, "")
		si := []byte(strings.Repeat(`<si><t>buyer name</t></si>`, 40000))
		writeBombZip(t, p, parts, repeatedPart{name: "xl/sharedStrings.xml", head: []byte(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`),
			chunk: si, n: 1024, tail: []byte("</sst>"), declared: 1 << 20})
	}, "", "damaged"},
	{"unusual-and-large.xlsx", func(t testing.TB, p string) {
		// A structure the fast reader leaves to excelize, at a size excelize
		// cannot be trusted with.
		head := `<?xml version="1.0"?><!DOCTYPE worksheet><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row>`
		parts := minimalParts("", "")
		writeBombZip(t, p, parts[:len(parts)-1], repeatedPart{name: "xl/worksheets/sheet1.xml", head: []byte(head),
			chunk: bytes.Repeat([]byte("<c><v>1</v></c>"), 70000), n: 200, tail: []byte("</row></sheetData></worksheet>")})
	}, "limit_structure", "save it as .xlsx again"},
	{"row-of-many-big-cells.xlsx", func(t testing.TB, p string) {
		cell := `<c t="inlineStr"><is><t>` + strings.Repeat("x", MaxCellBytes-100) + `</t></is></c>`
		parts := minimalParts("", "")
		writeBombZip(t, p, parts[:len(parts)-1], repeatedPart{name: "xl/worksheets/sheet1.xml", head: []byte(sheetHead + "<row>"),
			chunk: []byte(cell), n: 40, tail: []byte("</row></sheetData></worksheet>")})
	}, "limit_line", "MB of text"},
	{"wide-row.xlsx", func(t testing.TB, p string) {
		writeZip(t, p, minimalParts(sheetHead+`<row r="1"><c r="A1"><v>1</v></c><c r="NTP1"><v>2</v></c></row></sheetData></worksheet>`, ""))
	}, "limit_columns", "columns"},
}

func TestHostileWorkbooksAreRefused(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gigabyte zip bombs")
	}
	dir := t.TempDir()
	for _, h := range hostileWorkbooks {
		p := dir + "/" + h.name
		h.build(t, p)
		if st, _ := os.Stat(p); st.Size() > 20<<20 {
			t.Fatalf("%s is %d bytes on disk", h.name, st.Size())
		}
		e := refusal(t, p)
		if e.Details["limit"] != h.limit || !strings.Contains(e.Message, h.reason) {
			t.Errorf("%s: %q %v", h.name, e.Message, e.Details)
		}
	}
}

// The bomb builder writes real zips: a small one reads back in full, the
// same through excelize.
func TestRepeatedPartIsAValidZip(t *testing.T) {
	p := t.TempDir() + "/small-bomb.xlsx"
	parts := minimalParts("", "")
	chunk := []byte(strings.Repeat(`<row><c t="inlineStr"><is><t>x</t></is></c></row>`, 100))
	writeBombZip(t, p, parts[:len(parts)-1], repeatedPart{name: "xl/worksheets/sheet1.xml",
		head: []byte(sheetHead), chunk: chunk, n: 3, tail: []byte("</sheetData></worksheet>")})
	got, _ := readAll(t, p, Options{})
	if len(got) != 300 || got[299][0] != "x" {
		t.Fatalf("%d rows", len(got))
	}
	checkSameAsExcelize(t, p, true)
}
