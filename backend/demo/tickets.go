package demo

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"time"
)

// SupportLogFileName is the demo shop's support history, written in the
// support-log import format so it goes through the real import.
const SupportLogFileName = "demo_support_log.csv"

var supportLogHeader = []string{"Ticket ID", "Order ID", "Channel", "Category", "Subcategory", "Opened At",
	"First Response At", "Status", "Root Cause", "Resolution", "Closed At", "Assignee", "Buyer Message", "Seller SKU"}

// supportTicket is one row of the demo support log.
type supportTicket struct {
	order                     *order
	channel, sub              string
	opened, answered, closed  time.Time
	status, rootCause, result string
	assignee, text            string
	sku                       string // the product a return's chat is about; "" = the order's
}

// reasonSub maps a return reason to the support subcategory a buyer's chat
// about it gets, with the root cause and resolution a seller would tag.
var reasonSub = map[string][3]string{
	"Damaged item":     {"damaged", "carrier", "refund"},
	"Defective":        {"defective", "supplier_defect", "exchange"},
	"Missing parts":    {"missing_parts", "packout_error", "replacement_part"},
	"Wrong item":       {"wrong_variant", "packout_error", "exchange"},
	"Size doesn't fit": {"sizing_fit", "misleading_listing", "exchange"},
}

var subCategory = map[string]string{
	"damaged": "product_issue", "defective": "product_issue", "missing_parts": "product_issue", "wrong_variant": "product_issue",
	"sizing_fit": "usage", "setup_error": "usage", "does_not_work": "usage", "tracking_not_updating": "shipping",
	"delivered_not_received": "shipping", "color_size_perception": "expectation_mismatch",
}

var buyerWords = map[string][]string{
	"damaged":                {"The box came crushed and the item is scratched", "It arrived broken, the glass is cracked", "Package was damaged and the product is dented"},
	"defective":              {"It stopped working after two days", "Does not turn on at all", "It keeps switching off by itself"},
	"missing_parts":          {"Some parts are missing from the box", "There was no cable in the package", "Only half the set arrived"},
	"wrong_variant":          {"I got a different color than I ordered", "Wrong size was sent to me", "This is not the variation I picked"},
	"sizing_fit":             {"Runs small, can I get a bigger size?", "Too tight on me, what size should I get?", "The fit is off, way too long"},
	"tracking_not_updating":  {"Tracking hasn't moved in 5 days", "Where is my order? No update since Monday", "Is my parcel lost? Tracking is stuck"},
	"setup_error":            {"Can't get it to pair with my phone", "How do I set this up? The app won't find it", "Setup fails at the last step"},
	"delivered_not_received": {"It says delivered but nothing is here", "Marked as delivered, I never got it"},
	"color_size_perception":  {"The color looks nothing like the photos", "Much smaller than it looked in the video"},
}

// simulateTickets writes a support history around the orders and returns: a
// chat before many defect returns, tracking questions on slow deliveries,
// setup questions on gadgets, and a handful of fresh unanswered chats so the
// 12-hour timers are running when the demo opens.
func simulateTickets(e *env, orders []*order, returns []*returnLine) []supportTicket {
	r := e.rng(3)
	var out []supportTicket
	add := func(o *order, sub string, opened time.Time, text string) {
		if text == "" {
			words := buyerWords[sub]
			text = words[r.IntN(len(words))]
		}
		channel := "tiktok_chat"
		switch r.IntN(20) {
		case 0:
			channel = "product_review"
		case 1:
			channel = "video_comment"
		}
		out = append(out, supportTicket{order: o, channel: channel, sub: sub, opened: opened, text: text})
	}
	for _, rl := range returns {
		m, ok := reasonSub[rl.reason]
		if !ok || rl.orphan || r.IntN(100) >= 65 {
			continue
		}
		opened := rl.requested.Add(-time.Duration(2+r.IntN(28)) * time.Hour)
		if opened.Before(rl.order.delivered) {
			opened = rl.order.delivered.Add(time.Hour)
		}
		add(rl.order, m[0], opened, rl.note)
		// A chat before a return is about the returned product.
		out[len(out)-1].sku = lineKey(rl.line)
	}
	for _, o := range orders {
		switch {
		case !o.shipped.IsZero() && !o.delivered.IsZero() && o.delivered.Sub(o.shipped) > 6*24*time.Hour && r.IntN(3) == 0:
			add(o, "tracking_not_updating", o.shipped.Add(time.Duration(96+r.IntN(30))*time.Hour), "")
		case !o.delivered.IsZero() && o.lines[0].product.Category == CategoryElectronics && r.IntN(30) == 0:
			add(o, "setup_error", o.delivered.Add(time.Duration(5+r.IntN(40))*time.Hour), "")
		case !o.delivered.IsZero() && r.IntN(250) == 0:
			add(o, "delivered_not_received", o.delivered.Add(time.Duration(3+r.IntN(20))*time.Hour), "")
		case !o.delivered.IsZero() && o.lines[0].product.Category == CategoryHome && r.IntN(80) == 0:
			add(o, "color_size_perception", o.delivered.Add(time.Duration(10+r.IntN(60))*time.Hour), "")
		}
	}
	// Fresh chats from the last half day, unanswered: two past 12 hours,
	// one about to breach, the rest with time left. One carries markup that
	// must show as text.
	recent := recentDelivered(orders, e.now, 10)
	ages := []time.Duration{19 * time.Hour, 13*time.Hour + 20*time.Minute, 11*time.Hour + 5*time.Minute, 7 * time.Hour,
		4*time.Hour + 30*time.Minute, 2 * time.Hour, 50 * time.Minute, 15 * time.Minute}
	fresh := []string{"missing_parts", "damaged", "tracking_not_updating", "sizing_fit", "defective", "setup_error", "wrong_variant", "damaged"}
	for i, age := range ages {
		if i >= len(recent) {
			break
		}
		text := ""
		if i == 4 {
			text = `It stopped working <img src=x onerror=alert(1)> please help`
		}
		add(recent[i], fresh[i], e.now.Add(-age), text)
		out[len(out)-1].channel = "tiktok_chat"
	}
	slices.SortStableFunc(out, func(a, b supportTicket) int { return a.opened.Compare(b.opened) })
	for i := range out {
		e.progressTicket(r, &out[i])
	}
	return out
}

