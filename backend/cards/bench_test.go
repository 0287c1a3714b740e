package cards

import (
	"fmt"
	"io"
	"testing"
)

// benchDesign is a 4 × 6 in card with a logo, a QR code and merged text.
func benchDesign() Design {
	d, _ := Starter(KindQuickStart, BrandKit{HasLogo: true, ShopHandle: "juniperhome"})
	d.Front.Elements = append(d.Front.Elements, Element{ID: "qr", Type: ElementQR, X: 72, Y: 84, W: 20, H: 20,
		Content: "https://www.tiktok.com/@juniperhome/{{product_name}}"})
	return d
}

// benchCards is 1,000 cards over 20 SKUs.
func benchCards() []CardCopies {
	var out []CardCopies
	for i := 0; i < 20; i++ {
		p := *demoProduct
		p.Key, p.Name = fmt.Sprintf("SKU-%02d", i), fmt.Sprintf("Aurora Sunset Lamp %d", i)
		out = append(out, CardCopies{Data: MergeData{Product: &p, ShopName: "Juniper Home", ShopHandle: "juniperhome"}, Copies: 50})
	}
	return out
}

func BenchmarkExport1000Letter(b *testing.B) {
	e := testEngine(b)
	job := ExportJob{Design: benchDesign(), Cards: benchCards(), Layout: LayoutLetter, Assets: testLogo(b)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := NewEngine(e.Fonts).Export(io.Discard, job) // a cold engine: QR codes encoded each time
		if err != nil || res.Cards != 1000 || res.Pages != 500 {
			b.Fatal(res, err)
		}
	}
}

func BenchmarkLayoutOneCard(b *testing.B) {
	e := testEngine(b)
	d, assets := benchDesign(), testLogo(b)
	data := MergeData{Product: demoProduct, ShopName: "Juniper Home"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Layout(d, "front", data, assets); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExport1000DistinctLetter is the worst case: every card a different SKU.
func BenchmarkExport1000DistinctLetter(b *testing.B) {
	e := testEngine(b)
	var cards []CardCopies
	for i := 0; i < 1000; i++ {
		p := *demoProduct
		p.Key, p.Name = fmt.Sprintf("SKU-%04d", i), fmt.Sprintf("Aurora Sunset Lamp %d", i)
		cards = append(cards, CardCopies{Data: MergeData{Product: &p, ShopName: "Juniper Home"}, Copies: 1})
	}
	job := ExportJob{Design: benchDesign(), Cards: cards, Layout: LayoutLetter, Assets: testLogo(b)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := NewEngine(e.Fonts).Export(io.Discard, job); err != nil {
			b.Fatal(err)
		}
	}
}
