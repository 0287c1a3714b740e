package importer

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func TestXLSXExportWithDescriptionRow(t *testing.T) {
	im, st := newTestImporter(t)
	path := smallXLSX(t, "orders.xlsx", 30) // 50 lines in 30 orders
	ny := zone(t, "America/New_York")
	pv, err := im.Preview(context.Background(), path, Options{Location: ny})
	if err != nil {
		t.Fatal(err)
	}
	if !pv.DescriptionRow || pv.Rows != 50 || pv.Platform != domain.PlatformTikTok || len(pv.SampleRows) != sampleRows ||
		pv.SampleRows[0][0] != "576900000000000000" || pv.DateOrder != orderMDY {
		t.Fatalf("preview %+v", pv)
	}
	res := mustImport(t, im, path, Options{Location: ny})
	if res.Rows != 50 || res.Orders != 30 || res.Lines != 50 || res.Skipped != 0 {
		t.Fatalf("result %+v", res.ImportBatch)
	}
	o := order(t, st, domain.PlatformTikTok, "576900000000000001").Order
	// Order 1 was created 2 minutes before 03/31/2026 11:00 PM, shop time.
	if o.CreatedAt != unix(ny, 2026, 3, 31, 22, 58, 0) || o.OrderAmount != 4150 {
		t.Fatalf("order %+v", o)
	}
}

func TestDelimitersAndBOM(t *testing.T) {
	im, st := newTestImporter(t)
	for i, sep := range []string{";", "\t", "|"} {
		body := "\uFEFF" + strings.Join([]string{"Order ID", "Order Status", "Seller SKU", "Product Name", "Order Amount", "Created Time"}, sep) + "\n" +
			strings.Join([]string{fmt.Sprint(2000 + i), "Completed", "TEE", "Tee", "BRL 35,91", "27/01/2026 18:03:56"}, sep) + "\n"
		res := mustImport(t, im, writeFile(t, fmt.Sprintf("export%d.csv", i), []byte(body)), Options{})
		if res.Orders != 1 || res.Skipped != 0 {
			t.Fatalf("delimiter %q: %+v", sep, res.ImportBatch)
		}
		o := order(t, st, domain.PlatformTikTok, fmt.Sprint(2000+i)).Order
		if o.OrderAmount != 3591 || o.Currency != "BRL" || o.CreatedAt != unix(time.UTC, 2026, 1, 27, 18, 3, 56) {
			t.Fatalf("delimiter %q: %+v", sep, o)
		}
	}
}

func TestDateOrderSettledFarDownTheFile(t *testing.T) {
	im, st := newTestImporter(t)
	var rows []string
	for i := 0; i < 3000; i++ {
		rows = append(rows, fmt.Sprintf("%d,Completed,9001,TEE,Tee,M,1,$10.00,05/%02d/2026 10:00:00,,ann,", 10000+i, 1+i%12))
	}
	// Only the last row shows that the first part is the day.
	rows = append(rows, "99999,Completed,9001,TEE,Tee,M,1,$10.00,25/01/2026 10:00:00,,ann,")
	path := writeFile(t, "sea.csv", ordersCSV(rows...))
	pv, err := im.Preview(context.Background(), path, Options{})
	if err != nil || pv.DateOrder != orderDMY || !strings.Contains(pv.DateOrderReason, "row 3002") {
		t.Fatalf("preview %+v %v", pv, err)
	}
	mustImport(t, im, path, Options{})
	if o := order(t, st, domain.PlatformTikTok, "10001").Order; o.CreatedAt != unix(time.UTC, 2026, 2, 5, 10, 0, 0) {
		t.Fatalf("05/02/2026 read month first: %v", time.Unix(o.CreatedAt, 0).UTC())
	}
	// The user's choice overrides the file.
	pv, _ = im.Preview(context.Background(), path, Options{DateOrder: orderMDY})
	if pv.DateOrder != orderMDY || pv.ErrorRows != 1 {
		t.Fatalf("forced order %+v", pv)
	}
}

