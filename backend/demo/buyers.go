package demo

import (
	"math/rand/v2"
	"strconv"
)

// buyer is one fictional customer. Contact details are masked the way TikTok
// Shop masks them in exports.
type buyer struct {
	username  string // e.g. "sunny.days22"
	recipient string // e.g. "J*** D***"
	phone     string // e.g. "(+1)213*****07"
	place     *place
	payment   string
}

type place struct {
	state, city, zip, areaCode string
	taxBasisPoints             int64 // combined sales tax, 1/100 of a percent
}

var places = []place{
	{"California", "Los Angeles", "90012", "213", 950},
	{"California", "San Diego", "92101", "619", 775},
	{"Texas", "Houston", "77002", "713", 825},
	{"Texas", "Austin", "78701", "512", 825},
	{"New York", "Brooklyn", "11215", "718", 888},
	{"Florida", "Orlando", "32801", "407", 650},
	{"Florida", "Miami", "33130", "305", 700},
	{"Illinois", "Chicago", "60614", "312", 1025},
	{"Washington", "Seattle", "98103", "206", 1035},
	{"Georgia", "Atlanta", "30308", "404", 890},
	{"Arizona", "Phoenix", "85004", "602", 860},
	{"Ohio", "Columbus", "43215", "614", 750},
	{"North Carolina", "Charlotte", "28202", "704", 725},
	{"Massachusetts", "Boston", "02116", "617", 625},
	{"Colorado", "Denver", "80205", "303", 881},
	{"Pennsylvania", "Philadelphia", "19103", "215", 800},
	{"Tennessee", "Nashville", "37203", "615", 925},
	{"Michigan", "Detroit", "48201", "313", 600},
	{"Oregon", "Portland", "97205", "503", 0},
	{"Nevada", "Las Vegas", "89101", "702", 838},
	{"Minnesota", "Minneapolis", "55401", "612", 903},
	{"New Jersey", "Newark", "07102", "973", 663},
	{"Virginia", "Richmond", "23219", "804", 600},
	{"Utah", "Salt Lake City", "84101", "801", 775},
	{"Louisiana", "New Orleans", "70112", "504", 945},
}

var (
	handleFirst  = []string{"sunny", "cozy", "golden", "velvet", "misty", "lucky", "happy", "wild", "lazy", "peachy", "minty", "little", "sleepy", "dreamy", "salty", "sweet", "honey", "maple", "luna", "mochi"}
	handleSecond = []string{"days", "vibes", "fern", "moon", "bee", "skies", "latte", "reads", "crafts", "closet", "garden", "mama", "corner", "finds", "glow", "waves", "nest", "bloom", "studio", "home"}
	givenNames   = []string{"emma", "kayla", "jess", "mia", "ava", "nina", "sam", "alex", "jordan", "maya", "zoe", "liam", "noah", "ella", "chloe", "tyler", "megan", "brooke", "lexi", "dani"}
	initials     = "AAABBCCCDDEEJJJJKKKLLMMMMNNRRSSSTTWGHP"
	payments     = []string{"Credit card", "Credit card", "Credit card", "Debit card", "PayPal", "PayPal", "Apple Pay", "Google Pay"}
	separators   = []string{".", "_", ""}
)

// handle invents a TikTok-style username. Not unique by itself.
func handle(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return handleFirst[r.IntN(len(handleFirst))] + "." + handleSecond[r.IntN(len(handleSecond))] + strconv.Itoa(10+r.IntN(90))
	case 1:
		return givenNames[r.IntN(len(givenNames))] + "_" + handleSecond[r.IntN(len(handleSecond))] + strconv.Itoa(r.IntN(100))
	case 2:
		return handleFirst[r.IntN(len(handleFirst))] + handleSecond[r.IntN(len(handleSecond))] + strconv.Itoa(1990+r.IntN(36))
	default:
		return givenNames[r.IntN(len(givenNames))] + separators[r.IntN(len(separators))] + handleFirst[r.IntN(len(handleFirst))]
	}
}

// newBuyer fills in everything but the username.
func newBuyer(r *rand.Rand, username string) *buyer {
	p := &places[r.IntN(len(places))]
	return &buyer{
		username:  username,
		recipient: string(initials[r.IntN(len(initials))]) + "*** " + string(initials[r.IntN(len(initials))]) + "***",
		phone:     "(+1)" + p.areaCode + "*****" + strconv.Itoa(10+r.IntN(90)),
		place:     p,
		payment:   payments[r.IntN(len(payments))],
	}
}

// buyerBook hands out buyers with unique usernames.
type buyerBook struct {
	taken map[string]bool
}

func (b *buyerBook) next(r *rand.Rand) *buyer {
	if b.taken == nil {
		b.taken = map[string]bool{}
	}
	name := handle(r)
	for b.taken[name] {
		name = handle(r) + strconv.Itoa(r.IntN(10))
	}
	b.taken[name] = true
	return newBuyer(r, name)
}
