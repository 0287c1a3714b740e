package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

const disputeColumns = `d.id, d.ticket_id, d.kind, d.opened_at, d.deadline_at, d.evidence_json, COALESCE(d.return_id, 0),
	d.outcome, COALESCE(d.outcome_at, 0), d.notes`

func scanDispute(r rowScanner) (domain.Dispute, error) {
	var d domain.Dispute
	var evidence string
	err := r.Scan(&d.ID, &d.TicketID, &d.Kind, &d.OpenedAt, &d.DeadlineAt, &evidence, &d.ReturnID, &d.Outcome, &d.OutcomeAt, &d.Notes)
	d.Evidence = []string{}
	_ = json.Unmarshal([]byte(evidence), &d.Evidence)
	return d, err
}

func invalidDispute(p map[string]string) error {
	return invalidTicket(p) // same shape: first problem as message, every field a detail
}

// GetDisputeByTicket returns the ticket's dispute or apperr.ErrNotFound.
func (s *Store) GetDisputeByTicket(ctx context.Context, ticketID int64) (domain.Dispute, error) {
	d, err := scanDispute(s.read.QueryRowContext(ctx, "SELECT "+disputeColumns+" FROM disputes d WHERE d.ticket_id = ?", ticketID))
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("dispute for ticket %d: %w", ticketID, apperr.ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("read dispute: %w", err)
	}
	return d, nil
}

// SaveDispute opens (ID 0) or updates the dispute of a ticket. A ticket has
// at most one dispute; opening a second is a conflict.
func (s *Store) SaveDispute(ctx context.Context, d domain.Dispute, now time.Time) (domain.Dispute, error) {
	d.Notes = strings.TrimSpace(d.Notes)
	if d.Evidence == nil {
		d.Evidence = []string{}
	}
	if p := d.Validate(); len(p) > 0 {
		return d, invalidDispute(p)
	}
	if d.Outcome != "" && d.OutcomeAt == 0 {
		d.OutcomeAt = now.Unix()
	}
	if d.Outcome == "" {
		d.OutcomeAt = 0
	}
	evidence, _ := json.Marshal(d.Evidence)
	var err error
	if d.ID == 0 {
		var res sql.Result
		res, err = s.write.ExecContext(ctx, `INSERT INTO disputes(ticket_id, kind, opened_at, deadline_at, evidence_json,
			return_id, outcome, outcome_at, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.TicketID, d.Kind, d.OpenedAt, d.DeadlineAt, string(evidence), nullable(d.ReturnID), d.Outcome,
			nullable(d.OutcomeAt), d.Notes, now.Unix(), now.Unix())
		if err == nil {
			d.ID, err = res.LastInsertId()
		}
	} else {
		_, err = s.write.ExecContext(ctx, `UPDATE disputes SET kind = ?, opened_at = ?, deadline_at = ?, evidence_json = ?,
			return_id = ?, outcome = ?, outcome_at = ?, notes = ?, updated_at = ? WHERE id = ? AND ticket_id = ?`,
			d.Kind, d.OpenedAt, d.DeadlineAt, string(evidence), nullable(d.ReturnID), d.Outcome, nullable(d.OutcomeAt),
			d.Notes, now.Unix(), d.ID, d.TicketID)
	}
	if err != nil {
		switch {
		case strings.Contains(err.Error(), "UNIQUE"):
			return d, apperr.Wrap(apperr.CodeConflict, apperr.ErrConflict, "This ticket is already a dispute.")
		case strings.Contains(err.Error(), "FOREIGN KEY"):
			return d, apperr.New(apperr.CodeInvalidInput, "The ticket or the linked return no longer exists.")
		}
		return d, fmt.Errorf("save dispute: %w", err)
	}
	return d, nil
}

// DeleteDispute turns a dispute back into a plain ticket.
func (s *Store) DeleteDispute(ctx context.Context, ticketID int64) error {
	if _, err := s.write.ExecContext(ctx, "DELETE FROM disputes WHERE ticket_id = ?", ticketID); err != nil {
		return fmt.Errorf("delete dispute: %w", err)
	}
	return nil
}

// DisputeRow is a dispute with the ticket fields the list shows.
type DisputeRow struct {
	domain.Dispute
	OrderExternalID string `json:"orderExternalId"`
	BuyerText       string `json:"buyerText"`
	SKU             string `json:"sku"`
	Status          string `json:"status"`
}

// ListDisputes returns open disputes first, nearest deadline first, then
// decided ones, newest first.
func (s *Store) ListDisputes(ctx context.Context) ([]DisputeRow, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+disputeColumns+`, COALESCE(o.external_id, ''), t.buyer_text, t.sku, t.status
		FROM disputes d JOIN tickets t ON t.id = d.ticket_id LEFT JOIN orders o ON o.id = t.order_id
		ORDER BY d.outcome != '', CASE WHEN d.outcome = '' THEN d.deadline_at ELSE -d.opened_at END LIMIT 1000`)
	if err != nil {
		return nil, fmt.Errorf("list disputes: %w", err)
	}
	defer rows.Close()
	out := []DisputeRow{}
	for rows.Next() {
		var r DisputeRow
		var evidence string
		if err := rows.Scan(&r.ID, &r.TicketID, &r.Kind, &r.OpenedAt, &r.DeadlineAt, &evidence, &r.ReturnID, &r.Outcome,
			&r.OutcomeAt, &r.Notes, &r.OrderExternalID, &r.BuyerText, &r.SKU, &r.Status); err != nil {
			return nil, err
		}
		r.Evidence = []string{}
		_ = json.Unmarshal([]byte(evidence), &r.Evidence)
		out = append(out, r)
	}
	return out, rows.Err()
}
