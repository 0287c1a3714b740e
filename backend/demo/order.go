package demo

import (
	"math/rand/v2"
	"time"
)

// Raw order statuses as TikTok Shop's US export writes them.
const (
	statusUnpaid             = "Unpaid"
	statusAwaitingShipment   = "Awaiting shipment"
	statusAwaitingCollection = "Awaiting collection"
	statusInTransit          = "In transit"
	statusDelivered          = "Delivered"
	statusCompleted          = "Completed"
	// US exports spell it "Canceled" (see the shared US sample); the
	// returns export uses "Cancelled" for its own statuses.
	statusCancelled = "Canceled"
)

// completedAfter is how long after delivery an order turns Completed.
const completedAfter = 10 * 24 * time.Hour

// order is one simulated order; zero times are empty cells.
type order struct {
	id        int64
	packageID int64
	buyer     *buyer
	lines     []line

	created, paid, rts, shipped, delivered, cancelled time.Time

	status, returnType       string
	cancelBy, cancelReason   string
	carrier, tracking        string
	deliveryOption           string
	buyerMessage, sellerNote string

	shipOriginal, shipSellerDiscount, shipPlatformDiscount, shipAfter int64
	taxes, amount, refund                                             int64
}

type line struct {
	product          *Product
	quantity         int64
	returnedQuantity int64 // as the order export shows it; misses some refunds
	unit, before     int64
	platformDiscount int64
	sellerDiscount   int64
	after            int64
}

func (o *order) weightGrams() int {
	grams := 0
	for _, l := range o.lines {
		grams += max(l.product.WeightGrams, 100) * int(l.quantity)
	}
	return grams
}

// price fills line subtotals, shipping, taxes and the order amount.
func (o *order) price(r *rand.Rand) {
	promo := int64(0)
	if r.IntN(5) == 0 { // a seller promotion on the whole order
		promo = []int64{10, 15, 20}[r.IntN(3)]
	}
	merchandise := int64(0)
	for i := range o.lines {
		l := &o.lines[i]
		l.unit = l.product.PriceCents
		l.before = l.unit * l.quantity
		l.sellerDiscount = l.before * promo / 100
		l.platformDiscount = 0
		if r.IntN(8) == 0 {
			l.platformDiscount = min(100+r.Int64N(300), l.before/2)
		}
		l.after = l.before - l.sellerDiscount - l.platformDiscount
		merchandise += l.after
	}
	o.shipOriginal = 599
	if o.weightGrams() > 1000 {
		o.shipOriginal = 899
	}
	o.shipSellerDiscount, o.shipPlatformDiscount = 0, 0
	switch {
	case merchandise >= 3500: // free shipping over $35, paid by the platform
		o.shipPlatformDiscount = o.shipOriginal
	case r.IntN(10) == 0:
		o.shipSellerDiscount = o.shipOriginal
	}
	o.shipAfter = o.shipOriginal - o.shipSellerDiscount - o.shipPlatformDiscount
	o.taxes = (merchandise*o.buyer.place.taxBasisPoints + 5000) / 10000
	o.amount = merchandise + o.shipAfter + o.taxes
}

// settle decides payment, cancellation and fulfilment, then keeps only what
// has happened by e.now and sets the status that follows from it.
func (o *order) settle(r *rand.Rand, e *env) {
	o.rts, o.shipped, o.delivered, o.cancelled = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	o.cancelBy, o.cancelReason, o.carrier, o.tracking = "", "", "", ""
	o.refund, o.returnType = 0, ""
	o.paid = o.created.Add(time.Duration(5+r.IntN(170)) * time.Second)
	if r.IntN(20) == 0 { // paid later, e.g. after a card retry
		o.paid = o.created.Add(time.Duration(5+r.IntN(115)) * time.Minute)
	}
	o.deliveryOption = "Standard shipping"
	if e.now.Sub(o.created) < 18*time.Hour && r.IntN(4) == 0 {
		o.paid = time.Time{}
		o.status = statusUnpaid
		return
	}
	if r.IntN(25) == 0 && o.cancel(r, e.now) {
		return
	}
	o.fulfil(r, e)
	switch {
	case o.rts.After(e.now):
		o.rts, o.shipped, o.delivered = time.Time{}, time.Time{}, time.Time{}
		o.carrier, o.tracking = "", ""
		o.status = statusAwaitingShipment
	case o.shipped.After(e.now):
		o.shipped, o.delivered = time.Time{}, time.Time{}
		o.status = statusAwaitingCollection
	case o.delivered.After(e.now):
		o.delivered = time.Time{}
		o.status = statusInTransit
	case e.now.Sub(o.delivered) < completedAfter:
		o.status = statusDelivered
	default:
		o.status = statusCompleted
	}
}

var (
	userCancelReasons   = []string{"No longer needed", "No longer needed", "Need to change delivery address", "Ordered by mistake", "Found a better price", "Shipping takes too long"}
	sellerCancelReasons = []string{"Out of stock", "Out of stock", "Unable to deliver to this address"}
)

// cancel cancels the order unless the cancellation would lie after now.
func (o *order) cancel(r *rand.Rand, now time.Time) bool {
	var at time.Time
	by, reason, unpaid := "User", "", false
	switch k := r.IntN(10); {
	case k < 2:
		at, by, reason, unpaid = o.created.Add(24*time.Hour+time.Duration(r.IntN(3600))*time.Second), "System", "Payment overdue", true
	case k < 8:
		at, reason = o.paid.Add(time.Duration(10+r.IntN(1200))*time.Minute), userCancelReasons[r.IntN(len(userCancelReasons))]
	default:
		at, by, reason = o.paid.Add(time.Duration(2+r.IntN(28))*time.Hour), "Seller", sellerCancelReasons[r.IntN(len(sellerCancelReasons))]
	}
	if at.After(now) {
		return false
	}
	if unpaid {
		o.paid = time.Time{}
	} else {
		o.refund = o.amount
	}
	o.cancelled, o.cancelBy, o.cancelReason = at, by, reason
	o.status, o.returnType = statusCancelled, "Cancel"
	return true
}

