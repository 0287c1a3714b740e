package service

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

// SupportService is bound to the UI: the support inbox, one ticket with its
// history, replies copied out to the buyer and the saved replies.
type SupportService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
	mu       sync.Mutex // guards the bulk undo below
	undoSeq  int
	lastBulk bulkUndo
	// now is the clock; tests set it.
	now func() time.Time
}

// NewSupportService creates the service.
func NewSupportService(shop *Shop, p platform.Platform) *SupportService {
	return &SupportService{shop: shop, platform: p, ctx: context.Background(), now: clock.Now}
}

// TicketFilter is the inbox filter as the UI sends it.
type TicketFilter struct {
	Statuses    []string `json:"statuses"`
	Category    string   `json:"category"`
	Subcategory string   `json:"subcategory"`
	Channel     string   `json:"channel"`
	// AssigneeID: -1 = anyone, 0 = unassigned, else that teammate.
	AssigneeID  int64  `json:"assigneeId"`
	Breached    bool   `json:"breached"`
	Use24h      bool   `json:"use24h"` // breached means past 24 h instead of 12 h
	FlaggedOnly bool   `json:"flaggedOnly"`
	SKU         string `json:"sku"`
	Tag         string `json:"tag"`
	// BreachingSoon keeps unanswered tickets with under two hours left.
	BreachingSoon bool   `json:"breachingSoon"`
	Search        string `json:"search"`
	Limit         int    `json:"limit"`
	Offset        int    `json:"offset"`
}

// TicketRow is one inbox row: the ticket and its first-response timers.
type TicketRow struct {
	domain.Ticket
	Timers support.ResponseTimers `json:"timers"`
}

// InboxPage is one page of the inbox.
type InboxPage struct {
	Total  int         `json:"total"`
	Offset int         `json:"offset"`
	Rows   []TicketRow `json:"rows"`
}

func (f TicketFilter) store(now time.Time) store.TicketFilter {
	out := store.TicketFilter{Statuses: f.Statuses, Category: f.Category, Subcategory: f.Subcategory, Channel: f.Channel,
		Breached: f.Breached, Now: now, FlaggedOnly: f.FlaggedOnly, Search: f.Search, Limit: f.Limit, Offset: f.Offset,
		SKU: strings.TrimSpace(f.SKU), Tag: f.Tag}
	if f.BreachingSoon {
		out.BreachingWithin = BreachingSoonWithin
	}
	if f.Use24h {
		out.BreachTarget = support.ResponseTarget24h
	}
	if f.AssigneeID >= 0 {
		id := f.AssigneeID
		out.AssigneeID = &id
	}
	return out
}

// BreachingSoonWithin is how close to the first-response target a ticket
// must be to show in "breaching soon": two hours is enough to still answer.
const BreachingSoonWithin = 2 * time.Hour

// Inbox returns one page of tickets, newest first, with timers at now. The
// shop's 12 h / 24 h region setting decides what "breached" means.
func (s *SupportService) Inbox(f TicketFilter) (InboxPage, error) {
	now := s.now()
	settings, err := s.settings()
	if err != nil {
		return InboxPage{}, err
	}
	f.Use24h = f.Use24h || settings.Use24h
	page, err := s.shop.Store.QueryTickets(s.ctx, f.store(now))
	if err != nil {
		return InboxPage{}, err
	}
	out := InboxPage{Total: page.Total, Offset: page.Offset, Rows: make([]TicketRow, 0, len(page.Tickets))}
	for _, t := range page.Tickets {
		out.Rows = append(out.Rows, s.row(t, now))
	}
	return out, nil
}

func (s *SupportService) row(t domain.Ticket, now time.Time) TicketRow {
	return TicketRow{Ticket: t, Timers: support.FirstResponseTimersUnix(t.OpenedAt, t.FirstResponseAt, now)}
}

// TicketDetail is one ticket with everything the reply pane needs.
type TicketDetail struct {
	TicketRow
	Events []domain.TicketEvent `json:"events"`
	Order  *store.OrderDetail   `json:"order"` // nil when not linked
	// Proof lists what to ask the buyer for, once, for the subcategory.
	Proof []string `json:"proof"`
	// Questions guide the diagnose step; Suggested is where the answers
	// and the shop policy point.
	Questions []support.Question          `json:"questions"`
	Suggested support.SuggestedResolution `json:"suggested"`
	Dispute   *DisputeView                `json:"dispute"` // nil = not a dispute
}

// Get returns a ticket, its events, the linked order and the proof to ask for.
func (s *SupportService) Get(id int64) (TicketDetail, error) {
	t, err := s.shop.Store.GetTicket(s.ctx, id)
	if err != nil {
		return TicketDetail{}, err
	}
	settings, err := s.settings()
	if err != nil {
		return TicketDetail{}, err
	}
	d := TicketDetail{TicketRow: s.row(t, s.now()), Proof: domain.ProofFor(t.Subcategory),
		Questions: support.Questions(t.Subcategory),
		Suggested: support.SuggestResolution(t.Subcategory, t.Flow.Answers, settings.AllowedResolutions)}
	if d.Dispute, err = s.disputeView(t.ID, settings); err != nil {
		return d, err
	}
	if d.Events, err = s.shop.Store.ListTicketEvents(s.ctx, id); err != nil {
		return d, err
	}
	if d.Events == nil {
		d.Events = []domain.TicketEvent{}
	}
	if t.OrderID != 0 {
		o, err := s.shop.Store.GetOrder(s.ctx, t.OrderID)
		if err != nil && !errors.Is(err, apperr.ErrNotFound) {
			return d, err
		}
		if err == nil {
			d.Order = &o
		}
	}
	return d, nil
}

