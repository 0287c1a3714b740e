package apperr

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"
)

func TestFormatHidesInternalErrors(t *testing.T) {
	raw := fmt.Errorf("query orders: %w", sql.ErrConnDone)
	got := Format(raw).(map[string]any)
	if got["code"] != CodeInternal {
		t.Fatalf("code = %v, want internal", got["code"])
	}
	if strings.Contains(got["message"].(string), "sql") {
		t.Fatalf("message leaks SQL: %q", got["message"])
	}
}

func TestFormatKeepsUserErrors(t *testing.T) {
	err := fmt.Errorf("import: %w", New(CodeInvalidInput, "No Order ID column.").With("file", "a.csv"))
	got := Format(err).(map[string]any)
	if got["code"] != CodeInvalidInput || got["message"] != "No Order ID column." {
		t.Fatalf("got %v", got)
	}
	if got["details"].(map[string]string)["file"] != "a.csv" {
		t.Fatalf("details lost: %v", got["details"])
	}
}

func TestFromSentinels(t *testing.T) {
	if From(fmt.Errorf("x: %w", ErrNotFound)).Code != CodeNotFound {
		t.Fatal("not found not mapped")
	}
	if From(fmt.Errorf("x: %w", ErrCancelled)).Code != CodeCancelled {
		t.Fatal("cancelled not mapped")
	}
}

func TestFormatterSendsJSONTheRuntimeCanCarry(t *testing.T) {
	got := Formatter(nil)(New(CodeConflict, "Undo the newer import first.").With("file", "b.csv"))
	s, ok := got.(string)
	if !ok || !strings.Contains(s, `"code":"conflict"`) || !strings.Contains(s, `"file":"b.csv"`) {
		t.Fatalf("got %#v", got)
	}
}