// fulfil sets label (RTS), carrier pick-up and delivery times: the label
// is made the same or the next business day (a shop with a longer
// processing setting takes that much longer), the carrier collects it by
// 3 PM or the next business day, transit takes 2-6 days. Planted: orders
// paid on a Friday often wait for the packer's Wednesday shift, so most of
// the shop's late dispatches were paid on a Friday.
func (o *order) fulfil(r *rand.Rand, e *env) {
	days := min(max(e.processingDays-2+min(r.IntN(3), 1), 0), 3)
	day := businessDay(o.paid, days)
	o.rts = clock(day, 9*60+r.IntN(8*60), r)
	if !o.rts.After(o.paid) {
		o.rts = o.paid.Add(time.Duration(30+r.IntN(150)) * time.Minute)
	}
	pickup := o.rts // carriers collect weekdays until about 4 PM
	if o.rts.Hour() >= 15 || o.rts.Weekday() == time.Saturday || o.rts.Weekday() == time.Sunday {
		pickup = businessDay(o.rts.AddDate(0, 0, 1), 0)
	}
	o.shipped = clock(pickup, 16*60+r.IntN(4*60), r)
	if !o.shipped.After(o.rts) {
		o.shipped = o.rts.Add(time.Duration(1+r.IntN(3)) * time.Hour)
	}
	var transit int
	switch c := r.IntN(20); {
	case c < 11:
		o.carrier, o.tracking, transit = "USPS", "9400111"+digits(r, 15), 3+r.IntN(4)
	case c < 16:
		o.carrier, o.tracking, transit = "UPS", "1Z"+alnum(r, 6)+"03"+digits(r, 8), 2+r.IntN(4)
	default:
		o.carrier, o.tracking, transit = "FedEx", digits(r, 12), 2+r.IntN(3)
	}
	if r.IntN(10) == 0 {
		o.deliveryOption, transit = "Express shipping", 2
	}
	arrival := o.shipped.AddDate(0, 0, transit)
	if arrival.Weekday() == time.Sunday {
		arrival = arrival.AddDate(0, 0, 1)
	}
	o.delivered = clock(arrival, 10*60+r.IntN(10*60), r)
	o.delayFridayOrder(e.loc)
}

// delayFridayOrder moves three in five Friday-paid orders' label, pick-up and
// delivery to the third business day after payment (a Wednesday), keeping
// their times of day. It draws no random numbers, so every other order of
// the demo stays as it was.
func (o *order) delayFridayOrder(loc *time.Location) {
	paid := o.paid.In(loc)
	if paid.Weekday() != time.Friday || o.created.Unix()%5 >= 3 {
		return
	}
	day := businessDay(paid, 3)
	rts := o.rts.In(loc)
	late := time.Date(day.Year(), day.Month(), day.Day(), rts.Hour(), rts.Minute(), rts.Second(), 0, loc)
	if shift := late.Sub(o.rts); shift > 0 {
		o.rts, o.shipped, o.delivered = o.rts.Add(shift), o.shipped.Add(shift), o.delivered.Add(shift)
	}
}

// settleReadably is settle, moving the order out of the hour a DST change
// repeats when one of its times falls there.
func (o *order) settleReadably(r *rand.Rand, e *env) {
	o.settle(r, e)
	for tries := 0; tries < 3 && !o.readsBack(e.loc) && o.created.Add(2*time.Hour).Before(e.now); tries++ {
		o.created = o.created.Add(2 * time.Hour)
		o.settle(r, e)
	}
}

// readsBack reports whether every time of the order, written as zone-less
// local time, reads back as the same instant. Times in the hour a DST change
// repeats do not, and would look out of order after import.
func (o *order) readsBack(loc *time.Location) bool {
	for _, t := range [...]time.Time{o.created, o.paid, o.rts, o.shipped, o.delivered, o.cancelled} {
		if t.IsZero() {
			continue
		}
		_, before := t.Add(-2 * time.Hour).Zone()
		_, after := t.Add(2 * time.Hour).Zone()
		if before == after {
			continue // no offset change nearby: the common, cheap case
		}
		back, err := time.ParseInLocation(timeLayout, t.In(loc).Format(timeLayout), loc)
		if err != nil || !back.Equal(t) {
			return false
		}
	}
	return true
}

// businessDay returns t moved n business days ahead (Saturday and Sunday
// skipped); with n = 0 a weekend moves to Monday.
func businessDay(t time.Time, n int) time.Time {
	for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	for ; n > 0; n-- {
		t = t.AddDate(0, 0, 1)
		for t.Weekday() == time.Saturday || t.Weekday() == time.Sunday {
			t = t.AddDate(0, 0, 1)
		}
	}
	return t
}

// clock sets t's local time of day to minute m plus random seconds.
func clock(t time.Time, m int, r *rand.Rand) time.Time {
	y, mo, d := t.Date()
	return time.Date(y, mo, d, m/60, m%60, r.IntN(60), 0, t.Location())
}

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func alnum(r *rand.Rand, n int) string {
	const set = "0123456789ABCDEFGHJKLMNPRSTUVWXY"
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}
