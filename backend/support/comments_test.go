package support

import (
	"strings"
	"testing"

	"afterloop/backend/domain"
	"afterloop/backend/policy"
)

// Every draft passes the policy guard as a support reply, asks for the order
// in chat (the clarify step) and never asks to change a review.
func TestCommentReplyDraftsAreCalmAndAllowed(t *testing.T) {
	subs := []string{""}
	for _, c := range domain.SupportTaxonomy {
		for _, s := range c.Subcategories {
			subs = append(subs, s.Key)
		}
	}
	for _, sub := range subs {
		drafts := CommentReplyDrafts(sub)
		if len(drafts) != 3 {
			t.Fatalf("%s: %d drafts", sub, len(drafts))
		}
		for _, d := range drafts {
			if f := policy.Check(d, policy.Context{Purpose: policy.PurposeSupportReply}); len(f) > 0 {
				t.Errorf("%s: draft %q has findings %+v", sub, d, f)
			}
			low := strings.ToLower(d)
			if !strings.Contains(low, "order number in tiktok chat") {
				t.Errorf("%s: draft %q does not ask for the order number in chat", sub, d)
			}
			for _, bad := range []string{"review", "delete", "remove", "edit", "you are wrong", "actually", "your fault"} {
				if strings.Contains(low, bad) {
					t.Errorf("%s: draft %q contains %q", sub, d, bad)
				}
			}
		}
	}
}

// Every defect has its own words in the drafts (never "the damaged problem").
func TestEveryDefectHasItsOwnWords(t *testing.T) {
	for _, c := range domain.SupportTaxonomy {
		for _, s := range c.Subcategories {
			if issueFor[s.Key] == "" || actionFor[s.Key] == "" {
				t.Errorf("%s has no draft wording", s.Key)
			}
		}
	}
}
