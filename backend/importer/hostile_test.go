package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"afterloop/backend/apperr"
)

// withExtraPart copies an .xlsx and adds one more part of size bytes.
func withExtraPart(t *testing.T, src, name, part string, size int) string {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create(f.Name)
		if _, err := io.Copy(w, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	w, _ := zw.Create(part)
	zeros := make([]byte, 1<<20)
	for written := 0; written < size; written += len(zeros) {
		if _, err := w.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, name, out.Bytes())
}

// A small workbook with a part that unpacks far beyond any export is
// refused before a row is read, and nothing is written; the same file
// without the part imports.
func TestWorkbookWithOversizedPartIsRefused(t *testing.T) {
	im, st := newTestImporter(t)
	src := smallXLSX(t, "orders.xlsx", 3)
	bomb := withExtraPart(t, src, "bomb.xlsx", "xl/media/junk.bin", 60<<20)
	e := refused(t, im, st, bomb, apperr.CodeUnsupported, "bomb.xlsx", "xl/media/junk.bin", "50 MB")
	if e.Details["limit"] != "limit_part_size" {
		t.Fatalf("details %v", e.Details)
	}
	if res := mustImport(t, im, src, Options{}); res.Orders != 3 {
		t.Fatalf("%+v", res.ImportBatch)
	}
}

// A 10,000-column CSV is refused with the row and the limit; nothing is
// written.
func TestTenThousandColumnCSVIsRefused(t *testing.T) {
	im, st := newTestImporter(t)
	body := "Order ID," + strings.Repeat("x,", 9998) + "x\n1001," + strings.Repeat("1,", 9998) + "1\n"
	e := refused(t, im, st, writeFile(t, "wide.csv", []byte(body)), apperr.CodeUnsupported, "Row 1", "2000 columns")
	if e.Details["limit"] != "limit_columns" {
		t.Fatalf("details %v", e.Details)
	}
}
