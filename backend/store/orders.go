package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// OrderQuery filters the order table. Zero values mean "no filter".
type OrderQuery struct {
	Search   string   `json:"search"`   // order ID, buyer, SKU or product, case-insensitive
	Statuses []string `json:"statuses"` // normalized statuses
	From     int64    `json:"from"`     // created at or after (UTC seconds)
	To       int64    `json:"to"`       // created before (UTC seconds)
	Offset   int      `json:"offset"`
	Limit    int      `json:"limit"`
	SortDesc *bool    `json:"sortDesc"` // default newest (largest, last) first
	SortBy   string   `json:"sortBy"`   // created (default) | amount | status
}

// Order table sort keys. Each has an index whose column order matches the
// ORDER BY exactly, so a page is read in index order at any offset.
const (
	SortCreated = "created"
	SortAmount  = "amount"
	SortStatus  = "status"
)

// OrderBySQL is the ORDER BY clause of the order table for a sort key and
// direction (ASC or DESC), for query-plan checks.
func OrderBySQL(sortBy, dir string) (string, error) { return orderBy(sortBy, dir) }

// orderBy is the ORDER BY for a sort key and direction; ties break on id so
// paging never repeats or skips a row.
func orderBy(sortBy, dir string) (string, error) {
	switch sortBy {
	case "", SortCreated:
		return " ORDER BY o.created_at " + dir + ", o.id " + dir, nil
	case SortAmount:
		return " ORDER BY o.order_amount " + dir + ", o.id " + dir, nil
	case SortStatus:
		return " ORDER BY o.status " + dir + ", o.created_at " + dir + ", o.id " + dir, nil
	}
	return "", apperr.Newf(apperr.CodeInvalidInput, "Orders sort by created, amount or status, not %q.", sortBy)
}

// OrderRow is one row of the order table.
type OrderRow struct {
	ID            int64  `json:"id"`
	Platform      string `json:"platform"`
	ExternalID    string `json:"externalId"`
	BuyerUsername string `json:"buyerUsername"`
	Status        string `json:"status"`
	StatusRaw     string `json:"statusRaw"`
	CreatedAt     int64  `json:"createdAt"`
	ItemsSummary  string `json:"itemsSummary"`
	ItemCount     int64  `json:"itemCount"`
	Currency      string `json:"currency"`
	OrderAmount   int64  `json:"orderAmount"`
	RefundAmount  int64  `json:"refundAmount"`
	ReturnCount   int64  `json:"returnCount"`
}

// OrderPage is a window of the filtered order table.
type OrderPage struct {
	Total  int        `json:"total"`
	Offset int        `json:"offset"`
	Rows   []OrderRow `json:"rows"`
}

