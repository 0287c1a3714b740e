package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func keys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sorted(s ...string) []string {
	sort.Strings(s)
	return s
}

func writeTemp(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestScorecardJSON imports the US sample, a reviews file and a comments
// file through the CLI and checks the documented document key by key.
func TestScorecardJSON(t *testing.T) {
	db := tempDB(t)
	tz := []string{"--db", db, "--tz", "America/Los_Angeles"}
	if code, _, stderr := run(t, append(tz, "import", "orders", samples+"SYNTHETIC_tiktok_orders_us_style.csv")...); code != ExitOK {
		t.Fatal(stderr)
	}
	reviews := writeTemp(t, "reviews.csv", "order id,SKU ID,Rating,Review Text,Review Time\n"+
		"576900000000000001,TEE-BLK-M,5,soft tee,06/15/2024 11:00 PM\n"+
		"576900000000000001,MUG-WHT,two,cracked,06/16/2024 8:00 AM\n")
	code, stdout, stderr := run(t, append(tz, "import", "reviews", reviews, "--json")...)
	var imp map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &imp) != nil {
		t.Fatalf("import reviews: %d %s %s", code, stdout, stderr)
	}
	for _, k := range []string{"kind", "rows", "created", "updated", "unchanged", "skipped", "errors", "unknown_values", "date_order", "date_reason"} {
		if _, ok := imp[k]; !ok {
			t.Fatalf("import reviews JSON misses %q: %s", k, stdout)
		}
	}
	if imp["kind"] != "reviews" || imp["created"] != 1.0 || imp["skipped"] != 1.0 {
		t.Fatalf("import reviews JSON %s", stdout)
	}
	comments := writeTemp(t, "comments.csv", "Video,Author,Text,Posted At,Negative\nTee try-on,@a,love it,2024-06-14 10:00,no\nTee try-on,@b,shrank,2024-06-14 11:00,yes\n")
	if code, stdout, _ := run(t, append(tz, "import", "comments", comments, "--json")...); code != ExitOK || !strings.Contains(stdout, `"created": 2`) {
		t.Fatalf("import comments: %d %s", code, stdout)
	}

	code, stdout, stderr = run(t, append(tz, "scorecard", "--week", "2024-W24", "--json")...)
	if code != ExitOK || stderr != "" {
		t.Fatalf("scorecard: %d %s", code, stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	want := sorted("week", "orders", "units", "revenue", "refund_rate", "refund_by_sku", "first_response",
		"missing_parts_tickets", "reviews", "repeat", "negative_comment_rate")
	if got := keys(doc); !reflect.DeepEqual(got, want) {
		t.Fatalf("keys %v", got)
	}
	sub := map[string][]string{
		"first_response": sorted("opened", "answered", "unanswered", "median_hours", "p90_hours", "within_12h", "within_24h"),
		"reviews":        sorted("count", "avg_rating", "avg_words", "share_11_words"),
		"repeat":         sorted("cohort_buyers", "d30", "d60", "d90"),
	}
	for k, want := range sub {
		if got := keys(doc[k].(map[string]any)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s keys %v", k, got)
		}
	}
	skus := doc["refund_by_sku"].([]any)
	if len(skus) != 2 || !reflect.DeepEqual(keys(skus[0].(map[string]any)), sorted("sku", "eligible_lines", "refunded_lines", "rate")) {
		t.Fatalf("refund_by_sku %v", skus)
	}
	first := skus[0].(map[string]any)
	if first["sku"] != "MUG-WHT" || first["refunded_lines"] != 1.0 || first["rate"] != 1.0 {
		t.Errorf("most refunded SKU %v", first)
	}
	fr := doc["first_response"].(map[string]any)
	rv := doc["reviews"].(map[string]any)
	rp := doc["repeat"].(map[string]any)
	if doc["week"] != "2024-W24" || doc["orders"] != 1.0 || doc["units"] != 3.0 || doc["refund_rate"] != 0.5 ||
		doc["revenue"] != 47.98 || doc["missing_parts_tickets"] != 0.0 ||
		fr["opened"] != 0.0 || fr["median_hours"] != nil || fr["within_12h"] != nil ||
		rv["count"] != 1.0 || rv["avg_rating"] != 5.0 || rv["avg_words"] != 2.0 || rv["share_11_words"] != 0.0 ||
		rp["cohort_buyers"] != 1.0 || rp["d30"] != nil || doc["negative_comment_rate"] != 0.5 {
		t.Errorf("values %s", stdout)
	}

	// -o saves the workbook; --json still prints only the document.
	book := filepath.Join(t.TempDir(), "week.xlsx")
	code, stdout, _ = run(t, append(tz, "scorecard", "--week", "2024-W24", "--json", "-o", book)...)
	if st, err := os.Stat(book); code != ExitOK || err != nil || st.Size() == 0 || json.Unmarshal([]byte(stdout), &doc) != nil {
		t.Fatalf("-o: exit %d, %v", code, err)
	}
	code, stdout, _ = run(t, append(tz, "scorecard", "--week", "2024-W24")...)
	if code != ExitOK || !strings.Contains(stdout, "Refund rate") || !strings.Contains(stdout, "MUG-WHT") {
		t.Errorf("table: %s", stdout)
	}
}

func TestScorecardExitCodes(t *testing.T) {
	db := tempDB(t)
	// An empty database is not an error: counts are zero, rates null.
	code, stdout, _ := run(t, "--db", db, "scorecard", "--json")
	var doc map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &doc) != nil || doc["refund_rate"] != nil || doc["orders"] != 0.0 {
		t.Fatalf("empty: %d %s", code, stdout)
	}
	for _, args := range [][]string{
		{"scorecard", "--week", "2024-W60"},
		{"scorecard", "--week", "last"},
		{"scorecard", "extra"},
		{"scorecard", "--nope"},
		{"--tz", "Mars/Base", "scorecard"},
		{"import", "reviews", "x.csv", "--platform", "tiktok"},
		{"import", "reviews", "x.csv", "--date-order", "dym"},
	} {
		if code, stdout, stderr := run(t, append([]string{"--db", db}, args...)...); code != ExitWrongUsage || stdout != "" || stderr == "" {
			t.Errorf("%v: exit %d stdout %q", args, code, stdout)
		}
	}
	wrong := writeTemp(t, "orders.csv", "Order ID,Status\n1,Shipped\n")
	for _, args := range [][]string{
		{"import", "reviews", filepath.Join(t.TempDir(), "missing.csv")},
		{"import", "comments", wrong, "--json"},
		{"scorecard", "-o", filepath.Join(t.TempDir(), "no", "such", "folder.xlsx")},
	} {
		code, stdout, stderr := run(t, append([]string{"--db", db}, args...)...)
		if code != ExitBadInput || stdout != "" || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
			t.Errorf("%v: exit %d stdout %q stderr %q", args, code, stdout, stderr)
		}
	}
}
