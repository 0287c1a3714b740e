package service

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/store"
	"afterloop/backend/voc"
)

func vocShop(t *testing.T, now time.Time) (*Shop, *VocService, *platform.Recorder) {
	t.Helper()
	shop := newShop(t)
	if err := shop.Store.SaveSettings(context.Background(), domain.Settings{ShopName: "Test", TimeZone: "America/Los_Angeles",
		Currency: "USD", ProcessingDays: 2}); err != nil {
		t.Fatal(err)
	}
	rec := &platform.Recorder{}
	svc := NewVocService(shop, rec)
	svc.now = func() time.Time { return now }
	return shop, svc, rec
}

// TestVocOnTheDemoShop runs the log over the demo shop, whose generator
// plants defects: the charging stand ships without its cable or adapter
// (returns "Missing parts"), and the serum's leaking pump was fixed 42 days
// before "now". The suggestions must find the first, and the impact panel
// must see the second improve.
func TestVocOnTheDemoShop(t *testing.T) {
	now := time.Date(2026, 5, 20, 15, 0, 0, 0, time.UTC)
	shop, svc, rec := vocShop(t, now)
	if _, err := LoadDemo(context.Background(), shop, importer.New(shop.Store), now, nil); err != nil {
		t.Fatal(apperr.JSON(err))
	}
	sug, err := svc.Suggest()
	if err != nil {
		t.Fatal(err)
	}
	var stand *voc.Suggestion
	for i, s := range sug.Items {
		if s.Key == "subcategory|JP-CHG-3IN1-BLK|missing_parts" {
			stand = &sug.Items[i]
		}
	}
	if stand == nil || stand.Returns < voc.SuggestMinCount || len(stand.Examples) == 0 || stand.ProductName == "" {
		t.Fatalf("the planted missing-parts problem was not suggested: %+v", sug.Items)
	}
	created, err := svc.Create(stand.Prefill)
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if len(rec.EventsNamed(EventDataChanged)) != 1 {
		t.Fatalf("events %+v", rec.Events)
	}
	after, _ := svc.Suggest()
	for _, s := range after.Items {
		if s.Key == stand.Key {
			t.Fatal("the suggestion stays after its entry was created")
		}
	}
	d, err := svc.Get(created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Impact != nil || len(d.Series.Weeks) != voc.DefaultWeeks || d.Series.LastFourWeeks == 0 || d.Linked.ReturnsTotal == 0 {
		t.Fatalf("entry page: impact %v, %d weeks, last four %d, returns %d", d.Impact, len(d.Series.Weeks),
			d.Series.LastFourWeeks, d.Linked.ReturnsTotal)
	}

	loc := shop.Location(context.Background())
	fixed := now.AddDate(0, 0, -42).In(loc).Format(domain.DateLayout)
	serum, err := svc.Create(domain.VocEntry{Title: "Pump leaks in transit", SKUs: []string{"JP-SRM-VC30"},
		Subcategory: domain.SubDamaged, RootCause: domain.RootCauseFragileComponent})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	serum, err = svc.Update(serum.ID, store.VocPatch{FixShippedOn: &fixed, FixKind: strPtr(domain.FixSupplier)})
	if err != nil || serum.Status != domain.VocShipped {
		t.Fatalf("%+v %v", serum, err)
	}
	im, err := svc.Impact(serum.ID, 4)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("serum: %s", im.Message)
	if im.Verdict != voc.VerdictImproved || *im.After.RefundRate >= *im.Before.RefundRate {
		t.Fatalf("the fixed defect should show as improved: %+v", im)
	}
	// The demo's own two entries (serum leak, lamp flicker) plus the two above.
	list, err := svc.List(VocFilter{})
	if err != nil || len(list.Rows) != 4 {
		t.Fatalf("%+v %v", list, err)
	}
	if list.Rows[0].LastFourWeeks < list.Rows[1].LastFourWeeks {
		t.Errorf("not sorted by frequency: %+v", list.Rows)
	}
	verdicts, err := svc.Verdicts([]int64{created.ID, serum.ID, 999})
	if err != nil || len(verdicts) != 2 || verdicts[0].Verdict != "" || verdicts[1].Verdict != voc.VerdictImproved {
		t.Fatalf("verdicts %+v %v", verdicts, err)
	}
}

func strPtr(s string) *string { return &s }

func TestVocServiceDeleteRestoreAndExport(t *testing.T) {
	now := time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC)
	shop, svc, rec := vocShop(t, now)
	mate, err := shop.Store.SaveTeamMember(context.Background(), domain.TeamMember{Name: "Aiko", Role: "support"})
	if err != nil {
		t.Fatal(err)
	}
	a, err := svc.Create(domain.VocEntry{Title: "Charger missing", SKUs: []string{"LAMP"}, Subcategory: domain.SubMissingParts,
		Owner: domain.OwnerTeammate, OwnerTeammateID: mate.ID, FixShippedOn: "2026-02-02", Fix: "Checklist at packing"})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if _, err := svc.Create(domain.VocEntry{Title: "Lid cracks", SKUs: []string{"MUG"}, Owner: "creative"}); err != nil {
		t.Fatal(err)
	}
	if err := svc.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Get(a.ID); apperr.From(err).Code != apperr.CodeNotFound {
		t.Fatalf("deleted entry: %v", err)
	}
	if l, _ := svc.List(VocFilter{}); len(l.Rows) != 1 {
		t.Fatalf("list after delete: %d", len(l.Rows))
	}
	if back, err := svc.Restore(a.ID); err != nil || back.DeletedAt != 0 || back.Title != a.Title {
		t.Fatalf("restore: %+v %v", back, err)
	}
	if got := len(rec.EventsNamed(EventDataChanged)); got != 4 {
		t.Fatalf("%d data-changed events, want 4", got)
	}

	// Cancelled dialog: nothing written.
	if res, err := svc.Export(); err != nil || res.Path != "" {
		t.Fatalf("cancel: %+v %v", res, err)
	}
	rec.SavePathResult = filepath.Join(t.TempDir(), "voc.xlsx")
	res, err := svc.Export()
	if err != nil || res.Entries != 2 || len(rec.Opened) != 1 {
		t.Fatalf("%+v %v opened %v", res, err, rec.Opened)
	}
	f, err := excelize.OpenFile(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const sheet = "Voice of Customer"
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) != 3 || rows[0][0] != "ID" || rows[0][1] != "Issue" {
		t.Fatalf("rows %v %v", rows, err)
	}
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Fatalf("header not frozen: %+v %v", panes, err)
	}
	col := -1
	for i, h := range rows[0] {
		if h == "Fix shipped" {
			col = i + 1
		}
	}
	var shippedRow int
	for r := 1; r < len(rows); r++ {
		if rows[r][1] == "Charger missing" {
			shippedRow = r + 1
		}
	}
	cell, _ := excelize.CoordinatesToCellName(col, shippedRow)
	shown, _ := f.GetCellValue(sheet, cell)
	raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	// 2 February 2026 is serial 46055 in the 1900 date system.
	if shown != "2026-02-02" || raw != "46055" {
		t.Fatalf("shipped date shows %q, stored %q", shown, raw)
	}
	ownerCol := 0
	for i, h := range rows[0] {
		if h == "Owner" {
			ownerCol = i
		}
	}
	if rows[shippedRow-1][ownerCol] != "Aiko" {
		t.Errorf("owner %q", rows[shippedRow-1][ownerCol])
	}
	if w, _ := f.GetColWidth(sheet, "B"); w != 40 {
		t.Errorf("issue column width %v", w)
	}
}

