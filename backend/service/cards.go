package service

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"afterloop/backend/apperr"
	"afterloop/backend/cards"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/safefile"
	"afterloop/backend/store"
)

// CardService is bound to the UI: the insert-card library, the designer's
// layout and fonts, the brand kit, and PDF export.
type CardService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context

	once   sync.Once
	engine *cards.Engine
	err    error
}

// NewCardService creates the service.
func NewCardService(shop *Shop, p platform.Platform) *CardService {
	return &CardService{shop: shop, platform: p, ctx: context.Background()}
}

// CardSummary is one row of the card library.
type CardSummary struct {
	ID           int64  `json:"id"`
	Name         string `json:"name"`
	Kind         string `json:"kind"`
	Size         string `json:"size"`
	UpdatedAt    int64  `json:"updatedAt"`
	HasThumbnail bool   `json:"hasThumbnail"`
}

// CardView is a stored design, parsed.
type CardView struct {
	ID        int64        `json:"id"`
	Design    cards.Design `json:"design"`
	UpdatedAt int64        `json:"updatedAt"`
	DeletedAt int64        `json:"deletedAt"`
}

// engineFor loads the bundled fonts and the seller's once.
func (s *CardService) engineFor(ctx context.Context) (*cards.Engine, error) {
	s.once.Do(func() { s.engine, s.err = loadEngine(ctx, s.shop) })
	return s.engine, s.err
}

// loadEngine makes a layout engine with the bundled fonts and the seller's.
func loadEngine(ctx context.Context, shop *Shop) (*cards.Engine, error) {
	book, err := cards.NewFontBook()
	if err != nil {
		return nil, err
	}
	rows, err := shop.Store.ListCardFonts(ctx)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if face, err := cards.ParseFace(r.Family, r.Style, r.TTF); err == nil {
			_ = book.Add(face)
		}
	}
	return cards.NewEngine(book), nil
}

// List returns the live designs.
func (s *CardService) List() ([]CardSummary, error) { return ListCards(s.ctx, s.shop) }

// ListCards is List for the CLI.
func ListCards(ctx context.Context, shop *Shop) ([]CardSummary, error) {
	rows, err := shop.Store.ListCardDesigns(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]CardSummary, 0, len(rows))
	for _, r := range rows {
		size := ""
		if d, err := cards.Parse([]byte(r.DesignJSON)); err == nil {
			size = d.Size.Label()
		}
		out = append(out, CardSummary{ID: r.ID, Name: r.Name, Kind: r.Kind, Size: size, UpdatedAt: r.UpdatedAt, HasThumbnail: r.HasThumbnail})
	}
	return out, nil
}

// Get returns one design.
func (s *CardService) Get(id int64) (CardView, error) { return getCard(s.ctx, s.shop, id) }

func getCard(ctx context.Context, shop *Shop, id int64) (CardView, error) {
	row, err := shop.Store.GetCardDesign(ctx, id)
	if err != nil {
		return CardView{}, err
	}
	d, err := cards.Parse([]byte(row.DesignJSON))
	if err != nil {
		return CardView{}, designError(err)
	}
	return CardView{ID: row.ID, Design: d, UpdatedAt: row.UpdatedAt, DeletedAt: row.DeletedAt}, nil
}

// Starters lists the starter kinds.
func (s *CardService) Starters() []cards.StarterInfo { return cards.Starters }

// Sizes lists the size presets (portrait, millimetres).
func (s *CardService) Sizes() []cards.SizePreset { return cards.SizePresets }

// Fields lists the product and shop fields a text can use.
func (s *CardService) Fields() []cards.Field { return cards.Fields }

// CreateFromStarter adds a starter design in the shop's brand kit.
func (s *CardService) CreateFromStarter(kind string) (CardView, error) {
	return CreateStarterCard(s.ctx, s.shop, kind)
}

