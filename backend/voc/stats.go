package voc

import "math"

// TwoProportionZ compares two shares, x1 of n1 (before) and x2 of n2
// (after), with the pooled two-proportion z-test:
//
//	p = (x1 + x2) / (n1 + n2)
//	se = sqrt(p (1 − p) (1/n1 + 1/n2))
//	z = (x2/n2 − x1/n1) / se,   p-value = 2 (1 − Φ(|z|)) = erfc(|z| / √2)
//
// Pooling is right here because the null hypothesis is "the fix changed
// nothing", i.e. one refund rate for both windows. ok is false when the
// test is undefined: an empty window, or a pooled share of 0 or 1 (nothing,
// or everything, refunded on both sides, so se = 0). Lines of one order are
// treated as independent, as the scorecard's rate does.
func TwoProportionZ(x1, n1, x2, n2 int) (z, pValue float64, ok bool) {
	if n1 <= 0 || n2 <= 0 {
		return 0, 0, false
	}
	p := float64(x1+x2) / float64(n1+n2)
	se := math.Sqrt(p * (1 - p) * (1/float64(n1) + 1/float64(n2)))
	if se == 0 {
		return 0, 0, false
	}
	z = (float64(x2)/float64(n2) - float64(x1)/float64(n1)) / se
	return z, twoSided(z), true
}

// PoissonRateZ compares two event rates, k1 events over e1 exposures
// (before) and k2 over e2 (after): tickets per order. Tickets are counts,
// not shares (an order can bring two tickets), so instead of a
// two-proportion test this is the pooled z-test for two Poisson rates:
//
//	λ = (k1 + k2) / (e1 + e2)
//	se = sqrt(λ (1/e1 + 1/e2))
//	z = (k2/e2 − k1/e1) / se,   p-value = erfc(|z| / √2)
//
// ok is false with no exposure on a side or no events at all.
func PoissonRateZ(k1, e1, k2, e2 int) (z, pValue float64, ok bool) {
	if e1 <= 0 || e2 <= 0 || k1+k2 == 0 {
		return 0, 0, false
	}
	lambda := float64(k1+k2) / float64(e1+e2)
	se := math.Sqrt(lambda * (1/float64(e1) + 1/float64(e2)))
	z = (float64(k2)/float64(e2) - float64(k1)/float64(e1)) / se
	return z, twoSided(z), true
}

// twoSided is the two-sided p-value of a standard normal z.
func twoSided(z float64) float64 { return math.Erfc(math.Abs(z) / math.Sqrt2) }
