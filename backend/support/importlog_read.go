package support

import (
	"errors"
	"fmt"
	"path/filepath"

	"afterloop/backend/apperr"
	"afterloop/backend/tabular"
)

// logFiles words the refusals of the support-log import.
var logFiles = tabular.Options{
	Expected: "a support log",
	Hint:     "Save the support log as .xlsx or as CSV UTF-8 with a header row (Ticket ID, Opened At, Buyer Message) and import that.",
}

// readTable calls fn with each row of a .csv, .tsv, Unicode-text or .xlsx
// file and its 1-based row number, stopping at fn's first error. The file
// is read by the same reader as every other import, so encodings, line
// endings and limits are handled the same way; a row the reader cannot
// trust (a cell over the size limit, a quote never closed) refuses the
// file rather than losing part of a ticket silently.
func readTable(path string, fn func(row int, cells []string) error) (err error) {
	r, err := tabular.Open(path, logFiles)
	if err != nil {
		return asInvalidInput(err)
	}
	defer func() {
		if cerr := r.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	for r.Next() {
		if damage := r.Damage(); damage != "" {
			return apperr.New(apperr.CodeInvalidInput, fmt.Sprintf("Row %d of %s cannot be read: %s", r.Row(), baseName(path), damage)).
				With("file", baseName(path)).With("row", fmt.Sprint(r.Row()))
		}
		if err := fn(r.Row(), r.Cells()); err != nil {
			return err
		}
	}
	return asInvalidInput(r.Err())
}

// asInvalidInput reports every unusable file as invalid input, as the
// support-log import always has.
func asInvalidInput(err error) error {
	var appErr *apperr.Error
	if errors.As(err, &appErr) && appErr.Code == apperr.CodeUnsupported {
		appErr.Code = apperr.CodeInvalidInput
	}
	return err
}

func baseName(path string) string { return filepath.Base(path) }
