package importer

import (
	"context"
	"testing"
	"time"

	"afterloop/backend/domain"
)

func TestUSSampleTakesOrderValuesOnce(t *testing.T) {
	im, st := newTestImporter(t)
	la := zone(t, "America/Los_Angeles")
	res := mustImport(t, im, sample(t, "SYNTHETIC_tiktok_orders_us_style.csv"), Options{Location: la})
	if res.Platform != domain.PlatformTikTok || res.Kind != domain.KindOrders {
		t.Fatalf("detected %s/%s", res.Platform, res.Kind)
	}
	if res.Rows != 3 || res.Orders != 2 || res.Lines != 3 || res.Created != 2 || res.Skipped != 0 {
		t.Fatalf("counts %+v", res.ImportBatch)
	}
	d := order(t, st, domain.PlatformTikTok, "576900000000000001")
	o := d.Order
	if o.OrderAmount != 4784 || o.RefundAmount != 1200 || o.Taxes != 288 || o.Currency != "USD" {
		t.Fatalf("amounts taken more than once: %+v", o)
	}
	if o.CreatedAt != unix(la, 2024, 6, 15, 10, 31, 22) || o.DeliveredAt != unix(la, 2024, 6, 19, 13, 12, 9) {
		t.Fatalf("times %d %d", o.CreatedAt, o.DeliveredAt)
	}
	if o.CancelledAt != 0 || o.Status != domain.StatusCompleted || o.BuyerUsername != "buyer_one" {
		t.Fatalf("order %+v", o)
	}
	if len(d.Lines) != 2 || d.Lines[0].ProductKey != "TEE-BLK-M" || d.Lines[0].SubtotalAfter != 3598 ||
		d.Lines[1].ReturnQuantity != 1 || d.Lines[0].SKUID != "1729000000000000001" {
		t.Fatalf("lines %+v", d.Lines)
	}
	cancelled := order(t, st, domain.PlatformTikTok, "576900000000000002").Order
	if cancelled.Status != domain.StatusCancelled || cancelled.CancelledAt != unix(la, 2024, 6, 18, 8, 0, 0) {
		t.Fatalf("cancelled %+v", cancelled)
	}
	page, err := st.QueryOrders(context.Background(), storeQuery("logo mug"))
	if err != nil || page.Total != 1 || page.Rows[0].ItemsSummary != "Basic Tee ×2 + 1 more" || page.Rows[0].ItemCount != 3 {
		t.Fatalf("search %+v %v", page, err)
	}
	s := stats(t, st)
	if s.Orders != 2 || s.OrderLines != 3 || s.Customers != 2 || s.Products != 2 || s.ImportBatches != 1 {
		t.Fatalf("stats %+v", s)
	}
}

func TestJapaneseHeaders(t *testing.T) {
	im, st := newTestImporter(t)
	tokyo := zone(t, "Asia/Tokyo")
	path := sample(t, "tiktok_orders_jp.csv")
	pv, err := im.Preview(context.Background(), path, Options{Location: tokyo})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Platform != domain.PlatformTikTok || pv.Kind != domain.KindOrders || pv.Rows != 1 || pv.DateOrder != orderMDY || pv.Currency != "JPY" {
		t.Fatalf("preview %+v", pv)
	}
	res := mustImport(t, im, path, Options{Location: tokyo})
	if res.Orders != 1 || res.Lines != 1 || len(res.UnknownStatuses) != 0 {
		t.Fatalf("result %+v", res)
	}
	d := order(t, st, domain.PlatformTikTok, "582315036312176570")
	o := d.Order
	if o.OrderAmount != 11990 || o.ShippingFee != 990 || o.Currency != "JPY" || o.Status != domain.StatusAwaiting ||
		o.StatusRaw != "未発送" || o.BuyerUsername != "yamada_taro" || o.Recipient != "山田太郎" {
		t.Fatalf("order %+v", o)
	}
	if o.CreatedAt != unix(tokyo, 2026, 1, 27, 18, 3, 56) || o.PaidAt != unix(tokyo, 2026, 1, 27, 18, 3, 59) || o.ShippedAt != 0 {
		t.Fatalf("times %+v", o)
	}
	if l := d.Lines[0]; l.ProductKey != "1733535535513175373" || l.SellerSKU != "" || l.UnitPrice != 11000 || l.Category != "商品カテゴリ" {
		t.Fatalf("line %+v", l)
	}
}

