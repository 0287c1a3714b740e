package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestHealthJSONAndTheWorkbookSheet loads the demo shop, prints shop health
// as JSON (the documented keys, exactly) and checks the scorecard workbook's
// "Shop health" sheet, opened by LibreOffice, shows the same counts.
func TestHealthJSONAndTheWorkbookSheet(t *testing.T) {
	db := tempDB(t)
	if code, _, stderr := run(t, "--db", db, "demo"); code != ExitOK {
		t.Fatal(stderr)
	}
	out := filepath.Join(t.TempDir(), "scorecard.xlsx")
	if code, _, stderr := run(t, "--db", db, "scorecard", "-o", out); code != ExitOK {
		t.Fatal(stderr)
	}
	sheet := healthSheet(t, out)
	asOf := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`).FindString(sheet[0][0])
	code, stdout, stderr := run(t, "--db", db, "health", "--on", asOf, "--json")
	if code != ExitOK {
		t.Fatal(stderr)
	}
	var doc struct {
		AsOf    string                    `json:"as_of"`
		Metrics map[string]map[string]any `json:"metrics"`
		Levers  []map[string]any          `json:"levers"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || doc.AsOf != asOf {
		t.Fatalf("health JSON %s: %v", stdout, err)
	}
	wantMetrics := sorted("nrr", "non_buyer_fault_refund_rate", "sfcr", "ldr", "ldr_rts", "otdr", "response_rate_12h", "response_rate_24h")
	got := make(map[string]any, len(doc.Metrics))
	for k := range doc.Metrics {
		got[k] = true
	}
	if !reflect.DeepEqual(keys(got), wantMetrics) {
		t.Fatalf("metrics %v", keys(got))
	}
	for k, m := range doc.Metrics {
		if !reflect.DeepEqual(keys(m), sorted("numerator", "denominator", "rate", "window_days", "target", "confidence")) {
			t.Fatalf("%s has keys %v", k, keys(m))
		}
	}
	if len(doc.Levers) == 0 {
		t.Fatal("no levers on the demo shop")
	}
	for _, l := range doc.Levers {
		if !reflect.DeepEqual(keys(l), sorted("metric", "text", "sku", "reason", "records", "rate_if_fixed")) {
			t.Fatalf("lever keys %v", keys(l))
		}
	}
	// The sheet lists the metrics in catalog order with the same counts.
	order := []string{"nrr", "non_buyer_fault_refund_rate", "sfcr", "ldr", "ldr_rts", "otdr", "response_rate_12h", "response_rate_24h"}
	for i, key := range order {
		row := sheet[4+i]
		m := doc.Metrics[key]
		num, _ := strconv.Atoi(strings.ReplaceAll(row[2], ",", ""))
		den, _ := strconv.Atoi(strings.ReplaceAll(row[3], ",", ""))
		if float64(num) != m["numerator"] || float64(den) != m["denominator"] || row[7] != m["confidence"] {
			t.Errorf("%s: sheet %v, JSON %v", key, row, m)
		}
	}
}

// healthSheet opens the workbook with LibreOffice and returns its Shop
// health sheet as rows.
func healthSheet(t *testing.T, xlsx string) [][]string {
	t.Helper()
	bin := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
		}
	}
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("LibreOffice (soffice) is not installed")
		}
		t.Skip("LibreOffice (soffice) is not installed")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Filter options: comma, quote, UTF-8, from row 1, ..., -1 = every sheet to its own file.
	cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
		"--outdir", dir, xlsx)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, strings.TrimSuffix(filepath.Base(xlsx), ".xlsx")+"-Shop health.csv"))
	if err != nil {
		t.Fatalf("the workbook has no Shop health sheet: %v", err)
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
