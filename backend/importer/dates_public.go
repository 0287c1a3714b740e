package importer

import "time"

// FileDates lets the other imports (support log, reviews, comments) read
// times the way the order importer does (PRODUCT.md §2): every format the
// exports use, with the day/month order decided by the file itself.
type FileDates struct{ evidence dateEvidence }

// Check parses v and notes what it says about the file's day/month order;
// false when v is not a date at all.
func (d *FileDates) Check(v string, row int) bool {
	tv, ok := parseTime(v)
	if ok {
		d.evidence.note(tv, row)
	}
	return ok
}

// Order decides the order for slash dates from what Check saw (any first
// part over 12 means day first; otherwise month first), with the reason to
// show the seller.
func (d *FileDates) Order() (order, reason string) { return decideDateOrder("", d.evidence, "") }

// ResolveTime reads v with the decided order; times without an offset are
// shop-local (loc). "" gives 0.
func ResolveTime(v, order string, loc *time.Location) (int64, bool) {
	tv, ok := parseTime(v)
	if !ok {
		return 0, false
	}
	return tv.resolve(order, loc)
}
