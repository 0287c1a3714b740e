package health

import (
	"context"
	"fmt"
	"math"

	"afterloop/backend/apperr"
	"afterloop/backend/store"
)

// Metric keys, as the CLI and the UI name them.
const (
	NRR        = "nrr"
	NBFRR      = "non_buyer_fault_refund_rate"
	SFCR       = "sfcr"
	LDR        = "ldr"
	LDRRTS     = "ldr_rts"
	OTDR       = "otdr"
	Response12 = "response_rate_12h"
	Response24 = "response_rate_24h"
)

// How a rate compares with its target.
const (
	Below   = "lt" // good when the rate is below the target
	AtMost  = "le" // good when the rate is at or below the target
	AtLeast = "ge" // good when the rate is at or above the target
)

// Definition is one metric's fixed facts and default target.
type Definition struct {
	Key        string  `json:"key"`
	WindowDays int     `json:"windowDays"`
	Compare    string  `json:"compare"`
	Target     float64 `json:"target"` // default, a fraction 0-1
}

// Catalog lists the metrics in display order.
var Catalog = []Definition{
	{NRR, 60, Below, 0.012},
	// The platform publishes no fixed target here; 2% is a cautious default.
	{NBFRR, 60, AtMost, 0.02},
	{SFCR, 30, AtMost, 0.025},
	{LDR, 30, AtMost, 0.04},
	{LDRRTS, 30, AtMost, 0.04},
	{OTDR, 30, AtLeast, 0.95},
	{Response12, 30, AtLeast, 0.90},
	{Response24, 30, AtLeast, 0.90},
}

func definition(key string) (Definition, bool) {
	for _, d := range Catalog {
		if d.Key == key {
			return d, true
		}
	}
	return Definition{}, false
}

// SettingsKey is where the shop-health settings are stored.
const SettingsKey = "health.settings"

// DefaultDeliveryDays is how many business days after the paid day an
// order should be delivered by.
const DefaultDeliveryDays = 6

// DispatchDays is how many business days after the paid day an order
// must ship by to count as dispatched on time.
const DispatchDays = 2

// MinDenominator is the smallest denominator a metric is judged on.
const MinDenominator = 30

// Settings are the editable targets (fractions 0-1, by metric key) and the
// business days to the deliver-by date.
type Settings struct {
	Targets      map[string]float64 `json:"targets"`
	DeliveryDays int                `json:"deliveryDays"`
}

// DefaultSettings are the catalog's targets and six delivery days.
func DefaultSettings() Settings {
	s := Settings{Targets: map[string]float64{}, DeliveryDays: DefaultDeliveryDays}
	for _, d := range Catalog {
		s.Targets[d.Key] = d.Target
	}
	return s
}

// Target of key, the default when none is saved.
func (s Settings) Target(key string) float64 {
	if v, ok := s.Targets[key]; ok {
		return v
	}
	d, _ := definition(key)
	return d.Target
}

// LoadSettings returns the saved settings over the defaults.
func LoadSettings(ctx context.Context, st *store.Store) (Settings, error) {
	out := DefaultSettings()
	var saved Settings
	if _, err := st.GetJSONSetting(ctx, SettingsKey, &saved); err != nil {
		return out, err
	}
	for k, v := range saved.Targets {
		if _, ok := definition(k); ok {
			out.Targets[k] = v
		}
	}
	if saved.DeliveryDays > 0 {
		out.DeliveryDays = saved.DeliveryDays
	}
	return out, nil
}

// SaveSettings checks and stores s; targets left out keep theirs.
func SaveSettings(ctx context.Context, st *store.Store, s Settings) (Settings, error) {
	out, err := LoadSettings(ctx, st)
	if err != nil {
		return out, err
	}
	problems := map[string]string{}
	for k, v := range s.Targets {
		if _, ok := definition(k); !ok {
			problems[k] = "There is no shop health metric with this key."
		} else if math.IsNaN(v) || v < 0 || v > 1 {
			problems[k] = "Enter a percentage from 0 to 100."
		} else {
			out.Targets[k] = v
		}
	}
	if s.DeliveryDays != 0 {
		if s.DeliveryDays < 1 || s.DeliveryDays > 30 {
			problems["deliveryDays"] = "Enter from 1 to 30 business days."
		} else {
			out.DeliveryDays = s.DeliveryDays
		}
	}
	if len(problems) > 0 {
		e := apperr.New(apperr.CodeInvalidInput, "Some shop health settings could not be saved.")
		for k, msg := range problems {
			e = e.With(k, msg)
		}
		return out, e
	}
	if err := st.SaveJSONSetting(ctx, SettingsKey, out); err != nil {
		return out, fmt.Errorf("save shop health settings: %w", err)
	}
	return out, nil
}
