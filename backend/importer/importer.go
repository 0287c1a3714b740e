package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Importer reads export files into the store.
type Importer struct {
	st *store.Store
}

// New returns an importer writing to st.
func New(st *store.Store) *Importer { return &Importer{st: st} }

// ListBatches returns every import, newest first, undone ones included
// (their UndoneAt is set).
func (im *Importer) ListBatches(ctx context.Context) ([]domain.ImportBatch, error) {
	return im.st.ListImportBatches(ctx)
}

// SaveMapping remembers a field -> header mapping for files with the same
// headers; Preview and Import then apply it by themselves.
func (im *Importer) SaveMapping(ctx context.Context, headers []string, kind, platform string, mapping map[string]string) error {
	if len(headers) == 0 {
		return apperr.New(apperr.CodeInvalidInput, "A mapping needs the file's column headers.")
	}
	if platform == "" || platform == "auto" {
		platform = domain.PlatformOther
	}
	lay, missing, err := resolveLayout(headers, Options{Kind: kind, Platform: platform, Mapping: mapping}, nil)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		return apperr.New(apperr.CodeInvalidInput, describeMissing(lay, missing))
	}
	clean := make(map[string]string, len(mapping))
	for f, h := range mapping {
		if h != "" {
			clean[f] = h
		}
	}
	return im.st.SaveColumnMapping(ctx, store.ColumnMapping{Signature: headerSignature(headers), Kind: lay.kind,
		Platform: lay.platform, Mapping: clean})
}

// fileFacts are the file's name, size and SHA-256 (the duplicate check).
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
	st, err := f.Stat()
	if err != nil {
		return fileFacts{}, err
	}
	if st.IsDir() {
		return fileFacts{}, apperr.Newf(apperr.CodeUnsupported, "%s is a folder. Choose an .xlsx or .csv export.", name).With("file", name)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fileFacts{}, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Afterloop cannot read %s.", name)).With("file", name)
	}
	return fileFacts{name: name, size: st.Size(), sha: hex.EncodeToString(h.Sum(nil))}, nil
}

// opened is a file ready to parse: its rows after the header and its layout.
type opened struct {
	facts   fileFacts
	src     rowSource
	lay     *layout
	missing []field
}

// open sniffs the file, reads its header row and works out its layout. The
// caller closes o.src.
func (im *Importer) open(ctx context.Context, path string, opts Options) (*opened, error) {
	facts, err := statFile(path)
	if err != nil {
		return nil, err
	}
	src, err := openSource(path)
	if err != nil {
		return nil, err
	}
	headers, headerRow, err := readHeader(src, facts.name)
	if err != nil {
		_ = src.close() // already failing: the error returned matters more
		return nil, err
	}
	var saved *store.ColumnMapping
	if m, err := im.st.FindColumnMapping(ctx, headerSignature(headers)); err == nil {
		saved = &m
	} else if !errors.Is(err, apperr.ErrNotFound) {
		_ = src.close() // already failing: the error returned matters more
		return nil, err
	}
	lay, missing, err := resolveLayout(headers, opts, saved)
	if err != nil {
		_ = src.close() // already failing: the error returned matters more
		return nil, err
	}
	lay.headerRow = headerRow
	return &opened{facts: facts, src: src, lay: lay, missing: missing}, nil
}

// readHeader returns the first non-blank row, cleaned, without trailing
// empty headers.
func readHeader(src rowSource, name string) ([]string, int, error) {
	for src.next() {
		if msg := src.damage(); msg != "" {
			return nil, 0, apperr.Newf(apperr.CodeUnsupported, "The header row of %s cannot be read: %s", name, msg).With("file", name).With("row", fmt.Sprint(src.rowNumber()))
		}
		cells := src.cells()
		headers := make([]string, len(cells))
		last := -1
		for i, c := range cells {
			if headers[i] = cleanCell(c); headers[i] != "" {
				last = i
			}
		}
		if last >= 0 {
			return headers[:last+1], src.rowNumber(), nil
		}
	}
	if err := src.err(); err != nil {
		return nil, 0, err
	}
	return nil, 0, apperr.Newf(apperr.CodeUnsupported, "%s is empty. Expected an order or return export with a header row.", name).With("file", name)
}

// defaultCurrency is used for amounts that name no currency.
func (im *Importer) defaultCurrency(ctx context.Context, opts Options) string {
	if opts.Currency != "" {
		return opts.Currency
	}
	s, err := im.st.GetSettings(ctx, domain.DefaultSettings("UTC"))
	if err != nil {
		return "USD"
	}
	return s.Currency
}

// shopCurrency is the currency the seller chose (opts.Currency or the saved
// setting); "" when neither was ever set.
func (im *Importer) shopCurrency(ctx context.Context, opts Options) string {
	if opts.Currency != "" {
		return opts.Currency
	}
	s, err := im.st.GetSettings(ctx, domain.Settings{})
	if err != nil {
		return ""
	}
	return s.Currency
}

func sortedUnique(in []string) []string {
	out := append([]string{}, in...)
	sort.Strings(out)
	return out
}
