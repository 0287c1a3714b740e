package importer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Date orders for slash dates such as 01/02/2026.
const (
	orderDMY = "dmy"
	orderMDY = "mdy"
	orderYMD = "ymd"
)

type timeKind uint8

const (
	timeNone     timeKind = iota // empty cell
	timeAbsolute                 // carried its own offset: unix is final
	timeCivil                    // year, month, day known; shop-local
	timeSlashed                  // first/second part order still open; shop-local
)

// timeValue is a parsed time cell. Shop-local values are turned into UTC only
// once the file's day/month order is known (it may be settled by a row far
// below), so parsing and resolving are separate steps.
type timeValue struct {
	kind          timeKind
	first, second int32 // month and day (civil) or the two leading parts (slashed)
	year          int32
	seconds       int32 // seconds into the day
	unix          int64 // timeAbsolute only
}

// parseTime reads the time formats exports use: 01/27/2026 6:03:56 PM,
// 27/01/2026 18:03:56, 2026/01/27 18:03:56, ISO 8601 with or without offset,
// and Excel serial numbers. ok is false for text that is none of these.
func parseTime(s string) (tv timeValue, ok bool) {
	if s == "" {
		return tv, true
	}
	if serial, isSerial := excelSerial(s); isSerial {
		return serial, true
	}
	p := timeParser{s: s}
	n1, d1 := p.number()
	sep := p.peek()
	if d1 == 0 || (sep != '/' && sep != '-' && sep != '.') {
		return tv, false
	}
	p.pos++
	n2, d2 := p.number()
	if d2 == 0 || d2 > 2 || p.peek() != sep {
		return tv, false
	}
	p.pos++
	n3, d3 := p.number()
	switch {
	case d1 == 4 && d3 >= 1 && d3 <= 2:
		tv = timeValue{kind: timeCivil, year: n1, first: n2, second: n3}
	case d1 <= 2 && d3 == 4:
		tv = timeValue{kind: timeSlashed, first: n1, second: n2, year: n3}
	case d1 <= 2 && d3 == 2:
		tv = timeValue{kind: timeSlashed, first: n1, second: n2, year: 2000 + n3}
	default:
		return tv, false
	}
	if p.peek() == 'T' || p.peek() == ' ' {
		p.skipSpaces()
		if p.peek() == 'T' {
			p.pos++
		}
		secs, zone, hasZone, good := p.clock()
		if !good {
			return tv, false
		}
		tv.seconds = secs
		if hasZone {
			if tv.kind != timeCivil {
				return tv, false
			}
			t := time.Date(int(tv.year), time.Month(tv.first), int(tv.second), 0, 0, int(secs), 0, time.UTC)
			if !validDate(tv.year, tv.first, tv.second) {
				return tv, false
			}
			tv.kind, tv.unix = timeAbsolute, t.Unix()-int64(zone)
		}
	}
	return tv, p.pos == len(p.s)
}

// excelSerial reads an Excel date serial (days since 1899-12-30, fraction =
// time of day) as a shop-local civil time.
func excelSerial(s string) (timeValue, bool) {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return timeValue{}, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 1 || f > 2958465 { // 2958465 = 9999-12-31
		return timeValue{}, false
	}
	days := math.Floor(f)
	secs := int64(math.Round((f - days) * 86400))
	t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second)
	return timeValue{kind: timeCivil, year: int32(t.Year()), first: int32(t.Month()), second: int32(t.Day()),
		seconds: int32(t.Hour()*3600 + t.Minute()*60 + t.Second())}, true
}

// resolve turns a parsed value into UTC Unix seconds (0 for an empty cell)
// using the file's date order and the shop's time zone.
func (tv timeValue) resolve(order string, loc *time.Location) (int64, bool) {
	var year, month, day int32
	switch tv.kind {
	case timeNone:
		return 0, true
	case timeAbsolute:
		return tv.unix, true
	case timeCivil:
		year, month, day = tv.year, tv.first, tv.second
	case timeSlashed:
		year, month, day = tv.year, tv.first, tv.second
		if order == orderDMY {
			month, day = tv.second, tv.first
		}
	}
	if !validDate(year, month, day) {
		return 0, false
	}
	return time.Date(int(year), time.Month(month), int(day), 0, 0, int(tv.seconds), 0, loc).Unix(), true
}

