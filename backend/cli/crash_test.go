package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/demo"
	"afterloop/backend/safefile"
	"afterloop/backend/store"
)

// The crash tests run the real command-line tool as a child process and
// kill it with SIGKILL at random moments. Whatever the moment, the next
// start must find an intact database holding either everything the command
// did or nothing of it, and an export's target either the previous file or
// a complete new one. AFTERLOOP_CRASH_RUNS sets the kills per case.

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
)

func buildCLI(t *testing.T) string {
	t.Helper()
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "afterloop-crash-cli-")
		if err != nil {
			cliErr = err
			return
		}
		cliPath = filepath.Join(dir, "afterloop-cli")
		out, err := exec.Command("go", "build", "-o", cliPath, "afterloop/backend/cmd/afterloop-cli").CombinedOutput()
		if err != nil {
			cliErr = fmt.Errorf("build the CLI: %w\n%s", err, out)
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return cliPath
}

// childEnv fixes "now" for the children: the demo shop depends on it, and
// every run must build the same one.
func childEnv() []string { return append(os.Environ(), "AFTERLOOP_NOW=2026-11-20T12:00:00Z") }

func crashRuns(t *testing.T) int {
	if testing.Short() {
		t.Skip("crash tests kill the CLI 50 times per case; skipped with -short")
	}
	if n, err := strconv.Atoi(os.Getenv("AFTERLOOP_CRASH_RUNS")); err == nil && n > 0 {
		return n
	}
	return 50
}

// cliRun runs the built CLI to completion and fails the test on an error.
func cliRun(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(buildCLI(t), args...)
	cmd.Env = childEnv()
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("afterloop-cli %v: %v\n%s", args, err, errOut.String())
	}
	return out.String()
}

// snapshot counts what a user would notice in the shop.
func snapshot(t *testing.T, db string) string {
	t.Helper()
	st, err := store.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatalf("the next start cannot open the database: %v", err)
	}
	defer st.Close()
	rows, err := st.DB().Query("PRAGMA integrity_check")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var line string
		rows.Scan(&line)
		if line != "ok" {
			t.Fatalf("integrity_check: %s", line)
		}
	}
	rows.Close()
	var parts []string
	for _, table := range []string{"orders", "order_lines", "returns", "customers", "tickets", "reviews", "public_comments", "voc_entries", "team_members", "import_batches"} {
		var n int
		if err := st.DB().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, fmt.Sprintf("%s=%d", table, n))
	}
	var undone int
	st.DB().QueryRow("SELECT count(*) FROM import_batches WHERE undone_at IS NOT NULL").Scan(&undone)
	return strings.Join(parts, " ") + fmt.Sprintf(" undone=%d", undone)
}

func copyDB(t *testing.T, from, dir string) string {
	t.Helper()
	to := filepath.Join(dir, "afterloop.db")
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return to
}

type crashCase struct {
	base   string                          // database the command starts from
	args   func(db, dir string) []string   // the command
	target string                          // export file name in dir, if any
	valid  func(t *testing.T, path string) // a complete target
	extra  []string                        // snapshots also acceptable (restore)
}

