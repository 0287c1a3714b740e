package service

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

// shopWithBackup makes a shop with one import and a daily backup of it, and
// closes it; it returns the database path and its order count.
func shopWithBackup(t *testing.T) (string, int) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "Afterloop", "afterloop.db")
	st, err := store.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := importer.New(st).Import(ctx, samples+"tiktok_orders_jp.csv", importer.Options{Kind: domain.KindOrders, Location: time.UTC}); err != nil {
		t.Fatal(err)
	}
	var orders int
	st.DB().QueryRow("SELECT count(*) FROM orders").Scan(&orders)
	if _, err := st.Backup(ctx, store.BackupDaily, time.Date(2026, 3, 17, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path, orders
}

// overwrite fills the file from byte offset from to its end with junk.
func overwrite(t *testing.T, path string, from int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := from; i < len(b); i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// junkPage overwrites one 4 KiB page of the file.
func junkPage(t *testing.T, path string, page int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := page * 4096; i < (page+1)*4096 && i < len(b); i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A file too damaged to open is kept aside and the newest good backup takes
// its place: the app starts with the backup's data and says what happened.
// Both kinds of damage: the whole file junk, and junk table pages.
func TestStartWithAnUnreadableFileRestoresTheNewestGoodBackup(t *testing.T) {
	for _, from := range []int{0, 4096 * 2} {
		t.Run(fmt.Sprint("junk from byte ", from), func(t *testing.T) { restoresBackup(t, from) })
	}
}

func restoresBackup(t *testing.T, junkFrom int) {
	path, orders := shopWithBackup(t)
	overwrite(t, path, junkFrom)
	damaged, _ := os.ReadFile(path)
	st, notice, err := OpenStore(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("start-up failed instead of restoring the backup: %v", err)
	}
	defer st.Close()
	var got int
	st.DB().QueryRow("SELECT count(*) FROM orders").Scan(&got)
	if got != orders {
		t.Fatalf("after the restore %d orders, want the backup's %d", got, orders)
	}
	if !strings.Contains(notice, "damaged") || !strings.Contains(notice, "2026-03-17") {
		t.Fatalf("notice %q does not say what happened", notice)
	}
	aside, _ := filepath.Glob(path + ".damaged-*[0-9]") // its -wal and -shm go aside with it
	if len(aside) != 1 {
		t.Fatalf("the damaged file was not kept aside: %v", aside)
	}
	if kept, _ := os.ReadFile(aside[0]); string(kept) != string(damaged) {
		t.Fatal("the file kept aside is not the damaged file as it was")
	}
}

// Without a backup, a damaged file is reported in plain words and left as
// it is, byte for byte.
func TestStartWithAnUnreadableFileAndNoBackupChangesNothing(t *testing.T) {
	path, _ := shopWithBackup(t)
	backups, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "backups", "*"))
	for _, b := range backups {
		os.Remove(b)
	}
	overwrite(t, path, 0)
	before, _ := os.ReadFile(path)
	_, _, err := OpenStore(context.Background(), path, nil)
	if msg := apperr.From(err).Message; !strings.Contains(msg, "not changed") {
		t.Fatalf("err = %v", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the damaged file was changed")
	}
}

// A file that opens but fails SQLite's quick_check is reported after the
// first screen, with the newest good backup offered, and no daily backup
// is made of the damaged file.
func TestStartupCheckReportsADamagedFileAndOffersTheBackup(t *testing.T) {
	path, _ := shopWithBackup(t)
	// The header and schema stay readable; one page in the middle of the
	// orders table is junk.
	info, _ := os.Stat(path)
	junkPage(t, path, int(info.Size()/4096/2))
	st, err := store.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("this damage should pass the open and fail the check: %v", err)
	}
	defer st.Close()
	rec := &platform.Recorder{}
	svc := NewBackupService(&Shop{Store: st}, rec)
	svc.now = func() time.Time { return time.Date(2026, 3, 18, 9, 0, 0, 0, time.UTC) }
	h := svc.StartupCheck()
	if h.OK || !h.Checked || h.Message == "" {
		t.Fatalf("the damaged file passed the start-up check: %+v", h)
	}
	if h.Newest.Path == "" || time.Unix(h.Newest.At, 0).UTC().Format("2006-01-02") != "2026-03-17" {
		t.Fatalf("the newest good backup was not offered: %+v", h.Newest)
	}
	if h.Made {
		t.Fatal("a daily backup was made of the damaged file")
	}
	if len(rec.Events) == 0 || rec.Events[0].Name != EventDatabaseDamaged {
		t.Fatalf("no damaged-database event: %+v", rec.Events)
	}
}
