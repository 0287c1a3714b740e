package imports

import (
	"afterloop/backend/domain"
	"afterloop/backend/importer"
)

// Result is what one import did, the same shape for every kind. Every data
// row of the file is counted once: Rows = Created + Updated + Unchanged +
// Skipped, and every skipped row is in Errors with its reason (Errors is
// capped at 1,000 entries; Skipped still counts them all).
type Result struct {
	BatchID    int64             `json:"batchId"` // the import-history entry; 0 for a dry run
	Kind       string            `json:"kind"`    // orders | returns | tickets | reviews | comments
	KindReason string            `json:"kindReason"`
	Platform   string            `json:"platform"`
	FileName   string            `json:"fileName"`
	Rows       int               `json:"rows"`      // data rows read (a row of field descriptions is not data)
	Created    int               `json:"created"`   // rows that created a record (a line of a new order)
	Updated    int               `json:"updated"`   // rows that changed a stored record
	Unchanged  int               `json:"unchanged"` // rows already stored as they are
	Skipped    int               `json:"skipped"`   // rows not imported, each with its reason
	Errors     []domain.RowError `json:"errors"`
	// DateOrder and DateReason say how slash dates were read and why, for
	// kinds whose rows carry dates.
	DateOrder  string `json:"dateOrder,omitempty"`
	DateReason string `json:"dateReason,omitempty"`
	// Records counts what the rows made: orders (with Lines), returns,
	// tickets, reviews or comments created, updated and unchanged.
	Records       RecordCounts `json:"records"`
	UnknownValues []string     `json:"unknownValues"` // status or taxonomy values kept raw or left blank, once each
	// ErasedAgain counts buyers erased before who came back in an orders
	// file; they were imported without their personal data.
	ErasedAgain int     `json:"erasedAgain"`
	DryRun      bool    `json:"dryRun"`
	Duplicate   bool    `json:"duplicate"`  // the same file was imported before: nothing changed
	ImportedAt  int64   `json:"importedAt"` // when (for a duplicate: when it was imported first)
	Seconds     float64 `json:"seconds"`
}

// RecordCounts counts records rather than rows.
type RecordCounts struct {
	Noun      string `json:"noun"` // orders | returns | tickets | reviews | comments
	Created   int    `json:"created"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Lines     int    `json:"lines"` // order lines, for orders
}

func newResult(kind string) *Result {
	return &Result{Kind: kind, Errors: []domain.RowError{}, UnknownValues: []string{}, Records: RecordCounts{Noun: kind}}
}

// fromOrders maps the order importer's result.
func fromOrders(r *importer.Result) *Result {
	res := newResult(r.Kind)
	res.BatchID, res.Platform, res.FileName = r.ID, r.Platform, r.FileName
	res.Rows, res.Skipped, res.Errors = r.Rows, r.Skipped, r.Errors
	res.Created, res.Updated, res.Unchanged = r.RowsCreated, r.RowsUpdated, r.RowsUnchanged
	res.DateOrder, res.DateReason = r.DateOrder, r.DateReason
	res.Records = RecordCounts{Noun: r.Kind, Created: r.Created, Updated: r.Updated, Unchanged: r.Unchanged, Lines: r.Lines}
	if r.UnknownStatuses != nil {
		res.UnknownValues = r.UnknownStatuses
	}
	res.DryRun, res.Duplicate, res.Seconds, res.ImportedAt = r.DryRun, r.Duplicate, r.Seconds, r.ImportedAt
	res.ErasedAgain = r.ErasedAgain
	if r.Duplicate {
		// Nothing was read again: every row of the earlier import stands.
		res.Created, res.Updated, res.Unchanged = 0, 0, r.Rows-r.Skipped
		res.Records.Created, res.Records.Updated = 0, 0
	}
	if res.Errors == nil {
		res.Errors = []domain.RowError{}
	}
	return res
}

// fromBatch is the result of importing a file that was imported before.
func fromBatch(b domain.ImportBatch) *Result {
	res := newResult(b.Kind)
	res.BatchID, res.Platform, res.FileName = b.ID, b.Platform, b.FileName
	res.Rows, res.Skipped, res.Errors = b.Rows, b.Skipped, b.Errors
	res.Unchanged = b.Rows - b.Skipped
	res.Records.Unchanged = b.Created + b.Updated + b.Unchanged
	res.DateOrder, res.DateReason = b.DateOrder, b.DateReason
	res.Duplicate, res.ImportedAt = true, b.ImportedAt
	if res.Errors == nil {
		res.Errors = []domain.RowError{}
	}
	return res
}
