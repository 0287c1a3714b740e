package service

import (
	"encoding/json"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/policy"
	"afterloop/backend/store"
	"afterloop/backend/timeline"
)

// TemplateView is a template with what the guard finds in its own text.
type TemplateView struct {
	domain.MessageTemplate
	StageLabel string           `json:"stageLabel"`
	Purpose    string           `json:"purpose"` // review_request | message | marketing
	Findings   []policy.Finding `json:"findings"`
}

// TemplatePreview is a template filled from a real order.
type TemplatePreview struct {
	OrderID         int64  `json:"orderId"`
	ExternalOrderID string `json:"externalOrderId"`
	Message
	// TemplateFindings are found in the template text itself (what Save checks).
	TemplateFindings    []policy.Finding `json:"templateFindings"`
	UnknownPlaceholders []string         `json:"unknownPlaceholders"`
}

// ListTemplates returns, for every stage, the template in use (edited or
// default) in the queue's language, plus any saved in other languages.
func (s *TimelineService) ListTemplates() ([]TemplateView, error) {
	d, err := s.load(s.ctx)
	if err != nil {
		return nil, err
	}
	saved, err := s.shop.Store.ListTemplates(s.ctx)
	if err != nil {
		return nil, err
	}
	var out []TemplateView
	for _, st := range domain.Stages {
		out = append(out, d.view(d.templates[st]))
	}
	for _, t := range saved {
		if t.Language != d.settings.Language && t.Language != timeline.DefaultLanguage {
			out = append(out, d.view(t))
		}
	}
	return out, nil
}

func (d *timelineData) view(t domain.MessageTemplate) TemplateView {
	if t.Fallbacks == nil {
		t.Fallbacks = map[string]string{}
	}
	return TemplateView{MessageTemplate: t, StageLabel: domain.StageLabels[t.Stage], Purpose: timeline.Purpose(t.Stage),
		Findings: checkTemplate(d, t)}
}

// checkTemplate runs the guard over the template text and every fallback;
// fallback findings point at nothing in the body (offsets -1).
func checkTemplate(d *timelineData, t domain.MessageTemplate) []policy.Finding {
	ctx := d.policyContext(t.Stage, nil)
	ctx.ChatLimit = -1 // the length of a template says nothing about its messages
	out := policy.Check(t.Body, ctx)
	for key, v := range t.Fallbacks {
		for _, f := range policy.Check(v, ctx) {
			if f.Rule == policy.RuleMarketing {
				continue
			}
			f.Match = "{{" + key + "}} fallback: " + f.Match
			f.Start, f.End = -1, -1
			out = append(out, f)
		}
	}
	return out
}

