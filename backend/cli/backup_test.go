package cli

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"afterloop/backend/store"
)

func stats(t *testing.T, db string) map[string]int {
	t.Helper()
	code, out, errOut := run(t, "--db", db, "stats", "--json")
	if code != ExitOK {
		t.Fatalf("stats: %s", errOut)
	}
	var m map[string]int
	json.Unmarshal([]byte(out), &m)
	return m
}

// --db with '#' in a folder name uses that folder, not the part before '#'.
func TestDatabasePathWithHashOpensThatFile(t *testing.T) {
	sample := filepath.Join(cwdSamples(t), "tiktok_orders_jp.csv")
	dir := t.TempDir()
	t.Chdir(dir)
	code, _, errOut := run(t, "--db", "Bob#1/Afterloop/afterloop.db", "import", "orders", sample)
	if code != ExitOK {
		t.Fatal(errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "Bob#1", "Afterloop", "afterloop.db")); err != nil {
		t.Fatalf("database not where asked: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "Bob")); err == nil {
		t.Fatal("a file ./Bob was written instead")
	}
}

func cwdSamples(t *testing.T) string {
	t.Helper()
	abs, err := filepath.Abs(samples)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// Another program's database is refused with a clear line, not extended.
func TestForeignDatabaseIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.sqlite")
	db, _ := sql.Open("sqlite", path)
	db.Exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
	db.Close()
	before, _ := os.ReadFile(path)
	code, _, errOut := run(t, "--db", path, "stats")
	if code != ExitBadInput || !strings.Contains(errOut, "not an Afterloop database") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the refused file was changed")
	}
}

func TestBackupListRestoreThroughTheCLI(t *testing.T) {
	db := tempDB(t)
	if code, _, errOut := run(t, "--db", db, "import", "orders", samples+"tiktok_orders_jp.csv"); code != ExitOK {
		t.Fatal(errOut)
	}
	before := stats(t, db)
	out := filepath.Join(t.TempDir(), "my copy.db")
	if code, _, errOut := run(t, "--db", db, "backup", "-o", out); code != ExitOK {
		t.Fatal(errOut)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("backup file: %v", err)
	}
	if code, _, errOut := run(t, "--db", db, "import", "orders", samples+"SYNTHETIC_tiktok_orders_us_style.csv"); code != ExitOK {
		t.Fatal(errOut)
	}
	if stats(t, db)["orders"] == before["orders"] {
		t.Fatal("second import changed nothing")
	}
	code, listOut, errOut := run(t, "--db", db, "backups", "list", "--json")
	if code != ExitOK {
		t.Fatal(errOut)
	}
	var list []store.Backup
	if err := json.Unmarshal([]byte(listOut), &list); err != nil || len(list) != 1 || list[0].Reason != store.BackupPreImport {
		t.Fatalf("the second import should have left one pre-import backup: %s %v", listOut, err)
	}
	if code, _, errOut := run(t, "--db", db, "restore", out); code != ExitOK {
		t.Fatal(errOut)
	}
	if got := stats(t, db); got["orders"] != before["orders"] || got["order_lines"] != before["order_lines"] {
		t.Fatalf("after restore %v, want %v", got, before)
	}
	_, listOut, _ = run(t, "--db", db, "backups", "list", "--json")
	json.Unmarshal([]byte(listOut), &list)
	if len(list) != 2 || list[0].Reason != store.BackupPreRestore {
		t.Fatalf("restore kept no safety copy: %s", listOut)
	}
}

// A backup is named, listed and thinned out by the app's clock, so a run on
// a fixed AFTERLOOP_NOW (the browser suite, a bug report) sees the same
// backups folder on any day.
func TestBackupsFollowTheAppClock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "shop", "afterloop.db")
	cliRun(t, "--db", db, "import", "orders", samples+"tiktok_orders_jp.csv")
	cliRun(t, "--db", db, "backup")
	var list []store.Backup
	if err := json.Unmarshal([]byte(cliRun(t, "--db", db, "backups", "list", "--json")), &list); err != nil || len(list) != 1 {
		t.Fatalf("want one backup: %v %v", list, err)
	}
	// childEnv fixes the children's clock at 2026-11-20T12:00:00Z.
	if !strings.HasPrefix(list[0].Name, "afterloop-2026-11-20-") {
		t.Errorf("backup %q is not named by the app clock's day", list[0].Name)
	}
	if made := time.Unix(list[0].At, 0).UTC(); made.Format("2006-01-02") != "2026-11-20" {
		t.Errorf("backup listed as made %v, want 2026-11-20", made)
	}
}
