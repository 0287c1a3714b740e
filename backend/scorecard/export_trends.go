package scorecard

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
)

// trendsHeaderRow holds the week labels; metrics follow, one per row.
const trendsHeaderRow = 4

// trendChart groups metrics that share a unit into one native line chart.
type trendChart struct {
	title string
	keys  []string
}

// trendCharts cover every metric; metrics on one chart share a unit so one
// axis fits them all.
var trendCharts = []trendChart{
	{"Orders and units", []string{"orders", "units"}},
	{"Revenue", []string{"revenue"}},
	{"Refund rate", []string{"refund_rate"}},
	{"Tickets", []string{"tickets_opened", "unanswered", "missing_parts"}},
	{"First response time (hours)", []string{"first_response_median", "first_response_p90"}},
	{"Answered in time", []string{"within_12h", "within_24h"}},
	{"Reviews posted", []string{"reviews"}},
	{"Average star rating", []string{"avg_rating"}},
	{"Review length (words)", []string{"avg_words"}},
	{"Reviews with 11+ words", []string{"share_11_words"}},
	{"New buyers", []string{"cohort_buyers"}},
	{"Repeat purchase rate", []string{"repeat_30", "repeat_60", "repeat_90"}},
	{"Negative comment rate", []string{"negative_comment_rate"}},
}

// Charts go two to a row under the table, together as wide as the table,
// so printed one page wide they fill the page. The table prints on the
// first page and the charts three rows to a page (a landscape A4 page holds
// about 44 sheet rows at that scale), with page breaks between chart rows so
// no chart is cut in half.
const (
	chartHeight   = 260
	chartGap      = 16 // pixels between the two charts of a row
	chartRows     = 14 // sheet rows (20 px) one chart row takes, with a gap
	chartsPerPage = 3  // chart rows per printed page
)

