package service

import (
	"strings"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// Exports mask buyer usernames ("m***kai1958"): a reply never greets the
// mask; it falls back ("Hi there") like the timeline does. On a ticket
// without an order the teammate fills the name in, and that value is used.
func TestReplyNeverGreetsAMaskedHandle(t *testing.T) {
	shop, svc, rec := supportShop(t)
	importSample(t, shop, func(s string) string { return strings.ReplaceAll(s, "buyer_one", "m***kai1958") })
	opened := svc.now().Add(-time.Hour).Unix()
	row, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, OrderExternalID: usOrder1, BuyerText: "mug cracked", OpenedAt: opened})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	out, err := svc.CopyReplyWith(CopyReplyRequest{TicketID: row.ID, Body: "Hi {{buyer_name}}, sorry about {{order_id}}.",
		Fallbacks: map[string]string{"buyer_name": "there"}})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if want := "Hi there, sorry about " + usOrder1 + "."; out.Text != want || rec.Clipboard != want {
		t.Fatalf("copied %q", out.Text)
	}
	// Without a fallback the masked name is missing, never pasted.
	if _, err := svc.CopyReply(row.ID, "Hi {{buyer_name}}!", 0); apperr.From(err).Details["unfilled"] != "buyer_name" {
		t.Fatalf("masked name without fallback: %v", err)
	}

	// No order: the name the teammate fills in is used.
	loose, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, BuyerText: "where is my parcel", OpenedAt: opened})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if _, err := svc.CopyReply(loose.ID, "Hi {{buyer_name}}!", 0); apperr.From(err).Details["unfilled"] != "buyer_name" {
		t.Fatalf("no order: %v", err)
	}
	out, err = svc.CopyReplyWith(CopyReplyRequest{TicketID: loose.ID, Body: "Hi {{buyer_name}}!", Fallbacks: map[string]string{"buyer_name": "Maya"}})
	if err != nil || out.Text != "Hi Maya!" {
		t.Fatalf("filled in: %q %v", out.Text, err)
	}
}
