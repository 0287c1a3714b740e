package imports

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// Engine imports every kind of export into the store.
type Engine struct {
	st     *store.Store
	orders *importer.Importer
}

// New returns the engine writing to st.
func New(st *store.Store) *Engine { return &Engine{st: st, orders: importer.New(st)} }

// Options steer a preview or an import. Zero values mean "detect".
type Options struct {
	Kind      string            `json:"kind"`      // "" or "auto": recognise from the headers
	Platform  string            `json:"platform"`  // orders and returns: "" or "auto" | tiktok | shopify | other
	Mapping   map[string]string `json:"mapping"`   // field -> header, overrides detection
	DateOrder string            `json:"dateOrder"` // "" (decide) | dmy | mdy | ymd
	DryRun    bool              `json:"dryRun"`    // read and count, write nothing
	// Location is the shop time zone; file times are shop-local. nil = UTC.
	Location *time.Location `json:"-"`
	// Progress, if set, hears about long files.
	Progress func(importer.Progress) `json:"-"`
}

// kindFor settles the kind: the seller's choice, else what the headers say,
// else orders (the mapping screen then asks for the columns).
func (e *Engine) kindFor(ctx context.Context, path string, opts Options) (string, Detection, error) {
	headers, err := readHeaders(ctx, path)
	if err != nil {
		return "", Detection{}, err
	}
	det := DetectKind(headers)
	if opts.Kind != "" && opts.Kind != "auto" {
		if !slices.Contains(domain.ImportKinds, opts.Kind) {
			return "", det, apperr.Newf(apperr.CodeInvalidInput, "Unknown import type %q: choose orders, returns, tickets, reviews or comments.", opts.Kind)
		}
		if opts.Kind != det.Kind {
			det.Reason = "chosen by you"
		}
		return opts.Kind, det, nil
	}
	if det.Kind == "" {
		return domain.KindOrders, det, nil
	}
	return det.Kind, det, nil
}

// Import reads the file and writes it in one transaction with one
// import-history entry. The same file imported again (and not undone)
// changes nothing: Result.Duplicate is set.
func (e *Engine) Import(ctx context.Context, path string, opts Options) (*Result, error) {
	started := time.Now()
	kind, det, err := e.kindFor(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	var res *Result
	switch kind {
	case domain.KindOrders, domain.KindReturns:
		r, err := e.orders.Import(ctx, path, e.orderOptions(kind, opts))
		if err != nil {
			return nil, err
		}
		res = fromOrders(r)
	default:
		if res, err = e.importRecords(ctx, path, kind, opts); err != nil {
			return nil, err
		}
	}
	res.Kind, res.KindReason = kind, det.Reason
	res.Seconds = time.Since(started).Seconds()
	return res, nil
}

func (e *Engine) orderOptions(kind string, opts Options) importer.Options {
	return importer.Options{Kind: kind, Platform: opts.Platform, Mapping: opts.Mapping, DateOrder: opts.DateOrder,
		DryRun: opts.DryRun, Location: opts.Location, Progress: opts.Progress}
}

// region is the shop's evidence for dates no cell settles.
func (e *Engine) region(ctx context.Context, loc *time.Location) importer.RegionEvidence {
	var r importer.RegionEvidence
	if s, err := e.st.GetSettings(ctx, domain.Settings{}); err == nil {
		r.ShopCurrency = s.Currency
	}
	if loc != nil && loc.String() != "UTC" && loc.String() != "Local" {
		r.Zone = loc.String()
	}
	return r
}

// History returns every import, newest first, undone ones included.
func (e *Engine) History(ctx context.Context) ([]domain.ImportBatch, error) {
	return e.orders.ListBatches(ctx)
}

// Undo reverses one import of any kind in one transaction.
func (e *Engine) Undo(ctx context.Context, batchID int64) (*importer.UndoResult, error) {
	return e.orders.Undo(ctx, batchID)
}

// SaveMapping remembers a column mapping for files with these headers.
func (e *Engine) SaveMapping(ctx context.Context, headers []string, kind, platform string, mapping map[string]string) error {
	return e.orders.SaveMapping(ctx, headers, kind, platform, mapping)
}

// fileFacts are a file's name, size and SHA-256 (the duplicate check).
type fileFacts struct {
	name string
	size int64
	sha  string
}

func statFile(path string) (fileFacts, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fileFacts{}, apperr.Newf(apperr.CodeNotFound, "%s no longer exists. Choose the file again.", name).With("file", name)
		}
		return fileFacts{}, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot open %s.", name)).With("file", name)
	}
	defer func() { _ = f.Close() }() // read only, or already written and checked: closing loses nothing
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return fileFacts{}, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot read %s.", name)).With("file", name)
	}
	return fileFacts{name: name, size: n, sha: hex.EncodeToString(h.Sum(nil))}, nil
}
