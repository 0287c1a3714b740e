package service

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"afterloop/backend/apperr"
	"afterloop/backend/domain"
)

// Exports are ordinary documents (0644), written whole or not at all.
func assertExportFile(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o644 {
		t.Fatalf("%s has mode %v, want 0644", filepath.Base(path), st.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("export folder holds %d files, want only the export", len(entries))
	}
}

func TestTicketAndVocExportsAreDocumentsNotPrograms(t *testing.T) {
	_, sup, rec := supportShop(t)
	rec.SavePathResult = filepath.Join(t.TempDir(), "tickets.xlsx")
	if _, err := sup.ExportTickets(TicketFilter{AssigneeID: -1}); err != nil {
		t.Fatal(err)
	}
	assertExportFile(t, rec.SavePathResult)

	_, voc, vrec := vocShop(t, time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC))
	if _, err := voc.Create(domain.VocEntry{Title: "Lid cracks", SKUs: []string{"MUG"}, Owner: "creative"}); err != nil {
		t.Fatal(err)
	}
	vrec.SavePathResult = filepath.Join(t.TempDir(), "voc.xlsx")
	if _, err := voc.Export(); err != nil {
		t.Fatal(err)
	}
	assertExportFile(t, vrec.SavePathResult)
}

// The UI can only ask to open a workbook this app wrote, never any path.
func TestOpenExportOpensOnlyFilesTheAppWrote(t *testing.T) {
	_, svc, rec := scorecardShop(t)
	other := filepath.Join(t.TempDir(), "run-me.xlsx")
	os.WriteFile(other, []byte("x"), 0o644)
	if err := svc.OpenExport(other); apperr.From(err).Code != apperr.CodeInvalidInput {
		t.Fatalf("opening a file the app did not write: %v", err)
	}
	if len(rec.Opened) != 0 {
		t.Fatalf("opened %v", rec.Opened)
	}
	rec.SavePathResult = filepath.Join(t.TempDir(), "scorecard.xlsx")
	res, err := svc.Export("2024-W24")
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.OpenExport(res.Path); err != nil {
		t.Fatal(err)
	}
	assertExportFile(t, res.Path)
}
