package service

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/feedback"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
	"afterloop/backend/safefile"
	"afterloop/backend/scorecard"
	"afterloop/backend/store"
)

// ScorecardService is bound to the UI: the weekly scorecard (PRODUCT.md §7)
// with its drill-downs and targets, the Excel export, and the reviews and
// comments it reads (imported or logged by hand).
type ScorecardService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	// cache keeps computed weeks until the next commit to the database.
	cache *scorecard.Cache
	// now is the clock; tests set it.
	now func() time.Time

	mu        sync.Mutex
	importing bool
}

// NewScorecardService creates the service.
func NewScorecardService(shop *Shop, p platform.Platform) *ScorecardService {
	return &ScorecardService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now,
		cache: scorecard.NewCache(shop.Store)}
}

// ScorecardWeek resolves week ("" = the last complete week) and the shop
// facts the scorecard needs in loc (nil = the shop's zone).
func ScorecardWeek(ctx context.Context, shop *Shop, loc *time.Location, week string, now time.Time) (scorecard.Week, scorecard.Shop, error) {
	settings, err := shop.Settings(ctx)
	if err != nil {
		return scorecard.Week{}, scorecard.Shop{}, err
	}
	if loc == nil {
		loc = shop.Location(ctx)
	}
	w := scorecard.LastComplete(now, loc)
	if strings.TrimSpace(week) != "" {
		if w, err = scorecard.ParseWeek(week); err != nil {
			return w, scorecard.Shop{}, err
		}
	}
	return w, scorecard.Shop{Name: settings.ShopName, Currency: settings.Currency, Location: loc}, nil
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

// DefaultWeek is the last complete ISO week in the shop zone (YYYY-Www),
// the week the scorecard opens on.
func (s *ScorecardService) DefaultWeek() string {
	return scorecard.LastComplete(s.now(), s.shop.Location(s.ctx)).String()
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

// ChooseFeedbackFile shows the open dialog for a reviews or comments file;
// "" when cancelled.
func (s *ScorecardService) ChooseFeedbackFile() (string, error) {
	return s.platform.OpenFile("Choose a reviews or comments file", spreadsheetFilters)
}

// FeedbackFields lists the fields of "reviews" or "comments" for the
// mapping screen.
func (s *ScorecardService) FeedbackFields(kind string) ([]feedback.FieldMapping, error) {
	return feedback.Fields(kind)
}

// PreviewFeedback reads a file's headers and first rows and how they map
// (mapping: header -> field key, or "ignore"); NeedsMapping asks for the
// mapping screen.
func (s *ScorecardService) PreviewFeedback(path, kind string, mapping map[string]string) (feedback.Preview, error) {
	if strings.TrimSpace(path) == "" {
		return feedback.Preview{}, apperr.New(apperr.CodeInvalidInput, "Choose a file to import.")
	}
	return feedback.PreviewFile(s.ctx, path, kind, s.feedbackOptions(mapping))
}

// ImportReviews imports a reviews file (mapping as in PreviewFeedback).
func (s *ScorecardService) ImportReviews(path string, mapping map[string]string) (feedback.Result, error) {
	return s.runImport("reviews", func(opts feedback.Options) (feedback.Result, error) {
		return feedback.ImportReviews(s.ctx, s.shop.Store, path, opts)
	}, mapping)
}

// ImportComments imports a comments file (mapping as in PreviewFeedback).
func (s *ScorecardService) ImportComments(path string, mapping map[string]string) (feedback.Result, error) {
	return s.runImport("comments", func(opts feedback.Options) (feedback.Result, error) {
		return feedback.ImportComments(s.ctx, s.shop.Store, path, opts)
	}, mapping)
}

func (s *ScorecardService) feedbackOptions(mapping map[string]string) feedback.Options {
	opts := feedback.Options{Mapping: mapping, Location: s.shop.Location(s.ctx)}
	if st, err := s.shop.Settings(s.ctx); err == nil {
		opts.Currency = st.Currency
	}
	return opts
}

// runImport runs one feedback import at a time, with progress events, and
// tells the UI the data changed when anything was written.
func (s *ScorecardService) runImport(what string, run func(feedback.Options) (feedback.Result, error), mapping map[string]string) (feedback.Result, error) {
	s.mu.Lock()
	if s.importing {
		s.mu.Unlock()
		return feedback.Result{}, apperr.New(apperr.CodeConflict, "Another reviews or comments import is still running. Wait for it to finish.")
	}
	s.importing = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.importing = false
		s.mu.Unlock()
	}()
	opts := s.feedbackOptions(mapping)
	opts.Progress = func(p importer.Progress) { s.platform.Emit(EventImportProgress, p) }
	if err := SafetyBackup(s.ctx, s.shop.Store, store.BackupPreImport); err != nil {
		return feedback.Result{}, err
	}
	res, err := run(opts)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return res, apperr.Wrap(apperr.CodeCancelled, err, "Import cancelled. Nothing was changed.")
		}
		return res, err
	}
	if res.Created+res.Updated > 0 {
		s.platform.Emit(EventDataChanged, what)
	}
	return res, nil
}
