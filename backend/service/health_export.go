package service

import (
	"context"
	"strconv"
	"strings"
	"time"

	"afterloop/backend/health"
	"afterloop/backend/scorecard"
)

// healthLabels name the metrics in the exported workbook.
var healthLabels = map[string]string{
	health.NRR: "Negative review rate", health.NBFRR: "Non-buyer-fault return rate",
	health.SFCR: "Seller-fault cancellation rate", health.LDR: "Late dispatch rate (shipped)",
	health.LDRRTS: "Late dispatch rate (ready to ship)", health.OTDR: "On-time delivery rate",
	health.Response12: "Chats answered within 12 h", health.Response24: "Chats answered within 24 h",
}

// WithHealth returns a copy of v whose workbook carries a "Shop health"
// sheet: the metrics as of the week's last day (Sunday), or as of today
// while the week is not over.
func WithHealth(ctx context.Context, shop *Shop, loc *time.Location, v *scorecard.View, now time.Time) (*scorecard.View, error) {
	if loc == nil {
		loc = shop.Location(ctx)
	}
	w, err := scorecard.ParseWeek(v.Week)
	if err != nil {
		return nil, err
	}
	last := w.End(loc).Add(-time.Second)
	if last.After(now) {
		last = now
	}
	r, err := health.Build(ctx, shop.Store, loc, health.DayOf(last.In(loc)), health.Options{})
	if err != nil {
		return nil, err
	}
	sheet := &scorecard.HealthSheet{AsOf: r.AsOf}
	for _, m := range r.Metrics {
		row := scorecard.HealthRow{Label: healthLabels[m.Key], WindowDays: m.WindowDays, Numerator: m.Numerator,
			Denominator: m.Denominator, Rate: m.Rate, Target: targetText(m), Confidence: m.Confidence}
		if m.Status != health.StatusTooFew {
			good := m.Status == health.StatusGood
			row.Good = &good
		}
		sheet.Rows = append(sheet.Rows, row)
	}
	out := *v
	out.Health = sheet
	return &out, nil
}

func targetText(m health.Metric) string {
	sign := "≥ "
	switch m.Compare {
	case health.Below:
		sign = "< "
	case health.AtMost:
		sign = "≤ "
	}
	return sign + trimFloat(m.Target*100) + "%"
}

func trimFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}
