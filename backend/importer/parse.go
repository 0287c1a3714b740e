package importer

import (
	"context"
	"fmt"
	"strings"
	"time"

	"afterloop/backend/domain"
)

// maxListedErrors caps Result.Errors; Skipped still counts every bad row.
const maxListedErrors = 1000

// sampleRows is how many cleaned rows a preview shows.
const sampleRows = 10

// parser turns data rows into order and return records. Records wait in
// held while the file has not yet settled its day/month order and they
// contain dates that depend on it; everything else flows straight to sink,
// so parsing and writing overlap on big files.
type parser struct {
	ctx             context.Context
	lay             *layout
	loc             *time.Location
	dateChoice      string // Options.DateOrder
	defaultCurrency string
	statuses        *statusMapper
	sink            func(recordBatch) error
	onRow           func(rows int) // progress, every progressEvery rows
	keepSamples     bool
	countOnly       bool // preview of a file still missing required columns

	detectedCurrency string
	shopCurrency     string // the currency the seller set, "" when never set
	evidence         dateEvidence
	dateOrder        string      // "" until decided
	dateSample       *DateSample // the first date that reads two ways

	rows, skipped  int
	errors         []domain.RowError
	descriptionRow bool
	samples        [][]string
	sampleRowNums  []int // file row numbers of samples (header = row 1)

	vals    [numFields]string
	sinkErr error // the writer failed: stop reading
	cur     *orderRec
	held    recordBatch
	holding bool
	out     recordBatch
}

const progressEvery = 2000

func newParser(ctx context.Context, lay *layout, opts Options, defaultCurrency string) *parser {
	loc := opts.Location
	if loc == nil {
		loc = time.UTC
	}
	p := &parser{ctx: ctx, lay: lay, loc: loc, dateChoice: opts.DateOrder, defaultCurrency: defaultCurrency,
		statuses: newStatusMapper(), shopCurrency: opts.shopCurrency}
	switch opts.DateOrder {
	case orderDMY, orderMDY, orderYMD:
		p.dateOrder = opts.DateOrder
	}
	return p
}

// run reads every data row after the header, then flushes what is held.
func (p *parser) run(src rowSource) error {
	for src.next() {
		if p.rows%256 == 0 {
			if err := p.ctx.Err(); err != nil {
				return err
			}
		}
		if err := p.row(src.rowNumber(), src.cells(), src.damage()); err != nil {
			return err
		}
	}
	if err := src.err(); err != nil {
		return err
	}
	return p.finish()
}

// row handles one data row.
func (p *parser) row(row int, cells []string, damage string) error {
	blank := true
	for f := field(0); f < numFields; f++ {
		p.vals[f] = ""
		if col := p.lay.col[f]; col >= 0 && col < len(cells) {
			if p.vals[f] = cleanCell(cells[col]); p.vals[f] != "" {
				blank = false
			}
		}
	}
	if blank && damage == "" && isBlankRow(cells) {
		return nil
	}
	key := p.vals[fOrderID]
	if p.lay.kind == domain.KindReturns {
		key = p.vals[fReturnID]
	}
	if row == p.lay.headerRow+1 && looksLikeDescription(key) {
		p.descriptionRow = true
		return nil
	}
	p.rows++
	if p.keepSamples && len(p.samples) < sampleRows {
		p.samples = append(p.samples, cleanRow(cells, len(p.lay.headers)))
		p.sampleRowNums = append(p.sampleRowNums, row)
	}
	if p.onRow != nil && p.rows%progressEvery == 0 {
		p.onRow(p.rows)
	}
	if p.countOnly {
		return nil
	}
	if damage != "" {
		p.rowError(row, "", damage)
		return nil
	}
	if p.lay.kind == domain.KindReturns {
		p.returnRow(row)
	} else {
		p.orderRow(row)
	}
	return p.sinkErr
}

func isBlankRow(cells []string) bool {
	for _, c := range cells {
		if cleanCell(c) != "" {
			return false
		}
	}
	return true
}

func cleanRow(cells []string, width int) []string {
	out := make([]string, width)
	for i := 0; i < width && i < len(cells); i++ {
		out[i] = cleanCell(cells[i])
	}
	return out
}

func (p *parser) rowError(row int, column, message string) {
	p.skipped++
	if len(p.errors) < maxListedErrors {
		p.errors = append(p.errors, domain.RowError{Row: row, Column: column, Message: message})
	}
}

// checkIDs rejects IDs Excel rounded to scientific notation.
func (p *parser) checkIDs(row int, fields ...field) bool {
	for _, f := range fields {
		if v := p.vals[f]; isExcelMangledID(v) {
			p.rowError(row, p.lay.header(f), fmt.Sprintf("%s %q was rounded by Excel and the real ID is lost (the file was re-saved by Excel; export again from Seller Center and import the original file).", p.lay.header(f), v))
			return false
		}
	}
	return true
}

