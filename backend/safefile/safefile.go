// Package safefile writes every file the app produces (exports, card PDFs,
// backups) so that the target name only ever holds a complete file: the
// content goes to a temporary file in the same folder, is flushed to disk,
// and is then renamed over the target in one step. A crash or a full disk
// leaves the previous file (or none) and a temporary file that the next
// write into that folder, or the next start, removes.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Modes for the files the app writes: exports are for the user to share,
// backups hold the whole shop and stay private to the user's account.
const (
	ModeExport os.FileMode = 0o644
	ModeBackup os.FileMode = 0o600
)

// tempPrefix starts every temporary file's name; the process id after it
// tells a crashed writer's leftover from a write still in progress.
const tempPrefix = ".afterloop-tmp-"

// legacyPrefixes are temporary names older versions used.
var legacyPrefixes = []string{".afterloop-export-"}

// Write creates path with the bytes fn writes, atomically. fn's writer is
// the temporary file; nothing appears under path unless fn and the flush
// succeed.
func Write(path string, mode os.FileMode, fn func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	RemoveStale(dir)
	tmp, err := os.CreateTemp(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-*"+filepath.Ext(path))
	if err != nil {
		return fmt.Errorf("create %s: %w", filepath.Base(path), err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()           // already failing: the error returned matters more
			_ = os.Remove(tmp.Name()) // a leftover temporary file is harmless
		}
	}()
	if err = fn(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("set permissions of %s: %w", filepath.Base(path), err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %s: %w", filepath.Base(path), err)
	}
	syncDir(dir)
	remember(path)
	return nil
}

// WriteFile is Write for bytes already in memory.
func WriteFile(path string, data []byte, mode os.FileMode) error {
	return Write(path, mode, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Copy copies src to dst atomically.
func Copy(src, dst string, mode os.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer func() { _ = in.Close() }() // read only, or already written and checked: closing loses nothing
	return Write(dst, mode, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// TempPath returns a fresh temporary name in dir for writers that must be
// given a path (SQLite's VACUUM INTO); Commit or Discard it afterwards.
func TempPath(dir, ext string) string {
	RemoveStale(dir)
	return filepath.Join(dir, fmt.Sprintf("%s%d-%d%s", tempPrefix, os.Getpid(), nextSerial(), ext))
}

// Commit flushes a finished temporary file, sets its mode and renames it
// over path.
func Commit(tmp, path string, mode os.FileMode) error {
	f, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Chmod(mode); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		_ = f.Close() // already failing: the error returned matters more
		return err
	}
	if err := f.Sync(); err != nil {
		_ = f.Close() // already failing: the error returned matters more
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	remember(path)
	return nil
}

var (
	serialMu sync.Mutex
	serial   int
)

func nextSerial() int {
	serialMu.Lock()
	defer serialMu.Unlock()
	serial++
	return serial
}

// RemoveStale deletes temporary files in dir left by writers that are no
// longer running; it returns how many it removed.
func RemoveStale(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	removed := 0
	for _, e := range entries {
		if e.IsDir() || !isStale(e.Name()) {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed++
		}
	}
	return removed
}

func isStale(name string) bool {
	for _, p := range legacyPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	rest, ok := strings.CutPrefix(name, tempPrefix)
	if !ok {
		return false
	}
	pidText, _, _ := strings.Cut(rest, "-")
	pid, err := strconv.Atoi(pidText)
	if err != nil {
		return true
	}
	return pid != os.Getpid() && !processAlive(pid)
}

// syncDir makes a rename durable on systems that need the folder flushed.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close() // read only: the directory was opened to sync it
	}
}

// TempDir makes a scratch folder in the system temp folder named
// prefix-PID-random, after removing the folders of that prefix left by
// processes that were killed before they could clean up.
func TempDir(prefix string) (string, error) {
	parent := os.TempDir()
	if entries, err := os.ReadDir(parent); err == nil {
		for _, e := range entries {
			rest, ok := strings.CutPrefix(e.Name(), prefix+"-")
			if !e.IsDir() || !ok {
				continue
			}
			pidText, _, _ := strings.Cut(rest, "-")
			if pid, err := strconv.Atoi(pidText); err == nil && pid != os.Getpid() && !processAlive(pid) {
				_ = os.RemoveAll(filepath.Join(parent, e.Name())) // sweeping a dead process's leftovers is best effort: the next start tries again
			}
		}
	}
	return os.MkdirTemp(parent, fmt.Sprintf("%s-%d-*", prefix, os.Getpid()))
}
