package service

import (
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/policy"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

// CommentFilter is the comment log filter as the UI sends it.
type CommentFilter struct {
	NegativeOnly bool   `json:"negativeOnly"`
	Open         bool   `json:"open"`
	Subcategory  string `json:"subcategory"`
	Search       string `json:"search"`
}

// Comments lists logged public comments, newest first.
func (s *SupportService) Comments(f CommentFilter) ([]domain.PublicComment, error) {
	return s.shop.Store.ListComments(s.ctx, store.CommentFilter{NegativeOnly: f.NegativeOnly, Open: f.Open,
		Subcategory: f.Subcategory, Search: f.Search})
}

// SaveComment logs (ID 0) or updates a public comment. A new comment with
// no defect chosen gets the one its words suggest, so clusters form without
// extra typing; a posted time of 0 means now.
func (s *SupportService) SaveComment(c domain.PublicComment) (domain.PublicComment, error) {
	if c.PostedAt <= 0 {
		c.PostedAt = s.now().Unix()
	}
	if c.ID == 0 && c.Subcategory == "" {
		if sug := support.Suggest(c.Body); sug.Confidence >= 0.5 {
			c.Subcategory = sug.Subcategory
		}
	}
	out, err := s.shop.Store.SaveComment(s.ctx, c, s.now())
	if err != nil {
		return out, err
	}
	s.platform.Emit(EventDataChanged, "comments")
	return out, nil
}

// DeleteComment removes a comment logged by mistake; the UI offers Undo by
// saving the returned copy again.
func (s *SupportService) DeleteComment(id int64) (domain.PublicComment, error) {
	c, err := s.shop.Store.GetComment(s.ctx, id)
	if err != nil {
		return c, err
	}
	if err := s.shop.Store.DeleteComment(s.ctx, id); err != nil {
		return c, err
	}
	s.platform.Emit(EventDataChanged, "comments")
	c.ID = 0
	return c, nil
}

// CommentDraft is one reply draft with what the guard says about it.
type CommentDraft struct {
	Text     string           `json:"text"`
	Findings []policy.Finding `json:"findings"`
}

// CommentDrafts returns reply drafts for a comment: acknowledge, clarify,
// state the action.
func (s *SupportService) CommentDrafts(id int64) ([]CommentDraft, error) {
	c, err := s.shop.Store.GetComment(s.ctx, id)
	if err != nil {
		return nil, err
	}
	out := []CommentDraft{}
	for _, d := range support.CommentReplyDrafts(c.Subcategory) {
		out = append(out, CommentDraft{Text: d, Findings: s.checkReply(d)})
	}
	return out, nil
}

func (s *SupportService) checkReply(text string) []policy.Finding {
	settings, err := s.shop.Store.GetTimelineSettings(s.ctx)
	if err != nil {
		settings = domain.DefaultTimelineSettings()
	}
	f := policy.Check(text, policy.Context{Purpose: policy.PurposeSupportReply, LinkAllowList: settings.LinkAllowList})
	if f == nil {
		f = []policy.Finding{}
	}
	return f
}

// CopyCommentReply checks the reply (edited or not), copies it and records
// it on the comment as its reply.
func (s *SupportService) CopyCommentReply(id int64, text string) (domain.PublicComment, error) {
	c, err := s.shop.Store.GetComment(s.ctx, id)
	if err != nil {
		return c, err
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return c, emptyReplyError()
	}
	if f := s.checkReply(text); policy.Blocking(f) {
		return c, policy.BlockedError("reply", f)
	}
	if err := s.platform.SetClipboard(text); err != nil {
		return c, clipboardError(err)
	}
	c.Reply, c.RepliedAt = text, s.now().Unix()
	out, err := s.shop.Store.SaveComment(s.ctx, c, s.now())
	if err != nil {
		return out, err
	}
	s.platform.Emit(EventDataChanged, "comments")
	return out, nil
}

// CommentClusters returns defects named by several negative comments in the
// last four weeks: each is a candidate Voice-of-Customer entry.
func (s *SupportService) CommentClusters() ([]store.CommentCluster, error) {
	return s.shop.Store.CommentClusters(s.ctx, s.now().AddDate(0, 0, -28).Unix())
}
