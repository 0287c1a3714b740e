package cli

import (
	"flag"
	"fmt"
	"strconv"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/imports"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

const importsUsage = "imports list [--json] | imports undo ID: the import history of every kind, and undoing one import"

// batchJSON is one import of `imports list --json`.
type batchJSON struct {
	ID         int64             `json:"id"`
	Kind       string            `json:"kind"`
	Platform   string            `json:"platform"`
	FileName   string            `json:"file_name"`
	Rows       int               `json:"rows"`
	Created    int               `json:"created"`
	Updated    int               `json:"updated"`
	Unchanged  int               `json:"unchanged"`
	Skipped    int               `json:"skipped"`
	Errors     []domain.RowError `json:"errors"`
	DateOrder  string            `json:"date_order,omitempty"`
	DateReason string            `json:"date_reason,omitempty"`
	ImportedAt string            `json:"imported_at"`
	UndoneAt   string            `json:"undone_at,omitempty"`
}

func runImports(e *env, args []string) error {
	if len(args) == 0 {
		return usageError{importsUsage}
	}
	eng := imports.New(e.shop.Store)
	switch args[0] {
	case "list":
		fs := flag.NewFlagSet("imports list", flag.ContinueOnError)
		asJSON := fs.Bool("json", false, "print one JSON document")
		pos, err := parseInterleaved(fs, args[1:])
		if err != nil {
			return err
		}
		if len(pos) > 0 {
			return usageError{importsUsage}
		}
		history, err := eng.History(e.ctx)
		if err != nil {
			return err
		}
		out := make([]batchJSON, 0, len(history))
		for _, b := range history {
			out = append(out, toBatchJSON(b))
		}
		if *asJSON {
			return writeJSON(e.stdout, out)
		}
		for _, b := range out {
			state := ""
			if b.UndoneAt != "" {
				state = " (undone " + b.UndoneAt + ")"
			}
			fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s\t%d rows, %d created, %d updated, %d unchanged, %d skipped%s\n",
				b.ID, b.ImportedAt, b.Kind, b.FileName, b.Rows, b.Created, b.Updated, b.Unchanged, b.Skipped, state)
		}
		return nil
	case "undo":
		if len(args) != 2 {
			return usageError{"imports undo needs the import's ID (see imports list)"}
		}
		id, err := strconv.ParseInt(args[1], 10, 64)
		if err != nil || id <= 0 {
			return usageError{fmt.Sprintf("%q is not an import ID (see imports list)", args[1])}
		}
		if err := service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreUndo); err != nil {
			return err
		}
		res, err := eng.Undo(e.ctx, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Undid import %d: %d rows deleted, %d restored.\n", res.BatchID, res.Deleted, res.Restored)
		return nil
	}
	return usageError{importsUsage}
}

func toBatchJSON(b domain.ImportBatch) batchJSON {
	stamp := func(unix int64) string {
		if unix == 0 {
			return ""
		}
		return time.Unix(unix, 0).UTC().Format(time.RFC3339)
	}
	errs := b.Errors
	if errs == nil {
		errs = []domain.RowError{}
	}
	return batchJSON{ID: b.ID, Kind: b.Kind, Platform: b.Platform, FileName: b.FileName, Rows: b.Rows,
		Created: b.Created, Updated: b.Updated, Unchanged: b.Unchanged, Skipped: b.Skipped, Errors: errs,
		DateOrder: b.DateOrder, DateReason: b.DateReason, ImportedAt: stamp(b.ImportedAt), UndoneAt: stamp(b.UndoneAt)}
}
