package importer

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Sentinels that roll an import's transaction back without a user error.
var (
	errDryRun    = errors.New("dry run")          // counted, now discard
	errDuplicate = errors.New("already imported") // a concurrent import won
)

// Import reads the file and writes it in one transaction. The same file
// imported again (and not undone) changes nothing: Result.Duplicate is set.
// Progress, when set, is called from one goroutine at a time, not always the
// caller's.
func (im *Importer) Import(ctx context.Context, path string, opts Options) (*Result, error) {
	started := time.Now()
	facts, err := statFile(path)
	if err != nil {
		return nil, err
	}
	if prev, err := im.st.FindLiveImportBySHA(ctx, facts.sha); err == nil {
		return duplicateResult(prev, opts, started), nil
	} else if !errors.Is(err, apperr.ErrNotFound) {
		return nil, err
	}
	op, err := im.open(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	defer func() { _ = op.src.close() }() // read only, or already written and checked: closing loses nothing
	if len(op.missing) > 0 {
		return nil, missingColumnsError(facts.name, op.lay, op.missing)
	}
	currency := im.defaultCurrency(ctx, opts)
	opts.shopCurrency = im.shopCurrency(ctx, opts)
	res := &Result{DryRun: opts.DryRun, UnknownStatuses: []string{}}
	res.ImportBatch = domain.ImportBatch{FileName: facts.name, FileSize: facts.size, SHA256: facts.sha,
		Kind: op.lay.kind, Platform: op.lay.platform, Errors: []domain.RowError{}}
	err = im.st.RunInTx(ctx, func(tx *store.Tx) error {
		// Checked again under the write lock: two imports of one file may
		// have started together.
		if earlier, err := store.LiveImportOf(ctx, tx, facts.sha); err != nil || earlier {
			return errors.Join(err, errDuplicate)
		}
		if err := store.InsertImportBatch(ctx, tx, &res.ImportBatch); err != nil {
			return err
		}
		w, err := newWriter(ctx, tx, res.ID, op.lay.platform)
		if err != nil {
			return err
		}
		defer w.close()
		p := newParser(ctx, op.lay, opts, currency)
		if err := runPipeline(ctx, p, w, op.src, opts.Progress, started); err != nil {
			return err
		}
		if p.rows == 0 {
			return apperr.Newf(apperr.CodeInvalidInput, "%s has column headers but no rows to import.", facts.name).With("file", facts.name)
		}
		if p.skipped == p.rows && len(p.errors) > 0 {
			return allRowsBad(facts.name, p)
		}
		if op.lay.kind == domain.KindOrders {
			if err := w.linkReturns(); err != nil {
				return err
			}
			// An erased buyer stays erased, whatever an older export says.
			if res.ErasedAgain, err = store.EraseAgainInTx(ctx, tx); err != nil {
				return err
			}
		}
		fillCounts(res, p, w, op.lay.kind)
		if err := store.UpdateImportBatch(ctx, tx, res.ImportBatch); err != nil {
			return err
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDuplicate) {
		if prev, findErr := im.st.FindLiveImportBySHA(ctx, facts.sha); findErr == nil {
			return duplicateResult(prev, opts, started), nil
		}
	}
	if err != nil && !errors.Is(err, errDryRun) {
		return nil, importError(ctx, facts.name, err)
	}
	if opts.DryRun {
		res.ID = 0
	} else if res.ErasedAgain > 0 {
		if err := im.st.CompactAfterErase(ctx); err != nil {
			return nil, err
		}
	}
	res.Seconds = time.Since(started).Seconds()
	report(opts.Progress, "done", res.Rows, res.Rows, started)
	return res, nil
}

func fillCounts(res *Result, p *parser, w *writer, kind string) {
	b := &res.ImportBatch
	b.Rows, b.Skipped, b.Errors = p.rows, p.skipped, p.errors
	if b.Errors == nil {
		b.Errors = []domain.RowError{}
	}
	b.Created, b.Updated, b.Unchanged = w.created, w.updated, w.unchanged
	if kind == domain.KindReturns {
		b.Orders, b.Returns = len(w.returnFor), len(w.returns)
	} else {
		b.Orders, b.Lines = len(w.orders), w.lines
	}
	res.UnknownStatuses = sortedUnique(p.unknownStatuses())
	b.DateOrder, b.DateReason = p.dateDecision()
	res.DescriptionRow = p.descriptionRow
	res.RowsCreated, res.RowsUpdated, res.RowsUnchanged = w.rowCounts()
}

// runPipeline parses in one goroutine and writes in this one, so that
// reading the file (most of the time for .xlsx) overlaps the SQL.
func runPipeline(ctx context.Context, p *parser, w *writer, src rowSource, progress func(Progress), started time.Time) error {
	pctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan recordBatch, 16)
	p.ctx = pctx
	p.sink = func(b recordBatch) error {
		select {
		case batches <- b:
			return nil
		case <-pctx.Done():
			return pctx.Err()
		}
	}
	p.onRow = func(rows int) { report(progress, "reading", rows, max(src.estimate(rows), rows), started) }
	report(progress, "reading", 0, 0, started)
	var parseErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(batches)
		defer func() {
			if r := recover(); r != nil {
				parseErr = fmt.Errorf("importer panic: %v\n%s", r, debug.Stack())
			}
		}()
		parseErr = p.run(src)
		report(progress, "writing", p.rows, p.rows, started)
	}()
	var writeErr error
	for b := range batches {
		if writeErr == nil {
			if writeErr = w.write(b); writeErr != nil {
				cancel()
			}
		}
	}
	<-done
	if writeErr != nil {
		return writeErr
	}
	if parseErr != nil {
		return parseErr
	}
	return ctx.Err()
}

func report(progress func(Progress), phase string, done, total int, started time.Time) {
	if progress == nil {
		return
	}
	rate := 0.0
	if secs := time.Since(started).Seconds(); secs > 0 {
		rate = float64(done) / secs
	}
	progress(Progress{Phase: phase, Done: done, Total: total, RowsPerSecond: rate})
}

// importError maps what went wrong to what the user sees; nothing was
// written in every case.
func importError(ctx context.Context, name string, err error) error {
	var appErr *apperr.Error
	switch {
	case errors.As(err, &appErr):
		return appErr
	case ctx.Err() != nil || errors.Is(err, context.Canceled):
		return apperr.Wrap(apperr.CodeCancelled, err, "Import cancelled. Nothing was changed.").With("file", name)
	}
	return apperr.Wrap(apperr.CodeInternal, err, fmt.Sprintf("Importing %s failed and nothing was changed. Please try again.", name)).With("file", name)
}

// allRowsBad refuses a file none of whose rows could be used: a batch with
// nothing in it would only clutter the history.
func allRowsBad(name string, p *parser) error {
	first := p.errors[0]
	return apperr.Newf(apperr.CodeInvalidInput, "Nothing in %s could be imported: all %d rows have problems. Row %d: %s",
		name, p.rows, first.Row, first.Message).With("file", name).With("row", fmt.Sprint(first.Row)).With("column", first.Column)
}

// duplicateResult answers a second import of the same file: nothing changes.
func duplicateResult(prev domain.ImportBatch, opts Options, started time.Time) *Result {
	res := &Result{ImportBatch: prev, Duplicate: true, DryRun: opts.DryRun, UnknownStatuses: []string{}}
	res.Unchanged = prev.Orders
	if prev.Kind == domain.KindReturns {
		res.Unchanged = prev.Returns
	}
	res.Created, res.Updated = 0, 0
	res.Seconds = time.Since(started).Seconds()
	report(opts.Progress, "done", prev.Rows, prev.Rows, started)
	return res
}
