package service

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
)

const (
	usOrder1 = "576900000000000001" // tee + mug, delivered 06/19/2024 1:12:09 PM, USPS
	usOrder2 = "576900000000000002" // tee, cancelled
)

var la, _ = time.LoadLocation("America/Los_Angeles")

// timelineShop imports the US-style sample (or a variant of it) into a fresh
// shop set to Los Angeles time and returns the service with its recorder.
func timelineShop(t *testing.T) (*Shop, *TimelineService, *platform.Recorder) {
	t.Helper()
	shop := newShop(t)
	if _, err := NewShopService(shop).SaveSettings(domain.Settings{ShopName: "Juniper & Pine", TimeZone: "America/Los_Angeles", Currency: "USD", ProcessingDays: 2}); err != nil {
		t.Fatal(err)
	}
	rec := &platform.Recorder{}
	return shop, NewTimelineService(shop, rec), rec
}

func importSample(t *testing.T, shop *Shop, edit func(string) string) {
	t.Helper()
	body, err := os.ReadFile(samples + "SYNTHETIC_tiktok_orders_us_style.csv")
	if err != nil {
		t.Fatal(err)
	}
	text := string(body)
	if edit != nil {
		text = edit(text)
	}
	path := filepath.Join(t.TempDir(), "orders.csv")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := importer.New(shop.Store).Import(context.Background(), path, importer.Options{Kind: domain.KindOrders, Location: la}); err != nil {
		t.Fatalf("import: %v", apperr.JSON(err))
	}
}

func orderID(t *testing.T, shop *Shop, external string) int64 {
	t.Helper()
	o, err := shop.Store.FindOrderByExternalID(context.Background(), domain.PlatformTikTok, external)
	if err != nil {
		t.Fatal(err)
	}
	return o.ID
}

func at(s string) func() time.Time {
	return func() time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, la)
		if err != nil {
			panic(err)
		}
		return tm
	}
}

func dueStages(t *testing.T, svc *TimelineService, tab string) []string {
	t.Helper()
	page, err := svc.Queue(tab, QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range page.Items {
		out = append(out, it.ExternalOrderID[len(it.ExternalOrderID)-1:]+":"+it.Stage)
	}
	return out
}

func saveContent(t *testing.T, shop *Shop, c domain.ProductContent) {
	t.Helper()
	if _, err := NewProductService(shop, &platform.Recorder{}).SaveContent(c); err != nil {
		t.Fatalf("save content %s: %v", c.ProductKey, apperr.JSON(err))
	}
}

func TestQueueFollowsTheStagesOfImportedOrders(t *testing.T) {
	shop, svc, _ := timelineShop(t)
	importSample(t, shop, nil)
	saveContent(t, shop, domain.ProductContent{ProductKey: "MUG-WHT", CommonIssue: "Handle feels loose", CommonFixes: []string{"Hand wash only", "Tighten nothing: message us"}})
	saveContent(t, shop, domain.ProductContent{ProductKey: "TEE-BLK-M", ReviewDelayDays: 10, SetupSteps: []string{"Wash cold", "Hang dry", "Enjoy"}})

	for _, c := range []struct{ clock, tab, want string }{
		{"2024-06-15 12:00", TabDue, "1:order_confirmation"}, // order 2 not yet created
		{"2024-06-16 10:00", TabDue, "1:shipping_update"},    // label created 9:02
		{"2024-06-18 09:00", TabDue, "1:shipping_update"},    // order 2 was cancelled at 8:00: nothing due for it
		{"2024-06-19 14:00", TabDue, "1:delivery_day"},
		{"2024-06-19 14:00", TabUpcoming, "1:support_check_in"}, // review request (+10 days) is beyond 7 days
		{"2024-06-22 14:00", TabDue, "1:support_check_in"},
		{"2024-06-29 14:00", TabDue, "1:review_request"}, // longest review delay of the order's SKUs
		{"2024-07-29 13:00", TabDue, "1:review_request"},
		{"2024-07-29 13:30", TabDue, ""}, // 30 days after its trigger (13:12) the review request expired
	} {
		svc.now = at(c.clock)
		if got := strings.Join(dueStages(t, svc, c.tab), ","); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.clock, c.tab, got, c.want)
		}
	}

	svc.now = at("2024-06-19 14:00")
	page, _ := svc.Queue(TabDue, QueueFilter{})
	item := page.Items[0]
	if item.ExternalOrderID != usOrder1 || item.Buyer != "buyer_one" || item.Blocked || item.Overdue ||
		!strings.Contains(item.Text, "Hi buyer_one") || !strings.Contains(item.Text, "To get started:\n1. Wash cold") {
		t.Errorf("item %+v", item)
	}
	for search, want := range map[string]int{"buyer_one": 1, "LOGO mug": 1, "5769": 1, "nobody": 0} {
		if page, err := svc.Queue(TabDue, QueueFilter{Search: search}); err != nil || page.Total != want {
			t.Errorf("search %q: %d items, %v", search, page.Total, err)
		}
	}
	if _, err := svc.Queue("later", QueueFilter{}); !isCode(err, apperr.CodeInvalidInput) {
		t.Errorf("unknown tab: %v", err)
	}
	svc.now = at("2024-06-20 14:00")
	if page, _ = svc.Queue(TabDue, QueueFilter{}); !page.Items[0].Overdue {
		t.Error("due for 25 hours is overdue")
	}
	counts, err := svc.StageCounts()
	if err != nil || counts.Due != 1 || counts.Overdue != 1 || counts.ByStage[domain.StageDeliveryDay] != 1 || len(counts.ByStage) != 6 {
		t.Errorf("counts %+v %v", counts, err)
	}

	tl, err := svc.OrderTimeline(orderID(t, shop, usOrder2))
	if err != nil {
		t.Fatal(err)
	}
	states := []string{}
	for _, s := range tl.Stages {
		states = append(states, s.State)
	}
	if strings.Join(states, ",") != "expired,not_applicable,not_applicable,not_applicable,not_applicable,not_applicable" {
		t.Errorf("cancelled order timeline %v", states)
	}
}

