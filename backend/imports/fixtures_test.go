package imports

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "afterloop.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func writeFile(t testing.TB, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func count(t testing.TB, st *store.Store, table string) int {
	t.Helper()
	var n int
	if err := st.DB().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// supportLog is a support log as a team keeps it in a spreadsheet: it has
// an Order ID column, like an order export.
const supportLog = "Ticket ID,Order ID,Channel,Category,Subcategory,Opened At,First Response At,Status,Root Cause,Buyer Message\n" +
	"T-1001,578200000000000001,TikTok chat,Product issue,damaged,2026-03-02 09:00,2026-03-02 10:00,closed,packout_error,The lamp arrived cracked\n" +
	"T-1002,578200000000000002,TikTok chat,Shipping,,2026-03-03 11:00,,new,,Where is my parcel?\n" +
	"\"T-10\n03\",578200000000000003,TikTok chat,Shipping,,2026-03-03 12:00,,new,,broken id\n" +
	"T-1004,,TikTok chat,Usage,,not a date,,new,,bad date\n"

const reviewsFile = "Order ID,Seller SKU,Rating,Review Text,Review Time\n" +
	"578200000000000001,LAMP-1,5,Great lamp,27/01/2026 18:03\n" +
	"578200000000000002,LAMP-1,2,Arrived late,28/01/2026 09:00\n" +
	"578200000000000003,MUG-2,9,too many stars,28/01/2026 10:00\n"

const commentsFile = "Video,Author,Text,Posted At,Negative\n" +
	"Unboxing,ann,Love it,2026-01-27 18:00,no\n" +
	"Unboxing,bob,Mine came broken,2026-01-28 09:00,yes\n" +
	"Unboxing,cy,??,2026-01-28 10:00,maybe\n"

// regionOrders are TikTok order exports as five regions write them: their
// own description row, status and substatus words and date style (every
// date ambiguous, so the region evidence decides).
var regionOrders = map[string]string{
	"th": "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time\n" +
		"รหัสคำสั่งซื้อที่ไม่ซ้ำกันของแพลตฟอร์ม,สถานะคำสั่งซื้อ,,,,,,,\n" +
		"583870900000000001\t,ที่จะจัดส่ง,รอการรับพัสดุ,1730000000000000001\t,SERUM-A,Serum A,1,120,10/05/2026 22:05:43\t\n" +
		"583870900000000002\t,จัดส่งแล้ว,จัดส่งสำเร็จ,1730000000000000001\t,SERUM-A,Serum A,2,240,11/05/2026 08:00:00\t\n" +
		"583870900000000002\t,จัดส่งแล้ว,จัดส่งสำเร็จ,1730000000000000002\t,SERUM-B,Serum B,1,240,11/05/2026 08:00:00\t\n",
	"vi": "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time\n" +
		"Mã đơn hàng duy nhất của nền tảng.,Trạng thái đơn hàng.,,,,,,,\n" +
		"583870900000000011\t,Đã vận chuyển,Đã giao hàng,1730000000000000001\t,SERUM-A,Serum A,1,120000,03/04/2026 08:00:00\t\n" +
		"583870900000000012\t,Chờ vận chuyển,Chờ lấy hàng,1730000000000000001\t,SERUM-A,Serum A,1,120000,04/04/2026 08:00:00\t\n",
	"id": "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time\n" +
		"ID pesanan unik platform.,Status pesanan.,,,,,,,\n" +
		"583870900000000021\t,Perlu dikirim,Menunggu diambil,1730000000000000001\t,SERUM-A,Serum A,1,Rp 50.000,03/04/2026 08:00:00\t\n" +
		"583870900000000022\t,Dikirim,Terkirim,1730000000000000001\t,SERUM-A,Serum A,1,Rp 50.000,04/04/2026 08:00:00\t\n",
	"pt": "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time\n" +
		"ID exclusivo do pedido na plataforma.,Status atual do pedido.,,,,,,,\n" +
		"583870900000000031\t,Enviado,Entregue,1730000000000000001\t,SERUM-A,Serum A,1,\"BRL 35,91\",03/04/2026 08:00:00\t\n" +
		"583870900000000032\t,Cancelado,Cancelado,1730000000000000001\t,SERUM-A,Serum A,1,\"BRL 35,91\",04/04/2026 08:00:00\t\n",
	"ja": "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time\n" +
		"プラットフォーム固有の注文ID。,現在の注文ステータス。,,,,,,,\n" +
		"583870900000000041\t,発送済み,配達完了,1730000000000000001\t,SERUM-A,Serum A,1,\"11,000 JPY\",04/03/2026 8:00:00 AM\t\n" +
		"583870900000000042\t,発送待ち,集荷待ち,1730000000000000001\t,SERUM-A,Serum A,1,\"11,000 JPY\",04/04/2026 8:00:00 AM\t\n",
}

// fixture is one file every invariant test runs over.
type fixture struct {
	name string
	path string
	kind string
}

// allFixtures lists the sample exports in the repository and on this
// machine, and the files generated above.
func allFixtures(t *testing.T) []fixture {
	t.Helper()
	var out []fixture
	for _, dir := range []string{"../importer/testdata", "/work/shared/samples/real", "/work/shared/samples/synthetic"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue // the shared samples exist on development machines only
		}
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), ".csv") || strings.HasSuffix(e.Name(), ".xlsx") {
				kind := "orders"
				if strings.Contains(e.Name(), "returns") {
					kind = "returns"
				}
				out = append(out, fixture{dir + "/" + e.Name(), filepath.Join(dir, e.Name()), kind})
			}
		}
	}
	out = append(out, fixture{"support log", writeFile(t, "support_log.csv", supportLog), "tickets"},
		fixture{"reviews", writeFile(t, "reviews.csv", reviewsFile), "reviews"},
		fixture{"comments", writeFile(t, "comments.csv", commentsFile), "comments"})
	for region, body := range regionOrders {
		out = append(out, fixture{"orders " + region, writeFile(t, "orders_"+region+".csv", body), "orders"},
			fixture{"orders " + region + " xlsx", writeXLSX(t, "orders_"+region+".xlsx", body), "orders"})
	}
	out = append(out, fixture{"support log xlsx", writeXLSX(t, "support_log.xlsx", supportLog), "tickets"},
		fixture{"reviews xlsx", writeXLSX(t, "reviews.xlsx", reviewsFile), "reviews"})
	return out
}

// writeXLSX saves a CSV body as a one-sheet workbook, every cell as text,
// as a seller's spreadsheet app would.
func writeXLSX(t testing.TB, name, body string) string {
	t.Helper()
	records, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	for r, rec := range records {
		for c, v := range rec {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellStr("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(t.TempDir(), name)
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}
