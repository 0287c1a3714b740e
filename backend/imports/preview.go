package imports

import (
	"context"
	"errors"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/feedback"
	"afterloop/backend/importer"
)

// Preview is what the import screen shows before anything is written, the
// same for every kind: which kind the headers say and why, the column
// mapping, the date order (and whether the seller must settle it), rows,
// samples and the rows the import would skip.
type Preview struct {
	Path              string              `json:"path"`
	FileName          string              `json:"fileName"`
	FileSize          int64               `json:"fileSize"`
	Kind              string              `json:"kind"`         // the kind the import will use
	DetectedKind      string              `json:"detectedKind"` // what the headers say ("" when nothing matched)
	KindReason        string              `json:"kindReason"`   // why, or "chosen by you"
	Kinds             []string            `json:"kinds"`        // every kind the seller can choose instead
	Platform          string              `json:"platform"`
	Headers           []string            `json:"headers"`
	Mapping           []FieldMapping      `json:"mapping"`
	MappingRemembered bool                `json:"mappingRemembered"`
	NeedsMapping      bool                `json:"needsMapping"`
	DateOrder         string              `json:"dateOrder"`
	DateOrderReason   string              `json:"dateOrderReason"`
	DateOrderAsk      bool                `json:"dateOrderAsk"` // no cell settles it: ask with DateSample
	DateSample        *DateSample         `json:"dateSample"`
	Rows              int                 `json:"rows"`
	SampleRows        [][]string          `json:"sampleRows"`
	SampleRowNumbers  []int               `json:"sampleRowNumbers"`
	DescriptionRow    bool                `json:"descriptionRow"`
	Warnings          []string            `json:"warnings"`
	AlreadyImported   *domain.ImportBatch `json:"alreadyImported"`
	Currency          string              `json:"currency"`
	ErrorRows         int                 `json:"errorRows"`
	Errors            []domain.RowError   `json:"errors"`
}

// FieldMapping tells which header feeds one field.
type FieldMapping struct {
	Field    string `json:"field"`
	Label    string `json:"label"`
	Header   string `json:"header"` // "" when unmapped
	Required bool   `json:"required"`
}

// DateSample is a real cell that reads two ways, for the question "10/05/2026:
// 10 May or 5 October?".
type DateSample struct {
	Raw        string `json:"raw"`
	Row        int    `json:"row"`
	Column     string `json:"column"`
	DayFirst   string `json:"dayFirst"`
	MonthFirst string `json:"monthFirst"`
}

// fromOrderPreview copies the order importer's preview.
func fromOrderPreview(in *importer.Preview, pv *Preview) {
	pv.Path, pv.FileName, pv.FileSize, pv.Kind, pv.Platform = in.Path, in.FileName, in.FileSize, in.Kind, in.Platform
	pv.Headers, pv.MappingRemembered, pv.NeedsMapping = in.Headers, in.MappingRemembered, in.NeedsMapping
	pv.DateOrder, pv.DateOrderReason, pv.DateOrderAsk = in.DateOrder, in.DateOrderReason, in.DateOrderAsk
	if in.DateSample != nil {
		d := DateSample(*in.DateSample)
		pv.DateSample = &d
	}
	pv.Rows, pv.SampleRows, pv.SampleRowNumbers, pv.DescriptionRow = in.Rows, in.SampleRows, in.SampleRowNumbers, in.DescriptionRow
	pv.Warnings, pv.AlreadyImported, pv.Currency, pv.ErrorRows, pv.Errors = in.Warnings, in.AlreadyImported, in.Currency, in.ErrorRows, in.Errors
	pv.Mapping = make([]FieldMapping, len(in.Mapping))
	for i, m := range in.Mapping {
		pv.Mapping[i] = FieldMapping(m)
	}
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
		fromOrderPreview(inner, pv)
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
	p := pv
	p.Path, p.FileName, p.FileSize, p.Kind, p.Platform = path, facts.name, facts.size, kind, domain.PlatformOther
	p.Headers, p.Mapping, p.SampleRows, p.SampleRowNumbers = []string{}, []FieldMapping{}, [][]string{}, []int{}
	p.Warnings, p.Errors = []string{}, []domain.RowError{}
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
			p.Mapping = append(p.Mapping, FieldMapping{Field: m.Field, Label: m.Label, Header: m.Header, Required: m.Required})
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
	if q := prep.dateQuestion; q != nil {
		d := DateSample(*q)
		p.DateSample, p.DateOrderAsk = &d, opts.DateOrder == ""
	}
	p.Errors = res.Errors
	if len(p.Errors) > 20 {
		p.Errors = p.Errors[:20]
	}
	return readSample(ctx, path, p)
}

// readSample fills the headers and the first data rows.
func readSample(ctx context.Context, path string, p *Preview) error {
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
