package health

import (
	"time"
)

// Record kinds a lever or a drill-down row points at.
const (
	KindOrder  = "order"
	KindReturn = "return"
	KindReview = "review"
	KindChat   = "chat"
)

// RecordRef names one record behind a number.
type RecordRef struct {
	Kind string `json:"kind"`
	ID   int64  `json:"id"`
}

// exclusion leaves records out of a computation, as if they were deleted:
// that is how a lever's "rate if fixed" is worked out.
type exclusion map[RecordRef]bool

// Row is one record behind a metric, with the facts that explain it.
// Times are UTC Unix seconds (0 = none).
type Row struct {
	Kind            string `json:"kind"`
	ID              int64  `json:"id"`
	OrderID         int64  `json:"orderId"`
	OrderExternalID string `json:"orderExternalId"`
	Bad             bool   `json:"bad"` // counts against the shop
	SKU             string `json:"sku"`
	Reason          string `json:"reason"`
	Fault           string `json:"fault"`
	FaultSource     string `json:"faultSource"`
	Rating          int    `json:"rating"`
	ReviewedAt      int64  `json:"reviewedAt"`
	RequestedAt     int64  `json:"requestedAt"`
	PaidAt          int64  `json:"paidAt"`
	Deadline        int64  `json:"deadline"`
	RTSAt           int64  `json:"rtsAt"`
	ShippedAt       int64  `json:"shippedAt"`
	DeliveredAt     int64  `json:"deliveredAt"`
	CancelledAt     int64  `json:"cancelledAt"`
	CancelBy        string `json:"cancelBy"`
	Carrier         string `json:"carrier"`
	PaidWeekday     string `json:"paidWeekday"`
	OpenedAt        int64  `json:"openedAt"`
	FirstResponseAt int64  `json:"firstResponseAt"`
	Teammate        string `json:"teammate"`
}

// count is one metric's raw result as of a day.
type count struct {
	num, den int
	inferred string // what was inferred, "" when nothing
	rows     []Row  // the records behind it, when asked for
}

// measure computes metric key as of the end of asOf, leaving out excl.
// collect asks for the rows behind the number.
func (p *facts) measure(key string, asOf Day, excl exclusion, collect bool) count {
	d, _ := definition(key)
	w := windowOf(asOf, d.WindowDays, p.loc)
	switch key {
	case NRR:
		return p.negativeReviews(w, excl, collect)
	case NBFRR:
		return p.faultReturns(w, excl, collect)
	case SFCR:
		return p.sellerCancellations(w, excl, collect)
	case LDR:
		return p.lateDispatch(w, excl, collect, false)
	case LDRRTS:
		return p.lateDispatch(w, excl, collect, true)
	case OTDR:
		return p.onTimeDelivery(w, excl, collect)
	case Response12:
		return p.responses(w, 12, excl, collect)
	case Response24:
		return p.responses(w, 24, excl, collect)
	}
	return count{}
}

func (p *facts) orderRow(o *order, bad bool) Row {
	r := Row{Kind: KindOrder, ID: o.ID, OrderID: o.ID, OrderExternalID: o.ExternalID, Bad: bad, PaidAt: o.PaidAt,
		RTSAt: o.RTSAt, ShippedAt: o.ShippedAt, DeliveredAt: o.DeliveredAt, CancelledAt: o.CancelledAt,
		CancelBy: o.CancelBy, Reason: o.CancelReason, Carrier: p.carriers[o.ID]}
	if o.PaidAt != 0 {
		r.PaidWeekday = o.paidWeekday.String()
	}
	return r
}

// negativeReviews: orders delivered in the window whose first review (the
// earliest known by the end of the day) has 1 or 2 stars. A first review
// later followed by a better one still counts: only the first is read.
func (p *facts) negativeReviews(w window, excl exclusion, collect bool) count {
	var c count
	for i := range p.orders {
		o := &p.orders[i]
		if !w.has(o.DeliveredAt) || excl[RecordRef{KindOrder, o.ID}] {
			continue
		}
		c.den++
		for _, j := range p.reviewsOf[o.ID] {
			v := p.reviews[j]
			if v.PostedAt >= w.end || excl[RecordRef{KindReview, v.ID}] {
				continue
			}
			if v.Rating <= 2 {
				c.num++
				if collect {
					c.rows = append(c.rows, Row{Kind: KindReview, ID: v.ID, OrderID: o.ID, OrderExternalID: o.ExternalID,
						Bad: true, SKU: v.SKU, Rating: v.Rating, ReviewedAt: v.PostedAt, DeliveredAt: o.DeliveredAt})
				}
			}
			break
		}
	}
	return c
}

