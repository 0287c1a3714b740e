package importer

import (
	"database/sql"
	"errors"
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
	err := w.st.findOrderID.QueryRowContext(w.ctx, in.Platform, in.OrderExternalID).Scan(&in.OrderID)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	key := in.ExternalID + "\x00" + in.ProductKey
	stored, err := scanReturn(w.st.findReturn.QueryRowContext(w.ctx, in.Platform, in.ExternalID, in.ProductKey))
	if errors.Is(err, sql.ErrNoRows) {
		return w.insertReturn(key, in)
	}
	if seen, ok := w.returns[key]; ok {
		seen.rows++ // the same return twice in one file
	}
	if err != nil {
		return err
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
			return w.change("return", stored.ID, actionSeen, nil)
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
	_, err = w.st.updateReturn.ExecContext(w.ctx, nullZero(merged.OrderID), merged.SKUID, merged.SellerSKU,
		merged.ProductName, merged.ReturnType, merged.Reason, merged.StatusRaw, merged.SubstatusRaw,
		merged.CountsAsRefund, merged.Currency, merged.RefundAmount, merged.Quantity, nullZero(merged.RequestedAt),
		nullZero(merged.RefundedAt), merged.TrackingID, merged.BuyerNote, w.batchID, merged.ID)
	return err
}

func (w *writer) insertReturn(key string, in domain.ReturnLine) error {
	res, err := w.st.insertReturn.ExecContext(w.ctx, in.Platform, in.ExternalID, in.OrderExternalID,
		nullZero(in.OrderID), in.ProductKey, in.SKUID, in.SellerSKU, in.ProductName, in.ReturnType, in.Reason,
		in.StatusRaw, in.SubstatusRaw, in.CountsAsRefund, in.Currency, in.RefundAmount, in.Quantity,
		nullZero(in.RequestedAt), nullZero(in.RefundedAt), in.TrackingID, in.BuyerNote, w.batchID)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	w.returns[key] = &seenRow{id: id, action: actionCreated, rows: 1}
	w.created++
	return w.change("return", id, actionCreated, nil)
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
	var id int64
	var p [5]string // sku_id, seller_sku, name, variation, category
	err := w.st.findProduct.QueryRowContext(w.ctx, key).Scan(&id, &p[0], &p[1], &p[2], &p[3], &p[4])
	if errors.Is(err, sql.ErrNoRows) {
		res, err := w.st.insertProduct.ExecContext(w.ctx, key, l.SKUID, l.SellerSKU, l.ProductName, l.Variation, l.Category, w.batchID)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return w.change("product", id, actionCreated, nil)
	}
	if err != nil {
		return err
	}
	next := p
	for i, v := range []string{l.SKUID, l.SellerSKU, l.ProductName, l.Variation, l.Category} {
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
	_, err = w.st.updateProduct.ExecContext(w.ctx, next[0], next[1], next[2], next[3], next[4], id)
	return err
}

// linkReturns attaches returns that arrived before their orders.
func (w *writer) linkReturns() error {
	_, err := w.tx.ExecContext(w.ctx, `UPDATE returns SET order_id = (SELECT o.id FROM orders o
		WHERE o.platform = returns.platform AND o.external_id = returns.order_external_id)
		WHERE order_id IS NULL AND EXISTS (SELECT 1 FROM orders o
		WHERE o.platform = returns.platform AND o.external_id = returns.order_external_id)`)
	return err
}
