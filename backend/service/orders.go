package service

import (
	"context"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// OrderService is bound to the UI: the order table and drawer.
type OrderService struct {
	shop *Shop
	ctx  context.Context
}

// NewOrderService creates the service.
func NewOrderService(shop *Shop) *OrderService {
	return &OrderService{shop: shop, ctx: context.Background()}
}

// OrderFilter is the UI's filter: dates are shop-local YYYY-MM-DD days.
type OrderFilter struct {
	Search   string   `json:"search"`
	Statuses []string `json:"statuses"`
	FromDay  string   `json:"fromDay"` // first day included
	ToDay    string   `json:"toDay"`   // last day included
	Offset   int      `json:"offset"`
	Limit    int      `json:"limit"`
	Oldest   bool     `json:"oldest"` // ascending (oldest, smallest, A–Z) instead of descending
	Sort     string   `json:"sort"`   // created (default) | amount | status
}

// OrderDates is the span of the orders' creation times as shop-local days
// (empty when there are no orders).
type OrderDates struct {
	Oldest   string `json:"oldest"`
	Newest   string `json:"newest"`
	NewestAt int64  `json:"newestAt"`
}

// Query returns one page of orders.
func (s *OrderService) Query(f OrderFilter) (store.OrderPage, error) {
	q, err := s.query(f)
	if err != nil {
		return store.OrderPage{}, err
	}
	return s.shop.Store.QueryOrders(s.ctx, q)
}

// query turns the UI filter into a store query: shop-local days become a
// half-open UTC range.
func (s *OrderService) query(f OrderFilter) (store.OrderQuery, error) {
	loc := s.shop.Location(s.ctx)
	q := store.OrderQuery{Search: f.Search, Statuses: f.Statuses, Offset: f.Offset, Limit: f.Limit, SortBy: f.Sort}
	desc := !f.Oldest
	q.SortDesc = &desc
	if f.FromDay != "" {
		d, err := time.ParseInLocation("2006-01-02", f.FromDay, loc)
		if err != nil {
			return q, apperr.Newf(apperr.CodeInvalidInput, "The start date %q is not a date.", f.FromDay)
		}
		q.From = d.Unix()
	}
	if f.ToDay != "" {
		d, err := time.ParseInLocation("2006-01-02", f.ToDay, loc)
		if err != nil {
			return q, apperr.Newf(apperr.CodeInvalidInput, "The end date %q is not a date.", f.ToDay)
		}
		q.To = d.AddDate(0, 0, 1).Unix()
	}
	return q, nil
}

// Get returns one order with its lines and returns.
func (s *OrderService) Get(id int64) (store.OrderDetail, error) {
	return s.shop.Store.GetOrder(s.ctx, id)
}

// StatusCounts returns the number of orders per normalized status among
// the orders the filter's search and dates keep, so the counts beside the
// status choices match the table once a date range is set.
func (s *OrderService) StatusCounts(f OrderFilter) (map[string]int, error) {
	q, err := s.query(f)
	if err != nil {
		return nil, err
	}
	return s.shop.Store.StatusCounts(s.ctx, q)
}

// Dates returns the oldest and newest order days, for the date picker.
func (s *OrderService) Dates() (OrderDates, error) {
	oldest, newest, err := s.shop.Store.OrderDates(s.ctx)
	if err != nil || newest == 0 {
		return OrderDates{}, err
	}
	loc := s.shop.Location(s.ctx)
	return OrderDates{Oldest: time.Unix(oldest, 0).In(loc).Format("2006-01-02"), Newest: time.Unix(newest, 0).In(loc).Format("2006-01-02"),
		NewestAt: newest}, nil
}