// faultReturns: orders delivered in the window with at least one return or
// refund request, known by the end of the day, whose reason is the
// seller's or the carrier's fault. Reasons matched by keyword or not
// recognised at all make the figure inferred.
func (p *facts) faultReturns(w window, excl exclusion, collect bool) count {
	var c count
	keyword, unknown := false, false
	for i := range p.orders {
		o := &p.orders[i]
		if !w.has(o.DeliveredAt) || excl[RecordRef{KindOrder, o.ID}] {
			continue
		}
		c.den++
		hit := false
		for _, j := range p.returnsOf[o.ID] {
			r := &p.returns[j]
			if r.knownAt() >= w.end || excl[RecordRef{KindReturn, r.ID}] {
				continue
			}
			keyword = keyword || r.source == SourceKeyword
			unknown = unknown || r.fault == FaultUnknown
			bad := r.fault == FaultSeller
			hit = hit || bad
			if collect {
				c.rows = append(c.rows, Row{Kind: KindReturn, ID: r.ID, OrderID: o.ID, OrderExternalID: o.ExternalID,
					Bad: bad, SKU: r.ProductKey, Reason: r.Reason, Fault: r.fault, FaultSource: r.source,
					RequestedAt: r.knownAt(), DeliveredAt: o.DeliveredAt})
			}
		}
		if hit {
			c.num++
		}
	}
	switch {
	case unknown:
		c.inferred = "unknown_reasons"
	case keyword:
		c.inferred = "reason_keyword"
	}
	return c
}

// sellerCancellations: paid orders in the window cancelled, by the end of
// the day, by the seller or by the system for a missed deadline.
func (p *facts) sellerCancellations(w window, excl exclusion, collect bool) count {
	var c count
	inferred := false
	for i := range p.orders {
		o := &p.orders[i]
		if !w.has(o.PaidAt) || excl[RecordRef{KindOrder, o.ID}] {
			continue
		}
		c.den++
		cancelled := o.CancelledAt != 0 && o.CancelledAt < w.end || o.CancelledAt == 0 && o.Status == "cancelled"
		if !cancelled {
			continue
		}
		inferred = inferred || o.cancelInferred
		if o.sellerCancel {
			c.num++
			if collect {
				c.rows = append(c.rows, p.orderRow(o, true))
			}
		}
	}
	if inferred {
		c.inferred = "cancel_by"
	}
	return c
}

// lateDispatch: seller-fulfilled orders shipped (or, with rts, made ready
// to ship) in the window after the end of the second business day after
// the day they were paid.
func (p *facts) lateDispatch(w window, excl exclusion, collect, rts bool) count {
	var c count
	for i := range p.orders {
		o := &p.orders[i]
		at := o.ShippedAt
		if rts {
			at = o.RTSAt
		}
		if o.byTikTok || o.PaidAt == 0 || !w.has(at) || excl[RecordRef{KindOrder, o.ID}] {
			continue
		}
		c.den++
		if at >= o.dispatchBy {
			c.num++
			if collect {
				r := p.orderRow(o, true)
				r.Deadline = o.dispatchBy
				c.rows = append(c.rows, r)
			}
		}
	}
	return c
}

// onTimeDelivery: seller-fulfilled orders whose deliver-by day (the n-th
// business day after the paid day) falls in the window, delivered by the
// end of that day. Not delivered by then counts as late; orders cancelled
// by the end of the day are left out. The numerator counts on-time orders;
// the rows are the late ones.
func (p *facts) onTimeDelivery(w window, excl exclusion, collect bool) count {
	var c count
	for i := range p.orders {
		o := &p.orders[i]
		// deliverBy is the instant the deliver-by day ends, so the day is
		// in the window when that instant is in (start, end].
		if o.byTikTok || o.PaidAt == 0 || o.deliverBy <= w.start || o.deliverBy > w.end ||
			excl[RecordRef{KindOrder, o.ID}] {
			continue
		}
		if o.CancelledAt != 0 && o.CancelledAt < w.end || o.CancelledAt == 0 && o.Status == "cancelled" {
			continue
		}
		c.den++
		if o.DeliveredAt != 0 && o.DeliveredAt < o.deliverBy {
			c.num++
		} else if collect {
			r := p.orderRow(o, true)
			r.Deadline = o.deliverBy
			if o.DeliveredAt >= w.end {
				r.DeliveredAt = 0 // not known by the end of the day
			}
			c.rows = append(c.rows, r)
		}
	}
	return c
}

// responses: TikTok chats opened in the window answered within hours of
// opening (calendar hours), over those chats; a chat still unanswered at
// the end of the day that was opened less than hours before it is left
// out. A reply after the day is not known yet.
func (p *facts) responses(w window, hours int, excl exclusion, collect bool) count {
	var c count
	limit := int64(time.Duration(hours) * time.Hour / time.Second)
	for _, ch := range p.chats {
		if !w.has(ch.OpenedAt) || excl[RecordRef{KindChat, ch.ID}] {
			continue
		}
		resp := ch.FirstResponseAt
		if resp >= w.end {
			resp = 0
		}
		switch {
		case resp != 0 && resp-ch.OpenedAt <= limit:
			c.num++
			c.den++
		case resp == 0 && ch.OpenedAt > w.end-limit:
			// too recent to judge
		default:
			c.den++
			if collect {
				c.rows = append(c.rows, Row{Kind: KindChat, ID: ch.ID, OrderID: ch.OrderID,
					OrderExternalID: ch.OrderExternalID, Bad: true, OpenedAt: ch.OpenedAt, FirstResponseAt: resp,
					Teammate: ch.Assignee})
			}
		}
	}
	return c
}
