package cards

import "strings"

// BrandKit is the shop's look, applied to starter designs.
type BrandKit struct {
	PrimaryColor    string `json:"primaryColor"`
	AccentColor     string `json:"accentColor"`
	TextColor       string `json:"textColor"`
	BackgroundColor string `json:"backgroundColor"`
	HeadingFont     string `json:"headingFont"`
	BodyFont        string `json:"bodyFont"`
	ShopHandle      string `json:"shopHandle"` // without the @
	HasLogo         bool   `json:"hasLogo"`
	LogoMime        string `json:"logoMime,omitempty"`
	UpdatedAt       int64  `json:"updatedAt"`
}

// DefaultBrandKit is used until the seller sets one.
func DefaultBrandKit() BrandKit {
	return BrandKit{PrimaryColor: "#1F6F5C", AccentColor: "#F2B134", TextColor: "#1F2933", BackgroundColor: "#FFFFFF",
		HeadingFont: "Liberation Sans", BodyFont: "Carlito"}
}

// Normalize fills gaps from the defaults and tidies values.
func (k BrandKit) Normalize() BrandKit {
	def := DefaultBrandKit()
	for _, p := range []struct {
		v *string
		d string
	}{{&k.PrimaryColor, def.PrimaryColor}, {&k.AccentColor, def.AccentColor},
		{&k.TextColor, def.TextColor}, {&k.BackgroundColor, def.BackgroundColor}, {&k.HeadingFont, def.HeadingFont}, {&k.BodyFont, def.BodyFont}} {
		if strings.TrimSpace(*p.v) == "" {
			*p.v = p.d
		}
	}
	k.ShopHandle = strings.TrimPrefix(strings.TrimSpace(k.ShopHandle), "@")
	return k
}

// Validate returns field -> problem.
func (k BrandKit) Validate() map[string]string {
	p := map[string]string{}
	for field, c := range map[string]string{"primaryColor": k.PrimaryColor, "accentColor": k.AccentColor, "textColor": k.TextColor, "backgroundColor": k.BackgroundColor} {
		if !validColor(c) {
			p[field] = "Colors are written #RRGGBB."
		}
	}
	if strings.ContainsAny(k.ShopHandle, " @/") || len(k.ShopHandle) > 40 {
		p["shopHandle"] = "The handle is your TikTok name without the @, for example juniperhome."
	}
	return p
}

