package cli

import (
	"flag"
	"fmt"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

func runTickets(e *env, args []string) error {
	if len(args) == 0 {
		return usageError{"tickets needs a subcommand: list"}
	}
	switch args[0] {
	case "list":
		return runTicketsList(e, args[1:])
	}
	return usageError{fmt.Sprintf("unknown tickets subcommand %q (list)", args[0])}
}

// runTicketsList prints every ticket, newest first; --json prints a JSON
// array of domain.Ticket.
func runTicketsList(e *env, args []string) error {
	fs := flag.NewFlagSet("tickets list", flag.ContinueOnError)
	status := fs.String("status", "", "only tickets with this status")
	asJSON := fs.Bool("json", false, "print one JSON array")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{"tickets list takes no arguments"}
	}
	f := store.TicketFilter{Limit: 500}
	if s := strings.TrimSpace(*status); s != "" {
		if !domain.IsTicketStatus(s) {
			return usageError{fmt.Sprintf("--status must be one of %s, not %q", strings.Join(domain.TicketStatuses, ", "), s)}
		}
		f.Statuses = []string{s}
	}
	out := []domain.Ticket{}
	for {
		page, err := e.shop.Store.QueryTickets(e.ctx, f)
		if err != nil {
			return err
		}
		out = append(out, page.Tickets...)
		if len(page.Tickets) == 0 || len(out) >= page.Total {
			break
		}
		f.Offset = len(out)
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	fmt.Fprintf(e.stdout, "%d tickets\n", len(out))
	for _, t := range out {
		fmt.Fprintf(e.stdout, "%6d  %-18s  %-22s  %s\n", t.ID, t.Status, t.Subcategory, firstLine(t.BuyerText, 60))
	}
	return nil
}

func firstLine(s string, n int) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
