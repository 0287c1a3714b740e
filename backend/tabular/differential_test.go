package tabular

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checkSameAsExcelize reads path with the table reader and with excelize
// and fails on any difference; fast requires the fast reader to have read
// the whole sheet itself.
func checkSameAsExcelize(t *testing.T, path string, fast bool) {
	t.Helper()
	got, r := readAll(t, path, Options{})
	x := r.impl.(*xlsxReader)
	if fast && x.fellBack {
		t.Errorf("%s: the fast reader handed the sheet to excelize", filepath.Base(path))
	}
	want := excelizeRowsOf(t, path, x.sheet)
	if ok, diff := sameRows(got, want); !ok {
		t.Errorf("%s: %s", filepath.Base(path), diff)
	}
	if len(want) == 0 {
		t.Errorf("%s: the oracle read no rows; the fixture proves nothing", filepath.Base(path))
	}
}

func TestFastReaderMatchesExcelizeOnExcelizeFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "cells.xlsx")
	writeExcelizeFixture(t, p)
	checkSameAsExcelize(t, p, true)

	s := filepath.Join(dir, "stream.xlsx")
	writeStreamFixture(t, s, [][]any{
		{"Order ID", "Qty", "Paid", "When", "Note"},
		{"576461413418815682", 2, 19.99, time.Date(2026, 1, 27, 18, 3, 56, 0, time.UTC), "a\nb"},
		{"576461413418815683", nil, true, "01/27/2026 6:03:56 PM", "<&>"},
		{},
		{"", "", "", "", "only the last"},
	})
	checkSameAsExcelize(t, s, true)
}

// sampleCSVs are the real and synthetic exports shared by the team.
func sampleCSVs(t *testing.T) []string {
	var out []string
	seen := map[string]bool{}
	for _, dir := range []string{"/work/shared/samples/real", "/work/shared/samples/synthetic", "../importer/testdata"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
		for _, p := range paths {
			if !seen[filepath.Base(p)] {
				seen[filepath.Base(p)] = true
				out = append(out, p)
			}
		}
	}
	if len(out) == 0 {
		t.Skip("no sample exports found")
	}
	return out
}

// TestFastReaderMatchesExcelizeOnSamples writes every sample export as a
// workbook with excelize and compares both readers on it.
func TestFastReaderMatchesExcelizeOnSamples(t *testing.T) {
	dir := t.TempDir()
	for _, csvPath := range sampleCSVs(t) {
		rows, _ := readAll(t, csvPath, Options{})
		var anyRows [][]any
		for _, row := range rows {
			cells := make([]any, len(row))
			for i, c := range row {
				cells[i] = c
			}
			anyRows = append(anyRows, cells)
		}
		p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(csvPath), ".csv")+".xlsx")
		writeStreamFixture(t, p, anyRows)
		checkSameAsExcelize(t, p, true)
	}
}

// TestFastReaderMatchesExcelizeOnLibreOfficeFiles converts the samples and
// the excelize fixture with LibreOffice, as a seller who opened an export
// in another app and saved it would.
func TestFastReaderMatchesExcelizeOnLibreOfficeFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("LibreOffice takes seconds")
	}
	in, out := t.TempDir(), t.TempDir()
	var files []string
	for _, p := range sampleCSVs(t) {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(in, filepath.Base(p))
		if err := os.WriteFile(dst, body, 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, dst)
	}
	fixture := filepath.Join(in, "cells_lo.xlsx")
	writeExcelizeFixture(t, fixture)
	// LibreOffice cannot convert a file to the same name in place: give the
	// fixture another extension it still recognises.
	ods := filepath.Join(in, "cells_lo.xlsm")
	if err := os.Rename(fixture, ods); err != nil {
		t.Fatal(err)
	}
	files = append(files, ods)
	convertWithLibreOffice(t, out, files...)
	converted, _ := filepath.Glob(filepath.Join(out, "*.xlsx"))
	if len(converted) != len(files) {
		t.Fatalf("LibreOffice wrote %d files for %d", len(converted), len(files))
	}
	for _, p := range converted {
		checkSameAsExcelize(t, p, true)
	}
}

// TestFastReaderHandlesHandWrittenXML covers what the writers above never
// produce but other apps do: rows and cells without references, inline
// strings with runs and phonetic guides, entities, CDATA, comments,
// namespace prefixes, shared-string escapes and a formula with no value.
func TestFastReaderHandlesHandWrittenXML(t *testing.T) {
	sheet := `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:D4"/><x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v> 1 </x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>run&amp;one</x:t></x:r><x:r><x:t xml:space="preserve"> two</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ruby</x:t></x:rPh></x:is></x:c></x:row>
<x:row r="3"><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><!-- a comment --><x:c r="E3"><x:f>A1</x:f></x:c></x:row>
<x:row r="4" spans="1:3"><x:c r="A4" t="str"><x:v><![CDATA[cdata <kept>]]></x:v></x:c><x:c r="C4" t="s"><x:v>2</x:v></x:c><x:c r="D4" t="s"><x:v>99</x:v></x:c></x:row>
<x:row r="6"/>
</x:sheetData></x:worksheet>`
	sst := `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>plain&#x0E01;&#13;x</t></si><si><t>a_x000D_b_x005F_x0041_</t><r><t>tail</t></r></si><si><r><t>only</t></r><r><t xml:space="preserve"> runs </t></r></si></sst>`
	p := filepath.Join(t.TempDir(), "hand.xlsx")
	writeZip(t, p, minimalParts(sheet, sst))
	checkSameAsExcelize(t, p, true)
}