// CreateStarterCard is CreateFromStarter for the CLI and the demo.
func CreateStarterCard(ctx context.Context, shop *Shop, kind string) (CardView, error) {
	kit, _, err := loadBrandKit(ctx, shop)
	if err != nil {
		return CardView{}, err
	}
	d, ok := cards.Starter(kind, kit)
	if !ok {
		return CardView{}, apperr.Newf(apperr.CodeInvalidInput, "There is no starter card %q.", kind)
	}
	return saveDesign(ctx, shop, 0, d)
}

// Save validates and stores a design (id 0 adds a new one). Policy
// findings do not stop a save (the designer shows them); they stop export.
func (s *CardService) Save(id int64, designJSON string) (CardView, error) {
	d, err := cards.Parse([]byte(designJSON))
	if err != nil {
		return CardView{}, designError(err)
	}
	return saveDesign(s.ctx, s.shop, id, d)
}

func saveDesign(ctx context.Context, shop *Shop, id int64, d cards.Design) (CardView, error) {
	d.Name = strings.TrimSpace(d.Name)
	if p := d.Validate(); len(p) > 0 {
		return CardView{}, invalid("The card needs a fix before it can be saved.", p)
	}
	if d.Kind == "" {
		d.Kind = cards.KindCustom
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return CardView{}, err
	}
	row, err := shop.Store.SaveCardDesign(ctx, store.CardDesignRow{ID: id, Name: d.Name, Kind: d.Kind, DesignJSON: string(raw)})
	if err != nil {
		return CardView{}, err
	}
	return CardView{ID: row.ID, Design: d, UpdatedAt: row.UpdatedAt}, nil
}

// Duplicate copies a design as "Name (copy)".
func (s *CardService) Duplicate(id int64) (CardView, error) {
	v, err := s.Get(id)
	if err != nil {
		return v, err
	}
	v.Design.Name = truncate(v.Design.Name, 110) + " (copy)"
	return saveDesign(s.ctx, s.shop, 0, v.Design)
}

// Rename changes a design's name.
func (s *CardService) Rename(id int64, name string) (CardView, error) {
	v, err := s.Get(id)
	if err != nil {
		return v, err
	}
	v.Design.Name = name
	return saveDesign(s.ctx, s.shop, id, v.Design)
}

// Delete hides a design; Restore (undo) brings it back.
func (s *CardService) Delete(id int64) error { return s.shop.Store.SetCardDeleted(s.ctx, id, true) }

// Restore undoes Delete.
func (s *CardService) Restore(id int64) error { return s.shop.Store.SetCardDeleted(s.ctx, id, false) }

// Layout lays out a design (as the designer holds it, unsaved) for a SKU
// ("" = sample text) and side (front | back): the display list the canvas
// draws as SVG, with warnings and policy findings.
func (s *CardService) Layout(designJSON, sku, side string) (*cards.DisplayList, error) {
	d, err := cards.Parse([]byte(designJSON))
	if err != nil {
		return nil, designError(err)
	}
	return s.layout(d, sku, side)
}

// LayoutSaved is Layout for a stored design.
func (s *CardService) LayoutSaved(id int64, sku, side string) (*cards.DisplayList, error) {
	v, err := s.Get(id)
	if err != nil {
		return nil, err
	}
	return s.layout(v.Design, sku, side)
}

func (s *CardService) layout(d cards.Design, sku, side string) (*cards.DisplayList, error) {
	engine, err := s.engineFor(s.ctx)
	if err != nil {
		return nil, err
	}
	data, assets, err := mergeInputs(s.ctx, s.shop, sku)
	if err != nil {
		return nil, err
	}
	dl, err := engine.Layout(d, side, data, assets)
	if err != nil {
		return nil, apperr.Wrap(apperr.CodeInvalidInput, err, "This card has no "+side+" side.")
	}
	return dl, nil
}