func TestImportRecomputesTheQueue(t *testing.T) {
	shop, svc, _ := timelineShop(t)
	// An earlier export: order 1 still in transit, order 2 awaiting shipment.
	importSample(t, shop, func(s string) string {
		s = strings.ReplaceAll(s, "Completed,Completed,", "In transit,In transit,")
		s = strings.ReplaceAll(s, "\"06/19/2024 1:12:09 PM\t\"", "\"\t\"")
		s = strings.ReplaceAll(s, "Canceled,Canceled,Cancel,", "Awaiting shipment,Awaiting shipment,,")
		return strings.ReplaceAll(s, "\"06/18/2024 8:00:00 AM\t\",User,No longer needed", "\"\t\",,")
	})
	svc.now = at("2024-06-19 14:00")
	if got := strings.Join(dueStages(t, svc, TabDue), ","); got != "2:order_confirmation,1:shipping_update" {
		t.Fatalf("before: %q", got)
	}
	// The newer export delivers order 1 and cancels order 2.
	importSample(t, shop, nil)
	if got := strings.Join(dueStages(t, svc, TabDue), ","); got != "1:delivery_day" {
		t.Fatalf("after: %q", got)
	}
}

func TestMarkSentSkipSnoozeUndoAndCopy(t *testing.T) {
	shop, svc, rec := timelineShop(t)
	importSample(t, shop, nil)
	id1 := orderID(t, shop, usOrder1)
	svc.now = at("2024-06-19 14:00")
	team, _ := NewShopService(shop).SaveTeamMember(domain.TeamMember{Name: "Maya", Role: "owner"})

	text, err := svc.Copy(id1, domain.StageDeliveryDay)
	if err != nil || text == "" || rec.Clipboard != text {
		t.Fatalf("copy %q %v (clipboard %q)", text, err, rec.Clipboard)
	}
	if err := svc.MarkSent(id1, domain.StageDeliveryDay, team.ID); err != nil {
		t.Fatal(err)
	}
	if got := dueStages(t, svc, TabDue); len(got) != 0 {
		t.Errorf("still due: %v", got)
	}
	done, _ := svc.Queue(TabDone, QueueFilter{})
	if done.Total != 1 || done.Items[0].State != domain.StateSent || done.Items[0].Action.TeammateID != team.ID || done.Items[0].Action.At != at("2024-06-19 14:00")().Unix() {
		t.Errorf("done %+v", done)
	}
	// The Done tab shows the text as it was sent, even after the template changes.
	if done.Items[0].Text != text {
		t.Errorf("done text %q, want the sent text %q", done.Items[0].Text, text)
	}
	if _, err := svc.SaveTemplate(domain.MessageTemplate{Stage: domain.StageDeliveryDay, Language: "en", Body: "Hi {{buyer_name}}, it arrived!"}); err != nil {
		t.Fatal(err)
	}
	if again, _ := svc.Queue(TabDone, QueueFilter{}); again.Items[0].Text != text {
		t.Errorf("done text changed with the template: %q", again.Items[0].Text)
	}
	if err := svc.UndoAction(id1, domain.StageDeliveryDay); err != nil {
		t.Fatal(err)
	}
	if got := dueStages(t, svc, TabDue); len(got) != 1 {
		t.Errorf("undo: %v", got)
	}
	if err := svc.MarkSent(id1, domain.StageDeliveryDay, 999); !isCode(err, apperr.CodeInvalidInput) {
		t.Errorf("unknown teammate: %v", err)
	}
	if err := svc.MarkSent(id1, domain.StageReplenishment, 0); !isCode(err, apperr.CodeConflict) {
		t.Errorf("not applicable stage: %v", err)
	}
	if err := svc.Skip(id1, domain.StageDeliveryDay, "  "); !isCode(err, apperr.CodeInvalidInput) {
		t.Errorf("skip without reason: %v", err)
	}
	if err := svc.Skip(id1, domain.StageDeliveryDay, "Buyer already confirmed in chat"); err != nil {
		t.Fatal(err)
	}
	if err := svc.UndoAction(id1, domain.StageDeliveryDay); err != nil {
		t.Fatal(err)
	}

	until := at("2024-06-20 09:00")().Unix()
	if err := svc.Snooze(id1, domain.StageDeliveryDay, until); err != nil {
		t.Fatal(err)
	}
	if got := dueStages(t, svc, TabDue); len(got) != 0 {
		t.Errorf("snoozed still due: %v", got)
	}
	if got := dueStages(t, svc, TabUpcoming); len(got) != 2 { // snoozed delivery day + upcoming review request
		t.Errorf("upcoming: %v", got)
	}
	svc.now = at("2024-06-20 09:00")
	if got := dueStages(t, svc, TabDue); len(got) != 1 {
		t.Errorf("snooze over: %v", got)
	}
	if n := len(rec.EventsNamed(EventDataChanged)); n != 6 { // sent, template saved, undo, skipped, undo, snoozed
		t.Errorf("data:changed events: %d", n)
	}

	// Several at once: all or none.
	id2 := orderID(t, shop, usOrder2)
	err = svc.MarkSentMany([]StageRef{{id1, domain.StageDeliveryDay}, {id2, domain.StageDeliveryDay}}, 0)
	if err == nil {
		t.Fatal("a cancelled order's stage was marked sent")
	}
	if got := dueStages(t, svc, TabDue); len(got) != 1 {
		t.Errorf("partial batch was recorded: %v", got)
	}
}

