package scorecard

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// SheetHealth is the sheet with the shop-health estimates.
const SheetHealth = "Shop health"

// healthHeaderRow is where the Shop health table starts.
const healthHeaderRow = 4

// HealthColumns are the Shop health sheet's columns, in order.
var HealthColumns = []string{"Metric", "Window (days)", "Numerator", "Denominator", "Rate", "Target", "Status", "Confidence"}

// HealthSheet is shop health as of one day, for the workbook; the service
// fills it in (the scorecard does not compute it).
type HealthSheet struct {
	AsOf string
	Rows []HealthRow
}

// HealthRow is one shop-health metric. Rate is a fraction (nil when
// nothing was counted); Target is written as shown, e.g. "≤ 4%".
type HealthRow struct {
	Label       string
	WindowDays  int
	Numerator   int
	Denominator int
	Rate        *float64
	Target      string
	Good        *bool // nil: too few orders to judge
	Confidence  string
}

const statusTooFewText = "Too few orders to judge"

func (b *book) health() error {
	h := b.v.Health
	if h == nil {
		return nil
	}
	sheet := SheetHealth
	if _, err := b.f.NewSheet(sheet); err != nil {
		return err
	}
	if err := b.heading(sheet, "Shop health as of "+h.AsOf+" (estimated from your own data)"); err != nil {
		return err
	}
	cols := make([][]string, len(HealthColumns))
	for i, name := range HealthColumns {
		kind := "header-right"
		if i == 0 {
			kind = "header"
		} else if i >= 6 {
			kind = "header-center"
		}
		if err := b.put(sheet, i+1, healthHeaderRow, name, kind); err != nil {
			return err
		}
		cols[i] = append(cols[i], name)
	}
	rate := "num:" + b.numberFormat(UnitRate, false)
	row := healthHeaderRow
	for _, m := range h.Rows {
		row++
		status := statusTooFewText
		if m.Good != nil && *m.Good {
			status = statusGoodText
		} else if m.Good != nil {
			status = statusBadText
		}
		cells := []struct {
			value any
			kind  string
		}{
			{m.Label, "text"}, {m.WindowDays, "num:0"}, {m.Numerator, "num:#,##0"}, {m.Denominator, "num:#,##0"},
			{number(m.Rate), rate}, {m.Target, "status"}, {status, "status"}, {m.Confidence, "status"},
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
	if err := b.statusColors(sheet, fmt.Sprintf("G%d:G%d", healthHeaderRow+1, row)); err != nil {
		return err
	}
	note := "Rate = numerator ÷ denominator over the window ending on " + h.AsOf +
		". Fewer than 30 in the denominator: too few orders to judge."
	if err := b.put(sheet, 1, row+2, note, "text"); err != nil {
		return err
	}
	for i := 1; i < len(cols); i++ {
		cols[i] = append(cols[i], "0000000000")
	}
	if err := b.widths(sheet, cols, 8, 45); err != nil {
		return err
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: healthHeaderRow,
		TopLeftCell: fmt.Sprintf("A%d", healthHeaderRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.printSetup(sheet, healthHeaderRow, true)
}
