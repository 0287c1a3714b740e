package service

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"afterloop/backend/desktop"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

// newLoggedShop opens a store whose log goes to a real log file, as the app
// does.
func newLoggedShop(t *testing.T) (*Shop, string) {
	t.Helper()
	dir := t.TempDir()
	logDir := filepath.Join(dir, desktop.LogFolder)
	header := desktop.LogHeader(desktop.NormalizeBuild("1.2.3", "2026-12-07"), desktop.OSVersion(), time.Now())
	logFile, err := desktop.OpenLog(logDir, header)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logFile.Close() })
	log := slog.New(slog.NewTextHandler(logFile, nil))
	st, err := store.Open(context.Background(), filepath.Join(dir, "afterloop.db"), log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	log.Info("database opened")
	return &Shop{Store: st, Version: "1.2.3"}, logDir
}

func TestCopyDiagnosticsPutsVersionSizesCountsAndLogOnTheClipboard(t *testing.T) {
	shop, logDir := newLoggedShop(t)
	rec := &platform.Recorder{}
	imports := NewImportService(shop, importer.New(shop.Store), rec)
	if _, err := imports.Run(samples+"SYNTHETIC_tiktok_orders_us_style.csv", ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	about := desktop.NewAbout(desktop.NormalizeBuild("v1.2.3", "2026-12-07"))
	svc := NewDesktopService(shop, rec, about, logDir, nil, desktop.Updater{})

	res, err := svc.CopyDiagnostics()
	if err != nil {
		t.Fatal(err)
	}
	text := rec.Clipboard
	if res.Chars != len(text) || res.LogLines == 0 {
		t.Fatalf("result %+v for %d chars", res, len(text))
	}
	for _, want := range []string{"Afterloop 1.2.3 (built 2026-12-07)", "System: ", "afterloop.db (", "orders: ", "tickets: 0", "Afterloop 1.2.3 (built 2026-12-07) on ", "database opened"} {
		if !strings.Contains(text, want) {
			t.Errorf("diagnostics lack %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "orders: 0\n") {
		t.Errorf("the imported orders are not counted:\n%s", text)
	}
	// What a support request must never carry: the buyers.
	for _, buyer := range []string{"buyer_one", "J*** D***", "555*****01"} {
		if strings.Contains(text, buyer) {
			t.Errorf("diagnostics carry buyer data %q", buyer)
		}
	}
}

func TestMenuCopyDiagnosticsTellsTheUI(t *testing.T) {
	shop, logDir := newLoggedShop(t)
	rec := &platform.Recorder{}
	svc := NewDesktopService(shop, rec, desktop.NewAbout(desktop.NormalizeBuild("1.0.0", "")), logDir, nil, desktop.Updater{})
	svc.CopyDiagnosticsFromMenu()
	ev := rec.EventsNamed(EventDiagnosticsCopied)
	if len(ev) != 1 || ev[0].Data.(map[string]any)["ok"] != true || rec.Clipboard == "" {
		t.Fatalf("events %+v, clipboard %d chars", ev, len(rec.Clipboard))
	}
}

func TestFileFromASecondLaunchReachesTheImportPreview(t *testing.T) {
	if desktop.EventFilesOpened != EventFilesDropped {
		t.Fatalf("opened files use %q, the import flow listens to %q", desktop.EventFilesOpened, EventFilesDropped)
	}
	shop, logDir := newLoggedShop(t)
	rec := &platform.Recorder{}
	handover := desktop.NewHandover(rec.Emit)
	svc := NewDesktopService(shop, rec, desktop.About{}, logDir, handover, desktop.Updater{})
	svc.UIReady()

	dir, err := filepath.Abs(samples)
	if err != nil {
		t.Fatal(err)
	}
	// "afterloop SYNTHETIC_….csv" started from the samples folder while a
	// window is open.
	handover.SecondLaunch([]string{"SYNTHETIC_tiktok_orders_us_style.csv"}, dir)

	ev := rec.EventsNamed(EventFilesDropped)
	if len(ev) != 1 {
		t.Fatalf("events: %+v", rec.Events)
	}
	paths := ev[0].Data.([]string)
	// The UI previews what it was sent: that preview must work.
	pv, err := NewImportService(shop, importer.New(shop.Store), rec).Preview(paths[0], ImportOptions{})
	if err != nil || pv.Rows == 0 {
		t.Fatalf("preview of %v: %+v %v", paths, pv, err)
	}
}

func TestOpenDataFolderAndLog(t *testing.T) {
	shop, logDir := newLoggedShop(t)
	rec := &platform.Recorder{}
	svc := NewDesktopService(shop, rec, desktop.About{}, logDir, nil, desktop.Updater{})
	if err := svc.OpenDataFolder(); err != nil {
		t.Fatal(err)
	}
	if err := svc.OpenLog(); err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Dir(shop.Store.Path()), filepath.Join(logDir, desktop.LogFileName)}
	if len(rec.Opened) != 2 || rec.Opened[0] != want[0] || rec.Opened[1] != want[1] {
		t.Fatalf("opened %v, want %v", rec.Opened, want)
	}
	if got, _ := svc.CheckForUpdates(); got.Checked {
		t.Fatal("no release address: nothing may be checked")
	}
}
