package timeline

import (
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/policy"
)

func input() Input {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	// Paid Friday 2026-01-30 18:00 Tokyo.
	paidAt := time.Date(2026, 1, 30, 18, 0, 0, 0, tokyo).Unix()
	return Input{
		Order: domain.Order{ExternalID: "576900000000000001", BuyerUsername: "buyer_one", PaidAt: paidAt, RTSAt: paidAt + 3600,
			TrackingID: "9400100000000000000001", Carrier: "USPS"},
		Lines: []domain.OrderLine{
			{ProductKey: "LAMP", ProductName: "Mushroom Glass Table Lamp - Dimmable Bedside Light", Variation: "Amber", Quantity: 1, Category: "Home"},
			{ProductKey: "MUG", ProductName: "Logo Mug", Variation: "White", Quantity: 2, Category: "Home"},
		},
		Content: map[string]domain.ProductContent{"LAMP": {
			SetupSteps: []string{"Screw in the bulb", "Set the shade", "Plug in"}, CommonIssue: "Light flickers",
			CommonFixes: []string{"Screw the bulb in firmly", "Use the 4 W bulb"}, ReviewTips: "how it looks at night"}},
		ShopName: "Juniper & Pine", ProcessingDays: 2, ShipWeekdays: []int{1, 2, 3, 4, 5}, Location: tokyo,
	}
}

func TestPlaceholdersWithData(t *testing.T) {
	body := "Hi {{buyer_name}} from {{ shop_name }}: {{items}} | {{processing_days}} days, by {{ship_by_date}} | " +
		"{{carrier}} {{tracking_number}} {{tracking_link}} ({{shipping_status}}) | {{setup_steps}} | {{common_issue}}: {{common_fixes}} | {{review_tips}} | {{order_id}}"
	r := Render(body, nil, input())
	for _, want := range []string{
		"Hi buyer_one from Juniper & Pine",
		"• 1 × Mushroom Glass Table Lamp - Dimmable Bedside Light (Amber)\n• 2 × Logo Mug (White)",
		"2 days, by Tue, Feb 3", // Friday evening + 2 ship days, weekend skipped
		"USPS 9400100000000000000001 https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000001 (label created)",
		"1. Screw in the bulb\n2. Set the shade\n3. Plug in",
		"Light flickers: • Screw the bulb in firmly\n• Use the 4 W bulb",
		"how it looks at night", "576900000000000001",
	} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("missing %q in\n%s", want, r.Text)
		}
	}
	if len(r.Unfilled) != 0 {
		t.Errorf("unfilled %v", r.Unfilled)
	}
}

func TestPlaceholdersWithoutDataUseFallbacksOrAreFlagged(t *testing.T) {
	in := input()
	in.Order.BuyerUsername = "J*** D***" // masked by the platform: not a name
	in.Order.TrackingID, in.Order.Carrier = "", ""
	in.Content = nil
	in.Lines = in.Lines[1:]
	r := Render("Hi {{buyer_name}}, {{tracking_link}} {{setup_steps}} {{review_tips}} {{product}} {{unknown_thing}}", map[string]string{"buyer_name": "there"}, in)
	if !strings.HasPrefix(r.Text, "Hi there, {{tracking_link}} {{setup_steps}}") {
		t.Errorf("text %q", r.Text)
	}
	if strings.Join(r.Unfilled, ",") != "setup_steps,tracking_link,unknown_thing" {
		t.Errorf("unfilled %v", r.Unfilled)
	}
	if !strings.Contains(r.Text, "how it looks and works in your space") || !strings.Contains(r.Text, " Logo Mug ") {
		t.Errorf("category review tips or product missing: %q", r.Text)
	}
}

func TestTrackingLinksAndShipBy(t *testing.T) {
	for carrier, prefix := range map[string]string{
		"USPS": "https://tools.usps.com/", "UPS Ground": "https://www.ups.com/", "FedEx": "https://www.fedex.com/",
		"DHL eCommerce": "https://www.dhl.com/", "ヤマト運輸": "https://toi.kuronekoyamato.co.jp/", "佐川急便": "https://k2k.sagawa-exp.co.jp/",
		"J&T Express": "https://t.17track.net/", "Unknown Local Courier": "",
	} {
		got := TrackingLink(carrier, "123")
		if prefix == "" && got != "" || !strings.HasPrefix(got, prefix) {
			t.Errorf("%s: %q", carrier, got)
		}
	}
	sat := time.Date(2026, 1, 31, 10, 0, 0, 0, time.UTC)
	if got := ShipBy(sat, 0, []int{1, 2, 3, 4, 5}); got.Weekday() != time.Monday {
		t.Errorf("0 days from Saturday: %s", got.Weekday())
	}
	// Shipping Tuesdays and Thursdays: Tue Feb 3, Thu Feb 5, Tue Feb 10.
	if got := ShipBy(sat, 3, []int{2, 4}); got.Format("Mon Jan 2") != "Tue Feb 10" {
		t.Errorf("ship by %s", got.Format("Mon Jan 2"))
	}
}

func TestDefaultTemplatesPassTheGuardForARealOrder(t *testing.T) {
	for _, st := range domain.Stages {
		tmpl := DefaultTemplate(st)
		r := Render(tmpl.Body, tmpl.Fallbacks, input())
		fs := policy.Check(r.Text, policy.Context{Purpose: Purpose(st), LinkAllowList: domain.DefaultLinkAllowList, Ignore: r.Ignore})
		for _, f := range fs {
			if f.Rule != policy.RuleMarketing {
				t.Errorf("%s: %s %q", st, f.Rule, f.Match)
			}
		}
		if len(r.Unfilled) != 0 {
			t.Errorf("%s: unfilled %v", st, r.Unfilled)
		}
		// With no data at all every default still renders completely (the
		// check-in only applies to orders whose products have an issue).
		empty := Render(tmpl.Body, tmpl.Fallbacks, Input{})
		if len(empty.Unfilled) != 0 && st != domain.StageSupportCheckIn {
			t.Errorf("%s without data: unfilled %v", st, empty.Unfilled)
		}
	}
}

func TestProductNamesAreNotPolicyText(t *testing.T) {
	in := input()
	in.Lines[0].ProductName = "Free Gift Box - 5 Star Hotel Pillow"
	tmpl := DefaultTemplate(domain.StageReviewRequest)
	r := Render(tmpl.Body, tmpl.Fallbacks, in)
	if fs := policy.Check(r.Text, policy.Context{Purpose: policy.PurposeReviewRequest, Ignore: r.Ignore}); len(fs) != 0 {
		t.Errorf("product name flagged: %+v", fs)
	}
}
