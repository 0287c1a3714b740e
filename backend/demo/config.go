package demo

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// ErrInvalid wraps every problem with a Shop or Config passed to Generate.
var ErrInvalid = errors.New("demo: invalid input")

// Config steers the generator. Zero values take the defaults of DefaultConfig,
// except Now, which is required for reproducible files.
type Config struct {
	Now          time.Time      // the demo ends here; all times are relative to it
	Location     *time.Location // shop zone; nil = Shop.TimeZone
	Months       int            // history length; 0 = 6
	OrdersPerDay float64        // average; 0 = 20
	Seed         int64          // same seed, shop and Now give identical files
}

// DefaultConfig is the configuration of the "Load demo shop" button.
func DefaultConfig(now time.Time) Config {
	return Config{Now: now, Months: 6, OrdersPerDay: 20, Seed: 20260127}
}

// Files says what a generator wrote. (The count of orders is OrderCount: a
// field cannot share the name Orders with the path.)
type Files struct {
	Orders      string `json:"orders"`     // path of the orders export
	Returns     string `json:"returns"`    // path of the returns export; "" when none was written
	SupportLog  string `json:"supportLog"` // path of the support log; "" when none was written
	Reviews     string `json:"reviews"`    // path of the reviews export; "" when none was written
	Comments    string `json:"comments"`   // path of the comment log; "" when none was written
	OrderLines  int    `json:"orderLines"`
	OrderCount  int    `json:"orderCount"`
	ReturnLines int    `json:"returnLines"`
}

// env is a validated Config with the defaults applied.
type env struct {
	shop           ShopSpec
	loc            *time.Location
	now            time.Time // in loc
	start          time.Time // now minus Months, in loc
	ordersPerDay   float64
	processingDays int
	seed           int64
	cumulative     []int // running popularity totals, for weighted SKU picks
}

func newEnv(shop ShopSpec, cfg Config) (*env, error) {
	if cfg.Now.IsZero() {
		return nil, fmt.Errorf("%w: Config.Now is required", ErrInvalid)
	}
	loc := cfg.Location
	if loc == nil {
		var err error
		if loc, err = time.LoadLocation(shop.TimeZone); err != nil || shop.TimeZone == "" {
			return nil, fmt.Errorf("%w: unknown time zone %q", ErrInvalid, shop.TimeZone)
		}
	}
	months := cfg.Months
	if months == 0 {
		months = 6
	}
	perDay := cfg.OrdersPerDay
	if perDay == 0 {
		perDay = 20
	}
	switch {
	case months < 1 || months > 36:
		return nil, fmt.Errorf("%w: Months is %d, expected 1 to 36", ErrInvalid, months)
	case perDay < 0 || perDay > 1000:
		return nil, fmt.Errorf("%w: OrdersPerDay is %g, expected up to 1000", ErrInvalid, perDay)
	case len(shop.Products) == 0:
		return nil, fmt.Errorf("%w: the shop has no products", ErrInvalid)
	}
	e := &env{shop: shop, loc: loc, ordersPerDay: perDay, seed: cfg.Seed}
	e.now = cfg.Now.In(loc).Truncate(time.Second)
	e.start = e.now.AddDate(0, -months, 0)
	e.processingDays = min(max(shop.ProcessingDays, 0), 3)
	total := 0
	for i, p := range shop.Products {
		if p.SKUID == "" || p.PriceCents <= 0 {
			return nil, fmt.Errorf("%w: product %d needs a SKU ID and a price", ErrInvalid, i+1)
		}
		total += max(p.Popularity, 1)
		e.cumulative = append(e.cumulative, total)
	}
	return e, nil
}

// rng returns the generator's random source for one stream; streams keep the
// orders file stable when, say, only the returns logic changes.
func (e *env) rng(stream uint64) *rand.Rand {
	return rand.New(rand.NewPCG(uint64(e.seed), stream))
}

// pickProduct draws a SKU index weighted by popularity.
func (e *env) pickProduct(r *rand.Rand) int {
	n := r.IntN(e.cumulative[len(e.cumulative)-1])
	for i, c := range e.cumulative {
		if n < c {
			return i
		}
	}
	return len(e.cumulative) - 1
}
