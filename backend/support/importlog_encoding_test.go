package support

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

const encodingLog = "Ticket ID,Category,Subcategory,Opened At,Buyer Message\n" +
	"E-1,product issue,damaged,2025-03-07 09:00,box crushed\n" +
	"E-2,shipping,,2025-03-07 10:00,where is it\n" +
	"E-3,product issue,damaged,2025-03-07 11:00,\"two lines\nof text\"\n" +
	"E-4,shipping,,2025-03-07 12:00,late\n"

func writeBytes(t *testing.T, name string, body []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, body, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// ticketsOf imports a log into a fresh store and returns its tickets.
func ticketsOf(t *testing.T, path string) (LogImportResult, map[string]domain.Ticket) {
	t.Helper()
	st := openStore(t)
	res, err := ImportLog(context.Background(), st, path, time.UTC)
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	page, err := st.QueryTickets(context.Background(), store.TicketFilter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]domain.Ticket{}
	for _, tk := range page.Tickets {
		byID[tk.ExternalID] = tk
	}
	return res, byID
}

// A log whose lines end in a lone CR, or mix CR, LF and CRLF, becomes the
// same four tickets as the LF file: no merged records, no ticket ID with a
// line break in it.
func TestImportLogLoneCRAndMixedLineEndings(t *testing.T) {
	lines := strings.SplitAfter(encodingLog, "\n")
	cr := strings.ReplaceAll(strings.Join(lines[:3], ""), "\n", "\r") + strings.TrimSuffix(lines[3], "\n") + "\n" + strings.ReplaceAll(strings.Join(lines[4:], ""), "\n", "\r")
	mixed := strings.Replace(strings.Replace(encodingLog, "\n", "\r\n", 1), "late\n", "late\r", 1)
	mixed = strings.Replace(mixed, "where is it\n", "where is it\r", 1)
	for name, body := range map[string]string{"lf.csv": encodingLog, "cr.csv": cr, "mixed.csv": mixed} {
		res, byID := ticketsOf(t, writeFile(t, name, body))
		if res.Created != 4 || res.Skipped != 0 || len(byID) != 4 {
			t.Fatalf("%s: %+v, tickets %v", name, res, keys(byID))
		}
		for id, tk := range byID {
			if strings.ContainsAny(id, "\r\n") {
				t.Errorf("%s: ticket ID %q holds a line break", name, id)
			}
			if tk.Category == "" {
				t.Errorf("%s: %s has no category", name, id)
			}
		}
	}
}

func keys(m map[string]domain.Ticket) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func encodeUTF16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// Excel's "Unicode text" (UTF-16 LE, TAB-separated, CRLF) imports with
// every category filled in, like the UTF-8 file.
func TestImportLogUTF16UnicodeText(t *testing.T) {
	text := strings.ReplaceAll(strings.ReplaceAll(encodingLog, ",", "\t"), "\n", "\r\n")
	res, byID := ticketsOf(t, writeBytes(t, "log.txt", encodeUTF16LE(text)))
	if res.Created != 4 || res.Skipped != 0 {
		t.Fatalf("%+v", res)
	}
	for id, tk := range byID {
		if tk.Category == "" {
			t.Errorf("%s has a blank category", id)
		}
	}
	if byID["E-1"].Category != domain.CategoryProduct || byID["E-2"].Category != domain.CategoryShipping {
		t.Errorf("categories %+v", byID)
	}
}

// A log with bytes that are not UTF-8 is refused, naming the encoding
// problem and the row, and creates no ticket (orders and reviews refuse the
// same file the same way).
func TestImportLogRefusesInvalidUTF8(t *testing.T) {
	body := strings.Replace(encodingLog, "where is it", "caf\xe9 where is it", 1)
	st := openStore(t)
	_, err := ImportLog(context.Background(), st, writeFile(t, "latin1.csv", body), time.UTC)
	var e *apperr.Error
	if !errors.As(err, &e) || e.Code != apperr.CodeInvalidInput || e.Details["row"] != "3" ||
		!strings.Contains(e.Message, "UTF-8") || !strings.Contains(e.Message, "Row 3") {
		t.Fatalf("err %v", err)
	}
	page, _ := st.QueryTickets(context.Background(), store.TicketFilter{Limit: 50})
	if page.Total != 0 {
		t.Fatalf("%d tickets written", page.Total)
	}
}
