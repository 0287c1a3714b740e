package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// plainWords checks that a database failure reaches the user as a message
// that says what happened and what to do, with no SQLite text in it.
func plainWords(t *testing.T, err error, code apperr.Code, words string) {
	t.Helper()
	if err == nil {
		t.Fatal("expected an error")
	}
	e := apperr.From(fmt.Errorf("row 2: update ticket 1: %w", err))
	if e.Code != code || !strings.Contains(e.Message, words) {
		t.Fatalf("got %s %q for %v", e.Code, e.Message, err)
	}
	for _, raw := range []string{"SQLITE", "(5)", "readonly database", "database or disk is full", "malformed"} {
		if strings.Contains(e.Message, raw) {
			t.Fatalf("message leaks SQLite text %q: %s", raw, e.Message)
		}
	}
}

func TestSecondWriterGetsPlainBusyMessage(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	holder, err := s.write.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if _, err := holder.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	defer holder.ExecContext(ctx, "ROLLBACK")
	other, err := sql.Open("sqlite", fileURI(s.Path())+"?_pragma=busy_timeout(50)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.Exec("UPDATE settings SET value = value")
	plainWords(t, err, apperr.CodeDatabaseBusy, "another Afterloop window")
}

func TestReadOnlyDatabaseGetsPlainMessage(t *testing.T) {
	s := openTemp(t)
	ro, err := sql.Open("sqlite", fileURI(s.Path())+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.Exec("INSERT INTO settings (key, value) VALUES ('x', 'y')")
	plainWords(t, err, apperr.CodeDatabaseReadOnly, "read-only")
}

func TestFullDiskGetsPlainMessage(t *testing.T) {
	s := openTemp(t)
	conn, err := s.write.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var pages int
	conn.QueryRowContext(context.Background(), "PRAGMA page_count").Scan(&pages)
	conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA max_page_count = %d", pages))
	_, err = conn.ExecContext(context.Background(), "INSERT INTO settings (key, value) VALUES ('big', ?)", strings.Repeat("x", 1<<20))
	plainWords(t, err, apperr.CodeDiskFull, "disk is full")
}

func TestCorruptDatabaseGetsPlainMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "afterloop.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200; i++ {
		s.SaveTeamMember(context.Background(), domain.TeamMember{Name: strings.Repeat("n", 200) + fmt.Sprint(i), Role: "support"})
	}
	s.Close()
	b, _ := os.ReadFile(path)
	for i := 4096 * 2; i < len(b); i++ {
		b[i] = 0xA5
	}
	os.WriteFile(path, b, 0o644)
	db, _ := sql.Open("sqlite", fileURI(path))
	defer db.Close()
	_, err = db.Exec("SELECT count(*) FROM team_members WHERE name LIKE '%x%'")
	if err == nil {
		rows, qerr := db.Query("PRAGMA integrity_check")
		if qerr == nil {
			rows.Close()
		}
		_, err = db.Exec("DELETE FROM team_members")
	}
	plainWords(t, err, apperr.CodeDatabaseCorrupt, "damaged")
}