func (b *book) trends() error {
	sheet := SheetTrends
	if _, err := b.f.NewSheet(sheet); err != nil {
		return err
	}
	if err := b.heading(sheet, "12-week trends — weeks ending "+b.v.Week); err != nil {
		return err
	}
	tr := b.v.Trend
	if err := b.put(sheet, 1, trendsHeaderRow, "Metric", "header"); err != nil {
		return err
	}
	loc, err := time.LoadLocation(b.v.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	if err := b.put(sheet, 1, trendsHeaderRow-1, "Week starting", "subtitle"); err != nil {
		return err
	}
	for i, w := range tr.Weeks {
		// The week's Monday above its ISO week, which the charts use.
		if err := b.put(sheet, i+2, trendsHeaderRow-1, time.Unix(tr.Starts[i], 0).In(loc).Format("2 Jan"), "subtitle-right"); err != nil {
			return err
		}
		if err := b.put(sheet, i+2, trendsHeaderRow, w, "header-right"); err != nil {
			return err
		}
	}
	rowOf := map[string]int{}
	labels := []string{"Metric"}
	for k, d := range Catalog {
		row := trendsHeaderRow + 1 + k
		rowOf[d.Key] = row
		if err := b.put(sheet, 1, row, d.Label, "text"); err != nil {
			return err
		}
		labels = append(labels, d.Label)
		format := "num:" + b.numberFormat(d.Unit, false)
		for i, v := range tr.Series[k].Values {
			if err := b.put(sheet, i+2, row, number(v), format); err != nil {
				return err
			}
		}
	}
	labelWidth := fitWidth(labels, 8, 40)
	if err := b.f.SetColWidth(sheet, "A", "A", labelWidth); err != nil {
		return err
	}
	// Week columns as wide as their widest number ("$304,078.90").
	widest := 8
	for k, d := range Catalog {
		for _, v := range tr.Series[k].Values {
			widest = max(widest, b.shownLength(d.Unit, v))
		}
	}
	weekWidth := float64(widest) + 2
	last, _ := excelize.ColumnNumberToName(len(tr.Weeks) + 1)
	if err := b.f.SetColWidth(sheet, "B", last, weekWidth); err != nil {
		return err
	}
	// The second chart of a row starts at the column nearest the middle of
	// the table (anchors are cells; an offset past its cell is not honoured
	// by every reader).
	table := columnPixels(labelWidth) + len(tr.Weeks)*columnPixels(weekWidth)
	right, x := 1, columnPixels(labelWidth)
	for x < table/2 {
		right++
		x += columnPixels(weekWidth)
	}
	rightCol, _ := excelize.ColumnNumberToName(right + 1)
	width := uint(max(x-chartGap, 360))
	if err := b.charts(sheet, rowOf, last, rightCol, width, trendsHeaderRow+len(Catalog)+3); err != nil {
		return err
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: trendsHeaderRow,
		TopLeftCell: fmt.Sprintf("B%d", trendsHeaderRow+1), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	// No repeated header rows: the table fits the first page and the chart
	// pages would only show a stray header.
	return b.printSetup(sheet, 0, false)
}

// charts draws the trend charts two per row starting at firstRow. Every
// series reads the table above, so the chart and the numbers cannot differ.
func (b *book) charts(sheet string, rowOf map[string]int, lastCol, rightCol string, width uint, firstRow int) error {
	ref := func(col string, row int) string { return fmt.Sprintf("'%s'!$%s$%d", sheet, col, row) }
	categories := fmt.Sprintf("%s:$%s$%d", ref("B", trendsHeaderRow), lastCol, trendsHeaderRow)
	for i, c := range trendCharts {
		d, _ := definition(c.keys[0])
		var series []excelize.ChartSeries
		for _, key := range c.keys {
			row := rowOf[key]
			series = append(series, excelize.ChartSeries{
				Name:       ref("A", row),
				Categories: categories,
				Values:     fmt.Sprintf("%s:$%s$%d", ref("B", row), lastCol, row),
				Line:       excelize.LineOptions{Width: 2},
				Marker:     excelize.ChartMarker{Symbol: "circle", Size: 5},
			})
		}
		axisFormat := b.numberFormat(d.Unit, false)
		if d.Unit == UnitRate {
			axisFormat = "0%"
		}
		chart := &excelize.Chart{
			Type:         excelize.Line,
			Series:       series,
			Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title, Font: &excelize.Font{Size: 11, Bold: true, Color: colorInk}}}},
			Legend:       excelize.ChartLegend{Position: "bottom"},
			Dimension:    excelize.ChartDimension{Width: width, Height: chartHeight},
			ShowBlanksAs: "gap",
			XAxis:        excelize.ChartAxis{Font: excelize.Font{Size: 8, Color: colorMuted}},
			YAxis: excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: axisFormat},
				Font: excelize.Font{Size: 8, Color: colorMuted}},
			Format: excelize.GraphicOptions{AltText: c.title + ", last 12 weeks", PrintObject: boolPtr(true)},
		}
		if len(series) == 1 {
			chart.Legend.Position = "none"
		}
		if d.Unit == UnitStars {
			chart.YAxis.Minimum, chart.YAxis.Maximum = ptr(1), ptr(5)
		}
		if d.Unit == UnitRate {
			chart.YAxis.Minimum = ptr(0)
		}
		col := "A"
		if i%2 == 1 {
			col = rightCol
		}
		chartRow := i / 2
		cell := fmt.Sprintf("%s%d", col, firstRow+chartRow*chartRows)
		if err := b.f.AddChart(sheet, cell, chart); err != nil {
			return fmt.Errorf("chart %s: %w", c.title, err)
		}
		if i%2 == 0 && chartRow%chartsPerPage == 0 {
			if err := b.f.InsertPageBreak(sheet, fmt.Sprintf("A%d", firstRow+chartRow*chartRows-1)); err != nil {
				return err
			}
		}
	}
	return nil
}

func boolPtr(v bool) *bool { return &v }