func TestSEASampleDescriptionRowAndDayFirst(t *testing.T) {
	im, st := newTestImporter(t)
	bangkok := zone(t, "Asia/Bangkok")
	path := sample(t, "SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv")
	pv, err := im.Preview(context.Background(), path, Options{Location: bangkok, Currency: "THB"})
	if err != nil {
		t.Fatal(err)
	}
	if !pv.DescriptionRow || pv.Rows != 3 || pv.DateOrder != orderDMY || pv.DateOrderReason == "" {
		t.Fatalf("preview %+v", pv)
	}
	res := mustImport(t, im, path, Options{Location: bangkok, Currency: "THB"})
	if res.Rows != 3 || res.Orders != 2 || res.Lines != 3 || res.Skipped != 0 {
		t.Fatalf("result %+v", res.ImportBatch)
	}
	o := order(t, st, domain.PlatformTikTok, "583870900000000001")
	if o.Order.OrderAmount != 23800 || o.Order.CreatedAt != unix(bangkok, 2026, 5, 10, 22, 5, 43) || o.Order.Currency != "THB" {
		t.Fatalf("order %+v", o.Order)
	}
	if o.Lines[1].ProductKey != "1730000000000000002" {
		t.Fatalf("empty Seller SKU must fall back to SKU ID: %+v", o.Lines[1])
	}
	ret := order(t, st, domain.PlatformTikTok, "583870900000000003").Order
	if ret.Status != domain.StatusReturned || ret.RefundAmount != 12000 {
		t.Fatalf("refunded order %+v", ret)
	}
}

func TestShopifyGroupsByName(t *testing.T) {
	im, st := newTestImporter(t)
	res := mustImport(t, im, sample(t, "shopify_orders_export.csv"), Options{})
	if res.Platform != domain.PlatformShopify || res.Rows != 121 || res.Orders != 51 || res.Lines != 121 || res.Skipped != 0 {
		t.Fatalf("result %+v", res.ImportBatch)
	}
	d := order(t, st, domain.PlatformShopify, "#1050")
	o := d.Order
	if len(d.Lines) != 4 || o.OrderAmount != 1159400 || o.Currency != "INR" || o.Status != domain.StatusAwaiting ||
		o.StatusRaw != "paid / unfulfilled" || o.Recipient != "Buyer One" {
		t.Fatalf("order %+v lines %d", o, len(d.Lines))
	}
	if o.CreatedAt != time.Date(2025, 12, 6, 15, 37, 30, 0, time.UTC).Unix() {
		t.Fatalf("created %d", o.CreatedAt)
	}
	if l := d.Lines[1]; l.ProductName != "Premium Eco-Friendly Yoga Mat" || l.Quantity != 2 || l.SubtotalBefore != 499800 {
		t.Fatalf("line %+v", l)
	}
	if s := stats(t, st); s.Customers != 2 || s.Products != 5 {
		t.Fatalf("stats %+v", s)
	}
}

func TestShopifyPreviewNamesTheFileCurrency(t *testing.T) {
	im, _ := newTestImporter(t)
	pv, err := im.Preview(context.Background(), sample(t, "shopify_orders_export.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Currency != "INR" {
		t.Fatalf("preview currency %q, want INR from the Currency column", pv.Currency)
	}
}

func TestPreviewSampleRowsCarryFileRowNumbers(t *testing.T) {
	im, _ := newTestImporter(t)
	// Row 2 of this file is a description row, so the first order is row 3.
	pv, err := im.Preview(context.Background(), sample(t, "SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pv.SampleRowNumbers) != len(pv.SampleRows) || pv.SampleRowNumbers[0] != 3 {
		t.Fatalf("row numbers %v for %d samples", pv.SampleRowNumbers, len(pv.SampleRows))
	}
}