// mergeInputs reads one SKU's fields, the shop's name and handle, and the logo.
func mergeInputs(ctx context.Context, shop *Shop, sku string) (cards.MergeData, cards.Assets, error) {
	kit, logo, err := loadBrandKit(ctx, shop)
	if err != nil {
		return cards.MergeData{}, nil, err
	}
	settings, err := shop.Settings(ctx)
	if err != nil {
		return cards.MergeData{}, nil, err
	}
	data := cards.MergeData{ShopName: settings.ShopName, ShopHandle: kit.ShopHandle}
	if sku = strings.TrimSpace(sku); sku != "" {
		p, err := shop.Store.GetProduct(ctx, sku)
		if err != nil {
			if errors.Is(err, apperr.ErrNotFound) {
				return data, nil, apperr.Newf(apperr.CodeNotFound, "There is no product %s in this shop.", sku)
			}
			return data, nil, err
		}
		data.Product = &cards.Product{Key: p.Key, Name: p.Name, Variant: p.Variation, IncludedItems: domain.IncludedLabels(p.Content.IncludedItems),
			SetupSteps: p.Content.SetupSteps, CommonIssue: p.Content.CommonIssue, CommonFixes: p.Content.CommonFixes, CareTips: p.Content.CareTips}
	}
	assets := cards.Assets{}
	if logo != nil {
		assets["brand:logo"] = *logo
	}
	return data, assets, nil
}

// FontData returns a face's TrueType file as base64 for the canvas's
// @font-face: the same bytes the PDF embeds.
func (s *CardService) FontData(family, style string) (string, error) {
	engine, err := s.engineFor(s.ctx)
	if err != nil {
		return "", err
	}
	face, ok := engine.Fonts.Face(family, style)
	if !ok {
		return "", apperr.Newf(apperr.CodeNotFound, "The font %s %s is not installed.", family, style)
	}
	return base64.StdEncoding.EncodeToString(face.Data), nil
}

// Fonts lists the font families, bundled first.
func (s *CardService) Fonts() ([]cards.FontInfo, error) {
	engine, err := s.engineFor(s.ctx)
	if err != nil {
		return nil, err
	}
	return engine.Fonts.Families(), nil
}

// AddFont asks for a TrueType file and adds it in the given style
// (regular, bold, italic, bolditalic). "" font family means cancelled.
func (s *CardService) AddFont(style string) (cards.FontInfo, error) {
	path, err := s.platform.OpenFile("Add a TrueType font", []platform.FileFilter{{DisplayName: "TrueType fonts (*.ttf)", Pattern: "*.ttf;*.TTF"}})
	if err != nil || path == "" {
		return cards.FontInfo{}, err
	}
	return s.AddFontFile(path, style)
}

// AddFontFile adds a TrueType file from disk.
func (s *CardService) AddFontFile(path, style string) (cards.FontInfo, error) {
	style = strings.ToLower(strings.TrimSpace(style))
	if style == "" {
		style = cards.StyleRegular
	}
	if style != cards.StyleRegular && style != cards.StyleBold && style != cards.StyleItalic && style != cards.StyleBoldItalic {
		return cards.FontInfo{}, apperr.Newf(apperr.CodeInvalidInput, "Font style must be regular, bold, italic or bolditalic, not %q.", style)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return cards.FontInfo{}, apperr.Newf(apperr.CodeInvalidInput, "Cannot read %s.", filepath.Base(path))
	}
	if len(data) > 20<<20 {
		return cards.FontInfo{}, apperr.New(apperr.CodeInvalidInput, "Fonts are limited to 20 MB.")
	}
	face, err := cards.ParseFace("", style, data)
	if err != nil {
		return cards.FontInfo{}, apperr.Wrap(apperr.CodeUnsupported, err,
			filepath.Base(path)+" is not a TrueType font. Choose a .ttf file (OpenType .otf and web fonts cannot be embedded in the PDF).")
	}
	engine, err := s.engineFor(s.ctx)
	if err != nil {
		return cards.FontInfo{}, err
	}
	if err := engine.Fonts.Add(face); err != nil {
		return cards.FontInfo{}, apperr.Wrap(apperr.CodeConflict, err, err.Error())
	}
	if err := s.shop.Store.SaveCardFont(s.ctx, store.CardFontRow{Family: face.Family, Style: style, TTF: data, FileName: filepath.Base(path)}); err != nil {
		return cards.FontInfo{}, err
	}
	for _, f := range engine.Fonts.Families() {
		if f.Family == face.Family {
			return f, nil
		}
	}
	return cards.FontInfo{Family: face.Family, Styles: []string{style}}, nil
}