// SaveTemplate validates and saves a template. A template the guard blocks,
// or one with an unknown placeholder, is refused (invalid_input, with the
// findings as JSON in details.findings).
func (s *TimelineService) SaveTemplate(t domain.MessageTemplate) (TemplateView, error) {
	d, err := s.load(s.ctx)
	if err != nil {
		return TemplateView{}, err
	}
	t.Body = strings.TrimSpace(strings.ReplaceAll(t.Body, "\r\n", "\n"))
	t.Language = strings.ToLower(strings.TrimSpace(t.Language))
	if t.Language == "" {
		t.Language = d.settings.Language
	}
	if !domain.IsStage(t.Stage) {
		return TemplateView{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", t.Stage)
	}
	if t.Body == "" || len(t.Body) > 5000 {
		return TemplateView{}, apperr.New(apperr.CodeInvalidInput, "Write the message (up to 5,000 characters).").With("body", "required")
	}
	if unknown := unknownPlaceholders(t.Body); len(unknown) > 0 {
		return TemplateView{}, apperr.Newf(apperr.CodeInvalidInput, "Unknown placeholder {{%s}}: pick one from the list.", unknown[0]).
			With("unknownPlaceholders", strings.Join(unknown, ","))
	}
	clean := map[string]string{}
	for k, v := range t.Fallbacks {
		if v = strings.TrimSpace(v); v != "" && timeline.IsPlaceholder(k) {
			clean[k] = v
		}
	}
	t.Fallbacks = clean
	findings := checkTemplate(d, t)
	if policy.Blocking(findings) {
		var first policy.Finding
		for _, f := range findings {
			if f.Severity == policy.SeverityBlock {
				first = f
				break
			}
		}
		b, _ := json.Marshal(findings)
		return TemplateView{}, apperr.Newf(apperr.CodeInvalidInput, "This template breaks TikTok Shop's rules (%q): %s", first.Match, first.Why).
			With("findings", string(b))
	}
	t.UpdatedAt = s.now().Unix()
	t.IsDefault = false
	if err := s.shop.Store.SaveTemplate(s.ctx, t); err != nil {
		return TemplateView{}, err
	}
	s.platform.Emit(EventDataChanged, "templates")
	return d.view(t), nil
}

// ResetTemplate goes back to the built-in template for the stage.
func (s *TimelineService) ResetTemplate(stage, language string) (TemplateView, error) {
	if !domain.IsStage(stage) {
		return TemplateView{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", stage)
	}
	if language == "" {
		language = timeline.DefaultLanguage
	}
	if err := s.shop.Store.DeleteTemplate(s.ctx, stage, language); err != nil {
		return TemplateView{}, err
	}
	d, err := s.load(s.ctx)
	if err != nil {
		return TemplateView{}, err
	}
	s.platform.Emit(EventDataChanged, "templates")
	return d.view(d.templates[stage]), nil
}

// PreviewTemplate fills a template being edited from a real order: orderID,
// or the most recently delivered order when 0.
func (s *TimelineService) PreviewTemplate(stage, body string, fallbacks map[string]string, orderID int64) (TemplatePreview, error) {
	if !domain.IsStage(stage) {
		return TemplatePreview{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a timeline stage.", stage)
	}
	d, err := s.load(s.ctx)
	if err != nil {
		return TemplatePreview{}, err
	}
	var detail store.OrderDetail
	if orderID == 0 {
		page, err := s.shop.Store.QueryOrders(s.ctx, store.OrderQuery{Statuses: []string{domain.StatusDelivered, domain.StatusCompleted}, Limit: 1})
		if err != nil {
			return TemplatePreview{}, err
		}
		if len(page.Rows) > 0 {
			orderID = page.Rows[0].ID
		}
	}
	if orderID != 0 {
		if detail, err = s.shop.Store.GetOrder(s.ctx, orderID); err != nil {
			return TemplatePreview{}, err
		}
	}
	out := TemplatePreview{OrderID: orderID, ExternalOrderID: detail.Order.ExternalID,
		Message:             d.renderWith(detail, stage, body, fallbacks),
		TemplateFindings:    checkTemplate(d, domain.MessageTemplate{Stage: stage, Body: body, Fallbacks: fallbacks}),
		UnknownPlaceholders: unknownPlaceholders(body)}
	return out, nil
}

// Placeholders is the picker list.
func (s *TimelineService) Placeholders() []timeline.Placeholder { return timeline.Placeholders }

func unknownPlaceholders(body string) []string {
	out := []string{}
	for _, p := range timeline.UsedPlaceholders(body) {
		if !timeline.IsPlaceholder(p) {
			out = append(out, p)
		}
	}
	return out
}

// GetTimelineSettings returns the timeline settings.
func (s *TimelineService) GetTimelineSettings() (domain.TimelineSettings, error) {
	return s.shop.Store.GetTimelineSettings(s.ctx)
}

// SaveTimelineSettings validates and saves the timeline settings.
func (s *TimelineService) SaveTimelineSettings(v domain.TimelineSettings) (domain.TimelineSettings, error) {
	v = v.Normalize()
	if problems := v.Validate(); len(problems) > 0 {
		return v, invalid("Some timeline settings need a fix before they can be saved.", problems)
	}
	if err := s.shop.Store.SaveTimelineSettings(s.ctx, v); err != nil {
		return v, err
	}
	s.platform.Emit(EventDataChanged, "timeline-settings")
	return v, nil
}
