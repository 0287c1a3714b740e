package voc

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"afterloop/backend/domain"
)

// plantedShop is 8 weeks of generated orders on six SKUs with background
// tickets (ticketPercent of orders) on random subcategories, except the ones
// the planted problems use (missing parts on LAMP and MUG, wrong variant on
// MUG), so the test knows those counts exactly.
type plantedShop struct {
	f   *fixture
	now time.Time
}

func newPlantedShop(t *testing.T, ticketPercent int) plantedShop {
	f := newFixture(t, "Europe/Berlin")
	now := f.at(2026, 5, 20, 18, 0, 0)
	r := rand.New(rand.NewPCG(6, 2026))
	skus := []string{"LAMP", "MUG", "SOCKS", "SERUM", "SPEAKER", "CANDLE"}
	var subs []string
	for _, c := range domain.SupportTaxonomy {
		for _, s := range c.Subcategories {
			subs = append(subs, s.Key)
		}
	}
	start := now.AddDate(0, 0, -56)
	for day := 0; day < 56; day++ {
		for i := 0; i < 30; i++ {
			created := start.AddDate(0, 0, day).Add(time.Duration(r.IntN(86400)) * time.Second)
			sku := skus[r.IntN(len(skus))]
			id := f.order(created, "delivered", line{sku: sku})
			if r.IntN(100) >= ticketPercent {
				continue
			}
			sub := subs[r.IntN(len(subs))]
			if (sku == "LAMP" || sku == "MUG") && sub == domain.SubMissingParts || sku == "MUG" && sub == domain.SubWrongVariant {
				sub = domain.SubSetupError
			}
			f.ticket(created.Add(72*time.Hour), "", id, sub, "", "background noise")
		}
	}
	f.order(now.Add(-time.Hour), "delivered", line{sku: "MUG"}) // the "as of" time
	return plantedShop{f: f, now: now}
}

func find(s Suggestions, key string) *Suggestion {
	for i := range s.Items {
		if s.Items[i].Key == key {
			return &s.Items[i]
		}
	}
	return nil
}

