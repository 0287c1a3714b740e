// Package store owns the SQLite file: opening it with the right pragmas,
// migrating it forward, and one file per entity for reads and writes.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"afterloop/backend/clock"
	"afterloop/backend/safefile"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is the app's database. Writes go through a single connection so that
// SQLite never sees two writers; reads use their own pool (WAL lets them run
// beside the writer).
type Store struct {
	path  string
	write *sql.DB
	read  *sql.DB
	log   *slog.Logger
	// gate lets Replace hold back every new connection while it swaps the
	// file under the pools.
	gate *sync.RWMutex
	changesState
}

// dsn sets pragmas in a deliberate order:
//   - busy_timeout first, so every later pragma waits instead of failing on a lock;
//   - WAL so readers never block the writer (and the reverse);
//   - synchronous NORMAL: durable at checkpoints, safe with WAL, much faster than FULL;
//   - foreign_keys ON: SQLite leaves them off by default;
//   - a larger page cache and memory temp store for the order table scans.
func dsn(path string, readOnly bool) string {
	q := "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=cache_size(-32000)&_pragma=temp_store(MEMORY)&_txlock=immediate"
	if readOnly {
		q += "&mode=ro"
	}
	return fileURI(path) + q
}

// DefaultPath is the database location: $AFTERLOOP_DB, else the OS user
// config folder's Afterloop/afterloop.db.
func DefaultPath() (string, error) {
	if p := os.Getenv("AFTERLOOP_DB"); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find user config folder: %w", err)
	}
	return filepath.Join(dir, "Afterloop", "afterloop.db"), nil
}

// Open opens (creating if needed) and migrates the database at path. An
// existing file with pending migrations is first copied to a timestamped
// backup beside it.
func Open(ctx context.Context, path string, log *slog.Logger) (*Store, error) {
	return open(ctx, path, log, true)
}

func open(ctx context.Context, path string, log *slog.Logger, backupBeforeUpgrade bool) (*Store, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create data folder: %w", err)
	}
	// Temporary files of a backup, restore or demo load that was killed
	// are removed on the next start.
	safefile.RemoveStale(filepath.Dir(path))
	safefile.RemoveStale(BackupsDir(path))
	migrations, err := loadMigrations()
	if err != nil {
		return nil, err
	}
	// Decide whether the file is ours before any pragma can write to it
	// (switching to WAL alone rewrites the header).
	if err := checkIdentity(ctx, path, migrations); err != nil {
		return nil, err
	}
	existed := fileExists(path) && backupBeforeUpgrade
	s := &Store{path: path, log: log, gate: &sync.RWMutex{}}
	s.write = sql.OpenDB(s.connector(dsn(path, false)))
	s.write.SetMaxOpenConns(1)
	s.write.SetConnMaxIdleTime(0)
	if err := s.write.PingContext(ctx); err != nil {
		_ = s.write.Close() // already failing: the error returned matters more
		return nil, openError(path, err)
	}
	if err := s.migrate(ctx, existed, migrations); err != nil {
		_ = s.write.Close() // already failing: the error returned matters more
		return nil, err
	}
	s.read = sql.OpenDB(s.connector(dsn(path, false)))
	s.read.SetMaxOpenConns(4)
	return s, nil
}

// Close closes both pools.
func (s *Store) Close() error {
	err0 := s.closeChanges()
	err1 := s.read.Close()
	err2 := s.write.Close()
	return errors.Join(err0, err1, err2)
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// DB returns the read pool for queries.
func (s *Store) DB() *sql.DB { return s.read }

// WriteDB returns the single writer connection pool.
func (s *Store) WriteDB() *sql.DB { return s.write }

// Tx is a write transaction opened by RunInTx. It is an alias so that the
// packages that pass a transaction on to store functions name it *store.Tx and
// need not import database/sql: SQL is written in this package only.
type Tx = sql.Tx

// RunInTx runs fn in one write transaction: committed if fn returns nil,
// rolled back otherwise (including on context cancellation).
func (s *Store) RunInTx(ctx context.Context, fn func(tx *Tx) error) (err error) {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if err = fn(tx); err != nil {
		return err
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	return tx.Commit()
}

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || len(num) != 4 {
			return nil, fmt.Errorf("migration %q: name must be NNNN_name.sql", name)
		}
		body, err := migrationFiles.ReadFile("migrations/" + name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: name, sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %q: versions must run 0001, 0002, ... without gaps", m.name)
		}
	}
	return out, nil
}

func (s *Store) migrate(ctx context.Context, existed bool, migrations []migration) error {
	var current int
	if err := s.write.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > len(migrations) {
		return fmt.Errorf("this database was written by a newer Afterloop (schema %d, this version knows %d): update Afterloop", current, len(migrations))
	}
	if current == len(migrations) {
		return s.markAsOurs(ctx)
	}
	if existed && current > 0 {
		backup, err := s.backup(ctx, current)
		if err != nil {
			return fmt.Errorf("back up database before upgrading: %w", err)
		}
		s.log.Info("database backed up before migration", "backup", backup)
	}
	for _, m := range migrations[current:] {
		err := s.RunInTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return err
		}
		s.log.Info("migrated", "migration", m.name)
	}
	return s.markAsOurs(ctx)
}

// markAsOurs stamps the application ID (files from before it existed get it
// on their next open).
func (s *Store) markAsOurs(ctx context.Context) error {
	var id int64
	if err := s.write.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return fmt.Errorf("read application id: %w", err)
	}
	if id == ApplicationID {
		return nil
	}
	if _, err := s.write.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return fmt.Errorf("set application id: %w", err)
	}
	return nil
}

// backup copies the database to afterloop.db.bak-YYYYMMDD-HHMMSS-vN using
// VACUUM INTO, which produces a consistent copy even with a WAL file.
func (s *Store) backup(ctx context.Context, version int) (string, error) {
	target := fmt.Sprintf("%s.bak-%s-v%d", s.path, clock.Now().Format("20060102-150405"), version)
	if _, err := s.write.ExecContext(ctx, "VACUUM INTO ?", target); err != nil {
		return "", err
	}
	return target, nil
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Size() > 0
}
