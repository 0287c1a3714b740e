package importer

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func TestUndoRestoresThePreviousStateExactly(t *testing.T) {
	im, st := newTestImporter(t)
	ctx := context.Background()
	empty := dumpDB(t, st)
	week1 := mustImport(t, im, writeFile(t, "week1.csv", ordersCSV(
		"1001\t,Awaiting shipment,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"1002\t,Awaiting shipment,9002,MUG,Mug,White,2,$20.00,01/06/2026 11:00:00 AM,,bob,")), Options{})
	returns := mustImport(t, im, writeFile(t, "returns.csv", []byte(
		"Return Order ID,Order ID,SKU ID,Seller SKU,Product Name,Return unit price,Return Status,Time Requested\n"+
			"7001,1003,9003,CAP,Cap,5.00,Completed,01/20/2026 10:00:00\n")), Options{})
	afterWeek1 := dumpDB(t, st)

	// Week 2 updates 1001 (status, a second line), creates 1003 (which links
	// the return imported earlier) and a new buyer and product.
	week2 := mustImport(t, im, writeFile(t, "week2.csv", ordersCSV(
		"1001\t,Delivered,9001,TEE,Tee,M,1,$25.00,01/05/2026 10:00:00 AM,01/09/2026 3:00:00 PM,ann,TRK1",
		"1001\t,Delivered,9004,SOCK,Socks,L,3,$25.00,01/05/2026 10:00:00 AM,01/09/2026 3:00:00 PM,ann,TRK1",
		"1003\t,Shipped,9003,CAP,Cap,Navy,1,$5.00,01/16/2026 9:00:00 AM,,cat,")), Options{})
	if week2.Created != 1 || week2.Updated != 1 {
		t.Fatalf("week2 %+v", week2.ImportBatch)
	}
	if d := order(t, st, domain.PlatformTikTok, "1003"); len(d.Returns) != 1 || d.Returns[0].OrderID != d.Order.ID {
		t.Fatalf("return not linked %+v", d.Returns)
	}
	undo, err := im.Undo(ctx, week2.ID)
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	// Restored: order 1001 and product CAP (week 2 filled in its variation).
	if undo.Restored != 2 || undo.Deleted < 1 {
		t.Fatalf("undo %+v", undo)
	}
	after := dumpDB(t, st)
	batches := after["import_batches"]
	delete(after, "import_batches")
	delete(afterWeek1, "import_batches")
	if !reflect.DeepEqual(afterWeek1, after) {
		t.Fatalf("undo did not restore the previous state\nbefore %v\nafter  %v", afterWeek1, after)
	}
	if len(batches) != 3 || batches[2]["undone_at"] == "<nil>" {
		t.Fatalf("batch not marked undone: %v", batches)
	}
	list, _ := im.ListBatches(ctx)
	if len(list) != 3 || list[0].ID != week2.ID || list[0].UndoneAt == 0 {
		t.Fatalf("list %+v", list)
	}
	if _, err := im.Undo(ctx, week2.ID); err == nil {
		t.Fatal("undoing twice must fail")
	}
	// Undoing the rest empties the database again.
	for _, id := range []int64{returns.ID, week1.ID} {
		if _, err := im.Undo(ctx, id); err != nil {
			t.Fatal(apperr.JSON(err))
		}
	}
	final := dumpDB(t, st)
	delete(final, "import_batches")
	delete(empty, "import_batches")
	if !reflect.DeepEqual(empty, final) {
		t.Fatalf("undoing everything left rows: %v", final)
	}
	if s := stats(t, st); s.ImportBatches != 0 {
		t.Fatalf("stats %+v", s)
	}
	// An undone file can be imported again (it is no longer a duplicate).
	if again := mustImport(t, im, writeFile(t, "week1.csv", ordersCSV(
		"1001\t,Awaiting shipment,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"1002\t,Awaiting shipment,9002,MUG,Mug,White,2,$20.00,01/06/2026 11:00:00 AM,,bob,")), Options{}); again.Duplicate || again.Created != 2 {
		t.Fatalf("re-import after undo %+v", again)
	}
}

func TestUndoRefusedWhenANewerImportChangedTheSameOrders(t *testing.T) {
	im, st := newTestImporter(t)
	ctx := context.Background()
	first := mustImport(t, im, writeFile(t, "week1.csv", ordersCSV(
		"1001\t,Awaiting shipment,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,")), Options{})
	second := mustImport(t, im, writeFile(t, "week2.csv", ordersCSV(
		"1001\t,Delivered,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,01/09/2026 3:00:00 PM,ann,")), Options{})
	before := dumpDB(t, st)
	_, err := im.Undo(ctx, first.ID)
	e := appErr(t, err, apperr.CodeConflict)
	if !strings.Contains(e.Message, "week2.csv") || !strings.Contains(e.Message, "week1.csv") {
		t.Fatalf("message must name both imports: %s", e.Message)
	}
	if after := dumpDB(t, st); !reflect.DeepEqual(before, after) {
		t.Fatal("a refused undo changed data")
	}
	if _, err := im.Undo(ctx, second.ID); err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if o := order(t, st, domain.PlatformTikTok, "1001").Order; o.Status != domain.StatusAwaiting || o.DeliveredAt != 0 {
		t.Fatalf("undo of week2 did not restore %+v", o)
	}
	if _, err := im.Undo(ctx, first.ID); err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if s := stats(t, st); s.Orders != 0 || s.OrderLines != 0 || s.Customers != 0 || s.Products != 0 {
		t.Fatalf("stats %+v", s)
	}
	_, err = im.Undo(ctx, 999)
	appErr(t, err, apperr.CodeNotFound)
}

// Weekly exports overlap: undoing last week's file must not delete orders
// that this week's (still imported) file contains unchanged.
func TestUndoKeepsOrdersALaterImportStillContains(t *testing.T) {
	im, st := newTestImporter(t)
	ctx := context.Background()
	rowA := "2001\t,Awaiting shipment,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,"
	rowB := "2002\t,Awaiting shipment,9002,MUG,Mug,White,2,$20.00,01/06/2026 11:00:00 AM,,bob,"
	rowC := "2003\t,Awaiting shipment,9002,MUG,Mug,White,1,$20.00,01/12/2026 11:00:00 AM,,cat,"
	week1 := mustImport(t, im, writeFile(t, "week1.csv", ordersCSV(rowA, rowB)), Options{})
	week2 := mustImport(t, im, writeFile(t, "week2.csv", ordersCSV(rowB, rowC)), Options{})
	if week2.Created != 1 || week2.Unchanged != 1 {
		t.Fatalf("week2 %+v", week2.ImportBatch)
	}
	if _, err := im.Undo(ctx, week1.ID); err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if s := stats(t, st); s.Orders != 2 {
		t.Fatalf("after undoing week 1: %d orders, want 2002 and 2003 kept", s.Orders)
	}
	order(t, st, domain.PlatformTikTok, "2002")
	if _, err := im.Undo(ctx, week2.ID); err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if s := stats(t, st); s.Orders != 0 || s.Customers != 0 || s.Products != 0 {
		t.Fatalf("after undoing both: %+v", s)
	}
}
