package service

import (
	"context"
	"slices"
	"strings"
	"testing"

	"afterloop/backend/cards"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
)

// Before a "What's in the box" or "Care and use" card is written, the export
// check names each chosen SKU whose box list or care tips are empty; a SKU
// with both filled in prints its list with quantities.
func TestExportCheckNamesEmptyFieldsPerSKU(t *testing.T) {
	shop, filled := cardShop(t)
	ctx := context.Background()
	svc := NewCardService(shop, &platform.Recorder{})
	products, _ := shop.Store.ListProducts(ctx)
	var bare string
	for _, p := range products {
		if p.Key != filled {
			bare = p.Key
			break
		}
	}
	if bare == "" {
		t.Fatal("need a second product")
	}
	c := domain.ProductContent{ProductKey: filled, IncludedItems: []domain.IncludedItem{{Name: "AA battery", Quantity: 4}, {Name: "Lamp base", Quantity: 1}},
		CareTips: []string{"Unplug before cleaning."}}
	if _, err := NewProductService(shop, &platform.Recorder{}).SaveContent(c); err != nil {
		t.Fatal(err)
	}

	for _, kind := range []string{cards.KindWhatsInBox, cards.KindCare} {
		v, err := svc.CreateFromStarter(kind)
		if err != nil {
			t.Fatal(err)
		}
		gaps, err := svc.ExportCheck(v.ID, []string{filled, bare})
		if err != nil {
			t.Fatal(err)
		}
		// Product fields per SKU; shop fields (the handle) are reported too, pointing to Settings.
		productGaps := map[string][]string{}
		for _, g := range gaps {
			for _, e := range g.Empty {
				if e.Label == "" {
					t.Fatalf("no label: %+v", e)
				}
				if e.Where == "products" {
					productGaps[g.Key] = append(productGaps[g.Key], e.Field)
				}
			}
		}
		want := map[string]string{cards.KindWhatsInBox: "included_items", cards.KindCare: "care_tips"}[kind]
		if len(productGaps[filled]) != 0 || !slices.Contains(productGaps[bare], want) {
			t.Fatalf("%s: product gaps %v", kind, productGaps)
		}
	}

	box, _ := svc.CreateFromStarter(cards.KindWhatsInBox)
	dl, err := svc.LayoutSaved(box.ID, filled, "front")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, it := range dl.Items {
		for _, r := range it.Runs {
			texts = append(texts, r.Text)
		}
	}
	if joined := strings.Join(texts, "|"); !strings.Contains(joined, "4 × AA battery|Lamp base") {
		t.Fatalf("checklist runs %s", joined)
	}
}
