package scorecard

import (
	"strings"
	"testing"

	"afterloop/backend/apperr"
)

func buildWeek(t *testing.T, f *fixture, week string) *View {
	t.Helper()
	w, err := ParseWeek(week)
	if err != nil {
		t.Fatal(err)
	}
	v, err := Build(f.ctx, f.st, ShopInfo{Name: "Juniper", Currency: "USD", Location: f.loc}, w)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func tile(t *testing.T, v *View, key string) Tile {
	t.Helper()
	for _, tl := range v.Tiles {
		if tl.Key == key {
			return tl
		}
	}
	t.Fatalf("no tile %s", key)
	return Tile{}
}

func TestBuildTilesTrendsAndHints(t *testing.T) {
	f := weekTenFixture(t)
	v := buildWeek(t, f, "2026-W10")
	if v.Week != "2026-W10" || v.Label != "2 Mar – 8 Mar 2026" || v.Previous.Week != "2026-W09" || len(v.Tiles) != len(Catalog) {
		t.Fatalf("view %s %q prev %s tiles %d", v.Week, v.Label, v.Previous.Week, len(v.Tiles))
	}
	if len(v.Trend.Weeks) != TrendWeeks || v.Trend.Weeks[0] != "2025-W51" || v.Trend.Weeks[11] != "2026-W10" || len(v.Trend.Series) != len(Catalog) {
		t.Fatalf("trend weeks %v", v.Trend.Weeks)
	}
	orders := tile(t, v, "orders")
	near(t, "orders", orders.Value, 3)
	near(t, "orders last week", orders.Previous, 1)
	near(t, "orders change", orders.Change, 2)
	if orders.Status != StatusGood || orders.Target != nil || len(orders.Spark) != TrendWeeks {
		t.Errorf("orders tile %+v", orders)
	}
	refund := tile(t, v, "refund_rate")
	near(t, "refund change", refund.Change, 0.4)
	if refund.Status != StatusBad || refund.Trend != StatusBad || *refund.Target != 0.03 {
		t.Errorf("refund tile %+v", refund)
	}
	revenue := tile(t, v, "revenue")
	near(t, "revenue in dollars", revenue.Value, 75)
	if r60 := tile(t, v, "repeat_60"); !r60.NotMature || r60.MatureOn != v.Metrics.Repeat.MatureOn[1] || r60.Status != StatusNoData {
		t.Errorf("repeat_60 tile %+v", r60)
	}
	if tile(t, v, "avg_rating").Empty != "" {
		t.Error("reviews exist: no empty message expected")
	}
	if len(v.RefundBySKU) != 3 || v.RefundBySKU[0].SKU != "A" || v.RefundBySKU[0].PreviousEligible != 1 {
		t.Errorf("refund rows %+v", v.RefundBySKU)
	}
	near(t, "A change", v.RefundBySKU[0].Change, 0.5)

	byMetric := map[string]Hint{}
	for _, h := range v.Hints {
		byMetric[h.Metric] = h
	}
	// Refunds: A and C each have one refund above last week's rate (0); A
	// comes first in the table.
	if h := byMetric["refund_rate"]; h.SKU != "A" || !strings.Contains(h.Text, "Damaged (1)") || h.Drill == nil || h.Drill.Filter != FilterRefunded {
		t.Errorf("refund hint %+v", h)
	}
	if h := byMetric["missing_parts"]; h.SKU != "B" || h.Count != 2 || !strings.Contains(h.Text, "Packout error (1)") {
		t.Errorf("missing-parts hint %+v", h)
	}
	if h := byMetric["tickets_opened"]; h.Subcategory != "damaged" || h.Count != 2 || h.SKU != "A" {
		t.Errorf("tickets hint %+v", h)
	}
	if _, ok := byMetric["avg_rating"]; ok {
		t.Error("no rating last week: nothing moved, no hint")
	}
}

func TestEmptyStatesSayWhatToImport(t *testing.T) {
	f := newFixture(t, "UTC")
	v := buildWeek(t, f, "2026-W02")
	if got := tile(t, v, "avg_rating").Empty; got != "Import reviews to see ratings." {
		t.Errorf("empty rating: %q", got)
	}
	if tile(t, v, "orders").Empty == "" || tile(t, v, "negative_comment_rate").Empty == "" {
		t.Error("missing empty states")
	}
	if tile(t, v, "repeat_30").NotMature {
		t.Error("no buyers: not 'not mature', just no data")
	}
	if len(v.Hints) != 0 {
		t.Errorf("hints on no data: %+v", v.Hints)
	}
}

func TestTargetsSaveAndJudge(t *testing.T) {
	f := weekTenFixture(t)
	defaults, err := LoadTargets(f.ctx, f.st)
	if err != nil || len(defaults) != len(Catalog) {
		t.Fatalf("%v %d", err, len(defaults))
	}
	_, err = SaveTargets(f.ctx, f.st, []Target{{Key: "refund_rate", Target: ptr(5), Direction: Down}, {Key: "nope", Direction: Up}})
	if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || e.Details["refund_rate"] == "" || e.Details["nope"] == "" {
		t.Fatalf("bad targets accepted: %v", err)
	}
	saved, err := SaveTargets(f.ctx, f.st, []Target{{Key: "refund_rate", Target: ptr(0.5), Direction: Down}, {Key: "orders", Target: ptr(10), Direction: Up}})
	if err != nil {
		t.Fatal(err)
	}
	if saved[0].Key != "orders" || *saved[0].Target != 10 {
		t.Errorf("saved %+v", saved[0])
	}
	v := buildWeek(t, f, "2026-W10")
	if tile(t, v, "refund_rate").Status != StatusGood || tile(t, v, "orders").Status != StatusBad {
		t.Errorf("status after targets: refund %s orders %s", tile(t, v, "refund_rate").Status, tile(t, v, "orders").Status)
	}
	// Clearing a target: judged against last week again.
	if _, err := SaveTargets(f.ctx, f.st, []Target{{Key: "orders", Target: nil, Direction: Up}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := LoadTargets(f.ctx, f.st); got[0].Target != nil || *got[3].Target != 0.5 {
		t.Errorf("after clearing: %+v %+v", got[0], got[3])
	}
}

func TestDrillBehindNumbers(t *testing.T) {
	f := weekTenFixture(t)
	drill := func(metric, sku, filter string) DrillResult {
		t.Helper()
		res, err := Drill(f.ctx, f.st, f.loc, DrillRequest{Week: "2026-W10", Metric: metric, SKU: sku, Filter: filter})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	if r := drill("refund_rate", "A", ""); r.Kind != DrillKindLines || r.Total != 2 || !r.Lines[0].Refunded || r.Lines[0].OrderExternalID != "O1" ||
		r.Lines[0].ReturnReason != "Damaged" || r.Lines[1].Refunded {
		t.Errorf("refund lines %+v", r)
	}
	if r := drill("refund_rate", "", FilterRefunded); r.Total != 2 {
		t.Errorf("refunded lines %d", r.Total)
	}
	if r := drill("orders", "", ""); r.Total != 5 {
		t.Errorf("order lines %d", r.Total)
	}
	if r := drill("missing_parts", "", ""); r.Kind != DrillKindTickets || r.Total != 2 || r.Tickets[0].FirstResponseAt != 0 || r.Tickets[0].SKU != "B" {
		t.Errorf("missing parts %+v", r)
	}
	if r := drill("within_12h", "", FilterOver12h); r.Total != 3 { // 13 h, 30 h, unanswered
		t.Errorf("over 12 h %d", r.Total)
	}
	if r := drill("avg_rating", "", ""); r.Total != 4 || r.Reviews[0].Rating != 2 {
		t.Errorf("reviews %+v", r)
	}
	if r := drill("negative_comment_rate", "", FilterNegative); r.Total != 2 {
		t.Errorf("comments %d", r.Total)
	}
	if r := drill("repeat_30", "", ""); r.Kind != DrillKindBuyers || r.Total != 3 || r.Buyers[0].FirstOrderExternalID != "O1" || r.Buyers[0].NextAt == 0 {
		t.Errorf("cohort %+v", r)
	}
	if _, err := Drill(f.ctx, f.st, f.loc, DrillRequest{Week: "2026-W99", Metric: "orders"}); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Errorf("bad week: %v", err)
	}
}
