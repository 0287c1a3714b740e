package cli

import (
	"flag"
	"fmt"

	"afterloop/backend/domain"
	"afterloop/backend/feedback"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

// runImportFeedback imports a reviews or comments file; the --json document
// has the keys of `import tickets`.
func runImportFeedback(e *env, kind, path string, fs *flag.FlagSet, asJSON bool) error {
	var bad string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "platform" || f.Name == "dry-run" {
			bad = f.Name
		}
	})
	if bad != "" {
		return usageError{fmt.Sprintf("--%s is not an option of import %s", bad, kind)}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	if err := fileMustExist(path); err != nil {
		return err
	}
	opts := feedback.Options{Location: loc}
	if settings, err := e.shop.Settings(e.ctx); err == nil {
		opts.Currency = settings.Currency
	}
	var res feedback.Result
	if kind == feedback.KindReviews {
		if err = service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreImport); err != nil {
			return err
		}
		res, err = feedback.ImportReviews(e.ctx, e.shop.Store, path, opts)
	} else {
		if err = service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreImport); err != nil {
			return err
		}
		res, err = feedback.ImportComments(e.ctx, e.shop.Store, path, opts)
	}
	if err != nil {
		return err
	}
	out := importTicketsJSON{Kind: kind, Rows: res.Rows, Created: res.Created, Updated: res.Updated,
		Skipped: res.Skipped, Errors: res.Errors, UnknownValues: res.UnknownValues}
	if out.Errors == nil {
		out.Errors = []domain.RowError{}
	}
	if out.UnknownValues == nil {
		out.UnknownValues = []string{}
	}
	if asJSON {
		return writeJSON(e.stdout, out)
	}
	w := e.stdout
	fmt.Fprintf(w, "%s: %d rows (dates read %s: %s)\n", kind, res.Rows, res.DateOrder, res.DateOrderReason)
	fmt.Fprintf(w, "created %d, updated %d, unchanged %d, skipped %d\n", res.Created, res.Updated, res.Unchanged, res.Skipped)
	for _, re := range res.Errors {
		col := ""
		if re.Column != "" {
			col = " (" + re.Column + ")"
		}
		fmt.Fprintf(w, "  row %d%s: %s\n", re.Row, col, re.Message)
	}
	for _, v := range res.UnknownValues {
		fmt.Fprintf(w, "  %s\n", v)
	}
	return nil
}
