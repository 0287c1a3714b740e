package importer

import (
	"fmt"

	"afterloop/backend/domain"
)

// batchSize is how many records travel to the writer at once.
const batchSize = 256

// orderRow parses one line of an order export and adds it to its order.
func (p *parser) orderRow(row int) {
	v := &p.vals
	id := v[fOrderID]
	if id == "" {
		p.rowError(row, p.lay.header(fOrderID), p.lay.header(fOrderID)+" is empty.")
		return
	}
	if !p.checkIDs(row, fOrderID, fSKUID) || !p.checkPlatformIDs(row, fOrderID) {
		return
	}
	if p.lay.platform != domain.PlatformShopify {
		p.statuses.note(v[fStatus])
		p.statuses.note(v[fSubstatus])
	}
	var times [6]timeValue
	ambiguous := false
	for i, f := range orderTimeFields {
		if v[f] == "" {
			continue
		}
		tv, ok := p.parseTimeField(row, f)
		if !ok {
			return
		}
		times[i], ambiguous = tv, ambiguous || ambiguousDate(tv)
	}
	currency := normalizeCurrencyCell(v[fCurrency])
	var amounts [4]moneyValue
	for i, f := range orderAmountFields {
		mv, ok := p.parseMoneyField(row, f, &currency)
		if !ok {
			return
		}
		amounts[i] = mv
	}
	var line lineRec
	for i, f := range lineAmountFields {
		mv, ok := p.parseMoneyField(row, f, &currency)
		if !ok {
			return
		}
		line.amounts[i] = mv
	}
	qty, ok := p.parseCount(row, fQuantity, 1)
	if !ok {
		return
	}
	returned, ok := p.parseCount(row, fReturnQuantity, 0)
	if !ok {
		return
	}

	if p.cur == nil || p.cur.order.ExternalID != id {
		p.closeOrder()
		p.cur = &orderRec{order: domain.Order{Platform: p.lay.platform, ExternalID: id}, firstRow: row}
	}
	r := p.cur
	r.rowCount++
	r.rowNums = append(r.rowNums, row)
	r.ambiguous = r.ambiguous || ambiguous
	o := &r.order
	for _, pair := range []struct {
		dst *string
		f   field
	}{{&o.StatusRaw, fStatus}, {&o.SubstatusRaw, fSubstatus}, {&o.BuyerUsername, fBuyerUsername},
		{&o.Recipient, fRecipient}, {&o.TrackingID, fTrackingID}, {&o.Carrier, fCarrier},
		{&o.DeliveryOption, fDeliveryOption}, {&o.CancelReason, fCancelReason}, {&o.BuyerMessage, fBuyerMessage},
		{&o.SellerNote, fSellerNote}, {&o.Country, fCountry}, {&o.Region, fRegion}, {&r.returnType, fReturnType},
		{&r.email, fBuyerEmail}, {&r.financial, fFinancialStatus}, {&r.fulfillment, fFulfillmentStatus},
		{&o.Recipient, fBillingName}, {&o.CancelBy, fCancelBy}, {&o.FulfillmentType, fFulfillmentType}} {
		firstNonEmpty(pair.dst, v[pair.f])
	}
	for i := range times {
		if r.times[i].kind == timeNone {
			r.times[i] = times[i]
		}
	}
	for i := range amounts {
		r.amounts[i] = largerAmount(r.amounts[i], amounts[i])
	}
	firstNonEmpty(&r.currency, currency)
	if v[fSKUID] == "" && v[fSellerSKU] == "" && v[fProductName] == "" {
		return
	}
	line.line = domain.OrderLine{
		LineNo: len(r.lines) + 1, SKUID: v[fSKUID], SellerSKU: v[fSellerSKU], ProductName: v[fProductName],
		Variation: v[fVariation], Category: v[fCategory], Quantity: qty, ReturnQuantity: returned,
	}
	line.line.ProductKey = productKey(line.line.SellerSKU, line.line.SKUID, line.line.ProductName)
	r.lines = append(r.lines, line)
}

// checkPlatformIDs skips a row whose ID cell cannot be a platform ID, with
// the reason: storing it would invent an order or return.
func (p *parser) checkPlatformIDs(row int, fields ...field) bool {
	for _, f := range fields {
		if problem := platformIDProblem(p.vals[f]); problem != "" {
			p.rowError(row, p.lay.header(f), fmt.Sprintf("%s %q %s.", p.lay.header(f), p.vals[f], problem))
			return false
		}
	}
	return true
}

