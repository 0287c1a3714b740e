package demo

import (
	"bytes"
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testNow is a fixed "now" so the tests see the same files every run.
var testNow = time.Date(2026, 1, 27, 18, 3, 56, 0, time.UTC)

// table is a parsed export: header positions and data records.
type table struct {
	col     map[string]int
	records [][]string
}

func (tb table) get(rec []string, name string) string { return rec[tb.col[name]] }

func readTable(t *testing.T, path string) table {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.TrimPrefix(data, []byte(byteOrderMark))
	all, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("%s is not valid CSV: %v", path, err)
	}
	tb := table{col: map[string]int{}, records: all[1:]}
	for i, h := range all[0] {
		tb.col[h] = i
	}
	return tb
}

func generateDefault(t *testing.T) (Files, table, table) {
	t.Helper()
	files, err := Generate(t.TempDir(), DefaultShop(), DefaultConfig(testNow))
	if err != nil {
		t.Fatal(err)
	}
	return files, readTable(t, files.Orders), readTable(t, files.Returns)
}

// parseTime reads a tabbed export time; a lone TAB is the zero time.
func parseTime(t *testing.T, cell string, loc *time.Location) time.Time {
	t.Helper()
	if !strings.HasSuffix(cell, "\t") {
		t.Fatalf("time %q does not end with a TAB", cell)
	}
	cell = strings.TrimSuffix(cell, "\t")
	if cell == "" {
		return time.Time{}
	}
	v, err := time.ParseInLocation(timeLayout, cell, loc)
	if err != nil {
		t.Fatalf("time %q: %v", cell, err)
	}
	return v
}

// parseMoney reads "$19.99" as cents.
func parseMoney(t *testing.T, cell string) int64 {
	t.Helper()
	s, ok := strings.CutPrefix(cell, "$")
	whole, frac, ok2 := strings.Cut(s, ".")
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt(frac, 10, 64)
	if !ok || !ok2 || len(frac) != 2 || err1 != nil || err2 != nil {
		t.Fatalf("money %q is not like $19.99", cell)
	}
	return w*100 + f
}

// checkTabbedID fails unless cell is 18-19 digits followed by a TAB.
func checkTabbedID(t *testing.T, what, cell string) {
	t.Helper()
	id, ok := strings.CutSuffix(cell, "\t")
	if !ok || len(id) < 18 || len(id) > 19 || strings.Trim(id, "0123456789") != "" {
		t.Fatalf("%s %q is not 18-19 digits followed by a TAB", what, cell)
	}
}
