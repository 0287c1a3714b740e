package importer

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

func TestReturnsBeforeOrdersAreLinkedLater(t *testing.T) {
	im, st := newTestImporter(t)
	ctx := context.Background()
	res := mustImport(t, im, sample(t, "SYNTHETIC_tiktok_returns.csv"), Options{Currency: "THB"})
	if res.Kind != domain.KindReturns || res.Rows != 2 || res.Returns != 2 || res.Orders != 2 || res.Created != 2 {
		t.Fatalf("returns result %+v", res.ImportBatch)
	}
	var linked int
	st.DB().QueryRow("SELECT count(*) FROM returns WHERE order_id IS NOT NULL").Scan(&linked)
	if linked != 0 {
		t.Fatalf("returns linked to orders that do not exist yet: %d", linked)
	}
	mustImport(t, im, sample(t, "SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv"), Options{Currency: "THB"})
	d := order(t, st, domain.PlatformTikTok, "583870900000000003")
	if len(d.Returns) != 1 || d.Returns[0].OrderID != d.Order.ID {
		t.Fatalf("return not linked: %+v", d.Returns)
	}
	r := d.Returns[0]
	if r.RefundAmount != 12000 || !r.CountsAsRefund || r.ProductKey != "SERUM-A" || r.Quantity != 1 ||
		r.RequestedAt != unix(time.UTC, 2026, 5, 20, 10, 11, 12) || r.RefundedAt != unix(time.UTC, 2026, 5, 25, 15, 0, 0) {
		t.Fatalf("return %+v", r)
	}
	rejected := order(t, st, domain.PlatformTikTok, "583870900000000001").Returns
	if len(rejected) != 1 || rejected[0].CountsAsRefund || rejected[0].RefundAmount != 5800 || rejected[0].RefundedAt != 0 {
		t.Fatalf("rejected return %+v", rejected)
	}
	st.DB().QueryRowContext(ctx, "SELECT count(*) FROM returns WHERE order_id IS NULL").Scan(&linked)
	if linked != 0 {
		t.Fatalf("%d returns still unlinked", linked)
	}
}

func TestReturnsAfterOrdersLinkImmediately(t *testing.T) {
	im, st := newTestImporter(t)
	mustImport(t, im, sample(t, "SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv"), Options{})
	mustImport(t, im, sample(t, "SYNTHETIC_tiktok_returns.csv"), Options{})
	var unlinked int
	st.DB().QueryRow("SELECT count(*) FROM returns WHERE order_id IS NULL").Scan(&unlinked)
	if unlinked != 0 {
		t.Fatalf("%d returns unlinked", unlinked)
	}
}

func TestSameFileTwiceIsADuplicate(t *testing.T) {
	im, st := newTestImporter(t)
	path := sample(t, "SYNTHETIC_tiktok_orders_us_style.csv")
	first := mustImport(t, im, path, Options{})
	before := dumpDB(t, st)
	again := mustImport(t, im, path, Options{})
	if !again.Duplicate || again.ID != first.ID || again.Created != 0 || again.Updated != 0 {
		t.Fatalf("second import %+v", again)
	}
	if after := dumpDB(t, st); !reflect.DeepEqual(before, after) {
		t.Fatal("importing the same file twice changed the database")
	}
	pv, err := im.Preview(context.Background(), path, Options{})
	if err != nil || pv.AlreadyImported == nil || pv.AlreadyImported.ID != first.ID {
		t.Fatalf("preview %+v %v", pv, err)
	}
}

func TestReimportOfSameContentIsUnchanged(t *testing.T) {
	im, st := newTestImporter(t)
	body, _ := os.ReadFile("testdata/SYNTHETIC_tiktok_orders_us_style.csv")
	mustImport(t, im, writeFile(t, "week1.csv", body), Options{})
	before := dumpDB(t, st)
	// Same rows, different file (a trailing blank line changes the hash).
	res := mustImport(t, im, writeFile(t, "week1-again.csv", append(body, '\n')), Options{})
	if res.Duplicate || res.Created != 0 || res.Updated != 0 || res.Unchanged != 2 || res.Orders != 2 {
		t.Fatalf("re-import %+v", res.ImportBatch)
	}
	after := dumpDB(t, st)
	delete(before, "import_batches")
	delete(after, "import_batches")
	if !reflect.DeepEqual(before, after) {
		t.Fatal("an unchanged re-import touched rows")
	}
}

// ordersCSV builds a small TikTok-style export: one line per order.
func ordersCSV(rows ...string) []byte {
	head := "Order ID,Order Status,SKU ID,Seller SKU,Product Name,Variation,Quantity,Order Amount,Created Time,Delivered Time,Buyer Username,Tracking ID\n"
	return []byte(head + strings.Join(rows, "\n") + "\n")
}

func TestLaterStatusWinsAndNothingIsDeleted(t *testing.T) {
	im, st := newTestImporter(t)
	week1 := ordersCSV(
		"1001\t,Awaiting shipment,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,,ann,",
		"1002\t,Awaiting shipment,9002,MUG,Mug,White,2,$20.00,01/06/2026 11:00:00 AM,,bob,")
	week2 := ordersCSV(
		"1001\t,Delivered,9001,TEE,Tee,M,1,$10.00,01/05/2026 10:00:00 AM,01/09/2026 3:00:00 PM,ann,TRK1")
	mustImport(t, im, writeFile(t, "week1.csv", week1), Options{})
	res := mustImport(t, im, writeFile(t, "week2.csv", week2), Options{})
	if res.Updated != 1 || res.Created != 0 {
		t.Fatalf("week2 %+v", res.ImportBatch)
	}
	o := order(t, st, domain.PlatformTikTok, "1001").Order
	if o.Status != domain.StatusDelivered || o.DeliveredAt == 0 || o.TrackingID != "TRK1" {
		t.Fatalf("later status lost: %+v", o)
	}
	if order(t, st, domain.PlatformTikTok, "1002").Order.Status != domain.StatusAwaiting {
		t.Fatal("an order the newer file lacks must stay")
	}
	// The older export imported again (as another file) cannot move 1001 back.
	res = mustImport(t, im, writeFile(t, "week1-copy.csv", append(week1, '\n')), Options{})
	if o2 := order(t, st, domain.PlatformTikTok, "1001").Order; o2.Status != domain.StatusDelivered || o2.TrackingID != "TRK1" {
		t.Fatalf("older file moved the order back: %+v", o2)
	}
	if res.Updated != 0 || res.Unchanged != 2 {
		t.Fatalf("old file %+v", res.ImportBatch)
	}
}

// dumpDB reads every row of the data tables, for before/after comparisons.
func dumpDB(t testing.TB, st *store.Store) map[string][]map[string]any {
	t.Helper()
	out := map[string][]map[string]any{}
	for _, table := range []string{"orders", "order_lines", "returns", "customers", "products", "import_batches"} {
		rows, err := st.DB().Query("SELECT * FROM " + table + " ORDER BY id")
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			m := map[string]any{}
			for i, c := range cols {
				if b, ok := vals[i].([]byte); ok {
					vals[i] = string(b)
				}
				m[c] = fmt.Sprint(vals[i])
			}
			out[table] = append(out[table], m)
		}
		rows.Close()
	}
	return out
}
