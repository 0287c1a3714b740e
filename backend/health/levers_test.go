package health

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// randomShop fills f with a shop of seed that has patterns to find: TEE
// arrives damaged, Friday orders ship late, MUG gets 1-star reviews, Ben
// answers chats slowly, UPS delivers late and stock runs out.
func randomShop(f *fixture, seed uint64, asOf Day) {
	r := rand.New(rand.NewPCG(seed, 7))
	end := time.Unix(asOf.End(f.loc), 0).In(f.loc)
	skus := []string{"TEE", "MUG", "CAP", "BAG"}
	for i := 0; i < 400; i++ {
		paid := end.Add(-time.Duration(r.IntN(100*24*60)) * time.Minute)
		o := ord{paid: paid, carrier: []string{"USPS", "UPS"}[r.IntN(2)]}
		if r.IntN(30) == 0 {
			o.cancelled, o.status, o.cancelBy = paid.Add(time.Hour), "cancelled", "Seller"
			o.cancelReason = []string{"Out of stock", "Out of stock", "Pricing error"}[r.IntN(3)]
			f.order(o)
			continue
		}
		ship := 1 + r.IntN(2)
		if paid.Weekday() == time.Friday && r.IntN(3) > 0 || r.IntN(25) == 0 {
			ship = 5
		}
		o.rts = paid.AddDate(0, 0, ship).Add(-time.Hour)
		o.shipped = paid.AddDate(0, 0, ship)
		transit := 2 + r.IntN(3)
		if o.carrier == "UPS" && r.IntN(3) == 0 {
			transit = 9
		}
		o.delivered = o.shipped.AddDate(0, 0, transit)
		if r.IntN(15) == 0 {
			o.fulfillment = "Fulfillment by TikTok"
		}
		id := f.order(o)
		sku := skus[r.IntN(len(skus))]
		switch {
		case sku == "TEE" && r.IntN(5) == 0:
			f.ret(id, sku, "Damaged item", o.delivered.Add(20*time.Hour))
		case r.IntN(30) == 0:
			f.ret(id, sku, []string{"Defective", "Changed mind", "Missing parts", "Odd smell"}[r.IntN(4)], o.delivered.Add(30*time.Hour))
		}
		if r.IntN(3) == 0 {
			rating := 4 + r.IntN(2)
			if sku == "MUG" && r.IntN(3) == 0 || r.IntN(40) == 0 {
				rating = 1 + r.IntN(2)
			}
			f.review(id, sku, rating, o.delivered.AddDate(0, 0, 2))
			if r.IntN(4) == 0 {
				f.review(id, sku, 5, o.delivered.AddDate(0, 0, 9))
			}
		}
	}
	for i := 0; i < 120; i++ {
		opened := end.Add(-time.Duration(r.IntN(40*24*60)) * time.Minute)
		who := []string{"Ana", "Ben", ""}[r.IntN(3)]
		wait := time.Duration(1+r.IntN(8)) * time.Hour
		if who == "Ben" && r.IntN(2) == 0 || r.IntN(20) == 0 {
			wait = time.Duration(14+r.IntN(30)) * time.Hour
		}
		f.chat(opened, opened.Add(wait), who)
	}
}

var deleteRecord = map[string]string{
	KindOrder: "DELETE FROM orders WHERE id = ?", KindReturn: "DELETE FROM returns WHERE id = ?",
	KindReview: "DELETE FROM reviews WHERE id = ?", KindChat: "DELETE FROM tickets WHERE id = ?",
}

// Deleting the records a lever names and computing the metric again gives
// exactly the rate the lever promised.
func TestLeverRateIfFixedEqualsRecomputedWithoutItsRecords(t *testing.T) {
	asOf := day("2026-10-15")
	kinds := map[string]bool{}
	for seed := uint64(1); seed <= 4; seed++ {
		f := newFixture(t, "America/New_York")
		randomShop(f, seed, asOf)
		rep, err := Build(f.ctx, f.st, f.loc, asOf, Options{Levers: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Levers) == 0 {
			t.Fatalf("seed %d: no levers", seed)
		}
		for i, l := range rep.Levers {
			kinds[l.Kind] = true
			if l.Count != len(l.Records) || l.RateIfFixed == nil || l.Text == "" {
				t.Fatalf("seed %d lever %d: %+v", seed, i, l)
			}
			g := newFixture(t, "America/New_York")
			randomShop(g, seed, asOf)
			for _, ref := range l.Records {
				g.exec(deleteRecord[ref.Kind], ref.ID)
			}
			m := g.metric(asOf, l.Metric)
			if m.Rate == nil || *m.Rate != *l.RateIfFixed {
				t.Fatalf("seed %d lever %q: recomputed %v/%v, lever says %v", seed, l.Text, m.Numerator, m.Denominator, *l.RateIfFixed)
			}
			if i > 0 && l.score > rep.Levers[i-1].score {
				t.Fatalf("seed %d: levers out of rank order", seed)
			}
		}
	}
	for _, k := range []string{"sku_reason", "weekday", "sku_reviews", "teammate"} {
		if !kinds[k] {
			t.Errorf("no %s lever in any shop (found %v)", k, kinds)
		}
	}
}

func TestLeverNamesTheDamagedSKUAndLinksItsVocEntry(t *testing.T) {
	asOf := day("2026-10-15")
	f := newFixture(t, "America/New_York")
	randomShop(f, 3, asOf)
	entry := f.exec(`INSERT INTO voc_entries (title, status, created_at, updated_at) VALUES ('Tees arrive damaged', 'open', 0, 0)`)
	f.exec(`INSERT INTO voc_entry_skus (entry_id, sku) VALUES (?, 'TEE')`, entry)
	rep, err := Build(f.ctx, f.st, f.loc, asOf, Options{Levers: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rep.Levers {
		if l.Kind == "sku_reason" && l.SKU == "TEE" && l.Reason == "Damaged item" {
			if l.VocEntryID != entry {
				t.Fatalf("lever not linked to the open entry: %+v", l)
			}
			want := fmt.Sprintf("TEE's \"Damaged item\" returns are %.0f%% of your non-buyer-fault returns", l.Share*100)
			if len(l.Text) < len(want) || l.Text[:len(want)] != want {
				t.Fatalf("text %q", l.Text)
			}
			return
		}
	}
	t.Fatalf("no TEE damaged lever in %+v", rep.Levers)
}
