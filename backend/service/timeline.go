package service

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/policy"
	"afterloop/backend/store"
	"afterloop/backend/timeline"
)

// Queue tabs.
const (
	TabDue      = "due"
	TabUpcoming = "upcoming"
	TabDone     = "done"
)

// upcomingDays is how far ahead the Upcoming tab looks.
const upcomingDays = 7

// TimelineService is bound to the UI: today's message queue, each order's
// timeline, templates and the timeline settings.
type TimelineService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	// now is the clock; tests set it to replay a day.
	now func() time.Time
}

// NewTimelineService creates the service.
func NewTimelineService(shop *Shop, p platform.Platform) *TimelineService {
	return &TimelineService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now}
}

// QueueFilter narrows the queue. Zero values mean everything.
type QueueFilter struct {
	Stage  string `json:"stage"`
	Search string `json:"search"` // order ID, buyer or item, case-insensitive
	Offset int    `json:"offset"`
	Limit  int    `json:"limit"` // default 100, at most 1000
}

// Message is a rendered message and what the policy guard found in it.
type Message struct {
	Text     string           `json:"text"`
	Findings []policy.Finding `json:"findings"`
	Unfilled []string         `json:"unfilled"`
	// Blocked is true when the message cannot be sent: a blocking finding
	// or an unfilled placeholder.
	Blocked bool `json:"blocked"`
}

// QueueItem is one card of the queue.
type QueueItem struct {
	OrderID         int64                  `json:"orderId"`
	ExternalOrderID string                 `json:"externalOrderId"`
	Buyer           string                 `json:"buyer"`
	ItemsSummary    string                 `json:"itemsSummary"`
	Stage           string                 `json:"stage"`
	StageLabel      string                 `json:"stageLabel"`
	State           string                 `json:"state"`
	DueAt           int64                  `json:"dueAt"`     // the stage's trigger
	ExpiresAt       int64                  `json:"expiresAt"` // end of its window
	Overdue         bool                   `json:"overdue"`
	Marketing       bool                   `json:"marketing"`
	Action          *domain.TimelineAction `json:"action"` // sent/skipped/snoozed details
	Message
}

// QueuePage is one page of a tab.
type QueuePage struct {
	Tab    string         `json:"tab"`
	Total  int            `json:"total"`
	Offset int            `json:"offset"`
	Counts map[string]int `json:"counts"` // per stage, for this tab before paging
	Items  []QueueItem    `json:"items"`
}

// StageCounts feeds the navigation badge.
type StageCounts struct {
	Due     int            `json:"due"`
	Overdue int            `json:"overdue"`
	ByStage map[string]int `json:"byStage"`
}

// Queue returns one page of a tab: "due" (oldest first, grouped by stage),
// "upcoming" (the next 7 days, and snoozed messages) or "done" (sent and
// skipped, newest first).
func (s *TimelineService) Queue(tab string, f QueueFilter) (QueuePage, error) {
	if f.Stage != "" && !domain.IsStage(f.Stage) {
		return QueuePage{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", f.Stage)
	}
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	f.Offset = max(f.Offset, 0)
	d, err := s.load(s.ctx)
	if err != nil {
		return QueuePage{}, err
	}
	if tab == TabDone {
		return s.donePage(d, f)
	}
	if tab != TabDue && tab != TabUpcoming {
		return QueuePage{}, apperr.Newf(apperr.CodeInvalidInput, "The queue has tabs due, upcoming and done, not %q.", tab)
	}
	entries, err := s.compute(d, s.now().Unix(), tab, f.Search)
	if err != nil {
		return QueuePage{}, err
	}
	page := QueuePage{Tab: tab, Offset: f.Offset, Counts: map[string]int{}, Items: []QueueItem{}}
	var filtered []queueEntry
	for _, e := range entries {
		page.Counts[e.info.Stage]++
		if f.Stage == "" || e.info.Stage == f.Stage {
			filtered = append(filtered, e)
		}
	}
	page.Total = len(filtered)
	if f.Offset < len(filtered) {
		filtered = filtered[f.Offset:min(len(filtered), f.Offset+f.Limit)]
	} else {
		filtered = nil
	}
	page.Items, err = s.renderEntries(d, filtered)
	return page, err
}

// StageCounts counts the messages due now, per stage.
func (s *TimelineService) StageCounts() (StageCounts, error) {
	d, err := s.load(s.ctx)
	if err != nil {
		return StageCounts{}, err
	}
	entries, err := s.compute(d, s.now().Unix(), TabDue, "")
	if err != nil {
		return StageCounts{}, err
	}
	out := StageCounts{ByStage: map[string]int{}}
	for _, st := range domain.Stages {
		out.ByStage[st] = 0
	}
	for _, e := range entries {
		out.Due++
		out.ByStage[e.info.Stage]++
		if e.info.Overdue {
			out.Overdue++
		}
	}
	return out, nil
}

// DueMessages returns every message due at instant at, rendered: the CLI's
// `timeline due`. It is a function rather than a method so that it is not
// bound to the UI, which pages through Queue instead.
func DueMessages(ctx context.Context, shop *Shop, at time.Time) ([]QueueItem, error) {
	s := &TimelineService{shop: shop, ctx: ctx, now: func() time.Time { return at }}
	d, err := s.load(s.ctx)
	if err != nil {
		return nil, err
	}
	entries, err := s.compute(d, at.Unix(), TabDue, "")
	if err != nil {
		return nil, err
	}
	return s.renderEntries(d, entries)
}

type queueEntry struct {
	order *store.TimelineOrder
	info  timeline.StageInfo
}

// compute scans the orders that can have something due or upcoming at now,
// computes their stages and keeps the ones the tab shows. Nothing is
// materialised, so an import, an undo or a new action shows at once.
func (s *TimelineService) compute(d *timelineData, now int64, tab, search string) ([]queueEntry, error) {
	orders, err := s.shop.Store.ScanTimelineOrders(s.ctx, now-d.lookback(), search)
	if err != nil {
		return nil, err
	}
	actions, err := s.shop.Store.ListTimelineActions(s.ctx)
	if err != nil {
		return nil, err
	}
	horizon := now + upcomingDays*24*3600
	var out []queueEntry
	for i := range orders {
		o := &orders[i]
		stages := d.rules.Compute(timeline.Order{ID: o.ID, Status: o.Status, CreatedAt: o.CreatedAt, PaidAt: o.PaidAt,
			RTSAt: o.RTSAt, ShippedAt: o.ShippedAt, DeliveredAt: o.DeliveredAt, ProductKeys: o.ProductKeys}, actions[o.ID], now)
		for _, st := range stages {
			keep := false
			switch tab {
			case TabDue:
				keep = st.State == domain.StateDue
			case TabUpcoming:
				keep = st.State == domain.StateSnoozed || st.State == domain.StateUpcoming && st.TriggerAt > 0 && st.TriggerAt <= horizon
			}
			if keep {
				out = append(out, queueEntry{order: o, info: st})
			}
		}
	}
	rank := map[string]int{}
	for i, st := range domain.Stages {
		rank[st] = i
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.info.Stage != b.info.Stage {
			return rank[a.info.Stage] < rank[b.info.Stage]
		}
		if a.info.TriggerAt != b.info.TriggerAt {
			return a.info.TriggerAt < b.info.TriggerAt
		}
		return a.order.ID < b.order.ID
	})
	return out, nil
}

