package service

import (
	"context"
	"strings"
	"time"

	"afterloop/backend/clock"
	"afterloop/backend/health"
	"afterloop/backend/platform"
)

// HealthService is bound to the UI: shop health (the platform's own shop
// metrics estimated from the shop's data) as of any day, the records behind
// each figure, what to fix first, return reasons to classify and targets.
type HealthService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	// now is the clock; tests set it.
	now func() time.Time
	// cache keeps the records read for an as-of day until the next commit.
	cache *health.Cache
}

// NewHealthService creates the service.
func NewHealthService(shop *Shop, p platform.Platform) *HealthService {
	return &HealthService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now,
		cache: health.NewCache(shop.Store)}
}

// HealthDay resolves "YYYY-MM-DD" ("" = today in loc).
func HealthDay(on string, loc *time.Location, now time.Time) (health.Day, error) {
	if strings.TrimSpace(on) == "" {
		return health.DayOf(now.In(loc)), nil
	}
	return health.ParseDay(on)
}

// BuildHealth computes the shop's health as of on ("" = today) in loc (nil =
// the shop's zone), for the CLI and the UI.
func BuildHealth(ctx context.Context, shop *Shop, loc *time.Location, on string, now time.Time, opts health.Options) (*health.Report, error) {
	if loc == nil {
		loc = shop.Location(ctx)
	}
	day, err := HealthDay(on, loc, now)
	if err != nil {
		return nil, err
	}
	return health.Build(ctx, shop.Store, loc, day, opts)
}

// Today is today's date in the shop zone (YYYY-MM-DD), the default "as of".
func (s *HealthService) Today() string {
	return health.DayOf(s.now().In(s.shop.Location(s.ctx))).String()
}

// Report returns every metric as of on ("" = today) with its 12-week line
// and the levers ranked by how much fixing them would move their metric.
func (s *HealthService) Report(on string) (*health.Report, error) {
	loc := s.shop.Location(s.ctx)
	day, err := HealthDay(on, loc, s.now())
	if err != nil {
		return nil, err
	}
	return s.cache.Build(s.ctx, loc, day, health.Options{Trends: true, Levers: true})
}

// Warm reads today's records into the cache in the background, so the
// first visit to Shop health after start-up or an import is as quick as the
// next. The UI calls it once its first screen is interactive.
func (s *HealthService) Warm() {
	go func() {
		loc := s.shop.Location(s.ctx)
		// A failure here is only a missed head start: Report reads again
		// and shows its own error.
		_, _ = s.cache.Build(s.ctx, loc, health.DayOf(s.now().In(loc)), health.Options{})
	}()
}

// Drill lists the orders, returns, reviews or chats behind one metric.
func (s *HealthService) Drill(on, metric string) ([]health.Row, error) {
	loc := s.shop.Location(s.ctx)
	day, err := HealthDay(on, loc, s.now())
	if err != nil {
		return nil, err
	}
	return s.cache.Drill(s.ctx, loc, day, metric)
}

// Metrics lists every metric with its window, comparison and default target.
func (s *HealthService) Metrics() []health.Definition { return health.Catalog }

// Settings returns the targets and the business days to the deliver-by date.
func (s *HealthService) Settings() (health.Settings, error) {
	return health.LoadSettings(s.ctx, s.shop.Store)
}

// SaveSettings saves edited targets and delivery days.
func (s *HealthService) SaveSettings(v health.Settings) (health.Settings, error) {
	out, err := health.SaveSettings(s.ctx, s.shop.Store, v)
	if err != nil {
		return out, err
	}
	s.platform.Emit(EventDataChanged, "health-settings")
	return out, nil
}

// ResetSettings puts the targets and delivery days back to their defaults.
func (s *HealthService) ResetSettings() (health.Settings, error) {
	return s.SaveSettings(health.DefaultSettings())
}

// Reasons lists the return reasons not recognised (and the ones already
// classified by hand), for the seller to classify once.
func (s *HealthService) Reasons() ([]health.ReasonChoice, error) {
	return health.ReasonsToClassify(s.ctx, s.shop.Store)
}

// ClassifyReason remembers whether a return reason is the seller's fault
// ("seller") or the buyer's ("buyer"); "" forgets it.
func (s *HealthService) ClassifyReason(reason, fault string) ([]health.ReasonChoice, error) {
	if err := health.ClassifyReason(s.ctx, s.shop.Store, reason, fault, s.now()); err != nil {
		return nil, err
	}
	s.platform.Emit(EventDataChanged, "health-reasons")
	return s.Reasons()
}
