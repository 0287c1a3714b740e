package service

import (
	"encoding/json"
	"fmt"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/policy"
	"afterloop/backend/store"
	"afterloop/backend/timeline"
)

// StageView is one stage in the order drawer's timeline.
type StageView struct {
	timeline.StageInfo
	Message
}

// OrderTimeline is the six stages of one order.
type OrderTimeline struct {
	OrderID         int64       `json:"orderId"`
	ExternalOrderID string      `json:"externalOrderId"`
	Stages          []StageView `json:"stages"`
}

// StageRef names one order's stage, for actions on several cards at once.
type StageRef struct {
	OrderID int64  `json:"orderId"`
	Stage   string `json:"stage"`
}

// OrderTimeline returns all six stages of an order with their state, times
// and (where the stage applies) the message.
func (s *TimelineService) OrderTimeline(orderID int64) (OrderTimeline, error) {
	d, err := s.load(s.ctx)
	if err != nil {
		return OrderTimeline{}, err
	}
	detail, stages, err := s.orderStages(d, orderID)
	if err != nil {
		return OrderTimeline{}, err
	}
	out := OrderTimeline{OrderID: orderID, ExternalOrderID: detail.Order.ExternalID}
	for _, st := range stages {
		v := StageView{StageInfo: st, Message: Message{Findings: nil, Unfilled: []string{}}}
		if st.State != domain.StateNotApplicable {
			v.Message = d.render(detail, st.Stage)
		}
		out.Stages = append(out.Stages, v)
	}
	return out, nil
}

func (s *TimelineService) orderStages(d *timelineData, orderID int64) (store.OrderDetail, [6]timeline.StageInfo, error) {
	detail, err := s.shop.Store.GetOrder(s.ctx, orderID)
	if err != nil {
		return detail, [6]timeline.StageInfo{}, err
	}
	actions, err := s.shop.Store.OrderTimelineActions(s.ctx, orderID)
	if err != nil {
		return detail, [6]timeline.StageInfo{}, err
	}
	return detail, d.rules.Compute(timeline.FromDomain(detail.Order, detail.Lines), actions, s.now().Unix()), nil
}

// Copy renders the message, puts it on the clipboard and returns it.
func (s *TimelineService) Copy(orderID int64, stage string) (string, error) {
	msg, _, err := s.sendable(orderID, stage, false)
	if err != nil {
		return "", err
	}
	if err := s.platform.SetClipboard(msg.Text); err != nil {
		return "", apperr.Wrap(apperr.CodeInternal, err, "The message could not be copied to the clipboard.")
	}
	return msg.Text, nil
}

// MarkSent records that teammateID (0 = nobody chosen) sent the message now.
func (s *TimelineService) MarkSent(orderID int64, stage string, teammateID int64) error {
	return s.MarkSentMany([]StageRef{{OrderID: orderID, Stage: stage}}, teammateID)
}

// MarkSentMany marks several messages sent at once: all or none, so a
// refused one leaves the selection as it was.
func (s *TimelineService) MarkSentMany(refs []StageRef, teammateID int64) error {
	if len(refs) == 0 {
		return apperr.New(apperr.CodeInvalidInput, "Select at least one message.")
	}
	if err := s.checkTeammate(teammateID); err != nil {
		return err
	}
	now := s.now().Unix()
	actions := make([]domain.TimelineAction, 0, len(refs))
	for _, r := range refs {
		msg, _, err := s.sendable(r.OrderID, r.Stage, true)
		if err != nil {
			return err
		}
		actions = append(actions, domain.TimelineAction{OrderID: r.OrderID, Stage: r.Stage, Action: domain.ActionSent, At: now,
			TeammateID: teammateID, Text: msg.Text})
	}
	return s.record(actions)
}

// Skip records that the message will not be sent, and why.
func (s *TimelineService) Skip(orderID int64, stage, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" || len(reason) > 300 {
		return apperr.New(apperr.CodeInvalidInput, "Say in a few words why this message is skipped (up to 300 characters).").With("reason", "required")
	}
	if _, err := s.stageOf(orderID, stage); err != nil {
		return err
	}
	return s.record([]domain.TimelineAction{{OrderID: orderID, Stage: stage, Action: domain.ActionSkipped, At: s.now().Unix(), Reason: reason}})
}

