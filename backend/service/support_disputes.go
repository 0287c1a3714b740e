package service

import (
	"errors"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

// DisputeView is a dispute with its countdown and what evidence to gather.
type DisputeView struct {
	domain.Dispute
	Countdown support.Countdown  `json:"countdown"`
	Needed    []string           `json:"needed"` // evidence for the kind, strongest first
	Return    *domain.ReturnLine `json:"return"` // the linked return, if any
}

func workWeek(days []int) support.WorkWeek {
	out := support.WorkWeek{}
	for _, d := range days {
		out = append(out, time.Weekday(d))
	}
	return out
}

func (s *SupportService) disputeView(ticketID int64, settings domain.SupportSettings) (*DisputeView, error) {
	d, err := s.shop.Store.GetDisputeByTicket(s.ctx, ticketID)
	if errors.Is(err, apperr.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return s.viewOf(d)
}

func (s *SupportService) viewOf(d domain.Dispute) (*DisputeView, error) {
	v := &DisputeView{Dispute: d}
	deadline := time.Unix(d.DeadlineAt, 0)
	left := deadline.Sub(s.now())
	v.Countdown = support.Countdown{Deadline: deadline, Left: left, Overdue: left < 0 && d.Outcome == ""}
	if k, ok := domain.FindDisputeKind(d.Kind); ok {
		v.Needed = k.Evidence
	}
	if d.ReturnID != 0 {
		t, err := s.shop.Store.GetTicket(s.ctx, d.TicketID)
		if err != nil {
			return nil, err
		}
		if t.OrderID != 0 {
			if o, err := s.shop.Store.GetOrder(s.ctx, t.OrderID); err == nil {
				for i := range o.Returns {
					if o.Returns[i].ID == d.ReturnID {
						v.Return = &o.Returns[i]
					}
				}
			}
		}
	}
	return v, nil
}

// OpenDispute turns a ticket into a dispute of kind, opened now (or at
// openedAt, Unix seconds, when the platform opened it earlier). The deadline
// is the settings' working days later in the shop time zone; the ticket's
// imported return is linked when there is one (the SKU's, else the order's
// first).
func (s *SupportService) OpenDispute(ticketID int64, kind string, openedAt int64) (DisputeView, error) {
	t, err := s.shop.Store.GetTicket(s.ctx, ticketID)
	if err != nil {
		return DisputeView{}, err
	}
	settings, err := s.settings()
	if err != nil {
		return DisputeView{}, err
	}
	loc := s.shop.Location(s.ctx)
	if openedAt <= 0 {
		openedAt = s.now().Unix()
	}
	deadline := support.AddWorkingDays(time.Unix(openedAt, 0).In(loc), settings.DisputeDays, workWeek(settings.WorkWeek))
	d := domain.Dispute{TicketID: t.ID, Kind: kind, OpenedAt: openedAt, DeadlineAt: deadline.Unix()}
	if t.OrderID != 0 {
		if o, err := s.shop.Store.GetOrder(s.ctx, t.OrderID); err == nil && len(o.Returns) > 0 {
			d.ReturnID = o.Returns[0].ID
			for _, r := range o.Returns {
				if t.SKU != "" && r.ProductKey == t.SKU {
					d.ReturnID = r.ID
					break
				}
			}
		}
	}
	if d, err = s.shop.Store.SaveDispute(s.ctx, d, s.now()); err != nil {
		return DisputeView{}, err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	v, err := s.viewOf(d)
	if err != nil {
		return DisputeView{}, err
	}
	return *v, nil
}

// SaveDispute updates a dispute: kind, evidence gathered, linked return,
// outcome, notes. Changing the kind keeps the deadline.
func (s *SupportService) SaveDispute(d domain.Dispute) (DisputeView, error) {
	old, err := s.shop.Store.GetDisputeByTicket(s.ctx, d.TicketID)
	if err != nil {
		return DisputeView{}, err
	}
	d.ID, d.OpenedAt, d.DeadlineAt = old.ID, old.OpenedAt, old.DeadlineAt
	if d, err = s.shop.Store.SaveDispute(s.ctx, d, s.now()); err != nil {
		return DisputeView{}, err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	v, err := s.viewOf(d)
	if err != nil {
		return DisputeView{}, err
	}
	return *v, nil
}

// CancelDispute turns the dispute back into a plain ticket.
func (s *SupportService) CancelDispute(ticketID int64) error {
	if err := s.shop.Store.DeleteDispute(s.ctx, ticketID); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	return nil
}

// DisputeListRow is one row of the disputes list.
type DisputeListRow struct {
	store.DisputeRow
	Countdown support.Countdown `json:"countdown"`
}

// Disputes lists disputes, open ones first by nearest deadline.
func (s *SupportService) Disputes() ([]DisputeListRow, error) {
	rows, err := s.shop.Store.ListDisputes(s.ctx)
	if err != nil {
		return nil, err
	}
	now := s.now()
	out := make([]DisputeListRow, 0, len(rows))
	for _, r := range rows {
		deadline := time.Unix(r.DeadlineAt, 0)
		left := deadline.Sub(now)
		out = append(out, DisputeListRow{DisputeRow: r,
			Countdown: support.Countdown{Deadline: deadline, Left: left, Overdue: left < 0 && r.Outcome == ""}})
	}
	return out, nil
}

// DisputeKinds returns the dispute types with their evidence checklists,
// evidence labels and outcomes for the forms.
func (s *SupportService) DisputeKinds() DisputeChoices {
	return DisputeChoices{Kinds: domain.DisputeKinds, EvidenceLabels: domain.EvidenceLabels, Outcomes: domain.DisputeOutcomes}
}

// DisputeChoices are the dispute forms' choice lists.
type DisputeChoices struct {
	Kinds          []domain.DisputeKind `json:"kinds"`
	EvidenceLabels map[string]string    `json:"evidenceLabels"`
	Outcomes       []domain.Option      `json:"outcomes"`
}