func validDate(year, month, day int32) bool {
	if year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 {
		return false
	}
	return day <= int32(time.Date(int(year), time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day())
}

// dateEvidence collects what the file itself says about its day/month order.
type dateEvidence struct {
	firstOver12, secondOver12 int32 // the deciding value
	firstRow, secondRow       int   // where it was seen (0 = never)
	slashed, yearFirst        bool  // which shapes were seen at all
}

// note records one parsed value; it returns true when this value settled the
// order for the first time.
func (e *dateEvidence) note(tv timeValue, row int) bool {
	switch tv.kind {
	case timeCivil, timeAbsolute:
		e.yearFirst = true
	case timeSlashed:
		e.slashed = true
		if tv.first > 12 && tv.first <= 31 && e.firstRow == 0 {
			e.firstOver12, e.firstRow = tv.first, row
			return e.secondRow == 0
		}
		if tv.second > 12 && tv.second <= 31 && e.secondRow == 0 {
			e.secondOver12, e.secondRow = tv.second, row
			return e.firstRow == 0
		}
	}
	return false
}

// settled reports whether the file has decided the order by itself.
func (e *dateEvidence) settled() bool { return e.firstRow != 0 || e.secondRow != 0 }

// RegionEvidence is what the shop and the file say about the region when
// no date in the file settles day-first versus month-first, strongest first.
type RegionEvidence struct {
	ShopCurrency   string // set by the seller; "" when never set
	FileCurrency   string // named by the file's own amounts ("THB 120", "฿120")
	Zone           string // the shop's IANA time zone
	StatusLanguage string // non-English language of the status values
}

// decideDateOrder picks the order for slash dates: the user's choice, else
// the file's evidence (any first part over 12 means day first), else the
// region: the shop's currency if set, the currency the file names, the
// shop's time zone, the language of the status values, in that order. The
// reason is shown in the preview and printed by the CLI.
func decideDateOrder(chosen string, e dateEvidence, region RegionEvidence) (order, reason string) {
	switch chosen {
	case orderDMY, orderMDY, orderYMD:
		return chosen, "chosen in the import options"
	}
	switch {
	case e.firstRow != 0 && e.secondRow != 0:
		if e.firstRow <= e.secondRow {
			return orderDMY, fmt.Sprintf("a date on row %d has %d in its first part (the file mixes orders: dates that do not fit are reported)", e.firstRow, e.firstOver12)
		}
		return orderMDY, fmt.Sprintf("a date on row %d has %d in its second part (the file mixes orders: dates that do not fit are reported)", e.secondRow, e.secondOver12)
	case e.firstRow != 0:
		return orderDMY, fmt.Sprintf("a date on row %d has %d in its first part, so dates are day first", e.firstRow, e.firstOver12)
	case e.secondRow != 0:
		return orderMDY, fmt.Sprintf("a date on row %d has %d in its second part, so dates are month first", e.secondRow, e.secondOver12)
	case !e.slashed && e.yearFirst:
		return orderYMD, "dates are written year first"
	case !e.slashed:
		return orderMDY, "the file has no dates written day/month or month/day"
	}
	return regionDateOrder(region)
}

// regionDateOrder decides from the region evidence alone.
func regionDateOrder(r RegionEvidence) (order, reason string) {
	const unsettled = "no date in the file settles it; "
	words := func(o string) string { return map[string]string{orderDMY: "day first", orderMDY: "month first"}[o] }
	for _, c := range []struct{ code, whose string }{{r.ShopCurrency, "the shop's currency"}, {r.FileCurrency, "the file's currency"}} {
		if c.code == "" {
			continue
		}
		o := orderMDY
		if regionDayFirst(c.code) {
			o = orderDMY
		}
		return o, fmt.Sprintf("%s%s is %s, and %s shops write dates %s", unsettled, c.whose, c.code, c.code, words(o))
	}
	if o := zoneDateOrder(r.Zone); o != "" {
		return o, fmt.Sprintf("%sthe shop's time zone is %s, where exports write dates %s", unsettled, r.Zone, words(o))
	}
	if o := languageDateOrder(r.StatusLanguage); o != "" {
		return o, fmt.Sprintf("%sthe status values are %s, and %s exports write dates %s", unsettled, r.StatusLanguage, r.StatusLanguage, words(o))
	}
	return orderMDY, "nothing in the file or the shop settles it (no currency set, no regional time zone or status language); assumed month first (US style)"
}

// regionDayFirst is true for the currencies of regions whose TikTok Shop
// exports write the day first (South-East Asia, Europe, Latin America).
func regionDayFirst(currency string) bool {
	switch currency {
	case "SGD", "MYR", "THB", "VND", "IDR", "GBP", "EUR", "BRL", "MXN", "AUD", "NZD":
		return true
	}
	return false
}

// zoneDateOrder maps a shop time zone to how exports there write dates;
// "" for zones that say nothing (UTC, unknown).
func zoneDateOrder(zone string) string {
	switch zone {
	case "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar",
		"Asia/Jayapura", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Kuching", "Europe/London", "Europe/Dublin",
		"America/Sao_Paulo", "America/Fortaleza", "America/Recife", "America/Manaus", "America/Bahia",
		"America/Mexico_City", "America/Monterrey", "America/Tijuana", "Asia/Riyadh", "Asia/Dubai":
		return orderDMY
	case "Asia/Manila", "Asia/Tokyo":
		return orderMDY
	}
	switch {
	case strings.HasPrefix(zone, "Europe/"), strings.HasPrefix(zone, "Australia/"), strings.HasPrefix(zone, "Pacific/Auckland"):
		return orderDMY
	case strings.HasPrefix(zone, "America/"), strings.HasPrefix(zone, "US/"), strings.HasPrefix(zone, "Canada/"):
		return orderMDY
	}
	return ""
}

// languageDateOrder maps the status language to how that region's exports
// write dates (Japanese exports use the US style, 01/27/2026).
func languageDateOrder(lang string) string {
	switch lang {
	case langThai, langVietnamese, langIndonesian, langPortuguese:
		return orderDMY
	case langJapanese:
		return orderMDY
	}
	return ""
}
