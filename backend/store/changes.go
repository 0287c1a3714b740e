package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// ChangeCounter tells whether anything was committed to the database since
// it was last asked, by this process or any other (the CLI, a second app
// window): SQLite's data_version, read on a connection of its own, changes
// with every commit made through any other connection. Caches of computed
// numbers (the scorecard's weeks) compare it instead of guessing which
// writes matter: every import, undo, ticket or review invalidates them.
type ChangeCounter struct {
	mu   sync.Mutex
	conn *sql.Conn
	db   *sql.DB
	// epoch grows each time the file is replaced, so the number moves even
	// though the new file's own counter starts afresh.
	epoch int64
}

// Changes returns the store's change counter; it holds one connection of
// its own, closed with the store.
func (s *Store) Changes(ctx context.Context) (*ChangeCounter, error) {
	s.changesOnce.Do(func() {
		db := sql.OpenDB(s.connector(dsn(s.path, false)))
		db.SetMaxOpenConns(1)
		conn, err := db.Conn(ctx)
		if err != nil {
			_ = db.Close() // already failing: the error kept below matters more
			s.changesErr = fmt.Errorf("open change counter: %w", err)
			return
		}
		s.changesDB, s.changes = db, &ChangeCounter{conn: conn, db: db}
	})
	return s.changes, s.changesErr
}

// Version is a number that differs from the previous call's whenever a
// commit happened in between.
func (c *ChangeCounter) Version(ctx context.Context) (int64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn == nil {
		conn, err := c.db.Conn(ctx)
		if err != nil {
			return 0, fmt.Errorf("open change counter: %w", err)
		}
		c.conn = conn
	}
	var v int64
	if err := c.conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read data version: %w", err)
	}
	return v + c.epoch<<40, nil
}

// changesState is the lazily opened counter, kept in Store.
type changesState struct {
	changesOnce sync.Once
	changes     *ChangeCounter
	changesDB   *sql.DB
	changesErr  error
}

func (c *changesState) closeChanges() error {
	if c.changesDB == nil {
		return nil
	}
	var err error
	if c.changes.conn != nil {
		err = c.changes.conn.Close()
	}
	if cerr := c.changesDB.Close(); err == nil {
		err = cerr
	}
	return err
}

// CacheGate tells a cache of computed numbers when to start afresh: on
// first use and whenever anything was committed since it last asked. The
// version is read before the cache computes, so a commit landing meanwhile
// moves it again and the next call throws those numbers away. Callers hold
// their own lock around Stale and the work it guards.
type CacheGate struct {
	st      *Store
	version int64
	valid   bool
}

// NewCacheGate creates a gate over st's change counter.
func NewCacheGate(st *Store) *CacheGate { return &CacheGate{st: st} }

// Stale reports whether the cache must be emptied before use.
func (g *CacheGate) Stale(ctx context.Context) (bool, error) {
	counter, err := g.st.Changes(ctx)
	if err != nil {
		return false, err
	}
	version, err := counter.Version(ctx)
	if err != nil {
		return false, err
	}
	stale := !g.valid || version != g.version
	g.version, g.valid = version, true
	return stale, nil
}
