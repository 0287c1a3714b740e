package importer

import (
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
)

func TestCleanCell(t *testing.T) {
	for in, want := range map[string]string{
		"582315036312176570\t":         "582315036312176570",
		"\t":                           "",
		"\uFEFFOrder ID":               "Order ID",
		"12\u200B34\u200D":             "1234",
		"'0123":                        "0123",
		"a\x00b":                       "ab",
		"  Basic Tee  ":                "Basic Tee",
		"J*** D***\n(+1)555":           "J*** D***\n(+1)555",
		"山田太郎":                         "山田太郎",
		"<img src=x onerror=alert(1)>": "<img src=x onerror=alert(1)>",
	} {
		if got := cleanCell(in); got != want {
			t.Errorf("cleanCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExcelMangledIDDetection(t *testing.T) {
	for in, want := range map[string]bool{
		"5.82315E+17": true, "5.82315036312177E+17": true, "1E+18": true, "5.8e17": true,
		"582315036312176570": false, "E+17": false, "5.8E": false, "Basic Tee": false, "": false, "#1050": false,
	} {
		if got := isExcelMangledID(in); got != want {
			t.Errorf("isExcelMangledID(%q) = %v", in, got)
		}
	}
}

func TestParseTime(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	cases := []struct {
		in, order string
		want      time.Time
	}{
		{"01/27/2026 6:03:56 PM", orderMDY, time.Date(2026, 1, 27, 18, 3, 56, 0, tokyo)},
		{"01/27/2026 12:03:56 AM", orderMDY, time.Date(2026, 1, 27, 0, 3, 56, 0, tokyo)},
		{"27/01/2026 18:03:56", orderDMY, time.Date(2026, 1, 27, 18, 3, 56, 0, tokyo)},
		{"2026/01/27 18:03:56", orderMDY, time.Date(2026, 1, 27, 18, 3, 56, 0, tokyo)},
		{"2026-01-27T18:03:56", orderDMY, time.Date(2026, 1, 27, 18, 3, 56, 0, tokyo)},
		{"2026-01-27", orderDMY, time.Date(2026, 1, 27, 0, 0, 0, 0, tokyo)},
		{"2026-01-27T18:03:56Z", orderDMY, time.Date(2026, 1, 27, 18, 3, 56, 0, time.UTC)},
		{"2026-01-27T18:03:56.250+07:00", orderDMY, time.Date(2026, 1, 27, 11, 3, 56, 0, time.UTC)},
		{"2025-12-06 10:37:33 -0500", orderMDY, time.Date(2025, 12, 6, 15, 37, 33, 0, time.UTC)},
		{"46049.75271", orderMDY, time.Date(2026, 1, 27, 18, 3, 54, 0, tokyo)},
		{"5/3/26 9:05", orderDMY, time.Date(2026, 3, 5, 9, 5, 0, 0, tokyo)},
		{"27.01.2026 18:03", orderDMY, time.Date(2026, 1, 27, 18, 3, 0, 0, tokyo)},
	}
	for _, c := range cases {
		tv, ok := parseTime(c.in)
		if !ok {
			t.Errorf("parseTime(%q) failed", c.in)
			continue
		}
		got, ok := tv.resolve(c.order, tokyo)
		if !ok || got != c.want.Unix() {
			t.Errorf("parseTime(%q) = %v, want %v", c.in, time.Unix(got, 0).In(tokyo), c.want)
		}
	}
	for _, bad := range []string{"next Tuesday", "2026-13-45x", "01/27", "13:00 PM", "01/27/2026 25:00", "1/2/3/4", "-5"} {
		if _, ok := parseTime(bad); ok {
			if tv, _ := parseTime(bad); tv.kind == timeCivil && validDate(tv.year, tv.first, tv.second) {
				t.Errorf("parseTime(%q) accepted", bad)
			}
		}
	}
	if tv, ok := parseTime(""); !ok || tv.kind != timeNone {
		t.Error("empty time must be unknown, not an error")
	}
}

func TestDecideDateOrder(t *testing.T) {
	var e dateEvidence
	for _, s := range []string{"01/05/2026", "02/06/2026"} {
		tv, _ := parseTime(s)
		e.note(tv, 2)
	}
	if order, reason := decideDateOrder("", e, RegionEvidence{ShopCurrency: "SGD"}); order != orderDMY || !strings.Contains(reason, "SGD") {
		t.Errorf("SEA region: %s %s", order, reason)
	}
	if order, _ := decideDateOrder("", e, RegionEvidence{ShopCurrency: "JPY"}); order != orderMDY {
		t.Errorf("JPY region: %s", order)
	}
	tv, _ := parseTime("27/05/2026")
	e.note(tv, 9)
	if order, reason := decideDateOrder("", e, RegionEvidence{ShopCurrency: "USD"}); order != orderDMY || !strings.Contains(reason, "row 9 has 27") {
		t.Errorf("evidence: %s %s", order, reason)
	}
	if order, _ := decideDateOrder(orderMDY, e, RegionEvidence{ShopCurrency: "USD"}); order != orderMDY {
		t.Error("the user's choice wins")
	}
}

func TestParseMoney(t *testing.T) {
	cases := []struct {
		in, currency string
		want         int64
		named        string
	}{
		{"$19.99", "", 1999, "USD"}, {"11,000 JPY", "", 11000, "JPY"}, {"BRL 35,91", "", 3591, "BRL"},
		{"S$12.00", "", 1200, "SGD"}, {"120", "USD", 12000, ""}, {"120", "JPY", 120, ""},
		{"1,234.56", "USD", 123456, ""}, {"1.234,56 €", "", 123456, "EUR"}, {"-$4.00", "", -400, "USD"},
		{"($5.00)", "", -500, "USD"}, {"0 JPY", "", 0, "JPY"}, {"₫150.000", "", 150000, "VND"},
		{"Rp 25.000", "", 2500000, "IDR"}, {"RM 9.90", "", 990, "MYR"}, {"฿ 1,250.50", "", 125050, "THB"},
		{"19.999", "USD", 2000, ""}, {"19.995", "EUR", 1999500, ""}, {"1,23,456.50", "INR", 12345650, ""},
		{"1.500", "", 150000, ""},
	}
	for _, c := range cases {
		mv, named, ok := parseMoney(c.in, c.currency)
		cur := c.currency
		if named != "" {
			cur = named
		}
		if !ok || named != c.named || mv.minor(cur) != c.want {
			t.Errorf("parseMoney(%q) = %d %q %v, want %d %q", c.in, mv.minor(cur), named, ok, c.want, c.named)
		}
	}
	for _, bad := range []string{"abc", "12abc", "$", "1.2.3,4,5"} {
		if _, _, ok := parseMoney(bad, "USD"); ok {
			t.Errorf("parseMoney(%q) accepted", bad)
		}
	}
	if mv, _, _ := parseMoney("0.125", ""); mv.minor("USD") != 13 {
		t.Error("rounding half away from zero")
	}
}

func TestStatusDictionary(t *testing.T) {
	m := newStatusMapper()
	for raw, want := range map[string]string{
		"Awaiting shipment": domain.StatusAwaiting, "Completed": domain.StatusCompleted, "Canceled": domain.StatusCancelled,
		"未発送": domain.StatusAwaiting, "完了": domain.StatusCompleted, "จัดส่งแล้ว": domain.StatusShipped,
		"Đã giao": domain.StatusDelivered, "Selesai": domain.StatusCompleted, "Cancelado": domain.StatusCancelled,
		"Em trânsito": domain.StatusShipped, "  in   TRANSIT ": domain.StatusShipped,
		"\u0110a\u0303 giao": domain.StatusDelivered, // decomposed (NFD) Vietnamese
		"Teleported":         domain.StatusUnknown,
	} {
		if got := m.order(raw); got != want {
			t.Errorf("status %q = %s, want %s", raw, got, want)
		}
	}
	m.order("Teleported")
	if len(m.unknown) != 1 || m.unknown[0] != "Teleported" {
		t.Errorf("unknown statuses reported once: %v", m.unknown)
	}
	if returnCounts("Refund rejected") || returnCounts("Cancelled") || returnCounts("Canceled") || !returnCounts("Completed") {
		t.Error("return counting rule")
	}
}
