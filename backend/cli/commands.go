package cli

import (
	"flag"
	"fmt"
	"os"
	"time"

	"afterloop/backend/clock"
	"afterloop/backend/demo"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/safefile"
	"afterloop/backend/service"
)

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
	defer func() { _ = os.RemoveAll(dir) }() // a leftover temporary file is harmless
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
