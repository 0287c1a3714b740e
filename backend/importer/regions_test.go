package importer

import (
	"context"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
)

// regionExport is a TikTok order export as a region writes it: its own
// description row under the header, its own status words and date style.
type regionExport struct {
	name        string
	description string // the Order ID cell of row 2
	status      string // Order Status of order 1
	substatus   string // Order Substatus of order 1
	want        string // the app status order 1 must get
	created     string // Created Time of both orders (ambiguous on purpose)
	wantCreated time.Time
	dateOrder   string // how the region writes dates
}

var regionExports = []regionExport{
	{"th", "รหัสคำสั่งซื้อที่ไม่ซ้ำกันของแพลตฟอร์ม", "ที่จะจัดส่ง", "รอการรับพัสดุ", domain.StatusAwaiting,
		"10/05/2026 22:05:43", time.Date(2026, 5, 10, 22, 5, 43, 0, time.UTC), orderDMY},
	{"th-delivered", "รหัสคำสั่งซื้อ", "จัดส่งแล้ว", "จัดส่งสำเร็จ", domain.StatusDelivered,
		"10/05/2026 22:05:43", time.Date(2026, 5, 10, 22, 5, 43, 0, time.UTC), orderDMY},
	{"vi", "Mã đơn hàng duy nhất của nền tảng.", "Đã vận chuyển", "Đã giao hàng", domain.StatusDelivered,
		"03/04/2026 08:00:00", time.Date(2026, 4, 3, 8, 0, 0, 0, time.UTC), orderDMY},
	{"id", "ID pesanan unik platform.", "Perlu dikirim", "Menunggu diambil", domain.StatusAwaiting,
		"03/04/2026 08:00:00", time.Date(2026, 4, 3, 8, 0, 0, 0, time.UTC), orderDMY},
	{"pt", "ID exclusivo do pedido na plataforma.", "Enviado", "Entregue", domain.StatusDelivered,
		"03/04/2026 08:00:00", time.Date(2026, 4, 3, 8, 0, 0, 0, time.UTC), orderDMY},
	{"ja", "プラットフォーム固有の注文ID。", "発送済み", "配達完了", domain.StatusDelivered,
		"04/03/2026 8:00:00 AM", time.Date(2026, 4, 3, 8, 0, 0, 0, time.UTC), orderMDY},
	{"en", "Platform unique order ID.", "Shipped", "Delivered", domain.StatusDelivered,
		"04/03/2026 8:00:00 AM", time.Date(2026, 4, 3, 8, 0, 0, 0, time.UTC), orderMDY},
}

// body writes the export: two orders, every date ambiguous (no part over 12).
func (e regionExport) body() string {
	return "Order ID,Order Status,Order Substatus,SKU ID,Seller SKU,Product Name,Quantity,Order Amount,Created Time\n" +
		e.description + ",,,,,,,,\n" +
		"583870900000000001\t," + e.status + "," + e.substatus + ",1730000000000000001\t,SERUM-A,Serum A,1,120," + e.created + "\t\n" +
		"583870900000000002\t," + e.status + "," + e.substatus + ",1730000000000000001\t,SERUM-A,Serum A,1,99," + e.created + "\t\n"
}

// Every region's description row is recognised, whatever its script, and
// both status columns are read in every language the importer claims.
func TestRegionExportsDescriptionRowAndStatuses(t *testing.T) {
	for _, e := range regionExports {
		t.Run(e.name, func(t *testing.T) {
			im, st := newTestImporter(t)
			// The date order is given: this test is about rows and statuses.
			res := mustImport(t, im, writeFile(t, "export_"+e.name+".csv", []byte(e.body())), Options{DateOrder: e.dateOrder})
			if res.Rows != 2 || res.Orders != 2 || res.Skipped != 0 || res.DescriptionRow != true {
				t.Fatalf("result %+v", res)
			}
			if len(res.UnknownStatuses) != 0 {
				t.Fatalf("unknown statuses %v", res.UnknownStatuses)
			}
			o := order(t, st, domain.PlatformTikTok, "583870900000000001").Order
			if o.Status != e.want || o.CreatedAt != e.wantCreated.Unix() || o.OrderAmount == 0 {
				t.Fatalf("order %+v", o)
			}
		})
	}
}

