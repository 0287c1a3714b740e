package feedback

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/importer"
	"afterloop/backend/store"
	"afterloop/backend/support"
)

// Comment fields.
const (
	FieldVideo    = "video"
	FieldAuthor   = "author"
	FieldText     = "text"
	FieldPostedAt = "posted_at"
	FieldNegative = "negative"
	FieldSKU      = "sku"
)

var commentSpec = spec{
	kind:      KindComments,
	timeField: FieldPostedAt,
	table: importer.TableKind{
		Expected: "a comments file (columns Video, Author, Text, Posted At, Negative)",
		Hint:     "Keep one row per comment with the columns Video, Author, Text, Posted At and Negative (yes or no), and import the .xlsx or .csv file.",
	},
	fields: []field{
		{FieldVideo, "Video", false, []string{"video", "video title", "video link", "video url", "post"}},
		{FieldAuthor, "Author", false, []string{"author", "user", "username", "user name", "commenter", "name"}},
		{FieldText, "Text", true, []string{"text", "comment", "comment text", "body", "message", "content"}},
		{FieldPostedAt, "Posted At", true, []string{"posted at", "posted", "posted time", "comment time", "created at", "date", "time"}},
		{FieldNegative, "Negative", true, []string{"negative", "is negative", "negative?"}},
		{FieldSKU, "SKU", false, []string{"sku", "seller sku", "sku id"}},
	},
}

// ImportComments reads a comments file and writes its comments in one
// transaction. Bad rows are skipped with their row number and reason; a file
// without Text, Posted At and Negative columns is refused and nothing is
// written.
func ImportComments(ctx context.Context, st *store.Store, path string, opts Options) (Result, error) {
	rows, res, err := PrepareComments(ctx, path, opts)
	if err != nil {
		return res, err
	}
	w, err := st.ImportPublicComments(ctx, rows)
	if err != nil {
		return newResult(KindComments), err
	}
	ApplyWrite(&res, w)
	return res, nil
}

// PrepareComments reads a comments file without writing: the rows to write
// and the result so far.
func PrepareComments(ctx context.Context, path string, opts Options) ([]store.FeedbackImportRow[domain.PublicComment], Result, error) {
	p, err := parse(ctx, path, commentSpec, opts)
	if err != nil {
		return nil, newResult(KindComments), err
	}
	res := p.res
	rows := make([]store.FeedbackImportRow[domain.PublicComment], 0, len(p.rows))
	for _, r := range p.rows {
		get := func(key string) string { return p.lay.get(r.cells, key) }
		negative, ok := parseYesNo(get(FieldNegative))
		if !ok {
			res.skip(r.row, "Negative", fmt.Sprintf("Negative %q is not yes or no (yes/no, true/false, 1/0)", get(FieldNegative)))
			continue
		}
		c := domain.PublicComment{Video: get(FieldVideo), Author: get(FieldAuthor), Body: get(FieldText),
			PostedAt: r.at, Negative: negative, SKU: get(FieldSKU)}.Normalize()
		if msg := firstProblem(c.Validate()); msg != "" {
			res.skip(r.row, "", msg)
			continue
		}
		// The defect a negative comment names, as when one is logged by hand,
		// so imported comments form clusters too.
		if c.Negative {
			if sug := support.Suggest(c.Body); sug.Confidence >= 0.5 {
				c.Subcategory = sug.Subcategory
			}
		}
		key := importKey("comment", c.Video, c.Author, c.Body, strconv.FormatInt(c.PostedAt, 10))
		rows = append(rows, store.FeedbackImportRow[domain.PublicComment]{Row: r.row, ImportKey: key, Value: c})
	}
	return rows, res, nil
}

// parseYesNo reads yes/no, true/false, 1/0 (and y/n), any case.
func parseYesNo(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "y", "true", "1":
		return true, true
	case "no", "n", "false", "0":
		return false, true
	}
	return false, false
}
