// Package apperr defines the errors that cross the Wails binding and the CLI.
// Every error a user can see is an *Error with a stable code, a human message
// and optional details (file, row, column, hint). Anything else is reported as
// "internal" so that no Go stack or SQL text ever reaches the UI.
package apperr

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
)

// Code is a stable, machine-readable error category.
type Code string

const (
	CodeInvalidInput Code = "invalid_input" // the user gave us something we cannot use
	CodeUnsupported  Code = "unsupported_file"
	CodeNotFound     Code = "not_found"
	CodeConflict     Code = "conflict"
	CodeDuplicate    Code = "duplicate_import"
	CodeCancelled    Code = "cancelled"
	CodeInternal     Code = "internal"
)

// Sentinels for errors.Is checks in the backend.
var (
	ErrNotFound  = errors.New("not found")
	ErrConflict  = errors.New("conflict")
	ErrCancelled = errors.New("cancelled")
)

// Error is the user-facing error.
type Error struct {
	Code    Code              `json:"code"`
	Message string            `json:"message"`
	Details map[string]string `json:"details,omitempty"`
	cause   error
}

func (e *Error) Error() string { return e.Message }
func (e *Error) Unwrap() error { return e.cause }

// New creates a user-facing error.
func New(code Code, message string) *Error { return &Error{Code: code, Message: message} }

// Newf creates a user-facing error with a formatted message.
func Newf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap keeps cause for errors.Is/As while showing message to the user.
func Wrap(code Code, cause error, message string) *Error {
	return &Error{Code: code, Message: message, cause: cause}
}

// With adds a detail (for example "file", "row", "column", "hint").
func (e *Error) With(key, value string) *Error {
	if e.Details == nil {
		e.Details = map[string]string{}
	}
	e.Details[key] = value
	return e
}

// From turns any error into an *Error. Unknown errors become "internal" with a
// generic message; the original is kept as the cause for logging.
func From(err error) *Error {
	if err == nil {
		return nil
	}
	var appErr *Error
	if errors.As(err, &appErr) {
		return appErr
	}
	switch {
	case errors.Is(err, ErrNotFound):
		return Wrap(CodeNotFound, err, "That item no longer exists.")
	case errors.Is(err, ErrConflict):
		return Wrap(CodeConflict, err, "That change conflicts with newer data.")
	case errors.Is(err, ErrCancelled):
		return Wrap(CodeCancelled, err, "Cancelled. Nothing was changed.")
	}
	if e := fromDatabase(err); e != nil {
		return e
	}
	return Wrap(CodeInternal, err, "Something went wrong inside Afterloop. Nothing was changed; please try again.")
}

// Format turns an error into the {code, message, details} object the UI and
// the CLI show.
func Format(err error) any {
	e := From(err)
	return map[string]any{"code": e.Code, "message": e.Message, "details": e.Details}
}

// JSON renders Format(err) as a JSON string.
func JSON(err error) string {
	b, _ := json.Marshal(Format(err))
	return string(b)
}

// Formatter is the Wails ErrorFormatter. The Wails JS runtime wraps whatever
// it receives in `new Error(value)`, so it gets the JSON string (an object
// would become "[object Object]"); the frontend parses it back. Internal
// errors are logged with their cause, since the user only sees a generic line.
func Formatter(log *slog.Logger) func(error) any {
	return func(err error) any {
		if e := From(err); e.Code == CodeInternal && log != nil {
			log.Error("internal error", "err", err)
		}
		return JSON(err)
	}
}
