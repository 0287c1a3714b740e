package scorecard

import (
	"context"
	"fmt"
	"math"
	"sort"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// TargetsKey is the settings key the targets are stored under.
const TargetsKey = "scorecard.targets"

// Target is one metric's goal: the value to reach (nil = no target; the
// metric is then judged against last week) and which direction is good.
type Target struct {
	Key       string   `json:"key"`
	Target    *float64 `json:"target"`
	Direction string   `json:"direction"`
}

// storedTarget is what is saved per key; a key that is absent keeps the
// default, so new metrics get theirs after an upgrade.
type storedTarget struct {
	Target    *float64 `json:"target"`
	Direction string   `json:"direction"`
}

// DefaultTargets are the catalog's defaults, in catalog order.
func DefaultTargets() []Target {
	out := make([]Target, len(Catalog))
	for i, d := range Catalog {
		out[i] = Target{Key: d.Key, Target: d.Target, Direction: d.Direction}
	}
	return out
}

// LoadTargets returns every metric's target: saved ones over the defaults.
func LoadTargets(ctx context.Context, st *store.Store) ([]Target, error) {
	saved := map[string]storedTarget{}
	if _, err := st.GetJSONSetting(ctx, TargetsKey, &saved); err != nil {
		return nil, err
	}
	out := DefaultTargets()
	for i, t := range out {
		if s, ok := saved[t.Key]; ok {
			out[i].Target = s.Target
			if s.Direction == Up || s.Direction == Down {
				out[i].Direction = s.Direction
			}
		}
	}
	return out, nil
}

// SaveTargets validates and stores targets; metrics left out keep what they
// had. It returns the full list as now saved.
func SaveTargets(ctx context.Context, st *store.Store, targets []Target) ([]Target, error) {
	saved := map[string]storedTarget{}
	if _, err := st.GetJSONSetting(ctx, TargetsKey, &saved); err != nil {
		return nil, err
	}
	problems := map[string]string{}
	for _, t := range targets {
		d, ok := definition(t.Key)
		if !ok {
			problems[t.Key] = "There is no scorecard metric with this key."
			continue
		}
		if msg := checkTarget(d, t); msg != "" {
			problems[t.Key] = msg
			continue
		}
		saved[t.Key] = storedTarget{Target: t.Target, Direction: t.Direction}
	}
	if len(problems) > 0 {
		keys := make([]string, 0, len(problems))
		for k := range problems {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		e := apperr.New(apperr.CodeInvalidInput, fmt.Sprintf("Target for %s: %s", keys[0], problems[keys[0]]))
		for _, k := range keys {
			_ = e.With(k, problems[k]) // With adds the detail to the error itself
		}
		return nil, e
	}
	if err := st.SaveJSONSetting(ctx, TargetsKey, saved); err != nil {
		return nil, err
	}
	return LoadTargets(ctx, st)
}

func checkTarget(d Definition, t Target) string {
	if t.Direction != Up && t.Direction != Down {
		return `Direction is "up" or "down".`
	}
	if t.Target == nil {
		return ""
	}
	v := *t.Target
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0) || v < 0:
		return "A target is a number of zero or more."
	case d.Unit == UnitRate && v > 1:
		return "Rates are fractions between 0 and 1 (0.05 for 5%)."
	case d.Unit == UnitStars && (v < 1 || v > 5):
		return "A star rating target is between 1 and 5."
	}
	return ""
}

// Status values of a tile.
const (
	StatusGood    = "good"
	StatusBad     = "bad"
	StatusNeutral = "neutral" // no target and no change, or nothing to compare
	StatusNoData  = "no_data" // the value cannot be computed
)

// judge rates a value: against the target when there is one, else by the
// change from last week in the good direction.
func judge(value, previous *float64, t Target) string {
	if value == nil {
		return StatusNoData
	}
	if t.Target != nil {
		if (t.Direction == Up && *value >= *t.Target) || (t.Direction == Down && *value <= *t.Target) {
			return StatusGood
		}
		return StatusBad
	}
	return movedWell(value, previous, t.Direction)
}

// movedWell compares with last week: good, bad, or neutral when equal or
// last week is unknown.
func movedWell(value, previous *float64, direction string) string {
	if value == nil || previous == nil || *value == *previous {
		return StatusNeutral
	}
	if (*value > *previous) == (direction == Up) {
		return StatusGood
	}
	return StatusBad
}
