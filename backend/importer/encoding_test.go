package importer

import (
	"strings"
	"testing"
	"unicode/utf16"

	"afterloop/backend/apperr"
)

var encodingRows = []string{
	"1001,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
	"1002,Completed,9002,MUG,Mug,White,2,$20.00,01/06/2026 11:00:00 AM,,bob,",
	"1003,Completed,9003,CAP,Cap,Navy,1,$15.00,01/07/2026 09:30:00 AM,,cat,",
}

// An order export with lone-CR or mixed line endings imports the same three
// orders as the LF file; no record merges into another.
func TestOrdersWithLoneCRAndMixedLineEndings(t *testing.T) {
	lf := string(ordersCSV(encodingRows...))
	for name, body := range map[string]string{
		"cr.csv":    strings.ReplaceAll(lf, "\n", "\r"),
		"mixed.csv": strings.Replace(strings.Replace(lf, "\n", "\r\n", 2), "\n", "\r", 1),
	} {
		im, st := newTestImporter(t)
		res := mustImport(t, im, writeFile(t, name, []byte(body)), Options{})
		if res.Orders != 3 || res.Lines != 3 || res.Skipped != 0 {
			t.Fatalf("%s: %+v", name, res.ImportBatch)
		}
		if d := order(t, st, "tiktok", "1003"); d.Order.BuyerUsername != "cat" {
			t.Fatalf("%s: order 1003 %+v", name, d.Order)
		}
	}
}

// Excel's "Unicode text" (UTF-16 LE, TAB-separated) imports like the CSV.
func TestOrdersFromUTF16UnicodeText(t *testing.T) {
	text := strings.ReplaceAll(strings.ReplaceAll(string(ordersCSV(encodingRows...)), ",", "\t"), "\n", "\r\n")
	body := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		body = append(body, byte(u), byte(u>>8))
	}
	im, _ := newTestImporter(t)
	res := mustImport(t, im, writeFile(t, "orders.txt", body), Options{})
	if res.Orders != 3 || res.Skipped != 0 {
		t.Fatalf("%+v", res.ImportBatch)
	}
}

// Bytes that are not UTF-8 on a row far down refuse the whole file, naming
// the row, and nothing is written.
func TestOrdersWithInvalidUTF8AreRefusedWithTheRow(t *testing.T) {
	rows := append([]string{}, encodingRows...)
	for i := 0; i < 2000; i++ {
		rows = append(rows, encodingRows[0])
	}
	rows = append(rows, "1004,Completed,9001,TEE,Caf\xe9 Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,dan,")
	im, st := newTestImporter(t)
	e := refused(t, im, st, writeFile(t, "latin1.csv", ordersCSV(rows...)), apperr.CodeUnsupported, "Row 2005", "UTF-8")
	if e.Details["row"] != "2005" {
		t.Fatalf("details %v", e.Details)
	}
}
