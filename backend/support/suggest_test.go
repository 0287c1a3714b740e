package support

import (
	"testing"

	"afterloop/backend/domain"
)

func TestSuggestCategoryFromRealMessages(t *testing.T) {
	cases := []struct {
		text string
		want string // subcategory; "" = no suggestion
	}{
		{"Hi, my tracking hasn't updated in 5 days. Where is my order??", domain.SubTrackingNotUpdating},
		{"package has been stuck in the same place for a week, not moving at all", domain.SubTrackingNotUpdating},
		{"WHERE IS MY PACKAGE", domain.SubTrackingNotUpdating},
		{"It says delivered but I never got it. Nothing on my porch.", domain.SubDeliveredNotReceived},
		{"tracking shows delivered yesterday, I was home all day and never received anything", domain.SubDeliveredNotReceived},
		{"marked as delivered but its not in my mailbox, I think it was stolen", domain.SubDeliveredNotReceived},
		{"I put the wrong address, can you change the address to 12 Elm St?", domain.SubWrongAddress},
		{"oops it's going to my old address, please help", domain.SubWrongAddress},
		{"The lamp arrived broken, glass everywhere :(", domain.SubDamaged},
		{"box was crushed and the bottle is LEAKING", domain.SubDamaged},
		{"screen is cracked right out of the box", domain.SubDamaged},
		{"Mug came chipped on the rim.", domain.SubDamaged},
		{"The charger was not included in my package", domain.SubMissingParts},
		{"missing 2 screws, can't finish it", domain.SubMissingParts},
		{"it didn't come with the remote", domain.SubMissingParts},
		{"I ordered 3 but only got one", domain.SubMissingParts},
		{"This is defective, the left earbud crackles", domain.SubDefective},
		{"worked for 2 days then stopped working completely", domain.SubDefective},
		{"It keeps turning off by itself after a few minutes", domain.SubDefective},
		{"You sent me the wrong color, I ordered black", domain.SubWrongVariant},
		{"this is not what I ordered, I got the mini instead of the pro", domain.SubWrongVariant},
		{"It doesn't turn on at all.", domain.SubDoesNotWork},
		{"won’t charge, light doesnt even come on", domain.SubDoesNotWork},
		{"i plug it in and nothing happens", domain.SubDoesNotWork},
		{"Way too small, I normally wear a M", domain.SubSizingFit},
		{"the shoes run small, does not fit, can I exchange for a bigger one", domain.SubSizingFit},
		{"how do I set up the timer? the instructions are confusing", domain.SubSetupError},
		{"Can't figure out how to assemble the stand", domain.SubSetupError},
		{"The color looks different from the video, much darker than I thought", domain.SubColorSizePerception},
		{"Looks nothing like the picture. Misleading!!", domain.SubColorSizePerception},
		{"it's not as strong as I expected, barely holds my phone", domain.SubPerformanceAssumption},
		{"battery only lasts 20 minutes, I thought it would last all day", domain.SubPerformanceAssumption},
		{"Love it, thanks so much!", ""},
		{"", ""},
	}
	for _, c := range cases {
		cat, sub, conf := SuggestCategory(c.text)
		if sub != c.want {
			t.Errorf("%q: got %s/%s (%.2f), want %s", c.text, cat, sub, conf, c.want)
			continue
		}
		if c.want == "" {
			if cat != "" || conf != 0 {
				t.Errorf("%q: want no suggestion, got %s %.2f", c.text, cat, conf)
			}
			continue
		}
		wantCat, _, _ := domain.FindSubcategory(c.want)
		if cat != wantCat.Key {
			t.Errorf("%q: category %s, want %s", c.text, cat, wantCat.Key)
		}
		if conf <= 0 || conf > 1 {
			t.Errorf("%q: confidence %.2f out of (0, 1]", c.text, conf)
		}
	}
}

func TestConfidenceIsLowerForMixedOrWeakSignals(t *testing.T) {
	_, _, clear := SuggestCategory("The vase arrived cracked")
	_, _, weak := SuggestCategory("any tracking?")
	_, _, mixed := SuggestCategory("it arrived cracked and doesn't turn on")
	if !(clear > mixed && clear > weak) {
		t.Fatalf("clear %.2f should beat mixed %.2f and weak %.2f", clear, mixed, weak)
	}
	if clear != 1 {
		t.Fatalf("one outright phrase and nothing else should be certain, got %.2f", clear)
	}
}

func TestNormalizeHandlesPunctuationAndQuotes(t *testing.T) {
	for in, want := range map[string]string{
		"Doesn’t WORK!!!":     "doesnt work",
		"  wont...charge?? ":  "wont charge",
		"too-small/too-tight": "too small too tight",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEveryCuePointsIntoTheTaxonomy(t *testing.T) {
	for _, c := range cues {
		if _, _, ok := domain.FindSubcategory(c.subcategory); !ok {
			t.Errorf("cue %q points to unknown subcategory %q", c.phrase, c.subcategory)
		}
		if normalize(c.phrase) != stripTrailingSpace(c.phrase) {
			t.Errorf("cue %q is not normalized, so it can never match", c.phrase)
		}
	}
}

func stripTrailingSpace(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}
