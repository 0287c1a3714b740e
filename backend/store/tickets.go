package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

// ticketColumns are read by scanTicket, in this order.
const ticketColumns = `t.id, COALESCE(t.external_id, ''), COALESCE(t.order_id, 0), t.channel, t.category, t.subcategory,
	t.status, t.buyer_text, COALESCE(t.assignee_id, 0), t.opened_at, COALESCE(t.first_response_at, 0),
	COALESCE(t.closed_at, 0), t.root_cause, t.resolution, t.flagged_missing_root_cause, t.sku, t.flow_json,
	COALESCE((SELECT group_concat(tag, ',') FROM (SELECT tag FROM ticket_tags WHERE ticket_id = t.id ORDER BY tag)), ''),
	COALESCE((SELECT external_id FROM orders WHERE id = t.order_id), ''), t.created_at, t.updated_at`

type rowScanner interface{ Scan(dest ...any) error }

func scanTicket(r rowScanner) (domain.Ticket, error) {
	var t domain.Ticket
	var flagged int
	var flow, tags string
	err := r.Scan(&t.ID, &t.ExternalID, &t.OrderID, &t.Channel, &t.Category, &t.Subcategory, &t.Status, &t.BuyerText,
		&t.AssigneeID, &t.OpenedAt, &t.FirstResponseAt, &t.ClosedAt, &t.RootCause, &t.Resolution, &flagged,
		&t.SKU, &flow, &tags, &t.OrderExternalID, &t.CreatedAt, &t.UpdatedAt)
	if err != nil {
		return t, err
	}
	t.FlaggedMissingRootCause = flagged != 0
	// A damaged checklist must not hide the ticket: it reads as empty.
	_ = json.Unmarshal([]byte(flow), &t.Flow)
	t.Flow = t.Flow.Normalize()
	t.Tags = []string{}
	if tags != "" {
		t.Tags = strings.Split(tags, ",")
	}
	return t, nil
}

// invalidTicket turns Validate's problems into one user-facing error; every
// problem is a detail so the form can mark each field.
func invalidTicket(problems map[string]string) error {
	fields := make([]string, 0, len(problems))
	for f := range problems {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	e := apperr.New(apperr.CodeInvalidInput, problems[fields[0]])
	for _, f := range fields {
		_ = e.With(f, problems[f]) // With adds the detail to the error itself
	}
	return e
}

// nullable stores 0 and "" as NULL, for optional references and the
// external ID (UNIQUE allows many NULLs but only one "").
func nullable[T int64 | string](v T) any {
	var zero T
	if v == zero {
		return nil
	}
	return v
}

// CreateTicket adds a ticket typed in or opened from a conversation. It
// cannot start closed without a root cause.
func (s *Store) CreateTicket(ctx context.Context, t domain.Ticket) (domain.Ticket, error) {
	t.FlaggedMissingRootCause = false
	return s.insertTicket(ctx, t)
}

// ImportTicket adds a ticket from imported history. History stays as it
// was: a ticket closed without a root cause is kept closed and
// flagged so someone tags one later, never refused or dropped.
func (s *Store) ImportTicket(ctx context.Context, t domain.Ticket) (domain.Ticket, error) {
	t = t.Normalize()
	t.FlaggedMissingRootCause = domain.CloseNeedsRootCause(t)
	return s.insertTicket(ctx, t)
}

func (s *Store) insertTicket(ctx context.Context, t domain.Ticket) (domain.Ticket, error) {
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		var err error
		t, err = insertTicketTx(ctx, tx, t)
		return err
	})
	return t, err
}

// insertTicketTx validates and inserts t inside tx.
func insertTicketTx(ctx context.Context, tx *sql.Tx, t domain.Ticket) (domain.Ticket, error) {
	t = t.Normalize()
	if p := t.Validate(); len(p) > 0 {
		return t, invalidTicket(p)
	}
	now := clock.Now().Unix()
	t.CreatedAt, t.UpdatedAt = now, now
	if t.Status == domain.TicketClosed && t.ClosedAt == 0 {
		t.ClosedAt = now
	}
	search, err := ticketSearchText(ctx, tx, t)
	if err != nil {
		return t, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO tickets(external_id, order_id, channel, category, subcategory, status,
		buyer_text, assignee_id, opened_at, first_response_at, closed_at, root_cause, resolution,
		flagged_missing_root_cause, search_text, sku, flow_json, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		nullable(t.ExternalID), nullable(t.OrderID), t.Channel, t.Category, t.Subcategory, t.Status,
		t.BuyerText, nullable(t.AssigneeID), t.OpenedAt, nullable(t.FirstResponseAt), nullable(t.ClosedAt),
		t.RootCause, t.Resolution, boolInt(t.FlaggedMissingRootCause), search, t.SKU, flowJSON(t.Flow),
		t.CreatedAt, t.UpdatedAt)
	if err != nil {
		if strings.Contains(err.Error(), "UNIQUE constraint failed: tickets.external_id") {
			return t, apperr.Wrap(apperr.CodeConflict, apperr.ErrConflict,
				fmt.Sprintf("A ticket for conversation %s already exists.", t.ExternalID))
		}
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return t, apperr.New(apperr.CodeInvalidInput, "The linked order or teammate no longer exists.")
		}
		return t, fmt.Errorf("add ticket: %w", err)
	}
	if t.ID, err = res.LastInsertId(); err != nil {
		return t, err
	}
	if err := setTicketTagsTx(ctx, tx, t.ID, t.Tags); err != nil {
		return t, err
	}
	return t, nil
}

