package cli

import (
	"flag"
	"fmt"
	"strings"
	"time"

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

// ticketJSON is a ticket in the CLI's JSON dialect: snake_case keys, the
// platform order ID, times in RFC 3339 in the shop zone ("" = not yet).
type ticketJSON struct {
	ID              int64    `json:"id"`
	ExternalID      string   `json:"external_id"`
	OrderID         string   `json:"order_id"`
	Channel         string   `json:"channel"`
	Category        string   `json:"category"`
	Subcategory     string   `json:"subcategory"`
	Status          string   `json:"status"`
	BuyerText       string   `json:"buyer_text"`
	SKU             string   `json:"sku"`
	Tags            []string `json:"tags"`
	AssigneeID      int64    `json:"assignee_id"`
	OpenedAt        string   `json:"opened_at"`
	FirstResponseAt string   `json:"first_response_at"`
	ClosedAt        string   `json:"closed_at"`
	RootCause       string   `json:"root_cause"`
	Resolution      string   `json:"resolution"`
}

func toTicketJSON(t domain.Ticket, loc *time.Location) ticketJSON {
	stamp := func(unix int64) string {
		if unix == 0 {
			return ""
		}
		return time.Unix(unix, 0).In(loc).Format(time.RFC3339)
	}
	tags := t.Tags
	if tags == nil {
		tags = []string{}
	}
	return ticketJSON{ID: t.ID, ExternalID: t.ExternalID, OrderID: t.OrderExternalID, Channel: t.Channel,
		Category: t.Category, Subcategory: t.Subcategory, Status: t.Status, BuyerText: t.BuyerText, SKU: t.SKU,
		Tags: tags, AssigneeID: t.AssigneeID, OpenedAt: stamp(t.OpenedAt), FirstResponseAt: stamp(t.FirstResponseAt),
		ClosedAt: stamp(t.ClosedAt), RootCause: t.RootCause, Resolution: t.Resolution}
}

// runTicketsList prints every ticket, newest first; --json prints a JSON
// array of ticketJSON.
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
		loc, err := e.location()
		if err != nil {
			return err
		}
		list := make([]ticketJSON, 0, len(out))
		for _, t := range out {
			list = append(list, toTicketJSON(t, loc))
		}
		return writeJSON(e.stdout, list)
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
