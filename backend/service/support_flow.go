package service

import (
	"strconv"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

const supportSettingsKey = "support"

func (s *SupportService) settings() (domain.SupportSettings, error) {
	v := domain.DefaultSupportSettings()
	_, err := s.shop.Store.GetJSONSetting(s.ctx, supportSettingsKey, &v)
	return v, err
}

// GetSupportSettings returns the support policy settings.
func (s *SupportService) GetSupportSettings() (domain.SupportSettings, error) { return s.settings() }

// SaveSupportSettings validates and stores the support settings.
func (s *SupportService) SaveSupportSettings(v domain.SupportSettings) (domain.SupportSettings, error) {
	if p := v.Validate(); len(p) > 0 {
		e := apperr.New(apperr.CodeInvalidInput, firstProblem(p))
		for k, m := range p {
			_ = e.With(k, m) // With adds the detail to the error itself
		}
		return v, e
	}
	if err := s.shop.Store.SaveJSONSetting(s.ctx, supportSettingsKey, v); err != nil {
		return v, err
	}
	s.platform.Emit(EventDataChanged, "support_settings")
	return v, nil
}

func firstProblem(p map[string]string) string {
	best := ""
	for k := range p {
		if best == "" || k < best {
			best = k
		}
	}
	return p[best]
}

// onlySKU is the line key of an order with one SKU, else "".
func onlySKU(o store.OrderDetail) string {
	key := ""
	for _, l := range o.Lines {
		if key != "" && l.ProductKey != key {
			return ""
		}
		key = l.ProductKey
	}
	return key
}

// TicketBulk is one change for many selected tickets.
type TicketBulk struct {
	IDs        []int64 `json:"ids"`
	TeammateID int64   `json:"teammateId"`
	Status     *string `json:"status"`
	AssigneeID *int64  `json:"assigneeId"`
	AddTag     string  `json:"addTag"`
	RemoveTag  string  `json:"removeTag"`
}

// BulkResult says how many tickets changed and how to undo it.
type BulkResult struct {
	Changed   int    `json:"changed"`
	UndoToken string `json:"undoToken"`
}

// Bulk applies one change to every selected ticket, all or none; the
// result's token undoes it (kept in memory until the next bulk change).
func (s *SupportService) Bulk(b TicketBulk) (BulkResult, error) {
	if b.Status == nil && b.AssigneeID == nil && strings.TrimSpace(b.AddTag) == "" && strings.TrimSpace(b.RemoveTag) == "" {
		return BulkResult{}, apperr.New(apperr.CodeInvalidInput, "Choose what to change.")
	}
	before, err := s.shop.Store.BulkUpdateTickets(s.ctx, store.TicketBulk{IDs: b.IDs, Status: b.Status,
		AssigneeID: b.AssigneeID, AddTag: b.AddTag, RemoveTag: b.RemoveTag}, b.TeammateID, s.now())
	if err != nil {
		return BulkResult{}, err
	}
	s.mu.Lock()
	s.undoSeq++
	token := "bulk-" + strconv.Itoa(s.undoSeq)
	s.lastBulk = bulkUndo{token: token, before: before}
	s.mu.Unlock()
	s.platform.Emit(EventDataChanged, "tickets")
	return BulkResult{Changed: len(before), UndoToken: token}, nil
}

// UndoBulk puts the tickets of the last bulk change back as they were.
func (s *SupportService) UndoBulk(token string) error {
	s.mu.Lock()
	last := s.lastBulk
	if last.token != token || token == "" {
		s.mu.Unlock()
		return apperr.New(apperr.CodeConflict, "That change can no longer be undone: another bulk change came after it.")
	}
	s.lastBulk = bulkUndo{}
	s.mu.Unlock()
	if err := s.shop.Store.RestoreTickets(s.ctx, last.before); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	return nil
}

type bulkUndo struct {
	token  string
	before []domain.Ticket
}

// Tags lists the tags in use, most used first.
func (s *SupportService) Tags() ([]store.TagCount, error) { return s.shop.Store.TicketTags(s.ctx) }

// Questions returns the guided diagnose questions for a subcategory.
func (s *SupportService) Questions(subcategory string) []support.Question {
	return support.Questions(subcategory)
}

// Attention is what the rail badge shows: tickets waiting for a first reply
// and how many of them are past the 12 h (or 24 h) target.
type Attention struct {
	Waiting  int `json:"waiting"`
	Breached int `json:"breached"`
}

// Attention counts unanswered open tickets for the rail badge.
func (s *SupportService) Attention() (Attention, error) {
	settings, err := s.settings()
	if err != nil {
		return Attention{}, err
	}
	target := support.ResponseTarget12h
	if settings.Use24h {
		target = support.ResponseTarget24h
	}
	w, b, err := s.shop.Store.UnansweredCounts(s.ctx, s.now(), target)
	return Attention{Waiting: w, Breached: b}, err
}
