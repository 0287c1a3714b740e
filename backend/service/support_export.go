package service

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/safefile"
)

// TicketExportResult says where the export went and how many tickets it has.
type TicketExportResult struct {
	Path    string `json:"path"`
	Tickets int    `json:"tickets"`
}

// ExportTickets asks where to save and writes the tickets matching the
// filter (every page) to .xlsx; a cancelled dialog returns an empty result.
func (s *SupportService) ExportTickets(f TicketFilter) (TicketExportResult, error) {
	name := "Afterloop tickets " + s.now().In(s.shop.Location(s.ctx)).Format("2006-01-02") + ".xlsx"
	path, err := s.platform.SaveFile("Export tickets", name, []platform.FileFilter{{DisplayName: "Excel workbook (*.xlsx)", Pattern: "*.xlsx"}})
	if err != nil || path == "" {
		return TicketExportResult{}, err
	}
	return s.writeTicketsXLSX(s.ctx, f, path)
}

// ticketExportHeaders match the support-log import's field names first, so
// an exported file imports back; the rest are extra columns it ignores.
var ticketExportHeaders = []string{"Ticket ID", "Order ID", "Channel", "Category", "Subcategory", "Opened At",
	"First Response At", "Status", "Root Cause", "Resolution", "Closed At", "Assignee", "Buyer Message",
	"SKU", "Tags", "First response (hours)", "Afterloop ID"}

// writeTicketsXLSX writes every ticket matching f to path. Times are real
// Excel dates in the shop time zone (the import reads them back as
// shop-local).
func (s *SupportService) writeTicketsXLSX(ctx context.Context, f TicketFilter, path string) (TicketExportResult, error) {
	settings, err := s.settings()
	if err != nil {
		return TicketExportResult{}, err
	}
	f.Use24h = f.Use24h || settings.Use24h
	loc := s.shop.Location(ctx)
	team, err := s.shop.Store.ListTeam(ctx)
	if err != nil {
		return TicketExportResult{}, err
	}
	names := map[int64]string{}
	for _, m := range team {
		names[m.ID] = m.Name
	}
	x := excelize.NewFile()
	defer func() { _ = x.Close() }() // read only, or already written and checked: closing loses nothing
	sheet := "Tickets"
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return TicketExportResult{}, err
	}
	sw, err := x.NewStreamWriter(sheet)
	if err != nil {
		return TicketExportResult{}, err
	}
	bold, _ := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E6F4F1"}}})
	dateStyle, _ := x.NewStyle(&excelize.Style{NumFmt: 22}) // m/d/yy h:mm, localized by the spreadsheet
	hoursStyle, _ := x.NewStyle(&excelize.Style{CustomNumFmt: ptr("0.0")})
	widths := []float64{16, 22, 14, 20, 24, 17, 17, 18, 22, 18, 17, 14, 60, 16, 20, 12, 10}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return TicketExportResult{}, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return TicketExportResult{}, err
	}
	header := make([]any, len(ticketExportHeaders))
	for i, h := range ticketExportHeaders {
		header[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return TicketExportResult{}, err
	}
	labels := domain.SupportLabels()
	when := func(unix int64) any {
		if unix == 0 {
			return nil
		}
		// excelize writes a time.Time as an Excel serial of its wall clock
		t := time.Unix(unix, 0).In(loc)
		return excelize.Cell{StyleID: dateStyle, Value: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)}
	}
	rowNo := 2
	f.Limit, f.Offset = 500, 0
	for {
		page, err := s.shop.Store.QueryTickets(ctx, f.store(s.now()))
		if err != nil {
			return TicketExportResult{}, err
		}
		for _, t := range page.Tickets {
			var hours any
			if t.FirstResponseAt != 0 {
				hours = excelize.Cell{StyleID: hoursStyle, Value: float64(t.FirstResponseAt-t.OpenedAt) / 3600}
			}
			row := []any{t.ExternalID, t.OrderExternalID, labels[t.Channel], labels[t.Category], labels[t.Subcategory],
				when(t.OpenedAt), when(t.FirstResponseAt), labels[t.Status], labels[t.RootCause], labels[t.Resolution],
				when(t.ClosedAt), names[t.AssigneeID], t.BuyerText, t.SKU, strings.Join(t.Tags, ", "), hours, t.ID}
			cell, _ := excelize.CoordinatesToCellName(1, rowNo)
			if err := sw.SetRow(cell, row); err != nil {
				return TicketExportResult{}, err
			}
			rowNo++
		}
		f.Offset += len(page.Tickets)
		if len(page.Tickets) == 0 || f.Offset >= page.Total {
			break
		}
	}
	if err := sw.Flush(); err != nil {
		return TicketExportResult{}, err
	}
	if rowNo > 2 {
		if err := x.AutoFilter(sheet, fmt.Sprintf("A1:Q%d", rowNo-1), nil); err != nil {
			return TicketExportResult{}, err
		}
	}
	if err := safefile.Write(path, safefile.ModeExport, func(w io.Writer) error { return x.Write(w) }); err != nil {
		return TicketExportResult{}, fmt.Errorf("save %s: %w", path, err)
	}
	return TicketExportResult{Path: path, Tickets: rowNo - 2}, nil
}

func ptr[T any](v T) *T { return &v }
