package service

import (
	"strings"
	"testing"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/platform"
)

// A saved reply the policy guard blocks is refused with the findings in
// details.findings, whether the blocked words are in the body or in a
// placeholder's fallback; nothing is saved.
func TestSavedReplyTheGuardBlocksIsRefused(t *testing.T) {
	svc := NewSupportService(newShop(t), &platform.Recorder{})
	for _, body := range []string{
		"We'll give you a 20% discount if you leave a 5-star review.",
		"Please email us at help@shop.com so we can sort it out.",
		"Could you share your email address with us?",
	} {
		_, err := svc.SaveReply(domain.SavedReply{Title: "bad", Body: body})
		if err == nil {
			t.Errorf("%q was saved", body)
			continue
		}
		if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || !strings.Contains(e.Details["findings"], "block") {
			t.Errorf("%q must be refused with findings: %v", body, err)
		}
	}
	_, err := svc.SaveReply(domain.SavedReply{Title: "fb", Body: "Hi {{buyer_name}}",
		Fallbacks: map[string]string{"buyer_name": "email me at a@b.com"}})
	if err == nil {
		t.Fatal("a reply with a blocked fallback was saved")
	}
	if e := apperr.From(err); e.Code != apperr.CodeInvalidInput || !strings.Contains(e.Message, "breaks TikTok Shop's rules") {
		t.Fatalf("blocked fallback: %v", err)
	}
	if n, _ := svc.shop.Store.SavedRepliesCount(svc.ctx); n != 0 {
		t.Fatalf("%d refused replies were saved", n)
	}
	if _, err := svc.SaveReply(domain.SavedReply{Title: "ok", Body: "Sorry about the cracked lid, {{buyer_name}}. A new one ships today."}); err != nil {
		t.Fatalf("a clean reply was refused: %v", err)
	}
}
