package tabular

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// readAll reads a file through the table reader, failing on any refusal.
func readAll(t testing.TB, path string, opts Options) ([][]string, *Reader) {
	t.Helper()
	r, err := Open(path, opts)
	if err != nil {
		t.Fatalf("open %s: %v", filepath.Base(path), err)
	}
	defer r.Close()
	var out [][]string
	for r.Next() {
		if r.Row() != len(out)+1 {
			t.Fatalf("row %d after %d rows", r.Row(), len(out))
		}
		out = append(out, append([]string(nil), r.Cells()...))
	}
	if err := r.Err(); err != nil {
		t.Fatalf("read %s: %v", filepath.Base(path), err)
	}
	return out, r
}

// excelizeRowsOf is the oracle: excelize's streaming Rows over one sheet
// with raw values, as the importers read workbooks before the fast reader.
func excelizeRowsOf(t testing.TB, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true, TmpDir: t.TempDir()})
	if err != nil {
		t.Fatalf("excelize open %s: %v", filepath.Base(path), err)
	}
	defer f.Close()
	if sheet == "" {
		sheet = f.GetSheetList()[f.GetActiveSheetIndex()]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		cols, err := rows.Columns()
		if err != nil {
			t.Fatalf("excelize row %d: %v", len(out)+1, err)
		}
		out = append(out, cols)
	}
	return out
}

func sameRows(a, b [][]string) (bool, string) {
	if len(a) != len(b) {
		return false, fmt.Sprintf("%d rows, want %d", len(a), len(b))
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false, fmt.Sprintf("row %d: %q, want %q", i+1, a[i], b[i])
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false, fmt.Sprintf("row %d col %d: %q, want %q", i+1, j+1, a[i][j], b[i][j])
			}
		}
	}
	return true, ""
}

// writeExcelizeFixture writes a workbook with every kind of cell the fast
// reader must read like excelize: text in many scripts, line breaks, XML
// specials, Office escapes, numbers, booleans, dates, formulas with and
// without cached values, rich text, gaps between rows and columns, and a
// second sheet.
func writeExcelizeFixture(t testing.TB, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	set := func(cell string, v any) {
		if err := f.SetCellValue("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "Order ID")
	set("B1", "Buyer")
	set("C1", "Amount")
	set("D1", "Created")
	set("A2", "582315036312176570\t")
	set("B2", "ที่จะจัดส่ง สมชาย")
	set("C2", 1234.5)
	set("D2", time.Date(2026, 5, 10, 18, 3, 56, 0, time.UTC))
	set("A3", "line one\nline two\r\nthree\rfour")
	set("B3", `<b>&amp; "quoted" 'single'</b>`)
	set("C3", true)
	set("D3", int64(9007199254740993))
	set("A5", "after a gap")
	set("F5", "sparse")
	set("AA5", "far column")
	set("A6", "_x000D_ literal and _x005F_x0041_")
	set("B6", "  spaces kept  ")
	set("C6", -0.000123)
	set("A7", "山田太郎 — ẞ 🙂")
	if err := f.SetCellFormula("Sheet1", "B7", "C2*2"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellFormula("Sheet1", "C7", "SUM(C2:C6)"); err != nil {
		t.Fatal(err)
	}
	set("D7", 2469)
	if err := f.SetCellRichText("Sheet1", "A8", []excelize.RichTextRun{
		{Text: "bold ", Font: &excelize.Font{Bold: true}}, {Text: "plain"}, {Text: " ภาษาไทย"},
	}); err != nil {
		t.Fatal(err)
	}
	set("B8", "")
	set("C8", nil)
	set("A10", 0)
	if _, err := f.NewSheet("Other"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Other", "B2", "second sheet"); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writeStreamFixture writes rows the way excelize's StreamWriter does (the
// writer behind large exports and the benchmark files).
func writeStreamFixture(t testing.TB, path string, rows [][]any) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writeZip writes a zip with the given parts, in order.
func writeZip(t testing.TB, path string, parts [][2]string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

// minimalParts are the parts of a one-sheet workbook around a sheet's XML.
func minimalParts(sheetXML, sstXML string) [][2]string {
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", sheetXML},
	}
	if sstXML != "" {
		parts = append(parts, [2]string{"xl/sharedStrings.xml", sstXML})
	}
	return parts
}

// convertWithLibreOffice converts files to .xlsx with LibreOffice in one
// run, the way another spreadsheet app would save an export; it skips the
// test when LibreOffice is not installed.
func convertWithLibreOffice(t testing.TB, outDir string, files ...string) {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	profile := t.TempDir()
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "xlsx", "--outdir", outDir}, files...)
	out, err := exec.Command(soffice, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for _, f := range files {
		want := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+".xlsx")
		if _, err := os.Stat(want); err != nil {
			t.Fatalf("soffice did not write %s:\n%s", want, out)
		}
	}
}
