package demo

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDefaultShop(t *testing.T) {
	shop := DefaultShop()
	if n := len(shop.Products); n < 8 || n > 15 {
		t.Fatalf("%d SKUs, want 8-15", n)
	}
	categories, emptySellerSKU, skuIDs := map[string]int{}, 0, map[string]bool{}
	for _, p := range shop.Products {
		categories[p.Category]++
		if p.SellerSKU == "" {
			emptySellerSKU++
		}
		if skuIDs[p.SKUID] || len(p.SKUID) != 19 {
			t.Errorf("SKU ID %q is duplicated or not 19 digits", p.SKUID)
		}
		skuIDs[p.SKUID] = true
		if len(p.IncludedItems) == 0 || len(p.SetupSteps) != 3 || p.CommonIssue == "" || len(p.CommonFixes) == 0 || len(p.CareTips) == 0 {
			t.Errorf("%s lacks card or timeline content", p.Name)
		}
	}
	for _, c := range []string{CategoryApparel, CategoryBeauty, CategoryHome, CategoryElectronics} {
		if categories[c] == 0 {
			t.Errorf("no SKU in %s", c)
		}
	}
	if emptySellerSKU < 2 {
		t.Errorf("%d SKUs without Seller SKU, want at least 2", emptySellerSKU)
	}
	if len(shop.Team) != 3 {
		t.Fatalf("team of %d, want 3", len(shop.Team))
	}
	for _, m := range shop.Team {
		if !strings.Contains("owner support operations creative", m.Role) || m.Name == "" {
			t.Errorf("teammate %+v has no name or an unknown role", m)
		}
	}
	if _, err := time.LoadLocation(shop.TimeZone); err != nil {
		t.Error(err)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	read := func(cfg Config) (orders, returns []byte) {
		files, err := Generate(t.TempDir(), DefaultShop(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		orders, _ = os.ReadFile(files.Orders)
		returns, _ = os.ReadFile(files.Returns)
		return orders, returns
	}
	cfg := DefaultConfig(testNow)
	o1, r1 := read(cfg)
	o2, r2 := read(cfg)
	if !bytes.Equal(o1, o2) || !bytes.Equal(r1, r2) {
		t.Fatal("the same seed gave different files")
	}
	cfg.Seed++
	o3, _ := read(cfg)
	if bytes.Equal(o1, o3) {
		t.Fatal("another seed gave the same orders file")
	}
}

func TestHeadersMatchTheSamples(t *testing.T) {
	files, err := Generate(t.TempDir(), DefaultShop(), DefaultConfig(testNow))
	if err != nil {
		t.Fatal(err)
	}
	firstLine := func(path string) string {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		line, err := bufio.NewReader(f).ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		return line
	}
	// The orders sample is a real-shaped US export: the header must match to
	// the byte, byte order mark and CRLF included.
	if got, want := firstLine(files.Orders), firstLine(filepath.Join("testdata", "SYNTHETIC_tiktok_orders_us_style.csv")); got != want {
		t.Fatalf("orders header\n got %q\nwant %q", got, want)
	}
	if n := len(ordersHeader); n != 51 {
		t.Fatalf("%d order columns, want 51", n)
	}
	got := strings.TrimSuffix(strings.TrimPrefix(firstLine(files.Returns), byteOrderMark), "\r\n")
	want := strings.TrimSuffix(firstLine(filepath.Join("testdata", "SYNTHETIC_tiktok_returns.csv")), "\n")
	if got != want {
		t.Fatalf("returns header\n got %q\nwant %q", got, want)
	}
}

func TestOrdersExport(t *testing.T) {
	files, orders, _ := generateDefault(t)
	loc, _ := time.LoadLocation(DefaultShop().TimeZone)
	if len(orders.records) != files.OrderLines || files.OrderCount < 2500 || files.OrderCount > 6000 {
		t.Fatalf("%d lines parsed, %+v: want a few thousand orders", len(orders.records), files)
	}
	// Cells that belong to the line; every other cell is order-level.
	lineLevel := map[string]bool{"SKU ID": true, "Seller SKU": true, "Product Name": true, "Variation": true,
		"Quantity": true, "Sku Quantity of return": true, "SKU Unit Original Price": true,
		"SKU Subtotal Before Discount": true, "SKU Platform Discount": true, "SKU Seller Discount": true,
		"SKU Subtotal After Discount": true, "Product Category": true}
	first := map[string][]string{}
	linesPer := map[string]int{}
	merchandise := map[string]int64{}
	var orderIDs []string
	emptySellerSKU, multiUnit, returnedLines := 0, 0, 0
	for _, rec := range orders.records {
		if len(rec) != 51 {
			t.Fatalf("record with %d cells", len(rec))
		}
		id := orders.get(rec, "Order ID")
		checkTabbedID(t, "Order ID", id)
		checkTabbedID(t, "SKU ID", orders.get(rec, "SKU ID"))
		if prev, ok := first[id]; ok {
			for h, i := range orders.col {
				if !lineLevel[h] && prev[i] != rec[i] {
					t.Fatalf("order %s: %s differs between lines: %q vs %q", id, h, prev[i], rec[i])
				}
			}
		} else {
			first[id] = rec
			orderIDs = append(orderIDs, id)
		}
		linesPer[id]++
		merchandise[id] += parseMoney(t, orders.get(rec, "SKU Subtotal After Discount"))
		if orders.get(rec, "Seller SKU") == "" {
			emptySellerSKU++
		}
		if orders.get(rec, "Quantity") != "1" {
			multiUnit++
		}
		if orders.get(rec, "Sku Quantity of return") != "0" {
			returnedLines++
		}
	}
	if len(first) != files.OrderCount {
		t.Fatalf("%d distinct orders, Files says %d", len(first), files.OrderCount)
	}
	if emptySellerSKU == 0 || multiUnit == 0 || returnedLines == 0 {
		t.Errorf("lines without Seller SKU %d, with quantity > 1 %d, with returns %d: want some of each", emptySellerSKU, multiUnit, returnedLines)
	}

	statuses := map[string]int{}
	ordersPerBuyer := map[string]int{}
	multi, hostile, messages := 0, 0, 0
	for _, id := range orderIDs {
		rec := first[id]
		status := orders.get(rec, "Order Status")
		statuses[status]++
		if linesPer[id] > 1 {
			multi++
		}
		if msg := orders.get(rec, "Buyer Message"); msg != "" {
			messages++
			if strings.Contains(msg, "<img src=x onerror=alert(1)>") {
				hostile++
			}
		}
		amount := parseMoney(t, orders.get(rec, "Order Amount"))
		if want := merchandise[id] + parseMoney(t, orders.get(rec, "Shipping Fee After Discount")) + parseMoney(t, orders.get(rec, "Taxes")); amount != want {
			t.Errorf("order %s: amount %d, lines + shipping + taxes %d", id, amount, want)
		}
		if refund := parseMoney(t, orders.get(rec, "Order Refund Amount")); refund > amount {
			t.Errorf("order %s refunds %d of %d", id, refund, amount)
		}
		checkOrderTimes(t, orders, rec, loc, testNow)
		if status != statusCancelled {
			ordersPerBuyer[orders.get(rec, "Buyer Username")]++
		}
	}
	share := float64(multi) / float64(len(orderIDs))
	if share < 0.18 || share > 0.32 {
		t.Errorf("multi-SKU orders %.1f%%, want about 25%%", 100*share)
	}
	cancelled := float64(statuses[statusCancelled]) / float64(len(orderIDs))
	if cancelled < 0.02 || cancelled > 0.06 {
		t.Errorf("cancelled %.1f%%, want about 4%%", 100*cancelled)
	}
	for _, s := range []string{statusUnpaid, statusAwaitingShipment, statusAwaitingCollection, statusInTransit, statusDelivered, statusCompleted} {
		if statuses[s] == 0 {
			t.Errorf("no %q order in %v", s, statuses)
		}
	}
	if statuses[statusUnpaid] > 15 {
		t.Errorf("%d unpaid orders, want a few", statuses[statusUnpaid])
	}
	if hostile != 1 || messages < 20 {
		t.Errorf("%d buyer messages, %d hostile: want some, exactly one hostile", messages, hostile)
	}
	repeat, threePlus := 0, 0
	for _, n := range ordersPerBuyer {
		if n >= 2 {
			repeat++
		}
		if n >= 3 {
			threePlus++
		}
	}
	if r := float64(repeat) / float64(len(ordersPerBuyer)); r < 0.12 || r > 0.3 || threePlus == 0 {
		t.Errorf("repeat buyers %.1f%% (%d with 3+), want about 20%% and some 3+", 100*r, threePlus)
	}
	t.Logf("%d orders, %d lines, %d buyers, %d repeat (%d 3+), statuses %v", len(orderIDs), len(orders.records), len(ordersPerBuyer), repeat, threePlus, statuses)
}

// checkOrderTimes checks that times follow each other and fit the status.
func checkOrderTimes(t *testing.T, orders table, rec []string, loc *time.Location, now time.Time) {
	t.Helper()
	get := func(name string) time.Time { return parseTime(t, orders.get(rec, name), loc) }
	created, paid, rts, shipped, delivered, cancelled := get("Created Time"), get("Paid Time"), get("RTS Time"), get("Shipped Time"), get("Delivered Time"), get("Cancelled Time")
	id, status := orders.get(rec, "Order ID"), orders.get(rec, "Order Status")
	steps := []time.Time{created, paid, rts, shipped, delivered}
	for i := 1; i < len(steps); i++ {
		if !steps[i].IsZero() && (steps[i-1].IsZero() || !steps[i].After(steps[i-1])) {
			t.Fatalf("order %s (%s): time %d of created/paid/RTS/shipped/delivered is out of order: %v", id, status, i, steps)
		}
	}
	if created.IsZero() || created.After(now) || delivered.After(now) {
		t.Fatalf("order %s: created %v, delivered %v, now %v", id, created, delivered, now)
	}
	want := map[string][2]bool{ // status: RTS set, delivered set
		statusAwaitingShipment: {false, false}, statusAwaitingCollection: {true, false}, statusInTransit: {true, false},
		statusDelivered: {true, true}, statusCompleted: {true, true}, statusCancelled: {false, false}, statusUnpaid: {false, false},
	}[status]
	if (!rts.IsZero()) != want[0] || (!delivered.IsZero()) != want[1] {
		t.Fatalf("order %s: status %s with RTS %v and delivered %v", id, status, rts, delivered)
	}
	if status == statusCancelled {
		if cancelled.IsZero() || orders.get(rec, "Cancel By") == "" || orders.get(rec, "Cancel Reason") == "" || !cancelled.After(created) {
			t.Fatalf("cancelled order %s lacks its cancellation details", id)
		}
	} else if !cancelled.IsZero() {
		t.Fatalf("order %s (%s) has a cancelled time", id, status)
	}
	if (status == statusUnpaid) != paid.IsZero() && status != statusCancelled {
		t.Fatalf("order %s: status %s, paid %v", id, status, paid)
	}
	if !rts.IsZero() && (orders.get(rec, "Tracking ID") == "" || orders.get(rec, "Shipping Provider Name") == "") {
		t.Fatalf("order %s has a label but no tracking", id)
	}
}
