package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

const timelineSettingsKey = "timeline"

// GetTimelineSettings returns the saved timeline settings; fields never saved
// (older versions, new settings) keep their defaults.
func (s *Store) GetTimelineSettings(ctx context.Context) (domain.TimelineSettings, error) {
	out := domain.DefaultTimelineSettings()
	var raw string
	err := s.read.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", timelineSettingsKey).Scan(&raw)
	if err == sql.ErrNoRows {
		return out, nil
	}
	if err != nil {
		return out, fmt.Errorf("read timeline settings: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		return domain.DefaultTimelineSettings(), fmt.Errorf("read timeline settings: %w", err)
	}
	return out, nil
}

// SaveTimelineSettings stores the timeline settings as one JSON value.
func (s *Store) SaveTimelineSettings(ctx context.Context, v domain.TimelineSettings) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = s.write.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, timelineSettingsKey, string(b))
	if err != nil {
		return fmt.Errorf("save timeline settings: %w", err)
	}
	return nil
}

// TimelineOrder is one order as the queue computation scans it: only its
// times and product keys, so the scan reads narrow covering indexes.
type TimelineOrder struct {
	ID          int64
	Status      string
	CreatedAt   int64
	PaidAt      int64
	RTSAt       int64
	ShippedAt   int64
	DeliveredAt int64
	ProductKeys []string
}