// parseTimeField parses one time cell and feeds the date-order evidence.
func (p *parser) parseTimeField(row int, f field) (timeValue, bool) {
	v := p.vals[f]
	tv, ok := parseTime(v)
	if ok && tv.kind == timeSlashed && !validDate(tv.year, tv.first, tv.second) && !validDate(tv.year, tv.second, tv.first) {
		ok = false
	}
	if !ok {
		p.rowError(row, p.lay.header(f), fmt.Sprintf("%s %q is not a date Afterloop understands (expected for example 01/27/2026 6:03:56 PM, 27/01/2026 18:03:56 or 2026-01-27 18:03:56).", p.lay.header(f), v))
		return tv, false
	}
	if p.dateSample == nil && ambiguousDate(tv) {
		p.dateSample = newDateSample(v, row, p.lay.header(f), tv)
	}
	if p.evidence.note(tv, row) && p.dateOrder == "" {
		p.dateOrder, _ = decideDateOrder(p.dateChoice, p.evidence, p.region())
		p.release()
	}
	return tv, true
}

// parseMoneyField parses one amount and notes the currency it names.
func (p *parser) parseMoneyField(row int, f field, currency *string) (moneyValue, bool) {
	v := p.vals[f]
	mv, cur, ok := parseMoney(v, p.currency(*currency))
	if !ok {
		p.rowError(row, p.lay.header(f), fmt.Sprintf("%s %q is not an amount.", p.lay.header(f), v))
		return mv, false
	}
	if cur != "" && *currency == "" {
		*currency = cur
	}
	// A currency column (Shopify's "Currency") counts as detected too, so
	// the preview names the file's currency rather than the shop's.
	if p.detectedCurrency == "" && *currency != "" {
		p.detectedCurrency = *currency
	}
	return mv, true
}

// parseCount reads a quantity; empty means fallback.
func (p *parser) parseCount(row int, f field, fallback int64) (int64, bool) {
	v := p.vals[f]
	if v == "" {
		return fallback, true
	}
	mv, _, ok := parseMoney(v, "")
	if !ok || mv.scale > 0 && mv.mantissa%pow10(mv.scale) != 0 {
		p.rowError(row, p.lay.header(f), fmt.Sprintf("%s %q is not a whole number.", p.lay.header(f), v))
		return 0, false
	}
	return mv.mantissa / pow10(mv.scale), true
}

func pow10(n int8) int64 {
	v := int64(1)
	for ; n > 0; n-- {
		v *= 10
	}
	return v
}

// currency is the order's own currency, else the file's, else the shop's.
func (p *parser) currency(own string) string {
	switch {
	case own != "":
		return own
	case p.detectedCurrency != "":
		return p.detectedCurrency
	}
	return p.defaultCurrency
}

// firstNonEmpty keeps the first value an order's rows give: Shopify writes
// order-level values only on an order's first row, TikTok repeats them.
func firstNonEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// finish flushes the open order and everything held, deciding the date
// order from the region when the file never settled it.
func (p *parser) finish() error {
	p.closeOrder()
	if p.dateOrder == "" {
		p.dateOrder, _ = decideDateOrder(p.dateChoice, p.evidence, p.region())
	}
	p.release()
	p.flush()
	return p.sinkErr
}

// dateDecision is what the preview shows about the date order.
func (p *parser) dateDecision() (string, string) {
	return decideDateOrder(p.dateChoice, p.evidence, p.region())
}

// region is what the shop and the file say about the region, for dates no
// cell settles.
func (p *parser) region() RegionEvidence {
	zone := ""
	if p.loc != nil && p.loc != time.UTC && p.loc.String() != "UTC" && p.loc.String() != "Local" {
		zone = p.loc.String()
	}
	return RegionEvidence{ShopCurrency: p.shopCurrency, FileCurrency: p.detectedCurrency, Zone: zone,
		StatusLanguage: p.statuses.language()}
}

// dateUnsettled is true when the file holds dates that read two ways and no
// cell of its own decides which: the seller is asked.
func (p *parser) dateUnsettled() bool { return p.dateSample != nil && !p.evidence.settled() }

// unknownStatuses lists raw statuses the dictionary did not know, once each.
func (p *parser) unknownStatuses() []string {
	return append([]string{}, p.statuses.unknown...)
}

// normalizeCurrencyCell reads a Currency column ("INR", "usd").
func normalizeCurrencyCell(v string) string {
	if code := currencyCode(strings.TrimSpace(v)); code != "" {
		return code
	}
	return ""
}
