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
	Oldest   bool     `json:"oldest"` // oldest first instead of newest first
}

// Query returns one page of orders.
func (s *OrderService) Query(f OrderFilter) (store.OrderPage, error) {
	loc := s.shop.Location(s.ctx)
	q := store.OrderQuery{Search: f.Search, Statuses: f.Statuses, Offset: f.Offset, Limit: f.Limit}
	desc := !f.Oldest
	q.SortDesc = &desc
	if f.FromDay != "" {
		d, err := time.ParseInLocation("2006-01-02", f.FromDay, loc)
		if err != nil {
			return store.OrderPage{}, apperr.Newf(apperr.CodeInvalidInput, "The start date %q is not a date.", f.FromDay)
		}
		q.From = d.Unix()
	}
	if f.ToDay != "" {
		d, err := time.ParseInLocation("2006-01-02", f.ToDay, loc)
		if err != nil {
			return store.OrderPage{}, apperr.Newf(apperr.CodeInvalidInput, "The end date %q is not a date.", f.ToDay)
		}
		q.To = d.AddDate(0, 0, 1).Unix()
	}
	return s.shop.Store.QueryOrders(s.ctx, q)
}

// Get returns one order with its lines and returns.
func (s *OrderService) Get(id int64) (store.OrderDetail, error) {
	return s.shop.Store.GetOrder(s.ctx, id)
}

// StatusCounts returns the number of orders per normalized status.
func (s *OrderService) StatusCounts() (map[string]int, error) {
	return s.shop.Store.StatusCounts(s.ctx)
}
