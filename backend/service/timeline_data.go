package service

import (
	"context"
	"time"

	"afterloop/backend/domain"
	"afterloop/backend/policy"
	"afterloop/backend/store"
	"afterloop/backend/timeline"
)

// timelineData is what every timeline call reads once: settings, product
// content and the effective templates.
type timelineData struct {
	settings  domain.TimelineSettings
	shop      domain.Settings
	loc       *time.Location
	content   map[string]domain.ProductContent
	templates map[string]domain.MessageTemplate // by stage, in the queue's language
	rules     *timeline.Rules
}

func (s *TimelineService) load(ctx context.Context) (*timelineData, error) {
	return loadTimeline(ctx, s.shop)
}

func loadTimeline(ctx context.Context, shop *Shop) (*timelineData, error) {
	d := &timelineData{loc: shop.Location(ctx)}
	var err error
	if d.settings, err = shop.Store.GetTimelineSettings(ctx); err != nil {
		return nil, err
	}
	if d.shop, err = shop.Settings(ctx); err != nil {
		return nil, err
	}
	if d.content, err = shop.Store.ProductContents(ctx); err != nil {
		return nil, err
	}
	saved, err := shop.Store.ListTemplates(ctx)
	if err != nil {
		return nil, err
	}
	d.templates = effectiveTemplates(saved, d.settings.Language)
	d.rules = timeline.NewRules(d.settings, d.content)
	return d, nil
}

// effectiveTemplates picks, per stage, the saved template in language, else
// the saved English one, else the built-in default.
func effectiveTemplates(saved []domain.MessageTemplate, language string) map[string]domain.MessageTemplate {
	out := map[string]domain.MessageTemplate{}
	for _, st := range domain.Stages {
		out[st] = timeline.DefaultTemplate(st)
	}
	for _, lang := range []string{timeline.DefaultLanguage, language} {
		for _, t := range saved {
			if t.Language == lang {
				out[t.Stage] = t
			}
		}
	}
	return out
}

// lookback is how far back an order's latest event can be and still have a
// stage due or upcoming: the longest of the windows that follow delivery.
func (d *timelineData) lookback() int64 {
	s := d.settings
	days := max(s.StaleDays, s.CheckInDays+s.StaleDays, s.DefaultReviewDelayDays+s.ReviewWindowDays)
	for _, c := range d.content {
		days = max(days, c.ReviewDelayDays+s.ReviewWindowDays)
		if c.ReplenishmentEnabled() {
			days = max(days, c.UsageCycleDays*s.ReplenishmentPercent/100+1+s.ReplenishmentWindowDays)
		}
	}
	return int64(days+1) * 24 * 3600
}

// policyContext is the guard's context for a stage's messages.
func (d *timelineData) policyContext(stage string, ignore []policy.Span) policy.Context {
	return policy.Context{Purpose: timeline.Purpose(stage), ChatLimit: d.settings.ChatLimit,
		LinkAllowList: d.settings.LinkAllowList, Ignore: ignore}
}

func (d *timelineData) input(detail store.OrderDetail) timeline.Input {
	return timeline.Input{Order: detail.Order, Lines: detail.Lines, Content: d.content, ShopName: d.shop.ShopName,
		ProcessingDays: d.shop.ProcessingDays, ShipWeekdays: d.settings.ShipWeekdays, Location: d.loc}
}

// render fills the stage's template for one order and runs the guard.
func (d *timelineData) render(detail store.OrderDetail, stage string) Message {
	t := d.templates[stage]
	return d.renderWith(detail, stage, t.Body, t.Fallbacks)
}

func (d *timelineData) renderWith(detail store.OrderDetail, stage, body string, fallbacks map[string]string) Message {
	r := timeline.Render(body, fallbacks, d.input(detail))
	m := Message{Text: r.Text, Unfilled: r.Unfilled, Findings: policy.Check(r.Text, d.policyContext(stage, r.Ignore))}
	m.Blocked = len(m.Unfilled) > 0 || policy.Blocking(m.Findings)
	return m
}