func TestTemplatesAreGuarded(t *testing.T) {
	shop, svc, _ := timelineShop(t)
	importSample(t, shop, nil)
	id1 := orderID(t, shop, usOrder1)
	svc.now = at("2024-06-26 14:00") // review request due (default 7 days)

	_, err := svc.SaveTemplate(domain.MessageTemplate{Stage: domain.StageReviewRequest, Body: "Hi {{buyer_name}}! We'd love a 5-star review. Get 10% off your next order after reviewing."})
	var e *apperr.Error
	if !errors.As(err, &e) || e.Code != apperr.CodeInvalidInput || !strings.Contains(e.Details["findings"], "5-star") {
		t.Fatalf("blocked template saved: %v", err)
	}
	var findings []map[string]any
	if json.Unmarshal([]byte(e.Details["findings"]), &findings) != nil || len(findings) < 2 {
		t.Errorf("findings detail %q", e.Details["findings"])
	}
	if _, err := svc.SaveTemplate(domain.MessageTemplate{Stage: domain.StageReviewRequest, Body: "Hi {{buyer_nmae}}"}); !isCode(err, apperr.CodeInvalidInput) { //nolint:misspell // an unknown placeholder on purpose
		t.Errorf("unknown placeholder saved: %v", err)
	}
	// A warning (outside link) is allowed; an unfilled placeholder blocks sending.
	view, err := svc.SaveTemplate(domain.MessageTemplate{Stage: domain.StageReviewRequest,
		Body: "Hi {{buyer_name}}, how is your {{product}}? An honest review helps. Care guide: juniper.shop/care {{setup_steps}}"})
	if err != nil || len(view.Findings) != 1 || view.Findings[0].Rule != "external_link" {
		t.Fatalf("save with a warning: %+v %v", view, err)
	}
	page, _ := svc.Queue(TabDue, QueueFilter{Stage: domain.StageReviewRequest})
	if len(page.Items) != 1 || !page.Items[0].Blocked || page.Items[0].Unfilled[0] != "setup_steps" {
		t.Fatalf("queue item %+v", page.Items)
	}
	if err := svc.MarkSent(id1, domain.StageReviewRequest, 0); !isCode(err, apperr.CodeInvalidInput) {
		t.Errorf("unfilled message marked sent: %v", err)
	}
	pv, err := svc.PreviewTemplate(domain.StageReviewRequest, "{{setup_steps}}", map[string]string{"setup_steps": "See the card in the box."}, 0)
	if err != nil || pv.OrderID != id1 || pv.Text != "See the card in the box." || pv.Blocked {
		t.Errorf("preview %+v %v", pv, err)
	}
	if _, err := svc.ResetTemplate(domain.StageReviewRequest, ""); err != nil {
		t.Fatal(err)
	}
	if err := svc.MarkSent(id1, domain.StageReviewRequest, 0); err != nil {
		t.Errorf("default template refused: %v", err)
	}
	list, err := svc.ListTemplates()
	if err != nil || len(list) != 6 || !list[0].IsDefault || len(svc.Placeholders()) < 15 {
		t.Errorf("templates %d %v", len(list), err)
	}
}

