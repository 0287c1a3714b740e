package support

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
)

// Support-log columns, by their normalized header.
const (
	colTicketID      = "ticket id"
	colOrderID       = "order id"
	colChannel       = "channel"
	colCategory      = "category"
	colSubcategory   = "subcategory"
	colOpenedAt      = "opened at"
	colFirstResponse = "first response at"
	colStatus        = "status"
	colRootCause     = "root cause"
	colResolution    = "resolution"
	colClosedAt      = "closed at"
	colAssignee      = "assignee"
	colBuyerMessage  = "buyer message"
)

var logColumns = []string{colTicketID, colOrderID, colChannel, colCategory, colSubcategory, colOpenedAt,
	colFirstResponse, colStatus, colRootCause, colResolution, colClosedAt, colAssignee, colBuyerMessage}

// LogImportResult is what ImportLog did.
type LogImportResult struct {
	Rows          int               `json:"rows"`
	Created       int               `json:"created"`
	Updated       int               `json:"updated"`
	Skipped       int               `json:"skipped"`
	Errors        []domain.RowError `json:"errors"`
	UnknownValues []string          `json:"unknown_values"`
}

// ImportLog reads a support log (.csv or .xlsx) and writes its tickets in one
// transaction. Times without a zone are read in loc (the shop's zone).
// Unknown taxonomy values are left blank and reported once each; bad rows
// are skipped with their row number.
func ImportLog(ctx context.Context, st *store.Store, path string, loc *time.Location) (LogImportResult, error) {
	if loc == nil {
		loc = time.UTC
	}
	res := LogImportResult{Errors: []domain.RowError{}, UnknownValues: []string{}}
	p := &logParser{loc: loc, seen: map[string]bool{}, res: &res}
	if err := readTable(path, p.row); err != nil {
		return res, err
	}
	if p.cols == nil {
		return res, apperr.Newf(apperr.CodeInvalidInput, "%s has no header row; the support log needs at least Ticket ID or Buyer Message, and Opened At.", baseName(path))
	}
	w, err := st.ImportTickets(ctx, p.out)
	if err != nil {
		return res, err
	}
	res.Created, res.Updated = w.Created, w.Updated
	res.Errors = append(res.Errors, w.Errors...)
	res.Skipped += len(w.Errors)
	for _, o := range w.UnknownOrders {
		p.unknown("order id", o)
	}
	for _, a := range w.UnknownAssignees {
		p.unknown("assignee", a)
	}
	return res, nil
}

type logParser struct {
	loc  *time.Location
	cols map[string]int // normalized header -> index
	out  []store.TicketImportRow
	seen map[string]bool
	res  *LogImportResult
}

func (p *logParser) unknown(field, value string) {
	k := field + ": " + strings.ToLower(value)
	if p.seen[k] {
		return
	}
	p.seen[k] = true
	p.res.UnknownValues = append(p.res.UnknownValues, field+": "+value)
}