// Snooze hides a due message until until (UTC seconds); it still expires
// with its window.
func (s *TimelineService) Snooze(orderID int64, stage string, until int64) error {
	now := s.now().Unix()
	if until <= now || until > now+30*24*3600 {
		return apperr.New(apperr.CodeInvalidInput, "Snooze until a time in the next 30 days.")
	}
	st, err := s.stageOf(orderID, stage)
	if err != nil {
		return err
	}
	if st.State != domain.StateDue && st.State != domain.StateSnoozed {
		return apperr.Newf(apperr.CodeConflict, "Only a due message can be snoozed; this one is %s.", strings.ReplaceAll(st.State, "_", " "))
	}
	return s.record([]domain.TimelineAction{{OrderID: orderID, Stage: stage, Action: domain.ActionSnoozed, At: now, SnoozedUntil: until}})
}

// UndoAction removes the sent, skipped or snoozed mark.
func (s *TimelineService) UndoAction(orderID int64, stage string) error {
	if !domain.IsStage(stage) {
		return apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", stage)
	}
	if err := s.shop.Store.DeleteTimelineAction(s.ctx, orderID, stage); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "timeline")
	return nil
}

func (s *TimelineService) record(actions []domain.TimelineAction) error {
	if err := s.shop.Store.SaveTimelineActions(s.ctx, actions); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "timeline")
	return nil
}

func (s *TimelineService) stageOf(orderID int64, stage string) (timeline.StageInfo, error) {
	if !domain.IsStage(stage) {
		return timeline.StageInfo{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", stage)
	}
	d, err := s.load(s.ctx)
	if err != nil {
		return timeline.StageInfo{}, err
	}
	_, stages, err := s.orderStages(d, orderID)
	if err != nil {
		return timeline.StageInfo{}, err
	}
	for _, st := range stages {
		if st.Stage == stage {
			return st, nil
		}
	}
	return timeline.StageInfo{}, apperr.ErrNotFound
}

// sendable renders the stage's message and refuses what cannot go to the
// buyer: a stage that does not apply, an unfilled placeholder or a blocking
// policy finding (copying is refused for the same reasons: copy means send).
func (s *TimelineService) sendable(orderID int64, stage string, marking bool) (Message, timeline.StageInfo, error) {
	if !domain.IsStage(stage) {
		return Message{}, timeline.StageInfo{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", stage)
	}
	d, err := s.load(s.ctx)
	if err != nil {
		return Message{}, timeline.StageInfo{}, err
	}
	detail, stages, err := s.orderStages(d, orderID)
	if err != nil {
		return Message{}, timeline.StageInfo{}, err
	}
	var st timeline.StageInfo
	for _, x := range stages {
		if x.Stage == stage {
			st = x
		}
	}
	label := domain.StageLabels[stage]
	if st.State == domain.StateNotApplicable {
		return Message{}, st, apperr.Newf(apperr.CodeConflict, "Order %s has no %s message: %s", detail.Order.ExternalID, strings.ToLower(label), st.Note)
	}
	if marking && st.State == domain.StateUpcoming && st.TriggerAt == 0 {
		return Message{}, st, apperr.Newf(apperr.CodeConflict, "The %s for order %s is not due yet.", strings.ToLower(label), detail.Order.ExternalID)
	}
	msg := d.render(detail, stage)
	if len(msg.Unfilled) > 0 {
		return msg, st, apperr.Newf(apperr.CodeInvalidInput, "The %s for order %s has no value for %s: add a fallback in the template or the missing data first.",
			strings.ToLower(label), detail.Order.ExternalID, "{{"+strings.Join(msg.Unfilled, "}}, {{")+"}}").With("unfilled", strings.Join(msg.Unfilled, ","))
	}
	if blocked := blockingFindings(msg); len(blocked) > 0 {
		e := apperr.Newf(apperr.CodeInvalidInput, "The %s for order %s breaks TikTok Shop's rules (%q): edit the template first.",
			strings.ToLower(label), detail.Order.ExternalID, blocked[0].Match)
		b, _ := json.Marshal(msg.Findings)
		return msg, st, e.With("findings", string(b))
	}
	return msg, st, nil
}

func blockingFindings(m Message) []policy.Finding {
	var out []policy.Finding
	for _, f := range m.Findings {
		if f.Severity == policy.SeverityBlock {
			out = append(out, f)
		}
	}
	return out
}

func (s *TimelineService) checkTeammate(id int64) error {
	if id == 0 {
		return nil
	}
	team, err := s.shop.Store.ListTeam(s.ctx)
	if err != nil {
		return err
	}
	for _, m := range team {
		if m.ID == id {
			return nil
		}
	}
	return apperr.New(apperr.CodeInvalidInput, fmt.Sprintf("Teammate %d is not on the team any more; choose another.", id))
}
