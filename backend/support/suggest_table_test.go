package support

import (
	"testing"

	"afterloop/backend/domain"
)

// suggestTable is buyer messages written the way buyers write them (typos,
// capitals, no punctuation), at least four per subcategory, plus messages
// that name no problem. Every row must get exactly its subcategory.
var suggestTable = []struct {
	text string
	want string
}{
	// Shipping: tracking not updating.
	{"tracking hasnt updated since monday, is it lost?", domain.SubTrackingNotUpdating},
	{"My package is stuck in Memphis for 6 days", domain.SubTrackingNotUpdating},
	{"where is my order?? its been 2 weeks", domain.SubTrackingNotUpdating},
	{"The tracking number shows no update at all since label created", domain.SubTrackingNotUpdating},
	{"order still not here and tracking is not moving", domain.SubTrackingNotUpdating},
	// Shipping: delivered, not received.
	{"It says delivered but there's nothing at my door", domain.SubDeliveredNotReceived},
	{"marked delivered yesterday, never got it", domain.SubDeliveredNotReceived},
	{"app shows as delivered but I never received my package", domain.SubDeliveredNotReceived},
	{"I think my parcel was stolen off the porch, tracking says it was delivered", domain.SubDeliveredNotReceived},
	// Shipping: wrong address.
	{"I need to change my address, I moved last week", domain.SubWrongAddress},
	{"Sorry I typed the wrong address! Apt 4B not 4D", domain.SubWrongAddress},
	{"the shipping address on my order is wrong can you update my address", domain.SubWrongAddress},
	{"it's going to my old address please fix", domain.SubWrongAddress},
	// Product issue: damaged.
	{"Bottle arrived leaking all over the box", domain.SubDamaged},
	{"the serum pump is leaking", domain.SubDamaged},
	{"glass jar came shattered", domain.SubDamaged},
	{"Box was crushed and the lid is cracked", domain.SubDamaged},
	{"the mirror arrived with a big scratch across it", domain.SubDamaged},
	// Product issue: missing parts.
	{"The remote was missing from the box", domain.SubMissingParts},
	{"No charger included?? it's not in the package", domain.SubMissingParts},
	{"I ordered 2 packs but only received 1", domain.SubMissingParts},
	{"box came with no screws so i cant put it together", domain.SubMissingParts},
	{"the lid wasn't included", domain.SubMissingParts},
	// Product issue: defective.
	{"the left earbud is defective, no sound", domain.SubDefective},
	{"Worked great for a week then it just stopped working", domain.SubDefective},
	{"light keeps flickering after 10 minutes", domain.SubDefective},
	{"It overheats and smells like burning", domain.SubDefective},
	// Product issue: wrong variant.
	{"You sent me the wrong color, I ordered the sage green", domain.SubWrongVariant},
	{"I got the 12oz instead of the 20oz", domain.SubWrongVariant},
	{"This is not what I ordered at all", domain.SubWrongVariant},
	{"wrong item in my package, I got a phone case", domain.SubWrongVariant},
	// Usage: doesn't work.
	{"It doesn't work. Pressed the button, nothing happens", domain.SubDoesNotWork},
	{"the fan won't turn on even after charging overnight", domain.SubDoesNotWork},
	{"my phone won't pair with it", domain.SubDoesNotWork},
	{"not charging when i plug it in", domain.SubDoesNotWork},
	// Usage: sizing / fit.
	{"Shirt runs two sizes small", domain.SubSizingFit},
	{"these run really small, should have sized up", domain.SubSizingFit},
	{"The hoodie runs a size large", domain.SubSizingFit},
	{"Pants are way too tight around the waist", domain.SubSizingFit},
	{"the jacket is too big on me, can I exchange for a smaller size", domain.SubSizingFit},
	{"do I need to size up or size down? I'm between a M and L", domain.SubSizingFit},
	{"Ring is too loose, slides right off", domain.SubSizingFit},
	{"the sleeves are too short for me", domain.SubSizingFit},
	{"leggings fit way smaller than the size chart", domain.SubSizingFit},
	{"Ordered my usual size and it's tight in the shoulders", domain.SubSizingFit},
	{"the dress is huge on me, runs a full size big", domain.SubSizingFit},
	{"Shoes are half a size too small", domain.SubSizingFit},
	{"it fits small, I'd say order one size up", domain.SubSizingFit},
	{"Cover doesn't fit my phone model", domain.SubSizingFit},
	// Usage: setup error.
	{"how do I connect it to the app? The manual doesn't say", domain.SubSetupError},
	{"Can't figure out how to set up the timer", domain.SubSetupError},
	{"Instructions are so confusing, which button resets it?", domain.SubSetupError},
	{"need help assembling the shelf, step 4 makes no sense", domain.SubSetupError},
	// Expectation: color / size perception.
	{"the color looks different than the pictures, it's more orange", domain.SubColorSizePerception},
	{"Much smaller than I expected from the video", domain.SubColorSizePerception},
	{"Looks nothing like the photo, kinda looks cheap", domain.SubColorSizePerception},
	{"The pink is way darker than on the listing", domain.SubColorSizePerception},
	// Expectation: performance assumption.
	{"not as strong as the video showed, barely holds anything", domain.SubPerformanceAssumption},
	{"battery only lasts 2 hours, I thought it would last all day", domain.SubPerformanceAssumption},
	{"I expected it to be way brighter, it's too weak for my room", domain.SubPerformanceAssumption},
	{"the suction is weaker than advertised", domain.SubPerformanceAssumption},
	// No problem named.
	{"Thank you so much, love it!", ""},
	{"Just wanted to say the packaging was beautiful", ""},
	{"Do you have this in blue?", ""},
	{"ok thanks", ""},
}

func TestSuggestTableCoversEverySubcategory(t *testing.T) {
	if len(suggestTable) < 60 {
		t.Fatalf("the table has %d messages, want at least 60", len(suggestTable))
	}
	per := map[string]int{}
	wrong := 0
	for _, c := range suggestTable {
		got := Suggest(c.text)
		per[c.want]++
		if got.Subcategory != c.want {
			wrong++
			t.Errorf("%q: got %q (%.2f), want %q", c.text, got.Subcategory, got.Confidence, c.want)
		}
	}
	for _, cat := range domain.SupportTaxonomy {
		for _, sub := range cat.Subcategories {
			if per[sub.Key] < 4 {
				t.Errorf("subcategory %s has %d messages in the table, want at least 4", sub.Key, per[sub.Key])
			}
		}
	}
	t.Logf("%d of %d messages categorised as expected", len(suggestTable)-wrong, len(suggestTable))
}
