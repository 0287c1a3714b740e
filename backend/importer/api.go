// Package importer reads order and return exports (TikTok Shop .xlsx/.csv in
// any region, English or Japanese headers; Shopify orders CSV; any other file
// through a column mapping) and writes them to the store in one transaction.
// Each rule is stated where it is applied: cleaning export cells (clean.go),
// reading dates and their day/month order (dates.go), which returns count as
// refunds (status.go), and merging a re-imported order (merge.go).
package importer

import (
	"time"

	"afterloop/backend/domain"
)

// Options steer a preview or an import. Zero values mean "detect".
type Options struct {
	Kind      string            `json:"kind"`      // "" (detect) | orders | returns
	Platform  string            `json:"platform"`  // "" or "auto" (detect) | tiktok | shopify | other
	Mapping   map[string]string `json:"mapping"`   // field -> header name, overrides detection
	DateOrder string            `json:"dateOrder"` // "" (detect) | dmy | mdy | ymd
	DryRun    bool              `json:"dryRun"`    // parse and count, write nothing
	// Currency is used for amounts that name none ("120"); "" = the shop's
	// currency from settings. Amounts that carry a symbol or code use that.
	Currency string `json:"currency"`
	// Location is the shop time zone; file times are shop-local. nil = UTC.
	Location *time.Location `json:"-"`
	// Progress, if set, is called every few thousand rows and at phase changes.
	Progress func(Progress) `json:"-"`
	// shopCurrency is the currency the seller saved ("" = never set), read
	// from settings: evidence for dates no cell settles.
	shopCurrency string
}

// Progress reports a long import.
type Progress struct {
	Phase         string  `json:"phase"` // reading | writing | done
	Done          int     `json:"done"`  // rows processed
	Total         int     `json:"total"` // rows expected (estimate while reading)
	RowsPerSecond float64 `json:"rowsPerSecond"`
}

// FieldMapping tells which header feeds one field.
type FieldMapping struct {
	Field    string `json:"field"`    // stable field name, e.g. "order_id"
	Label    string `json:"label"`    // English label for the UI
	Header   string `json:"header"`   // header in the file, "" when unmapped
	Required bool   `json:"required"` // the import cannot run without it
}

// Preview is what the import screen shows before anything is written.
type Preview struct {
	Path              string         `json:"path"`
	FileName          string         `json:"fileName"`
	FileSize          int64          `json:"fileSize"`
	Platform          string         `json:"platform"`
	Kind              string         `json:"kind"`
	Headers           []string       `json:"headers"`
	Mapping           []FieldMapping `json:"mapping"`
	MappingRemembered bool           `json:"mappingRemembered"` // a saved mapping for these headers was used
	DateOrder         string         `json:"dateOrder"`         // dmy | mdy | ymd
	DateOrderReason   string         `json:"dateOrderReason"`   // e.g. "a date has 27 in its first part"
	// DateOrderAsk is true when no cell of the file settles day-first versus
	// month-first: the seller is asked with DateSample before importing.
	DateOrderAsk     bool                `json:"dateOrderAsk"`
	DateSample       *DateSample         `json:"dateSample"`
	Rows             int                 `json:"rows"`             // data rows (description row excluded)
	SampleRows       [][]string          `json:"sampleRows"`       // first rows, cleaned, in header order
	SampleRowNumbers []int               `json:"sampleRowNumbers"` // their row numbers in the file, as skipped rows report them
	DescriptionRow   bool                `json:"descriptionRow"`   // row 2 held field descriptions
	Warnings         []string            `json:"warnings"`
	AlreadyImported  *domain.ImportBatch `json:"alreadyImported"` // same SHA-256 imported before
	// NeedsMapping is true when required fields have no column yet: the UI
	// shows the mapping screen (Warnings says which) instead of importing.
	NeedsMapping bool              `json:"needsMapping"`
	Currency     string            `json:"currency"`  // currency the amounts will be read in
	ErrorRows    int               `json:"errorRows"` // rows the import would skip
	Errors       []domain.RowError `json:"errors"`    // the first of them, with reasons
}

// Result is the summary of one import.
type Result struct {
	domain.ImportBatch
	DryRun          bool     `json:"dryRun"`
	Duplicate       bool     `json:"duplicate"`       // same file imported before: nothing changed
	UnknownStatuses []string `json:"unknownStatuses"` // raw statuses kept as they were, reported once
	DescriptionRow  bool     `json:"descriptionRow"`  // row 2 held field descriptions, not data
	// ErasedAgain counts buyers the seller erased before who came back in
	// this file: they were imported without their personal data.
	ErasedAgain int `json:"erasedAgain"`
	// Row-level outcome: every data row is created, updated, unchanged or
	// skipped (a line of a created order is a created row).
	RowsCreated   int     `json:"rowsCreated"`
	RowsUpdated   int     `json:"rowsUpdated"`
	RowsUnchanged int     `json:"rowsUnchanged"`
	Seconds       float64 `json:"seconds"`
}

// UndoResult says what undoing an import did.
type UndoResult struct {
	BatchID  int64 `json:"batchId"`
	Deleted  int   `json:"deleted"`  // rows the import had created
	Restored int   `json:"restored"` // rows put back as they were before it
}
