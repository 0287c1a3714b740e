package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// Any folder or file name must open exactly that file: characters that mean
// something in a URI (#, ?, %xx) and a Windows-style user folder with '#'.
func TestOpenUsesThePathUnchanged(t *testing.T) {
	names := []string{
		"Bob#1/Afterloop/afterloop.db",
		"what?/afterloop.db",
		"percent%41/afterloop.db",
		"with space/after loop.db",
		"Zoë 山田/Afterloop/afterloop.db",
		`C:\Users\Bob#1\AppData\Roaming\Afterloop\afterloop.db`,
		"a&b=c;d/afterloop.db",
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			s, err := Open(context.Background(), path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.SaveSettings(context.Background(), domain.Settings{ShopName: "Here", TimeZone: "UTC", Currency: "USD"}); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if st, err := os.Stat(path); err != nil || st.Size() == 0 {
				t.Fatalf("database not at %q: %v", path, err)
			}
			var stray []string
			filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && !strings.HasPrefix(p, path) {
					stray = append(stray, p)
				}
				return nil
			})
			if len(stray) > 0 {
				t.Fatalf("files written outside the chosen path: %v", stray)
			}
		})
	}
}

func TestURIPathEscapesReservedCharacters(t *testing.T) {
	cases := map[string]string{
		"/home/bob/a.db":         "file:/home/bob/a.db",
		"/home/Bob#1/a?b/%41.db": "file:/home/Bob%231/a%3fb/%2541.db",
		"C:/Users/Bob#1/x.db":    "file:/C:/Users/Bob%231/x.db",
		"//server/share/x.db":    "file:////server/share/x.db",
		"/tmp/with space/山.db":   "file:/tmp/with%20space/山.db",
	}
	for in, want := range cases {
		if got := uriFromSlashPath(in); got != want {
			t.Errorf("uriFromSlashPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNewDatabaseCarriesTheApplicationID(t *testing.T) {
	s := openTemp(t)
	var id int64
	if err := s.read.QueryRow("PRAGMA application_id").Scan(&id); err != nil {
		t.Fatal(err)
	}
	if id != ApplicationID {
		t.Fatalf("application_id = %d, want %d", id, ApplicationID)
	}
}

// foreignFile makes another program's SQLite file in rollback-journal mode.
func foreignFile(t *testing.T, userVersion int, tables ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.sqlite")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tb := range tables {
		if _, err := db.Exec("CREATE TABLE " + tb + " (id INTEGER PRIMARY KEY, v TEXT)"); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec("PRAGMA user_version = " + strconv.Itoa(userVersion)); err != nil {
		t.Fatal(err)
	}
	return path
}

func assertRefusedUnchanged(t *testing.T, path string, wantWords string) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path, nil)
	if err == nil {
		s.Close()
		t.Fatal("a foreign or newer file was opened")
	}
	var ae *apperr.Error
	if !errors.As(err, &ae) || !strings.Contains(ae.Message, wantWords) {
		t.Fatalf("error %q does not say %q", err, wantWords)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		for i := range before {
			if i < len(after) && before[i] != after[i] {
				t.Fatalf("refused file was modified (first changed byte %d)", i)
			}
		}
		t.Fatalf("refused file was modified (size %d -> %d)", len(before), len(after))
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if e.Name() != filepath.Base(path) {
			t.Fatalf("refusing left %s beside the file", e.Name())
		}
	}
}

func TestRefusesAnotherProgramsFile(t *testing.T) {
	assertRefusedUnchanged(t, foreignFile(t, 0, "notes", "tags"), "not an Afterloop database")
}

func TestRefusesAnotherProgramsVersionedFile(t *testing.T) {
	assertRefusedUnchanged(t, foreignFile(t, 3, "orders"), "not an Afterloop database")
}

func TestRefusesAFileThatIsNotSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(path, []byte(strings.Repeat("hello, this is a text file\n", 40)), 0o644)
	assertRefusedUnchanged(t, path, "not an Afterloop database")
}

// A file from a newer Afterloop in rollback-journal mode must keep its header:
// switching it to WAL before refusing rewrites bytes 18-19.
func TestRefusedNewerFileKeepsItsHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "afterloop.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, _ := sql.Open("sqlite", path)
	if _, err := db.Exec("PRAGMA journal_mode=DELETE"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	assertRefusedUnchanged(t, path, "newer Afterloop")
}

// Files written before databases carried the application ID still open.
func TestOpensAnOlderAfterloopFileWithoutApplicationID(t *testing.T) {
	path := filepath.Join(t.TempDir(), "afterloop.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.SaveSettings(context.Background(), domain.Settings{ShopName: "Old", TimeZone: "UTC", Currency: "USD"})
	s.write.Exec("PRAGMA application_id = 0")
	s.Close()
	s, err = Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var id int64
	s.read.QueryRow("PRAGMA application_id").Scan(&id)
	if id != ApplicationID {
		t.Fatalf("application_id not set on an older file: %d", id)
	}
}

func TestEmptyFileIsAcceptedAsNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "afterloop.db")
	os.WriteFile(path, nil, 0o644)
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