// ScanTimelineOrders returns every non-cancelled order with an event (created,
// paid, label, shipped, delivered) at or after since, with its product keys,
// ordered by ID. search (words, case-insensitive) narrows it like the order
// table's search. Cancelled orders never have anything due, so the queue does
// not need them. The ID range is split over the read connections and scanned
// in parallel: the scan is most of the queue's time.
func (s *Store) ScanTimelineOrders(ctx context.Context, since int64, search string) ([]TimelineOrder, error) {
	var lo, hi int64
	if err := s.read.QueryRowContext(ctx, "SELECT COALESCE(min(id), 0), COALESCE(max(id), 0) FROM orders").Scan(&lo, &hi); err != nil {
		return nil, fmt.Errorf("scan orders for the timeline: %w", err)
	}
	parts := min(scanParallelism, int(hi-lo)/5000+1)
	results := make([][]TimelineOrder, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	step := (hi - lo + int64(parts)) / int64(parts)
	for p := 0; p < parts; p++ {
		from, to := lo+int64(p)*step, min(hi, lo+int64(p+1)*step-1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[p], errs[p] = s.scanTimelineRange(ctx, from, to, since, search)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var out []TimelineOrder
	for _, r := range results {
		out = append(out, r...)
	}
	return out, nil
}

// scanParallelism matches the read pool's connections (Open).
const scanParallelism = 4

func (s *Store) scanTimelineRange(ctx context.Context, from, to, since int64, search string) ([]TimelineOrder, error) {
	where := `id BETWEEN ? AND ? AND status != 'cancelled' AND max(COALESCE(created_at, 0), COALESCE(paid_at, 0),
		COALESCE(rts_at, 0), COALESCE(shipped_at, 0), COALESCE(delivered_at, 0)) >= ?`
	args := []any{from, to, since}
	for _, word := range strings.Fields(strings.ToLower(search)) {
		where += ` AND search_text LIKE ? ESCAPE '\'`
		args = append(args, "%"+escapeLike(word)+"%")
	}
	rows, err := s.read.QueryContext(ctx, `SELECT id, status, COALESCE(created_at, 0), COALESCE(paid_at, 0), COALESCE(rts_at, 0),
		COALESCE(shipped_at, 0), COALESCE(delivered_at, 0) FROM orders WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("scan orders for the timeline: %w", err)
	}
	var out []TimelineOrder
	for rows.Next() {
		var o TimelineOrder
		if err := rows.Scan(&o.ID, &o.Status, &o.CreatedAt, &o.PaidAt, &o.RTSAt, &o.ShippedAt, &o.DeliveredAt); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	// Lines come in order ID order like out, so one merge walk assigns them.
	lines, err := s.read.QueryContext(ctx, `SELECT order_id, product_key FROM order_lines WHERE order_id BETWEEN ? AND ? ORDER BY order_id`,
		out[0].ID, out[len(out)-1].ID)
	if err != nil {
		return nil, fmt.Errorf("scan order lines for the timeline: %w", err)
	}
	defer lines.Close()
	i := 0
	keys := map[string]string{} // interned: a few SKUs repeat across all orders
	for lines.Next() {
		var id int64
		var key string
		if err := lines.Scan(&id, &key); err != nil {
			return nil, err
		}
		for i < len(out) && out[i].ID < id {
			i++
		}
		if i < len(out) && out[i].ID == id {
			k, ok := keys[key]
			if !ok {
				keys[key], k = key, key
			}
			out[i].ProductKeys = append(out[i].ProductKeys, k)
		}
	}
	return out, lines.Err()
}

// ListTimelineActions returns every recorded action by order ID.
func (s *Store) ListTimelineActions(ctx context.Context) (map[int64][]domain.TimelineAction, error) {
	return s.queryActions(ctx, "")
}

// OrderTimelineActions returns one order's actions.
func (s *Store) OrderTimelineActions(ctx context.Context, orderID int64) ([]domain.TimelineAction, error) {
	m, err := s.queryActions(ctx, " WHERE order_id = ?", orderID)
	return m[orderID], err
}

func (s *Store) queryActions(ctx context.Context, where string, args ...any) (map[int64][]domain.TimelineAction, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT order_id, stage, action, at, COALESCE(teammate_id, 0), reason,
		COALESCE(snoozed_until, 0), sent_text FROM timeline_actions`+where, args...)
	if err != nil {
		return nil, fmt.Errorf("read timeline actions: %w", err)
	}
	defer rows.Close()
	out := map[int64][]domain.TimelineAction{}
	for rows.Next() {
		var a domain.TimelineAction
		if err := rows.Scan(&a.OrderID, &a.Stage, &a.Action, &a.At, &a.TeammateID, &a.Reason, &a.SnoozedUntil, &a.Text); err != nil {
			return nil, err
		}
		out[a.OrderID] = append(out[a.OrderID], a)
	}
	return out, rows.Err()
}

// SaveTimelineActions records actions, replacing any earlier action on the
// same order and stage (a snoozed message that is then sent), all or none.
func (s *Store) SaveTimelineActions(ctx context.Context, actions []domain.TimelineAction) error {
	return s.RunInTx(ctx, func(tx *sql.Tx) error {
		for _, a := range actions {
			var teammate, snoozed any
			if a.TeammateID > 0 {
				teammate = a.TeammateID
			}
			if a.SnoozedUntil > 0 {
				snoozed = a.SnoozedUntil
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO timeline_actions(order_id, stage, action, at, teammate_id, reason, snoozed_until, sent_text)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(order_id, stage) DO UPDATE SET action = excluded.action, at = excluded.at,
				teammate_id = excluded.teammate_id, reason = excluded.reason, snoozed_until = excluded.snoozed_until,
				sent_text = excluded.sent_text`,
				a.OrderID, a.Stage, a.Action, a.At, teammate, strings.TrimSpace(a.Reason), snoozed, a.Text)
			if err != nil {
				if strings.Contains(err.Error(), "FOREIGN KEY") {
					return fmt.Errorf("order %d: %w", a.OrderID, apperr.ErrNotFound)
				}
				return fmt.Errorf("record %s for order %d: %w", a.Action, a.OrderID, err)
			}
		}
		return nil
	})
}

// DeleteTimelineAction undoes the action on one order's stage.
func (s *Store) DeleteTimelineAction(ctx context.Context, orderID int64, stage string) error {
	res, err := s.write.ExecContext(ctx, "DELETE FROM timeline_actions WHERE order_id = ? AND stage = ?", orderID, stage)
	if err != nil {
		return fmt.Errorf("undo timeline action: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("action on order %d %s: %w", orderID, stage, apperr.ErrNotFound)
	}
	return nil
}

// ListTemplates returns the edited templates; stages without one use the default.
func (s *Store) ListTemplates(ctx context.Context) ([]domain.MessageTemplate, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT stage, language, body, fallbacks_json, updated_at FROM message_templates ORDER BY stage, language")
	if err != nil {
		return nil, fmt.Errorf("read templates: %w", err)
	}
	defer rows.Close()
	out := []domain.MessageTemplate{}
	for rows.Next() {
		var t domain.MessageTemplate
		var fallbacks string
		if err := rows.Scan(&t.Stage, &t.Language, &t.Body, &fallbacks, &t.UpdatedAt); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(fallbacks), &t.Fallbacks); err != nil || t.Fallbacks == nil {
			t.Fallbacks = map[string]string{}
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// SaveTemplate inserts or replaces the template for its stage and language.
func (s *Store) SaveTemplate(ctx context.Context, t domain.MessageTemplate) error {
	if t.Fallbacks == nil {
		t.Fallbacks = map[string]string{}
	}
	fallbacks, err := json.Marshal(t.Fallbacks)
	if err != nil {
		return err
	}
	_, err = s.write.ExecContext(ctx, `INSERT INTO message_templates(stage, language, body, fallbacks_json, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(stage, language) DO UPDATE SET body = excluded.body, fallbacks_json = excluded.fallbacks_json, updated_at = excluded.updated_at`,
		t.Stage, t.Language, t.Body, string(fallbacks), t.UpdatedAt)
	if err != nil {
		return fmt.Errorf("save template: %w", err)
	}
	return nil
}

// DeleteTemplate removes an edited template (reset to default).
func (s *Store) DeleteTemplate(ctx context.Context, stage, language string) error {
	if _, err := s.write.ExecContext(ctx, "DELETE FROM message_templates WHERE stage = ? AND language = ?", stage, language); err != nil {
		return fmt.Errorf("reset template: %w", err)
	}
	return nil
}

// OrdersWithLines returns the orders with these IDs and their lines, for
// rendering a page of messages in two queries per 500 orders.
func (s *Store) OrdersWithLines(ctx context.Context, ids []int64) (map[int64]OrderDetail, error) {
	out := make(map[int64]OrderDetail, len(ids))
	for len(ids) > 0 {
		chunk := ids[:min(500, len(ids))]
		ids = ids[len(chunk):]
		in := strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.read.QueryContext(ctx, "SELECT "+orderColumns+" FROM orders WHERE id IN ("+in+")", args...)
		if err != nil {
			return nil, fmt.Errorf("read orders: %w", err)
		}
		for rows.Next() {
			o, err := scanOrder(rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			out[o.ID] = OrderDetail{Order: o, Lines: []domain.OrderLine{}, Returns: []domain.ReturnLine{}}
		}
		rows.Close()
		lines, err := s.read.QueryContext(ctx, "SELECT "+orderLineColumns+" FROM order_lines WHERE order_id IN ("+in+") ORDER BY order_id, line_no", args...)
		if err != nil {
			return nil, fmt.Errorf("read order lines: %w", err)
		}
		for lines.Next() {
			l, err := scanOrderLine(lines)
			if err != nil {
				lines.Close()
				return nil, err
			}
			d := out[l.OrderID]
			d.Lines = append(d.Lines, l)
			out[l.OrderID] = d
		}
		lines.Close()
		if err := lines.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// DoneAction is a sent or skipped message with its order, newest first.
type DoneAction struct {
	domain.TimelineAction
	ExternalID    string `json:"externalOrderId"`
	BuyerUsername string `json:"buyer"`
	ItemsSummary  string `json:"itemsSummary"`
}

// ListDoneActions returns one page of sent and skipped messages, newest
// first, and how many there are.
func (s *Store) ListDoneActions(ctx context.Context, stage string, offset, limit int) ([]DoneAction, int, error) {
	where, args := "a.action IN ('sent', 'skipped')", []any{}
	if stage != "" {
		where += " AND a.stage = ?"
		args = append(args, stage)
	}
	var total int
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM timeline_actions a WHERE "+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count done messages: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT a.order_id, a.stage, a.action, a.at, COALESCE(a.teammate_id, 0), a.reason,
		COALESCE(a.snoozed_until, 0), a.sent_text, o.external_id, o.buyer_username, o.items_summary
		FROM timeline_actions a JOIN orders o ON o.id = a.order_id WHERE `+where+` ORDER BY a.at DESC, a.order_id DESC LIMIT ? OFFSET ?`,
		append(args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("read done messages: %w", err)
	}
	defer rows.Close()
	out := []DoneAction{}
	for rows.Next() {
		var d DoneAction
		if err := rows.Scan(&d.OrderID, &d.Stage, &d.Action, &d.At, &d.TeammateID, &d.Reason, &d.SnoozedUntil, &d.Text,
			&d.ExternalID, &d.BuyerUsername, &d.ItemsSummary); err != nil {
			return nil, 0, err
		}
		out = append(out, d)
	}
	return out, total, rows.Err()
}
