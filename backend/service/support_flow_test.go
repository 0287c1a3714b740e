package service

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/support"
)

// The checklist moves the status: reply -> acknowledged, proof asked ->
// waiting for proof, all proof in -> diagnosing, resolution -> offered,
// confirmed in writing -> resolved; closing still needs a root cause.
func TestFlowChecklistMovesTheStatus(t *testing.T) {
	shop, svc, _ := supportShop(t)
	importSample(t, shop, nil)
	row, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, OrderExternalID: usOrder1,
		BuyerText: "Two screws are missing from the box", Subcategory: domain.SubMissingParts})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	step := func(u TicketUpdate, want string) TicketRow {
		t.Helper()
		u.ID = row.ID
		out, err := svc.Update(u)
		if err != nil {
			t.Fatal(apperr.JSON(err))
		}
		if out.Status != want {
			t.Fatalf("status %q, want %q", out.Status, want)
		}
		return out
	}
	if _, err := svc.CopyReply(row.ID, "Sorry! We will get back to you within {{hours}} hours.", 0); err != nil {
		t.Fatal(err)
	}
	d, _ := svc.Get(row.ID)
	if d.Status != domain.TicketAcknowledged || len(d.Questions) == 0 || d.Suggested.Resolution != "" {
		t.Fatalf("after ack: %+v", d)
	}
	flow := d.Flow
	flow.ProofRequestedAt = svc.now().Unix()
	step(TicketUpdate{Flow: &flow}, domain.TicketWaitingForProof)
	flow.ProofReceived = []string{domain.ProofOrderNumber}
	step(TicketUpdate{Flow: &flow}, domain.TicketWaitingForProof) // photos still missing
	flow.ProofReceived = append(flow.ProofReceived, domain.ProofPhotos)
	step(TicketUpdate{Flow: &flow}, domain.TicketDiagnosing)
	flow.Answers = map[string]string{"which_part": "yes", "checked_packaging": "yes"}
	step(TicketUpdate{Flow: &flow}, domain.TicketDiagnosing)
	if d, _ = svc.Get(row.ID); d.Suggested.Resolution != domain.ResolutionReplacementPart {
		t.Fatalf("suggested %+v", d.Suggested)
	}
	// The shop does not post parts: the flow suggests the next allowed one.
	settings, _ := svc.GetSupportSettings()
	settings.AllowedResolutions = []string{domain.ResolutionTroubleshooting, domain.ResolutionExchange, domain.ResolutionRefund}
	if _, err := svc.SaveSupportSettings(settings); err != nil {
		t.Fatal(err)
	}
	if d, _ = svc.Get(row.ID); d.Suggested.Resolution != domain.ResolutionExchange || d.Suggested.PointedAt != domain.ResolutionReplacementPart {
		t.Fatalf("suggested under policy %+v", d.Suggested)
	}
	res := domain.ResolutionExchange
	step(TicketUpdate{Resolution: &res}, domain.TicketResolutionOffered)
	flow.ConfirmedAt = svc.now().Unix()
	step(TicketUpdate{Flow: &flow}, domain.TicketResolved)
	closed := domain.TicketClosed
	if _, err := svc.Update(TicketUpdate{ID: row.ID, Status: &closed}); apperr.From(err).Details["rootCause"] == "" {
		t.Fatalf("closing without a root cause must be refused: %v", err)
	}
	rc := domain.RootCausePackoutError
	out := step(TicketUpdate{Status: &closed, RootCause: &rc}, domain.TicketClosed)
	if out.ClosedAt == 0 || out.SKU != "" { // usOrder1 has two SKUs: the ticket names none until chosen
		t.Fatalf("closed %+v", out)
	}
	// The acknowledgement promised the settings' hours.
	settings.AckHours = 48
	if _, err := svc.SaveSupportSettings(settings); err != nil {
		t.Fatal(err)
	}
	if c, err := svc.CopyReply(row.ID, "Within {{hours}} hours.", 0); err != nil || c.Text != "Within 48 hours." {
		t.Fatalf("%+v %v", c, err)
	}
}

