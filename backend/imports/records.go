package imports

import (
	"context"
	"errors"
	"fmt"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/feedback"
	"afterloop/backend/importer"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

// errDryRun rolls a dry run's transaction back once everything is counted.
var errDryRun = errors.New("dry run")

// prepared is a tickets, reviews or comments file read and checked: the
// result so far (rows read, rows skipped with reasons, the date order) and
// how to write its rows under an import-history entry.
type prepared struct {
	res          *Result
	dateQuestion *importer.DateSample                                         // set when no value of the file settles its date order
	write        func(ctx context.Context, tx *store.Tx, batchID int64) error // fills res's counts
}

// prepare reads a tickets, reviews or comments file without writing.
func (e *Engine) prepare(ctx context.Context, path, kind string, opts Options) (*prepared, error) {
	region := e.region(ctx, opts.Location)
	res := newResult(kind)
	switch kind {
	case domain.KindTickets:
		rows, lr, err := support.ParseLog(ctx, path, opts.Location, support.LogOptions{DateOrder: opts.DateOrder, Region: region})
		if err != nil {
			return nil, err
		}
		fillFromLog(res, lr)
		return &prepared{res: res, dateQuestion: lr.DateQuestion, write: func(ctx context.Context, tx *store.Tx, batchID int64) error {
			w, err := store.ImportTicketsTx(ctx, tx, batchID, rows)
			if err != nil {
				return err
			}
			support.ApplyLogWrite(&lr, w)
			fillFromLog(res, lr)
			return nil
		}}, nil
	case domain.KindReviews, domain.KindComments:
		fopts := feedback.Options{Mapping: invertMapping(opts.Mapping), DateOrder: opts.DateOrder, Region: region,
			Location: opts.Location, Progress: opts.Progress}
		if kind == domain.KindReviews {
			return prepareFeedback(ctx, path, fopts, res, feedback.PrepareReviews, store.ImportReviewsTx)
		}
		return prepareFeedback(ctx, path, fopts, res, feedback.PrepareComments, store.ImportPublicCommentsTx)
	}
	return nil, apperr.Newf(apperr.CodeInvalidInput, "Unknown import type %q.", kind)
}

// prepareFeedback reads a reviews or comments file with read and returns
// the step that writes its rows with write inside the import's
// transaction; the result counts what was read, then what was written.
func prepareFeedback[T any](ctx context.Context, path string, opts feedback.Options, res *Result,
	read func(context.Context, string, feedback.Options) ([]store.FeedbackImportRow[T], feedback.Result, error),
	write func(context.Context, *store.Tx, int64, []store.FeedbackImportRow[T]) (store.FeedbackImportResult, error),
) (*prepared, error) {
	rows, fr, err := read(ctx, path, opts)
	if err != nil {
		return nil, err
	}
	fillFromFeedback(res, fr)
	return &prepared{res: res, dateQuestion: fr.DateQuestion, write: func(ctx context.Context, tx *store.Tx, batchID int64) error {
		w, err := write(ctx, tx, batchID, rows)
		if err != nil {
			return err
		}
		feedback.ApplyWrite(&fr, w)
		fillFromFeedback(res, fr)
		return nil
	}}, nil
}

// invertMapping turns the engine's field -> header mapping into the
// header -> field mapping the feedback readers take.
func invertMapping(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]string, len(m))
	for field, header := range m {
		if header != "" {
			out[header] = field
		}
	}
	return out
}

func fillFromLog(res *Result, lr support.LogImportResult) {
	res.Rows, res.Created, res.Updated, res.Unchanged, res.Skipped = lr.Rows, lr.Created, lr.Updated, lr.Unchanged, lr.Skipped
	res.Errors, res.UnknownValues = nonNil(lr.Errors), nonNilStrings(lr.UnknownValues)
	res.DateOrder, res.DateReason = lr.DateOrder, lr.DateOrderReason
	res.Records = RecordCounts{Noun: domain.KindTickets, Created: lr.Created, Updated: lr.Updated, Unchanged: lr.Unchanged}
}

func fillFromFeedback(res *Result, fr feedback.Result) {
	res.Rows, res.Created, res.Updated, res.Unchanged, res.Skipped = fr.Rows, fr.Created, fr.Updated, fr.Unchanged, fr.Skipped
	res.Errors, res.UnknownValues = nonNil(fr.Errors), nonNilStrings(fr.UnknownValues)
	res.DateOrder, res.DateReason = fr.DateOrder, fr.DateOrderReason
	res.Records = RecordCounts{Noun: fr.Kind, Created: fr.Created, Updated: fr.Updated, Unchanged: fr.Unchanged}
}

func nonNil(e []domain.RowError) []domain.RowError {
	if e == nil {
		return []domain.RowError{}
	}
	return e
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// importRecords imports a tickets, reviews or comments file in one
// transaction under one import-history entry.
func (e *Engine) importRecords(ctx context.Context, path, kind string, opts Options) (*Result, error) {
	facts, err := statFile(path)
	if err != nil {
		return nil, err
	}
	if prev, err := e.st.FindLiveImportBySHA(ctx, facts.sha); err == nil {
		return fromBatch(prev), nil
	} else if !errors.Is(err, apperr.ErrNotFound) {
		return nil, err
	}
	p, err := e.prepare(ctx, path, kind, opts)
	if err != nil {
		return nil, err
	}
	res := p.res
	res.FileName, res.DryRun = facts.name, opts.DryRun
	if opts.Progress != nil {
		opts.Progress(importer.Progress{Phase: "writing", Done: res.Rows, Total: res.Rows})
	}
	batch := domain.ImportBatch{FileName: facts.name, FileSize: facts.size, SHA256: facts.sha, Kind: kind,
		Platform: domain.PlatformOther, Errors: []domain.RowError{}}
	err = e.st.RunInTx(ctx, func(tx *store.Tx) error {
		if err := store.InsertImportBatch(ctx, tx, &batch); err != nil {
			return err
		}
		if err := p.write(ctx, tx, batch.ID); err != nil {
			return err
		}
		if res.Rows == 0 {
			return apperr.Newf(apperr.CodeInvalidInput, "%s has column headers but no rows to import.", facts.name).With("file", facts.name)
		}
		if res.Skipped == res.Rows && len(res.Errors) > 0 {
			first := res.Errors[0]
			return apperr.Newf(apperr.CodeInvalidInput, "Nothing in %s could be imported: all %d rows have problems. Row %d: %s",
				facts.name, res.Rows, first.Row, first.Message).With("file", facts.name).With("row", fmt.Sprint(first.Row))
		}
		batch.Rows, batch.Skipped, batch.Errors = res.Rows, res.Skipped, res.Errors
		batch.Created, batch.Updated, batch.Unchanged = res.Records.Created, res.Records.Updated, res.Records.Unchanged
		batch.DateOrder, batch.DateReason = res.DateOrder, res.DateReason
		if err := store.UpdateImportBatch(ctx, tx, batch); err != nil {
			return err
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if err != nil && !errors.Is(err, errDryRun) {
		var appErr *apperr.Error
		if errors.As(err, &appErr) {
			return nil, appErr
		}
		if ctx.Err() != nil {
			return nil, apperr.Wrap(apperr.CodeCancelled, err, "Import cancelled. Nothing was changed.")
		}
		return nil, apperr.Wrap(apperr.CodeInternal, err, fmt.Sprintf("Importing %s failed and nothing was changed. Please try again.", facts.name)).With("file", facts.name)
	}
	res.Platform, res.ImportedAt = batch.Platform, batch.ImportedAt
	if !opts.DryRun {
		res.BatchID = batch.ID
	}
	return res, nil
}
