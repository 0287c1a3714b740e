package platform

import (
	"os"
	"path/filepath"
	"testing"
)

func TestOpenDialogSeamReturnsThePathWrittenByTheTest(t *testing.T) {
	seam := filepath.Join(t.TempDir(), "open.txt")
	t.Setenv("AFTERLOOP_TEST_OPEN_FILE", seam)
	w := NewWails() // no Wails context: a real dialog would fail
	os.WriteFile(seam, []byte("/data/orders.xlsx\n"), 0o644)
	if got, err := w.OpenFile("x", nil); err != nil || got != "/data/orders.xlsx" {
		t.Fatalf("got %q, %v", got, err)
	}
	os.WriteFile(seam, []byte(""), 0o644)
	if got, _ := w.OpenFile("x", nil); got != "" {
		t.Fatalf("an empty seam means cancelled, got %q", got)
	}
}

func TestDialogsWithoutWindowFailPolitely(t *testing.T) {
	t.Setenv("AFTERLOOP_TEST_OPEN_FILE", "")
	if _, err := NewWails().OpenFile("x", nil); err == nil {
		t.Fatal("want an error before the window exists")
	}
}
