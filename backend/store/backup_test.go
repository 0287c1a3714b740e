package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// Dump renders every row of every table in a fixed order, for comparing two
// databases in full.
func Dump(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.read.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tb := range tables {
		r, err := s.read.Query(fmt.Sprintf("SELECT * FROM %q", tb))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := r.Columns()
		var lines []string
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			r.Scan(ptrs...)
			lines = append(lines, fmt.Sprintf("%v", vals))
		}
		r.Close()
		sort.Strings(lines)
		fmt.Fprintf(&b, "== %s %v\n%s\n", tb, cols, strings.Join(lines, "\n"))
	}
	return b.String()
}

func fill(t *testing.T, s *Store, name string, members int) {
	t.Helper()
	ctx := context.Background()
	if err := s.SaveSettings(ctx, domain.Settings{ShopName: name, TimeZone: "UTC", Currency: "USD"}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < members; i++ {
		if _, err := s.SaveTeamMember(ctx, domain.TeamMember{Name: fmt.Sprintf("%s %d", name, i), Role: "support"}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRestoreRoundTripBringsBackEveryRow(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	fill(t, s, "Before", 3)
	counter, err := s.Changes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Dump(t, s)
	b, err := s.Backup(ctx, BackupManual, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s, "After", 5)
	if Dump(t, s) == want {
		t.Fatal("the change did not change the dump")
	}
	v1, _ := counter.Version(ctx)
	res, err := s.Restore(ctx, b.Path, time.Now().Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if got := Dump(t, s); got != want {
		t.Fatalf("restored data differs:\n%s\nwant\n%s", got, want)
	}
	if res.SafetyCopy.Reason != BackupPreRestore || res.From.Path != b.Path {
		t.Fatalf("result %+v", res)
	}
	if v2, err := counter.Version(ctx); err != nil || v2 == v1 {
		t.Fatalf("change counter did not move after restore: %d %d %v", v1, v2, err)
	}
	// The same store keeps working after the swap.
	fill(t, s, "Later", 1)
	if st, _ := os.Stat(b.Path); st == nil {
		t.Fatal("the restored backup file was consumed")
	}
	// The safety copy holds what was there before the restore.
	safe, err := Open(ctx, res.SafetyCopy.Path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer safe.Close()
	got, _ := safe.GetSettings(ctx, domain.DefaultSettings("UTC"))
	if got.ShopName != "After" {
		t.Fatalf("safety copy holds %q", got.ShopName)
	}
}

func TestBackupIsCheckedPrivateAndListed(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	fill(t, s, "Shop", 2)
	b, err := s.Backup(ctx, BackupPreImport, time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(b.Path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("backup %v mode %v", err, st.Mode().Perm())
	}
	if filepath.Dir(b.Path) != filepath.Join(filepath.Dir(s.Path()), "backups") {
		t.Fatalf("backup not in the backups folder: %s", b.Path)
	}
	if err := CheckFile(ctx, b.Path, "integrity_check"); err != nil {
		t.Fatal(err)
	}
	list, err := ListBackups(s.BackupsDir())
	if err != nil || len(list) != 1 || list[0].Reason != BackupPreImport || list[0].Size != st.Size() || list[0].At != b.At {
		t.Fatalf("%+v %v", list, err)
	}
}

func TestDailyBackupOncePerDay(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	day := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	for i, want := range []bool{true, false, false} {
		made, err := s.BackupIfDue(ctx, day.Add(time.Duration(i)*time.Hour))
		if err != nil || made != want {
			t.Fatalf("call %d: made=%v err=%v", i, made, err)
		}
	}
	if made, _ := s.BackupIfDue(ctx, day.AddDate(0, 0, 1)); !made {
		t.Fatal("no backup on the next day")
	}
}

func TestRetentionKeepsDaysWeeksMonthsAndTenSafetyCopies(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	touch := func(at time.Time, reason string) {
		os.WriteFile(freeBackupName(dir, reason, at), []byte("x"), 0o600)
	}
	for d := 0; d < 400; d++ {
		touch(now.AddDate(0, 0, -d), BackupDaily)
	}
	for i := 0; i < 25; i++ {
		touch(now.Add(-time.Duration(i)*time.Minute), BackupPreImport)
	}
	os.WriteFile(filepath.Join(dir, "my-notes.db"), []byte("x"), 0o600)
	if _, err := PruneBackups(dir, now); err != nil {
		t.Fatal(err)
	}
	list, _ := ListBackups(dir)
	var daily, pre int
	for _, b := range list {
		if b.Reason == BackupDaily {
			daily++
		} else {
			pre++
		}
	}
	// 7 days; the weeks and months add the copies the days do not cover.
	if pre != 10 || daily < 7+3+5-2 || daily > 7+4+6 {
		t.Fatalf("kept %d daily and %d pre-import", daily, pre)
	}
	if _, err := os.Stat(filepath.Join(dir, "my-notes.db")); err != nil {
		t.Fatal("a file the app did not write was deleted")
	}
}

func TestRestoreRefusesForeignAndDamagedFiles(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	fill(t, s, "Live", 1)
	want := Dump(t, s)
	foreign := foreignFile(t, 0, "notes")
	if _, err := s.Restore(ctx, foreign, time.Now()); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("foreign file: %v", err)
	}
	b, _ := s.Backup(ctx, BackupManual, time.Now())
	raw, _ := os.ReadFile(b.Path)
	for i := 4096; i < len(raw); i++ {
		raw[i] = 0x5a
	}
	broken := filepath.Join(t.TempDir(), "broken.db")
	os.WriteFile(broken, raw, 0o600)
	if _, err := s.Restore(ctx, broken, time.Now()); apperr.From(err).Code != apperr.CodeDatabaseCorrupt {
		t.Fatalf("damaged file: %v", err)
	}
	if Dump(t, s) != want {
		t.Fatal("a refused restore changed the live database")
	}
}

func TestBackupIsCopiedToTheSecondFolder(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	second := filepath.Join(t.TempDir(), "usb stick")
	if err := SaveBackupOptions(s.BackupsDir(), BackupOptions{SecondFolder: second}); err != nil {
		t.Fatal(err)
	}
	b, err := s.Backup(ctx, BackupManual, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckFile(ctx, filepath.Join(second, b.Name), "integrity_check"); err != nil {
		t.Fatal(err)
	}
}
