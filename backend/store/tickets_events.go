package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

func insertTicketEvent(ctx context.Context, tx *sql.Tx, e domain.TicketEvent) (domain.TicketEvent, error) {
	res, err := tx.ExecContext(ctx, "INSERT INTO ticket_events(ticket_id, kind, at, teammate_id, body) VALUES (?, ?, ?, ?, ?)",
		e.TicketID, e.Kind, e.At, nullable(e.TeammateID), e.Body)
	if err != nil {
		return e, fmt.Errorf("log ticket event: %w", err)
	}
	e.ID, err = res.LastInsertId()
	return e, err
}

// LogReply records a reply as it was copied out to the buyer. The first
// reply sets the ticket's first response time, which the 12 h / 24 h timers
// measure; a ticket still "new" becomes "acknowledged", since the first step
// of the flow is acknowledging with a time frame.
func (s *Store) LogReply(ctx context.Context, ticketID, teammateID int64, body string, at time.Time) (domain.TicketEvent, error) {
	body = strings.TrimSpace(body)
	if body == "" {
		return domain.TicketEvent{}, apperr.New(apperr.CodeInvalidInput, "The reply is empty.")
	}
	var out domain.TicketEvent
	err := s.RunInTx(ctx, func(tx *sql.Tx) error {
		t, err := getTicket(ctx, tx, ticketID)
		if err != nil {
			return err
		}
		out, err = insertTicketEvent(ctx, tx, domain.TicketEvent{TicketID: ticketID, Kind: domain.TicketEventReply,
			At: at.Unix(), TeammateID: teammateID, Body: body})
		if err != nil {
			return err
		}
		first := t.FirstResponseAt
		// A reply logged with an earlier time than the recorded first (logged
		// late, from history) becomes the first: the timer measures the
		// earliest answer.
		if first == 0 || at.Unix() < first {
			first = max(at.Unix(), t.OpenedAt)
		}
		status := t.Status
		if status == domain.TicketNew {
			status = domain.TicketAcknowledged
		}
		if _, err := tx.ExecContext(ctx, "UPDATE tickets SET first_response_at = ?, status = ?, updated_at = ? WHERE id = ?",
			first, status, at.Unix(), ticketID); err != nil {
			return fmt.Errorf("update ticket %d: %w", ticketID, err)
		}
		if status != t.Status {
			_, err = insertTicketEvent(ctx, tx, domain.TicketEvent{TicketID: ticketID, Kind: domain.TicketEventStatus,
				At: at.Unix(), TeammateID: teammateID, Body: t.Status + " -> " + status})
		}
		return err
	})
	return out, err
}

// ListTicketEvents returns a ticket's events, oldest first.
func (s *Store) ListTicketEvents(ctx context.Context, ticketID int64) ([]domain.TicketEvent, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, ticket_id, kind, at, COALESCE(teammate_id, 0), body
		FROM ticket_events WHERE ticket_id = ? ORDER BY at, id`, ticketID)
	if err != nil {
		return nil, fmt.Errorf("list ticket events: %w", err)
	}
	defer rows.Close()
	out := []domain.TicketEvent{}
	for rows.Next() {
		var e domain.TicketEvent
		if err := rows.Scan(&e.ID, &e.TicketID, &e.Kind, &e.At, &e.TeammateID, &e.Body); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
