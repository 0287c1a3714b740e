package importer

import (
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// returnLine creates, updates or leaves alone one returned SKU line. A
// return whose order is not imported yet is kept with no order_id and linked
// when the order arrives (linkReturns).
func (w *writer) returnLine(r *returnRec) error {
	in := r.ret
	w.returnFor[strings.Clone(in.OrderExternalID)] = true
	if err := w.product(&domain.OrderLine{ProductKey: in.ProductKey, SKUID: in.SKUID, SellerSKU: in.SellerSKU,
		ProductName: in.ProductName}); err != nil {
		return err
	}
	orderID, found, err := w.st.FindOrderID(in.Platform, in.OrderExternalID)
	if err != nil {
		return err
	}
	if found {
		in.OrderID = orderID
	}
	key := in.ExternalID + "\x00" + in.ProductKey
	stored, found, err := w.st.FindReturn(in.Platform, in.ExternalID, in.ProductKey)
	if err != nil {
		return err
	}
	if !found {
		return w.insertReturn(key, in)
	}
	if seen, ok := w.returns[key]; ok {
		seen.rows++ // the same return twice in one file
	}
	merged := mergeReturn(stored, in)
	seen, again := w.returns[key]
	if !again {
		seen = &seenRow{id: stored.ID, rows: 1}
		w.returns[key] = seen
	}
	if merged == stored {
		if !again {
			w.unchanged++
			return w.change("return", stored.ID, actionSeen, "")
		}
		return nil
	}
	if seen.action == "" {
		if again {
			w.unchanged--
		}
		before, err := store.TakeSnapshot(w.ctx, w.tx, "returns", stored.ID)
		if err != nil {
			return err
		}
		if err := w.change("return", stored.ID, actionUpdated, before); err != nil {
			return err
		}
		seen.action = actionUpdated
		w.updated++
	}
	return w.st.UpdateReturn(&merged)
}

func (w *writer) insertReturn(key string, in domain.ReturnLine) error {
	id, err := w.st.InsertReturn(&in)
	if err != nil {
		return err
	}
	w.returns[key] = &seenRow{id: id, action: actionCreated, rows: 1}
	w.created++
	return w.change("return", id, actionCreated, "")
}

// mergeReturn applies a re-imported return: the newer file wins, empty
// cells keep what is stored.
func mergeReturn(stored, in domain.ReturnLine) domain.ReturnLine {
	m := stored
	for _, p := range []stringPair{{&m.SKUID, &in.SKUID}, {&m.SellerSKU, &in.SellerSKU},
		{&m.ProductName, &in.ProductName}, {&m.ReturnType, &in.ReturnType}, {&m.Reason, &in.Reason},
		{&m.StatusRaw, &in.StatusRaw}, {&m.SubstatusRaw, &in.SubstatusRaw}, {&m.Currency, &in.Currency},
		{&m.TrackingID, &in.TrackingID}, {&m.BuyerNote, &in.BuyerNote}} {
		if *p.from != "" {
			*p.to = *p.from
		}
	}
	for _, p := range []numberPair{{&m.OrderID, &in.OrderID}, {&m.RefundAmount, &in.RefundAmount},
		{&m.Quantity, &in.Quantity}, {&m.RequestedAt, &in.RequestedAt}, {&m.RefundedAt, &in.RefundedAt}} {
		if *p.from != 0 {
			*p.to = *p.from
		}
	}
	if in.StatusRaw != "" {
		m.CountsAsRefund = in.CountsAsRefund
	}
	return m
}

// product records a SKU the first time an import meets it and fills in
// details an earlier file lacked (a returns export has no category).
func (w *writer) product(l *domain.OrderLine) error {
	key := l.ProductKey
	if key == "" || w.products[key] {
		return nil
	}
	w.products[strings.Clone(key)] = true
	details := store.ProductDetails{l.SKUID, l.SellerSKU, l.ProductName, l.Variation, l.Category}
	id, p, found, err := w.st.FindProduct(key)
	if err != nil {
		return err
	}
	if !found {
		if id, err = w.st.InsertProduct(key, details); err != nil {
			return err
		}
		return w.change("product", id, actionCreated, "")
	}
	next := p
	for i, v := range details {
		if next[i] == "" {
			next[i] = v
		}
	}
	if next == p {
		return nil
	}
	before, err := store.TakeSnapshot(w.ctx, w.tx, "products", id)
	if err != nil {
		return err
	}
	if err := w.change("product", id, actionUpdated, before); err != nil {
		return err
	}
	return w.st.UpdateProduct(id, next)
}

// linkReturns attaches returns that arrived before their orders.
func (w *writer) linkReturns() error { return w.st.LinkReturns() }
