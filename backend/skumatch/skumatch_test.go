package skumatch

import "testing"

func TestNamedPicksTheProductTheWordsName(t *testing.T) {
	order := []Line{
		{Key: "TEE-BLK-M", SKUs: []string{"1729384756"}, Name: "Everyday Organic Cotton Tee - Black M"},
		{Key: "SERUM-30", Name: "Glow Vitamin C Serum 30ml"},
		{Key: "MUG-SAGE", Name: "Stoneware Mug, Sage"},
	}
	for _, c := range []struct{ text, want string }{
		{"the serum pump is leaking", "SERUM-30"},
		{"The tee shrank after one wash", "TEE-BLK-M"},
		{"Cotton shirt has a hole", "TEE-BLK-M"},
		{"mugs arrived chipped", "MUG-SAGE"},
		{"wrong item: I got TEE-BLK-M twice", "TEE-BLK-M"},
		{"tee-blk-m is too small", "TEE-BLK-M"},
		{"sku 1729384756 runs small", "TEE-BLK-M"},
		{"it arrived damaged", ""},
		{"both the serum and the mug are broken", ""},
		{"black one is too small", ""},
		{"", ""},
	} {
		if got := Named(c.text, order); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestNamedOnAOneProductOrderIsThatProduct(t *testing.T) {
	one := []Line{{Key: "SERUM-30", Name: "Glow Serum"}, {Key: "SERUM-30", Name: "Glow Serum"}}
	if got := Named("it arrived damaged", one); got != "SERUM-30" {
		t.Fatalf("got %q", got)
	}
	if got := Named("it arrived damaged", nil); got != "" {
		t.Fatalf("no order: got %q", got)
	}
}