func TestTimelineSettingsAndProductContentValidation(t *testing.T) {
	shop, svc, _ := timelineShop(t)
	importSample(t, shop, nil)
	bad := domain.DefaultTimelineSettings()
	bad.CheckInDays, bad.ReplenishmentPercent, bad.ShipWeekdays, bad.LinkAllowList = 1, 90, nil, []string{"not a domain"}
	_, err := svc.SaveTimelineSettings(bad)
	var e *apperr.Error
	if !errors.As(err, &e) || e.Details["checkInDays"] == "" || e.Details["replenishmentPercent"] == "" || e.Details["shipWeekdays"] == "" || e.Details["linkAllowList"] == "" {
		t.Fatalf("validation: %v", err)
	}
	good := domain.DefaultTimelineSettings()
	good.CheckInDays, good.LinkAllowList = 5, []string{"https://www.Juniper.shop/", "tiktok.com"}
	saved, err := svc.SaveTimelineSettings(good)
	if err != nil || saved.LinkAllowList[0] != "juniper.shop" {
		t.Fatalf("%+v %v", saved, err)
	}
	if got, _ := svc.GetTimelineSettings(); got.CheckInDays != 5 {
		t.Errorf("got %+v", got)
	}

	products := NewProductService(shop, &platform.Recorder{})
	_, err = products.SaveContent(domain.ProductContent{ProductKey: "MUG-WHT", SetupSteps: []string{"Email us at help@x.com"}, Replenishment: true})
	if !errors.As(err, &e) || e.Details["setupSteps"] == "" || e.Details["replenishment"] == "" {
		t.Fatalf("content validation: %v", err)
	}
	if _, err := products.SaveContent(domain.ProductContent{ProductKey: "NOPE"}); !isCode(err, apperr.CodeNotFound) {
		t.Errorf("unknown product: %v", err)
	}
	list, err := products.List()
	if err != nil || len(list) != 2 || list[0].OrderCount != 2 || list[0].Key != "TEE-BLK-M" {
		t.Errorf("products %+v %v", list, err)
	}
}

func isCode(err error, code apperr.Code) bool {
	var e *apperr.Error
	return errors.As(apperr.From(err), &e) && e.Code == code
}
