package store

import (
	"context"
	"fmt"

	"afterloop/backend/apperr"
	"afterloop/backend/clock"
	"afterloop/backend/domain"
)

// ListTeam returns teammates in name order.
func (s *Store) ListTeam(ctx context.Context) ([]domain.TeamMember, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT id, name, role FROM team_members ORDER BY name COLLATE NOCASE")
	if err != nil {
		return nil, fmt.Errorf("list team: %w", err)
	}
	defer rows.Close()
	out := []domain.TeamMember{}
	for rows.Next() {
		var m domain.TeamMember
		if err := rows.Scan(&m.ID, &m.Name, &m.Role); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// SaveTeamMember inserts (ID 0) or updates a teammate.
func (s *Store) SaveTeamMember(ctx context.Context, m domain.TeamMember) (domain.TeamMember, error) {
	if m.ID == 0 {
		res, err := s.write.ExecContext(ctx, "INSERT INTO team_members(name, role, created_at) VALUES (?, ?, ?)", m.Name, m.Role, clock.Now().Unix())
		if err != nil {
			return m, fmt.Errorf("add teammate: %w", err)
		}
		m.ID, _ = res.LastInsertId()
		return m, nil
	}
	res, err := s.write.ExecContext(ctx, "UPDATE team_members SET name = ?, role = ? WHERE id = ?", m.Name, m.Role, m.ID)
	if err != nil {
		return m, fmt.Errorf("update teammate: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return m, fmt.Errorf("teammate %d: %w", m.ID, apperr.ErrNotFound)
	}
	return m, nil
}

// DeleteTeamMember removes a teammate.
func (s *Store) DeleteTeamMember(ctx context.Context, id int64) error {
	res, err := s.write.ExecContext(ctx, "DELETE FROM team_members WHERE id = ?", id)
	if err != nil {
		return fmt.Errorf("remove teammate: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("teammate %d: %w", id, apperr.ErrNotFound)
	}
	return nil
}
