package service

import (
	"os/user"

	"afterloop/backend/clock"
	"afterloop/backend/store"
)

// EraseBuyer removes a buyer's personal data everywhere (Orders drawer →
// Erase buyer), and from the existing backups when alsoBackups is set. The
// erasure is logged with the computer's user name and a fingerprint of the
// key.
func (s *OrderService) EraseBuyer(buyerKey string, alsoBackups bool) (store.Erasure, error) {
	who := "Afterloop"
	if u, err := user.Current(); err == nil {
		who = u.Username
	}
	st := s.shop.Store
	res, err := st.EraseBuyer(s.ctx, buyerKey, who, clock.Now())
	if err != nil || !alsoBackups {
		return res, err
	}
	res.Backups, err = store.EraseBuyerInBackups(s.ctx, st.BackupsDir(), buyerKey, who, clock.Now())
	return res, err
}

// EraseOrderBuyer erases the buyer who placed the order (the drawer's button).
func (s *OrderService) EraseOrderBuyer(orderID int64, alsoBackups bool) (store.Erasure, error) {
	key, err := s.shop.Store.BuyerKeyOfOrder(s.ctx, orderID)
	if err != nil {
		return store.Erasure{}, err
	}
	return s.EraseBuyer(key, alsoBackups)
}

// Erasures is the erasure log, newest first: when, by whom and a
// fingerprint of the buyer key, never the buyer's data.
func (s *OrderService) Erasures() ([]store.Erasure, error) {
	log, err := s.shop.Store.Erasures(s.ctx)
	if err != nil {
		return nil, err
	}
	out := make([]store.Erasure, 0, len(log))
	for i := len(log) - 1; i >= 0; i-- {
		out = append(out, log[i])
	}
	return out, nil
}
