package importer

import (
	"context"
	"fmt"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/store"
)

// Change actions recorded in import_changes.
const (
	actionCreated = "created"
	actionUpdated = "updated"
	// actionSeen marks an order or return the file contained unchanged. Undo
	// of an older import that created it keeps the row and hands "created"
	// to this import, since its file still says the order exists.
	actionSeen = "seen"
)

// writer applies parsed records inside the import's transaction, keeping
// enough history in import_changes for Undo to reverse it exactly.
type writer struct {
	ctx      context.Context
	tx       *store.Tx
	platform string
	st       *store.OrderImport

	// lookups is false while the platform has no orders yet: a first import
	// then skips one query per order.
	lookups bool
	// Map keys are cloned: cells are slices of their whole row, and keeping
	// one would keep the row alive for the whole import.
	customers map[string]int64
	products  map[string]bool
	orders    map[string]*seenRow // external ID -> what this import did to it
	returns   map[string]*seenRow // return ID + product key
	returnFor map[string]bool     // distinct order IDs named by a returns file

	lines                       int
	created, updated, unchanged int
}

type seenRow struct {
	id     int64
	action string // created | updated | "" (unchanged)
	rows   int    // file rows that fed this order or return
}

// rowCounts attributes every written row to its record's final action: a
// line of a created order is a created row.
func (w *writer) rowCounts() (created, updated, unchanged int) {
	for _, m := range []map[string]*seenRow{w.orders, w.returns} {
		for _, s := range m {
			switch s.action {
			case actionCreated:
				created += s.rows
			case actionUpdated:
				updated += s.rows
			default:
				unchanged += s.rows
			}
		}
	}
	return created, updated, unchanged
}

func newWriter(ctx context.Context, tx *store.Tx, batchID int64, platform string) (*writer, error) {
	st, err := store.PrepareOrderImport(ctx, tx, batchID)
	if err != nil {
		return nil, err
	}
	w := &writer{ctx: ctx, tx: tx, platform: platform, st: st,
		customers: map[string]int64{}, products: map[string]bool{}, orders: map[string]*seenRow{},
		returns: map[string]*seenRow{}, returnFor: map[string]bool{}}
	w.lookups, err = st.HasOrders(platform)
	return w, err
}

func (w *writer) close() { w.st.Close() }

// write applies one batch of records.
func (w *writer) write(b recordBatch) error {
	for _, o := range b.orders {
		if err := w.order(o); err != nil {
			return fmt.Errorf("write order %s: %w", o.order.ExternalID, err)
		}
	}
	for _, r := range b.returns {
		if err := w.returnLine(r); err != nil {
			return fmt.Errorf("write return %s: %w", r.ret.ExternalID, err)
		}
	}
	return nil
}

// change records what the import did to one row; before is "" unless the
// row was updated.
func (w *writer) change(entity string, id int64, action, before string) error {
	return w.st.RecordChange(entity, id, action, before)
}

// order creates, updates or leaves alone one order.
func (w *writer) order(r *orderRec) error {
	o := &r.order
	lines := make([]domain.OrderLine, len(r.lines))
	for i := range r.lines {
		lines[i] = r.lines[i].line
		if err := w.product(&lines[i]); err != nil {
			return err
		}
	}
	w.lines += len(lines)
	var err error
	if o.CustomerID, err = w.customer(o, r.email); err != nil {
		return err
	}
	if seen, ok := w.orders[o.ExternalID]; ok {
		seen.rows += r.rowCount
		return w.orderAgain(seen, o, lines)
	}
	var existing domain.Order
	found := false
	if w.lookups {
		if existing, found, err = w.st.FindOrder(w.platform, o.ExternalID); err != nil {
			return err
		}
	}
	if !found {
		id, err := w.insertOrder(o, lines)
		if err != nil {
			return err
		}
		w.orders[strings.Clone(o.ExternalID)] = &seenRow{id: id, action: actionCreated, rows: r.rowCount}
		w.created++
		return w.change("order", id, actionCreated, "")
	}
	oldLines, err := w.st.OrderLines(existing.ID)
	if err != nil {
		return err
	}
	merged, mergedLines := mergeOrder(existing, *o, oldLines, lines)
	seen := &seenRow{id: existing.ID, rows: r.rowCount}
	w.orders[strings.Clone(o.ExternalID)] = seen
	if merged == existing && linesEqual(oldLines, mergedLines) {
		w.unchanged++
		return w.change("order", existing.ID, actionSeen, "")
	}
	if err := w.markUpdated(seen); err != nil {
		return err
	}
	return w.updateOrder(merged, mergedLines, !linesEqual(oldLines, mergedLines))
}

// orderAgain handles an order whose rows are not all together in the file:
// its new lines are added to what this import already wrote.
func (w *writer) orderAgain(seen *seenRow, o *domain.Order, lines []domain.OrderLine) error {
	existing, found, err := w.st.FindOrder(w.platform, o.ExternalID)
	if err == nil && !found {
		// This import wrote the order a moment ago, so it must be there.
		err = fmt.Errorf("order %s, written by this import, is missing", o.ExternalID)
	}
	if err != nil {
		return err
	}
	oldLines, err := w.st.OrderLines(existing.ID)
	if err != nil {
		return err
	}
	merged := fillOrder(existing, *o)
	all := append(append([]domain.OrderLine{}, oldLines...), lines...)
	for i := range all {
		all[i].LineNo = i + 1
	}
	if seen.action == "" {
		w.unchanged--
		if err := w.markUpdated(seen); err != nil {
			return err
		}
	}
	return w.updateOrder(merged, all, true)
}

// markUpdated records the row's state before this import first changes it.
func (w *writer) markUpdated(seen *seenRow) error {
	before, err := store.TakeSnapshot(w.ctx, w.tx, "orders", seen.id)
	if err != nil {
		return err
	}
	seen.action = actionUpdated
	w.updated++
	return w.change("order", seen.id, actionUpdated, before)
}

func (w *writer) insertOrder(o *domain.Order, lines []domain.OrderLine) (int64, error) {
	search, summary, count := orderSummary(o, lines)
	id, err := w.st.InsertOrder(o, store.OrderSearch{Text: search, Summary: summary, ItemCount: count})
	if err != nil {
		return 0, err
	}
	return id, w.st.InsertLines(id, lines)
}

func (w *writer) updateOrder(o domain.Order, lines []domain.OrderLine, replaceLines bool) error {
	search, summary, count := orderSummary(&o, lines)
	err := w.st.UpdateOrder(&o, store.OrderSearch{Text: search, Summary: summary, ItemCount: count})
	if err != nil || !replaceLines {
		return err
	}
	return w.st.ReplaceLines(o.ID, lines)
}

// customer finds or creates the buyer: Buyer Username, else email, else
// recipient name identifies them on a platform.
func (w *writer) customer(o *domain.Order, email string) (int64, error) {
	key := o.BuyerUsername
	if key == "" {
		key = email
	}
	if key == "" {
		key = o.Recipient
	}
	if key == "" {
		return 0, nil
	}
	if id, ok := w.customers[key]; ok {
		return id, nil
	}
	id, found, err := w.st.FindCustomer(o.Platform, key)
	if err == nil && !found {
		id, err = w.insertCustomer(o.Platform, key)
	}
	if err != nil {
		return 0, err
	}
	w.customers[strings.Clone(key)] = id
	return id, nil
}

func (w *writer) insertCustomer(platform, key string) (int64, error) {
	id, err := w.st.InsertCustomer(platform, key)
	if err != nil {
		return 0, err
	}
	return id, w.change("customer", id, actionCreated, "")
}
