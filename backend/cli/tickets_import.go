package cli

import (
	"flag"
	"fmt"

	"afterloop/backend/domain"
	"afterloop/backend/service"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

const kindTickets = "tickets"

// importTicketsJSON is the documented `import tickets --json` document.
type importTicketsJSON struct {
	Kind          string            `json:"kind"`
	Rows          int               `json:"rows"`
	Created       int               `json:"created"`
	Updated       int               `json:"updated"`
	Skipped       int               `json:"skipped"`
	Errors        []domain.RowError `json:"errors"`
	UnknownValues []string          `json:"unknown_values"`
}

// runImportTickets imports a support log; --platform and --dry-run are
// orders/returns options and are refused here.
func runImportTickets(e *env, path string, fs *flag.FlagSet, asJSON bool) error {
	var bad string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "platform" || f.Name == "dry-run" {
			bad = f.Name
		}
	})
	if bad != "" {
		return usageError{fmt.Sprintf("--%s is not an option of import tickets", bad)}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	if err := fileMustExist(path); err != nil {
		return err
	}
	if err := service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreImport); err != nil {
		return err
	}
	res, err := support.ImportLog(e.ctx, e.shop.Store, path, loc)
	if err != nil {
		return err
	}
	out := importTicketsJSON{Kind: kindTickets, Rows: res.Rows, Created: res.Created, Updated: res.Updated,
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
	fmt.Fprintf(w, "support log: %d rows\n", res.Rows)
	fmt.Fprintf(w, "created %d, updated %d, skipped %d\n", res.Created, res.Updated, res.Skipped)
	for _, re := range res.Errors {
		fmt.Fprintf(w, "  row %d: %s\n", re.Row, re.Message)
	}
	for _, v := range res.UnknownValues {
		fmt.Fprintf(w, "  unknown value left blank: %s\n", v)
	}
	return nil
}
