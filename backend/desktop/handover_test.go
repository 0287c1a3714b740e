package desktop

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

type emitted struct {
	mu     sync.Mutex
	events []struct {
		name string
		data any
	}
}

func (e *emitted) emit(name string, data any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.events = append(e.events, struct {
		name string
		data any
	}{name, data})
}

func writeFile(t *testing.T, path string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte("Order ID\n1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFilesFromArgsKeepsExistingFilesOnly(t *testing.T) {
	dir := t.TempDir()
	orders := writeFile(t, filepath.Join(dir, "orders.csv"))
	writeFile(t, filepath.Join(dir, "returns.xlsx"))
	args := []string{"-psn_0_12345", "--db", orders, "returns.xlsx", dir, "missing.csv", ""}
	got := FilesFromArgs(args, dir)
	want := []string{orders, filepath.Join(dir, "returns.xlsx")}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v want %v", got, want)
	}
}

func TestSecondLaunchHandsItsFileToTheRunningWindow(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "orders.csv"))
	var e emitted
	h := NewHandover(e.emit)
	h.UIReady()

	// The second launch ran in dir with a relative path, as a shell or
	// "Open with" on Windows would start it.
	h.SecondLaunch([]string{"orders.csv"}, dir)

	if len(e.events) != 1 || e.events[0].name != EventFilesOpened {
		t.Fatalf("events: %+v", e.events)
	}
	if got := e.events[0].data.([]string); !reflect.DeepEqual(got, []string{filepath.Join(dir, "orders.csv")}) {
		t.Fatalf("paths: %v", got)
	}
}

func TestSecondLaunchWithoutAFileSendsNothing(t *testing.T) {
	var e emitted
	h := NewHandover(e.emit)
	h.UIReady()
	h.SecondLaunch(nil, t.TempDir())
	if len(e.events) != 0 {
		t.Fatalf("events: %+v", e.events)
	}
}

func TestFileOpenedAtStartWaitsUntilTheUIListens(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, filepath.Join(dir, "orders.csv"))
	var e emitted
	h := NewHandover(e.emit)
	h.Open(FilesFromArgs([]string{path}, dir))
	if len(e.events) != 0 {
		t.Fatal("sent before the UI listens: it would be lost")
	}
	h.UIReady()
	if len(e.events) != 1 || !reflect.DeepEqual(e.events[0].data, []string{path}) {
		t.Fatalf("events: %+v", e.events)
	}
	h.UIReady() // a reload of the UI sends nothing twice
	if len(e.events) != 1 {
		t.Fatalf("sent again: %+v", e.events)
	}
}
