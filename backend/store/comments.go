package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

const commentColumns = `id, video, author, body, posted_at, negative, subcategory, sku, hidden, reported, reply,
	COALESCE(replied_at, 0), COALESCE(ticket_id, 0)`

func scanComment(r rowScanner) (domain.PublicComment, error) {
	var c domain.PublicComment
	var neg, hidden, reported int
	err := r.Scan(&c.ID, &c.Video, &c.Author, &c.Body, &c.PostedAt, &neg, &c.Subcategory, &c.SKU, &hidden, &reported,
		&c.Reply, &c.RepliedAt, &c.TicketID)
	c.Negative, c.Hidden, c.Reported = neg != 0, hidden != 0, reported != 0
	return c, err
}

// SaveComment adds (ID 0) or updates a public comment.
func (s *Store) SaveComment(ctx context.Context, c domain.PublicComment, now time.Time) (domain.PublicComment, error) {
	c = c.Normalize()
	if p := c.Validate(); len(p) > 0 {
		return c, invalidTicket(p)
	}
	var err error
	if c.ID == 0 {
		var res sql.Result
		res, err = s.write.ExecContext(ctx, `INSERT INTO public_comments(video, author, body, posted_at, negative,
			subcategory, sku, hidden, reported, reply, replied_at, ticket_id, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.Video, c.Author, c.Body, c.PostedAt, boolInt(c.Negative), c.Subcategory, c.SKU, boolInt(c.Hidden),
			boolInt(c.Reported), c.Reply, nullable(c.RepliedAt), nullable(c.TicketID), now.Unix(), now.Unix())
		if err == nil {
			c.ID, err = res.LastInsertId()
		}
	} else {
		var res sql.Result
		res, err = s.write.ExecContext(ctx, `UPDATE public_comments SET video = ?, author = ?, body = ?, posted_at = ?,
			negative = ?, subcategory = ?, sku = ?, hidden = ?, reported = ?, reply = ?, replied_at = ?, ticket_id = ?,
			updated_at = ? WHERE id = ?`,
			c.Video, c.Author, c.Body, c.PostedAt, boolInt(c.Negative), c.Subcategory, c.SKU, boolInt(c.Hidden),
			boolInt(c.Reported), c.Reply, nullable(c.RepliedAt), nullable(c.TicketID), now.Unix(), c.ID)
		if err == nil {
			if n, _ := res.RowsAffected(); n == 0 {
				return c, fmt.Errorf("comment %d: %w", c.ID, apperr.ErrNotFound)
			}
		}
	}
	if err != nil {
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return c, apperr.New(apperr.CodeInvalidInput, "The linked ticket no longer exists.")
		}
		return c, fmt.Errorf("save comment: %w", err)
	}
	return c, nil
}

// GetComment returns one comment or apperr.ErrNotFound.
func (s *Store) GetComment(ctx context.Context, id int64) (domain.PublicComment, error) {
	c, err := scanComment(s.read.QueryRowContext(ctx, "SELECT "+commentColumns+" FROM public_comments WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("comment %d: %w", id, apperr.ErrNotFound)
	}
	return c, err
}

// DeleteComment removes a comment logged by mistake.
func (s *Store) DeleteComment(ctx context.Context, id int64) error {
	if _, err := s.write.ExecContext(ctx, "DELETE FROM public_comments WHERE id = ?", id); err != nil {
		return fmt.Errorf("delete comment: %w", err)
	}
	return nil
}

// CommentFilter narrows the comment log.
type CommentFilter struct {
	NegativeOnly bool
	Open         bool // not yet replied to, hidden or reported
	Subcategory  string
	Search       string
	Limit        int // 0 = 500
}

// ListComments returns comments newest first.
func (s *Store) ListComments(ctx context.Context, f CommentFilter) ([]domain.PublicComment, error) {
	conds := []string{"1 = 1"}
	var args []any
	if f.NegativeOnly {
		conds = append(conds, "negative = 1")
	}
	if f.Open {
		conds = append(conds, "replied_at IS NULL AND hidden = 0 AND reported = 0")
	}
	if f.Subcategory != "" {
		conds = append(conds, "subcategory = ?")
		args = append(args, f.Subcategory)
	}
	for _, w := range strings.Fields(strings.ToLower(f.Search)) {
		conds = append(conds, `lower(video || ' ' || author || ' ' || body) LIKE ? ESCAPE '\'`)
		args = append(args, "%"+escapeLike(w)+"%")
	}
	limit := f.Limit
	if limit <= 0 || limit > 5000 {
		limit = 500
	}
	rows, err := s.read.QueryContext(ctx, "SELECT "+commentColumns+" FROM public_comments WHERE "+strings.Join(conds, " AND ")+
		" ORDER BY posted_at DESC, id DESC LIMIT ?", append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("list comments: %w", err)
	}
	defer rows.Close()
	out := []domain.PublicComment{}
	for rows.Next() {
		c, err := scanComment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CommentCluster is several negative comments naming the same defect.
type CommentCluster struct {
	Subcategory string   `json:"subcategory"`
	SKU         string   `json:"sku"` // the most named SKU, "" when none
	Count       int      `json:"count"`
	Videos      int      `json:"videos"`
	Examples    []string `json:"examples"` // up to three comment texts, newest first
	FirstAt     int64    `json:"firstAt"`
	LastAt      int64    `json:"lastAt"`
}

// CommentClusterMin is how many negative comments on one defect make a
// pattern worth a Voice-of-Customer entry rather than a one-off.
const CommentClusterMin = 3

// CommentClusters groups negative comments posted since `since` by the
// defect they name; clusters of at least CommentClusterMin, largest first.
func (s *Store) CommentClusters(ctx context.Context, since int64) ([]CommentCluster, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT subcategory, count(*), count(DISTINCT video), min(posted_at), max(posted_at),
		COALESCE((SELECT sku FROM public_comments x WHERE x.subcategory = c.subcategory AND x.negative = 1 AND x.posted_at >= ?
			AND x.sku != '' GROUP BY sku ORDER BY count(*) DESC, sku LIMIT 1), '')
		FROM public_comments c WHERE negative = 1 AND subcategory != '' AND posted_at >= ?
		GROUP BY subcategory HAVING count(*) >= ? ORDER BY count(*) DESC, subcategory`, since, since, CommentClusterMin)
	if err != nil {
		return nil, fmt.Errorf("comment clusters: %w", err)
	}
	out := []CommentCluster{}
	for rows.Next() {
		var c CommentCluster
		if err := rows.Scan(&c.Subcategory, &c.Count, &c.Videos, &c.FirstAt, &c.LastAt, &c.SKU); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		// Distinct texts: three copies of one sentence tell the seller less than three voices.
		ex, err := s.read.QueryContext(ctx, `SELECT body FROM public_comments WHERE negative = 1 AND subcategory = ?
			AND posted_at >= ? GROUP BY lower(body) ORDER BY max(posted_at) DESC LIMIT 3`, out[i].Subcategory, since)
		if err != nil {
			return nil, fmt.Errorf("comment examples: %w", err)
		}
		out[i].Examples = []string{}
		for ex.Next() {
			var b string
			if err := ex.Scan(&b); err == nil {
				out[i].Examples = append(out[i].Examples, b)
			}
		}
		_ = ex.Close() // read only: every example row is read
	}
	return out, nil
}
