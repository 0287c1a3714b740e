package scorecard

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// soffice finds LibreOffice, or skips on a developer machine without it. In
// CI (make test sets CI=true via .ci/run) a missing LibreOffice fails: the
// workbook check must never silently not run there.
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missingTool(t, "LibreOffice (soffice) is not installed: install libreoffice-calc (build/scripts/setup.sh) to check the exported workbook opens and matches")
	return ""
}

func missingTool(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// convert runs LibreOffice headless with a private profile (parallel test
// runs must not share one) and returns the output folder.
func convert(t *testing.T, bin, file, to string) string {
	t.Helper()
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", to, "--outdir", dir, file)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", to, err, out)
	}
	return dir
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("LibreOffice wrote no %s: %v", filepath.Base(path), err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// cellNumber reads a number as LibreOffice exports it ("40%", "$75.00",
// "12.0 h"); ok is false for an empty cell.
func cellNumber(t *testing.T, s string) (float64, bool) {
	t.Helper()
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	scale := 1.0
	if strings.HasSuffix(s, "%") {
		s, scale = strings.TrimSuffix(s, "%"), 0.01
	}
	s = strings.NewReplacer("$", "", ",", "", " h", "", "+", "").Replace(s)
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("cell %q is not a number", s)
	}
	return v * scale, true
}

// jsonAt reads a dotted path from a decoded JSON document.
func jsonAt(doc map[string]any, path string) any {
	var cur any = doc
	for _, k := range strings.Split(path, ".") {
		cur = cur.(map[string]any)[k]
	}
	return cur
}

// reportPaths maps each metric to its place in the CLI JSON document.
var reportPaths = map[string]string{
	"orders": "orders", "units": "units", "revenue": "revenue", "refund_rate": "refund_rate",
	"tickets_opened": "first_response.opened", "unanswered": "first_response.unanswered",
	"first_response_median": "first_response.median_hours", "first_response_p90": "first_response.p90_hours",
	"within_12h": "first_response.within_12h", "within_24h": "first_response.within_24h",
	"missing_parts": "missing_parts_tickets", "reviews": "reviews.count", "avg_rating": "reviews.avg_rating",
	"avg_words": "reviews.avg_words", "share_11_words": "reviews.share_11_words", "cohort_buyers": "repeat.cohort_buyers",
	"repeat_30": "repeat.d30", "repeat_60": "repeat.d60", "repeat_90": "repeat.d90", "negative_comment_rate": "negative_comment_rate",
}

