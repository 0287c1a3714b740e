package health

// Confidence labels.
const (
	High   = "high"   // every input is present
	Medium = "medium" // one input was inferred (a reason matched by keyword, who cancelled)
	Low    = "low"    // too few orders or chats to judge
)

// Status of a metric against its target.
const (
	StatusGood   = "good"
	StatusBad    = "bad"
	StatusTooFew = "too_few" // fewer than MinDenominator: no colour
)

// Metric is one shop-health figure as of a day.
type Metric struct {
	Key         string   `json:"key"`
	Numerator   int      `json:"numerator"`
	Denominator int      `json:"denominator"`
	Rate        *float64 `json:"rate"` // numerator / denominator; nil when the denominator is 0
	WindowDays  int      `json:"windowDays"`
	Target      float64  `json:"target"`
	Compare     string   `json:"compare"`
	Confidence  string   `json:"confidence"`
	Status      string   `json:"status"`
	// Inferred names what made the confidence medium: reason_keyword,
	// unknown_reasons or cancel_by; "" otherwise.
	Inferred string `json:"inferred"`
}

func rate(num, den int) *float64 {
	if den == 0 {
		return nil
	}
	r := float64(num) / float64(den)
	return &r
}

// metricOf turns a count into a Metric with its target, status and
// confidence.
func metricOf(key string, c count, s Settings) Metric {
	d, _ := definition(key)
	m := Metric{Key: key, Numerator: c.num, Denominator: c.den, Rate: rate(c.num, c.den), WindowDays: d.WindowDays,
		Target: s.Target(key), Compare: d.Compare, Confidence: High, Inferred: c.inferred}
	if c.inferred != "" {
		m.Confidence = Medium
	}
	if c.den < MinDenominator {
		m.Confidence, m.Status = Low, StatusTooFew
		return m
	}
	m.Status = StatusBad
	if meets(*m.Rate, m.Target, d.Compare) {
		m.Status = StatusGood
	}
	return m
}

// meets compares a rate with a target the way compare says. Rates are
// compared to a millionth so 4% of 100 orders is "at most 4%".
func meets(r, target float64, compare string) bool {
	const eps = 1e-9
	switch compare {
	case Below:
		return r < target-eps
	case AtMost:
		return r <= target+eps
	default:
		return r >= target-eps
	}
}
