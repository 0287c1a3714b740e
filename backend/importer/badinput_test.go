package importer

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// refused imports path and asserts a refusal with code and message text,
// and that nothing at all was written.
func refused(t *testing.T, im *Importer, st *store.Store, path string, code apperr.Code, want ...string) *apperr.Error {
	t.Helper()
	before := stats(t, st)
	dump := dumpDB(t, st)
	_, err := im.Import(context.Background(), path, Options{})
	e := appErr(t, err, code)
	for _, w := range want {
		if !strings.Contains(e.Message, w) {
			t.Fatalf("message %q lacks %q", e.Message, w)
		}
	}
	if after := stats(t, st); after != before {
		t.Fatalf("stats changed: %+v -> %+v", before, after)
	}
	if !reflect.DeepEqual(dump, dumpDB(t, st)) {
		t.Fatal("a refused import wrote rows")
	}
	if list, _ := im.ListBatches(context.Background()); len(list) != 0 {
		t.Fatalf("a refused import left a batch: %+v", list)
	}
	return e
}

func TestRefusesFilesThatAreNotSpreadsheets(t *testing.T) {
	im, st := newTestImporter(t)
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")
	refused(t, im, st, writeFile(t, "orders.xlsx", png), apperr.CodeUnsupported, "orders.xlsx", "not a spreadsheet")
	refused(t, im, st, writeFile(t, "notes.txt", []byte("Remember to export the orders on Monday.\n")),
		apperr.CodeUnsupported, "notes.txt", "not a spreadsheet", ".xlsx or .csv")
	refused(t, im, st, writeFile(t, "empty.csv", nil), apperr.CodeUnsupported, "empty.csv is empty")
	refused(t, im, st, writeFile(t, "blank.xlsx", []byte("\xEF\xBB\xBF\r\n")), apperr.CodeUnsupported, "is empty")
	refused(t, im, st, writeFile(t, "headers.csv", []byte("Order ID,Order Status,Created Time\n")), apperr.CodeInvalidInput, "no rows")
	refused(t, im, st, writeFile(t, "people.csv", []byte("Name,Phone\nAnn,555\n")), apperr.CodeUnsupported,
		"No Order ID column found in people.csv. Expected a TikTok Shop or Shopify order export, or map the columns yourself.")
}

func TestRefusesXLSXWithoutOrderIDColumn(t *testing.T) {
	im, st := newTestImporter(t)
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Product", "Price"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"Tee", 10})
	path := filepath.Join(t.TempDir(), "products.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	e := refused(t, im, st, path, apperr.CodeUnsupported, "No Order ID column found in products.xlsx", "map the columns yourself")
	if e.Details["file"] != "products.xlsx" {
		t.Fatalf("details %v", e.Details)
	}
	pv, err := im.Preview(context.Background(), path, Options{})
	if err != nil || !pv.NeedsMapping || pv.Rows != 1 || len(pv.Headers) != 2 || !pv.Mapping[0].Required {
		t.Fatalf("preview should offer the mapping screen: %+v %v", pv, err)
	}
}

func TestRefusesEncryptedXLSX(t *testing.T) {
	im, st := newTestImporter(t)
	path := smallXLSX(t, "locked.xlsx", 3)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	refused(t, im, st, path, apperr.CodeUnsupported, "locked.xlsx", "password")
}

func TestRefusesTruncatedXLSX(t *testing.T) {
	im, st := newTestImporter(t)
	body, err := os.ReadFile(smallXLSX(t, "full.xlsx", 50))
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "cut.xlsx", body[:len(body)/2])
	refused(t, im, st, path, apperr.CodeUnsupported, "cut.xlsx", "damaged or incomplete")
}

func TestExcelMangledIDs(t *testing.T) {
	im, st := newTestImporter(t)
	all := writeFile(t, "resaved.csv", ordersCSV(
		"5.82315E+17,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"5.82315E+17,Completed,9002,MUG,Mug,W,1,$10.00,01/05/2026 10:00:00 AM,,ann,"))
	e := refused(t, im, st, all, apperr.CodeInvalidInput, "resaved.csv", "re-saved by Excel", "export again from Seller Center")
	if e.Details["row"] != "2" || e.Details["column"] != "Order ID" {
		t.Fatalf("details %v", e.Details)
	}
	mixed := writeFile(t, "mixed.csv", ordersCSV(
		"1001,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"1002,Completed,1.73E+18,MUG,Mug,W,1,$10.00,01/05/2026 10:00:00 AM,,ann,"))
	res := mustImport(t, im, mixed, Options{})
	if res.Orders != 1 || res.Skipped != 1 || len(res.Errors) != 1 || res.Errors[0].Row != 3 ||
		res.Errors[0].Column != "SKU ID" || !strings.Contains(res.Errors[0].Message, "re-saved by Excel") {
		t.Fatalf("result %+v", res.ImportBatch)
	}
}

func TestUnparseableDateSkipsTheRow(t *testing.T) {
	im, st := newTestImporter(t)
	bad := writeFile(t, "bad-date.csv", ordersCSV("1001,Completed,9001,TEE,Tee,M,1,$10.00,next Tuesday,,ann,"))
	refused(t, im, st, bad, apperr.CodeInvalidInput, "Created Time", "next Tuesday")
	res := mustImport(t, im, writeFile(t, "one-bad.csv", ordersCSV(
		"1001,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"1002,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,31/31/2026,bob,",
		"1003,Completed,9001,TEE,Tee,M,1,$10.00,01/07/2026 10:00:00 AM,,cat,")), Options{})
	if res.Orders != 2 || res.Skipped != 1 || res.Errors[0].Row != 3 || res.Errors[0].Column != "Delivered Time" {
		t.Fatalf("result %+v", res.ImportBatch)
	}
}

func TestFiftyMegabyteCell(t *testing.T) {
	im, st := newTestImporter(t)
	huge := strings.Repeat("A", 50<<20)
	csvBody := ordersCSV(
		"1001,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"1002,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,\""+huge+"\",",
		"1003,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,cat,")
	res := mustImport(t, im, writeFile(t, "huge.csv", csvBody), Options{})
	if res.Orders != 2 || res.Skipped != 1 || res.Errors[0].Row != 3 || !strings.Contains(res.Errors[0].Message, "larger than 1 MB") {
		t.Fatalf("csv result %+v", res.ImportBatch)
	}
	res = mustImport(t, im, hugeCellXLSX(t, huge), Options{})
	if res.Skipped != 1 || !strings.Contains(res.Errors[0].Message, "larger than 1 MB") {
		t.Fatalf("xlsx result %+v", res.ImportBatch)
	}
	_ = st
}

// hugeCellXLSX writes a small export and swaps one cell for text no
// spreadsheet app would produce (excelize itself caps cells at 32,767
// characters, so the worksheet XML is edited directly).
func hugeCellXLSX(t *testing.T, text string) string {
	t.Helper()
	return editSheetXML(t, smallXLSX(t, "huge-src.xlsx", 3), "huge.xlsx", "buyer_1<", text+"<")
}

// editSheetXML copies an .xlsx, replacing the first old with new in its
// worksheets.
func editSheetXML(t *testing.T, src, name, old, new string) string {
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
		body, _ := io.ReadAll(r)
		r.Close()
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			body = bytes.Replace(body, []byte(old), []byte(new), 1)
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	zw.Close()
	return writeFile(t, name, out.Bytes())
}

// smallXLSX writes a TikTok-style export of the given number of orders.
func smallXLSX(t testing.TB, name string, orders int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := writeBenchXLSX(path, orders); err != nil {
		t.Fatal(err)
	}
	return path
}
