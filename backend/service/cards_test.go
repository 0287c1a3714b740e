package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/cards"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/platform"
)

// cardShop is a shop with the sample orders imported and content for one SKU.
func cardShop(t *testing.T) (*Shop, string) {
	t.Helper()
	shop := newShop(t)
	svc := NewImportService(shop, importer.New(shop.Store), &platform.Recorder{})
	if _, err := svc.Run(samples+"SYNTHETIC_tiktok_orders_us_style.csv", ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	products, err := shop.Store.ListProducts(context.Background())
	if err != nil || len(products) == 0 {
		t.Fatalf("products %v %v", products, err)
	}
	key := products[0].Key
	if _, err := shop.Store.SaveProductContent(context.Background(), domain.ProductContent{ProductKey: key,
		IncludedItems: []domain.IncludedItem{{Name: "Main unit", Quantity: 1}, {Name: "Spare filter", Quantity: 1}}, CareTips: []string{"Rinse after use."}}); err != nil {
		t.Fatal(err)
	}
	if err := shop.Store.SaveSettings(context.Background(), domain.Settings{ShopName: "Juniper Home", TimeZone: "UTC", Currency: "USD", ProcessingDays: 2}); err != nil {
		t.Fatal(err)
	}
	return shop, key
}

func TestCardLibraryLifecycle(t *testing.T) {
	shop, key := cardShop(t)
	rec := &platform.Recorder{}
	svc := NewCardService(shop, rec)

	v, err := svc.CreateFromStarter(cards.KindWhatsInBox)
	if err != nil || v.ID == 0 || v.Design.Kind != cards.KindWhatsInBox {
		t.Fatalf("%+v %v", v, err)
	}
	dup, err := svc.Duplicate(v.ID)
	if err != nil || dup.Design.Name != "What's in the box (copy)" {
		t.Fatalf("%+v %v", dup, err)
	}
	if _, err := svc.Rename(dup.ID, "  Lamp checklist "); err != nil {
		t.Fatal(err)
	}
	if err := svc.Delete(v.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := svc.List()
	if len(list) != 1 || list[0].Name != "Lamp checklist" || list[0].Size != "4x6" {
		t.Fatalf("after delete %+v", list)
	}
	if err := svc.Restore(v.ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := svc.List(); len(list) != 2 {
		t.Fatalf("after undo %+v", list)
	}
	if _, err := svc.Save(0, `{"schema": 2}`); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Errorf("bad schema: %v", err)
	}
	if _, err := svc.Get(999); !errors.Is(err, apperr.ErrNotFound) {
		t.Errorf("missing: %v", err)
	}

	// Layout of the unsaved design for a SKU: merged text, fonts the canvas can load.
	raw, _ := json.Marshal(v.Design)
	dl, err := svc.Layout(string(raw), key, "front")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, it := range dl.Items {
		for _, r := range it.Runs {
			texts = append(texts, r.Text)
		}
	}
	if joined := strings.Join(texts, "|"); !strings.Contains(joined, "Main unit|Spare filter") || !strings.Contains(joined, "Juniper Home") {
		t.Errorf("runs %s", joined)
	}
	for _, f := range dl.Fonts {
		data, err := svc.FontData(f.Family, f.Style)
		if err != nil || len(data) < 1000 {
			t.Errorf("font %s: %v", f.Key, err)
		}
	}
	if _, err := svc.Layout(string(raw), "NO-SUCH-SKU", "front"); apperr.From(err).Code != apperr.CodeNotFound {
		t.Errorf("unknown sku: %v", err)
	}

	// Export through the save dialog, then the viewer opens it.
	out := filepath.Join(t.TempDir(), "out.pdf")
	rec.SavePathResult = out
	res, err := svc.Export(CardExportRequest{DesignID: v.ID, SKUs: []CardSKUCount{{Key: key, Qty: 3}}, Layout: cards.LayoutLetter})
	if err != nil {
		t.Fatal(err)
	}
	if res.Path != out || res.Cards != 3 || res.Pages != 2 || len(rec.Opened) != 1 || rec.Opened[0] != out {
		t.Fatalf("%+v opened %v", res, rec.Opened)
	}
	if b, _ := os.ReadFile(out); !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	rec.SavePathResult = "" // cancelled
	if res, err := svc.Export(CardExportRequest{DesignID: v.ID, Layout: cards.LayoutSingle}); err != nil || res.Path != "" {
		t.Errorf("cancel: %+v %v", res, err)
	}
}

func TestCardExportRefusesBlockedText(t *testing.T) {
	shop, _ := cardShop(t)
	svc := NewCardService(shop, &platform.Recorder{})
	v, _ := svc.CreateFromStarter(cards.KindSupport)
	v.Design.Front.Elements = append(v.Design.Front.Elements, cards.Element{ID: "x", Type: cards.ElementText, X: 10, Y: 130, W: 80, H: 8,
		Text: "Leave a 5-star review for a free gift!", SizePt: 8})
	raw, _ := json.Marshal(v.Design)
	if _, err := svc.Save(v.ID, string(raw)); err != nil {
		t.Fatal(err) // saving a draft is allowed
	}
	_, err := ExportCards(context.Background(), shop, CardExportRequest{DesignID: v.ID, Layout: cards.LayoutSingle}, filepath.Join(t.TempDir(), "x.pdf"))
	if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || e.Details["elementId"] != "x" {
		t.Fatalf("%v", err)
	}
}

func TestBrandKitLogoAndFonts(t *testing.T) {
	shop := newShop(t)
	svc := NewCardService(shop, &platform.Recorder{})
	kit, err := svc.SaveBrandKit(cards.BrandKit{PrimaryColor: "#123456", ShopHandle: "@juniperhome"})
	if err != nil || kit.ShopHandle != "juniperhome" || kit.AccentColor == "" {
		t.Fatalf("%+v %v", kit, err)
	}
	if _, err := svc.SaveBrandKit(cards.BrandKit{PrimaryColor: "blue"}); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Errorf("bad colour: %v", err)
	}
	logo := filepath.Join(t.TempDir(), "logo.png")
	f, _ := os.Create(logo)
	_ = png.Encode(f, image.NewRGBA(image.Rect(0, 0, 600, 600)))
	f.Close()
	if kit, err = svc.SetLogoFile(logo); err != nil || !kit.HasLogo {
		t.Fatalf("%+v %v", kit, err)
	}
	v, _ := svc.CreateFromStarter(cards.KindCare)
	found := false
	for _, el := range v.Design.Front.Elements {
		found = found || el.Src == "brand:logo"
	}
	if !found || v.Design.Front.Elements[0].Fill != "#123456" {
		t.Errorf("starter does not use the brand kit: %+v", v.Design.Front.Elements[0])
	}
	if _, err := svc.SetLogoFile(filepath.Join(samples, "SYNTHETIC_tiktok_returns.csv")); apperr.From(err).Code != apperr.CodeUnsupported {
		t.Errorf("csv as logo: %v", err)
	}
	// Fonts: a seller TTF is stored and usable; anything else is refused clearly.
	if _, err := svc.AddFontFile(filepath.Join(samples, "SYNTHETIC_tiktok_returns.csv"), "regular"); apperr.From(err).Code != apperr.CodeUnsupported {
		t.Errorf("csv as font: %v", err)
	}
	ttf := "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	if _, err := os.Stat(ttf); err != nil {
		t.Skip("no DejaVu Sans on this machine")
	}
	info, err := svc.AddFontFile(ttf, "regular")
	if err != nil || info.Family != "DejaVu Sans" || info.Bundled {
		t.Fatalf("%+v %v", info, err)
	}
	fresh := NewCardService(shop, &platform.Recorder{}) // loads seller fonts from the database
	if _, err := fresh.FontData("DejaVu Sans", "regular"); err != nil {
		t.Fatal(err)
	}
	v.Design.Front.Elements[len(v.Design.Front.Elements)-1].Font = "DejaVu Sans"
	raw, _ := json.Marshal(v.Design)
	if _, err := fresh.Save(v.ID, string(raw)); err != nil {
		t.Fatal(err)
	}
	dl, err := fresh.LayoutSaved(v.ID, "", "front")
	if err != nil {
		t.Fatal(err)
	}
	if got := dl.Fonts[len(dl.Fonts)-1].Key; got != "DejaVu Sans|regular" {
		t.Errorf("fonts %+v", dl.Fonts)
	}
	out := filepath.Join(t.TempDir(), "f.pdf")
	if _, err := ExportCards(context.Background(), shop, CardExportRequest{DesignID: v.ID, Layout: cards.LayoutSingle}, out); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdffonts"); err == nil {
		if fonts, _ := exec.Command("pdffonts", out).Output(); strings.Count(string(fonts), "CID TrueType") != 3 {
			t.Errorf("want 3 embedded fonts (heading, body, seller's):\n%s", fonts)
		}
	}
}