// GetBrandKit returns the shop's brand kit (defaults before the first save).
func (s *CardService) GetBrandKit() (cards.BrandKit, error) {
	kit, _, err := loadBrandKit(s.ctx, s.shop)
	return kit, err
}

// SaveBrandKit saves colours, fonts and handle; the logo is kept.
func (s *CardService) SaveBrandKit(kit cards.BrandKit) (cards.BrandKit, error) {
	kit = kit.Normalize()
	if p := kit.Validate(); len(p) > 0 {
		return kit, invalid("The brand kit needs a fix before it can be saved.", p)
	}
	row, _, err := s.shop.Store.GetBrandKit(s.ctx)
	if err != nil {
		return kit, err
	}
	return kit, saveBrandKit(s.ctx, s.shop, kit, row.Logo, row.LogoMime)
}

// ChooseLogo asks for a PNG or JPEG and makes it the brand logo.
func (s *CardService) ChooseLogo() (cards.BrandKit, error) {
	path, err := s.platform.OpenFile("Choose your logo", []platform.FileFilter{{DisplayName: "Images (*.png, *.jpg)", Pattern: "*.png;*.jpg;*.jpeg"}})
	if err != nil || path == "" {
		kit, _, lerr := loadBrandKit(s.ctx, s.shop)
		return kit, errors.Join(err, lerr)
	}
	return s.SetLogoFile(path)
}

// SetLogoFile makes an image file the brand logo.
func (s *CardService) SetLogoFile(path string) (cards.BrandKit, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return cards.BrandKit{}, apperr.Newf(apperr.CodeInvalidInput, "Cannot read %s.", filepath.Base(path))
	}
	img, err := cards.LoadImage(data)
	if err != nil {
		return cards.BrandKit{}, apperr.Wrap(apperr.CodeUnsupported, err, filepath.Base(path)+" is not a PNG or JPEG image.")
	}
	kit, _, err := loadBrandKit(s.ctx, s.shop)
	if err != nil {
		return kit, err
	}
	kit.HasLogo, kit.LogoMime = true, img.Mime
	return kit, saveBrandKit(s.ctx, s.shop, kit, img.Data, img.Mime)
}

// RemoveLogo clears the brand logo.
func (s *CardService) RemoveLogo() (cards.BrandKit, error) {
	kit, _, err := loadBrandKit(s.ctx, s.shop)
	if err != nil {
		return kit, err
	}
	kit.HasLogo, kit.LogoMime = false, ""
	return kit, saveBrandKit(s.ctx, s.shop, kit, nil, "")
}

func saveBrandKit(ctx context.Context, shop *Shop, kit cards.BrandKit, logo []byte, mime string) error {
	kit.HasLogo = len(logo) > 0
	raw, _ := json.Marshal(kit)
	return shop.Store.SaveBrandKit(ctx, store.BrandKitRow{KitJSON: string(raw), Logo: logo, LogoMime: mime})
}

func loadBrandKit(ctx context.Context, shop *Shop) (cards.BrandKit, *cards.ImageAsset, error) {
	row, found, err := shop.Store.GetBrandKit(ctx)
	if err != nil || !found {
		return cards.DefaultBrandKit(), nil, err
	}
	var kit cards.BrandKit
	_ = json.Unmarshal([]byte(row.KitJSON), &kit)
	kit = kit.Normalize()
	kit.HasLogo = len(row.Logo) > 0
	if !kit.HasLogo {
		return kit, nil, nil
	}
	img, err := cards.LoadImage(row.Logo)
	if err != nil {
		kit.HasLogo = false
		return kit, nil, nil
	}
	return kit, img, nil
}

