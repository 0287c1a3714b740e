package support

import (
	"strings"
	"testing"

	"afterloop/backend/domain"
	"afterloop/backend/policy"
)

func TestRenderReplyPlaceholders(t *testing.T) {
	body := "Hi {{buyer_name}}, about {{ order_id }}: send a photo of {{input:photo_of}} within {{hours}} h. {{product}}"
	fb := map[string]string{"buyer_name": "there", "input:photo_of": "the box"}
	full := RenderReply(body, fb, map[string]string{"buyer_name": "Mia", "order_id": "5771", "product": "Lamp", "hours": "24"},
		map[string]string{"photo_of": "the cracked shade"})
	if full.Text != "Hi Mia, about 5771: send a photo of the cracked shade within 24 h. Lamp" || len(full.Unfilled) != 0 {
		t.Fatalf("%+v", full)
	}
	empty := RenderReply(body, fb, map[string]string{"buyer_name": "  "}, nil)
	if !strings.HasPrefix(empty.Text, "Hi there, about {{order_id}}: send a photo of the box within {{hours}} h.") {
		t.Fatalf("%q", empty.Text)
	}
	want := []string{"order_id", "hours", "product"}
	if strings.Join(empty.Unfilled, ",") != strings.Join(want, ",") {
		t.Fatalf("unfilled %v, want %v", empty.Unfilled, want)
	}
	if got := UnknownReplyPlaceholders("{{buyer_name}} {{coupon}} {{input:x}} {{coupon}}"); len(got) != 1 || got[0] != "coupon" {
		t.Fatalf("unknown %v", got)
	}
}

func TestDefaultRepliesPassTheGuard(t *testing.T) {
	subs := map[string]bool{}
	shortcuts := map[string]bool{}
	for _, r := range DefaultSavedReplies() {
		ctx := policy.Context{Purpose: policy.PurposeSupportReply}
		texts := []string{r.Body, RenderReply(r.Body, r.Fallbacks, nil, nil).Text}
		for _, v := range r.Fallbacks {
			texts = append(texts, v)
		}
		for _, text := range texts {
			if fs := policy.Check(text, ctx); policy.Blocking(fs) {
				t.Errorf("%s blocked: %+v", r.Title, fs)
			}
		}
		if u := RenderReply(r.Body, r.Fallbacks, nil, nil).Unfilled; len(u) > 0 {
			t.Errorf("%s: no fallback for %v", r.Title, u)
		}
		if u := UnknownReplyPlaceholders(r.Body); len(u) > 0 {
			t.Errorf("%s: unknown placeholders %v", r.Title, u)
		}
		if shortcuts[r.Shortcut] {
			t.Errorf("duplicate shortcut %q", r.Shortcut)
		}
		shortcuts[r.Shortcut] = true
		subs[r.Subcategory] = true
	}
	for _, s := range []string{domain.SubDamaged, domain.SubMissingParts, domain.SubWrongVariant, domain.SubDoesNotWork,
		domain.SubSizingFit, domain.SubTrackingNotUpdating, domain.SubDeliveredNotReceived, ""} {
		if !subs[s] {
			t.Errorf("no default reply for %q", s)
		}
	}
}

func TestRenderReplyNeverShowsAMaskedValue(t *testing.T) {
	fb := map[string]string{"buyer_name": "there"}
	for _, masked := range []string{"m***kai1958", "J*** D***", "c***3", "**"} {
		got := RenderReply("Hi {{buyer_name}}!", fb, map[string]string{"buyer_name": masked}, nil)
		if got.Text != "Hi there!" {
			t.Errorf("%q rendered as %q", masked, got.Text)
		}
		if got := RenderReply("Hi {{buyer_name}}!", nil, map[string]string{"buyer_name": masked}, nil); len(got.Unfilled) != 1 {
			t.Errorf("%q without fallback: %+v", masked, got)
		}
	}
	if got := RenderReply("About {{product}}", nil, map[string]string{"product": "5* Hotel Pillow"}, nil); got.Text != "About 5* Hotel Pillow" {
		t.Errorf("a product name with a star is not a mask: %q", got.Text)
	}
}