// recentDelivered returns up to n orders delivered most recently before now.
func recentDelivered(orders []*order, now time.Time, n int) []*order {
	var out []*order
	for i := len(orders) - 1; i >= 0 && len(out) < n; i-- {
		if o := orders[i]; !o.delivered.IsZero() && o.delivered.Before(now) {
			out = append(out, o)
		}
	}
	return out
}

var staff = []string{"Daniel Reyes", "Daniel Reyes", "Daniel Reyes", "Maya Okafor", ""}

// progressTicket moves a ticket along the flow by its age: old ones are
// closed with a root cause (a few from before the team tagged them are
// closed without one), recent ones sit at every step.
func (e *env) progressTicket(r *rand.Rand, t *supportTicket) {
	age := e.now.Sub(t.opened)
	if age < 14*time.Hour && age > 0 && t.channel == "tiktok_chat" && r.IntN(4) != 0 {
		t.status = "new"
		return
	}
	t.assignee = staff[r.IntN(len(staff))]
	wait := time.Duration(1+r.IntN(9))*time.Hour + time.Duration(r.IntN(60))*time.Minute
	if r.IntN(7) == 0 {
		wait = time.Duration(13+r.IntN(17)) * time.Hour // a slow weekend answer
	}
	t.answered = t.opened.Add(wait)
	if t.answered.After(e.now) {
		t.answered, t.status = time.Time{}, "new"
		return
	}
	m := map[string][2]string{
		"tracking_not_updating": {"carrier", "troubleshooting"}, "setup_error": {"unclear_instructions", "troubleshooting"},
		"delivered_not_received": {"carrier", "exchange"}, "color_size_perception": {"misleading_listing", "return"},
	}
	rc, res := m[t.sub][0], m[t.sub][1]
	for _, v := range reasonSub {
		if v[0] == t.sub {
			rc, res = v[1], v[2]
		}
	}
	if p := t.order.lines[0].product; p.Defect != nil {
		switch p.Defect.Reason {
		case "Damaged item":
			rc = "fragile_component"
		case "Defective":
			rc = "supplier_defect"
		}
	}
	switch {
	case age > 8*24*time.Hour:
		t.status, t.rootCause, t.result = "closed", rc, res
		t.closed = t.answered.Add(time.Duration(24+r.IntN(72)) * time.Hour)
		if r.IntN(30) == 0 {
			t.rootCause = "" // closed before root causes were tagged: imported flagged
		}
	default:
		steps := []string{"acknowledged", "waiting_for_proof", "diagnosing", "resolution_offered", "resolved"}
		t.status = steps[r.IntN(len(steps))]
		if t.status == "resolution_offered" || t.status == "resolved" {
			t.result = res
		}
	}
}

// writeSupportLog writes the tickets oldest first with IDs CS-10001…
func writeSupportLog(path string, e *env, tickets []supportTicket) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	w := csv.NewWriter(f)
	_ = w.Write(supportLogHeader)
	at := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(e.loc).Format("2006-01-02 15:04:05")
	}
	for i, t := range tickets {
		_ = w.Write([]string{"CS-" + strconv.Itoa(10001+i), strconv.FormatInt(t.order.id, 10), t.channel,
			subCategory[t.sub], t.sub, at(t.opened), at(t.answered), t.status, t.rootCause, t.result, at(t.closed),
			t.assignee, t.text, t.sku})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		_ = f.Close() // already failing: the error returned matters more
		return fmt.Errorf("demo: write support log: %w", err)
	}
	return f.Close()
}

// lineKey is the key the importer gives a line: Seller SKU, else SKU ID.
func lineKey(l *line) string {
	if l.product.SellerSKU != "" {
		return l.product.SellerSKU
	}
	return l.product.SKUID
}
