package service

import (
	"context"
	"testing"
	"time"

	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

// A first import of an older export fills Due with messages for orders long
// past; one bulk skip clears everything due before a day, with its reason,
// and Undo brings them all back.
func TestSkipBeforeClearsOldDueMessagesAndUndoes(t *testing.T) {
	shop := newShop(t)
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	if _, err := LoadDemo(context.Background(), shop, importer.New(shop.Store), now, nil); err != nil {
		t.Fatal(err)
	}
	rec := &platform.Recorder{}
	svc := NewTimelineService(shop, rec)
	svc.now = func() time.Time { return now }

	before, err := svc.StageCounts()
	if err != nil || before.Due < 50 {
		t.Fatalf("demo due %+v %v", before, err)
	}
	if _, err := svc.SkipBefore("2026-11-15", "  "); err == nil {
		t.Fatal("a bulk skip without a reason was accepted")
	}
	if _, err := svc.SkipBefore("2026-12-30", "later"); err == nil {
		t.Fatal("a cut-off in the future was accepted")
	}
	preview, err := svc.CountBefore("2026-11-15")
	if err != nil || preview.Skipped == 0 || preview.Skipped >= before.Due {
		t.Fatalf("preview %+v of %d due: %v", preview, before.Due, err)
	}
	res, err := svc.SkipBefore("2026-11-15", "Shipped before we used Afterloop")
	if err != nil || res.Skipped != preview.Skipped || len(res.Refs) != res.Skipped {
		t.Fatalf("skip %+v (preview %d): %v", res.Skipped, preview.Skipped, err)
	}
	after, _ := svc.StageCounts()
	if after.Due != before.Due-res.Skipped {
		t.Fatalf("due %d after skipping %d of %d", after.Due, res.Skipped, before.Due)
	}
	left, _ := svc.Queue(TabDue, QueueFilter{Limit: 1000})
	for _, it := range left.Items {
		if it.DueAt < res.CutoffAt {
			t.Fatalf("still due from before the cut-off: %s %s at %d", it.ExternalOrderID, it.Stage, it.DueAt)
		}
	}
	done, _ := svc.Queue(TabDone, QueueFilter{Limit: 5})
	if len(done.Items) == 0 || done.Items[0].Action == nil || done.Items[0].Action.Reason != "Shipped before we used Afterloop" {
		t.Fatalf("done tab %+v", done.Items)
	}

	undone, err := svc.UndoSkipped(res.Refs)
	if err != nil || undone != res.Skipped {
		t.Fatalf("undo %d of %d: %v", undone, res.Skipped, err)
	}
	back, _ := svc.StageCounts()
	if back.Due != before.Due {
		t.Fatalf("due %d after undo, was %d", back.Due, before.Due)
	}
}

// "Before my first import" resolves to the day the first order export came in.
func TestSkipBeforeFirstImportUsesTheImportDay(t *testing.T) {
	shop, svc, _ := timelineShop(t)
	if _, err := svc.CountBefore(FirstImport); err == nil {
		t.Fatal("first-import with no import was accepted")
	}
	importSample(t, shop, nil)
	first, _ := shop.Store.FirstOrderImportAt(context.Background())
	res, err := svc.CountBefore(FirstImport)
	if err != nil || res.Cutoff != time.Unix(first, 0).In(la).Format("2006-01-02") {
		t.Fatalf("cut-off %+v for first import at %d: %v", res, first, err)
	}
}

// Orders with a return or refund under way keep their messages in the queue
// and say so on the card.
func TestDueCardsShowReturnsInProcess(t *testing.T) {
	shop := newShop(t)
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	if _, err := LoadDemo(context.Background(), shop, importer.New(shop.Store), now, nil); err != nil {
		t.Fatal(err)
	}
	svc := NewTimelineService(shop, &platform.Recorder{})
	svc.now = func() time.Time { return now }
	page, err := svc.Queue(TabDue, QueueFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	marked := map[string]int{}
	for _, it := range page.Items {
		if it.ReturnState == "" {
			continue
		}
		marked[it.ReturnState]++
		d, _ := shop.Store.GetOrder(context.Background(), it.OrderID)
		counting := 0
		for _, r := range d.Returns {
			if r.CountsAsRefund {
				counting++
			}
		}
		if counting == 0 && d.Order.RefundAmount == 0 {
			t.Fatalf("order %s marked %s without a return or refund", it.ExternalOrderID, it.ReturnState)
		}
	}
	if marked[store.ReturnInProcess]+marked[store.ReturnRefunded] == 0 {
		t.Fatalf("no due card shows a return among %d", len(page.Items))
	}
}
