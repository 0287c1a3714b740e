package health

import (
	"context"
	"fmt"
	"sync"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// Cache keeps the records read for an as-of day until anything at all is
// committed to the database (store.ChangeCounter), so the Shop health
// screen, its drill-downs and its levers read a million order lines once
// instead of on every click. Each entry holds the whole span of that day's
// 12-week lines, so the metrics, the lines, the levers and every drill-down
// of the day come from one read. Targets, reason classes and delivery days
// live in the database too: saving them is a commit and empties the cache.
type Cache struct {
	st *store.Store

	mu      sync.Mutex
	gate    *store.CacheGate
	entries map[cacheKey]*facts
}

type cacheKey struct {
	zone string
	asOf Day
}

// cacheEntries bounds how many as-of days are kept (a seller paging through
// dates); past it, the cache starts afresh.
const cacheEntries = 8

// NewCache creates an empty cache over st.
func NewCache(st *store.Store) *Cache {
	return &Cache{st: st, gate: store.NewCacheGate(st), entries: map[cacheKey]*facts{}}
}

// Build is Build with the records taken from the cache.
func (c *Cache) Build(ctx context.Context, loc *time.Location, asOf Day, opts Options) (*Report, error) {
	p, err := c.facts(ctx, loc, asOf)
	if err != nil {
		return nil, err
	}
	return build(ctx, c.st, p, asOf, opts)
}

// Drill is Drill with the records taken from the cache.
func (c *Cache) Drill(ctx context.Context, loc *time.Location, asOf Day, key string) ([]Row, error) {
	if _, ok := definition(key); !ok {
		return nil, apperr.New(apperr.CodeInvalidInput, fmt.Sprintf("There is no shop health metric %q.", key))
	}
	p, err := c.facts(ctx, loc, asOf)
	if err != nil {
		return nil, err
	}
	return drill(ctx, c.st, p, asOf, key)
}

// facts returns the records for asOf's 12-week span, read now unless kept
// since the last commit. The lock is held while reading, so two screens
// asking at once read once.
func (c *Cache) facts(ctx context.Context, loc *time.Location, asOf Day) (*facts, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if stale, err := c.gate.Stale(ctx); err != nil {
		return nil, err
	} else if stale {
		c.entries = map[cacheKey]*facts{}
	}
	key := cacheKey{loc.String(), asOf}
	if p, ok := c.entries[key]; ok {
		return p, nil
	}
	if len(c.entries) >= cacheEntries {
		c.entries = map[cacheKey]*facts{}
	}
	p, err := load(ctx, c.st, loc, trendDays(asOf)[0], asOf)
	if err != nil {
		return nil, err
	}
	c.entries[key] = p
	return p, nil
}
