package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
	"afterloop/backend/service"
	"afterloop/backend/store"
	"afterloop/backend/voc"
)

const vocUsage = "voc add --title T --sku KEY [--sku KEY ...] [--subcategory S] [--root-cause R] [--owner O] [--shipped YYYY-MM-DD] [--json] | list [--status S] [--json] | impact ID [--weeks N] [--json] | suggest [--json] | export -o OUT.xlsx"

func runVoc(e *env, args []string) error {
	if len(args) == 0 {
		return usageError{"voc needs a subcommand: add, list, impact, suggest or export"}
	}
	switch args[0] {
	case "add":
		return runVocAdd(e, args[1:])
	case "list":
		return runVocList(e, args[1:])
	case "impact":
		return runVocImpact(e, args[1:])
	case "suggest":
		return runVocSuggest(e, args[1:])
	case "export":
		return runVocExport(e, args[1:])
	}
	return usageError{fmt.Sprintf("unknown voc subcommand %q (add, list, impact, suggest, export)", args[0])}
}

// stringList is a repeatable flag (--sku A --sku B).
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// runVocAdd adds an entry; --json prints it (domain.VocEntry) with its id.
func runVocAdd(e *env, args []string) error {
	fs := flag.NewFlagSet("voc add", flag.ContinueOnError)
	title := fs.String("title", "", "the issue, in a few words")
	var skus stringList
	fs.Var(&skus, "sku", "an affected SKU (line key); repeat for more")
	subcategory := fs.String("subcategory", "", "support subcategory key, e.g. missing_parts")
	category := fs.String("category", "", "support category key (default: the subcategory's)")
	rootCause := fs.String("root-cause", "", "root cause key, e.g. packout_error")
	owner := fs.String("owner", "", "Ops, Creative, Supplier, Support, or a teammate's name or id")
	shipped := fs.String("shipped", "", "the day the fix shipped, YYYY-MM-DD (shop time)")
	status := fs.String("status", "", "open|fixing|shipped|verified|wont_fix (default: open, or shipped with --shipped)")
	fix := fs.String("fix", "", "what was changed")
	asJSON := fs.Bool("json", false, "print the new entry as JSON")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"voc add takes flags only; quote a title with spaces: --title \"Lid cracks\""}
	}
	if strings.TrimSpace(*title) == "" || len(skus) == 0 {
		return usageError{"voc add needs --title and at least one --sku"}
	}
	entry := domain.VocEntry{Title: *title, SKUs: skus, Subcategory: *subcategory, Category: *category,
		RootCause: *rootCause, FixShippedOn: *shipped, Status: *status, Fix: *fix}
	if entry.Owner, entry.OwnerTeammateID, err = resolveOwner(e, *owner); err != nil {
		return err
	}
	created, err := e.shop.Store.CreateVocEntry(e.ctx, entry)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, created)
	}
	fmt.Fprintf(e.stdout, "Added entry %d: %s (%s)\n", created.ID, created.Title, strings.Join(created.SKUs, ", "))
	return nil
}

// resolveOwner reads --owner: a team function, a teammate id or a
// teammate's name (any case).
func resolveOwner(e *env, owner string) (string, int64, error) {
	owner = strings.TrimSpace(owner)
	if owner == "" {
		return "", 0, nil
	}
	for _, o := range domain.VocOwners {
		if strings.EqualFold(owner, o.Key) || strings.EqualFold(owner, o.Label) {
			return o.Key, 0, nil
		}
	}
	team, err := e.shop.Store.ListTeam(e.ctx)
	if err != nil {
		return "", 0, err
	}
	id, numErr := strconv.ParseInt(owner, 10, 64)
	for _, m := range team {
		if (numErr == nil && m.ID == id) || strings.EqualFold(m.Name, owner) {
			return domain.OwnerTeammate, m.ID, nil
		}
	}
	return "", 0, apperr.Newf(apperr.CodeInvalidInput, "--owner %q is not Ops, Creative, Supplier, Support or a teammate's name or id.", owner)
}

