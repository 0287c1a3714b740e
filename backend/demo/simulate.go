package demo

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

const (
	// firstOrderShare of the daily volume comes from new buyers; repeat
	// orders make up the rest.
	firstOrderShare = 0.82
	// hostileMessage exercises the UI's escaping: it must show as text.
	hostileMessage = "Love your lamp!! <img src=x onerror=alert(1)>"
	firstOrderID   = int64(576880000000000000) // 18 digits, like US order IDs
	firstPackageID = int64(1150000000000000000)
)

var (
	// Share of the day's orders by hour: TikTok Shop peaks in the evening.
	hourWeights = [24]float64{1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.2, 1.6, 1.8, 2, 2.1, 2.4, 2.2, 2, 2, 2.1, 2.4, 2.9, 3.4, 3.8, 3.6, 2.8, 1.8}
	// Weekly seasonality, Sunday first.
	weekdayFactor = [7]float64{1.18, 0.94, 0.9, 0.94, 0.98, 1.0, 1.06}
	buyerMessages = []string{
		"Please ship ASAP, it's a birthday gift for Friday 🎁",
		"Can you add a little gift note? \"Happy birthday Mia, love Jo\"",
		"Please leave the package at the side door, thanks!",
		"If the sage is out of stock, black is fine too",
		"Could you ship it in plain packaging? It's a surprise",
		"Hi! Can this ship before the weekend?",
		"Por favor envíenlo rápido, gracias 🙏",
	}
	sellerNotes = []string{"Gift note added", "Repeat buyer: add a thank-you card", "Checked cable and adapter before packing", "Address confirmed in chat"}
)

// simulate builds the orders of the demo period, oldest first, with IDs,
// buyer messages and seller notes.
func simulate(e *env) []*order {
	r := e.rng(1)
	var book buyerBook
	var orders []*order
	totalDays := int(e.now.Sub(e.start).Hours()/24) + 1
	y, m, d := e.start.Date()
	for i := 0; ; i++ {
		day := time.Date(y, m, d+i, 0, 0, 0, 0, e.loc)
		if day.After(e.now) {
			break
		}
		rate := e.ordersPerDay * firstOrderShare * e.dayFactor(day, i, totalDays) * (0.85 + 0.3*r.Float64())
		for n := poisson(r, rate); n > 0; n-- {
			created := clock(day, minuteOfDay(r), r)
			if created.Before(e.start) || created.After(e.now) {
				continue
			}
			first := e.newOrder(r, book.next(r), created, nil)
			orders = append(orders, first)
			orders = e.repeatOrders(r, orders, first)
		}
	}
	slices.SortStableFunc(orders, func(a, b *order) int { return a.created.Compare(b.created) })
	id, pkg := firstOrderID+r.Int64N(1e12), firstPackageID+r.Int64N(1e12)
	for _, o := range orders {
		id += 1 + r.Int64N(2e9)
		o.id = id
		if !o.paid.IsZero() && o.status != statusCancelled {
			pkg += 1 + r.Int64N(2e9)
			o.packageID = pkg
		}
		if r.IntN(40) == 0 {
			o.buyerMessage = buyerMessages[r.IntN(len(buyerMessages))]
		}
		if r.IntN(80) == 0 {
			o.sellerNote = sellerNotes[r.IntN(len(sellerNotes))]
		}
	}
	if len(orders) > 0 {
		orders[r.IntN(len(orders))].buyerMessage = hostileMessage
	}
	return orders
}

// dayFactor combines growth over the period (0.6 → 1.4), the weekday and a
// three-day spike five weeks ago, when a creator's video took off.
func (e *env) dayFactor(day time.Time, index, totalDays int) float64 {
	f := (0.6 + 0.8*float64(index)/float64(max(totalDays-1, 1))) * weekdayFactor[day.Weekday()]
	switch int(e.now.Sub(day).Hours() / 24) {
	case 35:
		f *= 2.2
	case 34:
		f *= 1.6
	case 33:
		f *= 1.25
	}
	return f
}

// repeatOrders lets about a fifth of buyers come back 10-90 days later (near
// the usage cycle for consumables), some of them several times.
func (e *env) repeatOrders(r *rand.Rand, orders []*order, prev *order) []*order {
	for chance := 0.3; r.Float64() < chance; chance = 0.4 {
		favorite := prev.lines[r.IntN(len(prev.lines))].product
		gap := 10 + r.IntN(81)
		if favorite.UsageCycleDays > 0 && r.IntN(2) == 0 {
			gap = min(max(favorite.UsageCycleDays*(80+r.IntN(41))/100, 10), 90)
		}
		if r.IntN(2) == 0 {
			favorite = nil // browsing something else this time
		}
		at := clock(prev.created.AddDate(0, 0, gap), minuteOfDay(r), r)
		if at.After(e.now) {
			break
		}
		next := e.newOrder(r, prev.buyer, at, favorite)
		orders = append(orders, next)
		prev = next
	}
	return orders
}

// newOrder makes a priced and settled order: 1 line (75%), 2-4 lines
// otherwise, quantity 1 mostly.
func (e *env) newOrder(r *rand.Rand, b *buyer, created time.Time, favorite *Product) *order {
	o := &order{}
	e.fillOrder(o, r, b, created, favorite)
	return o
}

// fillOrder is newOrder into an order whose line slice is reused.
func (e *env) fillOrder(o *order, r *rand.Rand, b *buyer, created time.Time, favorite *Product) {
	*o = order{buyer: b, created: created, lines: o.lines[:0]}
	count := 1
	switch n := r.IntN(100); {
	case n >= 98:
		count = 4
	case n >= 93:
		count = 3
	case n >= 75:
		count = 2
	}
	count = min(count, len(e.shop.Products))
	if favorite != nil {
		o.lines = append(o.lines, line{product: favorite, quantity: quantity(r)})
	}
	for len(o.lines) < count {
		p := &e.shop.Products[e.pickProduct(r)]
		if !slices.ContainsFunc(o.lines, func(l line) bool { return l.product == p }) {
			o.lines = append(o.lines, line{product: p, quantity: quantity(r)})
		}
	}
	o.price(r)
	o.settleReadably(r, e)
}

func quantity(r *rand.Rand) int64 {
	switch n := r.IntN(100); {
	case n >= 96:
		return 3
	case n >= 85:
		return 2
	}
	return 1
}

func minuteOfDay(r *rand.Rand) int {
	total := 0.0
	for _, w := range hourWeights {
		total += w
	}
	x := r.Float64() * total
	for h, w := range hourWeights {
		if x < w {
			return h*60 + r.IntN(60)
		}
		x -= w
	}
	return 23*60 + r.IntN(60)
}

// poisson draws an order count with mean lambda.
func poisson(r *rand.Rand, lambda float64) int {
	if lambda <= 0 {
		return 0
	}
	if lambda > 30 { // normal approximation; exact enough at this size
		return max(int(math.Round(lambda+math.Sqrt(lambda)*r.NormFloat64())), 0)
	}
	limit, n, p := math.Exp(-lambda), 0, r.Float64()
	for p > limit {
		p *= r.Float64()
		n++
	}
	return n
}
