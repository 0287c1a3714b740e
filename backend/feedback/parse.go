package feedback

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"afterloop/backend/apperr"
	"afterloop/backend/importer"
)

// spec describes one kind of feedback file.
type spec struct {
	kind      string
	fields    []field
	timeField string // the field holding the row's time
	table     importer.TableKind
}

// parsedRow is a data row whose time is resolved.
type parsedRow struct {
	row   int
	cells []string
	at    int64 // UTC seconds
}

// parsed is a whole file read and checked, ready to be converted.
type parsed struct {
	lay  *layout
	rows []parsedRow
	res  Result
}

// parse reads the file, maps its columns and resolves every row's time
// with the file's day/month order. Rows with damage or without a usable
// time are skipped into res; nothing is written.
func parse(ctx context.Context, path string, sp spec, opts Options) (*parsed, error) {
	p := &parsed{res: newResult(sp.kind)}
	type pending struct {
		row   int
		cells []string
		at    importer.LocalTime
	}
	var rows []pending
	var dates importer.DateOrder
	timeLabel := sp.label(sp.timeField)
	header := func(cells []string) error {
		lay, missing := resolve(cells, sp.fields, opts.Mapping)
		if len(missing) > 0 {
			return notThisKind(path, sp.kind, missing, cells)
		}
		p.lay = lay
		return nil
	}
	err := readRows(ctx, path, sp.table, header, func(row int, cells []string, damage string) error {
		p.res.Rows++
		if opts.Progress != nil && p.res.Rows%5000 == 0 {
			opts.Progress(importer.Progress{Phase: "reading", Done: p.res.Rows})
		}
		if damage != "" {
			p.res.skip(row, "", damage)
			return nil
		}
		raw := p.lay.get(cells, sp.timeField)
		if raw == "" {
			p.res.skip(row, timeLabel, "no "+timeLabel)
			return nil
		}
		at, ok := importer.ParseLocalTime(raw)
		if !ok {
			p.res.skip(row, timeLabel, fmt.Sprintf("%s %q is not a date and time", timeLabel, raw))
			return nil
		}
		dates.Note(at, row)
		rows = append(rows, pending{row, cells, at})
		return nil
	})
	if err != nil {
		return nil, err
	}
	region := opts.Region
	if region.ShopCurrency == "" {
		region.ShopCurrency = opts.Currency
	}
	p.res.DateOrder, p.res.DateOrderReason = dates.DecideWith(opts.DateOrder, region)
	if q := dates.Question(); q != nil {
		q.Column = timeLabel
		p.res.DateQuestion = q
	}
	for _, r := range rows {
		at, ok := r.at.Resolve(p.res.DateOrder, opts.Location)
		if !ok {
			p.res.skip(r.row, timeLabel, fmt.Sprintf("%s %q is not a real date when read %s", timeLabel, p.lay.get(r.cells, sp.timeField), orderWords(p.res.DateOrder)))
			continue
		}
		p.rows = append(p.rows, parsedRow{row: r.row, cells: r.cells, at: at})
	}
	return p, nil
}

func orderWords(order string) string {
	switch order {
	case "dmy":
		return "day first"
	case "ymd":
		return "year first"
	}
	return "month first"
}

func (sp spec) label(key string) string {
	for _, f := range sp.fields {
		if f.key == key {
			return f.label
		}
	}
	return key
}

// preview reads the header and the first rows without writing.
func preview(ctx context.Context, path string, sp spec, opts Options) (Preview, error) {
	pv := Preview{Kind: sp.kind, FileName: filepath.Base(path), Headers: []string{}, SampleRows: [][]string{}, SampleRowNumbers: []int{}}
	var lay *layout
	header := func(cells []string) error {
		pv.Headers = append(pv.Headers, cells...)
		var missing []field
		lay, missing = resolve(cells, sp.fields, opts.Mapping)
		pv.Mapping = lay.mappings(sp.fields)
		pv.NeedsMapping = len(missing) > 0
		return nil
	}
	err := readRows(ctx, path, sp.table, header, func(n int, cells []string, _ string) error {
		pv.Rows++
		if len(pv.SampleRows) < 5 {
			row := make([]string, len(pv.Headers))
			copy(row, cells)
			pv.SampleRows = append(pv.SampleRows, row)
			pv.SampleRowNumbers = append(pv.SampleRowNumbers, n)
		}
		return nil
	})
	return pv, err
}

// importKey hashes the values that identify a row, so the same row in a
// later, overlapping file is recognized.
func importKey(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:16])
}

// Fields lists a kind's fields for the mapping screen (no file needed).
func Fields(kind string) ([]FieldMapping, error) {
	sp, err := specFor(kind)
	if err != nil {
		return nil, err
	}
	return (&layout{column: map[string]int{}}).mappings(sp.fields), nil
}

// PreviewFile lists the file's headers, how they map to the kind's fields
// (after opts.Mapping) and its first rows.
func PreviewFile(ctx context.Context, path, kind string, opts Options) (Preview, error) {
	sp, err := specFor(kind)
	if err != nil {
		return Preview{}, err
	}
	return preview(ctx, path, sp, opts)
}

func specFor(kind string) (spec, error) {
	switch kind {
	case KindReviews:
		return reviewSpec, nil
	case KindComments:
		return commentSpec, nil
	}
	return spec{}, apperr.Newf(apperr.CodeInvalidInput, "%q is not a feedback kind; use reviews or comments.", kind)
}

// firstProblem picks one of Validate's problems, the same one every time.
func firstProblem(problems map[string]string) string {
	keys := make([]string, 0, len(problems))
	for k := range problems {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		return ""
	}
	return problems[keys[0]]
}