// renderEntries fills each entry's template, reading the orders in batches.
func (s *TimelineService) renderEntries(d *timelineData, entries []queueEntry) ([]QueueItem, error) {
	ids := make([]int64, 0, len(entries))
	for _, e := range entries {
		ids = append(ids, e.order.ID)
	}
	details, err := s.shop.Store.OrdersWithLines(s.ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]QueueItem, 0, len(entries))
	for _, e := range entries {
		detail := details[e.order.ID]
		item := QueueItem{OrderID: e.order.ID, ExternalOrderID: detail.Order.ExternalID, Buyer: detail.Order.BuyerUsername,
			ItemsSummary: itemsSummary(detail.Lines), Stage: e.info.Stage, StageLabel: e.info.Label, State: e.info.State,
			DueAt: e.info.TriggerAt, ExpiresAt: e.info.ExpiresAt, Overdue: e.info.Overdue, Marketing: e.info.Marketing,
			Action: e.info.Action}
		item.Message = d.render(detail, e.info.Stage)
		out = append(out, item)
	}
	return out, nil
}

func (s *TimelineService) donePage(d *timelineData, f QueueFilter) (QueuePage, error) {
	done, total, err := s.shop.Store.ListDoneActions(s.ctx, f.Stage, f.Offset, f.Limit)
	if err != nil {
		return QueuePage{}, err
	}
	ids := make([]int64, 0, len(done))
	for _, a := range done {
		ids = append(ids, a.OrderID)
	}
	details, err := s.shop.Store.OrdersWithLines(s.ctx, ids)
	if err != nil {
		return QueuePage{}, err
	}
	page := QueuePage{Tab: TabDone, Total: total, Offset: f.Offset, Counts: map[string]int{}, Items: []QueueItem{}}
	for _, a := range done {
		a := a
		state := domain.StateSent
		if a.Action == domain.ActionSkipped {
			state = domain.StateSkipped
		}
		item := QueueItem{OrderID: a.OrderID, ExternalOrderID: a.ExternalID, Buyer: a.BuyerUsername, ItemsSummary: a.ItemsSummary,
			Stage: a.Stage, StageLabel: domain.StageLabels[a.Stage], State: state, Marketing: a.Stage == domain.StageReplenishment,
			Action: &a.TimelineAction}
		if a.Text != "" {
			// Show what was sent, not what today's template would say.
			item.Message = Message{Text: a.Text, Findings: []policy.Finding{}, Unfilled: []string{}}
		} else {
			item.Message = d.render(details[a.OrderID], a.Stage)
		}
		page.Items = append(page.Items, item)
	}
	return page, nil
}

// itemsSummary is the card's one-line list: "2 × Basic Tee, 1 × Logo Mug".
func itemsSummary(lines []domain.OrderLine) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		parts = append(parts, fmt.Sprintf("%d × %s", max(l.Quantity, 1), l.ProductName))
	}
	return strings.Join(parts, ", ")
}