func TestVocServiceDismiss(t *testing.T) {
	now := time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC)
	shop, svc, _ := vocShop(t, now)
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		_, err := shop.Store.WriteDB().ExecContext(ctx, `INSERT INTO tickets(channel, category, subcategory, status, buyer_text,
			opened_at, sku, created_at, updated_at) VALUES ('tiktok_chat', 'product_issue', 'damaged', 'new', 'cracked', ?, 'MUG', 0, 0)`,
			now.Add(-time.Duration(i+1)*24*time.Hour).Unix())
		if err != nil {
			t.Fatal(err)
		}
	}
	sug, err := svc.Suggest()
	if err != nil || len(sug.Items) != 1 {
		t.Fatalf("%+v %v", sug, err)
	}
	key := sug.Items[0].Key
	if err := svc.Dismiss("subcategory|NOPE|damaged"); apperr.From(err).Code != apperr.CodeNotFound {
		t.Fatalf("unknown key: %v", err)
	}
	if err := svc.Dismiss(key); err != nil {
		t.Fatal(err)
	}
	if sug, _ = svc.Suggest(); len(sug.Items) != 0 || sug.Dismissed != 1 {
		t.Fatalf("after dismiss: %+v", sug)
	}
	if err := svc.Undismiss(key); err != nil {
		t.Fatal(err)
	}
	if sug, _ = svc.Suggest(); len(sug.Items) != 1 {
		t.Fatalf("after undo: %+v", sug)
	}
}
