package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// setTicketTagsTx replaces a ticket's tags with the normalized set.
func setTicketTagsTx(ctx context.Context, tx *sql.Tx, ticketID int64, tags []string) error {
	clean, err := normalizeTags(tags)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM ticket_tags WHERE ticket_id = ?", ticketID); err != nil {
		return fmt.Errorf("clear tags: %w", err)
	}
	for _, tag := range clean {
		if _, err := tx.ExecContext(ctx, "INSERT INTO ticket_tags(ticket_id, tag) VALUES (?, ?)", ticketID, tag); err != nil {
			return fmt.Errorf("tag ticket: %w", err)
		}
	}
	return nil
}

func normalizeTags(tags []string) ([]string, error) {
	seen := map[string]bool{}
	out := make([]string, 0, len(tags))
	for _, raw := range tags {
		tag, err := domain.NormalizeTag(raw)
		if err != nil {
			return nil, apperr.New(apperr.CodeInvalidInput, "Tag "+quote(raw)+": "+err.Error()+".").With("tags", err.Error())
		}
		if !seen[tag] {
			seen[tag] = true
			out = append(out, tag)
		}
	}
	if len(out) > domain.MaxTags {
		return nil, apperr.Newf(apperr.CodeInvalidInput, "A ticket can have at most %d tags.", domain.MaxTags).With("tags", "too many")
	}
	return out, nil
}

func quote(s string) string {
	if r := []rune(s); len(r) > 30 {
		s = string(r[:30]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// TicketBulk is one change applied to many tickets at once. Nil fields stay.
type TicketBulk struct {
	IDs        []int64
	Status     *string
	AssigneeID *int64 // 0 = unassign
	AddTag     string
	RemoveTag  string
}

// BulkUpdateTickets applies b to every ticket, all or none: one ticket that
// cannot take the change (closing without a root cause) refuses the lot and
// names it, so the seller is never left with half a selection changed.
// It returns the tickets as they were before, for undo.
func (s *Store) BulkUpdateTickets(ctx context.Context, b TicketBulk, teammateID int64, now time.Time) ([]domain.Ticket, error) {
	if len(b.IDs) == 0 {
		return nil, apperr.New(apperr.CodeInvalidInput, "Select at least one ticket.")
	}
	var addTag, removeTag string
	var err error
	if b.AddTag != "" {
		if addTag, err = domain.NormalizeTag(b.AddTag); err != nil {
			return nil, apperr.New(apperr.CodeInvalidInput, "Tag: "+err.Error()+".").With("tag", err.Error())
		}
	}
	if b.RemoveTag != "" {
		removeTag, _ = domain.NormalizeTag(b.RemoveTag)
	}
	var before []domain.Ticket
	err = s.RunInTx(ctx, func(tx *sql.Tx) error {
		for _, id := range b.IDs {
			t, err := getTicket(ctx, tx, id)
			if err != nil {
				return err
			}
			before = append(before, t)
			patch := TicketPatch{Status: b.Status, AssigneeID: b.AssigneeID}
			if addTag != "" || removeTag != "" {
				tags := []string{}
				for _, x := range t.Tags {
					if x != removeTag {
						tags = append(tags, x)
					}
				}
				if addTag != "" {
					tags = append(tags, addTag)
				}
				patch.Tags = &tags
			}
			if _, err := updateTicketTx(ctx, tx, id, patch, teammateID, now); err != nil {
				if ae := apperr.From(err); ae.Code == apperr.CodeInvalidInput {
					return apperr.Newf(apperr.CodeInvalidInput, "Ticket #%d: %s Nothing was changed.", id, ae.Message)
				}
				return err
			}
		}
		return nil
	})
	return before, err
}

// RestoreTickets puts tickets back as they were (status, assignee, tags,
// closed time): the undo of a bulk change.
func (s *Store) RestoreTickets(ctx context.Context, before []domain.Ticket) error {
	return s.RunInTx(ctx, func(tx *sql.Tx) error {
		for _, t := range before {
			if _, err := tx.ExecContext(ctx, `UPDATE tickets SET status = ?, assignee_id = ?, closed_at = ?, updated_at = ?
				WHERE id = ?`, t.Status, nullable(t.AssigneeID), nullable(t.ClosedAt), t.UpdatedAt, t.ID); err != nil {
				return fmt.Errorf("restore ticket %d: %w", t.ID, err)
			}
			if err := setTicketTagsTx(ctx, tx, t.ID, t.Tags); err != nil {
				return err
			}
		}
		return nil
	})
}

// TicketTags lists every tag in use with its count, most used first.
func (s *Store) TicketTags(ctx context.Context) ([]TagCount, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT tag, count(*) FROM ticket_tags GROUP BY tag ORDER BY count(*) DESC, tag")
	if err != nil {
		return nil, fmt.Errorf("list tags: %w", err)
	}
	defer rows.Close()
	out := []TagCount{}
	for rows.Next() {
		var c TagCount
		if err := rows.Scan(&c.Tag, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// TagCount is a tag and how many tickets carry it.
type TagCount struct {
	Tag   string `json:"tag"`
	Count int    `json:"count"`
}
