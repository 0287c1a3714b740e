package cli

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestCardsListAndExport(t *testing.T) {
	db := tempDB(t)
	if code, _, stderr := run(t, "--db", db, "import", "orders", samples+"SYNTHETIC_tiktok_orders_us_style.csv"); code != ExitOK {
		t.Fatalf("import: %s", stderr)
	}
	code, stdout, stderr := run(t, "--db", db, "cards", "new", "quick_start")
	if code != ExitOK {
		t.Fatalf("new: %s", stderr)
	}
	id := strings.TrimSpace(stdout)
	code, stdout, _ = run(t, "--db", db, "cards", "list", "--json")
	var list []map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &list) != nil || len(list) != 1 || list[0]["kind"] != "quick_start" ||
		list[0]["size"] != "4x6" || list[0]["name"] != "Quick start" || len(list[0]) != 4 {
		t.Fatalf("list %d %s", code, stdout)
	}
	out := filepath.Join(t.TempDir(), "cards.pdf")
	code, stdout, stderr = run(t, "--db", db, "cards", "export", id, "--qty", "3", "--layout", "letter", "-o", out)
	if code != ExitOK || !strings.Contains(stdout, "3 cards on 2 pages (2 per sheet)") {
		t.Fatalf("export %d %s %s", code, stdout, stderr)
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		if b, err := exec.Command("qpdf", "--check", out).CombinedOutput(); err != nil {
			t.Fatalf("qpdf: %s", b)
		}
	}
	// Wrong usage exits 2, bad input 1.
	if code, _, _ := run(t, "--db", db, "cards", "export", id, "--layout", "tabloid", "-o", out); code != ExitWrongUsage {
		t.Errorf("bad layout exit %d", code)
	}
	if code, _, _ := run(t, "--db", db, "cards", "export", id, "--layout", "single"); code != ExitWrongUsage {
		t.Errorf("no -o exit %d", code)
	}
	if code, _, stderr := run(t, "--db", db, "cards", "export", "99", "--layout", "single", "-o", out); code != ExitBadInput || strings.Count(stderr, "\n") != 1 {
		t.Errorf("missing card exit %d: %s", code, stderr)
	}
	if code, _, stderr := run(t, "--db", db, "cards", "export", id, "--sku", "NOPE", "--layout", "a4", "-o", out); code != ExitBadInput || !strings.Contains(stderr, "NOPE") {
		t.Errorf("unknown sku exit %d: %s", code, stderr)
	}
}
