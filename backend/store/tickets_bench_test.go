package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
)

const benchTickets = 100_000

// benchTicketStore opens a database with 100,000 generated tickets. It is
// built once and cached in the temp folder (named by schema version, so a
// new migration rebuilds it; -gN changes when the generator does); delete the
// file to force a rebuild.
func benchTicketStore(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	ms, err := loadMigrations()
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("afterloop-bench-tickets-%d-v%d-g2.db", benchTickets, len(ms)))
	s, err := Open(ctx, path, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	var n int
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM tickets").Scan(&n); err != nil {
		b.Fatal(err)
	}
	if n == benchTickets {
		return s
	}
	start := time.Now()
	if err := fillTickets(ctx, s, benchTickets); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d tickets in %s at %s", benchTickets, time.Since(start).Round(time.Millisecond), path)
	return s
}

func fillTickets(ctx context.Context, s *Store, n int) error {
	var mates []int64
	for i := 0; i < 6; i++ {
		m, err := s.SaveTeamMember(ctx, domain.TeamMember{Name: fmt.Sprintf("Mate %d", i), Role: "support"})
		if err != nil {
			return err
		}
		mates = append(mates, m.ID)
	}
	var subs []string
	for _, c := range domain.SupportTaxonomy {
		for _, sc := range c.Subcategories {
			subs = append(subs, sc.Key)
		}
	}
	phrases := []string{"arrived broken", "tracking not moving", "says delivered but never got it", "too small",
		"doesn't turn on", "missing the charger", "color looks different", "won't charge", "how do I set it up",
		"box was crushed", "wrong color sent", "not as strong as I expected"}
	products := []string{"desk lamp", "phone stand", "water bottle", "earbuds", "yoga mat", "led strip", "blender", "hoodie"}
	r := rand.New(rand.NewSource(1))
	end := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).Unix()
	span := int64(365 * 24 * 3600)
	return s.RunInTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO tickets(external_id, channel, category, subcategory, status,
			buyer_text, assignee_id, opened_at, first_response_at, closed_at, root_cause, search_text, sku, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i := 0; i < n; i++ {
			sub := subs[r.Intn(len(subs))]
			cat, _, _ := domain.FindSubcategory(sub)
			status := domain.TicketStatuses[r.Intn(len(domain.TicketStatuses))]
			opened := end - r.Int63n(span)
			var first, closed any
			if status != domain.TicketNew {
				first = opened + r.Int63n(36*3600)
			}
			cause := ""
			if status == domain.TicketClosed {
				closed, cause = opened+72*3600, domain.RootCauses[r.Intn(len(domain.RootCauses))].Key
			}
			var assignee any
			if r.Intn(4) > 0 {
				assignee = mates[r.Intn(len(mates))]
			}
			ext := fmt.Sprintf("conv-%07d", i)
			text := fmt.Sprintf("Hi, my %s %s. Order %d please help", products[r.Intn(len(products))], phrases[r.Intn(len(phrases))], 576000000000+r.Int63n(1e9))
			res, err := stmt.ExecContext(ctx, ext, domain.Channels[r.Intn(len(domain.Channels))], cat.Key, sub, status, text,
				assignee, opened, first, closed, cause, strings.ToLower(text+" "+ext), fmt.Sprintf("SKU-%02d", r.Intn(40)), opened, opened)
			if err != nil {
				return err
			}
			if r.Intn(10) == 0 { // one ticket in ten carries a tag
				id, _ := res.LastInsertId()
				if _, err := tx.ExecContext(ctx, "INSERT INTO ticket_tags(ticket_id, tag) VALUES (?, ?)", id,
					[]string{"vip", "carrier delay", "follow up"}[r.Intn(3)]); err != nil {
					return err
				}
			}
		}
		_, err = tx.ExecContext(ctx, "ANALYZE")
		return err
	})
}

// BenchmarkInboxQuery100k times the inbox's typical queries (first page plus
// total) over 100,000 tickets. Target: under 100 ms each.
func BenchmarkInboxQuery100k(b *testing.B) {
	s := benchTicketStore(b)
	ctx := context.Background()
	mate := int64(2)
	now := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		f    TicketFilter
	}{
		{"all", TicketFilter{}},
		{"status_open", TicketFilter{Statuses: []string{domain.TicketNew, domain.TicketAcknowledged, domain.TicketDiagnosing}}},
		{"category", TicketFilter{Category: domain.CategoryProduct, Subcategory: domain.SubDamaged}},
		{"assignee_status", TicketFilter{AssigneeID: &mate, Statuses: []string{domain.TicketNew}}},
		{"breached_12h", TicketFilter{Breached: true, Now: now}},
		{"search_word", TicketFilter{Search: "earbuds"}},
		{"search_two_words_rare", TicketFilter{Search: "blender crushed"}},
		{"search_external_id", TicketFilter{Search: "conv-0054321"}},
		{"search_plus_filters", TicketFilter{Search: "lamp", Category: domain.CategoryShipping, Channel: domain.ChannelTikTokChat}},
		{"deep_page", TicketFilter{Statuses: []string{domain.TicketClosed}, Offset: 10_000}},
		{"sku", TicketFilter{SKU: "SKU-07"}},
		{"tag", TicketFilter{Tag: "vip"}},
		{"breaching_soon", TicketFilter{BreachingWithin: 2 * time.Hour, Now: now}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var total int
			for i := 0; i < b.N; i++ {
				p, err := s.QueryTickets(ctx, c.f)
				if err != nil {
					b.Fatal(err)
				}
				total = p.Total
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
}
