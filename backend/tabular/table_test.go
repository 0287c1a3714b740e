package tabular

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"afterloop/backend/apperr"
)

func writeFile(t testing.TB, name string, body []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, body, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// refusal opens and reads a file that must be refused, and returns the
// refusal.
func refusal(t *testing.T, path string) *apperr.Error {
	t.Helper()
	r, err := Open(path, Options{})
	if err == nil {
		for r.Next() {
		}
		err = r.Err()
		r.Close()
	}
	var appErr *apperr.Error
	if !errors.As(err, &appErr) {
		t.Fatalf("%s was not refused with a message (err %v)", filepath.Base(path), err)
	}
	return appErr
}

func encodeUTF16(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune(s))
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// A CSV whose lines end in a lone CR, or mix CR, LF and CRLF, keeps every
// record apart; a CR inside quotes stays in the cell.
func TestLoneCRAndMixedLineEndingsKeepRecordsApart(t *testing.T) {
	want := [][]string{
		{"Ticket ID", "Category", "Message"},
		{"T-1001", "Refund", "where is my money"},
		{"T-1002", "Damaged", "box\rcrushed"},
		{"T-1003", "Shipping", "late"},
		{"T-1004", "Other", ""},
	}
	for name, body := range map[string]string{
		"cr.csv":    "Ticket ID,Category,Message\rT-1001,Refund,where is my money\rT-1002,Damaged,\"box\rcrushed\"\rT-1003,Shipping,late\rT-1004,Other,\r",
		"mixed.csv": "Ticket ID,Category,Message\r\nT-1001,Refund,where is my money\rT-1002,Damaged,\"box\rcrushed\"\nT-1003,Shipping,late\r\nT-1004,Other,",
		"crlf.tsv":  "Ticket ID\tCategory\tMessage\r\nT-1001\tRefund\twhere is my money\r\nT-1002\tDamaged\t\"box\rcrushed\"\r\nT-1003\tShipping\tlate\r\nT-1004\tOther\t\r\n",
	} {
		got, _ := readAll(t, writeFile(t, name, []byte(body)), Options{})
		if ok, diff := sameRows(got, want); !ok {
			t.Errorf("%s: %s", name, diff)
		}
		for _, row := range got {
			if strings.ContainsAny(row[0], "\r\n") {
				t.Errorf("%s: ID %q holds a line break", name, row[0])
			}
		}
	}
}

// Excel's "Unicode text" (UTF-16 LE, TAB-separated, CRLF) and UTF-16 BE
// read as the same cells as the UTF-8 file, every column filled.
func TestUTF16FilesAreTranscoded(t *testing.T) {
	text := "Ticket ID\tCategory\tBuyer\r\nT-1\tคืนเงิน\t山田 太郎\r\nT-2\tShipping\t🙂 emoji\r\n"
	want, _ := readAll(t, writeFile(t, "utf8.csv", []byte(text)), Options{})
	for name, body := range map[string][]byte{
		"unicode.txt": encodeUTF16(text, false),
		"be.csv":      encodeUTF16(text, true),
	} {
		got, _ := readAll(t, writeFile(t, name, body), Options{})
		if ok, diff := sameRows(got, want); !ok {
			t.Errorf("%s: %s", name, diff)
		}
		for _, row := range got[1:] {
			if row[1] == "" {
				t.Errorf("%s: blank category in %q", name, row)
			}
		}
	}
}

// Bytes that are not UTF-8 anywhere in the file refuse the whole file,
// naming the encoding problem and the row.
func TestInvalidUTF8IsRefusedWithTheRow(t *testing.T) {
	body := []byte("Ticket ID,Message\nT-1,fine\nT-2,caf\xe9 latin-1\nT-3,fine\n")
	e := refusal(t, writeFile(t, "latin1.csv", body))
	if e.Details["row"] != "3" || !strings.Contains(e.Message, "Row 3") || !strings.Contains(e.Message, "UTF-8") {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
	// Also past the first 64 KB, which the file check looks at.
	long := bytes.Repeat([]byte("T-1,fine\n"), 20000)
	body = append(append([]byte("Ticket ID,Message\n"), long...), "T-9,\x93quoted\x94\n"...)
	e = refusal(t, writeFile(t, "late.csv", body))
	if e.Details["row"] != "20002" {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
	// A broken UTF-16 character is refused too, not replaced.
	u := encodeUTF16("a,b\n1,2\n", false)
	u = append(u, 0x00, 0xD8, '3', 0, '\n', 0) // a lone high surrogate on row 3
	e = refusal(t, writeFile(t, "broken16.csv", u))
	if e.Details["row"] != "3" {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
	// UTF-16 that lost its byte-order mark is named as such.
	noBOM := encodeUTF16("Order ID,Amount\n1,2\n", false)[2:]
	e = refusal(t, writeFile(t, "nobom.csv", noBOM))
	if !strings.Contains(e.Message, "UTF-16") {
		t.Errorf("refusal %q", e.Message)
	}
}

// A 10,000-column CSV and a 20 MB line of commas are refused at the row
// that breaks the limit, without reading on.
func TestWideRowsAreRefused(t *testing.T) {
	wide := strings.Repeat("h,", 9999) + "h\n1,2\n"
	e := refusal(t, writeFile(t, "wide.csv", []byte(wide)))
	if e.Details["limit"] != "limit_columns" || e.Details["row"] != "1" {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
	commas := append([]byte("a,b\n"), bytes.Repeat([]byte{','}, 20<<20)...)
	e = refusal(t, writeFile(t, "commas.csv", commas))
	if e.Details["limit"] != "limit_columns" || e.Details["row"] != "2" {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
	// Cells are capped one by one (row damage); a record that still keeps
	// more than its own limit is refused.
	cell := strings.Repeat("x", MaxCellBytes-1)
	line := "a,b\n" + strings.Repeat(cell+",", MaxRecordBytes/MaxCellBytes+1) + "\n"
	e = refusal(t, writeFile(t, "line.csv", []byte(line)))
	if e.Details["limit"] != "limit_line" {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
	exact := strings.Repeat("h,", MaxCellsPerRow-1) + "h\n"
	got, _ := readAll(t, writeFile(t, "exact.csv", []byte(exact)), Options{})
	if len(got[0]) != MaxCellsPerRow {
		t.Errorf("%d cells", len(got[0]))
	}
}

func TestOversizedCellIsRowDamage(t *testing.T) {
	body := "a,b\n1," + strings.Repeat("y", MaxCellBytes+5) + "\n2,ok\n"
	r, err := Open(writeFile(t, "cell.csv", []byte(body)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var damage []string
	for r.Next() {
		damage = append(damage, r.Damage())
	}
	if r.Err() != nil || len(damage) != 3 || damage[1] == "" || damage[2] != "" {
		t.Errorf("damage %q err %v", damage, r.Err())
	}
}

// Two cells whose bytes would form one character side by side are each
// checked on their own.
func TestInvalidUTF8SplitAcrossCells(t *testing.T) {
	e := refusal(t, writeFile(t, "split.csv", []byte("a,b\n\xdd,\x80\n")))
	if e.Details["row"] != "2" {
		t.Errorf("refusal %q %v", e.Message, e.Details)
	}
}