// When no date settles day-first versus month-first, the evidence is the
// shop's currency (if the seller set one), then the shop's time zone, then
// the language of the status values; the reason names which one decided.
func TestDateOrderFallbackEvidence(t *testing.T) {
	th := regionExports[0]
	cases := []struct {
		name      string
		currency  string // saved shop currency, "" = never set
		zone      string
		export    regionExport
		want      string
		reasonHas string
	}{
		{"thai file, default shop", "", "UTC", th, orderDMY, "Thai"},
		{"thai file, shop zone Bangkok", "", "Asia/Bangkok", th, orderDMY, "Asia/Bangkok"},
		{"currency wins over zone", "USD", "Asia/Bangkok", th, orderMDY, "USD"},
		{"baht shop", "THB", "UTC", regionExports[6], orderDMY, "THB"},
		{"english file, default shop", "", "UTC", regionExports[6], orderMDY, "nothing"},
		{"vietnamese statuses", "", "UTC", regionExports[2], orderDMY, "Vietnamese"},
		{"indonesian statuses", "", "UTC", regionExports[3], orderDMY, "Indonesian"},
		{"portuguese statuses", "", "UTC", regionExports[4], orderDMY, "Portuguese"},
		{"japanese statuses", "", "UTC", regionExports[5], orderMDY, "Japanese"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			im, st := newTestImporter(t)
			if c.currency != "" {
				s := domain.DefaultSettings("UTC")
				s.Currency = c.currency
				if err := st.SaveSettings(context.Background(), s); err != nil {
					t.Fatal(err)
				}
			}
			loc := zone(t, c.zone)
			path := writeFile(t, "export.csv", []byte(c.export.body()))
			pv, err := im.Preview(context.Background(), path, Options{Location: loc})
			if err != nil {
				t.Fatal(err)
			}
			if pv.DateOrder != c.want || !strings.Contains(pv.DateOrderReason, c.reasonHas) {
				t.Fatalf("preview date order %s (%s), want %s (%s)", pv.DateOrder, pv.DateOrderReason, c.want, c.reasonHas)
			}
			if !pv.DateOrderAsk || pv.DateSample == nil || pv.DateSample.Raw != c.export.created {
				t.Fatalf("the preview must ask with a real cell: %+v", pv.DateSample)
			}
			res := mustImport(t, im, path, Options{Location: loc})
			if res.DateOrder != c.want || res.DateReason != pv.DateOrderReason {
				t.Fatalf("import date order %s (%s)", res.DateOrder, res.DateReason)
			}
			o := order(t, st, domain.PlatformTikTok, "583870900000000001").Order
			got := time.Unix(o.CreatedAt, 0).In(loc)
			if c.want == c.export.dateOrder && (got.Month() != c.export.wantCreated.Month() || got.Day() != c.export.wantCreated.Day()) {
				t.Fatalf("created %v", got)
			}
		})
	}
}

// A file whose own dates settle the order needs no question.
func TestDateOrderSettledByFileAsksNothing(t *testing.T) {
	im, _ := newTestImporter(t)
	body := strings.Replace(regionExports[6].body(), "04/03/2026 8:00:00 AM\t\n583870900000000002", "04/23/2026 8:00:00 AM\t\n583870900000000002", 1)
	pv, err := im.Preview(context.Background(), writeFile(t, "export.csv", []byte(body)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pv.DateOrder != orderMDY || pv.DateOrderAsk {
		t.Fatalf("preview %s ask=%v (%s)", pv.DateOrder, pv.DateOrderAsk, pv.DateOrderReason)
	}
}

// Rows that would invent an order are skipped with their reason: no
// creation time, or an ID that cannot be a platform ID.
func TestRowsThatCannotBeOrdersAreSkipped(t *testing.T) {
	im, st := newTestImporter(t)
	body := "Order ID,Order Status,Seller SKU,Order Amount,Created Time\n" +
		"583870900000000001,Completed,A,10,01/27/2026 6:03:56 PM\n" +
		"583870900000000002,Completed,A,10,\n" +
		"see note below,Completed,A,10,01/27/2026 6:03:56 PM\n" +
		"\"5838709000\n00000003\",Completed,A,10,01/27/2026 6:03:56 PM\n"
	res := mustImport(t, im, writeFile(t, "export.csv", []byte(body)), Options{})
	if res.Rows != 4 || res.Orders != 1 || res.Skipped != 3 || len(res.Errors) != 3 {
		t.Fatalf("result %+v", res.ImportBatch)
	}
	for _, e := range res.Errors {
		if e.Message == "" || e.Column == "" {
			t.Fatalf("skipped row without a reason: %+v", e)
		}
	}
	if s := stats(t, st); s.Orders != 1 {
		t.Fatalf("stored %d orders", s.Orders)
	}
}
