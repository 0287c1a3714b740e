package cli

import (
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"afterloop/backend/clock"
	"afterloop/backend/health"
	"afterloop/backend/service"
)

// healthMetricJSON is one metric in the documented --json document.
type healthMetricJSON struct {
	Numerator   int      `json:"numerator"`
	Denominator int      `json:"denominator"`
	Rate        *float64 `json:"rate"`
	WindowDays  int      `json:"window_days"`
	Target      float64  `json:"target"`
	Confidence  string   `json:"confidence"`
}

type healthLeverJSON struct {
	Metric      string             `json:"metric"`
	Text        string             `json:"text"`
	SKU         string             `json:"sku"`
	Reason      string             `json:"reason"`
	Records     []health.RecordRef `json:"records"`
	RateIfFixed *float64           `json:"rate_if_fixed"`
}

type healthJSON struct {
	AsOf    string                      `json:"as_of"`
	Metrics map[string]healthMetricJSON `json:"metrics"`
	Levers  []healthLeverJSON           `json:"levers"`
}

// runHealth prints the shop's health as of a day: a table, or with --json
// the documented document.
func runHealth(e *env, args []string) error {
	fs := flag.NewFlagSet("health", flag.ContinueOnError)
	on := fs.String("on", "", "the day to compute as of, YYYY-MM-DD (default: today in the shop zone)")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"health takes no arguments (use --on YYYY-MM-DD)"}
	}
	if *on != "" {
		if _, err := time.Parse(health.DateLayout, *on); err != nil {
			return usageError{fmt.Sprintf("--on %q is not a date such as 2026-01-31", *on)}
		}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	r, err := service.BuildHealth(e.ctx, e.shop, loc, *on, clock.Now(), health.Options{Levers: true})
	if err != nil {
		return err
	}
	if *asJSON {
		doc := healthJSON{AsOf: r.AsOf, Metrics: map[string]healthMetricJSON{}, Levers: []healthLeverJSON{}}
		for _, m := range r.Metrics {
			doc.Metrics[m.Key] = healthMetricJSON{Numerator: m.Numerator, Denominator: m.Denominator, Rate: m.Rate,
				WindowDays: m.WindowDays, Target: m.Target, Confidence: m.Confidence}
		}
		for _, l := range r.Levers {
			doc.Levers = append(doc.Levers, healthLeverJSON{Metric: l.Metric, Text: l.Text, SKU: l.SKU, Reason: l.Reason,
				Records: l.Records, RateIfFixed: l.RateIfFixed})
		}
		return writeJSON(e.stdout, doc)
	}
	fmt.Fprintf(e.stdout, "Shop health as of %s (%s)\n\n", r.AsOf, loc)
	w := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(w, "metric\tdays\trate\tcount\ttarget\tstatus\tconfidence\n")
	for _, m := range r.Metrics {
		value := "—"
		if m.Rate != nil {
			value = fmt.Sprintf("%.2f%%", *m.Rate*100)
		}
		fmt.Fprintf(w, "%s\t%d\t%s\t%d/%d\t%s %.1f%%\t%s\t%s\n", m.Key, m.WindowDays, value, m.Numerator, m.Denominator,
			compareSign(m.Compare), m.Target*100, m.Status, m.Confidence)
	}
	w.Flush()
	if len(r.Levers) > 0 {
		fmt.Fprintln(e.stdout, "\nWhat to fix first:")
		for i, l := range r.Levers {
			fmt.Fprintf(e.stdout, "%d. %s\n", i+1, l.Text)
		}
	}
	return nil
}

func compareSign(c string) string {
	switch c {
	case health.Below:
		return "<"
	case health.AtMost:
		return "≤"
	}
	return "≥"
}
