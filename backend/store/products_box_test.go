package store

import (
	"context"
	"reflect"
	"strconv"
	"testing"

	"afterloop/backend/domain"
)

// A shop that wrote its box list before quantities existed keeps every
// entry, each counted once, and the list round-trips with quantities after.
func TestBoxItemsMigrationKeepsOldListsAndAddsQuantities(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.write.Exec(`INSERT INTO products(key, name) VALUES ('LAMP-01', 'Sunset lamp'), ('MUG-02', 'Logo mug')`); err != nil {
		t.Fatal(err)
	}
	// The schema as it was before: plain strings.
	if _, err := s.write.Exec(`INSERT INTO product_content(product_key, included_items_json, care_tips_json, updated_at)
		VALUES ('LAMP-01', '["Lamp base", "USB-C cable", ""]', '["Dust with a dry cloth"]', 1),
		       ('MUG-02', '[]', '[]', 1)`); err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	version := 0
	for _, m := range ms {
		if m.name == "0010_product_box_items.sql" {
			version = m.version
		}
	}
	if version == 0 {
		t.Fatal("no box-items migration")
	}
	if _, err := s.write.Exec("PRAGMA user_version = " + strconv.Itoa(version-1)); err != nil {
		t.Fatal(err)
	}
	if err := s.migrate(ctx, true, ms[:version]); err != nil {
		t.Fatal(err)
	}
	p, err := s.GetProduct(ctx, "LAMP-01")
	if err != nil {
		t.Fatal(err)
	}
	want := []domain.IncludedItem{{Name: "Lamp base", Quantity: 1}, {Name: "USB-C cable", Quantity: 1}}
	if !reflect.DeepEqual(p.Content.IncludedItems, want) || !reflect.DeepEqual(p.Content.CareTips, []string{"Dust with a dry cloth"}) {
		t.Fatalf("after migration: %+v", p.Content)
	}
	if m, _ := s.GetProduct(ctx, "MUG-02"); len(m.Content.IncludedItems) != 0 {
		t.Fatalf("empty list became %+v", m.Content.IncludedItems)
	}

	c := p.Content
	c.IncludedItems = []domain.IncludedItem{{Name: "AA battery", Quantity: 4}, {Name: "Lamp base", Quantity: 1}}
	c.CareTips = []string{"Unplug before cleaning", "Keep dry"}
	if _, err := s.SaveProductContent(ctx, c); err != nil {
		t.Fatal(err)
	}
	back, _ := s.GetProduct(ctx, "LAMP-01")
	if !reflect.DeepEqual(back.Content.IncludedItems, c.IncludedItems) || !reflect.DeepEqual(back.Content.CareTips, c.CareTips) {
		t.Fatalf("round trip: %+v", back.Content)
	}
	all, _ := s.ProductContents(ctx)
	if got := all["LAMP-01"].IncludedItems; !reflect.DeepEqual(got, c.IncludedItems) {
		t.Fatalf("ProductContents: %+v", got)
	}
}
