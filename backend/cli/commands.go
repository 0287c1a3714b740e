package cli

import (
	"flag"
	"fmt"
	"os"
	"time"

	"afterloop/backend/clock"
	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/feedback"
	"afterloop/backend/importer"
	"afterloop/backend/safefile"
	"afterloop/backend/service"
	"afterloop/backend/store"
)

// importJSON is the documented `import --json` document.
type importJSON struct {
	Platform  string            `json:"platform"`
	Kind      string            `json:"kind"`
	Rows      int               `json:"rows"`
	Orders    int               `json:"orders"`
	Lines     int               `json:"lines"`
	Returns   int               `json:"returns"`
	Created   int               `json:"created"`
	Updated   int               `json:"updated"`
	Unchanged int               `json:"unchanged"`
	Skipped   int               `json:"skipped"`
	Errors    []domain.RowError `json:"errors"`
	DryRun    bool              `json:"dry_run"`
	Duplicate bool              `json:"duplicate"`
}

func runImport(e *env, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	platformFlag := fs.String("platform", "auto", "auto|tiktok|shopify")
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
	switch kind {
	case kindTickets:
		return runImportTickets(e, path, fs, *asJSON)
	case feedback.KindReviews, feedback.KindComments:
		return runImportFeedback(e, kind, path, fs, *asJSON)
	}
	if kind != domain.KindOrders && kind != domain.KindReturns {
		return usageError{fmt.Sprintf("import kind must be orders, returns, tickets, reviews or comments, not %q", kind)}
	}
	switch *platformFlag {
	case "auto", "tiktok", "shopify":
	default:
		return usageError{fmt.Sprintf("--platform must be auto, tiktok or shopify, not %q", *platformFlag)}
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
	if !*dryRun {
		if err := service.SafetyBackup(e.ctx, e.shop.Store, store.BackupPreImport); err != nil {
			return err
		}
	}
	res, err := importer.New(e.shop.Store).Import(e.ctx, path, importer.Options{
		Kind: kind, Platform: platformName, DryRun: *dryRun, Location: loc,
	})
	if err != nil {
		return err
	}
	out := importJSON{
		Platform: res.Platform, Kind: res.Kind, Rows: res.Rows, Orders: res.Orders, Lines: res.Lines,
		Returns: res.Returns, Created: res.Created, Updated: res.Updated, Unchanged: res.Unchanged,
		Skipped: res.Skipped, Errors: res.Errors, DryRun: res.DryRun, Duplicate: res.Duplicate,
	}
	if out.Errors == nil {
		out.Errors = []domain.RowError{}
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	w := e.stdout
	switch {
	case res.Duplicate:
		fmt.Fprintf(w, "%s was already imported; nothing changed.\n", path)
	case res.DryRun:
		fmt.Fprintf(w, "Dry run: nothing was written.\n")
	}
	fmt.Fprintf(w, "%s %s export: %d rows, %d orders, %d lines, %d returns\n", res.Platform, res.Kind, res.Rows, res.Orders, res.Lines, res.Returns)
	fmt.Fprintf(w, "created %d, updated %d, unchanged %d, skipped %d\n", res.Created, res.Updated, res.Unchanged, res.Skipped)
	for _, re := range res.Errors {
		col := ""
		if re.Column != "" {
			col = " (" + re.Column + ")"
		}
		fmt.Fprintf(w, "  row %d%s: %s\n", re.Row, col, re.Message)
	}
	for _, st := range res.UnknownStatuses {
		fmt.Fprintf(w, "  unknown status kept as is: %s\n", st)
	}
	return nil
}

func runStats(e *env, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"stats takes no arguments"}
	}
	st, err := e.shop.Store.GetStats(e.ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, st)
	}
	fmt.Fprintf(e.stdout, "orders %d\norder lines %d\ncustomers %d\nproducts %d\nreturns %d\nimports %d\n",
		st.Orders, st.OrderLines, st.Customers, st.Products, st.Returns, st.ImportBatches)
	return nil
}

func runDemo(e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	lines := fs.Int("lines", 0, "benchmarks: generate this many order lines instead of the six-month demo")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"demo takes no arguments"}
	}
	if *lines < 0 {
		return usageError{"--lines must be a positive number"}
	}
	if *lines > 0 {
		return loadLargeDemo(e, *lines)
	}
	res, err := service.LoadDemo(e.ctx, e.shop, importer.New(e.shop.Store), clock.Now(), nil)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, res)
	}
	fmt.Fprintf(e.stdout, "Loaded the demo shop %q: %d orders, %d lines, %d returns.\n", res.ShopName, res.Orders, res.Lines, res.Returns)
	return nil
}

// loadLargeDemo fills the database with n generated order lines for the
// start-up and query benchmarks.
func loadLargeDemo(e *env, n int) error {
	dir, err := safefile.TempDir("afterloop-large")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	loc, err := e.location()
	if err != nil {
		return err
	}
	files, err := demo.GenerateLarge(dir, demo.DefaultShop(), demo.Config{Now: clock.Now(), Location: loc, Months: 24, OrdersPerDay: 1000, Seed: 11}, n)
	if err != nil {
		return err
	}
	started := time.Now()
	res, err := importer.New(e.shop.Store).Import(e.ctx, files.Orders, importer.Options{Kind: domain.KindOrders, Location: loc})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Imported %d generated lines (%d orders) in %.1f s.\n", res.Lines, res.Orders, time.Since(started).Seconds())
	return nil
}
