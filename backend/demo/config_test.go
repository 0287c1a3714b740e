package demo

import (
	"errors"
	"testing"
	"time"
)

func TestInvalidInputIsRefused(t *testing.T) {
	noProducts := DefaultShop()
	noProducts.Products = nil
	badZone := DefaultShop()
	badZone.TimeZone = "Mars/Olympus"
	cases := map[string]struct {
		shop ShopSpec
		cfg  Config
	}{
		"no now":         {DefaultShop(), Config{}},
		"no products":    {noProducts, DefaultConfig(testNow)},
		"unknown zone":   {badZone, DefaultConfig(testNow)},
		"too many years": {DefaultShop(), Config{Now: testNow, Months: 120}},
	}
	for name, c := range cases {
		dir := t.TempDir()
		if _, err := Generate(dir, c.shop, c.cfg); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: got %v, want ErrInvalid", name, err)
		}
	}
	if _, err := GenerateLarge(t.TempDir(), DefaultShop(), DefaultConfig(testNow), 0); !errors.Is(err, ErrInvalid) {
		t.Errorf("zero lines: got %v, want ErrInvalid", err)
	}
}

// Other zones, seeds and moments (a weekend, a DST change) keep every order's
// times in order and the statuses consistent with them.
func TestTimesHoldAcrossZonesAndMoments(t *testing.T) {
	cases := []struct {
		zone string
		now  time.Time
	}{
		{"America/New_York", time.Date(2026, 3, 8, 7, 30, 0, 0, time.UTC)},    // DST starts that night
		{"Asia/Tokyo", time.Date(2025, 11, 1, 3, 0, 0, 0, time.UTC)},          // a Saturday
		{"America/Los_Angeles", time.Date(2025, 11, 2, 9, 0, 0, 0, time.UTC)}, // DST ends
	}
	for i, c := range cases {
		loc, err := time.LoadLocation(c.zone)
		if err != nil {
			t.Fatal(err)
		}
		cfg := Config{Now: c.now, Location: loc, Months: 2, OrdersPerDay: 15, Seed: int64(i)}
		files, err := Generate(t.TempDir(), DefaultShop(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		orders := readTable(t, files.Orders)
		for _, rec := range orders.records {
			checkOrderTimes(t, orders, rec, loc, c.now)
		}
		if files.OrderCount < 500 || files.ReturnLines == 0 {
			t.Errorf("%s: %+v", c.zone, files)
		}
	}
}
