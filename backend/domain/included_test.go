package domain

import "testing"

func TestIncludedItemsReadAndPrintQuantities(t *testing.T) {
	cases := map[string]IncludedItem{
		"2 × AA battery":       {Name: "AA battery", Quantity: 2},
		"16 x bamboo pads":     {Name: "bamboo pads", Quantity: 16},
		"4 W LED bulb (E12)":   {Name: "4 W LED bulb (E12)", Quantity: 1},
		"  Quick start card  ": {Name: "Quick start card", Quantity: 1},
	}
	for in, want := range cases {
		if got := ParseIncludedItem(in); got != want {
			t.Errorf("%q: %+v, want %+v", in, got, want)
		}
	}
	if l := (IncludedItem{Name: "Cable", Quantity: 3}).Label(); l != "3 × Cable" {
		t.Errorf("label %q", l)
	}
	if l := (IncludedItem{Name: "Cable", Quantity: 1}).Label(); l != "Cable" {
		t.Errorf("label %q", l)
	}
	c := ProductContent{ProductKey: "K", IncludedItems: []IncludedItem{{Name: " Cable ", Quantity: 0}, {Name: "  "}}}.Normalize()
	if len(c.IncludedItems) != 1 || c.IncludedItems[0] != (IncludedItem{Name: "Cable", Quantity: 1}) {
		t.Fatalf("normalize %+v", c.IncludedItems)
	}
	c.IncludedItems[0].Quantity = 5000
	if p := c.Validate(); p["includedItems"] == "" {
		t.Fatal("a quantity of 5000 passed")
	}
}
