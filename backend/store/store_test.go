package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"afterloop/backend/domain"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "afterloop.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestMigrationsAreNumberedWithoutGaps(t *testing.T) {
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations embedded")
	}
}

func TestPragmasAreApplied(t *testing.T) {
	s := openTemp(t)
	var mode string
	var fk int
	if err := s.write.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := s.read.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || fk != 1 {
		t.Fatalf("journal_mode=%s foreign_keys=%d", mode, fk)
	}
}

func TestUpgradeBacksUpExistingFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "afterloop.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSettings(ctx, domain.Settings{ShopName: "Kept", TimeZone: "UTC", Currency: "USD"}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".bak-") {
			t.Fatalf("a fresh file must not be backed up: %s", e.Name())
		}
	}
	ms, _ := loadMigrations()
	next := append(ms, migration{version: len(ms) + 1, name: "9999_test.sql", sql: "CREATE TABLE upgrade_probe (id INTEGER)"})
	if err := s.migrate(ctx, true, next); err != nil {
		t.Fatal(err)
	}
	s.Close()
	entries, _ = os.ReadDir(dir)
	var backup string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".bak-") {
			backup = filepath.Join(dir, e.Name())
		}
	}
	if backup == "" {
		t.Fatal("no backup written before the upgrade")
	}
	old, err := Open(ctx, backup, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	got, _ := old.GetSettings(ctx, domain.DefaultSettings("UTC"))
	if got.ShopName != "Kept" {
		t.Fatalf("backup lost data: %+v", got)
	}
	var n int
	old.read.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'upgrade_probe'").Scan(&n)
	if n != 0 {
		t.Fatal("backup was taken after the migration")
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	s := openTemp(t)
	ms, _ := loadMigrations()
	if err := s.migrate(context.Background(), true, ms[:len(ms)-1]); err == nil || !strings.Contains(err.Error(), "newer Afterloop") {
		t.Fatalf("err = %v", err)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	def := domain.DefaultSettings("Asia/Tokyo")
	got, err := s.GetSettings(ctx, def)
	if err != nil || got != def {
		t.Fatalf("defaults: %v %v", got, err)
	}
	want := domain.Settings{ShopName: "Bloom & Co", TimeZone: "Asia/Tokyo", Currency: "JPY", ProcessingDays: 3}
	if err := s.SaveSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, _ = s.GetSettings(ctx, def)
	if got != want {
		t.Fatalf("got %+v want %+v", got, want)
	}
}

func TestTeamCRUD(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	m, err := s.SaveTeamMember(ctx, domain.TeamMember{Name: "Aiko", Role: "support"})
	if err != nil || m.ID == 0 {
		t.Fatal(err)
	}
	m.Role = "owner"
	if _, err := s.SaveTeamMember(ctx, m); err != nil {
		t.Fatal(err)
	}
	list, _ := s.ListTeam(ctx)
	if len(list) != 1 || list[0].Role != "owner" {
		t.Fatalf("%+v", list)
	}
	if err := s.DeleteTeamMember(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteTeamMember(ctx, m.ID); err == nil {
		t.Fatal("second delete should say not found")
	}
}
