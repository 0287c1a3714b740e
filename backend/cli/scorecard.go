package cli

import (
	"flag"
	"fmt"
	"math"
	"strings"
	"text/tabwriter"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/scorecard"
	"afterloop/backend/service"
)

// runScorecard prints a week's scorecard: a table, or with --json the
// documented document (scorecard.Report); -o also saves the Excel workbook.
func runScorecard(e *env, args []string) error {
	fs := flag.NewFlagSet("scorecard", flag.ContinueOnError)
	week := fs.String("week", "", "ISO week YYYY-Www (default: the last complete week in the shop zone)")
	asJSON := fs.Bool("json", false, "print one JSON document")
	out := fs.String("o", "", "also save the scorecard as an Excel workbook at this path")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"scorecard takes no arguments (use --week YYYY-Www)"}
	}
	if *week != "" {
		if _, err := scorecard.ParseWeek(*week); err != nil {
			return usageError{fmt.Sprintf("--week %q is not an ISO week such as 2026-W05", *week)}
		}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	now := clock.Now()
	if *asJSON && *out == "" {
		// The document is one week's metrics: no trends or hints to read.
		w, shop, err := service.ScorecardWeek(e.ctx, e.shop, loc, *week, now)
		if err != nil {
			return err
		}
		m, err := scorecard.Compute(e.ctx, e.shop.Store, loc, []scorecard.Week{w}, shop.Currency)
		if err != nil {
			return err
		}
		return writeJSON(e.stdout, scorecard.NewReport(m[0]))
	}
	v, err := service.BuildScorecard(e.ctx, e.shop, loc, *week, now)
	if err != nil {
		return err
	}
	if *out != "" {
		if err := scorecard.ExportFile(v, *out, now); err != nil {
			return apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Cannot save the workbook to %s: %v", *out, err))
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, scorecard.NewReport(v.Metrics))
	}
	printScorecard(e, v)
	if *out != "" {
		fmt.Fprintf(e.stdout, "Saved %s\n", *out)
	}
	return nil
}

func printScorecard(e *env, v *scorecard.View) {
	title := "Weekly scorecard " + v.Week
	if v.ShopName != "" {
		title = v.ShopName + " — " + title
	}
	fmt.Fprintf(e.stdout, "%s (%s, %s)\n\n", title, v.Label, v.TimeZone)
	w := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "metric\tthis week\tlast week\tchange\ttarget\tstatus\t\n")
	for _, t := range v.Tiles {
		status := t.Status
		if t.NotMature {
			status = "not mature"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t\n", t.Label, show(v, t.Unit, t.Value, false), show(v, t.Unit, t.Previous, false),
			show(v, t.Unit, t.Change, true), show(v, t.Unit, t.Target, false), status)
	}
	w.Flush()
	if len(v.RefundBySKU) > 0 {
		fmt.Fprintf(e.stdout, "\nrefunds by SKU\n")
		w = tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(w, "sku\tlines\trefunded\trate\t\n")
		for _, r := range v.RefundBySKU {
			fmt.Fprintf(w, "%s\t%d\t%d\t%s\t\n", r.SKU, r.EligibleLines, r.RefundedLines, show(v, scorecard.UnitRate, r.Rate, false))
		}
		w.Flush()
	}
	for _, h := range v.Hints {
		fmt.Fprintf(e.stdout, "\nwhat to fix (%s): %s", h.Metric, h.Text)
	}
	if len(v.Hints) > 0 {
		fmt.Fprintln(e.stdout)
	}
}

// show formats a value for the terminal; "-" when it cannot be computed.
func show(v *scorecard.View, unit string, x *float64, signed bool) string {
	if x == nil {
		return "-"
	}
	var s string
	switch unit {
	case scorecard.UnitRate:
		s = fmt.Sprintf("%.1f%%", *x*100)
	case scorecard.UnitHours:
		s = fmt.Sprintf("%.1f h", *x)
	case scorecard.UnitMoney:
		s = fmt.Sprintf("%.*f %s", v.CurrencyDecimals, *x, v.Currency)
	case scorecard.UnitStars:
		s = fmt.Sprintf("%.2f", *x)
	case scorecard.UnitWords:
		s = fmt.Sprintf("%.1f", *x)
	default:
		s = fmt.Sprintf("%.0f", math.Round(*x))
	}
	if signed && *x > 0 {
		s = "+" + s
	}
	return strings.TrimSpace(s)
}