// Bulk changes are all or none and can be undone.
func TestBulkAssignTagStatusAllOrNoneWithUndo(t *testing.T) {
	shop, svc, _ := supportShop(t)
	ctx := context.Background()
	mate, err := shop.Store.SaveTeamMember(ctx, domain.TeamMember{Name: "Mia", Role: "support"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, text := range []string{"box crushed", "where is my parcel", "wrong colour"} {
		r, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, BuyerText: text})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	res, err := svc.Bulk(TicketBulk{IDs: ids[:2], AssigneeID: &mate.ID, AddTag: "  Carrier  Delay "})
	if err != nil || res.Changed != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	page, _ := svc.Inbox(TicketFilter{AssigneeID: mate.ID, Tag: "carrier delay"})
	if page.Total != 2 || page.Rows[0].Tags[0] != "carrier delay" {
		t.Fatalf("mine+tag: %+v", page)
	}
	// Closing all three is refused (no root cause) and changes none.
	closed := domain.TicketClosed
	if _, err := svc.Bulk(TicketBulk{IDs: ids, Status: &closed}); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("bulk close: %v", err)
	}
	if page, _ = svc.Inbox(TicketFilter{AssigneeID: -1, Statuses: []string{domain.TicketClosed}}); page.Total != 0 {
		t.Fatalf("half-closed: %+v", page)
	}
	if err := svc.UndoBulk(res.UndoToken); err != nil {
		t.Fatal(err)
	}
	if page, _ = svc.Inbox(TicketFilter{AssigneeID: mate.ID}); page.Total != 0 {
		t.Fatalf("undo left %d assigned", page.Total)
	}
	if tags, _ := svc.Tags(); len(tags) != 0 {
		t.Fatalf("undo left tags %+v", tags)
	}
	if err := svc.UndoBulk(res.UndoToken); apperr.From(err).Code != apperr.CodeConflict {
		t.Fatalf("second undo: %v", err)
	}
}

// "Breaching soon" holds unanswered tickets with under two hours left on the
// 12-hour clock, or the 24-hour one when the shop's region uses it.
func TestBreachingSoonView(t *testing.T) {
	_, svc, _ := supportShop(t)
	now := svc.now()
	for _, age := range []time.Duration{time.Hour, 10*time.Hour + 30*time.Minute, 13 * time.Hour, 23 * time.Hour} {
		if _, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, BuyerText: "hi", OpenedAt: now.Add(-age).Unix()}); err != nil {
			t.Fatal(err)
		}
	}
	page, _ := svc.Inbox(TicketFilter{AssigneeID: -1, BreachingSoon: true})
	if page.Total != 1 || page.Rows[0].Timers.Left12h != 90*time.Minute {
		t.Fatalf("12 h: %+v", page)
	}
	if a, err := svc.Attention(); err != nil || a != (Attention{Waiting: 4, Breached: 2}) {
		t.Fatalf("attention %+v %v", a, err)
	}
	settings, _ := svc.GetSupportSettings()
	settings.Use24h = true
	if _, err := svc.SaveSupportSettings(settings); err != nil {
		t.Fatal(err)
	}
	page, _ = svc.Inbox(TicketFilter{AssigneeID: -1, BreachingSoon: true})
	if page.Total != 1 || page.Rows[0].Timers.Left24h != time.Hour {
		t.Fatalf("24 h: %+v", page)
	}
	if a, _ := svc.Attention(); a != (Attention{Waiting: 4, Breached: 0}) {
		t.Fatalf("attention at 24 h %+v", a)
	}
	if page, _ = svc.Inbox(TicketFilter{AssigneeID: -1, Breached: true}); page.Total != 0 {
		t.Fatalf("nothing is past 24 h yet: %d", page.Total)
	}
}

