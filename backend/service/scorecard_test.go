package service

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/scorecard"
)

// scorecardShop imports the US sample through the real importer (order 1:
// tee ×2 and a mug returned in the order export, created Saturday 15 June
// 2024 in Los Angeles, ISO week 2024-W24; order 2 cancelled) and sets the
// clock to the following Thursday.
func scorecardShop(t *testing.T) (*Shop, *ScorecardService, *platform.Recorder) {
	t.Helper()
	shop, _, _ := timelineShop(t)
	importSample(t, shop, nil)
	rec := &platform.Recorder{}
	svc := NewScorecardService(shop, rec)
	svc.now = func() time.Time { return time.Date(2024, 6, 20, 12, 0, 0, 0, la) }
	return shop, svc, rec
}

func TestScorecardWeekFromImportedOrders(t *testing.T) {
	_, svc, _ := scorecardShop(t)
	if got := svc.DefaultWeek(); got != "2024-W24" {
		t.Fatalf("default week %s", got)
	}
	v, err := svc.Week("")
	if err != nil {
		t.Fatal(err)
	}
	m := v.Metrics
	// Tee 2 × $17.99 after discount = $35.98, mug $12.00; the mug's return
	// quantity makes one of two lines refunded. The cancelled order is out.
	if v.Week != "2024-W24" || m.Orders != 1 || m.Units != 3 || m.Revenue.AmountMinor != 4798 || m.Revenue.Currency != "USD" ||
		m.RefundedLines != 1 || m.EligibleLines != 2 || *m.RefundRate != 0.5 {
		t.Fatalf("metrics %+v", m)
	}
	if v.ShopName != "Juniper & Pine" || v.TimeZone != "America/Los_Angeles" || len(v.Tiles) != len(scorecard.Catalog) || !v.Sources.Orders || v.Sources.Reviews {
		t.Errorf("view %s %s %d %+v", v.ShopName, v.TimeZone, len(v.Tiles), v.Sources)
	}
	d, err := svc.Drill(scorecard.DrillRequest{Week: "2024-W24", Metric: "refund_rate", SKU: "MUG-WHT"})
	if err != nil || d.Total != 1 || !d.Lines[0].Refunded || d.Lines[0].OrderExternalID != usOrder1 || d.Lines[0].ReturnQuantity != 1 {
		t.Fatalf("drill %+v %v", d, err)
	}
	if _, err := svc.Week("2024-W99"); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Errorf("bad week: %v", err)
	}
}

func TestScorecardExportThroughSaveDialog(t *testing.T) {
	_, svc, rec := scorecardShop(t)
	res, err := svc.Export("2024-W24")
	if err != nil || res.Path != "" {
		t.Fatalf("cancelled dialog: %+v %v", res, err)
	}
	rec.SavePathResult = filepath.Join(t.TempDir(), "team scorecard") // no extension typed
	res, err = svc.Export("2024-W24")
	if err != nil || res.Path != rec.SavePathResult+".xlsx" {
		t.Fatalf("%+v %v", res, err)
	}
	f, err := excelize.OpenFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 5 || got[0] != scorecard.SheetSummary || got[1] != scorecard.SheetHealth || got[3] != scorecard.SheetTrends {
		t.Errorf("sheets %v", got)
	}
	if h, _ := f.GetCellValue(scorecard.SheetHealth, "A5"); h != "Negative review rate" {
		t.Errorf("Shop health sheet starts with %q", h)
	}
	title, _ := f.GetCellValue(scorecard.SheetSummary, "A1")
	if title != "Juniper & Pine — Weekly scorecard 2024-W24" {
		t.Errorf("title %q", title)
	}
}

func TestScorecardFeedbackAndTargets(t *testing.T) {
	shop, svc, rec := scorecardShop(t)
	path := filepath.Join(t.TempDir(), "reviews.csv")
	body := "Order ID,Rating,Review Text,Review Time\n" + usOrder1 + ",4,good tee but the mug cracked,06/18/2024 9:00 AM\n,9,?,06/18/2024\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	// Reviews come in through the one import flow, recognised by their headers.
	imp := NewImportService(shop, nil, rec)
	pv, err := imp.Preview(path, ImportOptions{})
	if err != nil || pv.NeedsMapping || pv.Rows != 2 || pv.Kind != domain.KindReviews {
		t.Fatalf("preview %+v %v", pv, err)
	}
	res, err := imp.Run(path, ImportOptions{})
	if err != nil || res.Created != 1 || res.Skipped != 1 || res.Errors[0].Row != 3 {
		t.Fatalf("import %+v %v", res, err)
	}
	if len(rec.EventsNamed(EventDataChanged)) != 1 {
		t.Errorf("events %+v", rec.Events)
	}
	if res, _ := imp.Run(path, ImportOptions{}); res.Created != 0 || !res.Duplicate || len(rec.EventsNamed(EventDataChanged)) != 1 {
		t.Errorf("re-import %+v: nothing changed, no event expected", res)
	}
	// Comments logged by hand in Support count in the scorecard too.
	if _, err := NewSupportService(shop, rec).SaveComment(domain.PublicComment{Video: "Mug demo", Body: "mine came cracked",
		Negative: true, PostedAt: time.Date(2024, 6, 17, 10, 0, 0, 0, la).Unix()}); err != nil {
		t.Fatal(err)
	}
	v, err := svc.Week("2024-W25")
	if err != nil {
		t.Fatal(err)
	}
	if v.Metrics.Reviews.Count != 1 || *v.Metrics.Reviews.AvgRating != 4 || *v.Metrics.NegativeCommentRate != 1 {
		t.Fatalf("W25 reviews %+v comments %v", v.Metrics.Reviews, v.Metrics.NegativeCommentRate)
	}
	targets, err := svc.SaveTargets([]scorecard.Target{{Key: "avg_rating", Target: ptrFloat(3.5), Direction: scorecard.Up}})
	if err != nil || *targets[12].Target != 3.5 {
		t.Fatalf("targets %v", err)
	}
	if got, _ := svc.Targets(); *got[12].Target != 3.5 {
		t.Errorf("saved target %v", *got[12].Target)
	}
	if reset, _ := svc.ResetTargets(); *reset[12].Target != 4.5 {
		t.Errorf("reset target %v", *reset[12].Target)
	}
}

func ptrFloat(v float64) *float64 { return &v }
