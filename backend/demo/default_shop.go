package demo

// DefaultShop returns "Juniper & Pine", a small lifestyle shop with 12 SKUs in
// apparel, beauty, home and electronics. Two SKUs have no Seller SKU (the
// importer must key them by SKU ID) and three carry planted problems: a lamp
// that flickers, a serum whose pump leaked until a fix six weeks ago, and a
// charging stand that often ships without its cable or adapter.
func DefaultShop() ShopSpec {
	return ShopSpec{
		Name:           "Juniper & Pine",
		Handle:         "juniperandpine",
		TimeZone:       "America/Los_Angeles",
		Currency:       "USD",
		ProcessingDays: 2,
		Team: []TeamMember{
			{Name: "Maya Okafor", Role: "owner"},
			{Name: "Daniel Reyes", Role: "support"},
			{Name: "Hannah Kim", Role: "operations"},
		},
		Products: []Product{
			tee("JP-TEE-SGE-M", "1729514837260014501", "Sage, M", 10),
			tee("JP-TEE-SGE-L", "1729514837260014502", "Sage, L", 8),
			{
				SellerSKU: "", SKUID: "1729514837260021907",
				Name: "Cloud Fleece Jogger - Relaxed Fit Brushed Sweatpants", Variation: "Oatmeal, S",
				Category: CategoryApparel, PriceCents: 4200, Popularity: 6, WeightGrams: 420,
				IncludedItems: []string{"1 × fleece jogger"},
				SetupSteps:    []string{"Pull the drawcord ends out evenly before the first wash", "Wash inside out, cold, with similar colors", "Hang dry for the softest brushed feel"},
				CommonIssue:   "Waist feels loose",
				CommonFixes:   []string{"Tighten the inner drawcord and double-knot it", "Check the size chart: waist 26-28 in for S", "Exchange for XS through TikTok Shop chat"},
				CareTips:      []string{"Cold wash inside out", "Skip fabric softener to keep the fleece soft", "Low heat or hang dry"},
			},
			{
				SellerSKU: "JP-SRM-VC30", SKUID: "1729514837260033118",
				Name: "Vitamin C Glow Serum with Hyaluronic Acid", Variation: "30 ml",
				Category: CategoryBeauty, PriceCents: 2800, Popularity: 12, WeightGrams: 90, UsageCycleDays: 45,
				IncludedItems: []string{"30 ml serum bottle with pump", "Pump lock clip", "Usage card"},
				SetupSteps:    []string{"Remove the pump lock clip", "Press the pump 5-6 times to prime it", "Apply 2-3 drops to clean, dry skin in the morning"},
				CommonIssue:   "Pump is stiff or leaks at the collar",
				CommonFixes:   []string{"Twist the collar clockwise until it clicks", "Press 5-6 times to prime a stiff pump", "Store upright and below 77°F"},
				CareTips:      []string{"Keep the cap on between uses", "Store away from sunlight", "Use within 6 months of opening"},
				Defect: &Defect{
					Issue: "Pump leaks in transit", Reason: "Damaged item", ReturnRate: 0.15, FixedDaysAgo: 42,
					Notes: []string{"Pump leaked, serum all over the box", "Bottle arrived half empty, the pump was loose", "Leaking from the pump, sticky mess in the bag"},
				},
			},
			{
				SellerSKU: "JP-LIP-TRIO", SKUID: "1729514837260033406",
				Name: "Whipped Lip Balm Trio - Shea Butter & Jojoba", Variation: "Vanilla, Mint, Honey",
				Category: CategoryBeauty, PriceCents: 1650, Popularity: 9, WeightGrams: 60, UsageCycleDays: 60,
				IncludedItems: []string{"Vanilla lip balm", "Mint lip balm", "Honey lip balm"},
				SetupSteps:    []string{"Twist the tin lid off", "Warm a little with your fingertip", "Apply before bed for the best results"},
				CommonIssue:   "Balm looks grainy after warm shipping",
				CommonFixes:   []string{"Let it rest 10 minutes in the fridge", "Warm between fingers: the texture comes back", "Keep it out of a hot car"},
				CareTips:      []string{"Store below 80°F", "Close the lid tightly", "Use within 12 months"},
			},
			{
				SellerSKU: "", SKUID: "1729514837260034052",
				Name: "Reusable Bamboo Cleansing Pads with Laundry Bag", Variation: "16 pads, Natural",
				Category: CategoryBeauty, PriceCents: 1299, Popularity: 7, WeightGrams: 110, UsageCycleDays: 90,
				IncludedItems: []string{"16 bamboo cleansing pads", "Mesh laundry bag"},
				SetupSteps:    []string{"Rinse the pads once before first use", "Use the soft side with cleanser or toner", "Put used pads in the mesh bag for the wash"},
				CommonIssue:   "Pads feel stiff after washing",
				CommonFixes:   []string{"Skip fabric softener and dryer sheets", "Tumble dry on low with the bag closed", "Rub the pad gently to soften it"},
				CareTips:      []string{"Wash warm in the mesh bag", "Replace every 3 months", "Store dry"},
			},
			{
				SellerSKU: "JP-LMP-MSH-AMB", SKUID: "1729514837260045733",
				Name: "Mushroom Glass Table Lamp - Dimmable Bedside Light", Variation: "Amber",
				Category: CategoryHome, PriceCents: 4600, Popularity: 7, WeightGrams: 1400,
				IncludedItems: []string{"Glass lamp shade", "Lamp base with inline dimmer", "4 W LED bulb (E12)", "Quick start card"},
				SetupSteps:    []string{"Screw the bulb into the base firmly", "Set the glass shade on the base, notch to the back", "Plug in and slide the dimmer up"},
				CommonIssue:   "Light flickers",
				CommonFixes:   []string{"Screw the bulb in firmly until it stops turning", "Use the included 4 W LED bulb, not a stronger one", "Slide the dimmer fully to one end, then back"},
				CareTips:      []string{"Dust the shade with a dry microfiber cloth", "Let the bulb cool before touching", "Keep the cord away from heaters"},
				Defect: &Defect{
					Issue: "Lamp flickers after warming up", Reason: "Defective", ReturnRate: 0.15,
					Notes: []string{"Lamp starts flickering after about 15 minutes", "Flickers constantly, tried a different bulb too", "Light flickers whenever I touch the dimmer"},
				},
			},
			{
				SellerSKU: "JP-CDL-CDR-8", SKUID: "1729514837260046190",
				Name: "Cedar & Sage Soy Candle in Amber Jar", Variation: "8 oz",
				Category: CategoryHome, PriceCents: 2200, Popularity: 8, WeightGrams: 480, UsageCycleDays: 40,
				IncludedItems: []string{"8 oz candle with lid"},
				SetupSteps:    []string{"Trim the wick to 1/4 in", "Burn 2-3 hours the first time so the top melts edge to edge", "Put the lid on to put it out without smoke"},
				CommonIssue:   "Candle tunnels down the middle",
				CommonFixes:   []string{"Burn 2-3 hours so the whole top melts", "Wrap foil around the rim for one burn to even it out", "Trim the wick before every burn"},
				CareTips:      []string{"Never leave a burning candle alone", "Keep away from drafts", "Stop when 1/2 in of wax is left"},
				// A packaging problem, not a product one: the glass jar ships
				// in an unpadded mailer and breaks on the way.
				Defect: &Defect{
					Issue: "Candle jar breaks in transit (mailer has no padding)", Reason: "Damaged item", ReturnRate: 0.14,
					Notes: []string{"Jar arrived cracked, wax everywhere", "The glass broke in the mailer, no padding at all", "Box was crushed and the jar shattered"},
				},
			},
			{
				SellerSKU: "JP-ORG-BMB5", SKUID: "1729514837260047328",
				Name: "Bamboo Drawer Organizer Set - Expandable Dividers", Variation: "5 pieces",
				Category: CategoryHome, PriceCents: 3499, Popularity: 5, WeightGrams: 1100,
				IncludedItems: []string{"2 long trays", "2 square trays", "1 expandable divider", "8 non-slip pads"},
				SetupSteps:    []string{"Measure the drawer before placing the trays", "Stick the non-slip pads under each tray", "Extend the divider until it fits snugly"},
				CommonIssue:   "Trays slide around in the drawer",
				CommonFixes:   []string{"Stick on the non-slip pads from the small bag", "Use the expandable divider to fill the gap", "Wipe the drawer before placing the pads"},
				CareTips:      []string{"Wipe with a damp cloth", "No dishwasher", "Oil lightly once a year"},
			},
			{
				SellerSKU: "JP-CHG-3IN1-BLK", SKUID: "1729514837260058915",
				Name: "3-in-1 Magnetic Charging Stand for Phone, Watch & Earbuds", Variation: "Matte Black",
				Category: CategoryElectronics, PriceCents: 3999, Popularity: 8, WeightGrams: 520,
				IncludedItems: []string{"Charging stand", "1 m USB-C to USB-C cable", "20 W wall adapter", "Quick start card"},
				SetupSteps:    []string{"Connect the stand to the 20 W adapter with the included cable", "Wait for the light ring to turn white", "Place the phone on the magnetic pad, watch on the arm"},
				CommonIssue:   "Phone charges slowly or not at all",
				CommonFixes:   []string{"Use the included 20 W adapter: laptop ports are too weak", "Remove cases thicker than 5 mm", "Center the phone on the magnet until it clicks"},
				CareTips:      []string{"Keep metal cards and keys off the pad", "Unplug during storms", "Wipe with a dry cloth"},
				Defect: &Defect{
					Issue: "Cable or wall adapter missing from the box", Reason: "Missing parts", ReturnRate: 0.12,
					Notes: []string{"No wall adapter in the box", "The USB-C cable was missing", "Box only had the stand, no cable or plug"},
				},
			},
			{
				SellerSKU: "JP-SPK-MINI-GRN", SKUID: "1729514837260059064",
				Name: "Mini Waterproof Bluetooth Speaker with Strap", Variation: "Forest Green",
				Category: CategoryElectronics, PriceCents: 2999, Popularity: 6, WeightGrams: 260,
				IncludedItems: []string{"Speaker", "USB-C charging cable", "Carry strap"},
				SetupSteps:    []string{"Charge fully before first use (about 2 hours)", "Hold the power button 3 seconds until it blinks blue", "Pick \"JP Mini\" in your phone's Bluetooth list"},
				CommonIssue:   "Speaker won't pair",
				CommonFixes:   []string{"Forget \"JP Mini\" on the phone and pair again", "Hold play and volume-up 5 seconds to reset", "Charge for 30 minutes if the light stays red"},
				CareTips:      []string{"Close the charging flap before water", "Rinse sand off with fresh water", "Charge every 3 months in storage"},
			},
			{
				SellerSKU: "JP-RL10-TRI", SKUID: "1729514837260059711",
				Name: "10\" LED Ring Light with Tripod Stand and Phone Holder", Variation: "10 in, Black",
				Category: CategoryElectronics, PriceCents: 3299, Popularity: 5, WeightGrams: 950,
				IncludedItems: []string{"10 in ring light", "Extendable tripod", "Phone holder", "Bluetooth remote", "USB power cable"},
				SetupSteps:    []string{"Extend the tripod legs and lock them", "Screw the ring light onto the tripod head", "Clip the phone holder in the center and pair the remote"},
				CommonIssue:   "Remote does not take photos",
				CommonFixes:   []string{"Pull out the battery tab in the remote", "Pair \"AB Shutter\" in Bluetooth settings", "Use the camera app's volume shutter option"},
				CareTips:      []string{"Fold the tripod before moving it", "Power from a 2 A USB port", "Wipe the diffuser with a dry cloth"},
			},
		},
	}
}

func tee(sellerSKU, skuID, variation string, popularity int) Product {
	return Product{
		SellerSKU: sellerSKU, SKUID: skuID,
		Name: "Everyday Organic Cotton Tee - Relaxed Crew Neck", Variation: variation,
		Category: CategoryApparel, PriceCents: 2400, Popularity: popularity, WeightGrams: 180,
		IncludedItems: []string{"1 × organic cotton tee"},
		SetupSteps:    []string{"Wash inside out in cold water before the first wear", "Tumble dry low or hang dry", "Size up one for an oversized fit"},
		CommonIssue:   "Fits smaller than expected after washing",
		CommonFixes:   []string{"Wash cold and hang dry to keep the fit", "Check the size chart: chest 20.5 in flat for M", "Exchange for the next size up through TikTok Shop chat"},
		CareTips:      []string{"Cold wash with similar colors", "No bleach", "Warm iron inside out"},
	}
}
