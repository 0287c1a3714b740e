package domain

import (
	"fmt"
	"sort"
	"strings"
)

// TicketFlow is the state of the standard flow every ticket follows
// (acknowledge, ask for proof, diagnose, offer a resolution, confirm it in
// writing, close with a root cause) that is not already a ticket column:
// what proof arrived, the diagnose answers and when the resolution was
// confirmed in writing. Acknowledgement is the first
// reply logged (first_response_at) and the resolution and root cause are
// columns, so they are not repeated here.
type TicketFlow struct {
	ProofRequestedAt int64             `json:"proofRequestedAt"` // 0 = not asked yet
	ProofReceived    []string          `json:"proofReceived"`    // proof item keys ticked
	Answers          map[string]string `json:"answers"`          // diagnose question key -> answer key
	ConfirmedAt      int64             `json:"confirmedAt"`      // resolution confirmed in writing
}

// Normalize sorts and de-duplicates, so equal checklists compare equal.
func (f TicketFlow) Normalize() TicketFlow {
	seen := map[string]bool{}
	out := make([]string, 0, len(f.ProofReceived))
	for _, p := range f.ProofReceived {
		if p = strings.TrimSpace(p); p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	f.ProofReceived = out
	if f.Answers == nil {
		f.Answers = map[string]string{}
	}
	return f
}

// ProofComplete reports whether every proof item the subcategory needs is in.
func (f TicketFlow) ProofComplete(subcategory string) bool {
	for _, need := range ProofFor(subcategory) {
		if !inKeys(need, f.ProofReceived) {
			return false
		}
	}
	return true
}

// FlowStatus is the status the checklist has reached: the furthest step done
// (acknowledged by a reply, proof asked, proof complete, resolution chosen,
// confirmed in writing). Closing stays a deliberate act and needs a root
// cause, so the flow never closes a ticket by itself.
func FlowStatus(t Ticket) string {
	switch {
	case t.Flow.ConfirmedAt != 0:
		return TicketResolved
	case t.Resolution != "":
		return TicketResolutionOffered
	case t.Flow.ProofRequestedAt != 0 && t.Flow.ProofComplete(t.Subcategory):
		return TicketDiagnosing
	case t.Flow.ProofRequestedAt != 0:
		return TicketWaitingForProof
	case t.FirstResponseAt != 0:
		return TicketAcknowledged
	}
	return TicketNew
}

// StatusRank is a status's position in the flow; unknown statuses rank -1.
func StatusRank(status string) int {
	for i, s := range TicketStatuses {
		if s == status {
			return i
		}
	}
	return -1
}

// AdvanceStatus returns the flow's status when it is further along than the
// current one; a status set by hand further along is kept.
func AdvanceStatus(t Ticket) string {
	if f := FlowStatus(t); StatusRank(f) > StatusRank(t.Status) {
		return f
	}
	return t.Status
}

// MaxTags and MaxTagLength bound free tags so a pasted paragraph cannot
// become one.
const (
	MaxTags      = 20
	MaxTagLength = 40
)

// NormalizeTag lower-cases and trims a tag; ok is false for an empty or
// over-long one.
func NormalizeTag(tag string) (string, error) {
	t := strings.ToLower(strings.Join(strings.Fields(tag), " "))
	switch {
	case t == "":
		return "", fmt.Errorf("a tag cannot be empty")
	case len([]rune(t)) > MaxTagLength:
		return "", fmt.Errorf("a tag is at most %d characters", MaxTagLength)
	case strings.Contains(t, ","):
		return "", fmt.Errorf("a tag cannot contain a comma")
	}
	return t, nil
}
