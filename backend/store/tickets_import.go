package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

// TicketImportRow is one ticket read from a support log, with the references
// still in the file's words.
type TicketImportRow struct {
	Row             int // 1-based row in the file, for errors
	Ticket          domain.Ticket
	OrderExternalID string // linked when an imported order has this ID
	AssigneeName    string // linked when a teammate has this name
}

// TicketImportResult counts what ImportTickets wrote.
type TicketImportResult struct {
	Created, Updated int
	Errors           []domain.RowError // rows the store refused
	UnknownAssignees []string          // names no teammate has, once each
	UnknownOrders    []string          // order IDs not imported yet, once each
}

// ImportTickets writes imported history in one transaction. A row whose
// Ticket ID is already stored updates that ticket; a row the ticket rules
// refuse is skipped and reported, the rest are still written.
func (s *Store) ImportTickets(ctx context.Context, rows []TicketImportRow) (TicketImportResult, error) {
	var res TicketImportResult
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		res = TicketImportResult{}
		seenAssignee, seenOrder := map[string]bool{}, map[string]bool{}
		for _, r := range rows {
			t := r.Ticket
			if r.OrderExternalID != "" {
				id, err := orderIDByExternal(ctx, tx, r.OrderExternalID)
				if err != nil {
					return err
				}
				t.OrderID = id
				if id != 0 && t.SKU == "" {
					if t.SKU, err = onlySKUTx(ctx, tx, id); err != nil {
						return err
					}
				}
				if id == 0 && !seenOrder[r.OrderExternalID] {
					seenOrder[r.OrderExternalID] = true
					res.UnknownOrders = append(res.UnknownOrders, r.OrderExternalID)
				}
			}
			if r.AssigneeName != "" {
				id, err := teammateIDByName(ctx, tx, r.AssigneeName)
				if err != nil {
					return err
				}
				t.AssigneeID = id
				if k := strings.ToLower(r.AssigneeName); id == 0 && !seenAssignee[k] {
					seenAssignee[k] = true
					res.UnknownAssignees = append(res.UnknownAssignees, r.AssigneeName)
				}
			}
			created, err := ImportTicketTx(ctx, tx, t)
			var ae *apperr.Error
			if errors.As(err, &ae) && ae.Code == apperr.CodeInvalidInput {
				res.Errors = append(res.Errors, domain.RowError{Row: r.Row, Message: ae.Message})
				continue
			}
			if err != nil {
				return fmt.Errorf("row %d: %w", r.Row, err)
			}
			if created {
				res.Created++
			} else {
				res.Updated++
			}
		}
		return nil
	})
	return res, err
}

// ImportTicketTx is ImportTicket inside tx, except that a ticket whose
// external ID is already stored is updated in place (keeping its ID, events
// and creation time). created reports which happened.
func ImportTicketTx(ctx context.Context, tx *sql.Tx, t domain.Ticket) (created bool, err error) {
	t = t.Normalize()
	t.FlaggedMissingRootCause = domain.CloseNeedsRootCause(t)
	if t.ExternalID != "" {
		var id int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM tickets WHERE external_id = ?", t.ExternalID).Scan(&id)
		if err == nil {
			return false, updateImportedTicketTx(ctx, tx, id, t)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return false, fmt.Errorf("find ticket %s: %w", t.ExternalID, err)
		}
	}
	_, err = insertTicketTx(ctx, tx, t)
	return err == nil, err
}

func updateImportedTicketTx(ctx context.Context, tx *sql.Tx, id int64, t domain.Ticket) error {
	if p := t.Validate(); len(p) > 0 {
		return invalidTicket(p)
	}
	now := clock.Now().Unix()
	if t.Status == domain.TicketClosed && t.ClosedAt == 0 {
		t.ClosedAt = now
	}
	search, err := ticketSearchText(ctx, tx, t)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE tickets SET order_id = ?, channel = ?, category = ?, subcategory = ?, status = ?,
		buyer_text = ?, assignee_id = ?, opened_at = ?, first_response_at = ?, closed_at = ?, root_cause = ?, resolution = ?,
		flagged_missing_root_cause = ?, search_text = ?, updated_at = ? WHERE id = ?`,
		nullable(t.OrderID), t.Channel, t.Category, t.Subcategory, t.Status, t.BuyerText, nullable(t.AssigneeID),
		t.OpenedAt, nullable(t.FirstResponseAt), nullable(t.ClosedAt), t.RootCause, t.Resolution,
		boolInt(t.FlaggedMissingRootCause), search, now, id)
	if err != nil {
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return apperr.New(apperr.CodeInvalidInput, "The linked order or teammate no longer exists.")
		}
		return fmt.Errorf("update ticket %d: %w", id, err)
	}
	return nil
}

// orderIDByExternal returns the imported order with this platform ID, 0 when
// none. IDs are matched on any platform; the oldest import wins a tie.
func orderIDByExternal(ctx context.Context, tx *sql.Tx, externalID string) (int64, error) {
	var id int64
	// The platform list lets SQLite use the (platform, external_id) index
	// instead of reading every order for every row.
	err := tx.QueryRowContext(ctx, "SELECT id FROM orders WHERE platform IN (?, ?, ?) AND external_id = ? ORDER BY id LIMIT 1",
		domain.PlatformTikTok, domain.PlatformShopify, domain.PlatformOther, externalID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("find order %s: %w", externalID, err)
	}
	return id, nil
}

// onlySKUTx is the line key of an order with a single SKU, else "": a
// ticket on such an order is about that SKU.
func onlySKUTx(ctx context.Context, tx *sql.Tx, orderID int64) (string, error) {
	var key string
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(min(product_key), ''), count(DISTINCT product_key) FROM order_lines WHERE order_id = ?",
		orderID).Scan(&key, &n); err != nil {
		return "", fmt.Errorf("order lines: %w", err)
	}
	if n != 1 {
		return "", nil
	}
	return key, nil
}

// teammateIDByName matches a teammate's name case-insensitively; 0 when none.
func teammateIDByName(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM team_members WHERE lower(trim(name)) = lower(?) ORDER BY id LIMIT 1",
		strings.TrimSpace(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("find teammate %s: %w", name, err)
	}
	return id, nil
}
