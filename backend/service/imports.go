package service

import (
	"context"
	"errors"
	"strings"
	"sync"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/imports"
	"afterloop/backend/platform"
	"afterloop/backend/store"
)

// Events the import emits.
const (
	EventImportProgress = "import:progress"
	EventDataChanged    = "data:changed"
	EventFilesDropped   = "files:dropped"
)

// ImportService is bound to the UI: choose, preview, run, cancel and undo
// imports of every kind (orders, returns, support logs, reviews, comments).
type ImportService struct {
	shop     *Shop
	engine   *imports.Engine
	platform platform.Platform
	ctx      context.Context

	mu     sync.Mutex
	cancel context.CancelFunc
}

// NewImportService creates the service.
func NewImportService(shop *Shop, im *importer.Importer, p platform.Platform) *ImportService {
	_ = im // the engine drives the order importer itself
	return &ImportService{shop: shop, engine: imports.New(shop.Store), platform: p, ctx: context.Background()}
}

// ImportOptions are the choices on the preview screen.
type ImportOptions struct {
	Kind            string            `json:"kind"`
	Platform        string            `json:"platform"`
	Mapping         map[string]string `json:"mapping"`
	DateOrder       string            `json:"dateOrder"`
	RememberMapping bool              `json:"rememberMapping"`
}

var spreadsheetFilters = []platform.FileFilter{{DisplayName: "Spreadsheets (*.xlsx, *.csv)", Pattern: "*.xlsx;*.csv"}}

// ChooseFile shows the native open dialog; "" when the user cancelled.
func (s *ImportService) ChooseFile() (string, error) {
	return s.platform.OpenFile("Choose an export to import", spreadsheetFilters)
}

func (s *ImportService) options(o ImportOptions) imports.Options {
	return imports.Options{
		Kind: o.Kind, Platform: o.Platform, Mapping: o.Mapping, DateOrder: o.DateOrder,
		Location: s.shop.Location(s.ctx),
	}
}

// Preview reads the start of the file and reports what it found.
func (s *ImportService) Preview(path string, o ImportOptions) (*imports.Preview, error) {
	if strings.TrimSpace(path) == "" {
		return nil, apperr.New(apperr.CodeInvalidInput, "Choose a file to import.")
	}
	return s.engine.Preview(s.ctx, path, s.options(o))
}

// Run imports the file, emitting import:progress events; Cancel stops it
// and then nothing is written.
func (s *ImportService) Run(path string, o ImportOptions) (*imports.Result, error) {
	ctx, cancel := context.WithCancel(s.ctx)
	s.mu.Lock()
	if s.cancel != nil {
		s.mu.Unlock()
		cancel()
		return nil, apperr.New(apperr.CodeConflict, "Another import is still running. Wait for it to finish or cancel it.")
	}
	s.cancel = cancel
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.cancel = nil
		s.mu.Unlock()
		cancel()
	}()

	opts := s.options(o)
	opts.Progress = func(p importer.Progress) { s.platform.Emit(EventImportProgress, p) }
	if o.RememberMapping && len(o.Mapping) > 0 {
		if pv, err := s.engine.Preview(ctx, path, opts); err == nil && (pv.Kind == domain.KindOrders || pv.Kind == domain.KindReturns) {
			_ = s.engine.SaveMapping(ctx, pv.Headers, pv.Kind, pv.Platform, o.Mapping)
		}
	}
	if err := SafetyBackup(ctx, s.shop.Store, store.BackupPreImport); err != nil {
		return nil, err
	}
	res, err := s.engine.Import(ctx, path, opts)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return nil, apperr.Wrap(apperr.CodeCancelled, err, "Import cancelled. Nothing was changed.")
		}
		return nil, err
	}
	if !res.Duplicate && !res.DryRun {
		s.platform.Emit(EventDataChanged, "import")
	}
	return res, nil
}

// Cancel stops the running import, if any.
func (s *ImportService) Cancel() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
}

// ListBatches returns the import history, newest first.
func (s *ImportService) ListBatches() ([]domain.ImportBatch, error) {
	return s.engine.History(s.ctx)
}

// Undo removes what an import created and restores what it updated.
func (s *ImportService) Undo(batchID int64) (*importer.UndoResult, error) {
	if err := SafetyBackup(s.ctx, s.shop.Store, store.BackupPreUndo); err != nil {
		return nil, err
	}
	res, err := s.engine.Undo(s.ctx, batchID)
	if err != nil {
		return nil, err
	}
	s.platform.Emit(EventDataChanged, "undo")
	return res, nil
}
