package store

import (
	"context"
	"fmt"
)

// ReasonFault is a return reason the seller classified by hand.
type ReasonFault struct {
	Key    string `json:"key"`    // normalised reason: lower case, spaces collapsed
	Reason string `json:"reason"` // as first seen
	Fault  string `json:"fault"`  // seller | buyer
}

// ReasonCount is one distinct return reason with how many return lines carry it.
type ReasonCount struct {
	Reason string
	Count  int
}

// ReasonFaults lists every reason the seller classified.
func (s *Store) ReasonFaults(ctx context.Context) ([]ReasonFault, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT reason_key, reason, fault FROM return_reason_faults ORDER BY reason_key")
	if err != nil {
		return nil, fmt.Errorf("read return reason faults: %w", err)
	}
	var out []ReasonFault
	for rows.Next() {
		var r ReasonFault
		if err := rows.Scan(&r.Key, &r.Reason, &r.Fault); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read return reason faults: %w", err)
		}
		out = append(out, r)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("read return reason faults: %w", err)
	}
	return out, nil
}

// SaveReasonFault remembers the seller's decision for one reason; an empty
// fault forgets it, so the reason is listed to classify again.
func (s *Store) SaveReasonFault(ctx context.Context, r ReasonFault, at int64) error {
	var err error
	if r.Fault == "" {
		_, err = s.write.ExecContext(ctx, "DELETE FROM return_reason_faults WHERE reason_key = ?", r.Key)
	} else {
		_, err = s.write.ExecContext(ctx, `INSERT INTO return_reason_faults (reason_key, reason, fault, decided_at)
			VALUES (?, ?, ?, ?) ON CONFLICT(reason_key) DO UPDATE SET fault = excluded.fault, decided_at = excluded.decided_at`,
			r.Key, r.Reason, r.Fault, at)
	}
	if err != nil {
		return fmt.Errorf("save return reason fault: %w", err)
	}
	return nil
}

// ReturnReasonCounts lists every distinct return reason with its count.
func (s *Store) ReturnReasonCounts(ctx context.Context) ([]ReasonCount, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT reason, COUNT(*) FROM returns GROUP BY reason ORDER BY 2 DESC, 1")
	if err != nil {
		return nil, fmt.Errorf("count return reasons: %w", err)
	}
	var out []ReasonCount
	for rows.Next() {
		var r ReasonCount
		if err := rows.Scan(&r.Reason, &r.Count); err != nil {
			rows.Close()
			return nil, fmt.Errorf("count return reasons: %w", err)
		}
		out = append(out, r)
	}
	if err := closeRows(rows); err != nil {
		return nil, fmt.Errorf("count return reasons: %w", err)
	}
	return out, nil
}