func runVocList(e *env, args []string) error {
	fs := flag.NewFlagSet("voc list", flag.ContinueOnError)
	status := fs.String("status", "", "only entries with this status")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"voc list takes no arguments"}
	}
	f := store.VocFilter{}
	if s := strings.TrimSpace(*status); s != "" {
		if !domain.IsVocStatus(s) {
			return usageError{fmt.Sprintf("--status must be open, fixing, shipped, verified or wont_fix, not %q", s)}
		}
		f.Statuses = []string{s}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	entries, err := e.shop.Store.ListVocEntries(e.ctx, f)
	if err != nil {
		return err
	}
	eng := voc.New(e.shop.Store, loc, clock.Now())
	type row struct {
		domain.VocEntry
		FrequencyPerWeek float64 `json:"frequencyPerWeek"`
		LastFourWeeks    int     `json:"lastFourWeeks"`
	}
	freq, err := eng.Frequencies(e.ctx, entries)
	if err != nil {
		return err
	}
	out := make([]row, 0, len(entries))
	for _, en := range entries {
		out = append(out, row{VocEntry: en, FrequencyPerWeek: freq[en.ID].PerWeek, LastFourWeeks: freq[en.ID].LastFourWeeks})
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	if len(out) == 1 {
		fmt.Fprintln(e.stdout, "1 entry")
	} else {
		fmt.Fprintf(e.stdout, "%d entries\n", len(out))
	}
	for _, r := range out {
		fmt.Fprintf(e.stdout, "%5d  %-9s  %6.2f/wk  %-10s  %s (%s)\n", r.ID, r.Status, r.FrequencyPerWeek, r.FixShippedOn,
			firstLine(r.Title, 50), strings.Join(r.SKUs, ", "))
	}
	return nil
}

// impactWindowJSON and impactJSON are the documented `voc impact --json`
// document: rates are fractions (0–1), null where there is nothing to
// divide by; p_value is null where the test is undefined.
type impactWindowJSON struct {
	Orders              int      `json:"orders"`
	RefundedLines       int      `json:"refunded_lines"`
	EligibleLines       int      `json:"eligible_lines"`
	RefundRate          *float64 `json:"refund_rate"`
	Tickets             int      `json:"tickets"`
	TicketsPer100Orders *float64 `json:"tickets_per_100_orders"`
}

type impactJSON struct {
	Before  impactWindowJSON `json:"before"`
	After   impactWindowJSON `json:"after"`
	PValue  *float64         `json:"p_value"`
	Verdict string           `json:"verdict"`
}

func windowJSON(w voc.Window) impactWindowJSON {
	return impactWindowJSON{Orders: w.Orders, RefundedLines: w.RefundedLines, EligibleLines: w.EligibleLines,
		RefundRate: w.RefundRate, Tickets: w.Tickets, TicketsPer100Orders: w.TicketsPer100Orders}
}

func runVocImpact(e *env, args []string) error {
	fs := flag.NewFlagSet("voc impact", flag.ContinueOnError)
	weeks := fs.Int("weeks", voc.DefaultImpactWeeks, "weeks before and after the fix shipped")
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{"voc impact needs one entry id: voc impact ID [--weeks N]"}
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return usageError{fmt.Sprintf("entry id must be a number, not %q", pos[0])}
	}
	if *weeks < 1 || *weeks > voc.MaxImpactWeeks {
		return usageError{fmt.Sprintf("--weeks must be between 1 and %d", voc.MaxImpactWeeks)}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	im, err := service.EntryImpact(e.ctx, e.shop, loc, clock.Now(), id, *weeks)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, impactJSON{Before: windowJSON(im.Before), After: windowJSON(im.After), PValue: im.PValue, Verdict: im.Verdict})
	}
	w := e.stdout
	fmt.Fprintf(w, "Fix shipped %s; %d weeks before and after.\n", im.ShippedOn, im.Weeks)
	for _, side := range []struct {
		name string
		win  voc.Window
	}{{"before", im.Before}, {"after", im.After}} {
		fmt.Fprintf(w, "  %-6s %s..%s  orders %d  refunded %d of %d lines (%s)  tickets %d (%s per 100 orders)\n",
			side.name, side.win.From, side.win.To, side.win.Orders, side.win.RefundedLines, side.win.EligibleLines,
			ratio(side.win.RefundRate, 100, "%"), side.win.Tickets, ratio(side.win.TicketsPer100Orders, 1, ""))
	}
	fmt.Fprintf(w, "%s (%s)\n", im.Message, im.Verdict)
	return nil
}

func ratio(v *float64, scale float64, unit string) string {
	if v == nil {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%s", *v*scale, unit)
}

func runVocSuggest(e *env, args []string) error {
	fs := flag.NewFlagSet("voc suggest", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON document")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"voc suggest takes no arguments"}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	sug, err := voc.New(e.shop.Store, loc, clock.Now()).Suggest(e.ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, sug)
	}
	fmt.Fprintf(e.stdout, "%d suggestions from %s to %s (at least %d each)\n", len(sug.Items), sug.From, sug.To, sug.MinCount)
	for _, s := range sug.Items {
		fmt.Fprintf(e.stdout, "  %3d  %s\n", s.Count, s.Prefill.Title)
		for _, ex := range s.Examples {
			fmt.Fprintf(e.stdout, "         %s: %s\n", ex.Source, firstLine(ex.Text, 70))
		}
	}
	return nil
}

func runVocExport(e *env, args []string) error {
	fs := flag.NewFlagSet("voc export", flag.ContinueOnError)
	output := fs.String("o", "", "the .xlsx file to write")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *output == "" {
		return usageError{"voc export needs -o OUT.xlsx"}
	}
	if !strings.HasSuffix(strings.ToLower(*output), ".xlsx") {
		return usageError{"voc export writes an .xlsx file: end -o with .xlsx"}
	}
	loc, err := e.location()
	if err != nil {
		return err
	}
	res, err := service.ExportVoc(e.ctx, e.shop, loc, clock.Now(), *output)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %d entries to %s\n", res.Entries, res.Path)
	return nil
}
