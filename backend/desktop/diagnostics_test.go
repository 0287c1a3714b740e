package desktop

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"afterloop/backend/cards"
)

func TestDiagnosticsHaveVersionSystemDatabaseCountsAndLog(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "afterloop.db")
	os.WriteFile(db, make([]byte, 4096), 0o644)
	os.WriteFile(db+"-wal", make([]byte, 1000), 0o644)
	text := FormatDiagnostics(DiagnosticsInput{
		About:         NewAbout(NormalizeBuild("1.2.3", "2026-12-07")),
		OSVersion:     "macOS 14.5",
		DatabasePath:  db,
		DatabaseBytes: DatabaseBytes(db),
		Counts:        []Count{{"orders", 1520}, {"tickets", 12}},
		LogLines:      []string{"header", "level=INFO msg=interactive"},
	})
	for _, want := range []string{"Afterloop 1.2.3 (built 2026-12-07)", "macOS 14.5", "(5.1 kB)", "orders: 1520", "tickets: 12", "Last 2 log lines", "msg=interactive"} {
		if !strings.Contains(text, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, text)
		}
	}
}

func TestAboutCreditsEveryBundledFont(t *testing.T) {
	book, err := cards.NewFontBook()
	if err != nil {
		t.Fatal(err)
	}
	about := NewAbout(NormalizeBuild("", ""))
	credited := map[string]bool{}
	for _, f := range about.Fonts {
		credited[f.Name] = f.Licence != ""
	}
	for _, fam := range book.Families() {
		if fam.Bundled && !credited[fam.Family] {
			t.Errorf("bundled font %q has no licence in the About box", fam.Family)
		}
	}
	if about.Version != DevVersion || about.BuildDate != "unknown" {
		t.Fatalf("an unversioned build reads %q %q", about.Version, about.BuildDate)
	}
}

func TestTagVersionLosesItsV(t *testing.T) {
	if got := NormalizeBuild("v2.0.1", "x").Version; got != "2.0.1" {
		t.Fatal(got)
	}
	if got := NormalizeBuild("vnext", "x").Version; got != "vnext" {
		t.Fatal(got)
	}
}

func TestUpdateCheckDoesNothingWithoutAReleaseAddress(t *testing.T) {
	called := false
	u := Updater{Fetch: func(context.Context, string) (string, string, error) { called = true; return "9.9.9", "", nil }}
	got, err := u.CheckForUpdates(context.Background(), "1.0.0")
	if err != nil || got.Checked || called {
		t.Fatalf("got %+v, %v, fetch called %v", got, err, called)
	}
	u.ReleaseURL = "https://example.invalid/latest"
	got, _ = u.CheckForUpdates(context.Background(), "1.0.0")
	if !called || !got.Checked || !got.Newer || got.Latest != "9.9.9" {
		t.Fatalf("got %+v", got)
	}
	u.Fetch = func(context.Context, string) (string, string, error) { return "", "", errors.New("offline") }
	if _, err := u.CheckForUpdates(context.Background(), "1.0.0"); err == nil {
		t.Fatal("want the fetch error")
	}
}
