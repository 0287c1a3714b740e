package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"
	"sync"
	"time"

	"modernc.org/sqlite"
)

// gatedConnector opens connections only while the store's gate is open, so
// Replace can swap the file with no connection on it.
type gatedConnector struct {
	dsn  string
	gate *sync.RWMutex
	drv  driver.Driver
}

func (c gatedConnector) Connect(context.Context) (driver.Conn, error) {
	c.gate.RLock()
	defer c.gate.RUnlock()
	return c.drv.Open(c.dsn)
}

func (c gatedConnector) Driver() driver.Driver { return c.drv }

func (s *Store) connector(dsn string) driver.Connector {
	return gatedConnector{dsn: dsn, gate: s.gate, drv: &sqlite.Driver{}}
}

// Replace makes the file at candidate the live database, in place: the
// candidate is checked and brought to the current schema first, then every
// connection is closed, the file renamed over the database and the pools
// reopened on it. Callers keep using the same *Store. Writers and new
// readers wait while the swap runs; the candidate file is consumed.
func (s *Store) Replace(ctx context.Context, candidate string) error {
	c, err := open(ctx, candidate, s.log, false)
	if err != nil {
		return err
	}
	if err := c.Close(); err != nil {
		return fmt.Errorf("close the new database: %w", err)
	}
	// The single writer connection, held for the whole swap, keeps every
	// other write waiting.
	conn, err := s.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("wait for the database: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		_ = conn.Close() // already failing: the error returned matters more
		return fmt.Errorf("flush the database: %w", err)
	}
	s.gate.Lock()
	defer s.gate.Unlock()
	counter := s.changes
	if counter != nil {
		counter.mu.Lock()
		defer counter.mu.Unlock()
		if counter.conn != nil {
			_ = counter.conn.Close() // the counter connection is being dropped for a new file
		}
	}
	for _, db := range s.pools() {
		db.SetMaxIdleConns(0)
	}
	_ = conn.Close() // the file is being replaced; only the wait below matters
	if err := s.waitForNoConnections(ctx); err != nil {
		s.reopenPools(counter)
		return err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(s.path + suffix); err != nil && !os.IsNotExist(err) {
			s.reopenPools(counter)
			return fmt.Errorf("remove the old journal: %w", err)
		}
	}
	renameErr := os.Rename(candidate, s.path)
	s.reopenPools(counter)
	if renameErr != nil {
		return fmt.Errorf("put the new database in place: %w", renameErr)
	}
	return nil
}

func (s *Store) pools() []*sql.DB {
	out := []*sql.DB{s.write, s.read}
	if s.changesDB != nil {
		out = append(out, s.changesDB)
	}
	return out
}

// waitForNoConnections waits for reads that were running to finish; the
// closed gate stops new ones.
func (s *Store) waitForNoConnections(ctx context.Context) error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		open := 0
		for _, db := range s.pools() {
			open += db.Stats().OpenConnections
		}
		if open == 0 {
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("the database is still in use (%d connections)", open)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// reopenPools lets the pools keep idle connections again and gives the
// change counter a connection on the (new) file. The gate is still held,
// so the counter's connection is made directly.
func (s *Store) reopenPools(counter *ChangeCounter) {
	s.write.SetMaxIdleConns(1)
	s.read.SetMaxIdleConns(2)
	if counter == nil {
		return
	}
	s.changesDB.SetMaxIdleConns(1)
	counter.epoch++
	counter.conn = nil // Version connects again on first use
}