// TestSuggestFindsPlantedProblems plants a missing-parts problem on LAMP
// (tickets on the SKU and through orders, plus returns), a packout problem
// on MUG spread over two subcategories, buyer's-remorse returns, an unknown
// return reason and a public-comment cluster, next to things that must not
// count (too old, too few, not negative, rejected returns).
func TestSuggestFindsPlantedProblems(t *testing.T) {
	p := newPlantedShop(t, 2)
	f, day := p.f, func(daysAgo int) time.Time { return p.now.AddDate(0, 0, -daysAgo) }
	words := []string{"The charger was missing", "no adapter in the box", "Only the stand, no cable", "cable missing", "No charger!!"}
	for i, w := range words {
		sku, order := "LAMP", int64(0)
		if i%2 == 1 { // every other one names no SKU: its order's line does
			sku, order = "", f.order(day(20+i), "delivered", line{sku: "LAMP"})
		}
		f.ticket(day(2+i), sku, order, domain.SubMissingParts, domain.RootCausePackoutError, w)
	}
	f.ret(0, "LAMP", "Missing parts", "", day(3), true)
	f.ret(0, "LAMP", "Other", "adapter was not included", day(4), true)
	f.ret(0, "LAMP", "Missing parts", "", day(5), false)                // rejected: does not count
	f.ticket(day(40), "LAMP", 0, domain.SubMissingParts, "", "too old") // before the 28 days
	f.ticket(day(27), "LAMP", 0, domain.SubMissingParts, "", "")        // the window's first day
	f.ticket(day(1), "MUG", 0, domain.SubWrongVariant, domain.RootCausePackoutError, "blue instead of red")
	f.ticket(day(2), "MUG", 0, domain.SubWrongVariant, domain.RootCausePackoutError, "wrong colour")
	f.ticket(day(3), "MUG", 0, domain.SubMissingParts, domain.RootCausePackoutError, "no lid")
	f.ticket(day(4), "MUG", 0, domain.SubMissingParts, domain.RootCausePackoutError, "lid missing")
	for i := 0; i < 3; i++ {
		f.ret(0, "SOCKS", "No longer needed", "", day(6+i), true)
		f.ret(0, "CANDLE", "Seller shipped late", "", day(6+i), true)
		f.comment(day(1+i), domain.SubDamaged, []string{"MUG", "", "MUG"}[i], fmt.Sprintf("arrived broken %d", i), true)
	}
	f.comment(day(2), domain.SubDamaged, "", "not negative", false)
	f.comment(day(50), domain.SubDamaged, "", "too old", true)
	f.ret(0, "SPEAKER", "Seller shipped late", "", day(6), true) // 1 < 3

	got, err := f.engine(p.now).Suggest(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.From != "2026-04-23" || got.To != "2026-05-20" || got.MinCount != 3 {
		t.Fatalf("window %s..%s", got.From, got.To)
	}
	lamp := find(got, "subcategory|LAMP|missing_parts")
	// 5 planted tickets + the one on the window's first day, 2 counting returns.
	if lamp == nil || lamp.Count != 8 || lamp.Tickets != 6 || lamp.Returns != 2 || lamp.Category != domain.CategoryProduct {
		t.Fatalf("LAMP missing parts: %+v", lamp)
	}
	if got.Items[0].Key != lamp.Key {
		t.Errorf("the largest problem comes first, got %s", got.Items[0].Key)
	}
	if len(lamp.Examples) != 3 || lamp.Examples[0].Text != "The charger was missing" || lamp.Examples[1].Text != "no adapter in the box" {
		t.Errorf("examples %+v", lamp.Examples)
	}
	pre := lamp.Prefill
	if pre.Title != "Missing parts — LAMP" || pre.Subcategory != domain.SubMissingParts || len(pre.SKUs) != 1 || pre.Status != domain.VocOpen {
		t.Errorf("prefill %+v", pre)
	}
	if p := pre.Validate(); len(p) != 0 {
		t.Errorf("prefill does not validate: %v", p)
	}
	// LAMP's packout tickets are already in its missing-parts group.
	if s := find(got, "root_cause|LAMP|packout_error"); s != nil {
		t.Errorf("LAMP packout suggested twice: %+v", s)
	}
	if s := find(got, "root_cause|MUG|packout_error"); s == nil || s.Count != 4 || s.Tickets != 4 {
		t.Errorf("MUG packout: %+v", s)
	}
	if s := find(got, "root_cause|SOCKS|buyers_remorse"); s == nil || s.Returns != 3 {
		t.Errorf("SOCKS remorse: %+v", s)
	}
	if s := find(got, "return_reason|CANDLE|seller shipped late"); s == nil || s.Count != 3 || s.ReturnReason != "Seller shipped late" {
		t.Errorf("CANDLE reason: %+v", s)
	}
	if s := find(got, "return_reason|SPEAKER|seller shipped late"); s != nil {
		t.Errorf("below the threshold: %+v", s)
	}
	cluster := find(got, "comment_cluster||damaged")
	if cluster == nil || cluster.Comments != 3 || len(cluster.SKUs) != 1 || cluster.SKUs[0] != "MUG" {
		t.Fatalf("comment cluster: %+v", cluster)
	}
	for _, s := range got.Items {
		if s.Count < SuggestMinCount {
			t.Errorf("%s has only %d", s.Key, s.Count)
		}
	}

	// An entry on LAMP with the subcategory covers it; one on another SKU
	// does not cover MUG's comments.
	f.entry(domain.VocEntry{Title: "Charger missing", SKUs: []string{"LAMP"}, Subcategory: domain.SubMissingParts})
	f.entry(domain.VocEntry{Title: "Serum damaged", SKUs: []string{"SERUM"}, Subcategory: domain.SubDamaged})
	got, _ = f.engine(p.now).Suggest(f.ctx)
	if find(got, lamp.Key) != nil || find(got, cluster.Key) == nil {
		t.Fatalf("after the entries: LAMP %v, cluster %v", find(got, lamp.Key) != nil, find(got, cluster.Key) != nil)
	}

	// Dismissed stays hidden until it doubles.
	mug := find(got, "root_cause|MUG|packout_error")
	if err := f.st.DismissVocSuggestion(f.ctx, mug.Key, mug.Count); err != nil {
		t.Fatal(err)
	}
	got, _ = f.engine(p.now).Suggest(f.ctx)
	if find(got, mug.Key) != nil || got.Dismissed != 1 {
		t.Fatalf("dismissed still shown (%d hidden)", got.Dismissed)
	}
	for i := 0; i < 4; i++ {
		f.ticket(day(1), "MUG", 0, "", domain.RootCausePackoutError, "bubble wrap missing")
	}
	got, _ = f.engine(p.now).Suggest(f.ctx)
	if s := find(got, mug.Key); s == nil || !s.Resurfaced || s.Count != 8 {
		t.Fatalf("doubled problem: %+v", s)
	}
}

// TestSuggestOnNoiseMatchesACountByHand: with heavier random tickets and no
// plant, exactly the SKU/subcategory pairs with 3 or more tickets in the
// window are suggested, each with its count (counted here straight from the
// tables).
func TestSuggestOnNoiseMatchesACountByHand(t *testing.T) {
	p := newPlantedShop(t, 5)
	f := p.f
	got, err := f.engine(p.now).Suggest(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	from, _ := ParseShopDate(got.From, f.loc)
	rows, err := f.st.DB().QueryContext(f.ctx, `SELECT l.product_key, t.subcategory, COUNT(*) FROM tickets t
		JOIN order_lines l ON l.order_id = t.order_id WHERE t.opened_at >= ? AND t.opened_at < ?
		GROUP BY 1, 2 HAVING COUNT(*) >= 3`, from.Unix(), addDays(from, SuggestDays).Unix())
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	want := map[string]int{}
	for rows.Next() {
		var sku, sub string
		var n int
		if err := rows.Scan(&sku, &sub, &n); err != nil {
			t.Fatal(err)
		}
		want["subcategory|"+sku+"|"+sub] = n
	}
	if len(want) < 3 {
		t.Fatalf("the generator should make a few recurring pairs, made %d", len(want))
	}
	if len(got.Items) != len(want) {
		t.Errorf("%d suggestions, want %d", len(got.Items), len(want))
	}
	for _, s := range got.Items {
		if want[s.Key] != s.Count || s.Tickets != s.Count {
			t.Errorf("%s: %d (%d tickets), counted %d", s.Key, s.Count, s.Tickets, want[s.Key])
		}
	}
}
