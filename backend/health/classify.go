package health

import (
	"context"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// ReasonChoice is a return reason the seller can classify: every reason
// not recognised, and every one already classified by hand (to change it).
type ReasonChoice struct {
	Key    string `json:"key"`
	Reason string `json:"reason"`
	Count  int    `json:"count"` // return lines carrying it
	Fault  string `json:"fault"` // seller | buyer | unknown
	Source string `json:"source"`
}

// ReasonsToClassify lists the reasons that are unknown or were classified
// by the seller, most frequent first.
func ReasonsToClassify(ctx context.Context, st *store.Store) ([]ReasonChoice, error) {
	decided, err := decidedReasons(ctx, st)
	if err != nil {
		return nil, err
	}
	counts, err := st.ReturnReasonCounts(ctx)
	if err != nil {
		return nil, err
	}
	c := newClassifier(decided)
	byKey := map[string]int{}
	out := []ReasonChoice{}
	for _, rc := range counts {
		fault, source := c.classify(rc.Reason)
		if fault != FaultUnknown && source != SourceSeller {
			continue
		}
		key := ReasonKey(rc.Reason)
		if i, ok := byKey[key]; ok {
			out[i].Count += rc.Count
			continue
		}
		byKey[key] = len(out)
		out = append(out, ReasonChoice{Key: key, Reason: rc.Reason, Count: rc.Count, Fault: fault, Source: source})
	}
	return out, nil
}

// ClassifyReason remembers whose fault a return reason is (seller or
// buyer; "" forgets the decision).
func ClassifyReason(ctx context.Context, st *store.Store, reason, fault string, now time.Time) error {
	if fault != FaultSeller && fault != FaultBuyer && fault != "" {
		return apperr.New(apperr.CodeInvalidInput, "Choose seller fault or buyer fault.")
	}
	return st.SaveReasonFault(ctx, store.ReasonFault{Key: ReasonKey(reason), Reason: strings.TrimSpace(reason), Fault: fault},
		now.Unix())
}
