package importer

import "time"

// FileDates lets the other imports (support log, reviews, comments) read
// times the way the order importer does: every format the
// exports use, with the day/month order decided by the file itself.
type FileDates struct {
	evidence dateEvidence
	sample   *DateSample // the first value that reads two ways
}

// Check parses v and notes what it says about the file's day/month order;
// false when v is not a date at all.
func (d *FileDates) Check(v string, row int) bool {
	tv, ok := parseTime(v)
	if ok {
		d.evidence.note(tv, row)
		if d.sample == nil && ambiguousDate(tv) {
			d.sample = newDateSample(v, row, "", tv)
		}
	}
	return ok
}

// Question is a real value to ask the seller about when no value of the
// file settles day-first versus month-first; nil when nothing needs asking.
func (d *FileDates) Question() *DateSample {
	if d.evidence.settled() {
		return nil
	}
	return d.sample
}

// Order decides the order for slash dates from what Check saw (any first
// part over 12 means day first; otherwise month first), with the reason to
// show the seller.
func (d *FileDates) Order() (order, reason string) {
	return decideDateOrder("", d.evidence, RegionEvidence{})
}

// OrderWith decides like Order, with the seller's choice ("" = none) and
// the region evidence for dates no cell settles.
func (d *FileDates) OrderWith(chosen string, region RegionEvidence) (order, reason string) {
	return decideDateOrder(chosen, d.evidence, region)
}

// Settled reports whether the file's own dates decide the order.
func (d *FileDates) Settled() bool { return d.evidence.settled() || !d.evidence.slashed }

// ResolveTime reads v with the decided order; times without an offset are
// shop-local (loc). "" gives 0.
func ResolveTime(v, order string, loc *time.Location) (int64, bool) {
	tv, ok := parseTime(v)
	if !ok {
		return 0, false
	}
	return tv.resolve(order, loc)
}

// DateSample is a real cell of the file that reads two ways, for the
// preview's question ("10/05/2026: 10 May or 5 October?").
type DateSample struct {
	Raw        string `json:"raw"`
	Row        int    `json:"row"`
	Column     string `json:"column"`
	DayFirst   string `json:"dayFirst"`   // the cell read day first, e.g. "10 May 2026"
	MonthFirst string `json:"monthFirst"` // read month first, e.g. "5 October 2026"
}

func newDateSample(raw string, row int, column string, tv timeValue) *DateSample {
	read := func(day, month int32) string {
		return time.Date(int(tv.year), time.Month(month), int(day), 0, 0, 0, 0, time.UTC).Format("2 January 2006")
	}
	return &DateSample{Raw: raw, Row: row, Column: column, DayFirst: read(tv.first, tv.second), MonthFirst: read(tv.second, tv.first)}
}
