package feedback

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "afterloop.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func count(t *testing.T, st *store.Store, table string) int {
	t.Helper()
	var n int
	if err := st.DB().QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func rowErrors(res Result) map[int]string {
	out := map[int]string{}
	for _, e := range res.Errors {
		out[e.Row] = e.Message
	}
	return out
}

// A semicolon CSV with a BOM, headers in another order, case and spacing, an
// extra column, TAB-suffixed IDs and day-first dates settled by "27".
const messyReviews = "\ufeff Review Time ;ORDER_ID;  seller sku ;SKU ID;Rating;Review  Text;Extra\n" +
	"27/01/2026 18:03:56\t;578200000000000001\t;LAMP-1;;5;\"Great lamp; works well\";x\n" +
	"03/02/2026 09:00;578200000000000002;;SKU999;4 stars;ok;\n" +
	"29/01/2026 10:00;5.82315E+17;;;3;bad id;\n" +
	"30/01/2026 10:00;;;;6;too many stars;\n" +
	"not a date;;;;5;x;\n" +
	"31/01/2026 10:00;;;;;no rating;\n" +
	";;;;;;\n" +
	"01/02/2026 12:00;;MUG-2;;★★☆☆☆;\"one two three four five six seven eight nine ten eleven\";\n"

func TestImportReviewsMessyFile(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	// The order of the second review is already imported, with one SKU.
	if _, err := st.WriteDB().Exec(`INSERT INTO orders(id, platform, external_id, status) VALUES (7, 'tiktok', '578200000000000002', 'delivered')`); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "reviews.csv", messyReviews)
	res, err := ImportReviews(ctx, st, path, Options{Location: tokyo})
	if err != nil {
		t.Fatal(err)
	}
	errs := rowErrors(res)
	if res.Kind != KindReviews || res.Rows != 7 || res.Created != 3 || res.Skipped != 4 || len(errs) != 4 ||
		!strings.Contains(errs[4], "Excel") || !strings.Contains(errs[5], "1 to 5") || !strings.Contains(errs[6], "not a date") || !strings.Contains(errs[7], "Rating") {
		t.Fatalf("result %+v", res)
	}
	if res.DateOrder != "dmy" || !strings.Contains(res.DateOrderReason, "27") {
		t.Errorf("date order %s (%s)", res.DateOrder, res.DateOrderReason)
	}
	if len(res.UnknownValues) != 1 || !strings.Contains(res.UnknownValues[0], "578200000000000001") {
		t.Errorf("unknown %v", res.UnknownValues)
	}
	var first domain.Review
	row := st.DB().QueryRow(`SELECT order_external_id, COALESCE(order_id, 0), sku, rating, body, word_count, posted_at FROM reviews ORDER BY posted_at LIMIT 1`)
	if err := row.Scan(&first.OrderExternalID, &first.OrderID, &first.SKU, &first.Rating, &first.Body, &first.WordCount, &first.PostedAt); err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 1, 27, 18, 3, 56, 0, tokyo).Unix()
	if first.OrderExternalID != "578200000000000001" || first.SKU != "LAMP-1" || first.Rating != 5 || first.WordCount != 4 || first.PostedAt != want {
		t.Errorf("first review %+v (want time %d)", first, want)
	}
	var linked int64
	var sku string
	var posted int64
	_ = st.DB().QueryRow(`SELECT COALESCE(order_id, 0), sku, posted_at FROM reviews WHERE order_external_id = '578200000000000002'`).Scan(&linked, &sku, &posted)
	if linked != 7 || sku != "SKU999" || posted != time.Date(2026, 2, 3, 9, 0, 0, 0, tokyo).Unix() {
		t.Errorf("linked %d sku %q posted %d", linked, sku, posted)
	}

	// The same file again adds nothing.
	again, err := ImportReviews(ctx, st, path, Options{Location: tokyo})
	if err != nil || again.Created != 0 || again.Unchanged != 3 || count(t, st, "reviews") != 3 {
		t.Fatalf("re-import %+v %v", again, err)
	}
	// The first review's order arrives; the next reviews import links it.
	if _, err := st.WriteDB().Exec(`INSERT INTO orders(id, platform, external_id, status) VALUES (8, 'tiktok', '578200000000000001', 'delivered')`); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportReviews(ctx, st, path, Options{Location: tokyo}); err != nil {
		t.Fatal(err)
	}
	_ = st.DB().QueryRow(`SELECT COALESCE(order_id, 0) FROM reviews WHERE order_external_id = '578200000000000001'`).Scan(&linked)
	if linked != 8 {
		t.Errorf("late link %d", linked)
	}
}

func TestImportReviewsRefusesWrongFiles(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	for name, body := range map[string]string{
		"orders.csv":  "Order ID,Order Status,SKU ID,Quantity\n1,Shipped,2,1\n",
		"empty.csv":   "",
		"picture.csv": "\x89PNG\r\n\x1a\n\x00\x00\x00",
		"notes.txt":   "Rating,Review Time\n5,2026-01-01\n",
		"blank.csv":   "\n,,\n",
	} {
		_, err := ImportReviews(ctx, st, writeFile(t, name, body), Options{})
		if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || e.Message == "" {
			t.Errorf("%s: %v (code %s)", name, err, e.Code)
		}
	}
	if count(t, st, "reviews") != 0 {
		t.Fatal("a refused file wrote reviews")
	}
}

