package service

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/platform"
	"afterloop/backend/safefile"
	"afterloop/backend/scorecard"
)

// ScorecardService is bound to the UI: the weekly scorecard
// with its drill-downs and targets, and the Excel export. Reviews and
// comments arrive through the one import flow (ImportService).
type ScorecardService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	// cache keeps computed weeks until the next commit to the database.
	cache *scorecard.Cache
	// now is the clock; tests set it.
	now func() time.Time
}

// NewScorecardService creates the service.
func NewScorecardService(shop *Shop, p platform.Platform) *ScorecardService {
	return &ScorecardService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now,
		cache: scorecard.NewCache(shop.Store)}
}

// ScorecardWeek resolves week ("" = the default week: the last complete
// week, or the newest week with orders when the data is older) and the shop
// facts the scorecard needs in loc (nil = the shop's zone).
func ScorecardWeek(ctx context.Context, shop *Shop, loc *time.Location, week string, now time.Time) (scorecard.Week, scorecard.ShopInfo, error) {
	settings, err := shop.Settings(ctx)
	if err != nil {
		return scorecard.Week{}, scorecard.ShopInfo{}, err
	}
	if loc == nil {
		loc = shop.Location(ctx)
	}
	var w scorecard.Week
	if strings.TrimSpace(week) != "" {
		if w, err = scorecard.ParseWeek(week); err != nil {
			return w, scorecard.ShopInfo{}, err
		}
	} else {
		_, newest, err := shop.Store.OrderTimeSpan(ctx)
		if err != nil {
			return w, scorecard.ShopInfo{}, err
		}
		w, _ = scorecard.DefaultWeekFor(now, loc, newest)
	}
	return w, scorecard.ShopInfo{Name: settings.ShopName, Currency: settings.Currency, Location: loc}, nil
}

// BuildScorecard computes the scorecard view of week ("" = the last
// complete week) in loc (nil = the shop's zone), for the CLI.
func BuildScorecard(ctx context.Context, shop *Shop, loc *time.Location, week string, now time.Time) (*scorecard.View, error) {
	w, sc, err := ScorecardWeek(ctx, shop, loc, week, now)
	if err != nil {
		return nil, err
	}
	return scorecard.Build(ctx, shop.Store, sc, w)
}

// DefaultWeek is the week the scorecard opens on (YYYY-Www): the last
// complete ISO week in the shop zone, or the newest week with orders when
// the imported data ends before it.
func (s *ScorecardService) DefaultWeek() string {
	loc := s.shop.Location(s.ctx)
	_, newest, err := s.shop.Store.OrderTimeSpan(s.ctx)
	if err != nil {
		return scorecard.LastComplete(s.now(), loc).String()
	}
	w, _ := scorecard.DefaultWeekFor(s.now(), loc, newest)
	return w.String()
}

// Weeks lists the weeks the week picker offers (the current week and every
// week with orders, newest first), the default week, and whether the data
// ends before the last complete week.
func (s *ScorecardService) Weeks() (scorecard.Range, error) {
	return scorecard.WeekRange(s.ctx, s.shop.Store, s.shop.Location(s.ctx), s.now())
}

// Week returns the scorecard of an ISO week (YYYY-Www; "" = the default):
// tiles with change, target and status, 12-week trends, refunds by SKU and
// "what to fix" hints.
func (s *ScorecardService) Week(isoWeek string) (*scorecard.View, error) {
	w, sc, err := ScorecardWeek(s.ctx, s.shop, nil, isoWeek, s.now())
	if err != nil {
		return nil, err
	}
	return s.cache.Build(s.ctx, sc, w)
}

// Drill returns the orders lines, tickets, reviews, comments or buyers
// behind one number of a week.
func (s *ScorecardService) Drill(req scorecard.DrillRequest) (scorecard.DrillResult, error) {
	return scorecard.Drill(s.ctx, s.shop.Store, s.shop.Location(s.ctx), req)
}

// Metrics lists every metric with its label, unit, direction, default
// target and definition, for labels and the settings screen.
func (s *ScorecardService) Metrics() []scorecard.Definition { return scorecard.Catalog }

// Targets returns every metric's target and good direction.
func (s *ScorecardService) Targets() ([]scorecard.Target, error) {
	return scorecard.LoadTargets(s.ctx, s.shop.Store)
}

// SaveTargets saves edited targets (metrics left out keep theirs).
func (s *ScorecardService) SaveTargets(targets []scorecard.Target) ([]scorecard.Target, error) {
	out, err := scorecard.SaveTargets(s.ctx, s.shop.Store, targets)
	if err != nil {
		return nil, err
	}
	s.platform.Emit(EventDataChanged, "scorecard-targets")
	return out, nil
}

// ResetTargets puts every target back to its default.
func (s *ScorecardService) ResetTargets() ([]scorecard.Target, error) {
	return s.SaveTargets(scorecard.DefaultTargets())
}

// ScorecardExport says where the workbook was saved; Path is "" when the
// user cancelled the save dialog.
type ScorecardExport struct {
	Path string `json:"path"`
	Week string `json:"week"`
}

// Export asks where to save and writes the week's scorecard as an Excel
// workbook.
func (s *ScorecardService) Export(isoWeek string) (ScorecardExport, error) {
	v, err := s.Week(isoWeek)
	if err != nil {
		return ScorecardExport{}, err
	}
	name := "Scorecard " + v.Week
	if v.ShopName != "" {
		name = v.ShopName + " " + name
	}
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) {
			return '-'
		}
		return r
	}, name) + ".xlsx"
	path, err := s.platform.SaveFile("Save the scorecard as Excel", name,
		[]platform.FileFilter{{DisplayName: "Excel workbook (*.xlsx)", Pattern: "*.xlsx"}})
	if err != nil || path == "" {
		return ScorecardExport{Week: v.Week}, err
	}
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		path += ".xlsx"
	}
	if v, err = WithHealth(s.ctx, s.shop, nil, v, s.now()); err != nil {
		return ScorecardExport{}, err
	}
	if err := scorecard.ExportFile(v, path, s.now()); err != nil {
		return ScorecardExport{}, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("The scorecard could not be saved to %s. Choose another folder.", path))
	}
	return ScorecardExport{Path: path, Week: v.Week}, nil
}

// OpenExport opens a saved workbook in the spreadsheet app. Only a file this
// app wrote since it started can be opened, so the UI cannot be used to
// launch any other file on the computer.
func (s *ScorecardService) OpenExport(path string) error {
	if !safefile.WrittenSinceStart(path) {
		return apperr.New(apperr.CodeInvalidInput, "Afterloop only opens files it saved since it started. Export the scorecard again to open it.")
	}
	return s.platform.OpenPath(path)
}