func TestHostileTextIsStoredAsText(t *testing.T) {
	im, st := newTestImporter(t)
	body := "Order ID,Buyer Message,Buyer Username,Seller SKU,Product Name,Created Time\n" +
		"3001,<img src=x onerror=alert(1)>,'; DROP TABLE orders; --,=HYPERLINK(\"x\"),\"<script>alert(\"\"x\"\")</script>\",2026-01-05 10:00\n"
	mustImport(t, im, writeFile(t, "hostile.csv", []byte(body)), Options{})
	d := order(t, st, domain.PlatformTikTok, "3001")
	if d.Order.BuyerMessage != "<img src=x onerror=alert(1)>" || d.Order.BuyerUsername != "; DROP TABLE orders; --" ||
		d.Lines[0].ProductName != `<script>alert("x")</script>` || d.Lines[0].SellerSKU != `=HYPERLINK("x")` {
		t.Fatalf("stored %+v %+v", d.Order, d.Lines)
	}
}

func TestUnknownStatusKeptAndReportedOnce(t *testing.T) {
	im, st := newTestImporter(t)
	res := mustImport(t, im, writeFile(t, "odd.csv", ordersCSV(
		"1,Teleported,9001,TEE,Tee,M,1,$1.00,01/05/2026 10:00:00 AM,,ann,",
		"2,Teleported,9001,TEE,Tee,M,1,$1.00,01/05/2026 10:00:00 AM,,ann,")), Options{})
	if len(res.UnknownStatuses) != 1 || res.UnknownStatuses[0] != "Teleported" || res.Orders != 2 {
		t.Fatalf("result %+v", res)
	}
	if o := order(t, st, domain.PlatformTikTok, "1").Order; o.Status != domain.StatusUnknown || o.StatusRaw != "Teleported" {
		t.Fatalf("order %+v", o)
	}
}

func TestRememberedMapping(t *testing.T) {
	im, st := newTestImporter(t)
	ctx := context.Background()
	body := "Ref,When,Item,Qty,Paid\nA-1,2026-02-01 09:30,Candle,2,15.00\nA-1,2026-02-01 09:30,Matches,1,15.00\n"
	path := writeFile(t, "custom.csv", []byte(body))
	pv, err := im.Preview(ctx, path, Options{})
	if err != nil || !pv.NeedsMapping || pv.MappingRemembered {
		t.Fatalf("preview %+v %v", pv, err)
	}
	mapping := map[string]string{"order_id": "Ref", "created_at": "When", "product_name": "Item", "quantity": "Qty", "order_amount": "Paid"}
	if err := im.SaveMapping(ctx, pv.Headers, "orders", "other", mapping); err != nil {
		t.Fatal(err)
	}
	appErr(t, im.SaveMapping(ctx, pv.Headers, "orders", "other", map[string]string{"created_at": "When"}), apperr.CodeInvalidInput)
	pv, err = im.Preview(ctx, path, Options{})
	if err != nil || pv.NeedsMapping || !pv.MappingRemembered || pv.Platform != domain.PlatformOther || pv.Mapping[0].Header != "Ref" {
		t.Fatalf("remembered preview %+v %v", pv, err)
	}
	res := mustImport(t, im, path, Options{})
	d := order(t, st, domain.PlatformOther, "A-1")
	if res.Orders != 1 || len(d.Lines) != 2 || d.Order.OrderAmount != 1500 || d.Lines[0].ProductKey != "Candle" {
		t.Fatalf("result %+v order %+v", res.ImportBatch, d)
	}
}

