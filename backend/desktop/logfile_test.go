package desktop

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func firstLine(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return line
}

func TestLogFileStartsWithVersionAndSystem(t *testing.T) {
	dir := filepath.Join(t.TempDir(), LogFolder)
	header := LogHeader(NormalizeBuild("v1.4.0", "2026-12-01"), "Debian GNU/Linux 12", time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC))
	l, err := OpenLog(dir, header)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(l, "level=INFO msg=interactive startup_ms=812")
	l.Close()
	got := firstLine(t, filepath.Join(dir, LogFileName))
	for _, want := range []string{"Afterloop 1.4.0", "2026-12-01", runtime.GOOS + "/" + runtime.GOARCH, "Debian GNU/Linux 12"} {
		if !strings.Contains(got, want) {
			t.Errorf("first line %q lacks %q", got, want)
		}
	}
}

func TestEachStartBeginsANewFileAndOldOnesAreDropped(t *testing.T) {
	dir := t.TempDir()
	for run := 1; run <= logKeep+2; run++ {
		l, err := OpenLog(dir, fmt.Sprintf("header run %d", run))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(l, "run %d line\n", run)
		l.Close()
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != logKeep {
		t.Fatalf("want %d files, got %d", logKeep, len(entries))
	}
	if got := firstLine(t, filepath.Join(dir, LogFileName)); got != fmt.Sprintf("header run %d", logKeep+2) {
		t.Fatalf("current file starts %q", got)
	}
	if got := firstLine(t, filepath.Join(dir, logName(1))); got != fmt.Sprintf("header run %d", logKeep+1) {
		t.Fatalf("previous file starts %q", got)
	}
}

func TestALongRunRotatesAndTheNewFileHasTheHeaderToo(t *testing.T) {
	dir := t.TempDir()
	l, err := OpenLog(dir, "HEADER")
	if err != nil {
		t.Fatal(err)
	}
	l.max = 200
	for i := 0; i < 20; i++ {
		fmt.Fprintf(l, "line %02d of a long run\n", i)
	}
	l.Close()
	info, _ := os.Stat(filepath.Join(dir, LogFileName))
	if info.Size() > 200 {
		t.Fatalf("current file is %d bytes, over the limit", info.Size())
	}
	if firstLine(t, filepath.Join(dir, LogFileName)) != "HEADER" || firstLine(t, filepath.Join(dir, logName(1))) != "HEADER" {
		t.Fatal("every file must start with the header")
	}
	tail := TailLines(dir, 3)
	if len(tail) != 3 || tail[2] != "line 19 of a long run" {
		t.Fatalf("tail: %q", tail)
	}
}

func TestTailReadsAcrossThePreviousFileWhenTheCurrentIsShort(t *testing.T) {
	dir := t.TempDir()
	l, _ := OpenLog(dir, "first run")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(l, "old %d\n", i)
	}
	l.Close()
	l, _ = OpenLog(dir, "second run")
	fmt.Fprintln(l, "new 0")
	l.Close()
	tail := TailLines(dir, DiagnosticLogLines)
	if len(tail) != 200 || tail[199] != "new 0" || tail[198] != "second run" || tail[197] != "old 299" {
		t.Fatalf("tail has %d lines ending %q", len(tail), tail[len(tail)-3:])
	}
}
