package support

import (
	"testing"

	"afterloop/backend/domain"
)

func TestEverySubcategoryHasQuestionsWithValidResolutions(t *testing.T) {
	for _, c := range domain.SupportTaxonomy {
		for _, s := range c.Subcategories {
			qs, ok := questions[s.Key]
			if !ok || len(qs) == 0 {
				t.Errorf("%s has no guided questions", s.Key)
			}
			for _, q := range qs {
				for _, a := range q.Answers {
					if a.Resolution != "" && !domain.IsResolution(a.Resolution) {
						t.Errorf("%s/%s/%s points at unknown resolution %q", s.Key, q.Key, a.Key, a.Resolution)
					}
				}
			}
		}
	}
}

func TestSuggestResolution(t *testing.T) {
	cases := []struct {
		name    string
		sub     string
		answers map[string]string
		allowed []string
		want    string
	}{
		{"nothing answered", domain.SubDamaged, nil, nil, ""},
		{"box only", domain.SubDamaged, map[string]string{"what_damaged": "box_only", "accepts_replacement": "yes"}, nil, domain.ResolutionTroubleshooting},
		{"one part", domain.SubDamaged, map[string]string{"what_damaged": "one_part"}, nil, domain.ResolutionReplacementPart},
		{"a later answer raises it", domain.SubDamaged, map[string]string{"what_damaged": "one_part", "accepts_replacement": "no"}, nil, domain.ResolutionRefund},
		{"policy without part shipping goes up to exchange", domain.SubMissingParts, map[string]string{"which_part": "yes"},
			[]string{domain.ResolutionTroubleshooting, domain.ResolutionExchange, domain.ResolutionRefund}, domain.ResolutionExchange},
		{"policy without refunds comes down to return", domain.SubDefective, map[string]string{"basic_checks": "not_fixed", "accepts_replacement": "no"},
			[]string{domain.ResolutionTroubleshooting, domain.ResolutionReturn}, domain.ResolutionReturn},
		{"unknown subcategory uses the general question", "", map[string]string{"general": "no"}, nil, domain.ResolutionExchange},
	}
	for _, c := range cases {
		got := SuggestResolution(c.sub, c.answers, c.allowed)
		if got.Resolution != c.want {
			t.Errorf("%s: got %q (pointed at %q), want %q", c.name, got.Resolution, got.PointedAt, c.want)
		}
	}
}
