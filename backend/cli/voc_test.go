package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// plantImpactData writes 200 one-line orders on SKU S in each of the 4
// weeks before and after 3 March 2025 (UTC), 20 refunded before and 8
// after, one later order so the data reaches past the after window, and
// three missing-parts tickets on LAMP for the suggestions.
func plantImpactData(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.SaveTeamMember(ctx, domain.TeamMember{Name: "Aiko", Role: "support"}); err != nil {
		t.Fatal(err)
	}
	shipped := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	err = st.RunInTx(ctx, func(tx *sql.Tx) error {
		n := 0
		order := func(created time.Time, sku string, returnQty int) error {
			n++
			res, err := tx.ExecContext(ctx, `INSERT INTO orders(platform, external_id, status, created_at) VALUES ('tiktok', ?, 'delivered', ?)`,
				fmt.Sprintf("58%016d", n), created.Unix())
			if err != nil {
				return err
			}
			id, _ := res.LastInsertId()
			_, err = tx.ExecContext(ctx, `INSERT INTO order_lines(order_id, line_no, product_key, return_quantity) VALUES (?, 1, ?, ?)`, id, sku, returnQty)
			return err
		}
		for i := 0; i < 200; i++ {
			offset := time.Duration(i) * 3 * time.Hour
			if err := order(shipped.Add(-28*24*time.Hour+offset), "S", min(1, max(0, 20-i))); err != nil {
				return err
			}
			if err := order(shipped.Add(offset), "S", min(1, max(0, 8-i))); err != nil {
				return err
			}
		}
		if err := order(shipped.AddDate(0, 0, 29), "OTHER", 0); err != nil {
			return err
		}
		for i := 0; i < 3; i++ {
			if _, err := tx.ExecContext(ctx, `INSERT INTO tickets(channel, category, subcategory, status, buyer_text, opened_at,
				sku, created_at, updated_at) VALUES ('tiktok_chat', 'product_issue', 'missing_parts', 'new', ?, ?, 'LAMP', 0, 0)`,
				fmt.Sprintf("no charger %d", i), shipped.AddDate(0, 0, 20+i).Unix()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func keysOf(m map[string]any) string {
	var k []string
	for key := range m {
		k = append(k, key)
	}
	sort.Strings(k)
	return strings.Join(k, ",")
}

func TestVocAddImpactSuggestExport(t *testing.T) {
	db := tempDB(t)
	plantImpactData(t, db)
	code, stdout, stderr := run(t, "--db", db, "--tz", "UTC", "voc", "add", "--title", "Lid leaks", "--sku", "S", "--sku", "S2",
		"--subcategory", "damaged", "--root-cause", "fragile_component", "--owner", "aiko", "--shipped", "2025-03-03", "--json")
	if code != ExitOK {
		t.Fatalf("add: exit %d %s", code, stderr)
	}
	var entry domain.VocEntry
	if err := json.Unmarshal([]byte(stdout), &entry); err != nil {
		t.Fatalf("add prints one JSON document: %v\n%s", err, stdout)
	}
	if entry.ID == 0 || len(entry.SKUs) != 2 || entry.Status != domain.VocShipped || entry.Owner != domain.OwnerTeammate ||
		entry.OwnerTeammateID == 0 || entry.Category != domain.CategoryProduct {
		t.Fatalf("entry %+v", entry)
	}

	code, stdout, stderr = run(t, "--db", db, "--tz", "UTC", "voc", "impact", fmt.Sprint(entry.ID), "--weeks", "4", "--json")
	if code != ExitOK || stderr != "" {
		t.Fatalf("impact: exit %d %s", code, stderr)
	}
	var im map[string]any
	if err := json.Unmarshal([]byte(stdout), &im); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if keysOf(im) != "after,before,p_value,verdict" {
		t.Fatalf("top-level keys %s", keysOf(im))
	}
	before, after := im["before"].(map[string]any), im["after"].(map[string]any)
	const windowKeys = "eligible_lines,orders,refund_rate,refunded_lines,tickets,tickets_per_100_orders"
	if keysOf(before) != windowKeys || keysOf(after) != windowKeys {
		t.Fatalf("window keys %s / %s", keysOf(before), keysOf(after))
	}
	// 20/200 → 8/200: pooled 0.07, z = −2.351585, p-value 0.0186936 (see the voc package tests).
	if before["eligible_lines"] != 200.0 || before["refunded_lines"] != 20.0 || before["refund_rate"] != 0.1 ||
		after["refund_rate"] != 0.04 || after["orders"] != 200.0 || after["tickets"] != 0.0 || after["tickets_per_100_orders"] != 0.0 {
		t.Fatalf("counts %v / %v", before, after)
	}
	if p, ok := im["p_value"].(float64); !ok || math.Abs(p-0.0186936) > 1e-6 || im["verdict"] != "improved" {
		t.Fatalf("p %v verdict %v", im["p_value"], im["verdict"])
	}

	// No orders on the SKU: rates and the p-value are null, not zero.
	code, stdout, _ = run(t, "--db", db, "voc", "add", "--title", "New SKU", "--sku", "NONE", "--shipped", "2025-03-03", "--json")
	if code != ExitOK {
		t.Fatalf("add NONE exit %d", code)
	}
	var none domain.VocEntry
	_ = json.Unmarshal([]byte(stdout), &none)
	code, stdout, _ = run(t, "--db", db, "--tz", "UTC", "voc", "impact", fmt.Sprint(none.ID), "--json")
	if code != ExitOK || !strings.Contains(stdout, `"refund_rate": null`) || !strings.Contains(stdout, `"p_value": null`) ||
		!strings.Contains(stdout, `"verdict": "not_enough_data"`) {
		t.Fatalf("no orders: %d %s", code, stdout)
	}

	code, stdout, stderr = run(t, "--db", db, "--tz", "UTC", "voc", "suggest", "--json")
	if code != ExitOK {
		t.Fatalf("suggest: %d %s", code, stderr)
	}
	var sug map[string]any
	if err := json.Unmarshal([]byte(stdout), &sug); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	items, _ := sug["items"].([]any)
	if len(items) != 1 || items[0].(map[string]any)["key"] != "subcategory|LAMP|missing_parts" || sug["to"] != "2025-04-01" {
		t.Fatalf("suggest %s", stdout)
	}

	out := filepath.Join(t.TempDir(), "log.xlsx")
	if code, stdout, stderr := run(t, "--db", db, "voc", "export", "-o", out); code != ExitOK || !strings.Contains(stdout, "2 entries") {
		t.Fatalf("export: %d %s %s", code, stdout, stderr)
	}
	if st, err := os.Stat(out); err != nil || st.Size() == 0 {
		t.Fatalf("no file: %v", err)
	}
	code, stdout, _ = run(t, "--db", db, "voc", "list", "--json")
	var list []map[string]any
	if code != ExitOK || json.Unmarshal([]byte(stdout), &list) != nil || len(list) != 2 || list[0]["frequencyPerWeek"] == nil {
		t.Fatalf("list: %d %s", code, stdout)
	}
}

func TestVocExitCodes(t *testing.T) {
	db := tempDB(t)
	plantImpactData(t, db)
	code, stdout, _ := run(t, "--db", db, "voc", "add", "--title", "Open", "--sku", "S", "--json")
	if code != ExitOK {
		t.Fatalf("add exit %d", code)
	}
	var open domain.VocEntry
	_ = json.Unmarshal([]byte(stdout), &open)
	for _, c := range []struct {
		args []string
		code int
	}{
		{[]string{"voc"}, ExitWrongUsage},
		{[]string{"voc", "frob"}, ExitWrongUsage},
		{[]string{"voc", "add", "--sku", "S"}, ExitWrongUsage},            // no title
		{[]string{"voc", "add", "--title", "T"}, ExitWrongUsage},          // no SKU
		{[]string{"voc", "add", "--title", "T", "--sku"}, ExitWrongUsage}, // flag without value
		{[]string{"voc", "impact"}, ExitWrongUsage},
		{[]string{"voc", "impact", "abc"}, ExitWrongUsage},
		{[]string{"voc", "impact", "1", "--weeks", "0"}, ExitWrongUsage},
		{[]string{"voc", "impact", "1", "--weeks", "x"}, ExitWrongUsage},
		{[]string{"voc", "export"}, ExitWrongUsage},
		{[]string{"voc", "list", "--status", "done"}, ExitWrongUsage},
		{[]string{"voc", "add", "--title", "T", "--sku", "S", "--subcategory", "wobbly"}, ExitBadInput},
		{[]string{"voc", "add", "--title", "T", "--sku", "S", "--shipped", "03/02/2025"}, ExitBadInput},
		{[]string{"voc", "add", "--title", "T", "--sku", "S", "--owner", "Marketing"}, ExitBadInput},
		{[]string{"voc", "impact", "999", "--json"}, ExitBadInput},
		{[]string{"voc", "impact", fmt.Sprint(open.ID), "--json"}, ExitBadInput}, // no shipped date
	} {
		code, stdout, stderr := run(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (%s)", c.args, code, c.code, stderr)
		}
		if stdout != "" {
			t.Errorf("%v: printed %q on stdout", c.args, stdout)
		}
		if c.code == ExitBadInput && strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
			t.Errorf("%v: bad input must be one line, got %q", c.args, stderr)
		}
	}
}