// killRepeatedly runs the case once to the end to learn its outcome and
// duration, then kills it at random moments within that time.
func killRepeatedly(t *testing.T, c crashCase) {
	runs := crashRuns(t)
	bin := buildCLI(t)
	before := snapshot(t, copyDB(t, c.base, t.TempDir()))
	doneDir := t.TempDir()
	doneDB := copyDB(t, c.base, doneDir)
	started := time.Now()
	cliRun(t, c.args(doneDB, doneDir)...)
	took := time.Since(started)
	after := snapshot(t, doneDB)
	if c.target != "" {
		c.valid(t, filepath.Join(doneDir, c.target))
	}
	allowed := append([]string{before, after}, c.extra...)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	outcomes := map[string]int{}
	for i := 0; i < runs; i++ {
		dir := t.TempDir()
		db := copyDB(t, c.base, dir)
		var previous []byte
		if c.target != "" {
			previous = []byte("the previous export, complete")
			os.WriteFile(filepath.Join(dir, c.target), previous, 0o644)
		}
		cmd := exec.Command(bin, c.args(db, dir)...)
		cmd.Env = childEnv()
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(rng.Int63n(int64(took) + 1))
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		got := snapshot(t, db) // the next start
		ok := false
		for _, a := range allowed {
			ok = ok || got == a
		}
		if !ok {
			t.Fatalf("run %d (killed after %v): half-done data\n got  %s\n want %s", i, delay, got, strings.Join(allowed, "\n  or  "))
		}
		outcomes[got]++
		if c.target != "" {
			path := filepath.Join(dir, c.target)
			if b, err := os.ReadFile(path); err != nil {
				t.Fatalf("run %d: the previous export is gone: %v", i, err)
			} else if !bytes.Equal(b, previous) {
				c.valid(t, path)
				outcomes["new export"]++
			}
		}
		safefile.RemoveStale(dir) // what the next write into the folder does
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".afterloop") {
				t.Fatalf("run %d: temporary file %s left after the next start", i, e.Name())
			}
		}
	}
	t.Logf("%d kills within %v: %v", runs, took, outcomes)
}

// Shared starting databases, made once.
var (
	basesOnce sync.Once
	bases     struct{ empty, imported, twoImports, demo, smallBackup, cards string }
	// demoFiles are the demo shop's exports (orders, returns, support log,
	// reviews, comments); demoOrders has only its orders imported.
	demoFiles  demo.Files
	demoOrders string
)

func crashBases(t *testing.T) {
	t.Helper()
	basesOnce.Do(func() {
		dir, err := os.MkdirTemp("", "afterloop-crash-bases-")
		if err != nil {
			t.Fatal(err)
		}
		p := func(name string) string { return filepath.Join(dir, name, "afterloop.db") }
		bases.empty, bases.imported, bases.twoImports, bases.demo = p("empty"), p("imported"), p("two"), p("demo")
		cliRun(t, "--db", bases.empty, "stats")
		cliRun(t, "--db", bases.imported, "import", "orders", cwdSamples(t)+"/tiktok_orders_jp.csv")
		cliRun(t, "--db", bases.twoImports, "import", "orders", cwdSamples(t)+"/tiktok_orders_jp.csv")
		cliRun(t, "--db", bases.twoImports, "import", "orders", cwdSamples(t)+"/SYNTHETIC_tiktok_orders_us_style.csv")
		cliRun(t, "--db", bases.demo, "demo")
		cliRun(t, "--db", bases.demo, "cards", "new", "quick_start")
		files, err := demo.Generate(filepath.Join(dir, "exports"), demo.DefaultShop(), demo.Config{
			Now: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC), Location: time.UTC, Months: 6, OrdersPerDay: 20, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		demoFiles, demoOrders = files, p("demo-orders")
		cliRun(t, "--db", demoOrders, "import", "orders", files.Orders)
		bases.smallBackup = filepath.Join(dir, "small-backup.db")
		cliRun(t, "--db", bases.imported, "backup", "-o", bases.smallBackup)
	})
}

func validXLSX(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("%s is not a complete workbook: %v", filepath.Base(path), err)
	}
	f.Close()
}

func validPDF(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) || !bytes.Contains(b[max(0, len(b)-64):], []byte("%%EOF")) {
		t.Fatalf("%s is not a complete PDF (%d bytes)", filepath.Base(path), len(b))
	}
}

func validBackup(t *testing.T, path string) {
	t.Helper()
	if err := store.CheckFile(context.Background(), path, "integrity_check"); err != nil {
		t.Fatalf("backup %s: %v", filepath.Base(path), err)
	}
}

