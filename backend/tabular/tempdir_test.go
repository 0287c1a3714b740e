package tabular

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestCleanupRemovesFoldersOfEndedProcesses(t *testing.T) {
	root := t.TempDir()
	mine := tempPrefix + strconv.Itoa(os.Getpid())
	for _, name := range []string{tempPrefix + "11", tempPrefix + "22", tempPrefix + "junk", mine, "someone-else"} {
		if err := os.MkdirAll(filepath.Join(root, name), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name, "excelize-1"), []byte("buyer data"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	running := func(pid int) bool { return pid == 22 }
	if err := cleanupIn(root, running); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(root)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{tempPrefix + "22", mine, "someone-else"}
	if strings.Join(left, ",") != strings.Join(sortedCopy(want), ",") {
		t.Errorf("left %v, want %v", left, sortedCopy(want))
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// bigSheet writes a workbook whose sheet is over excelize's 16 MB threshold
// for copying it to the temporary folder; doctype makes the fast reader hand
// it to excelize.
func bigSheet(t testing.TB, path string, doctype bool) {
	head := sheetHead
	if doctype {
		head = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	}
	parts := minimalParts("", "")
	writeBombZip(t, path, parts[:len(parts)-1], repeatedPart{name: "xl/worksheets/sheet1.xml",
		head: []byte(head), chunk: rowsChunk(), n: 20, tail: []byte("</sheetData></worksheet>")})
}

// The fast reader streams the sheet from the zip: no copy of buyer data is
// written anywhere.
func TestFastReaderWritesNoTemporaryFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	p := filepath.Join(t.TempDir(), "big.xlsx")
	bigSheet(t, p, false)
	r, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !r.Next() || r.Cells()[0] != "576461413418815682" {
		t.Fatalf("first row %q (err %v)", r.Cells(), r.Err())
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("temporary folder holds %d entries", len(entries))
	}
}

// A process killed in the middle of a large .xlsx import read by excelize
// leaves its temporary copy only in its own folder, and the next start
// removes it.
func TestKilledImportLeavesNothingAfterTheNextStart(t *testing.T) {
	if os.Getenv("TABULAR_HOLD_OPEN") != "" {
		return // the child's side runs in holdWorkbookOpen, from TestMain
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	tmp := t.TempDir()
	p := filepath.Join(t.TempDir(), "big.xlsx")
	bigSheet(t, p, true)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "TABULAR_HOLD_OPEN="+p, "TMPDIR="+tmp)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		ready <- line
	}()
	select {
	case line := <-ready:
		if strings.TrimSpace(line) != "ready" {
			t.Fatalf("child said %q", line)
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("child never got ready")
	}
	own := filepath.Join(tmp, tempPrefix+strconv.Itoa(cmd.Process.Pid))
	copies, _ := os.ReadDir(own)
	if len(copies) == 0 {
		t.Fatalf("excelize made no temporary copy in %s: the test proves nothing", own)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	if err := cleanupIn(tmp, processRunning); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("after the next start the temporary folder still holds %v", entries)
	}
}

func TestMain(m *testing.M) {
	if p := os.Getenv("TABULAR_HOLD_OPEN"); p != "" {
		holdWorkbookOpen(p)
		return
	}
	os.Exit(m.Run())
}

// holdWorkbookOpen is the child: it opens the workbook, reads a row, says
// so and waits to be killed.
func holdWorkbookOpen(path string) {
	r, err := Open(path, Options{})
	if err != nil || !r.Next() {
		os.Stdout.WriteString("failed\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("ready\n")
	time.Sleep(2 * time.Minute)
}
