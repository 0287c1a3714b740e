package cli

import (
	"flag"
	"fmt"
	"io"
	"slices"

	"afterloop/backend/domain"
	"afterloop/backend/imports"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

// importJSON is the documented `import --json` document, the same for every
// kind. Every data row is counted once: rows = created + updated +
// unchanged + skipped, and every skipped row is in errors with its reason.
type importJSON struct {
	BatchID       int64             `json:"batch_id"`
	Kind          string            `json:"kind"`
	KindReason    string            `json:"kind_reason"`
	Platform      string            `json:"platform"`
	Rows          int               `json:"rows"`
	Created       int               `json:"created"`
	Updated       int               `json:"updated"`
	Unchanged     int               `json:"unchanged"`
	Skipped       int               `json:"skipped"`
	Errors        []domain.RowError `json:"errors"`
	DateOrder     string            `json:"date_order,omitempty"`
	DateReason    string            `json:"date_reason,omitempty"`
	Records       recordsJSON       `json:"records"`
	Orders        int               `json:"orders"`
	Lines         int               `json:"lines"`
	Returns       int               `json:"returns"`
	UnknownValues []string          `json:"unknown_values"`
	ErasedAgain   int               `json:"erased_again"` // erased buyers imported again without their personal data
	DryRun        bool              `json:"dry_run"`
	Duplicate     bool              `json:"duplicate"`
}

// recordsJSON counts records (orders, returns, tickets, ...) instead of rows.
type recordsJSON struct {
	Noun      string `json:"noun"`
	Created   int    `json:"created"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
}

func runImport(e *env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	platformFlag := fs.String("platform", "auto", "orders and returns: auto|tiktok|shopify")
	dateOrder := fs.String("date-order", "", "dmy|mdy|ymd: how slash dates are written (default: decided from the file and the shop)")
	dryRun := fs.Bool("dry-run", false, "read and check the file, write nothing")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageError{"import needs a kind and a file: import orders|returns|tickets|reviews|comments FILE"}
	}
	kind, path := pos[0], pos[1]
	if !slices.Contains(domain.ImportKinds, kind) {
		return usageError{fmt.Sprintf("import kind must be orders, returns, tickets, reviews or comments, not %q", kind)}
	}
	switch *platformFlag {
	case "auto", "tiktok", "shopify":
	default:
		return usageError{fmt.Sprintf("--platform must be auto, tiktok or shopify, not %q", *platformFlag)}
	}
	if *platformFlag != "auto" && kind != domain.KindOrders && kind != domain.KindReturns {
		return usageError{fmt.Sprintf("--platform is not an option of import %s", kind)}
	}
	switch *dateOrder {
	case "", "dmy", "mdy", "ymd":
	default:
		return usageError{fmt.Sprintf("--date-order must be dmy, mdy or ymd, not %q", *dateOrder)}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	if err := fileMustExist(path); err != nil {
		return err
	}
	platformName := *platformFlag
	if platformName == "auto" {
		platformName = ""
	}
	// Every import that writes is preceded by a checked backup, so a wrong
	// file is always one restore away from undone.
	if !*dryRun {
		if err := service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreImport); err != nil {
			return err
		}
	}
	res, err := imports.New(e.shop.Store).Import(e.ctx, path, imports.Options{
		Kind: kind, Platform: platformName, DateOrder: *dateOrder, DryRun: *dryRun, Location: loc,
	})
	if err != nil {
		return err
	}
	out := importJSON{BatchID: res.BatchID, Kind: res.Kind, KindReason: res.KindReason, Platform: res.Platform,
		Rows: res.Rows, Created: res.Created, Updated: res.Updated, Unchanged: res.Unchanged, Skipped: res.Skipped,
		Errors: res.Errors, DateOrder: res.DateOrder, DateReason: res.DateReason, UnknownValues: res.UnknownValues,
		DryRun: res.DryRun, Duplicate: res.Duplicate, ErasedAgain: res.ErasedAgain,
		Records: recordsJSON{Noun: res.Records.Noun, Created: res.Records.Created, Updated: res.Records.Updated, Unchanged: res.Records.Unchanged}}
	total := res.Records.Created + res.Records.Updated + res.Records.Unchanged
	switch res.Kind {
	case domain.KindOrders:
		out.Orders, out.Lines = total, res.Records.Lines
	case domain.KindReturns:
		out.Returns = total
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	printImport(e.stdout, path, out)
	return nil
}

// printImport writes the result for a person.
func printImport(w io.Writer, path string, r importJSON) {
	switch {
	case r.Duplicate:
		fmt.Fprintf(w, "%s was already imported; nothing changed.\n", path)
	case r.DryRun:
		fmt.Fprintf(w, "Dry run: nothing was written.\n")
	}
	fmt.Fprintf(w, "%s (%s): %d rows\n", r.Kind, r.KindReason, r.Rows)
	fmt.Fprintf(w, "rows: created %d, updated %d, unchanged %d, skipped %d\n", r.Created, r.Updated, r.Unchanged, r.Skipped)
	fmt.Fprintf(w, "%s: created %d, updated %d, unchanged %d\n", r.Records.Noun, r.Records.Created, r.Records.Updated, r.Records.Unchanged)
	if r.DateOrder != "" {
		fmt.Fprintf(w, "date order: %s (%s)\n", r.DateOrder, r.DateReason)
	}
	if r.ErasedAgain > 0 {
		fmt.Fprintf(w, "%d buyer(s) you erased before were in the file and stay erased: imported without their personal data\n", r.ErasedAgain)
	}
	for _, re := range r.Errors {
		col := ""
		if re.Column != "" {
			col = " (" + re.Column + ")"
		}
		fmt.Fprintf(w, "  row %d%s: %s\n", re.Row, col, re.Message)
	}
	for _, v := range r.UnknownValues {
		fmt.Fprintf(w, "  unknown value kept as written or left blank: %s\n", v)
	}
	if r.BatchID != 0 {
		fmt.Fprintf(w, "import %d (undo with: imports undo %d)\n", r.BatchID, r.BatchID)
	}
}
