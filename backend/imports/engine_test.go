package imports

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// A support log chosen with the main Import button is recognised as a
// support log (it has an Order ID column too) and creates its tickets.
func TestSupportLogThroughMainImportIsTickets(t *testing.T) {
	st := openStore(t)
	eng := New(st)
	ctx := context.Background()
	path := writeFile(t, "support log.csv", supportLog)
	pv, err := eng.Preview(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Kind != domain.KindTickets || pv.DetectedKind != domain.KindTickets || !strings.Contains(pv.KindReason, "support log") {
		t.Fatalf("preview kind %s (%s)", pv.Kind, pv.KindReason)
	}
	res, err := eng.Import(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != domain.KindTickets || res.Created != 2 || res.Skipped != 2 || res.Rows != 4 {
		t.Fatalf("result %+v", res)
	}
	if n := count(t, st, "tickets"); n != 2 {
		t.Fatalf("%d tickets stored", n)
	}
	if n := count(t, st, "orders"); n != 0 {
		t.Fatalf("%d orders stored from a support log", n)
	}
	// The ticket ID broken by a line break is skipped with its reason.
	found := false
	for _, e := range res.Errors {
		found = found || e.Row == 4 && strings.Contains(e.Message, "line break")
	}
	if !found {
		t.Fatalf("errors %+v", res.Errors)
	}
}

// The seller can change the kind the engine recognised.
func TestKindChosenOverridesDetection(t *testing.T) {
	st := openStore(t)
	eng := New(st)
	path := writeFile(t, "log.csv", supportLog)
	pv, err := eng.Preview(context.Background(), path, Options{Kind: domain.KindOrders})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Kind != domain.KindOrders || pv.DetectedKind != domain.KindTickets || pv.KindReason != "chosen by you" {
		t.Fatalf("preview kind %s detected %s (%s)", pv.Kind, pv.DetectedKind, pv.KindReason)
	}
}

// Reviews and comments imports are in the import history and can be
// undone like any other; undoing a re-import puts the earlier rating back.
func TestReviewsAndCommentsInHistoryWithUndo(t *testing.T) {
	st := openStore(t)
	eng := New(st)
	ctx := context.Background()
	first, err := eng.Import(ctx, writeFile(t, "reviews.csv", reviewsFile), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if first.Kind != domain.KindReviews || first.Created != 2 || first.Skipped != 1 || first.BatchID == 0 {
		t.Fatalf("reviews %+v", first)
	}
	edited := strings.Replace(reviewsFile, "2,Arrived late", "4,Arrived late", 1)
	second, err := eng.Import(ctx, writeFile(t, "reviews2.csv", edited), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if second.Updated != 1 || second.Unchanged != 1 {
		t.Fatalf("re-import %+v", second)
	}
	comments, err := eng.Import(ctx, writeFile(t, "comments.csv", commentsFile), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if comments.Kind != domain.KindComments || comments.Created != 2 {
		t.Fatalf("comments %+v", comments)
	}
	history, err := eng.History(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, b := range history {
		kinds[b.Kind]++
	}
	if kinds[domain.KindReviews] != 2 || kinds[domain.KindComments] != 1 {
		t.Fatalf("history %+v", history)
	}
	// The first import cannot be undone while the later one is in place.
	if _, err := eng.Undo(ctx, first.BatchID); err == nil {
		t.Fatal("undo under a later import")
	}
	if _, err := eng.Undo(ctx, second.BatchID); err != nil {
		t.Fatal(err)
	}
	var rating int
	if err := st.DB().QueryRow("SELECT rating FROM reviews WHERE body = 'Arrived late'").Scan(&rating); err != nil || rating != 2 {
		t.Fatalf("rating after undo %d %v", rating, err)
	}
	if _, err := eng.Undo(ctx, first.BatchID); err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Undo(ctx, comments.BatchID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, "reviews") + count(t, st, "public_comments"); n != 0 {
		t.Fatalf("%d rows left after undo", n)
	}
	// Undone, the same file imports again.
	again, err := eng.Import(ctx, writeFile(t, "reviews.csv", reviewsFile), Options{})
	if err != nil || again.Duplicate || again.Created != 2 {
		t.Fatalf("after undo %+v %v", again, err)
	}
}

// A support-log import is undone like any other.
func TestTicketsImportUndo(t *testing.T) {
	st := openStore(t)
	eng := New(st)
	ctx := context.Background()
	res, err := eng.Import(ctx, writeFile(t, "log.csv", supportLog), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Undo(ctx, res.BatchID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, "tickets"); n != 0 {
		t.Fatalf("%d tickets after undo", n)
	}
}

// Nothing silently lost, nothing invented: for every fixture, every data
// row is created, updated, unchanged or skipped with a reason, on a first
// import and on a re-import of an overlapping copy.
func TestEveryRowAccountedForInEveryFixture(t *testing.T) {
	for _, f := range allFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			st := openStore(t)
			eng := New(st)
			ctx := context.Background()
			opts := Options{Location: time.UTC}
			res, err := eng.Import(ctx, f.path, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkAccounted(t, res, f.kind)
			body, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			again, err := eng.Import(ctx, writeFile(t, "copy"+extOf(f.path), string(body)+"\n"), opts)
			if err != nil {
				t.Fatal(err)
			}
			checkAccounted(t, again, f.kind)
			if again.Created != 0 || again.Unchanged+again.Updated != res.Created+res.Updated+res.Unchanged {
				t.Fatalf("re-import %+v after %+v", again, res)
			}
			if h, _ := eng.History(ctx); len(h) != 2 {
				t.Fatalf("history has %d entries", len(h))
			}
		})
	}
}

func checkAccounted(t *testing.T, res *Result, kind string) {
	t.Helper()
	if res.Kind != kind {
		t.Fatalf("kind %s (%s), want %s", res.Kind, res.KindReason, kind)
	}
	if res.Rows == 0 || res.Rows != res.Created+res.Updated+res.Unchanged+res.Skipped {
		t.Fatalf("rows %d != created %d + updated %d + unchanged %d + skipped %d", res.Rows, res.Created, res.Updated, res.Unchanged, res.Skipped)
	}
	if len(res.Errors) != res.Skipped {
		t.Fatalf("%d skipped rows but %d reasons", res.Skipped, len(res.Errors))
	}
	for _, e := range res.Errors {
		if e.Row < 2 || strings.TrimSpace(e.Message) == "" {
			t.Fatalf("skipped row without a reason: %+v", e)
		}
	}
	if res.DateOrder == "" || res.DateReason == "" {
		t.Fatalf("no date order reported: %+v", res)
	}
}

func extOf(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i:]
	}
	return ""
}

var _ = store.ChangeCreated

// The preview of any kind asks the date order with a real cell when no
// value of the file settles it, and the seller's answer is used.
func TestPreviewAsksDateOrderForEveryKind(t *testing.T) {
	st := openStore(t)
	eng := New(st)
	ctx := context.Background()
	body := "Order ID,Seller SKU,Rating,Review Text,Review Time\n" +
		"578200000000000001,LAMP-1,5,Great lamp,10/05/2026 18:03\n" +
		"578200000000000002,LAMP-1,2,Arrived late,11/05/2026 09:00\n"
	path := writeFile(t, "reviews.csv", body)
	pv, err := eng.Preview(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !pv.DateOrderAsk || pv.DateSample == nil || pv.DateSample.Raw != "10/05/2026 18:03" ||
		pv.DateSample.DayFirst != "10 May 2026" || pv.DateSample.MonthFirst != "5 October 2026" || pv.DateSample.Row != 2 {
		t.Fatalf("preview did not ask: %+v %+v", pv.DateOrderAsk, pv.DateSample)
	}
	res, err := eng.Import(ctx, path, Options{DateOrder: "dmy"})
	if err != nil {
		t.Fatal(err)
	}
	if res.DateOrder != "dmy" || res.DateReason != "chosen in the import options" {
		t.Fatalf("result %+v", res)
	}
	var posted int64
	if err := st.DB().QueryRow("SELECT posted_at FROM reviews WHERE body = 'Great lamp'").Scan(&posted); err != nil {
		t.Fatal(err)
	}
	if got := time.Unix(posted, 0).UTC(); got.Month() != time.May || got.Day() != 10 {
		t.Fatalf("posted %v", got)
	}
	pv, _ = eng.Preview(ctx, writeFile(t, "settled.csv", body+"578200000000000003,LAMP-1,4,ok,25/05/2026 09:00\n"), Options{})
	if pv.DateOrderAsk {
		t.Fatalf("asked although row 4 settles it: %+v", pv)
	}
}
