package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// tiktokHeaders57 is the column set of a current TikTok Shop order export.
var tiktokHeaders57 = []string{
	"Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order",
	"SKU ID", "Seller SKU", "Product Name", "Variation", "Quantity", "Sku Quantity of return",
	"SKU Unit Original Price", "SKU Subtotal Before Discount", "SKU Platform Discount", "SKU Seller Discount",
	"SKU Subtotal After Discount", "Shipping Fee After Discount", "Original Shipping Fee",
	"Shipping Fee Seller Discount", "Shipping Fee Platform Discount", "Payment platform discount", "Taxes",
	"Small Order Fee", "Order Amount", "Order Refund Amount", "Created Time", "Paid Time", "RTS Time",
	"Shipped Time", "Delivered Time", "Cancelled Time", "Cancel By", "Cancel Reason", "Fulfillment Type",
	"Warehouse Name", "Tracking ID", "Delivery Option", "Shipping Provider Name", "Buyer Message",
	"Buyer Username", "Recipient", "Phone #", "Zipcode", "Country", "State", "City", "Districts", "Villages",
	"Detail Address", "Additional address information", "Payment Method", "Weight(kg)", "Product Category",
	"Package ID", "Seller Note", "Checked Status", "Checked Marked by",
}

// benchProducts are the SKUs the generated export sells.
var benchProducts = []struct{ sku, name, variation, category string }{
	{"TEE-BLK-M", "Basic Tee", "Black, M", "Apparel"},
	{"TEE-WHT-L", "Basic Tee", "White, L", "Apparel"},
	{"", "Logo Mug", "White", "Home"},
	{"CAP-NVY", "Dad Cap", "Navy", "Accessories"},
	{"SERUM-A", "Serum A", "30ml", "Beauty"},
	{"", "Phone Stand", "Default", "Electronics"},
	{"SOCK-3P", "Crew Socks 3-pack", "Mixed", "Apparel"},
}

// benchOrders and the line pattern (1, 2, 2 lines per order) give 100,000
// lines in 60,000 orders.
const benchOrders = 60000

// writeBenchXLSX writes a TikTok-style export: 57 columns, a description
// row, TAB-suffixed IDs and times, as Seller Center produces it.
func writeBenchXLSX(path string, orders int) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	header := make([]any, len(tiktokHeaders57))
	desc := make([]any, len(tiktokHeaders57))
	for i, h := range tiktokHeaders57 {
		header[i] = h
		desc[i] = ""
	}
	desc[0], desc[1], desc[5] = "Platform unique order ID.", "Current order status.", "Platform SKU ID."
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	if err := sw.SetRow("A2", desc); err != nil {
		return err
	}
	shopTime := func(t time.Time) string { return t.Format("01/02/2006 3:04:05 PM") + "\t" }
	start := time.Date(2026, 3, 31, 23, 0, 0, 0, time.UTC)
	statuses := []string{"Completed", "Delivered", "Shipped", "Awaiting shipment", "Canceled"}
	row := 3
	values := make([]any, len(tiktokHeaders57))
	for o := 0; o < orders; o++ {
		lines := []int{1, 2, 2}[o%3]
		created := start.Add(-time.Duration(o) * 2 * time.Minute)
		status := statuses[o%len(statuses)]
		for l := 0; l < lines; l++ {
			p := benchProducts[(o+l*3)%len(benchProducts)]
			qty := 1 + (o+l)%3
			price := 12.5 + float64((o+l)%7)
			delivered := ""
			if status == "Completed" || status == "Delivered" {
				delivered = shopTime(created.Add(72 * time.Hour))
			}
			v := []any{
				fmt.Sprintf("5769%014d\t", o), status, status, "", "Normal",
				fmt.Sprintf("1729%015d\t", (o+l*3)%len(benchProducts)), p.sku, p.name, p.variation, qty, 0,
				price, price * float64(qty), 0, 1, price*float64(qty) - 1, 0, 5.99,
				0, 5.99, 0, 1.2, 0, fmt.Sprintf("$%.2f", 40.5+float64(o%50)), "$0.00",
				shopTime(created), shopTime(created.Add(20 * time.Second)), shopTime(created.Add(20 * time.Hour)),
				shopTime(created.Add(30 * time.Hour)), delivered, "\t", "", "", "Fulfillment by seller",
				"Main WH", fmt.Sprintf("94001%017d", o), "Standard shipping", "USPS", "",
				fmt.Sprintf("buyer_%d", o%9000), "J*** D***", "(+1)555*****01", "90001", "United States",
				"California", "Los Angeles", "", "", "1 Main St", "", "Credit card", 0.3, p.category,
				fmt.Sprintf("1150%015d\t", o), "", "Unchecked", "",
			}
			if len(v) != len(values) {
				return fmt.Errorf("generator writes %d values for %d columns", len(v), len(values))
			}
			copy(values, v)
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := sw.SetRow(cell, values); err != nil {
				return err
			}
			row++
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// benchFile returns the 100k-line export, generating it once into the
// system temp folder (about a minute) and reusing it on later runs.
func benchFile(b *testing.B) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), "afterloop-bench-tiktok-100k-v1.xlsx")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part.xlsx"
	if err := writeBenchXLSX(tmp, benchOrders); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}
