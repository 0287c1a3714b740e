package scorecard

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// groupLabels name the metric groups in the sheets.
var groupLabels = map[string]string{
	"sales": "Sales", "refunds": "Refunds", "support": "Support", "reviews": "Reviews",
	"repeat": "Repeat buyers", "comments": "Comments",
}

// summaryHeaderRow is where the Summary table starts.
const summaryHeaderRow = 4

// SummaryColumns are the Summary sheet's columns, in order.
var SummaryColumns = []string{"Area", "Metric", "This week", "Last week", "Change", "Target", "Good when", "Status"}

func statusText(t Tile) string {
	switch {
	case t.NotMature:
		return statusNotMature
	case t.Status == StatusGood:
		return statusGoodText
	case t.Status == StatusBad:
		return statusBadText
	case t.Status == StatusNoData:
		return statusNoDataText
	}
	return statusSameText
}

func directionText(direction string) string {
	if direction == Up {
		return "Higher"
	}
	return "Lower"
}

func (b *book) summary() error {
	sheet := SheetSummary
	if err := b.f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	if err := b.heading(sheet, b.title()); err != nil {
		return err
	}
	header := append([]string(nil), SummaryColumns...)
	header[2] = "This week (" + b.v.Week + ")"
	header[3] = "Last week (" + b.v.Previous.Week + ")"
	cols := make([][]string, len(header))
	for i, h := range header {
		kind := "header"
		switch {
		case i >= 2 && i <= 5:
			kind = "header-right"
		case i >= 6:
			kind = "header-center"
		}
		if err := b.put(sheet, i+1, summaryHeaderRow, h, kind); err != nil {
			return err
		}
		cols[i] = append(cols[i], h)
	}
	row := summaryHeaderRow
	for _, t := range b.v.Tiles {
		row++
		format, change := "num:"+b.numberFormat(t.Unit, false), "num:"+b.numberFormat(t.Unit, true)
		cells := []struct {
			value any
			kind  string
		}{
			{groupLabels[t.Group], "text"}, {t.Label, "text"}, {number(t.Value), format}, {number(t.Previous), format},
			{number(t.Change), change}, {number(t.Target), format}, {directionText(t.Direction), "status"}, {statusText(t), "status"},
		}
		for i, c := range cells {
			if err := b.put(sheet, i+1, row, c.value, c.kind); err != nil {
				return err
			}
			if s, ok := c.value.(string); ok {
				cols[i] = append(cols[i], s)
			}
		}
	}
	last := row
	if err := b.statusColors(sheet, fmt.Sprintf("H%d:H%d", summaryHeaderRow+1, last)); err != nil {
		return err
	}
	if err := b.hintRows(sheet, last+2); err != nil {
		return err
	}
	// Numbers need room for "$1,234,567.89" and the week in their header.
	for i := 2; i <= 5; i++ {
		cols[i] = append(cols[i], strings.Repeat("0", 14))
	}
	cols[6] = append(cols[6], "Good when  ")
	for _, h := range b.v.Hints {
		if d, ok := definition(h.Metric); ok {
			cols[0] = append(cols[0], d.Label)
		}
	}
	cols[7] = append(cols[7], statusBadText+"  ")
	if err := b.widths(sheet, cols, 8, 40); err != nil {
		return err
	}
	if err := b.f.SetRowHeight(sheet, summaryHeaderRow, 30); err != nil {
		return err
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: summaryHeaderRow,
		TopLeftCell: fmt.Sprintf("A%d", summaryHeaderRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.printSetup(sheet, summaryHeaderRow, true)
}

// statusColors paints Good green and Needs attention red with conditional
// formatting, so the colors follow if someone edits a status by hand.
func (b *book) statusColors(sheet, ref string) error {
	good, err := b.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: colorGoodInk, Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorGoodFill}}})
	if err != nil {
		return err
	}
	bad, err := b.f.NewConditionalStyle(&excelize.Style{Font: &excelize.Font{Color: colorBadInk, Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colorBadFill}}})
	if err != nil {
		return err
	}
	return b.f.SetConditionalFormat(sheet, ref, []excelize.ConditionalFormatOptions{
		{Type: "cell", Criteria: "==", Value: `"` + statusGoodText + `"`, Format: &good},
		{Type: "cell", Criteria: "==", Value: `"` + statusBadText + `"`, Format: &bad},
	})
}

// hintRows lists "what to fix" under the table, one merged row each.
func (b *book) hintRows(sheet string, row int) error {
	if len(b.v.Hints) == 0 {
		return nil
	}
	if err := b.put(sheet, 1, row, "What to fix", "section"); err != nil {
		return err
	}
	labels := map[string]string{}
	for _, d := range Catalog {
		labels[d.Key] = d.Label
	}
	for _, h := range b.v.Hints {
		row++
		if err := b.put(sheet, 1, row, labels[h.Metric], "wrap"); err != nil {
			return err
		}
		if err := b.put(sheet, 2, row, h.Text, "wrap"); err != nil {
			return err
		}
		from, _ := excelize.CoordinatesToCellName(2, row)
		to, _ := excelize.CoordinatesToCellName(len(SummaryColumns), row)
		if err := b.f.MergeCell(sheet, from, to); err != nil {
			return err
		}
		// Merged cells do not grow with wrapped text: size the row from the
		// text's length over the merged width (about 110 characters).
		lines := len(h.Text)/110 + 1
		if err := b.f.SetRowHeight(sheet, row, float64(15*lines+3)); err != nil {
			return err
		}
	}
	return nil
}