func TestCancelledImportWritesNothing(t *testing.T) {
	im, st := newTestImporter(t)
	var rows []string
	for i := 0; i < 5000; i++ {
		rows = append(rows, fmt.Sprintf("%d,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,", i+1))
	}
	path := writeFile(t, "big.csv", ordersCSV(rows...))
	ctx, cancel := context.WithCancel(context.Background())
	var phases []string
	_, err := im.Import(ctx, path, Options{Progress: func(p Progress) {
		phases = append(phases, p.Phase)
		if p.Done >= 2000 {
			cancel()
		}
	}})
	appErr(t, err, apperr.CodeCancelled)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cause %v", err)
	}
	if s := stats(t, st); s.Orders != 0 || s.ImportBatches != 0 {
		t.Fatalf("a cancelled import wrote %+v", s)
	}
	if len(phases) < 2 || phases[0] != "reading" {
		t.Fatalf("progress %v", phases)
	}
	var last Progress
	res := mustImport(t, im, path, Options{Progress: func(p Progress) { last = p }})
	if last.Phase != "done" || last.Done != 5000 || res.Orders != 5000 {
		t.Fatalf("progress %+v", last)
	}
}

func TestDryRunCountsWithoutWriting(t *testing.T) {
	im, st := newTestImporter(t)
	res := mustImport(t, im, sample(t, "SYNTHETIC_tiktok_orders_us_style.csv"), Options{DryRun: true})
	if !res.DryRun || res.Created != 2 || res.Orders != 2 {
		t.Fatalf("dry run %+v", res)
	}
	if s := stats(t, st); s.Orders != 0 || s.ImportBatches != 0 {
		t.Fatalf("dry run wrote %+v", s)
	}
}

func TestOrderSplitAcrossTheFile(t *testing.T) {
	im, st := newTestImporter(t)
	res := mustImport(t, im, writeFile(t, "split.csv", ordersCSV(
		"1,Completed,9001,TEE,Tee,M,1,$30.00,01/05/2026 10:00:00 AM,,ann,",
		"2,Completed,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,bob,",
		"1,Completed,9002,MUG,Mug,W,2,$30.00,01/05/2026 10:00:00 AM,,ann,")), Options{})
	d := order(t, st, domain.PlatformTikTok, "1")
	if res.Orders != 2 || res.Lines != 3 || res.Created != 2 || len(d.Lines) != 2 || d.Order.OrderAmount != 3000 {
		t.Fatalf("result %+v lines %+v", res.ImportBatch, d.Lines)
	}
}

func TestXLSXWithRealDateCellsAndNumbers(t *testing.T) {
	im, st := newTestImporter(t)
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"Order ID", "Order Status", "SKU ID", "Product Name", "Quantity", "Order Amount", "Created Time"})
	created := time.Date(2026, 1, 27, 18, 3, 56, 0, time.UTC)
	f.SetSheetRow("Sheet1", "A2", &[]any{4001, "Completed", "1729000000000000001\t", "Tee", 2, 19.99, created})
	f.SetSheetRow("Sheet1", "A3", &[]any{123456789, "Completed", "1729000000000000001", "Tee", 1, 5, created})
	src := filepath.Join(t.TempDir(), "src.xlsx")
	if err := f.SaveAs(src); err != nil {
		t.Fatal(err)
	}
	f.Close()
	// Excel writes a long ID typed as a number like this when it re-saves.
	path := editSheetXML(t, src, "dates.xlsx", "<v>123456789</v>", "<v>5.8231503631217702E+17</v>")
	tokyo := zone(t, "Asia/Tokyo")
	res := mustImport(t, im, path, Options{Location: tokyo, Currency: "USD"})
	if res.Orders != 1 || res.Skipped != 1 || !strings.Contains(res.Errors[0].Message, "re-saved by Excel") {
		t.Fatalf("result %+v", res.ImportBatch)
	}
	o := order(t, st, domain.PlatformTikTok, "4001").Order
	if o.CreatedAt != unix(tokyo, 2026, 1, 27, 18, 3, 56) || o.OrderAmount != 1999 {
		t.Fatalf("order %+v (created %v)", o, time.Unix(o.CreatedAt, 0).In(tokyo))
	}
}

func TestKindMismatchIsExplained(t *testing.T) {
	im, _ := newTestImporter(t)
	_, err := im.Import(context.Background(), sample(t, "SYNTHETIC_tiktok_returns.csv"), Options{Kind: domain.KindOrders})
	if e := appErr(t, err, apperr.CodeInvalidInput); !strings.Contains(e.Message, "returns export") {
		t.Fatalf("message %q", e.Message)
	}
}
