package health

import (
	"sort"
	"strings"
	"time"

	"afterloop/backend/store"
)

// facts are the loaded records with what each metric derives from them
// computed once: deadlines, fault classes, first reviews in time order.
type facts struct {
	loc          *time.Location
	settings     Settings
	orders       []order
	returns      []ret
	reviews      []store.HealthReview
	chats        []store.HealthChat
	orderIndex   map[int64]int
	returnsOf    map[int64][]int // order ID -> indexes into returns
	reviewsOf    map[int64][]int // order ID -> indexes into reviews, oldest first
	reasonsKnown *classifier
	carriers     map[int64]string // order ID -> carrier, read for late deliveries only
}

type order struct {
	store.HealthOrder
	dispatchBy     int64 // end of the second business day after the paid day
	deliverBy      int64 // end of the n-th business day after the paid day
	paidWeekday    time.Weekday
	byTikTok       bool // fulfilled by TikTok ("Fulfillment by TikTok", "FBT"): not the seller's dispatch or delivery
	sellerCancel   bool // cancelled by the seller, or by the system for a missed deadline
	cancelInferred bool // who cancelled was judged from the reason alone
}

type ret struct {
	store.HealthReturn
	fault, source string
}

// knownAt is when the return request became known: requested, else
// refunded; 0 (no time at all) counts as always known.
func (r ret) knownAt() int64 {
	if r.RequestedAt != 0 {
		return r.RequestedAt
	}
	return r.RefundedAt
}

func prepare(f *store.HealthFacts, loc *time.Location, settings Settings, decided map[string]string) *facts {
	p := &facts{loc: loc, settings: settings, reviews: f.Reviews, chats: f.Chats,
		orderIndex: make(map[int64]int, len(f.Orders)), returnsOf: map[int64][]int{}, reviewsOf: map[int64][]int{},
		reasonsKnown: newClassifier(decided)}
	p.orders = make([]order, len(f.Orders))
	for i, o := range f.Orders {
		d := order{HealthOrder: o, byTikTok: o.ByTikTok}
		if o.PaidAt != 0 {
			d.dispatchBy = businessDeadline(o.PaidAt, DispatchDays, loc)
			d.deliverBy = businessDeadline(o.PaidAt, settings.DeliveryDays, loc)
			d.paidWeekday = time.Unix(o.PaidAt, 0).In(loc).Weekday()
		}
		d.sellerCancel, d.cancelInferred = sellerCancelled(o.CancelBy, o.CancelReason)
		p.orders[i] = d
		p.orderIndex[o.ID] = i
	}
	p.returns = make([]ret, len(f.Returns))
	for i, r := range f.Returns {
		fault, source := p.reasonsKnown.classify(r.Reason)
		p.returns[i] = ret{HealthReturn: r, fault: fault, source: source}
		p.returnsOf[r.OrderID] = append(p.returnsOf[r.OrderID], i)
	}
	for i, v := range f.Reviews {
		p.reviewsOf[v.OrderID] = append(p.reviewsOf[v.OrderID], i)
	}
	for _, list := range p.reviewsOf {
		sort.Slice(list, func(a, b int) bool {
			ra, rb := f.Reviews[list[a]], f.Reviews[list[b]]
			if ra.PostedAt != rb.PostedAt {
				return ra.PostedAt < rb.PostedAt
			}
			return ra.ID < rb.ID
		})
	}
	return p
}

// sellerCancelled says whether a cancellation is the seller's fault: the
// seller cancelled, or the system did because a deadline was missed. When
// the export does not say who cancelled, the reason decides (inferred).
func sellerCancelled(by, reason string) (fault, inferred bool) {
	b, r := strings.ToLower(strings.TrimSpace(by)), strings.ToLower(reason)
	switch {
	case strings.Contains(b, "seller"):
		return true, false
	case strings.Contains(b, "system"):
		return missedDeadline(r), false
	case b != "":
		return false, false // the buyer (User) or the platform on their behalf
	case r == "":
		return false, false
	}
	for _, w := range []string{"no longer", "mistake", "better price", "change", "buyer", "too long", "payment"} {
		if strings.Contains(r, w) {
			return false, true
		}
	}
	for _, w := range []string{"stock", "unable to", "pricing", "price error", "seller"} {
		if strings.Contains(r, w) {
			return true, true
		}
	}
	return missedDeadline(r), true
}

// missedDeadline recognises a system cancellation for an order not shipped
// or delivered in time ("Seller did not ship in time", "Shipping overdue").
func missedDeadline(reason string) bool {
	about := false
	for _, w := range []string{"ship", "dispatch", "deliver", "fulfil", "logistic", "send"} {
		about = about || strings.Contains(reason, w)
	}
	if !about {
		return false
	}
	for _, w := range []string{"late", "overdue", "time", "deadline", "expire", "not ", "fail", "did not", "didn't"} {
		if strings.Contains(reason, w) {
			return true
		}
	}
	return false
}