// StarterInfo describes a starter for the library.
type StarterInfo struct {
	Kind        string `json:"kind"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Starters lists the five starter designs.
var Starters = []StarterInfo{
	{KindWhatsInBox, "What's in the box", "A checklist of the SKU's included items."},
	{KindQuickStart, "Quick start", "The setup steps and the most common fix."},
	{KindUnboxing, "Share your unboxing", "Invites buyers to film their unboxing; no reward."},
	{KindSupport, "Support", "How to reach the shop in TikTok Shop chat, with the order number and a photo."},
	{KindCare, "Care and use", "The SKU's care tips."},
}

// Starter builds a starter design of a kind in the brand kit, 4 × 6 in.
func Starter(kind string, kit BrandKit) (Design, bool) {
	kit = kit.Normalize()
	size, bleed, _ := PresetSize("4x6", "portrait")
	d := Design{Schema: SchemaVersion, Kind: kind, Size: size, BleedMm: bleed, SafeMm: bleed}
	const m = 8.0
	w, h := size.WidthMm, size.HeightMm
	var title, subtitle, body, note string
	bodySize := 11.0
	switch kind {
	case KindWhatsInBox:
		d.Name, title = "What's in the box", "What's in the box"
		subtitle = "{{product_name}}"
		body = "Please check that everything is here:\n{{included_items}}"
		note = "Something missing? Message us in TikTok Shop chat with your order number and we'll sort it out."
	case KindQuickStart:
		d.Name, title = "Quick start", "Quick start"
		subtitle = "{{product_name}}"
		body = "{{setup_steps}}"
		note = "Not working as expected? {{common_fix}}"
	case KindUnboxing:
		d.Name, title = "Share your unboxing", "Share your unboxing"
		subtitle = "We'd love to see it!"
		body = "Opening your {{product_name}} for the first time? Film a short video: the parcel, the first look, and how you set it up.\n\nTag {{shop_handle}} on TikTok so we can see it. Totally optional, just for fun."
		bodySize = 12
	case KindSupport:
		d.Name, title = "Need a hand?", "Need a hand?"
		subtitle = "We're here to help"
		body = "If anything is wrong with your {{product_name}}, message us in TikTok Shop chat: open the order in the TikTok app and tap Contact seller.\n\nPlease include:\n• your order number\n• a photo of the problem\n\nWe usually answer within one business day."
	case KindCare:
		d.Name, title = "Care and use", "Care and use"
		subtitle = "{{product_name}}"
		body = "{{care_tips}}"
		note = "Questions? We're in TikTok Shop chat."
	default:
		return d, false
	}
	titleW := w - 2*m
	front := Side{Background: Background{Color: kit.BackgroundColor}}
	add := func(e Element) { e.ID = kind + "-" + e.ID; front.Elements = append(front.Elements, e) }
	add(Element{ID: "band", Type: ElementRect, X: -bleed, Y: -bleed, W: w + 2*bleed, H: 36 + bleed, Fill: kit.PrimaryColor})
	add(Element{ID: "accent", Type: ElementRect, X: -bleed, Y: 36, W: w + 2*bleed, H: 2.2, Fill: kit.AccentColor})
	if kit.HasLogo {
		titleW -= 26
		add(Element{ID: "logo", Type: ElementImage, X: w - m - 22, Y: 7, W: 22, H: 22, Src: "brand:logo"})
	}
	add(Element{ID: "title", Type: ElementText, X: m, Y: 8, W: titleW, H: 22, Text: title, Font: kit.HeadingFont, SizePt: 18, Bold: true,
		Color: "#FFFFFF", VAlign: "middle", LineHeight: 1.1})
	add(Element{ID: "subtitle", Type: ElementText, X: m, Y: 44, W: w - 2*m, H: 11, Text: subtitle, Font: kit.HeadingFont, SizePt: 13, Bold: true,
		Color: kit.PrimaryColor, LineHeight: 1.15})
	bodyH := 70.0
	if note == "" {
		bodyH = 88
	}
	add(Element{ID: "body", Type: ElementText, X: m, Y: 58, W: w - 2*m, H: bodyH, Text: body, Font: kit.BodyFont, SizePt: bodySize,
		Color: kit.TextColor, LineHeight: 1.3})
	if note != "" {
		add(Element{ID: "note-bg", Type: ElementRect, X: m - 2, Y: 110, W: w - 2*m + 4, H: 20, Fill: tint(kit.AccentColor), RadiusMm: 2})
		add(Element{ID: "note", Type: ElementText, X: m + 1, Y: 111.5, W: w - 2*m - 2, H: 17, Text: note, Font: kit.BodyFont, SizePt: 9.5,
			Color: kit.TextColor, LineHeight: 1.2, VAlign: "middle"})
	}
	add(Element{ID: "rule", Type: ElementLine, X: m, Y: h - 16, W: w - 2*m, H: 0, Stroke: kit.AccentColor, StrokeMm: 0.6})
	add(Element{ID: "footer", Type: ElementText, X: m, Y: h - 13.5, W: w - 2*m, H: 6, Text: "{{shop_name}} {{shop_handle}}", Font: kit.BodyFont,
		SizePt: 9, Color: kit.TextColor, Align: "center"})
	d.Front = front
	return d, true
}

// tint mixes a colour with white (80 % white) for soft boxes.
func tint(c string) string {
	r, g, b, ok := parseColor(c)
	if !ok {
		return "#F5F5F5"
	}
	mix := func(v int) int { return v + (255-v)*4/5 }
	return normColor(string([]byte{'#', hexDigit(mix(r) >> 4), hexDigit(mix(r) & 15), hexDigit(mix(g) >> 4), hexDigit(mix(g) & 15), hexDigit(mix(b) >> 4), hexDigit(mix(b) & 15)}))
}

func hexDigit(v int) byte { return "0123456789ABCDEF"[v] }
