package service

import (
	"strings"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/policy"
	"afterloop/backend/support"
)

func supportShop(t *testing.T) (*Shop, *SupportService, *platform.Recorder) {
	t.Helper()
	shop := newShop(t)
	rec := &platform.Recorder{}
	svc := NewSupportService(shop, rec)
	svc.now = func() time.Time { return time.Date(2025, 3, 7, 12, 0, 0, 0, time.UTC) }
	return shop, svc, rec
}

func TestSupportCreateGetCopyReply(t *testing.T) {
	shop, svc, rec := supportShop(t)
	importSample(t, shop, nil)
	opened := svc.now().Add(-2 * time.Hour).Unix()
	text := "My mug arrived cracked"
	sug := svc.Suggest(text)
	if sug.Subcategory != domain.SubDamaged {
		t.Fatalf("suggest %+v", sug)
	}
	if _, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, OrderExternalID: "999", BuyerText: text, OpenedAt: opened}); apperr.From(err).Details["orderExternalId"] == "" {
		t.Fatalf("unknown order must be refused: %v", err)
	}
	row, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, OrderExternalID: usOrder1, BuyerText: text,
		Subcategory: sug.Subcategory, OpenedAt: opened})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if row.Category != domain.CategoryProduct || row.Timers.Answered || row.Timers.Waited != 2*time.Hour {
		t.Fatalf("%+v", row)
	}
	if len(rec.EventsNamed(EventDataChanged)) != 1 {
		t.Fatalf("events %+v", rec.Events)
	}
	d, err := svc.Get(row.ID)
	if err != nil || d.Order == nil || d.Order.Order.ExternalID != usOrder1 || len(d.Proof) != 3 || len(d.Events) != 0 {
		t.Fatalf("%+v %v", d, err)
	}

	// A blocked reply is refused and nothing is copied or logged.
	_, err = svc.CopyReply(row.ID, "Sorry! Leave a 5-star review and we'll refund you.", 0)
	if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || e.Details["findings"] == "" || rec.Clipboard != "" {
		t.Fatalf("blocked: %v clipboard %q", err, rec.Clipboard)
	}
	// Unfilled inputs are refused too.
	if _, err := svc.CopyReply(row.ID, "Please send a photo of {{input:photo_of}}.", 0); apperr.From(err).Details["unfilled"] != "input:photo_of" {
		t.Fatalf("unfilled: %v", err)
	}
	out, err := svc.CopyReply(row.ID, "Hi! So sorry about {{order_id}}, we'll reply within {{hours}} hours.", 0)
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	want := "Hi! So sorry about " + usOrder1 + ", we'll reply within 24 hours."
	if out.Text != want || rec.Clipboard != want || !out.Ticket.Timers.Answered || out.Ticket.FirstResponseAt != svc.now().Unix() ||
		out.Ticket.Status != domain.TicketAcknowledged {
		t.Fatalf("%+v clipboard %q", out, rec.Clipboard)
	}
	first := out.Ticket.FirstResponseAt
	svc.now = func() time.Time { return time.Date(2025, 3, 7, 13, 0, 0, 0, time.UTC) }
	out, err = svc.CopyReplyWith(CopyReplyRequest{TicketID: row.ID, Body: "Could you send a photo of {{input:photo_of}}?",
		Inputs: map[string]string{"photo_of": "the crack"}})
	if err != nil || out.Ticket.FirstResponseAt != first || out.Text != "Could you send a photo of the crack?" {
		t.Fatalf("%+v %v", out, err)
	}
	d, _ = svc.Get(row.ID)
	if len(d.Events) != 3 { // reply, status, reply
		t.Fatalf("events %+v", d.Events)
	}

	// Closing needs a root cause.
	closed := domain.TicketClosed
	if _, err := svc.Update(TicketUpdate{ID: row.ID, Status: &closed}); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("close without root cause: %v", err)
	}
	cause := domain.RootCausePackoutError
	if r, err := svc.Update(TicketUpdate{ID: row.ID, Status: &closed, RootCause: &cause}); err != nil || r.Status != closed {
		t.Fatalf("%+v %v", r, err)
	}
	page, err := svc.Inbox(TicketFilter{AssigneeID: -1, Statuses: []string{closed}})
	if err != nil || page.Total != 1 || !page.Rows[0].Timers.Answered {
		t.Fatalf("%+v %v", page, err)
	}
	if page, _ := svc.Inbox(TicketFilter{AssigneeID: 0, Breached: true}); page.Total != 0 {
		t.Fatalf("breached: %+v", page)
	}
}

func TestSupportSavedReplies(t *testing.T) {
	_, svc, rec := supportShop(t)
	list, err := svc.SavedReplies()
	if err != nil || len(list) != len(support.DefaultSavedReplies()) {
		t.Fatalf("defaults: %d %v", len(list), err)
	}
	for _, r := range list {
		if fs := policy.Check(r.Body, policy.Context{Purpose: policy.PurposeSupportReply}); policy.Blocking(fs) {
			t.Errorf("%s: %+v", r.Title, fs)
		}
	}
	if _, err := svc.SaveReply(domain.SavedReply{Title: "x", Body: "Hi {{coupon_code}}"}); apperr.From(err).Details["unknownPlaceholders"] != "coupon_code" {
		t.Fatalf("unknown placeholder: %v", err)
	}
	_, err = svc.SaveReply(domain.SavedReply{Title: "x", Body: "Send us your email and we'll reply there."})
	if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || !strings.Contains(e.Details["findings"], policy.RuleOffPlatform) {
		t.Fatalf("email ask: %v", err)
	}
	r, err := svc.SaveReply(domain.SavedReply{Title: "Thanks", Body: "Thanks {{buyer_name}}!", Fallbacks: map[string]string{"buyer_name": "so much"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.DeleteReply(r.ID); err != nil {
		t.Fatal(err)
	}
	if len(rec.EventsNamed(EventDataChanged)) != 2 {
		t.Fatalf("events %+v", rec.Events)
	}
}
