package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

var ticketT0 = time.Date(2025, 3, 7, 9, 0, 0, 0, time.UTC)

func newTicket(text string) domain.Ticket {
	return domain.Ticket{Channel: domain.ChannelTikTokChat, Category: domain.CategoryProduct,
		Subcategory: domain.SubDamaged, BuyerText: text, OpenedAt: ticketT0.Unix()}
}

func codeOf(err error) apperr.Code { return apperr.From(err).Code }

func TestTicketCreateGetAndValidation(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	tk, err := s.CreateTicket(ctx, newTicket("  Lamp arrived BROKEN  "))
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.GetTicket(ctx, tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != domain.TicketNew || got.BuyerText != "Lamp arrived BROKEN" || got.FirstResponseAt != 0 {
		t.Fatalf("%+v", got)
	}
	if _, err := s.GetTicket(ctx, 999); !errors.Is(err, apperr.ErrNotFound) {
		t.Fatalf("missing ticket: %v", err)
	}
	bad := newTicket("x")
	bad.Subcategory = domain.SubTrackingNotUpdating // belongs to shipping
	if _, err := s.CreateTicket(ctx, bad); codeOf(err) != apperr.CodeInvalidInput || apperr.From(err).Details["subcategory"] == "" {
		t.Fatalf("mismatched subcategory: %v", err)
	}
	closed := newTicket("x")
	closed.Status = domain.TicketClosed
	if _, err := s.CreateTicket(ctx, closed); codeOf(err) != apperr.CodeInvalidInput {
		t.Fatalf("closed without root cause must be refused: %v", err)
	}
	dup := newTicket("x")
	dup.ExternalID = "conv-1"
	if _, err := s.CreateTicket(ctx, dup); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateTicket(ctx, dup); codeOf(err) != apperr.CodeConflict {
		t.Fatalf("duplicate external ID: %v", err)
	}
	// Hand-typed tickets have no external ID; many may coexist.
	for i := 0; i < 2; i++ {
		if _, err := s.CreateTicket(ctx, newTicket("no id")); err != nil {
			t.Fatal(err)
		}
	}
}

func TestImportedClosedTicketWithoutRootCauseIsKeptAndFlagged(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	old := newTicket("old chat")
	old.Status, old.ClosedAt = domain.TicketClosed, ticketT0.Add(time.Hour).Unix()
	tk, err := s.ImportTicket(ctx, old)
	if err != nil {
		t.Fatal(err)
	}
	if !tk.FlaggedMissingRootCause || tk.Status != domain.TicketClosed {
		t.Fatalf("%+v", tk)
	}
	page, err := s.QueryTickets(ctx, TicketFilter{FlaggedOnly: true})
	if err != nil || page.Total != 1 {
		t.Fatalf("flagged list: %+v %v", page, err)
	}
	// Assigning it does not demand the root cause yet; tagging one clears the flag.
	me := int64(0)
	if _, err := s.UpdateTicket(ctx, tk.ID, TicketPatch{AssigneeID: &me}, 0, ticketT0); err != nil {
		t.Fatal(err)
	}
	cause := domain.RootCauseCarrier
	tk, err = s.UpdateTicket(ctx, tk.ID, TicketPatch{RootCause: &cause}, 0, ticketT0)
	if err != nil || tk.FlaggedMissingRootCause || tk.ClosedAt != old.ClosedAt {
		t.Fatalf("%+v %v", tk, err)
	}
}

func TestReplyAndCloseFlow(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	mate, err := s.SaveTeamMember(ctx, domain.TeamMember{Name: "Ana", Role: "support"})
	if err != nil {
		t.Fatal(err)
	}
	tk, _ := s.CreateTicket(ctx, newTicket("cracked"))
	if _, err := s.LogReply(ctx, tk.ID, mate.ID, "  ", ticketT0); codeOf(err) != apperr.CodeInvalidInput {
		t.Fatalf("empty reply: %v", err)
	}
	if _, err := s.LogReply(ctx, tk.ID, mate.ID, "Sorry! We'll sort this within 24 hours.", ticketT0.Add(3*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogReply(ctx, tk.ID, mate.ID, "Could you send a photo?", ticketT0.Add(5*time.Hour)); err != nil {
		t.Fatal(err)
	}
	tk, _ = s.GetTicket(ctx, tk.ID)
	if tk.FirstResponseAt != ticketT0.Add(3*time.Hour).Unix() || tk.Status != domain.TicketAcknowledged {
		t.Fatalf("first reply must set first_response_at once and acknowledge: %+v", tk)
	}
	closed := domain.TicketClosed
	_, err = s.UpdateTicket(ctx, tk.ID, TicketPatch{Status: &closed}, mate.ID, ticketT0.Add(6*time.Hour))
	if codeOf(err) != apperr.CodeInvalidInput {
		t.Fatalf("closing without root cause: %v", err)
	}
	cause, res := domain.RootCausePackoutError, domain.ResolutionReplacementPart
	tk, err = s.UpdateTicket(ctx, tk.ID, TicketPatch{Status: &closed, RootCause: &cause, Resolution: &res}, mate.ID, ticketT0.Add(6*time.Hour))
	if err != nil || tk.ClosedAt != ticketT0.Add(6*time.Hour).Unix() {
		t.Fatalf("%+v %v", tk, err)
	}
	events, err := s.ListTicketEvents(ctx, tk.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range events {
		kinds = append(kinds, e.Kind+":"+e.Body)
	}
	want := []string{"reply:Sorry! We'll sort this within 24 hours.", "status:new -> acknowledged", "reply:Could you send a photo?", "status:acknowledged -> closed"}
	if len(kinds) != len(want) {
		t.Fatalf("events %q", kinds)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("events %q, want %q", kinds, want)
		}
	}
	reopen := domain.TicketDiagnosing
	tk, _ = s.UpdateTicket(ctx, tk.ID, TicketPatch{Status: &reopen}, mate.ID, ticketT0.Add(7*time.Hour))
	if tk.ClosedAt != 0 {
		t.Fatalf("reopened ticket keeps closed_at: %+v", tk)
	}
}

func TestQueryTicketsFilters(t *testing.T) {
	s, ctx := openTemp(t), context.Background()
	mate, _ := s.SaveTeamMember(ctx, domain.TeamMember{Name: "Ben", Role: "support"})
	mk := func(text, channel, sub string, openedHoursAgo int, assignee int64) domain.Ticket {
		c, _, _ := domain.FindSubcategory(sub)
		tk, err := s.CreateTicket(ctx, domain.Ticket{Channel: channel, Category: c.Key, Subcategory: sub, BuyerText: text,
			OpenedAt: ticketT0.Add(-time.Duration(openedHoursAgo) * time.Hour).Unix(), AssigneeID: assignee})
		if err != nil {
			t.Fatal(err)
		}
		return tk
	}
	a := mk("Lamp shade CRACKED", domain.ChannelTikTokChat, domain.SubDamaged, 1, mate.ID)
	b := mk("tracking not moving", domain.ChannelTikTokChat, domain.SubTrackingNotUpdating, 13, 0)
	c := mk("too small_ish 100%", domain.ChannelProductReview, domain.SubSizingFit, 30, 0)
	if _, err := s.LogReply(ctx, c.ID, 0, "On it", ticketT0.Add(-29*time.Hour)); err != nil { // answered in 1 h
		t.Fatal(err)
	}
	ids := func(f TicketFilter) []int64 {
		t.Helper()
		p, err := s.QueryTickets(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, tk := range p.Tickets {
			out = append(out, tk.ID)
		}
		if p.Total < len(out) {
			t.Fatalf("total %d < rows %d", p.Total, len(out))
		}
		return out
	}
	eq := func(name string, got []int64, want ...int64) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: got %v, want %v", name, got, want)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s: got %v, want %v", name, got, want)
			}
		}
	}
	unassigned := int64(0)
	eq("all newest first", ids(TicketFilter{}), a.ID, b.ID, c.ID)
	eq("status", ids(TicketFilter{Statuses: []string{domain.TicketNew}}), a.ID, b.ID)
	eq("category", ids(TicketFilter{Category: domain.CategoryShipping}), b.ID)
	eq("channel", ids(TicketFilter{Channel: domain.ChannelProductReview}), c.ID)
	eq("assignee", ids(TicketFilter{AssigneeID: &mate.ID}), a.ID)
	eq("unassigned", ids(TicketFilter{AssigneeID: &unassigned}), b.ID, c.ID)
	eq("breached 12h", ids(TicketFilter{Breached: true, Now: ticketT0}), b.ID)
	eq("breached 24h", ids(TicketFilter{Breached: true, BreachTarget: 24 * time.Hour, Now: ticketT0}))
	eq("search case-insensitive", ids(TicketFilter{Search: "cracked LAMP"}), a.ID)
	eq("search escapes LIKE wildcards", ids(TicketFilter{Search: "100%"}), c.ID)
	eq("search _ literal", ids(TicketFilter{Search: "l_mp"}))
	p, _ := s.QueryTickets(ctx, TicketFilter{Limit: 1, Offset: 1})
	if p.Total != 3 || len(p.Tickets) != 1 || p.Tickets[0].ID != b.ID {
		t.Fatalf("paging: %+v", p)
	}
}
