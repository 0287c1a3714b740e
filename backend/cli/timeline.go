package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/service"
)

// dueJSON is the documented `timeline due --json` element.
type dueJSON struct {
	OrderID  string        `json:"order_id"` // the platform's order ID
	Stage    string        `json:"stage"`
	DueAt    string        `json:"due_at"` // RFC 3339 in the shop zone
	Text     string        `json:"text"`
	Warnings []warningJSON `json:"warnings"`
}

type warningJSON struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"` // block | warn
	Match    string `json:"match"`
	Why      string `json:"why"`
}

func runTimeline(e *env, args []string) error {
	if len(args) == 0 {
		return usageError{"timeline needs a subcommand: due, mark-sent or skip"}
	}
	switch args[0] {
	case "due":
		return runTimelineDue(e, args[1:])
	case "mark-sent", "skip":
		return runTimelineAction(e, args[0], args[1:])
	}
	return usageError{fmt.Sprintf("unknown timeline subcommand %q (due, mark-sent, skip)", args[0])}
}

func runTimelineDue(e *env, args []string) error {
	fs := flag.NewFlagSet("timeline due", flag.ContinueOnError)
	on := fs.String("on", "", "day YYYY-MM-DD (default today, shop time)")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"timeline due takes no arguments"}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	day := clock.Now().In(loc)
	if *on != "" {
		if day, err = time.ParseInLocation("2006-01-02", *on, loc); err != nil {
			return usageError{fmt.Sprintf("--on %q is not a date YYYY-MM-DD", *on)}
		}
	}
	// "Due on a day" means due at the end of it: everything that becomes
	// due during the day is included, what expired before its end is not.
	start := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc)
	endOfDay := start.AddDate(0, 0, 1).Add(-time.Second)
	items, err := service.DueMessages(e.ctx, e.shop, endOfDay)
	if err != nil {
		return err
	}
	out := make([]dueJSON, 0, len(items))
	for _, it := range items {
		d := dueJSON{OrderID: it.ExternalOrderID, Stage: it.Stage, DueAt: time.Unix(it.DueAt, 0).In(loc).Format(time.RFC3339),
			Text: it.Text, Warnings: []warningJSON{}}
		for _, u := range it.Unfilled {
			d.Warnings = append(d.Warnings, warningJSON{Rule: "unfilled_placeholder", Severity: "block", Match: "{{" + u + "}}",
				Why: "The order has no value for this placeholder and the template has no fallback."})
		}
		for _, f := range it.Findings {
			d.Warnings = append(d.Warnings, warningJSON{Rule: f.Rule, Severity: f.Severity, Match: f.Match, Why: f.Why})
		}
		out = append(out, d)
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	fmt.Fprintf(e.stdout, "%d messages due by the end of %s\n", len(out), start.Format("2006-01-02"))
	for _, d := range out {
		fmt.Fprintf(e.stdout, "%s  %-18s  due %s  %d warnings\n", d.OrderID, d.Stage, d.DueAt, len(d.Warnings))
	}
	return nil
}

func runTimelineAction(e *env, action string, args []string) error {
	fs := flag.NewFlagSet("timeline "+action, flag.ContinueOnError)
	reason := fs.String("reason", "", "why the message is skipped")
	teammate := fs.Int64("teammate", 0, "teammate ID who sent it")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageError{fmt.Sprintf("timeline %s needs ORDER_ID STAGE", action)}
	}
	externalID, stage := strings.TrimSpace(pos[0]), pos[1]
	if !domain.IsStage(stage) {
		return usageError{fmt.Sprintf("stage must be one of %s, not %q", strings.Join(domain.Stages, ", "), stage)}
	}
	if action == "skip" && strings.TrimSpace(*reason) == "" {
		return usageError{"timeline skip needs --reason TEXT"}
	}
	orderID, err := findOrder(e, externalID)
	if err != nil {
		return err
	}
	svc := service.NewTimelineService(e.shop, headless{})
	if action == "skip" {
		err = svc.Skip(orderID, stage, *reason)
	} else {
		err = svc.MarkSent(orderID, stage, *teammate)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Order %s: %s marked %s.\n", externalID, stage, map[string]string{"skip": "skipped", "mark-sent": "sent"}[action])
	return nil
}

// findOrder resolves the platform's order ID on any platform.
func findOrder(e *env, externalID string) (int64, error) {
	for _, p := range []string{domain.PlatformTikTok, domain.PlatformShopify, domain.PlatformOther} {
		o, err := e.shop.Store.FindOrderByExternalID(e.ctx, p, externalID)
		if err == nil {
			return o.ID, nil
		}
		if !errors.Is(err, apperr.ErrNotFound) {
			return 0, err
		}
	}
	return 0, apperr.Newf(apperr.CodeNotFound, "No order %s in this database.", externalID)
}

// headless is the CLI's platform: no window, no clipboard, no events.
type headless struct{}

func (headless) OpenFile(string, []platform.FileFilter) (string, error)         { return "", nil }
func (headless) SaveFile(string, string, []platform.FileFilter) (string, error) { return "", nil }
func (headless) Emit(string, any)                                               {}
func (headless) SetClipboard(string) error {
	return errors.New("there is no clipboard on the command line")
}
func (headless) OpenPath(string) error { return nil }