func TestReviewsColumnMapping(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	path := writeFile(t, "custom.csv", "Stars,When,Words,Ref\n4,2026-03-02 10:00,nice and solid,X1\n2,2026-03-03,flimsy,X2\n")
	if _, err := ImportReviews(ctx, st, path, Options{}); apperr.From(err).Details["missing"] != "Review Time" {
		t.Fatalf("unmapped file: %v", apperr.JSON(err))
	}
	pv, err := PreviewFile(ctx, path, KindReviews, Options{})
	if err != nil || !pv.NeedsMapping || strings.Join(pv.Headers, "|") != "Stars|When|Words|Ref" || pv.Rows != 2 || pv.SampleRows[1][2] != "flimsy" ||
		fmt.Sprint(pv.SampleRowNumbers) != "[2 3]" { // numbered as the file is, like skipped-row reports
		t.Fatalf("preview %+v %v", pv, err)
	}
	mapping := map[string]string{"stars": FieldRating, "When": FieldReviewTime, "Words": FieldReviewText, "Ref": FieldOrderID}
	pv, err = PreviewFile(ctx, path, KindReviews, Options{Mapping: mapping})
	if err != nil || pv.NeedsMapping || pv.Mapping[0].Field != FieldOrderID || pv.Mapping[0].Header != "Ref" {
		t.Fatalf("mapped preview %+v %v", pv, err)
	}
	// X1 has a single line key: its review, which names no SKU, gets it.
	if _, err := st.WriteDB().Exec(`INSERT INTO orders(id, platform, external_id, status) VALUES (3, 'tiktok', 'X1', 'delivered');
		INSERT INTO order_lines(order_id, line_no, product_key) VALUES (3, 1, 'MUG'), (3, 2, 'MUG')`); err != nil {
		t.Fatal(err)
	}
	res, err := ImportReviews(ctx, st, path, Options{Mapping: mapping})
	if err != nil || res.Created != 2 || res.DateOrder != "ymd" {
		t.Fatalf("mapped import %+v %v", res, err)
	}
	var sku string
	_ = st.DB().QueryRow(`SELECT sku FROM reviews WHERE order_external_id = 'X1'`).Scan(&sku)
	if sku != "MUG" {
		t.Errorf("SKU from the order: %q", sku)
	}
	fields, _ := Fields(KindComments)
	if len(fields) != 6 || !fields[2].Required {
		t.Errorf("comment fields %+v", fields)
	}
}

func TestImportReviewsXLSX(t *testing.T) {
	st := openStore(t)
	f := excelize.NewFile()
	rows := [][]any{{"Rating", "Order ID", "Review Time", "Review Text", "Seller SKU"},
		{5, "578200000000000009", 46083.75, "works", "LAMP-1"}} // 2026-03-02 18:00
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "reviews.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	res, err := ImportReviews(context.Background(), st, path, Options{})
	if err != nil || res.Created != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	var posted int64
	_ = st.DB().QueryRow(`SELECT posted_at FROM reviews`).Scan(&posted)
	if want := time.Date(2026, 3, 2, 18, 0, 0, 0, time.UTC).Unix(); posted != want {
		t.Errorf("posted %d want %d", posted, want)
	}
}

func TestImportComments(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	body := "video , AUTHOR,Text,Posted_At,Negative\n" +
		"Unboxing,@amy,Box was crushed,2026-03-02 10:00,yes\n" +
		"Unboxing,@bob,Love it,2026-03-02 11:00,No\n" +
		"Demo,@cat,meh,2026-03-03 12:00,maybe\n" +
		"Demo,@dan,,2026-03-03 12:00,1\n" +
		"Demo,@eve,Where is my order,2026-03-04,TRUE\n"
	path := writeFile(t, "comments.csv", body)
	res, err := ImportComments(ctx, st, path, Options{})
	errs := rowErrors(res)
	if err != nil || res.Created != 3 || res.Skipped != 2 || !strings.Contains(errs[4], "yes or no") || !strings.Contains(errs[5], "text") {
		t.Fatalf("%+v %v", res, err)
	}
	res, _ = ImportComments(ctx, st, path, Options{})
	if res.Created != 0 || res.Unchanged != 3 {
		t.Fatalf("re-import %+v", res)
	}
	// Bob's comment re-marked negative: updated in place, not added.
	res, _ = ImportComments(ctx, st, writeFile(t, "c2.csv", strings.Replace(body, "Love it,2026-03-02 11:00,No", "Love it,2026-03-02 11:00,y", 1)), Options{})
	var negatives int
	_ = st.DB().QueryRow(`SELECT SUM(negative) FROM public_comments`).Scan(&negatives)
	if res.Updated != 1 || res.Created != 0 || count(t, st, "public_comments") != 3 || negatives != 3 {
		t.Fatalf("update %+v negatives %d", res, negatives)
	}
	if _, err := ImportComments(ctx, st, writeFile(t, "x.csv", "Video,Author,Text\na,b,c\n"), Options{}); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("no Posted At / Negative: %v", err)
	}
}

func TestParseRating(t *testing.T) {
	for in, want := range map[string]int{"5": 5, "4.0": 4, "3 stars": 3, "1 star": 1, "4/5": 4, "★★★☆☆": 3, " 2 ": 2} {
		if got, ok := parseRating(in); !ok || got != want {
			t.Errorf("%q = %d %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "0", "6", "4.5", "five", "★★★★★★"} {
		if _, ok := parseRating(in); ok {
			t.Errorf("%q accepted", in)
		}
	}
}
