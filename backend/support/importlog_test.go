package support

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

const messyLog = "\ufeff  buyer MESSAGE ;TICKET id; Opened_At ;category;Subcategory; status ;Root Cause;Closed At;Internal Note;channel\n" +
	"lamp cracked;T-1;2025-03-07 09:00;Product issue;damaged;Closed;packout_error;2025-03-08 10:00;x;TikTok chat\n" +
	"no root cause;T-2;2025-03-07 10:00;shipping;;closed;;2025-03-08 11:00;;tiktok_chat\n" +
	"weird category;T-3;2025-03-07 11:00;Warranty;;new;;;;\n" +
	"weird again;T-4;2025-03-07 12:00;warranty;;new;;;;\n" +
	"bad date;T-5;next tuesday;usage;;new;;;;\n" +
	";;2025-03-07 12:00;usage;;new;;;;\n"

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestImportLogMessyCSV(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	path := writeFile(t, "log.csv", messyLog)
	res, err := ImportLog(ctx, st, path, tokyo)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 6 || res.Created != 4 || res.Updated != 0 || res.Skipped != 2 {
		t.Fatalf("counts %+v", res)
	}
	if len(res.Errors) != 2 || res.Errors[0].Row != 6 || !strings.Contains(res.Errors[0].Message, "Opened At") ||
		res.Errors[1].Row != 7 {
		t.Fatalf("errors %+v", res.Errors)
	}
	if len(res.UnknownValues) != 1 || res.UnknownValues[0] != "category: Warranty" {
		t.Fatalf("unknown %v", res.UnknownValues)
	}
	page, err := st.QueryTickets(ctx, store.TicketFilter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]domain.Ticket{}
	for _, tk := range page.Tickets {
		byID[tk.ExternalID] = tk
	}
	t1 := byID["T-1"]
	if t1.Category != domain.CategoryProduct || t1.Subcategory != domain.SubDamaged || t1.Status != domain.TicketClosed ||
		t1.RootCause != domain.RootCausePackoutError || t1.Channel != domain.ChannelTikTokChat || t1.FlaggedMissingRootCause {
		t.Fatalf("T-1 %+v", t1)
	}
	if want := time.Date(2025, 3, 7, 9, 0, 0, 0, tokyo).Unix(); t1.OpenedAt != want {
		t.Fatalf("opened %d want %d (shop-local)", t1.OpenedAt, want)
	}
	if t2 := byID["T-2"]; t2.Status != domain.TicketClosed || !t2.FlaggedMissingRootCause {
		t.Fatalf("T-2 not flagged: %+v", t2)
	}
	if t3 := byID["T-3"]; t3.Category != "" || t3.ID == 0 {
		t.Fatalf("T-3 %+v", t3)
	}

	// Re-import: the same Ticket IDs update; T-2 now has its root cause,
	// the other three are unchanged.
	again := strings.Replace(messyLog, "shipping;;closed;;", "shipping;;closed;carrier;", 1)
	res, err = ImportLog(ctx, st, writeFile(t, "log2.csv", again), tokyo)
	if err != nil {
		t.Fatal(err)
	}
	if res.Created != 0 || res.Updated != 1 || res.Unchanged != 3 || res.Skipped != 2 {
		t.Fatalf("re-import %+v", res)
	}
	page, _ = st.QueryTickets(ctx, store.TicketFilter{Limit: 50})
	if page.Total != 4 {
		t.Fatalf("total %d", page.Total)
	}
	for _, tk := range page.Tickets {
		if tk.ExternalID == "T-2" && (tk.RootCause != domain.RootCauseCarrier || tk.FlaggedMissingRootCause || tk.ID != byID["T-2"].ID) {
			t.Fatalf("T-2 after re-import %+v", tk)
		}
	}
}

func TestImportLogRefusesNonLog(t *testing.T) {
	st := openStore(t)
	_, err := ImportLog(context.Background(), st, writeFile(t, "x.csv", "a,b\n1,2\n"), time.UTC)
	if err == nil {
		t.Fatal("want error")
	}
}

func TestImportLogDelimiters(t *testing.T) {
	for name, body := range map[string]string{
		"comma.csv":     "Ticket ID,Opened At,Buyer Message\nC-1,2025-03-07 09:00,\"hi; there\"\n",
		"semicolon.csv": "Ticket ID;Opened At;Buyer Message\nC-1;2025-03-07 09:00;hi, there\n",
		"tab.tsv":       "Ticket ID\tOpened At\tBuyer Message\nC-1\t2025-03-07 09:00\thi, there; you\n",
	} {
		st := openStore(t)
		res, err := ImportLog(context.Background(), st, writeFile(t, name, body), time.UTC)
		if err != nil || res.Created != 1 {
			t.Fatalf("%s: %v %+v", name, err, res)
		}
		page, _ := st.QueryTickets(context.Background(), store.TicketFilter{Search: "c-1"})
		if len(page.Tickets) != 1 || page.Tickets[0].ExternalID != "C-1" {
			t.Fatalf("%s: tickets %+v", name, page.Tickets)
		}
	}
}

func TestImportLogXLSX(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{{"Opened At", "Ticket ID", "Buyer Message"}, {"2025-03-07 09:00", "X-1", "hi"}, {45723.5, "X-2", "serial date"}}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "log.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, err := ImportLog(context.Background(), openStore(t), path, time.UTC)
	if err != nil || res.Created != 2 || res.Skipped != 0 {
		t.Fatalf("%v %+v", err, res)
	}
}

// Slash dates follow the order importer's rule: a first part over 12
// anywhere in the file (here on row 3) makes every date day first, the
// ambiguous 03/07 on row 2 included; a date that does not exist in that
// order is reported, not guessed.
func TestImportLogDecidesDayFirstFromTheFile(t *testing.T) {
	st := openStore(t)
	log := "Ticket ID,Opened At,Buyer Message\n" +
		"D-1,03/07/2025 09:00,first\n" +
		"D-2,25/07/2025 18:30,settles it\n" +
		"D-3,31/02/2025 10:00,no such day\n"
	res, err := ImportLog(context.Background(), st, writeFile(t, "dmy.csv", log), time.UTC)
	if err != nil || res.Created != 2 || res.Skipped != 1 || res.DateOrder != "dmy" || !strings.Contains(res.DateOrderReason, "row 3") {
		t.Fatalf("%v %+v", err, res)
	}
	if res.Errors[0].Row != 4 {
		t.Fatalf("errors %+v", res.Errors)
	}
	page, _ := st.QueryTickets(context.Background(), store.TicketFilter{Search: "d-1"})
	if got := time.Unix(page.Tickets[0].OpenedAt, 0).UTC(); got != time.Date(2025, 7, 3, 9, 0, 0, 0, time.UTC) {
		t.Fatalf("D-1 opened %v, want 3 July", got)
	}
	// Without a deciding date the file is read month first (US style).
	res, err = ImportLog(context.Background(), st, writeFile(t, "mdy.csv", "Ticket ID,Opened At,Buyer Message\nM-1,03/07/2025 09:00,x\n"), time.UTC)
	if err != nil || res.DateOrder != "mdy" {
		t.Fatalf("%v %+v", err, res)
	}
}
