package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const samples = "../importer/testdata/"

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func tempDB(t *testing.T) string { return filepath.Join(t.TempDir(), "cli.db") }

func TestUsageErrorsExitTwo(t *testing.T) {
	db := tempDB(t)
	for _, args := range [][]string{
		{},
		{"--db", db, "frobnicate"},
		{"--db", db, "import"},
		{"--db", db, "import", "widgets", "x.csv"},
		{"--db", db, "import", "orders", "x.csv", "--platform", "amazon"},
		{"--nope"},
	} {
		code, stdout, stderr := run(t, args...)
		if code != ExitWrongUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if stdout != "" || !strings.Contains(stderr, "usage:") {
			t.Errorf("%v: stdout %q stderr %q", args, stdout, stderr)
		}
	}
}

func TestImportJSONAndStats(t *testing.T) {
	db := tempDB(t)
	code, stdout, stderr := run(t, "--db", db, "--tz", "Asia/Tokyo", "import", "orders", samples+"tiktok_orders_jp.csv", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("stdout is not one JSON document: %v\n%s", err, stdout)
	}
	for _, key := range []string{"platform", "kind", "rows", "orders", "lines", "returns", "created", "updated", "unchanged", "skipped", "errors"} {
		if _, ok := got[key]; !ok {
			t.Errorf("missing key %q in %s", key, stdout)
		}
	}
	if got["platform"] != "tiktok" || got["kind"] != "orders" {
		t.Errorf("platform/kind = %v/%v", got["platform"], got["kind"])
	}
	orders := got["orders"].(float64)
	if orders < 1 || got["created"].(float64) != orders {
		t.Errorf("orders %v created %v", got["orders"], got["created"])
	}

	code, stdout, _ = run(t, "--db", db, "stats", "--json")
	if code != ExitOK {
		t.Fatalf("stats exit %d", code)
	}
	var stats map[string]float64
	if err := json.Unmarshal([]byte(stdout), &stats); err != nil {
		t.Fatal(err)
	}
	if stats["orders"] != orders || stats["import_batches"] != 1 || stats["order_lines"] < orders {
		t.Errorf("stats %v", stats)
	}

	// The same file again changes nothing.
	code, stdout, _ = run(t, "--db", db, "--tz", "Asia/Tokyo", "import", "orders", samples+"tiktok_orders_jp.csv", "--json")
	if code != ExitOK {
		t.Fatal("re-import failed")
	}
	json.Unmarshal([]byte(stdout), &got)
	if got["created"].(float64) != 0 || got["updated"].(float64) != 0 {
		t.Errorf("second import changed data: %s", stdout)
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	db := tempDB(t)
	code, _, stderr := run(t, "--db", db, "import", "returns", samples+"SYNTHETIC_tiktok_returns.csv", "--dry-run", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, stdout, _ := run(t, "--db", db, "stats", "--json")
	var stats map[string]float64
	json.Unmarshal([]byte(stdout), &stats)
	if stats["returns"] != 0 || stats["import_batches"] != 0 {
		t.Errorf("dry run wrote: %v", stats)
	}
}

func TestBadFileExitsOneWithOneLine(t *testing.T) {
	db := tempDB(t)
	notSheet := filepath.Join(t.TempDir(), "photo.xlsx")
	os.WriteFile(notSheet, []byte("\x89PNG\r\n\x1a\nnot a spreadsheet"), 0o644)
	for _, file := range []string{notSheet, filepath.Join(t.TempDir(), "missing.csv")} {
		code, stdout, stderr := run(t, "--db", db, "import", "orders", file, "--json")
		if code != ExitBadInput {
			t.Errorf("%s: exit %d, want 1", file, code)
		}
		if stdout != "" {
			t.Errorf("%s: stdout must stay empty, got %q", file, stdout)
		}
		if lines := strings.Count(strings.TrimSpace(stderr), "\n"); lines != 0 || stderr == "" {
			t.Errorf("%s: want one line on stderr, got %q", file, stderr)
		}
	}
}

// A mistyped command gets the closest one named; help COMMAND prints that
// command's forms without opening any database.
func TestUnknownCommandSuggestsAndHelpNamesTheCommand(t *testing.T) {
	code, _, errOut := run(t, "--db", tempDB(t), "tiket", "list")
	if code != ExitWrongUsage || !strings.Contains(errOut, `did you mean "tickets"?`) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, _, errOut := run(t, "--db", tempDB(t), "zzzzzz"); strings.Contains(errOut, "did you mean") {
		t.Fatalf("a far-off name got a suggestion: %s", errOut)
	}
	db := tempDB(t)
	code, out, _ := run(t, "--db", db, "help", "backup")
	if code != ExitOK || !strings.Contains(out, "backup [-o FILE]") || !strings.Contains(out, "--db PATH") {
		t.Fatalf("help backup: %d %q", code, out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("help created a database")
	}
	if code, _, errOut := run(t, "help", "bakup"); code != ExitWrongUsage || !strings.Contains(errOut, `"backup"`) {
		t.Fatalf("help bakup: %d %s", code, errOut)
	}
}