// Suggest proposes a category and subcategory for the buyer's words.
func (s *SupportService) Suggest(text string) support.Suggestion { return support.Suggest(text) }

// Taxonomy returns the categories, root causes and resolutions for forms.
func (s *SupportService) Taxonomy() SupportTaxonomy {
	return SupportTaxonomy{Categories: domain.SupportTaxonomy, RootCauses: domain.RootCauses, Resolutions: domain.Resolutions}
}

// SupportTaxonomy is the static choice lists of the support forms.
type SupportTaxonomy struct {
	Categories  []domain.Category `json:"categories"`
	RootCauses  []domain.Option   `json:"rootCauses"`
	Resolutions []domain.Option   `json:"resolutions"`
}

// NewTicket is a ticket typed in by hand.
type NewTicket struct {
	Channel string `json:"channel"`
	// OrderExternalID is the TikTok order ID; "" or "0" = not linked.
	OrderExternalID string `json:"orderExternalId"`
	BuyerText       string `json:"buyerText"`
	Category        string `json:"category"`
	Subcategory     string `json:"subcategory"`
	AssigneeID      int64  `json:"assigneeId"`
	// SKU is the line the ticket is about; "" = the order's only SKU, if it
	// has one.
	SKU  string   `json:"sku"`
	Tags []string `json:"tags"`
	// OpenedAt is when the buyer wrote (Unix seconds); 0 = now.
	OpenedAt int64 `json:"openedAt"`
}

// Create adds a ticket. An order ID that matches no imported order is
// refused (invalid_input on orderExternalId) rather than silently dropped.
func (s *SupportService) Create(n NewTicket) (TicketRow, error) {
	t := domain.Ticket{Channel: n.Channel, BuyerText: n.BuyerText, Category: strings.TrimSpace(n.Category),
		Subcategory: strings.TrimSpace(n.Subcategory), AssigneeID: n.AssigneeID, OpenedAt: n.OpenedAt,
		SKU: strings.TrimSpace(n.SKU), Tags: n.Tags}
	if t.OpenedAt == 0 {
		t.OpenedAt = s.now().Unix()
	}
	if t.Category == "" && t.Subcategory != "" {
		if c, _, ok := domain.FindSubcategory(t.Subcategory); ok {
			t.Category = c.Key
		}
	}
	if ext := strings.TrimSpace(n.OrderExternalID); ext != "" && ext != "0" {
		o, err := s.shop.Store.FindOrderByExternalID(s.ctx, domain.PlatformTikTok, ext)
		if errors.Is(err, apperr.ErrNotFound) {
			return TicketRow{}, apperr.Newf(apperr.CodeInvalidInput, "No imported order has the ID %s.", ext).
				With("orderExternalId", "not found")
		}
		if err != nil {
			return TicketRow{}, err
		}
		t.OrderID = o.ID
		if t.SKU == "" {
			if detail, err := s.shop.Store.GetOrder(s.ctx, o.ID); err == nil {
				t.SKU = onlySKU(detail)
			}
		}
	}
	t, err := s.shop.Store.CreateTicket(s.ctx, t)
	if err != nil {
		return TicketRow{}, err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	return s.row(t, s.now()), nil
}

// TicketUpdate is a partial update from the UI: nil fields stay.
type TicketUpdate struct {
	ID          int64              `json:"id"`
	TeammateID  int64              `json:"teammateId"` // who made the change, for the history
	Status      *string            `json:"status"`
	Category    *string            `json:"category"`
	Subcategory *string            `json:"subcategory"`
	AssigneeID  *int64             `json:"assigneeId"`
	OrderID     *int64             `json:"orderId"`
	RootCause   *string            `json:"rootCause"`
	Resolution  *string            `json:"resolution"`
	SKU         *string            `json:"sku"`
	Flow        *domain.TicketFlow `json:"flow"`
	Tags        *[]string          `json:"tags"`
}

// Update applies a patch; closing without a root cause is refused.
func (s *SupportService) Update(u TicketUpdate) (TicketRow, error) {
	t, err := s.shop.Store.UpdateTicket(s.ctx, u.ID, store.TicketPatch{Status: u.Status, Category: u.Category,
		Subcategory: u.Subcategory, AssigneeID: u.AssigneeID, OrderID: u.OrderID, RootCause: u.RootCause,
		Resolution: u.Resolution, SKU: u.SKU, Flow: u.Flow, Tags: u.Tags}, u.TeammateID, s.now())
	if err != nil {
		return TicketRow{}, err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	return s.row(t, s.now()), nil
}
