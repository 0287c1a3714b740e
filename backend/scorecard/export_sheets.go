package scorecard

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// refundsHeaderRow is where the Refunds by SKU table starts.
const refundsHeaderRow = 4

// RefundColumns are the Refunds by SKU sheet's columns, in order.
var RefundColumns = []string{"SKU", "Product", "Lines", "Refunded lines", "Refund rate",
	"Lines last week", "Refunded last week", "Rate last week", "Change"}

func (b *book) refunds() error {
	sheet := SheetRefunds
	if _, err := b.f.NewSheet(sheet); err != nil {
		return err
	}
	if err := b.heading(sheet, "Refunds by SKU — "+b.v.Week); err != nil {
		return err
	}
	cols := make([][]string, len(RefundColumns))
	for i, h := range RefundColumns {
		kind := "header-right"
		if i < 2 {
			kind = "header"
		}
		if err := b.put(sheet, i+1, refundsHeaderRow, h, kind); err != nil {
			return err
		}
		cols[i] = append(cols[i], h)
	}
	count, rate, change := "num:#,##0", "num:"+b.numberFormat(UnitRate, false), "num:"+b.numberFormat(UnitRate, true)
	row := refundsHeaderRow
	writeRow := func(values []any, kinds []string) error {
		row++
		for i, v := range values {
			if err := b.put(sheet, i+1, row, v, kinds[i]); err != nil {
				return err
			}
			if s, ok := v.(string); ok {
				cols[i] = append(cols[i], s)
			}
		}
		return nil
	}
	kinds := []string{"text", "text", count, count, rate, count, count, rate, change}
	for _, r := range b.v.RefundBySKU {
		if err := writeRow([]any{r.SKU, r.Name, r.EligibleLines, r.RefundedLines, number(r.Rate),
			r.PreviousEligible, r.PreviousRefunded, number(r.PreviousRate), number(r.Change)}, kinds); err != nil {
			return err
		}
	}
	last := row
	cur, prev := b.v.Metrics, b.v.Previous
	var totalChange *float64
	if cur.RefundRate != nil && prev.RefundRate != nil {
		totalChange = ptr(*cur.RefundRate - *prev.RefundRate)
	}
	totalKinds := []string{"header", "header", "header-" + count, "header-" + count, "header-" + rate,
		"header-" + count, "header-" + count, "header-" + rate, "header-" + change}
	if err := writeRow([]any{"All SKUs", "", cur.EligibleLines, cur.RefundedLines, number(cur.RefundRate),
		prev.EligibleLines, prev.RefundedLines, number(prev.RefundRate), number(totalChange)}, totalKinds); err != nil {
		return err
	}
	if last > refundsHeaderRow {
		ref := fmt.Sprintf("A%d:I%d", refundsHeaderRow, last)
		if err := b.f.AutoFilter(sheet, ref, nil); err != nil {
			return err
		}
	}
	for i := 2; i < len(cols); i++ {
		cols[i] = append(cols[i], strings.Repeat("0", 9))
	}
	if err := b.widths(sheet, cols, 8, 45); err != nil {
		return err
	}
	if err := b.f.SetRowHeight(sheet, refundsHeaderRow, 30); err != nil {
		return err
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: refundsHeaderRow,
		TopLeftCell: fmt.Sprintf("A%d", refundsHeaderRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.printSetup(sheet, refundsHeaderRow, false)
}

// definitions explains every metric in words, and the rules behind them.
func (b *book) definitions() error {
	sheet := SheetDefinitions
	if _, err := b.f.NewSheet(sheet); err != nil {
		return err
	}
	if err := b.heading(sheet, "Definitions"); err != nil {
		return err
	}
	header := []string{"Metric", "Unit", "Good when", "Definition"}
	for i, h := range header {
		if err := b.put(sheet, i+1, refundsHeaderRow, h, "header"); err != nil {
			return err
		}
	}
	units := map[string]string{UnitCount: "Count", UnitMoney: "Money (" + b.v.Currency + ")", UnitRate: "Percent",
		UnitHours: "Hours", UnitStars: "Stars (1–5)", UnitWords: "Words"}
	row := refundsHeaderRow
	labels := []string{"Metric"}
	for _, d := range Catalog {
		row++
		for i, v := range []string{d.Label, units[d.Unit], directionText(d.Direction), d.Definition} {
			if err := b.put(sheet, i+1, row, v, "wrap"); err != nil {
				return err
			}
		}
		if err := b.fitRow(sheet, row, d.Definition); err != nil {
			return err
		}
		labels = append(labels, d.Label)
	}
	row++
	notes := []string{
		"Week: ISO week, Monday 00:00 to Sunday 24:00 in the shop time zone (" + b.v.TimeZone + "). Times in imported files are read as shop-local.",
		"Eligible order: any status except cancelled. Line key: Seller SKU, else SKU ID.",
		"Change: this week minus last week. For percentages the change is in percentage points (3.0% to 4.5% shows +1.5%).",
		"Status: against the target when there is one (Good when at or better than the target), else against last week.",
		"Within N hours or days includes the limit: a reply exactly 12 hours after opening is within 12 hours; a second order exactly 30×24 hours after the first is within 30 days.",
		"Empty cells: the value cannot be computed (nothing to divide by, or a repeat rate whose window is not yet covered by the imported orders).",
	}
	for _, n := range notes {
		row++
		if err := b.put(sheet, 1, row, "Note", "wrap"); err != nil {
			return err
		}
		if err := b.put(sheet, 4, row, n, "wrap"); err != nil {
			return err
		}
		if err := b.fitRow(sheet, row, n); err != nil {
			return err
		}
	}
	if err := b.widths(sheet, [][]string{labels, {"Money (USD) "}, {"Good when"}}, 8, 40); err != nil {
		return err
	}
	if err := b.f.SetColWidth(sheet, "D", "D", definitionWidth); err != nil {
		return err
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: refundsHeaderRow,
		TopLeftCell: fmt.Sprintf("A%d", refundsHeaderRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.printSetup(sheet, refundsHeaderRow, true)
}

// definitionWidth is the Definition column's width in characters.
const definitionWidth = 100

// fitRow sizes a row for text wrapped in the Definition column: spreadsheet
// apps do not grow rows for wrapped text on opening a file, they draw the
// lines over each other.
func (b *book) fitRow(sheet string, row int, text string) error {
	// Proportional text fits about 1.35 characters per width unit (the
	// width of "0").
	perLine := int(definitionWidth * 1.35)
	lines := (len([]rune(text)) + perLine - 1) / perLine
	return b.f.SetRowHeight(sheet, row, float64(15*max(lines, 1)+2))
}