func TestCrashDuringImport(t *testing.T) {
	crashBases(t)
	killRepeatedly(t, crashCase{base: bases.imported, args: func(db, _ string) []string {
		return []string{"--db", db, "import", "orders", cwdSamples(t) + "/SYNTHETIC_tiktok_orders_us_style.csv"}
	}})
}

// Every kind of import is all or nothing: the demo shop's returns, support
// log, reviews and comments, each imported into a shop holding its orders.
func TestCrashDuringImportOfEachKind(t *testing.T) {
	crashBases(t)
	for _, c := range []struct{ kind, file string }{
		{"returns", demoFiles.Returns}, {"tickets", demoFiles.SupportLog},
		{"reviews", demoFiles.Reviews}, {"comments", demoFiles.Comments},
	} {
		t.Run(c.kind, func(t *testing.T) {
			killRepeatedly(t, crashCase{base: demoOrders, args: func(db, _ string) []string {
				return []string{"--db", db, "import", c.kind, c.file}
			}})
		})
	}
}

func TestCrashDuringDemoLoad(t *testing.T) {
	crashBases(t)
	killRepeatedly(t, crashCase{base: bases.empty, args: func(db, _ string) []string {
		return []string{"--db", db, "demo"}
	}})
	// A killed demo load never blocks the next one: killed early (a full
	// load takes about a second on an idle machine, longer on a busy one),
	// the shop is still empty and the next load goes through; a load that
	// finished before the kill is complete, and a second one is refused.
	dir := t.TempDir()
	db := copyDB(t, bases.empty, dir)
	empty := snapshot(t, db)
	cmd := exec.Command(buildCLI(t), "--db", db, "demo")
	cmd.Env = childEnv()
	cmd.Start()
	time.Sleep(150 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if snapshot(t, db) == empty {
		cliRun(t, "--db", db, "demo")
	}
	if got := snapshot(t, db); got == empty || strings.Contains(got, " tickets=0 ") {
		t.Fatalf("after a killed demo load and a second try the shop is not complete: %s", got)
	}
}

func TestCrashDuringUndo(t *testing.T) {
	crashBases(t)
	killRepeatedly(t, crashCase{base: bases.twoImports, args: func(db, _ string) []string {
		return []string{"--db", db, "undo", "2"}
	}})
}

func TestCrashDuringBackup(t *testing.T) {
	crashBases(t)
	killRepeatedly(t, crashCase{base: bases.demo, target: "copy.db", valid: validBackup, args: func(db, dir string) []string {
		return []string{"--db", db, "backup", "-o", filepath.Join(dir, "copy.db")}
	}})
}

func TestCrashDuringRestore(t *testing.T) {
	crashBases(t)
	killRepeatedly(t, crashCase{base: bases.demo, args: func(db, _ string) []string {
		return []string{"--db", db, "restore", bases.smallBackup}
	}})
}

func TestCrashDuringExports(t *testing.T) {
	crashBases(t)
	t.Run("voc", func(t *testing.T) {
		killRepeatedly(t, crashCase{base: bases.demo, target: "voc.xlsx", valid: validXLSX, args: func(db, dir string) []string {
			return []string{"--db", db, "voc", "export", "-o", filepath.Join(dir, "voc.xlsx")}
		}})
	})
	t.Run("scorecard", func(t *testing.T) {
		killRepeatedly(t, crashCase{base: bases.demo, target: "scorecard.xlsx", valid: validXLSX, args: func(db, dir string) []string {
			return []string{"--db", db, "scorecard", "-o", filepath.Join(dir, "scorecard.xlsx")}
		}})
	})
	t.Run("cards", func(t *testing.T) {
		killRepeatedly(t, crashCase{base: bases.demo, target: "cards.pdf", valid: validPDF, args: func(db, dir string) []string {
			return []string{"--db", db, "cards", "export", "1", "--qty", "60", "--layout", "letter", "-o", filepath.Join(dir, "cards.pdf")}
		}})
	})
}
