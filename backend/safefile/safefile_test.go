package safefile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestWriteReplacesTheTargetWithTheGivenMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	os.WriteFile(path, []byte("old"), 0o600)
	if err := WriteFile(path, []byte("new content"), ModeExport); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(b) != "new content" || st.Mode().Perm() != 0o644 {
		t.Fatalf("content %q mode %v", b, st.Mode().Perm())
	}
	assertOnly(t, dir, "report.xlsx")
	if !WrittenSinceStart(path) {
		t.Fatal("the written file is not remembered")
	}
	if WrittenSinceStart(filepath.Join(dir, "other.xlsx")) {
		t.Fatal("a file never written counts as written")
	}
}

func TestBackupsArePrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	if err := WriteFile(path, []byte("x"), ModeBackup); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode().Perm())
	}
}

// A writer that fails half-way (a full disk, a crash in the exporter)
// leaves the previous file exactly as it was and no temporary file.
func TestFailedWriteKeepsThePreviousFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "cards.pdf")
	os.WriteFile(path, []byte("previous good export"), 0o644)
	boom := errors.New("disk full")
	err := Write(path, ModeExport, func(w io.Writer) error {
		w.Write([]byte("half a fi"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	b, _ := os.ReadFile(path)
	if string(b) != "previous good export" {
		t.Fatalf("previous file changed: %q", b)
	}
	assertOnly(t, dir, "cards.pdf")
}

// Temporary files of a writer that was killed are removed by the next write
// into the folder; those of a writer still running are left alone.
func TestLeftoversOfDeadWritersAreRemoved(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no child process:", err)
	}
	dead := strconv.Itoa(cmd.Process.Pid)
	for _, name := range []string{tempPrefix + dead + "-123.xlsx", ".afterloop-export-99.xlsx"} {
		os.WriteFile(filepath.Join(dir, name), nil, 0o644)
	}
	mine := tempPrefix + strconv.Itoa(os.Getpid()) + "-1.pdf"
	os.WriteFile(filepath.Join(dir, mine), nil, 0o644)
	if err := WriteFile(filepath.Join(dir, "new.xlsx"), []byte("x"), ModeExport); err != nil {
		t.Fatal(err)
	}
	assertOnly(t, dir, mine, "new.xlsx")
}

func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	if len(got) != len(names) {
		t.Fatalf("folder holds %s, want %s", strings.Join(got, ", "), strings.Join(names, ", "))
	}
	for _, g := range got {
		if !want[g] {
			t.Fatalf("folder holds %s, want %s", strings.Join(got, ", "), strings.Join(names, ", "))
		}
	}
}
