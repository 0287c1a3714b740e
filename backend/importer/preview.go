package importer

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// previewErrors is how many row errors a preview lists.
const previewErrors = 20

// Preview reads the whole file without writing anything and reports what an
// import would do: detected platform and kind, the column mapping, the date
// order and why, sample rows and the rows that would be skipped. A file
// whose required columns are not found is not an error here: NeedsMapping
// is set so the user can choose them.
func (im *Importer) Preview(ctx context.Context, path string, opts Options) (*Preview, error) {
	started := time.Now()
	op, err := im.open(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	defer func() { _ = op.src.close() }() // read only, or already written and checked: closing loses nothing
	lay := op.lay
	pv := &Preview{Path: path, FileName: op.facts.name, FileSize: op.facts.size, Platform: lay.platform, Kind: lay.kind,
		Headers: lay.headers, Mapping: lay.fieldMappings(), MappingRemembered: lay.remembered,
		SampleRows: [][]string{}, SampleRowNumbers: []int{}, Warnings: []string{}, Errors: []domain.RowError{}}
	if prev, err := im.st.FindLiveImportBySHA(ctx, op.facts.sha); err == nil {
		pv.AlreadyImported = &prev // the UI says "already imported on …" from this
	} else if !errors.Is(err, apperr.ErrNotFound) {
		return nil, err
	}
	opts.shopCurrency = im.shopCurrency(ctx, opts)
	p := newParser(ctx, lay, opts, im.defaultCurrency(ctx, opts))
	p.keepSamples = true
	if len(op.missing) > 0 {
		pv.NeedsMapping, p.countOnly = true, true
		pv.Warnings = append(pv.Warnings, missingColumnsError(op.facts.name, lay, op.missing).Message+" "+describeMissing(lay, op.missing))
	}
	p.onRow = func(rows int) { report(opts.Progress, "reading", rows, max(op.src.estimate(rows), rows), started) }
	if err := p.run(op.src); err != nil {
		return nil, importError(ctx, op.facts.name, err)
	}
	pv.Rows, pv.DescriptionRow, pv.SampleRows, pv.SampleRowNumbers = p.rows, p.descriptionRow, p.samples, p.sampleRowNums
	if pv.SampleRows == nil {
		pv.SampleRows = [][]string{}
	}
	pv.DateOrder, pv.DateOrderReason = p.dateDecision()
	pv.DateSample = p.dateSample
	pv.DateOrderAsk = p.dateUnsettled() && opts.DateOrder == ""
	pv.Currency = p.currency("")
	pv.ErrorRows = p.skipped
	if len(p.errors) > previewErrors {
		pv.Errors = p.errors[:previewErrors]
	} else if p.errors != nil {
		pv.Errors = p.errors
	}
	pv.Warnings = append(pv.Warnings, previewWarnings(p)...)
	report(opts.Progress, "done", p.rows, p.rows, started)
	return pv, nil
}

func previewWarnings(p *parser) []string {
	var out []string
	if p.rows == 0 {
		out = append(out, "The file has column headers but no rows to import.")
	}
	if p.skipped > 0 && !p.countOnly {
		first := p.errors[0]
		rows := "1 row will be skipped"
		if p.skipped != 1 {
			rows = fmt.Sprintf("%d rows will be skipped", p.skipped)
		}
		out = append(out, fmt.Sprintf("%s; the first is row %d: %s", rows, first.Row, first.Message))
	}
	if u := p.unknownStatuses(); len(u) > 0 {
		out = append(out, fmt.Sprintf("Unknown status values will be kept as they are: %s.", strings.Join(sortedUnique(u), ", ")))
	}
	if p.evidence.firstRow != 0 && p.evidence.secondRow != 0 {
		out = append(out, "Some dates are written day first and others month first; dates that do not fit the chosen order will be skipped.")
	}
	return out
}
