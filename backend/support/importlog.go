package support

import (
	"context"
	"fmt"
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
	// colSKU names the product a ticket is about (Seller SKU, else SKU ID);
	// without it the SKU comes from the order or from the buyer's words.
	colSKU = "seller sku"
)

var logColumns = []string{colTicketID, colOrderID, colChannel, colCategory, colSubcategory, colOpenedAt,
	colFirstResponse, colStatus, colRootCause, colResolution, colClosedAt, colAssignee, colBuyerMessage, colSKU}

// LogImportResult is what ImportLog did.
type LogImportResult struct {
	Rows          int               `json:"rows"`
	Created       int               `json:"created"`
	Updated       int               `json:"updated"`
	Unchanged     int               `json:"unchanged"`
	Skipped       int               `json:"skipped"`
	Errors        []domain.RowError `json:"errors"`
	UnknownValues []string          `json:"unknown_values"`
	// DateOrder is how slash dates were read (dmy, mdy or ymd) and why.
	DateOrder       string `json:"date_order"`
	DateOrderReason string `json:"date_order_reason"`
	// DateQuestion is a real value that reads two ways when no value of the
	// file settles the order (nil otherwise): the app asks the seller.
	DateQuestion *importer.DateSample `json:"-"`
}

// LogOptions steer reading a support log.
type LogOptions struct {
	DateOrder string                  // "dmy", "mdy" or "ymd" chosen by the seller; "" = decide
	Region    importer.RegionEvidence // for dates no cell settles
}

// ImportLog reads a support log (.csv or .xlsx) and writes its tickets in one
// transaction, without an import-history entry. Times without a zone are
// read in loc (the shop's zone). Unknown taxonomy values are left blank and
// reported once each; bad rows are skipped with their row number.
func ImportLog(ctx context.Context, st *store.Store, path string, loc *time.Location) (LogImportResult, error) {
	rows, res, err := ParseLog(ctx, path, loc, LogOptions{})
	if err != nil {
		return res, err
	}
	w, err := st.ImportTickets(ctx, rows)
	if err != nil {
		return res, err
	}
	ApplyLogWrite(&res, w)
	return res, nil
}

// ParseLog reads a support log without writing anything: the rows to write
// and the result so far (rows read, skipped rows with reasons, unknown
// values, the date order and why).
func ParseLog(ctx context.Context, path string, loc *time.Location, opts LogOptions) ([]store.TicketImportRow, LogImportResult, error) {
	if loc == nil {
		loc = time.UTC
	}
	res := LogImportResult{Errors: []domain.RowError{}, UnknownValues: []string{}}
	p := &logParser{loc: loc, seen: map[string]bool{}, res: &res, opts: opts}
	if err := readTable(path, p.row); err != nil {
		return nil, res, err
	}
	if p.cols == nil {
		return nil, res, apperr.Newf(apperr.CodeInvalidInput, "%s has no header row; the support log needs at least Ticket ID or Buyer Message, and Opened At.", baseName(path))
	}
	return p.resolveTimes(), res, nil
}

// ApplyLogWrite adds what the store did (created, updated, unchanged, rows
// it refused, unknown orders and teammates) to the result.
func ApplyLogWrite(res *LogImportResult, w store.TicketImportResult) {
	res.Created, res.Updated, res.Unchanged = w.Created, w.Updated, w.Unchanged
	res.Errors = append(res.Errors, w.Errors...)
	res.Skipped += len(w.Errors)
	p := &logParser{res: res, seen: map[string]bool{}}
	for _, v := range res.UnknownValues {
		p.seen[strings.ToLower(v)] = true
	}
	for _, o := range w.UnknownOrders {
		p.unknown("order id", o)
	}
	for _, a := range w.UnknownAssignees {
		p.unknown("assignee", a)
	}
}

type logParser struct {
	loc   *time.Location
	cols  map[string]int // normalized header -> index
	out   []store.TicketImportRow
	times [][3]string // opened, first response, closed of each out row, as written
	dates importer.FileDates
	seen  map[string]bool
	res   *LogImportResult
	opts  LogOptions
}

// resolveTimes reads every row's times with the file's day/month order; a
// row whose date does not exist in that order (31/02) is skipped.
func (p *logParser) resolveTimes() []store.TicketImportRow {
	order, reason := p.dates.OrderWith(p.opts.DateOrder, p.opts.Region)
	p.res.DateOrder, p.res.DateOrderReason = order, reason
	if q := p.dates.Question(); q != nil {
		q.Column = "Opened At"
		p.res.DateQuestion = q
	}
	out := p.out[:0]
	for i, r := range p.out {
		var at [3]int64
		bad := ""
		for j, v := range p.times[i] {
			var ok bool
			if at[j], ok = importer.ResolveTime(v, order, p.loc); !ok && bad == "" {
				bad = fmt.Sprintf("%q is not a date when dates are %s", v, map[string]string{"dmy": "day first", "mdy": "month first", "ymd": "year first"}[order])
			}
		}
		if bad != "" {
			p.res.Skipped++
			p.res.Errors = append(p.res.Errors, domain.RowError{Row: r.Row, Message: bad})
			continue
		}
		r.Ticket.OpenedAt, r.Ticket.FirstResponseAt, r.Ticket.ClosedAt = at[0], at[1], at[2]
		out = append(out, r)
	}
	return out
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
	t := domain.Ticket{ExternalID: get(colTicketID), BuyerText: get(colBuyerMessage), SKU: get(colSKU)}
	if t.ExternalID == "" && t.BuyerText == "" {
		return skip("no Ticket ID and no Buyer Message")
	}
	if t.ExternalID != "" {
		if problem := importer.PlatformIDProblem(t.ExternalID); problem != "" {
			return skip(fmt.Sprintf("Ticket ID %q %s", t.ExternalID, problem))
		}
	}
	// Times are checked now and read once the whole file has said whether
	// its slash dates are day or month first.
	times := [3]string{get(colOpenedAt), get(colFirstResponse), get(colClosedAt)}
	labels := [3]string{"Opened At", "First Response At", "Closed At"}
	if times[0] == "" {
		return skip("no Opened At")
	}
	for i, v := range times {
		if v != "" && !p.dates.Check(v, n) {
			return skip(fmt.Sprintf("%s %q is not a date", labels[i], v))
		}
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
	p.times = append(p.times, times)
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
