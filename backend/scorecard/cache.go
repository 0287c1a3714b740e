package scorecard

import (
	"context"
	"sync"
	"time"

	"afterloop/backend/store"
)

// Cache keeps computed weeks until anything at all is committed to the
// database (store.ChangeCounter): switching weeks, drilling down and
// exporting then reuse the numbers instead of re-reading a million lines,
// and no import, undo, ticket or review can leave a stale number behind,
// whichever process made it. Only whole-week metrics are kept; targets,
// hints and maturity are read fresh on every view.
type Cache struct {
	st *store.Store

	mu    sync.Mutex
	gate  *store.CacheGate
	weeks map[cacheKey]Metrics
}

type cacheKey struct {
	zone string
	week Week
}

// NewCache creates an empty cache over st.
func NewCache(st *store.Store) *Cache {
	return &Cache{st: st, gate: store.NewCacheGate(st), weeks: map[cacheKey]Metrics{}}
}

// Compute returns the weeks' metrics like Compute, computing only the ones
// not kept since the last commit (in one pass over their span).
func (c *Cache) Compute(ctx context.Context, loc *time.Location, weeks []Week, shopCurrency string) ([]Metrics, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if stale, err := c.gate.Stale(ctx); err != nil {
		return nil, err
	} else if stale {
		c.weeks = map[cacheKey]Metrics{}
	}
	zone := loc.String()
	first, last := -1, -1
	for i, w := range weeks {
		if _, ok := c.weeks[cacheKey{zone, w}]; !ok {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		fresh, err := Compute(ctx, c.st, loc, weeks[first:last+1], shopCurrency)
		if err != nil {
			return nil, err
		}
		for i, m := range fresh {
			c.weeks[cacheKey{zone, weeks[first+i]}] = m
		}
	}
	out := make([]Metrics, len(weeks))
	for i, w := range weeks {
		out[i] = c.weeks[cacheKey{zone, w}]
	}
	// Weeks computed in different passes settle on one currency together.
	settleRevenue(out, shopCurrency)
	return out, nil
}

// Build is Build with the weeks taken from the cache.
func (c *Cache) Build(ctx context.Context, shop ShopInfo, w Week) (*View, error) {
	return build(ctx, c.st, shop, w, c.Compute)
}