func designError(err error) error {
	var v *cards.ValidationError
	if errors.As(err, &v) {
		return invalid("The card design cannot be read.", v.Problems)
	}
	return err
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// CardExportRequest is what to print.
type CardExportRequest struct {
	DesignID  int64          `json:"designId"`
	SKUs      []CardSKUCount `json:"skus"` // empty: one card with sample text
	Layout    string         `json:"layout"`
	CropMarks bool           `json:"cropMarks"`
}

// CardSKUCount is one SKU and its number of cards.
type CardSKUCount struct {
	Key string `json:"key"`
	Qty int    `json:"qty"`
}

// CardExportResult is where the PDF went and what it holds.
type CardExportResult struct {
	Path string `json:"path"`
	cards.ExportResult
}

// Export asks where to save the PDF, writes it and opens it in the system
// viewer. An empty path means the seller cancelled.
func (s *CardService) Export(req CardExportRequest) (CardExportResult, error) {
	v, err := s.Get(req.DesignID)
	if err != nil {
		return CardExportResult{}, err
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, v.Design.Name) + ".pdf"
	path, err := s.platform.SaveFile("Save the cards as PDF", name, []platform.FileFilter{{DisplayName: "PDF (*.pdf)", Pattern: "*.pdf"}})
	if err != nil || path == "" {
		return CardExportResult{}, err
	}
	res, err := ExportCards(s.ctx, s.shop, req, path)
	if err != nil {
		return res, err
	}
	_ = s.platform.OpenPath(path)
	return res, nil
}

// ExportCards writes the PDF for req to path (the app and the CLI).
func ExportCards(ctx context.Context, shop *Shop, req CardExportRequest, path string) (CardExportResult, error) {
	out := CardExportResult{Path: path}
	v, err := getCard(ctx, shop, req.DesignID)
	if err != nil {
		return out, err
	}
	if v.DeletedAt != 0 {
		return out, apperr.Newf(apperr.CodeNotFound, "Card %d was deleted; restore it first.", req.DesignID)
	}
	switch req.Layout {
	case cards.LayoutSingle, cards.LayoutLetter, cards.LayoutA4:
	default:
		return out, apperr.Newf(apperr.CodeInvalidInput, "Layout must be single, letter or a4, not %q.", req.Layout)
	}
	engine, err := loadEngine(ctx, shop)
	if err != nil {
		return out, err
	}
	job := cards.ExportJob{Design: v.Design, Layout: req.Layout, CropMarks: req.CropMarks}
	skus := req.SKUs
	if len(skus) == 0 {
		skus = []CardSKUCount{{Key: "", Qty: 1}}
	}
	for _, sc := range skus {
		if sc.Qty < 1 || sc.Qty > cards.MaxExportCards {
			return out, apperr.Newf(apperr.CodeInvalidInput, "Quantity for %s must be between 1 and %d.", sc.Key, cards.MaxExportCards)
		}
		data, assets, err := mergeInputs(ctx, shop, sc.Key)
		if err != nil {
			return out, err
		}
		job.Assets = assets
		dl, err := engine.Layout(v.Design, "front", data, assets)
		if err != nil {
			return out, err
		}
		if err := cardBlocked(dl); err != nil {
			return out, err
		}
		job.Cards = append(job.Cards, cards.CardCopies{Data: data, Copies: sc.Qty})
	}
	if v.Design.Back != nil {
		dl, err := engine.Layout(v.Design, "back", job.Cards[0].Data, job.Assets)
		if err == nil {
			if err := cardBlocked(dl); err != nil {
				return out, err
			}
		}
	}
	var buf bytes.Buffer
	res, err := engine.Export(&buf, job)
	if err != nil {
		return out, apperr.Wrap(apperr.CodeInvalidInput, err, err.Error())
	}
	if err := safefile.WriteFile(path, buf.Bytes(), safefile.ModeExport); err != nil {
		return out, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Cannot write %s: %v", path, err))
	}
	out.ExportResult = res
	return out, nil
}

// cardBlocked refuses to print a card the policy guard blocks.
func cardBlocked(dl *cards.DisplayList) error {
	for _, f := range dl.Findings {
		if f.Severity == "block" {
			return apperr.Newf(apperr.CodeInvalidInput, "The card cannot be printed: \"%s\" — %s", f.Match, f.Why).
				With("elementId", f.ElementID).With("rule", f.Rule)
		}
	}
	return nil
}