func (p *logParser) row(n int, cells []string) error {
	blank := true
	for i := range cells {
		cells[i] = cleanCell(cells[i])
		if cells[i] != "" {
			blank = false
		}
	}
	if blank {
		return nil
	}
	if p.cols == nil {
		return p.header(cells)
	}
	p.res.Rows++
	get := func(col string) string {
		if i, ok := p.cols[col]; ok && i < len(cells) {
			return cells[i]
		}
		return ""
	}
	skip := func(msg string) error {
		p.res.Skipped++
		p.res.Errors = append(p.res.Errors, domain.RowError{Row: n, Message: msg})
		return nil
	}
	t := domain.Ticket{ExternalID: get(colTicketID), BuyerText: get(colBuyerMessage)}
	if t.ExternalID == "" && t.BuyerText == "" {
		return skip("no Ticket ID and no Buyer Message")
	}
	var bad string
	date := func(col, label string, required bool) int64 {
		v := get(col)
		if v == "" {
			if required && bad == "" {
				bad = "no " + label
			}
			return 0
		}
		at, ok := parseLogTime(v, p.loc)
		if !ok && bad == "" {
			bad = fmt.Sprintf("%s %q is not a date", label, v)
		}
		return at
	}
	t.OpenedAt = date(colOpenedAt, "Opened At", true)
	t.FirstResponseAt = date(colFirstResponse, "First Response At", false)
	t.ClosedAt = date(colClosedAt, "Closed At", false)
	if bad != "" {
		return skip(bad)
	}
	t.Channel = p.match("channel", get(colChannel), domain.ChannelOptions)
	t.Status = p.match("status", get(colStatus), domain.StatusOptions)
	t.RootCause = p.match("root cause", get(colRootCause), domain.RootCauses)
	t.Resolution = p.match("resolution", get(colResolution), domain.Resolutions)
	var cats, subs []domain.Option
	for _, c := range domain.SupportTaxonomy {
		cats = append(cats, domain.Option{Key: c.Key, Label: c.Label})
		for _, s := range c.Subcategories {
			subs = append(subs, domain.Option{Key: s.Key, Label: s.Label})
		}
	}
	t.Category = p.match("category", get(colCategory), cats)
	if raw := get(colSubcategory); raw != "" {
		t.Subcategory = p.match("subcategory", raw, subs)
		if c, _, ok := domain.FindSubcategory(t.Subcategory); ok {
			switch {
			case t.Category == "" && get(colCategory) == "":
				t.Category = c.Key
			case c.Key != t.Category:
				t.Subcategory = ""
				p.unknown("subcategory", raw)
			}
		}
	}
	p.out = append(p.out, store.TicketImportRow{Row: n, Ticket: t,
		OrderExternalID: get(colOrderID), AssigneeName: get(colAssignee)})
	return nil
}

// header maps the first non-blank row; column names match in any order and
// case, extra columns are ignored.
func (p *logParser) header(cells []string) error {
	cols := map[string]int{}
	for i, c := range cells {
		h := normHeader(c)
		for _, want := range logColumns {
			if h == want {
				if _, dup := cols[h]; !dup {
					cols[h] = i
				}
			}
		}
	}
	_, hasID := cols[colTicketID]
	_, hasMsg := cols[colBuyerMessage]
	if _, ok := cols[colOpenedAt]; !ok || (!hasID && !hasMsg) {
		return apperr.New(apperr.CodeInvalidInput,
			"This is not a support log: the first row needs the columns Opened At and Ticket ID or Buyer Message.")
	}
	p.cols = cols
	return nil
}

// match returns the option key whose key or label equals raw ignoring case,
// spacing and underscores; otherwise "" and raw is reported once.
func (p *logParser) match(field, raw string, opts []domain.Option) string {
	if raw == "" {
		return ""
	}
	n := normValue(raw)
	for _, o := range opts {
		if n == normValue(o.Key) || n == normValue(o.Label) {
			return o.Key
		}
	}
	p.unknown(field, raw)
	return ""
}

func normHeader(s string) string {
	s = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, "_", " "), "-", " "))
	return strings.Join(strings.Fields(s), " ")
}

func normValue(s string) string {
	s = strings.NewReplacer("_", " ", "’", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// cleanCell applies the order importer's cell rules (TABs, BOM, zero-width
// characters, NUL, leading apostrophe) and also undoes Excel's ="..." text
// guard, which support logs re-saved from spreadsheets often carry.
func cleanCell(s string) string {
	s = importer.CleanCell(s)
	if strings.HasPrefix(s, `="`) && strings.HasSuffix(s, `"`) && len(s) >= 3 {
		s = importer.CleanCell(s[2 : len(s)-1])
	}
	return s
}

var logTimeLayouts = []string{
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006/01/02 15:04:05", "2006/01/02 15:04", "2006-01-02", "2006/01/02",
}

// parseLogTime reads year-first dates (shop-local unless the value carries an
// offset) and spreadsheet serial numbers; returns UTC Unix seconds.
func parseLogTime(v string, loc *time.Location) (int64, bool) {
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.Unix(), true
	}
	for _, l := range logTimeLayouts {
		if t, err := time.ParseInLocation(l, v, loc); err == nil {
			return t.Unix(), true
		}
	}
	// Excel serial date (days since 1899-12-30), as .xlsx stores date cells.
	if f, err := strconv.ParseFloat(v, 64); err == nil && f > 20000 && f < 80000 {
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		d := base.Add(time.Duration(f*86400+0.5) * time.Second)
		return time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), 0, loc).Unix(), true
	}
	return 0, false
}
