package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestImportTicketsJSON(t *testing.T) {
	db := tempDB(t)
	file := filepath.Join(t.TempDir(), "support.csv")
	body := "Ticket ID , STATUS,opened at,Category,Extra,Buyer Message\n" +
		"T-1,closed,2025-03-07 09:00,Shipping,x,where is it\n" +
		"T-2,new,yesterday,usage,,hello\n" +
		"T-3,new,2025-03-07 10:00,Warranty,,hi\n"
	if err := os.WriteFile(file, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := run(t, "--db", db, "--tz", "Asia/Tokyo", "import", "tickets", file, "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err, stdout)
	}
	for _, k := range []string{"kind", "rows", "created", "updated", "skipped", "errors", "unknown_values"} {
		if _, ok := got[k]; !ok {
			t.Errorf("missing %q in %s", k, stdout)
		}
	}
	errs, _ := got["errors"].([]any)
	unknown, _ := got["unknown_values"].([]any)
	if got["kind"] != "tickets" || got["rows"] != 3.0 || got["created"] != 2.0 || got["skipped"] != 1.0 ||
		len(errs) != 1 || errs[0].(map[string]any)["row"] != 3.0 || len(unknown) != 1 {
		t.Fatalf("%s", stdout)
	}
	code, stdout, _ = run(t, "--db", db, "import", "tickets", file, "--json")
	// The same file again changes nothing: its rows stand as imported.
	if code != ExitOK || json.Unmarshal([]byte(stdout), &got) != nil || got["duplicate"] != true || got["unchanged"] != 2.0 || got["created"] != 0.0 {
		t.Fatalf("re-import %d %s", code, stdout)
	}
	if code, _, _ := run(t, "--db", db, "import", "tickets", filepath.Join(t.TempDir(), "none.csv")); code != ExitBadInput {
		t.Fatalf("missing file exit %d", code)
	}
	if code, _, _ := run(t, "--db", db, "import", "tickets", file, "--platform", "shopify"); code != ExitWrongUsage {
		t.Fatalf("--platform exit %d", code)
	}
	notLog := filepath.Join(t.TempDir(), "x.csv")
	_ = os.WriteFile(notLog, []byte("a,b\n1,2\n"), 0o600)
	if code, _, _ := run(t, "--db", db, "import", "tickets", notLog); code != ExitBadInput {
		t.Fatalf("not a log exit %d", code)
	}
}