// OrderDetail is everything the order drawer shows.
type OrderDetail struct {
	Order   domain.Order        `json:"order"`
	Lines   []domain.OrderLine  `json:"lines"`
	Returns []domain.ReturnLine `json:"returns"`
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

func (q OrderQuery) where() (string, []any) {
	var conds []string
	var args []any
	if s := strings.TrimSpace(strings.ToLower(q.Search)); s != "" {
		for _, word := range strings.Fields(s) {
			conds = append(conds, `o.search_text LIKE ? ESCAPE '\'`)
			args = append(args, "%"+escapeLike(word)+"%")
		}
	}
	if len(q.Statuses) > 0 {
		conds = append(conds, "o.status IN ("+strings.TrimSuffix(strings.Repeat("?,", len(q.Statuses)), ",")+")")
		for _, st := range q.Statuses {
			args = append(args, st)
		}
	}
	if q.From > 0 {
		conds = append(conds, "o.created_at >= ?")
		args = append(args, q.From)
	}
	if q.To > 0 {
		conds = append(conds, "o.created_at < ?")
		args = append(args, q.To)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// QueryOrders returns one page of orders matching q plus the total count.
func (s *Store) QueryOrders(ctx context.Context, q OrderQuery) (OrderPage, error) {
	if q.Limit <= 0 || q.Limit > 1000 {
		q.Limit = 200
	}
	if q.Offset < 0 {
		q.Offset = 0
	}
	order := "DESC"
	if q.SortDesc != nil && !*q.SortDesc {
		order = "ASC"
	}
	sortSQL, err := orderBy(q.SortBy, order)
	if err != nil {
		return OrderPage{}, err
	}
	where, args := q.where()
	page := OrderPage{Offset: q.Offset, Rows: []OrderRow{}}
	if err := s.read.QueryRowContext(ctx, "SELECT count(*) FROM orders o"+where, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("count orders: %w", err)
	}
	query := `SELECT o.id, o.platform, o.external_id, o.buyer_username, o.status, o.status_raw,
		COALESCE(o.created_at, 0), o.items_summary, o.item_count, o.currency, o.order_amount, o.refund_amount,
		(SELECT count(*) FROM returns r WHERE r.order_id = o.id)
		FROM orders o` + where + sortSQL + ` LIMIT ? OFFSET ?`
	rows, err := s.read.QueryContext(ctx, query, append(args, q.Limit, q.Offset)...)
	if err != nil {
		return page, fmt.Errorf("query orders: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r OrderRow
		if err := rows.Scan(&r.ID, &r.Platform, &r.ExternalID, &r.BuyerUsername, &r.Status, &r.StatusRaw,
			&r.CreatedAt, &r.ItemsSummary, &r.ItemCount, &r.Currency, &r.OrderAmount, &r.RefundAmount, &r.ReturnCount); err != nil {
			return page, err
		}
		page.Rows = append(page.Rows, r)
	}
	return page, rows.Err()
}

// OrderDates returns the creation times of the oldest and newest orders
// (0, 0 when there are none): the date picker opens on the data.
func (s *Store) OrderDates(ctx context.Context) (oldest, newest int64, err error) {
	err = s.read.QueryRowContext(ctx, "SELECT COALESCE(min(created_at), 0), COALESCE(max(created_at), 0) FROM orders WHERE created_at > 0").
		Scan(&oldest, &newest)
	if err != nil {
		err = fmt.Errorf("order dates: %w", err)
	}
	return oldest, newest, err
}

// StatusCounts returns how many orders have each normalized status among
// those q's search and dates keep (its statuses are ignored: the counts
// label the status choices).
func (s *Store) StatusCounts(ctx context.Context, q OrderQuery) (map[string]int, error) {
	q.Statuses = nil
	where, args := q.where()
	rows, err := s.read.QueryContext(ctx, "SELECT o.status, count(*) FROM orders o"+where+" GROUP BY o.status", args...)
	if err != nil {
		return nil, fmt.Errorf("count statuses: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[st] = n
	}
	return out, rows.Err()
}

// orderColumns lists the columns scanOrder reads, in its order.
const orderColumns = `id, platform, external_id, COALESCE(customer_id, 0), buyer_username, recipient, status_raw, substatus_raw, status,
	currency, order_amount, refund_amount, shipping_fee, taxes,
	COALESCE(created_at, 0), COALESCE(paid_at, 0), COALESCE(rts_at, 0), COALESCE(shipped_at, 0), COALESCE(delivered_at, 0), COALESCE(cancelled_at, 0),
	tracking_id, carrier, delivery_option, cancel_reason, buyer_message, seller_note, country, region, cancel_by, fulfillment_type`

func scanOrder(row rowScanner) (domain.Order, error) {
	var o domain.Order
	err := row.Scan(&o.ID, &o.Platform, &o.ExternalID, &o.CustomerID, &o.BuyerUsername, &o.Recipient, &o.StatusRaw, &o.SubstatusRaw, &o.Status,
		&o.Currency, &o.OrderAmount, &o.RefundAmount, &o.ShippingFee, &o.Taxes,
		&o.CreatedAt, &o.PaidAt, &o.RTSAt, &o.ShippedAt, &o.DeliveredAt, &o.CancelledAt,
		&o.TrackingID, &o.Carrier, &o.DeliveryOption, &o.CancelReason, &o.BuyerMessage, &o.SellerNote, &o.Country, &o.Region,
		&o.CancelBy, &o.FulfillmentType)
	return o, err
}

// orderLineColumns lists the columns scanOrderLine reads, in its order.
const orderLineColumns = `id, order_id, line_no, product_key, sku_id, seller_sku, product_name, variation, category,
	quantity, return_quantity, unit_price, subtotal_before, subtotal_after`

func scanOrderLine(row rowScanner) (domain.OrderLine, error) {
	var l domain.OrderLine
	err := row.Scan(&l.ID, &l.OrderID, &l.LineNo, &l.ProductKey, &l.SKUID, &l.SellerSKU, &l.ProductName, &l.Variation, &l.Category,
		&l.Quantity, &l.ReturnQuantity, &l.UnitPrice, &l.SubtotalBefore, &l.SubtotalAfter)
	return l, err
}

// returnColumns lists the columns scanReturn reads, in its order.
const returnColumns = `id, platform, external_id, order_external_id, COALESCE(order_id, 0), product_key, sku_id, seller_sku,
	product_name, return_type, reason, status_raw, substatus_raw, counts_as_refund, currency, refund_amount, quantity,
	COALESCE(requested_at, 0), COALESCE(refunded_at, 0), tracking_id, buyer_note`

func scanReturn(row rowScanner) (domain.ReturnLine, error) {
	var r domain.ReturnLine
	err := row.Scan(&r.ID, &r.Platform, &r.ExternalID, &r.OrderExternalID, &r.OrderID, &r.ProductKey, &r.SKUID, &r.SellerSKU,
		&r.ProductName, &r.ReturnType, &r.Reason, &r.StatusRaw, &r.SubstatusRaw, &r.CountsAsRefund, &r.Currency, &r.RefundAmount, &r.Quantity,
		&r.RequestedAt, &r.RefundedAt, &r.TrackingID, &r.BuyerNote)
	return r, err
}

// GetOrder returns one order with its lines and returns.
func (s *Store) GetOrder(ctx context.Context, id int64) (OrderDetail, error) {
	var d OrderDetail
	o, err := scanOrder(s.read.QueryRowContext(ctx, "SELECT "+orderColumns+" FROM orders WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return d, fmt.Errorf("order %d: %w", id, apperr.ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("read order: %w", err)
	}
	d.Order = o
	d.Lines, err = s.orderLines(ctx, id)
	if err != nil {
		return d, err
	}
	d.Returns, err = s.returnsForOrder(ctx, o)
	return d, err
}

// FindOrderByExternalID looks an order up by its platform ID.
func (s *Store) FindOrderByExternalID(ctx context.Context, platform, externalID string) (domain.Order, error) {
	o, err := scanOrder(s.read.QueryRowContext(ctx, "SELECT "+orderColumns+" FROM orders WHERE platform = ? AND external_id = ?", platform, externalID))
	if errors.Is(err, sql.ErrNoRows) {
		return o, fmt.Errorf("order %s: %w", externalID, apperr.ErrNotFound)
	}
	return o, err
}

func (s *Store) orderLines(ctx context.Context, orderID int64) ([]domain.OrderLine, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT "+orderLineColumns+" FROM order_lines WHERE order_id = ? ORDER BY line_no", orderID)
	if err != nil {
		return nil, fmt.Errorf("read order lines: %w", err)
	}
	defer rows.Close()
	out := []domain.OrderLine{}
	for rows.Next() {
		l, err := scanOrderLine(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

func (s *Store) returnsForOrder(ctx context.Context, o domain.Order) ([]domain.ReturnLine, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT "+returnColumns+`
		FROM returns WHERE order_id = ? OR (platform = ? AND order_external_id = ?) ORDER BY requested_at, id`, o.ID, o.Platform, o.ExternalID)
	if err != nil {
		return nil, fmt.Errorf("read returns: %w", err)
	}
	defer rows.Close()
	out := []domain.ReturnLine{}
	for rows.Next() {
		r, err := scanReturn(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Stats counts the main tables (the CLI's `stats`).
type Stats struct {
	Orders        int `json:"orders"`
	OrderLines    int `json:"order_lines"`
	Customers     int `json:"customers"`
	Products      int `json:"products"`
	Returns       int `json:"returns"`
	ImportBatches int `json:"import_batches"`
}

// GetStats counts the main tables. Undone import batches are not counted.
func (s *Store) GetStats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines), (SELECT count(*) FROM customers),
		(SELECT count(*) FROM products), (SELECT count(*) FROM returns),
		(SELECT count(*) FROM import_batches WHERE undone_at IS NULL)`).
		Scan(&st.Orders, &st.OrderLines, &st.Customers, &st.Products, &st.Returns, &st.ImportBatches)
	if err != nil {
		return st, fmt.Errorf("count tables: %w", err)
	}
	return st, nil
}