// A dispute gets a working-day deadline in the shop zone, links the order's
// imported return and records the outcome.
func TestDisputeDeadlineReturnAndOutcome(t *testing.T) {
	shop, svc, _ := supportShop(t)
	ctx := context.Background()
	for _, f := range []struct{ file, kind string }{
		{"SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv", domain.KindOrders},
		{"SYNTHETIC_tiktok_returns.csv", domain.KindReturns},
	} {
		if _, err := importer.New(shop.Store).Import(ctx, filepath.Join(samples, f.file), importer.Options{Kind: f.kind, Location: time.UTC}); err != nil {
			t.Fatal(apperr.JSON(err))
		}
	}
	row, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, OrderExternalID: "583870900000000003",
		BuyerText: "The bottle leaked everywhere"})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	// Friday 7 March 2025 12:00 UTC + 3 working days = Wednesday 12 March 12:00.
	v, err := svc.OpenDispute(row.ID, domain.DisputeDamaged, 0)
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	want := time.Date(2025, 3, 12, 12, 0, 0, 0, time.UTC)
	if !v.Countdown.Deadline.Equal(want) || v.Countdown.Overdue || v.Return == nil || v.Return.ExternalID != "4035000000000000001" {
		t.Fatalf("%+v", v)
	}
	if _, err := svc.OpenDispute(row.ID, domain.DisputeDamaged, 0); apperr.From(err).Code != apperr.CodeConflict {
		t.Fatalf("second dispute: %v", err)
	}
	d := v.Dispute
	d.Evidence = []string{domain.EvidenceTestVideo}
	if _, err := svc.SaveDispute(d); apperr.From(err).Details["evidence"] == "" {
		t.Fatalf("evidence of another kind must be refused: %v", err)
	}
	d.Evidence = []string{domain.EvidencePackingPhoto, domain.EvidenceBuyerPhotos}
	d.Outcome = domain.OutcomeWon
	if v, err = svc.SaveDispute(d); err != nil || v.OutcomeAt == 0 || len(v.Evidence) != 2 {
		t.Fatalf("%+v %v", v, err)
	}
	svc.now = func() time.Time { return want.Add(time.Hour) }
	list, _ := svc.Disputes()
	if len(list) != 1 || list[0].Countdown.Overdue { // decided disputes are never overdue
		t.Fatalf("%+v", list)
	}
}

// Comments naming the same defect form a cluster; drafts pass the guard;
// copying a reply records it.
func TestCommentsClusterAndReply(t *testing.T) {
	_, svc, rec := supportShop(t)
	for i, text := range []string{"Mine came with a missing screw!!", "missing parts again, no screws in the box",
		"the screws were missing, useless", "love it"} {
		c, err := svc.SaveComment(domain.PublicComment{Video: "Unboxing #" + string(rune('1'+i%2)), Author: "user",
			Body: text, Negative: text != "love it", PostedAt: svc.now().Add(-time.Duration(i) * 24 * time.Hour).Unix()})
		if err != nil {
			t.Fatal(apperr.JSON(err))
		}
		if text != "love it" && c.Subcategory != domain.SubMissingParts {
			t.Fatalf("%q suggested %q", text, c.Subcategory)
		}
	}
	clusters, err := svc.CommentClusters()
	if err != nil || len(clusters) != 1 || clusters[0].Count != 3 || clusters[0].Videos != 2 || len(clusters[0].Examples) != 3 {
		t.Fatalf("%+v %v", clusters, err)
	}
	list, _ := svc.Comments(CommentFilter{NegativeOnly: true, Open: true})
	drafts, err := svc.CommentDrafts(list[0].ID)
	if err != nil || len(drafts) != 3 || len(drafts[0].Findings) != 0 {
		t.Fatalf("%+v %v", drafts, err)
	}
	if _, err := svc.CopyCommentReply(list[0].ID, "Give us 5 stars and we'll refund you"); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("blocked reply: %v", err)
	}
	c, err := svc.CopyCommentReply(list[0].ID, drafts[0].Text)
	if err != nil || c.RepliedAt == 0 || rec.Clipboard != drafts[0].Text {
		t.Fatalf("%+v %v", c, err)
	}
	if open, _ := svc.Comments(CommentFilter{NegativeOnly: true, Open: true}); len(open) != 2 {
		t.Fatalf("open after reply: %d", len(open))
	}
}

