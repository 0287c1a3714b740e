package service

import (
	"strconv"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/policy"
	"afterloop/backend/support"
)

// Replies to buyers: rendering a reply for a ticket, the policy guard, the
// clipboard and the log; and the saved-reply library.

// CopyReplyRequest is a reply the teammate is about to paste to the buyer.
type CopyReplyRequest struct {
	TicketID   int64  `json:"ticketId"`
	Body       string `json:"body"`
	TeammateID int64  `json:"teammateId"`
	// Fallbacks and Inputs fill placeholders left in Body ({{input:x}} from
	// Inputs["x"]).
	Fallbacks map[string]string `json:"fallbacks"`
	Inputs    map[string]string `json:"inputs"`
}

// CopiedReply is what went to the clipboard.
type CopiedReply struct {
	Text     string             `json:"text"`
	Findings []policy.Finding   `json:"findings"` // warnings only; blocked text is an error
	Event    domain.TicketEvent `json:"event"`
	Ticket   TicketRow          `json:"ticket"`
}

// CopyReply is CopyReplyWith for a body with no free inputs or fallbacks.
func (s *SupportService) CopyReply(ticketID int64, body string, teammateID int64) (CopiedReply, error) {
	return s.CopyReplyWith(CopyReplyRequest{TicketID: ticketID, Body: body, TeammateID: teammateID})
}

// CopyReplyWith renders the reply for the ticket, checks it with the policy
// guard, puts it on the clipboard and logs it; the first reply logged sets
// the ticket's first response time. Unfilled placeholders and blocked text
// are refused (invalid_input) and nothing is copied or logged.
func (s *SupportService) CopyReplyWith(r CopyReplyRequest) (CopiedReply, error) {
	t, err := s.shop.Store.GetTicket(s.ctx, r.TicketID)
	if err != nil {
		return CopiedReply{}, err
	}
	data, ignore := s.replyData(t)
	rendered := support.RenderReply(r.Body, r.Fallbacks, data, r.Inputs)
	if strings.TrimSpace(rendered.Text) == "" {
		return CopiedReply{}, emptyReplyError()
	}
	if len(rendered.Unfilled) > 0 {
		return CopiedReply{}, apperr.Newf(apperr.CodeInvalidInput, "Fill in {{%s}} before copying.", rendered.Unfilled[0]).
			With("unfilled", strings.Join(rendered.Unfilled, ","))
	}
	settings, err := s.shop.Store.GetTimelineSettings(s.ctx)
	if err != nil {
		return CopiedReply{}, err
	}
	findings := policy.Check(rendered.Text, policy.Context{Purpose: policy.PurposeSupportReply,
		LinkAllowList: settings.LinkAllowList, Ignore: spansOf(rendered.Text, ignore)})
	if policy.Blocking(findings) {
		return CopiedReply{}, policy.BlockedError("reply", findings)
	}
	if err := s.platform.SetClipboard(rendered.Text); err != nil {
		return CopiedReply{}, clipboardError(err)
	}
	ev, err := s.shop.Store.LogReply(s.ctx, t.ID, r.TeammateID, rendered.Text, s.now())
	if err != nil {
		return CopiedReply{}, err
	}
	if t, err = s.shop.Store.GetTicket(s.ctx, t.ID); err != nil {
		return CopiedReply{}, err
	}
	s.platform.Emit(EventDataChanged, "tickets")
	return CopiedReply{Text: rendered.Text, Findings: findings, Event: ev, Ticket: s.row(t, s.now())}, nil
}

// replyData is the placeholder data of a ticket and the values that came
// from the platform (product names, IDs), which the guard must not judge.
func (s *SupportService) replyData(t domain.Ticket) (map[string]string, []string) {
	data := map[string]string{support.PlaceholderHours: "24"}
	if settings, err := s.settings(); err == nil {
		data[support.PlaceholderHours] = strconv.Itoa(settings.AckHours)
	}
	if t.OrderID == 0 {
		return data, nil
	}
	o, err := s.shop.Store.GetOrder(s.ctx, t.OrderID)
	if err != nil {
		return data, nil
	}
	data[support.PlaceholderOrderID] = o.Order.ExternalID
	data[support.PlaceholderBuyerName] = o.Order.BuyerUsername
	if len(o.Lines) > 0 {
		data[support.PlaceholderProduct] = o.Lines[0].ProductName
	}
	return data, []string{o.Order.ExternalID, data[support.PlaceholderProduct], o.Order.BuyerUsername}
}

// spansOf finds every occurrence of the values in text.
func spansOf(text string, values []string) []policy.Span {
	var out []policy.Span
	for _, v := range values {
		if v == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], v)
			if i < 0 {
				break
			}
			out = append(out, policy.Span{Start: from + i, End: from + i + len(v)})
			from += i + len(v)
		}
	}
	return out
}

// SavedReplies returns the saved replies; a shop with none gets the
// defaults saved first, so there is always something to start from.
func (s *SupportService) SavedReplies() ([]domain.SavedReply, error) {
	n, err := s.shop.Store.SavedRepliesCount(s.ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		for _, r := range support.DefaultSavedReplies() {
			if _, err := s.shop.Store.SaveSavedReply(s.ctx, r); err != nil {
				return nil, err
			}
		}
	}
	return s.shop.Store.ListSavedReplies(s.ctx)
}

// SaveReply adds (ID 0) or updates a saved reply after the policy guard
// and the placeholder check.
func (s *SupportService) SaveReply(r domain.SavedReply) (domain.SavedReply, error) {
	if unknown := support.UnknownReplyPlaceholders(r.Body); len(unknown) > 0 {
		return domain.SavedReply{}, apperr.Newf(apperr.CodeInvalidInput, "Unknown placeholder {{%s}}: pick one from the list.", unknown[0]).
			With("unknownPlaceholders", strings.Join(unknown, ","))
	}
	settings, err := s.shop.Store.GetTimelineSettings(s.ctx)
	if err != nil {
		return domain.SavedReply{}, err
	}
	// A saved reply is checked as a support reply, its fallbacks too: a
	// blocked word in a fallback would reach the buyer just the same.
	findings := policy.CheckWithFallbacks(strings.TrimSpace(r.Body), r.Fallbacks, policy.Context{
		Purpose: policy.PurposeSupportReply, ChatLimit: -1, LinkAllowList: settings.LinkAllowList})
	if policy.Blocking(findings) {
		return domain.SavedReply{}, policy.BlockedError("reply", findings)
	}
	out, err := s.shop.Store.SaveSavedReply(s.ctx, r)
	if err != nil {
		return domain.SavedReply{}, err
	}
	s.platform.Emit(EventDataChanged, "saved_replies")
	return out, nil
}

// DeleteReply removes a saved reply.
func (s *SupportService) DeleteReply(id int64) error {
	if err := s.shop.Store.DeleteSavedReply(s.ctx, id); err != nil {
		return err
	}
	s.platform.Emit(EventDataChanged, "saved_replies")
	return nil
}

func emptyReplyError() error {
	return apperr.New(apperr.CodeInvalidInput, "The reply is empty.").With("body", "required")
}

func clipboardError(err error) error {
	return apperr.Wrap(apperr.CodeInternal, err, "Could not copy the reply to the clipboard.")
}