// largerAmount merges an order-level amount seen on two rows of the same
// order. TikTok repeats these on every line, so they are taken once, never
// summed; the larger one wins because some exports fill Order Refund Amount
// only on the refunded line's row (see the US sample).
func largerAmount(have, next moneyValue) moneyValue {
	switch {
	case !have.set:
		return next
	case !next.set:
		return have
	}
	a, b := have, next
	for a.scale < b.scale {
		a.mantissa, a.scale = a.mantissa*10, a.scale+1
	}
	for b.scale < a.scale {
		b.mantissa, b.scale = b.mantissa*10, b.scale+1
	}
	if abs64(b.mantissa) > abs64(a.mantissa) {
		return next
	}
	return have
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// productKey is Seller SKU, else SKU ID, else (files without SKUs, such as
// some Shopify stores) the product name.
func productKey(sellerSKU, skuID, name string) string {
	if key := domain.ProductKey(sellerSKU, skuID); key != "" {
		return key
	}
	return name
}

// returnRow parses one line of a returns export.
func (p *parser) returnRow(row int) {
	v := &p.vals
	for _, f := range []field{fReturnID, fOrderID} {
		if v[f] == "" {
			p.rowError(row, p.lay.header(f), p.lay.header(f)+" is empty.")
			return
		}
	}
	if !p.checkIDs(row, fReturnID, fOrderID, fSKUID) || !p.checkPlatformIDs(row, fReturnID, fOrderID) {
		return
	}
	r := &returnRec{row: row}
	for i, f := range []field{fRequestedAt, fRefundedAt} {
		if v[f] == "" {
			continue
		}
		tv, ok := p.parseTimeField(row, f)
		if !ok {
			return
		}
		r.times[i], r.ambiguous = tv, r.ambiguous || ambiguousDate(tv)
	}
	r.currency = normalizeCurrencyCell(v[fCurrency])
	var ok bool
	if r.refund, ok = p.parseMoneyField(row, fRefundAmount, &r.currency); !ok {
		return
	}
	if r.ret.Quantity, ok = p.parseCount(row, fQuantity, 1); !ok {
		return
	}
	r.ret.Platform, r.ret.ExternalID, r.ret.OrderExternalID = p.lay.platform, v[fReturnID], v[fOrderID]
	r.ret.SKUID, r.ret.SellerSKU, r.ret.ProductName = v[fSKUID], v[fSellerSKU], v[fProductName]
	r.ret.ProductKey = productKey(r.ret.SellerSKU, r.ret.SKUID, r.ret.ProductName)
	r.ret.ReturnType, r.ret.Reason, r.ret.StatusRaw, r.ret.SubstatusRaw = v[fReturnType], v[fReason], v[fStatus], v[fSubstatus]
	r.ret.TrackingID, r.ret.BuyerNote = v[fTrackingID], v[fBuyerNote]
	r.ret.CountsAsRefund = returnCounts(r.ret.StatusRaw)
	p.queue(nil, r)
}

// closeOrder hands the order being gathered to the queue.
func (p *parser) closeOrder() {
	if p.cur != nil {
		p.queue(p.cur, nil)
		p.cur = nil
	}
}

// queue holds records while their dates cannot be resolved yet (and keeps
// holding everything after them, so records leave in file order).
func (p *parser) queue(o *orderRec, r *returnRec) {
	ambiguous := o != nil && o.ambiguous || r != nil && r.ambiguous
	if p.dateOrder == "" && (ambiguous || p.holding) {
		p.holding = true
		if o != nil {
			p.held.orders = append(p.held.orders, o)
		} else {
			p.held.returns = append(p.held.returns, r)
		}
		return
	}
	p.emit(o, r)
}

// release sends everything held once the date order is known.
func (p *parser) release() {
	held := p.held
	p.held, p.holding = recordBatch{}, false
	for _, o := range held.orders {
		p.emit(o, nil)
	}
	for _, r := range held.returns {
		p.emit(nil, r)
	}
}

func (p *parser) emit(o *orderRec, r *returnRec) {
	if o != nil && p.resolveOrder(o) {
		p.out.orders = append(p.out.orders, o)
	}
	if r != nil && p.resolveReturn(r) {
		p.out.returns = append(p.out.returns, r)
	}
	if len(p.out.orders)+len(p.out.returns) >= batchSize {
		p.flush()
	}
}

func (p *parser) flush() {
	if p.sinkErr != nil || len(p.out.orders)+len(p.out.returns) == 0 {
		p.out = recordBatch{}
		return
	}
	if p.sink != nil {
		p.sinkErr = p.sink(p.out)
	}
	p.out = recordBatch{}
}

// resolveTimes applies the date order and shop zone; a date that does not
// fit the file's order (a file mixing both) makes the record an error.
func (p *parser) resolveTimes(row int, times []timeValue, fields []field, dst []*int64) bool {
	for i, tv := range times {
		v, ok := tv.resolve(p.dateOrder, p.loc)
		if !ok {
			p.rowError(row, p.lay.header(fields[i]), fmt.Sprintf("%s is not a valid date when read %s like the rest of the file.",
				p.lay.header(fields[i]), orderWords(p.dateOrder)))
			return false
		}
		*dst[i] = v
	}
	return true
}

func orderWords(order string) string {
	if order == orderDMY {
		return "day first"
	}
	return "month first"
}