// Exported tickets import back into another shop with the same fields: the
// export uses the import's column names and real Excel dates.
func TestExportedTicketsImportBack(t *testing.T) {
	shop, svc, rec := supportShop(t)
	importSample(t, shop, nil)
	opened := time.Date(2025, 3, 6, 9, 30, 0, 0, time.UTC).Unix()
	row, err := svc.Create(NewTicket{Channel: domain.ChannelTikTokChat, OrderExternalID: usOrder1,
		BuyerText: `=HYPERLINK("x") <b>cracked</b> mug`, Subcategory: domain.SubDamaged, OpenedAt: opened, Tags: []string{"vip"}})
	if err != nil {
		t.Fatal(apperr.JSON(err))
	}
	if _, err := svc.CopyReply(row.ID, "Sorry, we are on it.", 0); err != nil {
		t.Fatal(err)
	}
	rec.SavePathResult = filepath.Join(t.TempDir(), "tickets.xlsx")
	res, err := svc.ExportTickets(TicketFilter{AssigneeID: -1})
	if err != nil || res.Tickets != 1 || res.Path != rec.SavePathResult {
		t.Fatalf("%+v %v", res, err)
	}
	other := newShop(t)
	importSample(t, other, nil)
	got, err := support.ImportLog(context.Background(), other.Store, res.Path, other.Location(context.Background()))
	if err != nil || got.Created != 1 || got.Skipped != 0 || len(got.UnknownValues) != 0 {
		t.Fatalf("%+v %v", got, apperr.JSON(err))
	}
	back, _ := NewSupportService(other, rec).Inbox(TicketFilter{AssigneeID: -1})
	b := back.Rows[0]
	if b.BuyerText != row.BuyerText || b.OpenedAt != opened || b.FirstResponseAt != svc.now().Unix() ||
		b.Subcategory != domain.SubDamaged || b.Status != domain.TicketAcknowledged || b.OrderExternalID != usOrder1 {
		t.Fatalf("round trip: %+v", b)
	}
}

// An imported support-log ticket on a one-SKU order is about that SKU; on a
// multi-SKU order it names none until the seller picks one.
func TestImportedTicketTakesTheOrdersOnlySKU(t *testing.T) {
	shop, svc, _ := supportShop(t)
	ctx := context.Background()
	if _, err := importer.New(shop.Store).Import(ctx, filepath.Join(samples, "SYNTHETIC_tiktok_orders_sea_style_with_description_row.csv"),
		importer.Options{Kind: domain.KindOrders, Location: time.UTC}); err != nil {
		t.Fatal(apperr.JSON(err))
	}
	path := filepath.Join(t.TempDir(), "log.csv")
	log := "Ticket ID,Order ID,Opened At,Buyer Message\nS-1,583870900000000003,2026-05-20 09:00,leaked\nS-2,583870900000000001,2026-05-20 09:00,two items\n"
	if err := os.WriteFile(path, []byte(log), 0o644); err != nil {
		t.Fatal(err)
	}
	if res, err := support.ImportLog(ctx, shop.Store, path, time.UTC); err != nil || res.Created != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	page, _ := svc.Inbox(TicketFilter{AssigneeID: -1})
	skus := map[string]string{}
	for _, r := range page.Rows {
		skus[r.ExternalID] = r.SKU
	}
	if skus["S-1"] != "SERUM-A" || skus["S-2"] != "" {
		t.Fatalf("%v", skus)
	}
}
