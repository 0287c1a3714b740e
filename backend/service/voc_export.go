package service

import (
	"context"
	"errors"
	"fmt"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/platform"
	"afterloop/backend/store"
	"afterloop/backend/voc"
)

// VocExportResult says where the log went.
type VocExportResult struct {
	Path    string `json:"path"` // "" = the seller cancelled the dialog
	Entries int    `json:"entries"`
}

// Export asks where to save the log as .xlsx, writes every live entry with
// its frequency and fix verdict, and opens the file.
func (s *VocService) Export() (VocExportResult, error) {
	name := fmt.Sprintf("Voice of Customer %s.xlsx", s.now().In(s.shop.Location(s.ctx)).Format("2006-01-02"))
	path, err := s.platform.SaveFile("Export the Voice-of-Customer log", name,
		[]platform.FileFilter{{DisplayName: "Excel workbook (*.xlsx)", Pattern: "*.xlsx"}})
	if err != nil || path == "" {
		return VocExportResult{}, err
	}
	res, err := ExportVoc(s.ctx, s.shop, s.shop.Location(s.ctx), s.now(), path)
	if err != nil {
		return res, err
	}
	_ = s.platform.OpenPath(path)
	return res, nil
}

// ExportVoc writes the log to path (the app and the CLI).
func ExportVoc(ctx context.Context, shop *Shop, loc *time.Location, now time.Time, path string) (VocExportResult, error) {
	out := VocExportResult{Path: path}
	entries, err := shop.Store.ListVocEntries(ctx, store.VocFilter{})
	if err != nil {
		return out, err
	}
	svc := &VocService{shop: shop, ctx: ctx, now: func() time.Time { return now }}
	names, err := svc.teamNames()
	if err != nil {
		return out, err
	}
	eng := voc.New(shop.Store, loc, now)
	freq, err := eng.Frequencies(ctx, entries)
	if err != nil {
		return out, err
	}
	rows := make([]voc.ExportRow, 0, len(entries))
	for _, e := range entries {
		r := voc.ExportRow{Entry: e, Owner: ownerName(e, names), FrequencyPerWeek: freq[e.ID].PerWeek,
			LastFourWeeks: freq[e.ID].LastFourWeeks}
		if e.FixShippedOn != "" {
			im, err := eng.Impact(ctx, e, voc.DefaultImpactWeeks)
			if err != nil {
				return out, err
			}
			r.Impact = &im
		}
		if e.FixCardID != 0 {
			c, err := shop.Store.GetCardDesign(ctx, e.FixCardID)
			if err != nil && !errors.Is(err, apperr.ErrNotFound) {
				return out, err
			}
			r.CardName = c.Name
		}
		rows = append(rows, r)
	}
	sortExport(rows)
	if err := voc.WriteXLSX(path, rows, loc); err != nil {
		return out, apperr.Wrap(apperr.CodeInvalidInput, err, fmt.Sprintf("Cannot write %s: %v", path, err))
	}
	out.Entries = len(rows)
	return out, nil
}

// sortExport puts the most frequent problems first, as the table does.
func sortExport(rows []voc.ExportRow) {
	list := make([]VocRow, len(rows))
	byID := map[int64]voc.ExportRow{}
	for i, r := range rows {
		list[i] = VocRow{VocEntry: r.Entry, LastFourWeeks: r.LastFourWeeks}
		byID[r.Entry.ID] = r
	}
	sortRows(list, "frequency")
	for i, r := range list {
		rows[i] = byID[r.ID]
	}
}
