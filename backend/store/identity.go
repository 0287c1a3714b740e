package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"afterloop/backend/apperr"
)

// ApplicationID marks a SQLite file as Afterloop's ("AFLP" in ASCII), so a
// file from another program is never mistaken for ours and changed.
const ApplicationID = 0x41464c50

// sqliteMagic starts every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// uriFromSlashPath turns a slash-separated path into a SQLite file: URI that
// names exactly that file. Characters with a meaning in a URI (%, ?, #) and
// anything that is not plain printable ASCII are percent-encoded, which
// SQLite decodes back; a Windows drive path gets the leading slash SQLite
// expects and a UNC path an empty authority.
func uriFromSlashPath(p string) string {
	switch {
	case strings.HasPrefix(p, "//"):
		p = "//" + p
	case !strings.HasPrefix(p, "/"):
		p = "/" + p
	}
	var b strings.Builder
	b.WriteString("file:")
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '%' || c == '?' || c == '#' || c == '&' || c == ' ' || c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, "%%%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// fileURI is the URI of path made absolute, so the working folder cannot
// change which file is meant later.
func fileURI(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return uriFromSlashPath(filepath.ToSlash(path))
}

// probeURI opens a file read-only with no pragmas at all: nothing about the
// file can change while we decide whether it is ours.
func probeURI(path string) string {
	return fileURI(path) + "?mode=ro&_pragma=" + url.QueryEscape("busy_timeout(10000)")
}

// fileIdentity is what a file says about itself before we touch it.
type fileIdentity struct {
	empty         bool // missing or zero bytes: a new database
	applicationID int64
	userVersion   int
	tables        []string
}

// readIdentity reads the header and table list of path without writing.
func readIdentity(ctx context.Context, path string) (fileIdentity, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return fileIdentity{empty: true}, nil
	}
	if err != nil {
		return fileIdentity{}, openError(path, err)
	}
	header := make([]byte, 100)
	n, err := io.ReadFull(f, header)
	_ = f.Close() // read only: the header is already read
	if n == 0 {
		return fileIdentity{empty: true}, nil
	}
	if err != nil || !bytes.HasPrefix(header, sqliteMagic) {
		return fileIdentity{}, foreignError(path)
	}
	id := fileIdentity{
		userVersion:   int(binary.BigEndian.Uint32(header[60:64])),
		applicationID: int64(binary.BigEndian.Uint32(header[68:72])),
	}
	db, err := sql.Open("sqlite", probeURI(path))
	if err != nil {
		return fileIdentity{}, openError(path, err)
	}
	defer func() { _ = db.Close() }() // read only, or already written and checked: closing loses nothing
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		return fileIdentity{}, openError(path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return fileIdentity{}, openError(path, err)
		}
		id.tables = append(id.tables, name)
	}
	if err := rows.Err(); err != nil {
		return fileIdentity{}, openError(path, err)
	}
	// The header's numbers are only current without a WAL; ask SQLite too.
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&id.userVersion); err != nil {
		return fileIdentity{}, openError(path, err)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id.applicationID); err != nil {
		return fileIdentity{}, openError(path, err)
	}
	return id, nil
}

// checkIdentity refuses a file that is not an Afterloop database, or one
// from a newer Afterloop, before anything is written to it. Files made
// before databases carried the application ID are recognised by their
// tables: exactly the ones Afterloop has at the file's schema version.
func checkIdentity(ctx context.Context, path string, migrations []migration) error {
	id, err := readIdentity(ctx, path)
	if err != nil || id.empty {
		return err
	}
	switch {
	case id.applicationID == ApplicationID:
	case id.applicationID != 0:
		return foreignError(path)
	case len(id.tables) == 0 && id.userVersion == 0:
		// A blank SQLite file: safe to set up.
	case id.userVersion == 0 || id.userVersion > len(migrations):
		return foreignError(path)
	default:
		byVersion, err := tablesByVersion(migrations)
		if err != nil {
			return err
		}
		if !sameTables(id.tables, byVersion[id.userVersion-1]) {
			return foreignError(path)
		}
	}
	if id.userVersion > len(migrations) {
		return apperr.Newf(apperr.CodeConflict,
			"This database was written by a newer Afterloop (schema %d; this version knows %d). Update Afterloop to open it; the file was not changed.",
			id.userVersion, len(migrations)).With("file", path)
	}
	return nil
}

func foreignError(path string) error {
	return apperr.New(apperr.CodeInvalidInput,
		"This file is not an Afterloop database (it belongs to another program or is not a database). It was not changed. Choose your afterloop.db, or a new file name to start a new shop.").
		With("file", path)
}

var (
	knownOnce    sync.Once
	knownTables  []map[string]bool
	knownFailure error
)

// tablesByVersion is, for each schema version, the tables an Afterloop
// database of that version has, found by running the migrations on a
// throwaway in-memory database.
func tablesByVersion(migrations []migration) ([]map[string]bool, error) {
	knownOnce.Do(func() {
		knownTables, knownFailure = runMigrationsInMemory(migrations)
	})
	return knownTables, knownFailure
}

func runMigrationsInMemory(migrations []migration) ([]map[string]bool, error) {
	db, err := sql.Open("sqlite", "file:known-tables?mode=memory")
	if err != nil {
		return nil, err
	}
	defer func() { _ = db.Close() }() // read only, or already written and checked: closing loses nothing
	db.SetMaxOpenConns(1)
	var out []map[string]bool
	for _, m := range migrations {
		if _, err := db.Exec(m.sql); err != nil {
			return nil, fmt.Errorf("migration %s: %w", m.name, err)
		}
		rows, err := db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
		if err != nil {
			return nil, err
		}
		set := map[string]bool{}
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err == nil {
				set[name] = true
			}
		}
		rows.Close()
		out = append(out, set)
	}
	return out, nil
}

func sameTables(have []string, want map[string]bool) bool {
	if len(have) != len(want) {
		return false
	}
	for _, t := range have {
		if !want[t] {
			return false
		}
	}
	return true
}

func openError(path string, err error) error {
	return fmt.Errorf("open database %s: %w", path, err)
}

// HeaderDamaged reports whether path is a file with content whose first
// bytes are not SQLite's: a database overwritten by a disk or sync fault,
// or a file that never was one.
func HeaderDamaged(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer func() { _ = f.Close() }() // read only, or already written and checked: closing loses nothing
	header := make([]byte, len(sqliteMagic))
	n, _ := io.ReadFull(f, header)
	return n > 0 && !bytes.Equal(header[:n], sqliteMagic)
}
