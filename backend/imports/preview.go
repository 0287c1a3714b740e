package imports

import (
	"context"
	"errors"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/feedback"
	"afterloop/backend/importer"
)

// Preview is what the import screen shows before anything is written: the
// order importer's preview (mapping, date order, rows, samples, skipped
// rows) for every kind, plus which kind the headers say and why.
type Preview struct {
	importer.Preview
	DetectedKind string   `json:"detectedKind"` // what the headers say ("" when nothing matched)
	KindReason   string   `json:"kindReason"`   // why, or "chosen by you"
	Kinds        []string `json:"kinds"`        // every kind the seller can choose instead
}

// previewSampleRows is how many rows the preview shows.
const previewSampleRows = 10

// Preview reads the file without writing anything and reports what an
// import would do.
func (e *Engine) Preview(ctx context.Context, path string, opts Options) (*Preview, error) {
	kind, det, err := e.kindFor(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	pv := &Preview{DetectedKind: det.Kind, KindReason: det.Reason, Kinds: domain.ImportKinds}
	switch kind {
	case domain.KindOrders, domain.KindReturns:
		inner, err := e.orders.Preview(ctx, path, e.orderOptions(kind, opts))
		if err != nil {
			return nil, err
		}
		pv.Preview = *inner
		return pv, nil
	}
	if err := e.previewRecords(ctx, path, kind, opts, pv); err != nil {
		return nil, err
	}
	return pv, nil
}

// previewRecords fills the preview of a tickets, reviews or comments file.
func (e *Engine) previewRecords(ctx context.Context, path, kind string, opts Options, pv *Preview) error {
	facts, err := statFile(path)
	if err != nil {
		return err
	}
	p := &pv.Preview
	*p = importer.Preview{Path: path, FileName: facts.name, FileSize: facts.size, Kind: kind, Platform: domain.PlatformOther,
		Headers: []string{}, Mapping: []importer.FieldMapping{}, SampleRows: [][]string{}, SampleRowNumbers: []int{},
		Warnings: []string{}, Errors: []domain.RowError{}}
	if prev, err := e.st.FindLiveImportBySHA(ctx, facts.sha); err == nil {
		p.AlreadyImported = &prev
	} else if !errors.Is(err, apperr.ErrNotFound) {
		return err
	}
	if kind == domain.KindReviews || kind == domain.KindComments {
		fp, err := feedback.PreviewFile(ctx, path, kind, feedback.Options{Mapping: invertMapping(opts.Mapping)})
		if err != nil {
			return err
		}
		for _, m := range fp.Mapping {
			p.Mapping = append(p.Mapping, importer.FieldMapping{Field: m.Field, Label: m.Label, Header: m.Header, Required: m.Required})
		}
		if p.NeedsMapping = fp.NeedsMapping; p.NeedsMapping {
			p.Headers, p.SampleRows, p.SampleRowNumbers, p.Rows = fp.Headers, fp.SampleRows, fp.SampleRowNumbers, fp.Rows
			p.Warnings = append(p.Warnings, "Choose the columns for the required fields.")
			return nil
		}
	}
	prep, err := e.prepare(ctx, path, kind, opts)
	if err != nil {
		return err
	}
	res := prep.res
	p.Rows, p.ErrorRows, p.DateOrder, p.DateOrderReason = res.Rows, res.Skipped, res.DateOrder, res.DateReason
	p.Errors = res.Errors
	if len(p.Errors) > 20 {
		p.Errors = p.Errors[:20]
	}
	return readSample(ctx, path, p)
}

// readSample fills the headers and the first data rows.
func readSample(ctx context.Context, path string, p *importer.Preview) error {
	header := true
	err := importer.ReadTable(ctx, path, importer.TableKind{}, func(row int, cells []string, _ string) error {
		blank := true
		for _, c := range cells {
			blank = blank && c == ""
		}
		if blank {
			return nil
		}
		if header {
			p.Headers, header = cells, false
			return nil
		}
		out := make([]string, len(p.Headers))
		copy(out, cells)
		p.SampleRows = append(p.SampleRows, out)
		p.SampleRowNumbers = append(p.SampleRowNumbers, row)
		if len(p.SampleRows) == previewSampleRows {
			return errHeaderRead
		}
		return nil
	})
	if err != nil && !errors.Is(err, errHeaderRead) {
		return err
	}
	return nil
}
