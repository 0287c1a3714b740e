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
	"afterloop/backend/skumatch"
)

// TicketImportRow is one ticket read from a support log, with the references
// still in the file's words.
type TicketImportRow struct {
	Row             int // 1-based row in the file, for errors
	Ticket          domain.Ticket
	OrderExternalID string // linked when an imported order has this ID
	AssigneeName    string // linked when a teammate has this name
}

// TicketImportResult counts what ImportTickets wrote, one count per row.
type TicketImportResult struct {
	Created, Updated, Unchanged int
	Errors                      []domain.RowError // rows the store refused
	UnknownAssignees            []string          // names no teammate has, once each
	UnknownOrders               []string          // order IDs not imported yet, once each
}

// ImportTickets writes imported history in one transaction without an
// import-history entry (the engine's imports use ImportTicketsTx).
func (s *Store) ImportTickets(ctx context.Context, rows []TicketImportRow) (TicketImportResult, error) {
	var res TicketImportResult
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		var err error
		res, err = ImportTicketsTx(ctx, tx, 0, rows)
		return err
	})
	return res, err
}

// ImportTicketsTx writes imported history inside tx. A row whose Ticket ID
// is already stored updates that ticket (or leaves it alone when nothing
// differs); a row the ticket rules refuse is skipped and reported, the rest
// are still written. With a batch ID, what each row did is recorded so the
// import can be undone.
func ImportTicketsTx(ctx context.Context, tx *sql.Tx, batchID int64, rows []TicketImportRow) (TicketImportResult, error) {
	res := TicketImportResult{}
	seenAssignee, seenOrder := map[string]bool{}, map[string]bool{}
	for _, r := range rows {
		t := r.Ticket
		if r.OrderExternalID != "" {
			id, err := orderIDByExternal(ctx, tx, r.OrderExternalID)
			if err != nil {
				return res, err
			}
			t.OrderID = id
			if id != 0 && t.SKU == "" {
				if t.SKU, err = namedSKUTx(ctx, tx, id, t.BuyerText); err != nil {
					return res, err
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
				return res, err
			}
			t.AssigneeID = id
			if k := strings.ToLower(r.AssigneeName); id == 0 && !seenAssignee[k] {
				seenAssignee[k] = true
				res.UnknownAssignees = append(res.UnknownAssignees, r.AssigneeName)
			}
		}
		action, err := importTicketRecorded(ctx, tx, batchID, t)
		var ae *apperr.Error
		if errors.As(err, &ae) && ae.Code == apperr.CodeInvalidInput {
			res.Errors = append(res.Errors, domain.RowError{Row: r.Row, Message: ae.Message})
			continue
		}
		if err != nil {
			return res, fmt.Errorf("row %d: %w", r.Row, err)
		}
		switch action {
		case ChangeCreated:
			res.Created++
		case ChangeUpdated:
			res.Updated++
		default:
			res.Unchanged++
		}
	}
	return res, nil
}

// importTicketRecorded creates or updates one imported ticket and records
// the change under the batch (when batchID is not 0).
func importTicketRecorded(ctx context.Context, tx *sql.Tx, batchID int64, t domain.Ticket) (string, error) {
	t = t.Normalize()
	t.FlaggedMissingRootCause = domain.CloseNeedsRootCause(t)
	if t.ExternalID != "" {
		var id int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM tickets WHERE external_id = ?", t.ExternalID).Scan(&id)
		if err == nil {
			return updateRecorded(ctx, tx, batchID, "tickets", EntityTicket, id, func() error {
				return updateImportedTicketTx(ctx, tx, id, t)
			})
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("find ticket %s: %w", t.ExternalID, err)
		}
	}
	created, err := insertTicketTx(ctx, tx, t)
	if err != nil {
		return "", err
	}
	return ChangeCreated, RecordImportChange(ctx, tx, batchID, EntityTicket, created.ID, ChangeCreated, "")
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
		flagged_missing_root_cause = ?, search_text = ?, updated_at = ?,
		sku = CASE WHEN ? != '' THEN ? ELSE sku END WHERE id = ?`,
		nullable(t.OrderID), t.Channel, t.Category, t.Subcategory, t.Status, t.BuyerText, nullable(t.AssigneeID),
		t.OpenedAt, nullable(t.FirstResponseAt), nullable(t.ClosedAt), t.RootCause, t.Resolution,
		boolInt(t.FlaggedMissingRootCause), search, now, t.SKU, t.SKU, id)
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

// namedSKUTx is the product a ticket on orderID is about: the order's only
// product, else the one the buyer's words name; "" when they name none.
func namedSKUTx(ctx context.Context, tx *sql.Tx, orderID int64, text string) (string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT l.product_key, l.sku_id, l.seller_sku, COALESCE(NULLIF(p.name, ''), l.product_name)
		FROM order_lines l LEFT JOIN products p ON p.key = l.product_key WHERE l.order_id = ? ORDER BY l.line_no`, orderID)
	if err != nil {
		return "", fmt.Errorf("order lines: %w", err)
	}
	defer rows.Close()
	var lines []skumatch.Line
	for rows.Next() {
		var l skumatch.Line
		var skuID, sellerSKU string
		if err := rows.Scan(&l.Key, &skuID, &sellerSKU, &l.Name); err != nil {
			return "", err
		}
		l.SKUs = []string{skuID, sellerSKU}
		lines = append(lines, l)
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return skumatch.Named(text, lines), nil
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