func flowJSON(f domain.TicketFlow) string {
	b, _ := json.Marshal(f.Normalize())
	return string(b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ticketSearchText is what inbox search matches: the buyer's words, the
// conversation ID and the linked order's ID, lower-cased once on write so the
// query needs no lower() per row.
func ticketSearchText(ctx context.Context, tx *sql.Tx, t domain.Ticket) (string, error) {
	parts := []string{t.BuyerText, t.ExternalID}
	if t.OrderID != 0 {
		var orderExternal string
		err := tx.QueryRowContext(ctx, "SELECT external_id FROM orders WHERE id = ?", t.OrderID).Scan(&orderExternal)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("read linked order: %w", err)
		}
		parts = append(parts, orderExternal)
	}
	return strings.ToLower(strings.Join(parts, " ")), nil
}

// GetTicket returns one ticket or an error wrapping apperr.ErrNotFound.
func (s *Store) GetTicket(ctx context.Context, id int64) (domain.Ticket, error) {
	return getTicket(ctx, s.read, id)
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func getTicket(ctx context.Context, db queryRower, id int64) (domain.Ticket, error) {
	t, err := scanTicket(db.QueryRowContext(ctx, "SELECT "+ticketColumns+" FROM tickets t WHERE t.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("ticket %d: %w", id, apperr.ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("read ticket %d: %w", id, err)
	}
	return t, nil
}

// TicketPatch is a partial update: nil fields stay as they are. AssigneeID
// and OrderID 0 clear the link.
type TicketPatch struct {
	Status      *string
	Category    *string
	Subcategory *string
	AssigneeID  *int64
	OrderID     *int64
	RootCause   *string
	Resolution  *string
	SKU         *string
	Flow        *domain.TicketFlow
	// Tags replaces the ticket's tags when not nil.
	Tags *[]string
}

// UpdateTicket applies patch. A status change is logged as an event by
// teammateID at now; closing without a root cause is refused with
// invalid_input, and tagging a root cause clears the imported-history flag.
func (s *Store) UpdateTicket(ctx context.Context, id int64, patch TicketPatch, teammateID int64, now time.Time) (domain.Ticket, error) {
	var out domain.Ticket
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = updateTicketTx(ctx, tx, id, patch, teammateID, now)
		return err
	})
	return out, err
}

func updateTicketTx(ctx context.Context, tx *sql.Tx, id int64, patch TicketPatch, teammateID int64, now time.Time) (domain.Ticket, error) {
	var out domain.Ticket
	err := func() error {
		t, err := getTicket(ctx, tx, id)
		if err != nil {
			return err
		}
		old := t
		set := func(dst *string, v *string) {
			if v != nil {
				*dst = strings.TrimSpace(*v)
			}
		}
		set(&t.Status, patch.Status)
		set(&t.Category, patch.Category)
		set(&t.Subcategory, patch.Subcategory)
		set(&t.RootCause, patch.RootCause)
		set(&t.Resolution, patch.Resolution)
		if patch.Category != nil && patch.Subcategory == nil && t.Category != old.Category {
			t.Subcategory = "" // a new category's subcategory is chosen again
		}
		if patch.AssigneeID != nil {
			t.AssigneeID = *patch.AssigneeID
		}
		if patch.OrderID != nil {
			t.OrderID = *patch.OrderID
		}
		set(&t.SKU, patch.SKU)
		if patch.Flow != nil {
			t.Flow = patch.Flow.Normalize()
		}
		if patch.Tags != nil {
			t.Tags = *patch.Tags
		}
		// The checklist moves the status forward; a status set by hand in
		// this same patch wins.
		if patch.Status == nil {
			t.Status = domain.AdvanceStatus(t)
		}
		if t.RootCause != "" {
			t.FlaggedMissingRootCause = false
		}
		if domain.CloseNeedsRootCause(t) && (old.Status != domain.TicketClosed || !old.FlaggedMissingRootCause) {
			return apperr.New(apperr.CodeInvalidInput, "Tag a root cause before closing: it is how repeat problems get fixed.").
				With("rootCause", "required")
		}
		if p := t.Validate(); len(p) > 0 {
			return invalidTicket(p)
		}
		switch {
		case t.Status == domain.TicketClosed && old.Status != domain.TicketClosed:
			t.ClosedAt = now.Unix()
		case t.Status != domain.TicketClosed:
			t.ClosedAt = 0 // reopened
		}
		t.UpdatedAt = now.Unix()
		search, err := ticketSearchText(ctx, tx, t)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE tickets SET order_id = ?, category = ?, subcategory = ?, status = ?,
			assignee_id = ?, closed_at = ?, root_cause = ?, resolution = ?, flagged_missing_root_cause = ?,
			search_text = ?, sku = ?, flow_json = ?, updated_at = ? WHERE id = ?`,
			nullable(t.OrderID), t.Category, t.Subcategory, t.Status, nullable(t.AssigneeID), nullable(t.ClosedAt),
			t.RootCause, t.Resolution, boolInt(t.FlaggedMissingRootCause), search, t.SKU, flowJSON(t.Flow), t.UpdatedAt, id)
		if err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return apperr.New(apperr.CodeInvalidInput, "The linked order or teammate no longer exists.")
			}
			return fmt.Errorf("update ticket %d: %w", id, err)
		}
		if patch.Tags != nil {
			if err := setTicketTagsTx(ctx, tx, id, t.Tags); err != nil {
				return err
			}
		}
		if t.Status != old.Status {
			if _, err := insertTicketEvent(ctx, tx, domain.TicketEvent{TicketID: id, Kind: domain.TicketEventStatus,
				At: now.Unix(), TeammateID: teammateID, Body: old.Status + " -> " + t.Status}); err != nil {
				return err
			}
		}
		out = t
		return nil
	}()
	return out, err
}
