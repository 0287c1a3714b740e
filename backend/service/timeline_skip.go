package service

import (
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// FirstImport is the cut-off word for "before my first import".
const FirstImport = "first-import"

// SkipBeforeResult is what a bulk skip did, with what Undo needs.
type SkipBeforeResult struct {
	Skipped  int        `json:"skipped"`
	Cutoff   string     `json:"cutoff"`   // shop-local day: messages due before its start were skipped
	CutoffAt int64      `json:"cutoffAt"` // UTC seconds
	Refs     []StageRef `json:"refs"`
}

// SkipBefore skips every message due now whose trigger came before the
// cut-off, with one reason: the first import of an older export puts months
// of delivered orders in the queue, and their review requests and shipping
// updates are long past. The cut-off is a shop-local day (YYYY-MM-DD, skip
// what became due before it) or "first-import" (before the day the first
// order export was imported). Returns the skipped stages for Undo.
func (s *TimelineService) SkipBefore(cutoff, reason string) (SkipBeforeResult, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" || len(reason) > 300 {
		return SkipBeforeResult{}, apperr.New(apperr.CodeInvalidInput, "Say in a few words why these messages are skipped (up to 300 characters).").With("reason", "required")
	}
	at, day, err := s.cutoff(cutoff)
	if err != nil {
		return SkipBeforeResult{}, err
	}
	d, err := s.load(s.ctx)
	if err != nil {
		return SkipBeforeResult{}, err
	}
	now := s.now().Unix()
	entries, err := s.compute(d, now, TabDue, "")
	if err != nil {
		return SkipBeforeResult{}, err
	}
	out := SkipBeforeResult{Cutoff: day, CutoffAt: at, Refs: []StageRef{}}
	var actions []domain.TimelineAction
	for _, e := range entries {
		if e.info.TriggerAt <= 0 || e.info.TriggerAt >= at {
			continue
		}
		actions = append(actions, domain.TimelineAction{OrderID: e.order.ID, Stage: e.info.Stage, Action: domain.ActionSkipped, At: now, Reason: reason})
		out.Refs = append(out.Refs, StageRef{OrderID: e.order.ID, Stage: e.info.Stage})
	}
	out.Skipped = len(actions)
	if len(actions) == 0 {
		return out, nil
	}
	return out, s.record(actions)
}

// CountBefore says how many due messages SkipBefore would skip, for the
// confirmation ("Skip 324 messages due before Nov 3").
func (s *TimelineService) CountBefore(cutoff string) (SkipBeforeResult, error) {
	at, day, err := s.cutoff(cutoff)
	if err != nil {
		return SkipBeforeResult{}, err
	}
	d, err := s.load(s.ctx)
	if err != nil {
		return SkipBeforeResult{}, err
	}
	entries, err := s.compute(d, s.now().Unix(), TabDue, "")
	if err != nil {
		return SkipBeforeResult{}, err
	}
	out := SkipBeforeResult{Cutoff: day, CutoffAt: at, Refs: []StageRef{}}
	for _, e := range entries {
		if e.info.TriggerAt > 0 && e.info.TriggerAt < at {
			out.Skipped++
		}
	}
	return out, nil
}

// UndoSkipped takes back a bulk skip: the skip marks on refs are removed
// (a stage sent or snoozed since keeps its newer mark).
func (s *TimelineService) UndoSkipped(refs []StageRef) (int, error) {
	keys := make([][2]any, 0, len(refs))
	for _, r := range refs {
		if !domain.IsStage(r.Stage) {
			return 0, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", r.Stage)
		}
		keys = append(keys, [2]any{r.OrderID, r.Stage})
	}
	n, err := s.shop.Store.DeleteSkippedActions(s.ctx, keys)
	if err != nil {
		return 0, err
	}
	s.platform.Emit(EventDataChanged, "timeline")
	return n, nil
}

// cutoff resolves a day or "first-import" to the start of that day in the
// shop's zone.
func (s *TimelineService) cutoff(cutoff string) (int64, string, error) {
	loc := s.shop.Location(s.ctx)
	cutoff = strings.TrimSpace(cutoff)
	if cutoff == FirstImport {
		first, err := s.shop.Store.FirstOrderImportAt(s.ctx)
		if err != nil {
			return 0, "", err
		}
		if first == 0 {
			return 0, "", apperr.New(apperr.CodeConflict, "No order export has been imported yet: choose a date instead.")
		}
		cutoff = time.Unix(first, 0).In(loc).Format("2006-01-02")
	}
	day, err := time.ParseInLocation("2006-01-02", cutoff, loc)
	if err != nil {
		return 0, "", apperr.Newf(apperr.CodeInvalidInput, "%q is not a date (YYYY-MM-DD).", cutoff).With("cutoff", "date")
	}
	if day.Unix() > s.now().Unix() {
		return 0, "", apperr.New(apperr.CodeInvalidInput, "Choose a day up to today: later messages are not due yet.").With("cutoff", "future")
	}
	return day.Unix(), cutoff, nil
}
