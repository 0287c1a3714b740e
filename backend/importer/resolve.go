package importer

import (
	"fmt"

	"afterloop/backend/domain"
)

// resolveOrder fixes an order's times, money and status now that the file's
// date order and currency are known. False drops the order (reported).
func (p *parser) resolveOrder(r *orderRec) bool {
	o := &r.order
	if r.times[0].kind == timeNone {
		// An order without its creation time cannot be placed in any week
		// or message schedule; storing it would invent a timeless order.
		p.rowError(r.firstRow, p.lay.header(fCreatedAt), fmt.Sprintf("%s is empty, so the order cannot be placed in time.", p.lay.header(fCreatedAt)))
		p.skipOtherRows(r)
		return false
	}
	o.Currency = p.currency(r.currency)
	dst := []*int64{&o.CreatedAt, &o.PaidAt, &o.RTSAt, &o.ShippedAt, &o.DeliveredAt, &o.CancelledAt}
	if !p.resolveTimes(r.firstRow, r.times[:], orderTimeFields[:], dst) {
		p.skipOtherRows(r)
		return false
	}
	o.OrderAmount = r.amounts[0].minor(o.Currency)
	o.RefundAmount = r.amounts[1].minor(o.Currency)
	o.ShippingFee = r.amounts[2].minor(o.Currency)
	o.Taxes = r.amounts[3].minor(o.Currency)
	for i := range r.lines {
		l := &r.lines[i]
		unit := l.amounts[0].minor(o.Currency)
		l.line.UnitPrice = unit
		l.line.SubtotalBefore = unit * l.line.Quantity
		if l.amounts[1].set {
			l.line.SubtotalBefore = l.amounts[1].minor(o.Currency)
		}
		l.line.SubtotalAfter = l.line.SubtotalBefore - l.amounts[3].minor(o.Currency)
		if l.amounts[2].set {
			l.line.SubtotalAfter = l.amounts[2].minor(o.Currency)
		}
	}
	if o.Platform == domain.PlatformShopify {
		o.StatusRaw = r.financial
		if r.fulfillment != "" {
			o.StatusRaw = joinNonEmpty(" / ", r.financial, r.fulfillment)
		}
		o.Status = shopifyStatus(r.financial, r.fulfillment, o.CancelledAt != 0)
		if o.Status == domain.StatusUnknown && o.StatusRaw != "" {
			p.statuses.order(o.StatusRaw) // reported as unknown once
		}
		return true
	}
	o.Status = p.statuses.orderWithSubstatus(o.StatusRaw, o.SubstatusRaw)
	if o.Status != domain.StatusCancelled && o.RefundAmount > 0 && returnTypeIsRefund(r.returnType) {
		o.Status = domain.StatusReturned
	}
	return true
}

// resolveReturn fixes a return's times and refund.
func (p *parser) resolveReturn(r *returnRec) bool {
	ret := &r.ret
	ret.Currency = p.currency(r.currency)
	if !p.resolveTimes(r.row, r.times[:], []field{fRequestedAt, fRefundedAt}, []*int64{&ret.RequestedAt, &ret.RefundedAt}) {
		return false
	}
	ret.RefundAmount = r.refund.minor(ret.Currency)
	return true
}

// skipOtherRows reports the rows of a skipped order after its first: they
// go with it, each with the reason.
func (p *parser) skipOtherRows(r *orderRec) {
	for _, row := range r.rowNums[1:] {
		p.rowError(row, p.lay.header(fOrderID), fmt.Sprintf("Skipped with the rest of order %s (see row %d).", r.order.ExternalID, r.firstRow))
	}
}

func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, s := range parts {
		if s == "" {
			continue
		}
		if out != "" {
			out += sep
		}
		out += s
	}
	return out
}
