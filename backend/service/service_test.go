package service

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

const samples = "../importer/testdata/"

func newShop(t *testing.T) *Shop {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "afterloop.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Shop{Store: st}
}

func TestSettingsValidationReturnsFieldDetails(t *testing.T) {
	svc := NewShopService(newShop(t))
	_, err := svc.SaveSettings(domain.Settings{ShopName: "x", TimeZone: "Mars/Base", Currency: "US", ProcessingDays: 99})
	var appErr *apperr.Error
	if !errors.As(err, &appErr) || appErr.Code != apperr.CodeInvalidInput {
		t.Fatalf("err = %v", err)
	}
	for _, field := range []string{"timeZone", "currency", "processingDays"} {
		if appErr.Details[field] == "" {
			t.Errorf("no detail for %s: %v", field, appErr.Details)
		}
	}
	saved, err := svc.SaveSettings(domain.Settings{ShopName: " Juniper ", TimeZone: "Asia/Tokyo", Currency: "jpy", ProcessingDays: 2})
	if err != nil || saved.ShopName != "Juniper" || saved.Currency != "JPY" {
		t.Fatalf("%+v %v", saved, err)
	}
	got, _ := svc.GetSettings()
	if got != saved {
		t.Fatalf("got %+v", got)
	}
}

func TestImportRunEmitsProgressAndDataChanged(t *testing.T) {
	shop := newShop(t)
	rec := &platform.Recorder{}
	svc := NewImportService(shop, importer.New(shop.Store), rec)
	pv, err := svc.Preview(samples+"SYNTHETIC_tiktok_orders_us_style.csv", ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Platform != domain.PlatformTikTok || pv.Kind != domain.KindOrders {
		t.Fatalf("preview %s/%s", pv.Platform, pv.Kind)
	}
	res, err := svc.Run(pv.Path, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Records.Created != 2 || res.Created != 3 {
		t.Fatalf("created %d orders from %d rows", res.Records.Created, res.Created)
	}
	if len(rec.EventsNamed(EventImportProgress)) == 0 {
		t.Error("no progress events")
	}
	if len(rec.EventsNamed(EventDataChanged)) != 1 {
		t.Error("no data:changed event")
	}
	batches, _ := svc.ListBatches()
	if len(batches) != 1 {
		t.Fatalf("batches %d", len(batches))
	}
	if _, err := svc.Undo(batches[0].ID); err != nil {
		t.Fatal(err)
	}
	stats, _ := shop.Store.GetStats(context.Background())
	if stats.Orders != 0 {
		t.Fatalf("undo left %d orders", stats.Orders)
	}
}

func TestChooseFileUsesThePlatformDialog(t *testing.T) {
	shop := newShop(t)
	rec := &platform.Recorder{OpenPathResult: "/tmp/x.csv"}
	svc := NewImportService(shop, importer.New(shop.Store), rec)
	if got, _ := svc.ChooseFile(); got != "/tmp/x.csv" {
		t.Fatalf("got %q", got)
	}
}

func TestDemoLoadsOnlyIntoAnEmptyShop(t *testing.T) {
	shop := newShop(t)
	ctx := context.Background()
	res, err := LoadDemo(ctx, shop, importer.New(shop.Store), time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Orders < 1000 || res.Returns == 0 || res.ShopName == "" {
		t.Fatalf("demo too small: %+v", res)
	}
	stats, _ := shop.Store.GetStats(ctx)
	if stats.Orders != res.Orders || stats.Products < 8 || stats.Products > 15 {
		t.Fatalf("stats %+v for %+v", stats, res)
	}
	settings, _ := shop.Settings(ctx)
	if settings.ShopName != res.ShopName {
		t.Fatalf("shop name not set: %+v", settings)
	}
	team, _ := shop.Store.ListTeam(ctx)
	if len(team) == 0 {
		t.Fatal("demo team missing")
	}
	_, err = LoadDemo(ctx, shop, importer.New(shop.Store), time.Now(), nil)
	var appErr *apperr.Error
	if !errors.As(err, &appErr) || appErr.Code != apperr.CodeConflict {
		t.Fatalf("second load: %v", err)
	}
}

func TestOrderQueryDayFilterUsesShopZone(t *testing.T) {
	shop := newShop(t)
	ctx := context.Background()
	shop.Store.SaveSettings(ctx, domain.Settings{ShopName: "x", TimeZone: "Asia/Tokyo", Currency: "JPY"})
	im := importer.New(shop.Store)
	if _, err := im.Import(ctx, samples+"tiktok_orders_jp.csv", importer.Options{Location: shop.Location(ctx)}); err != nil {
		t.Fatal(err)
	}
	svc := NewOrderService(shop)
	// The JP order was created 01/27/2026 6:03:56 PM Tokyo time.
	for day, want := range map[string]int{"2026-01-27": 1, "2026-01-28": 0, "2026-01-26": 0} {
		page, err := svc.Query(OrderFilter{FromDay: day, ToDay: day})
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != want {
			t.Errorf("%s: %d orders, want %d", day, page.Total, want)
		}
	}
	if _, err := svc.Query(OrderFilter{FromDay: "27/01/2026"}); err == nil {
		t.Error("a malformed day must be refused")
	}
}

func TestTeammateNamesMustBeDistinct(t *testing.T) {
	svc := NewShopService(newShop(t))
	aiko, err := svc.SaveTeamMember(domain.TeamMember{Name: "Aiko", Role: "support"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.SaveTeamMember(domain.TeamMember{Name: "aiko ", Role: "owner"}); err == nil {
		t.Fatal("a second Aiko was accepted")
	}
	aiko.Role = "owner" // renaming or re-saving yourself is fine
	if _, err := svc.SaveTeamMember(aiko); err != nil {
		t.Fatal(err)
	}
}