func reportJSON(t *testing.T, m Metrics) map[string]any {
	t.Helper()
	body, err := json.Marshal(NewReport(m))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// sameAsJSON compares a cell with a JSON value (null = empty cell).
func sameAsJSON(t *testing.T, where, cell string, want any, scale float64) {
	t.Helper()
	got, ok := cellNumber(t, cell)
	if want == nil {
		if ok {
			t.Errorf("%s: cell %q, JSON null", where, cell)
		}
		return
	}
	w := want.(float64) * scale
	if !ok || got-w > 1e-9 || w-got > 1e-9 {
		t.Errorf("%s: cell %q, JSON %v", where, cell, w)
	}
}

func TestExportMatchesJSONInLibreOffice(t *testing.T) {
	bin := soffice(t)
	f := weekTenFixture(t)
	f.exec(`INSERT INTO products(key, name) VALUES ('A', 'Desk lamp, brushed brass'), ('B', 'Mug'), ('C', 'Cable')`)
	v := buildWeek(t, f, "2026-W10")
	dir := t.TempDir()
	book := filepath.Join(dir, "scorecard.xlsx")
	if err := ExportFile(v, book, time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := convert(t, bin, book, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
	sheet := func(name string) [][]string { return readCSV(t, filepath.Join(out, "scorecard-"+name+".csv")) }
	now, last := reportJSON(t, v.Metrics), reportJSON(t, v.Previous)

	summary := sheet(SheetSummary)
	if !strings.Contains(summary[0][0], "Juniper") || !strings.Contains(summary[0][0], "2026-W10") {
		t.Errorf("title %q", summary[0][0])
	}
	rows := map[string][]string{}
	for _, r := range summary[summaryHeaderRow:] {
		if len(r) > 2 {
			rows[r[1]] = r
		}
	}
	for _, d := range Catalog {
		r, ok := rows[d.Label]
		if !ok {
			t.Errorf("Summary has no row %q", d.Label)
			continue
		}
		scale := 1.0 // revenue is in dollars in both
		sameAsJSON(t, d.Key+" this week", r[2], jsonAt(now, reportPaths[d.Key]), scale)
		sameAsJSON(t, d.Key+" last week", r[3], jsonAt(last, reportPaths[d.Key]), scale)
	}
	if r := rows["Refund rate"]; r[7] != statusBadText || r[5] == "" {
		t.Errorf("refund row %v", r)
	}

	refunds := sheet(SheetRefunds)
	bySKU := map[string][]string{}
	for _, r := range refunds[refundsHeaderRow:] {
		bySKU[r[0]] = r
	}
	for _, s := range now["refund_by_sku"].([]any) {
		s := s.(map[string]any)
		r := bySKU[s["sku"].(string)]
		if r == nil {
			t.Errorf("no refund row for %v", s["sku"])
			continue
		}
		sameAsJSON(t, "eligible "+r[0], r[2], s["eligible_lines"], 1)
		sameAsJSON(t, "refunded "+r[0], r[3], s["refunded_lines"], 1)
		sameAsJSON(t, "rate "+r[0], r[4], s["rate"], 1)
	}
	if bySKU["A"][1] != "Desk lamp, brushed brass" {
		t.Errorf("product name %q", bySKU["A"][1])
	}
	sameAsJSON(t, "all SKUs", bySKU["All SKUs"][4], now["refund_rate"], 1)

	trends := sheet(SheetTrends)
	if got := strings.Join(trends[trendsHeaderRow-1][1:], ","); got != strings.Join(v.Trend.Weeks, ",") {
		t.Errorf("trend weeks %s", got)
	}
	for k, d := range Catalog {
		r := trends[trendsHeaderRow+k]
		if r[0] != d.Label {
			t.Fatalf("trend row %d is %q, want %q", k, r[0], d.Label)
		}
		scale := 1.0
		// The last week of the trend is the week itself, as in the JSON.
		sameAsJSON(t, d.Key+" trend", r[12], jsonAt(now, reportPaths[d.Key]), scale)
		for i, val := range v.Trend.Series[k].Values {
			var want any
			if val != nil {
				want = *val
			}
			sameAsJSON(t, d.Key+" week "+v.Trend.Weeks[i], r[i+1], want, scale)
		}
	}

	definitions := strings.Join(func() []string {
		var all []string
		for _, r := range sheet(SheetDefinitions) {
			all = append(all, strings.Join(r, " "))
		}
		return all
	}(), "\n")
	for _, d := range Catalog {
		if !strings.Contains(definitions, d.Definition) {
			t.Errorf("Definitions lacks %s", d.Key)
		}
	}
}

// TestExportPrintsCleanly converts the workbook to PDF as a reader's viewer
// would and checks the printed text: every sheet there, no "###" where a
// column is too narrow for its number, and a sensible page count.
func TestExportPrintsCleanly(t *testing.T) {
	bin := soffice(t)
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		missingTool(t, "pdftotext (poppler-utils) is not installed")
	}
	f := weekTenFixture(t)
	v := buildWeek(t, f, "2026-W10")
	book := filepath.Join(t.TempDir(), "scorecard.xlsx")
	if err := ExportFile(v, book, time.Now()); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(convert(t, bin, book, "pdf"), "scorecard.pdf")
	text, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	for _, want := range []string{"Juniper — Weekly scorecard 2026-W10", "Refunds by SKU — 2026-W10", "12-week trends", "Definitions",
		"Needs attention", "What to fix", "$75.00", "Page 1 of"} {
		if !strings.Contains(s, want) {
			t.Errorf("PDF lacks %q", want)
		}
	}
	if strings.Contains(s, "###") {
		t.Error("a number is too wide for its column (### in the PDF)")
	}
	if pages := strings.Count(s, "\f"); pages < 4 || pages > 10 {
		t.Errorf("%d pages", pages)
	}
}
